"""Alembic environment: runs on the connection handed over by :mod:`koerskaart.storage.migrate`."""

from __future__ import annotations

from alembic import context
from sqlmodel import SQLModel

import koerskaart.storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def run_migrations_online() -> None:
    connection = config.attributes["connection"]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
