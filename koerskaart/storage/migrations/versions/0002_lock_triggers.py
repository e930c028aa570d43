"""lock signed contract versions with triggers

Revision ID: 0002_lock_triggers
Revises: 0001_initial
Create Date: 2026-11-28 04:00:00

Triggers that abort every write to the content of a locked (signed) contract version, for
every client of the database, not only Koerskaart's ORM sessions: SQLite triggers in a file,
PL/pgSQL trigger functions on a PostgreSQL server (the same rules, the same message). The same
rules are checked earlier, in Python, by ``koerskaart.storage.locking``; the message below
carries the marker that ``koerskaart.storage.locking.TRIGGER_MARKER`` recognises. Written by
hand: autogenerate does not see triggers.

A later SQLite migration that recreates one of these tables (Alembic batch mode with
``recreate``) drops its triggers without a word: such a migration must create them again
(``tests/unit/storage/test_migrations.py`` counts them after every revision).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_lock_triggers"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MESSAGE = "koerskaart: contract locked"
CONTENT_TABLES = (
    "answer",
    "participant",
    "activity",
    "partner",
    "capacityrequest",
    "timelineevent",
    "signature",
)
CONTRACT_FIXED_COLUMNS = (
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


def _locked(contract_id: str) -> str:
    return f"(SELECT locked_at FROM contract WHERE id = {contract_id}) IS NOT NULL"


def _request_locked(request_id: str) -> str:
    return (
        "(SELECT c.locked_at FROM capacityrequest r JOIN contract c ON c.id = r.contract_id "
        f"WHERE r.id = {request_id}) IS NOT NULL"
    )


def _trigger(name: str, timing: str, table: str, condition: str) -> tuple[str, str]:
    sql = (
        f"CREATE TRIGGER {name} BEFORE {timing} ON {table} FOR EACH ROW WHEN {condition} "
        f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END"
    )
    return name, sql


def _triggers() -> list[tuple[str, str]]:
    triggers = []
    for table in CONTENT_TABLES:
        new, old = _locked("NEW.contract_id"), _locked("OLD.contract_id")
        triggers += [
            _trigger(f"lock_{table}_insert", "INSERT", table, new),
            _trigger(f"lock_{table}_update", "UPDATE", table, f"{old} OR {new}"),
            _trigger(f"lock_{table}_delete", "DELETE", table, old),
        ]
    table = "capacityconfirmation"
    new, old = _request_locked("NEW.request_id"), _request_locked("OLD.request_id")
    triggers += [
        _trigger(f"lock_{table}_insert", "INSERT", table, new),
        _trigger(f"lock_{table}_update", "UPDATE", table, f"{old} OR {new}"),
        _trigger(f"lock_{table}_delete", "DELETE", table, old),
    ]
    # A locked contract keeps its defining fields; current_step, updated_at and a status of
    # "getekend" or "herzien" may still change.
    changed = " OR ".join(f"NEW.{column} IS NOT OLD.{column}" for column in CONTRACT_FIXED_COLUMNS)
    triggers += [
        _trigger(
            "lock_contract_update",
            "UPDATE",
            "contract",
            f"OLD.locked_at IS NOT NULL AND ({changed} "
            "OR (NEW.status IS NOT OLD.status AND NEW.status NOT IN ('getekend', 'herzien')))",
        ),
        _trigger("lock_contract_delete", "DELETE", "contract", "OLD.locked_at IS NOT NULL"),
        # The signed record names its opgave: the title stays as signed.
        _trigger(
            "lock_opgave_title",
            "UPDATE OF title",
            "opgave",
            "NEW.title IS NOT OLD.title AND EXISTS "
            "(SELECT 1 FROM contract WHERE opgave_id = OLD.id AND locked_at IS NOT NULL)",
        ),
    ]
    return triggers


# ---------------------------------------------------------------- PostgreSQL (PL/pgSQL)
def _pg_functions() -> list[tuple[str, str]]:
    """(function name, CREATE FUNCTION) for the server: one function per kind of rule."""
    locked = "EXISTS (SELECT 1 FROM contract WHERE id = {} AND locked_at IS NOT NULL)"
    request_locked = (
        "EXISTS (SELECT 1 FROM capacityrequest r JOIN contract c ON c.id = r.contract_id "
        "WHERE r.id = {} AND c.locked_at IS NOT NULL)"
    )
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}" for c in CONTRACT_FIXED_COLUMNS)
    bodies = {
        "koerskaart_lock_content": (
            f"IF TG_OP <> 'INSERT' AND {locked.format('OLD.contract_id')} THEN {{raise}} END IF; "
            f"IF TG_OP <> 'DELETE' AND {locked.format('NEW.contract_id')} THEN {{raise}} END IF;"
        ),
        "koerskaart_lock_confirmation": (
            f"IF TG_OP <> 'INSERT' AND {request_locked.format('OLD.request_id')} THEN {{raise}} END IF; "
            f"IF TG_OP <> 'DELETE' AND {request_locked.format('NEW.request_id')} THEN {{raise}} END IF;"
        ),
        "koerskaart_lock_contract": (
            "IF OLD.locked_at IS NOT NULL AND (TG_OP = 'DELETE' OR "
            f"{changed} OR (NEW.status IS DISTINCT FROM OLD.status "
            "AND NEW.status NOT IN ('getekend', 'herzien'))) THEN {raise} END IF;"
        ),
        "koerskaart_lock_opgave_title": (
            "IF NEW.title IS DISTINCT FROM OLD.title AND EXISTS "
            "(SELECT 1 FROM contract WHERE opgave_id = OLD.id AND locked_at IS NOT NULL) "
            "THEN {raise} END IF;"
        ),
    }
    functions = []
    for name, body in bodies.items():
        body = body.replace("{raise}", f"RAISE EXCEPTION '{MESSAGE}';")
        sql = (
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN {body} "
            "IF TG_OP = 'DELETE' THEN RETURN OLD; END IF; RETURN NEW; END $$"
        )
        functions.append((name, sql))
    return functions


def _pg_triggers() -> list[tuple[str, str, str]]:
    """(trigger name, table, CREATE TRIGGER) for the server."""
    triggers = []
    for table in CONTENT_TABLES:
        name = f"lock_{table}"
        triggers.append((name, table, f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE OR DELETE ON {table} "
                         "FOR EACH ROW EXECUTE FUNCTION koerskaart_lock_content()"))
    triggers += [
        ("lock_capacityconfirmation", "capacityconfirmation",
         "CREATE TRIGGER lock_capacityconfirmation BEFORE INSERT OR UPDATE OR DELETE ON "
         "capacityconfirmation FOR EACH ROW EXECUTE FUNCTION koerskaart_lock_confirmation()"),
        ("lock_contract", "contract",
         "CREATE TRIGGER lock_contract BEFORE UPDATE OR DELETE ON contract "
         "FOR EACH ROW EXECUTE FUNCTION koerskaart_lock_contract()"),
        ("lock_opgave_title", "opgave",
         "CREATE TRIGGER lock_opgave_title BEFORE UPDATE OF title ON opgave "
         "FOR EACH ROW EXECUTE FUNCTION koerskaart_lock_opgave_title()"),
    ]
    return triggers


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for _name, sql in _pg_functions():
            op.execute(sql)
        for _name, _table, sql in _pg_triggers():
            op.execute(sql)
        return
    for _name, sql in _triggers():
        op.execute(sql)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table, _sql in reversed(_pg_triggers()):
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
        for name, _sql in reversed(_pg_functions()):
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        return
    for name, _sql in reversed(_triggers()):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
