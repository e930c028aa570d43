"""Keys of the settings stored in the database (``AppSetting``), declared once.

Kept free of imports so that screens can name a key without loading the storage layer.
"""

MUNICIPALITY_NAME = "municipality_name"
MUNICIPALITY_LOGO = "municipality_logo"  # PNG or JPEG bytes in AppSetting.blob
