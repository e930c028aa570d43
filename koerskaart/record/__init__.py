"""The record of a contracting conversation: fingerprint, signing, lock, verify, versions, display.

Everything here works on plain data (snapshots, the repository) and imports no Qt at all, so the
command line can sign, verify and export without starting a window. ``canonical.py`` defines the
signed content (fingerprint scheme 2; ``fingerprint.py`` keeps scheme 1 for older versions),
``facts.py`` a version as a record (municipality, predecessor, successor, zaaknummer),
``pdf_check.py`` and ``seal.py`` check an exported PDF and its organisation seal. The PDF/A
document itself lives in ``pdf/``.
"""
