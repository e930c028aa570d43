"""a signed opgave cannot be deleted

Revision ID: 0004_signed_opgave_kept
Revises: 0007_conversation_lease
Create Date: 2026-12-04 03:30:00

A trigger that aborts the deletion of an opgave that has a signed (locked) contract version, for
every client of the file, as migration 0002 does for the contract itself: with the ``sqlite3``
shell's foreign keys off, ``DELETE FROM opgave`` would otherwise leave signed versions without
the opgave they name. The message carries the marker that
``koerskaart.storage.locking.TRIGGER_MARKER`` recognises. The same rule is checked earlier, in
Python, by ``koerskaart.storage.locking``. Written by hand (autogenerate does not see triggers):
a SQLite trigger in a file, a PL/pgSQL trigger function on a PostgreSQL server.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0004_signed_opgave_kept"
down_revision: str | None = "0007_conversation_lease"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "koerskaart: contract locked"
NAME = "lock_opgave_delete"
SQLITE_TRIGGER = (
    f"CREATE TRIGGER {NAME} BEFORE DELETE ON opgave FOR EACH ROW WHEN EXISTS "
    "(SELECT 1 FROM contract WHERE opgave_id = OLD.id AND locked_at IS NOT NULL) "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
)

PG_FUNCTION = (
    "CREATE FUNCTION koerskaart_lock_opgave_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "IF EXISTS (SELECT 1 FROM contract WHERE opgave_id = OLD.id AND locked_at IS NOT NULL) "
    f"THEN RAISE EXCEPTION '{MESSAGE}'; END IF; RETURN OLD; END $$"
)
PG_TRIGGER = (
    f"CREATE TRIGGER {NAME} BEFORE DELETE ON opgave FOR EACH ROW "
    "EXECUTE FUNCTION koerskaart_lock_opgave_delete()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_FUNCTION)
        op.execute(PG_TRIGGER)
        return
    op.execute(SQLITE_TRIGGER)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {NAME} ON opgave")
        op.execute("DROP FUNCTION IF EXISTS koerskaart_lock_opgave_delete()")
        return
    op.execute(f"DROP TRIGGER IF EXISTS {NAME}")
