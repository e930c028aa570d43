"""The record of a contracting conversation: fingerprint, signing, lock, verify, versions, display.

Everything here works on plain data (snapshots, the repository) and imports no Qt at all, so the
command line can sign, verify and export without starting a window. The PDF lives in ``pdf/``.
"""
