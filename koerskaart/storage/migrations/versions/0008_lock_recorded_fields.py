"""lock the fields recorded at signing: fingerprint scheme, municipality and description

Revision ID: 0008_lock_recorded_fields
Revises: 0004_signed_opgave_kept
Create Date: 2026-12-04 05:20:00

Migration 0005 added ``contract.fingerprint_scheme``, ``contract.municipality_name`` and
``contract.opgave_description``: part of a signed version since fingerprint scheme 2. The
repository and the ORM guard already refuse to change them once a version is locked; this makes
the database itself refuse it too, for every client, like the other fields of 0002: the SQLite
trigger ``lock_contract_update`` is made again with the longer column list, and the PL/pgSQL
function ``koerskaart_lock_contract`` is replaced. Written by hand: autogenerate does not see
triggers. The message carries the marker ``koerskaart.storage.locking`` recognises.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0008_lock_recorded_fields"
down_revision: str | None = "0004_signed_opgave_kept"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "koerskaart: contract locked"
FIXED_BEFORE = (
    "id",
    "opgave_id",
    "version",
    "based_on_id",
    "reason",
    "question_set_id",
    "question_set_version",
    "question_set_sha256",
    "question_set_text",
    "revision",
    "created_at",
    "locked_at",
    "fingerprint",
)
RECORDED = ("fingerprint_scheme", "municipality_name", "opgave_description")


def _sqlite_trigger(columns: Sequence[str]) -> str:
    changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in columns)
    return (
        "CREATE TRIGGER lock_contract_update BEFORE UPDATE ON contract FOR EACH ROW WHEN "
        f"OLD.locked_at IS NOT NULL AND ({changed} "
        "OR (NEW.status IS NOT OLD.status AND NEW.status NOT IN ('getekend', 'herzien'))) "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )


def _pg_function(columns: Sequence[str]) -> str:
    changed = " OR ".join(f"NEW.{column} IS DISTINCT FROM OLD.{column}" for column in columns)
    return (
        "CREATE OR REPLACE FUNCTION koerskaart_lock_contract() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
        f"{changed} OR (NEW.status IS DISTINCT FROM OLD.status "
        f"AND NEW.status NOT IN ('getekend', 'herzien'))) THEN RAISE EXCEPTION '{MESSAGE}'; END IF; "
        "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
    )


def _lock(columns: Sequence[str]) -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_pg_function(columns))
        return
    op.execute("DROP TRIGGER IF EXISTS lock_contract_update")
    op.execute(_sqlite_trigger(columns))


def upgrade() -> None:
    _lock((*FIXED_BEFORE, *RECORDED))


def downgrade() -> None:
    _lock(FIXED_BEFORE)
