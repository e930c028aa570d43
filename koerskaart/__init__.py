"""Koerskaart: the contracting conversation (contracteringsgesprek) for mission-oriented work.

The package is layered: ``questions`` (the question set as data), ``storage`` (SQLite through
SQLModel, migrated by Alembic), ``conversation`` (plain logic of one talk), ``record`` (signing,
fingerprint, PDF) and ``ui`` (Qt widgets). Only ``ui`` and ``app`` import QtWidgets.
"""

__version__ = "0.1.0"
