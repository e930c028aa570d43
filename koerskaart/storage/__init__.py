"""Storage: SQLModel tables on SQLite, opened and migrated by :class:`Database`.

Nothing in this package imports Qt. The schema changes only through Alembic migrations in
``migrations/versions``; :mod:`koerskaart.storage.models` is the single description of it.
"""
