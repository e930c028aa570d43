"""The question set of the contracting conversation, as data.

``model`` declares the schema of a definition file, ``conditions`` the small safe language of
visibility conditions, ``loader`` reads and validates a TOML file. Nothing here imports Qt.
"""
