"""Alembic migrations of the Koerskaart schema, run from code (no alembic.ini)."""
