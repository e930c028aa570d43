"""Opening a Koerskaart database on a PostgreSQL server: connect, recognise, check, migrate.

The server counterpart of the SQLite checks in :mod:`koerskaart.storage.database`:

* identity: SQLite's ``PRAGMA application_id`` becomes a comment on the ``alembic_version``
  table (:data:`~koerskaart.storage.schema.SERVER_MARKER`). An empty database is set up; a
  database with tables of another program is refused and left alone;
* "newer than this app": the revision in ``alembic_version`` is unknown to these migrations;
* the backup before a migration: PostgreSQL runs the whole upgrade in one transaction
  (transactional DDL), so an upgrade that fails changes nothing; the server's own backups (run
  by IT) stand in for the ``.bak`` file;
* two clients upgrading at once: a transaction-scoped advisory lock lets one migrate and the
  other find the result;
* integrity: the server checks its own pages; there is no ``quick_check`` to run.

Errors are explained in Dutch with the server's address *without* its password. This module
never stores or prints a password; libpq reads ``~/.pgpass`` and ``PGPASSWORD`` by itself.
"""

from __future__ import annotations

from sqlalchemy import create_engine
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from koerskaart.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotAKoerskaartDatabase,
    PasswordNeeded,
)
from koerskaart.storage.schema import SCHEMA_HEAD, SERVER_MARKER
from koerskaart.storage.target import ServerTarget

CONNECT_TIMEOUT_S = 5
LOCK_TIMEOUT_MS = 5000  # as SQLite's busy timeout in storage.database
# pg_advisory_xact_lock key for "a Koerskaart migration runs": "KKRT" as in application_id.
MIGRATION_LOCK = 0x4B4B5254


def create_server_engine(target: ServerTarget, lock_timeout_ms: int = LOCK_TIMEOUT_MS) -> Engine:
    return create_engine(
        target.sqlalchemy_url,
        # No ping before every checkout: it costs a round trip per save while typing (measured:
        # 4.8 ms instead of 7.9 ms per save on a busy machine). A connection the server dropped
        # fails once, SQLAlchemy then replaces the whole pool, and the window's retry succeeds.
        pool_pre_ping=False,
        pool_size=2,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "koerskaart",
            # A row held by another client's long transaction: give up after a while (a Dutch
            # "bezet" message, the typing stays) instead of freezing the window.
            "options": f"-c lock_timeout={int(lock_timeout_ms)}",
        },
    )


def stored_revision(connection: Connection, target: ServerTarget) -> str | None:
    """The Alembic revision of the database, None for an empty one; refuses a foreign database."""
    rows = connection.exec_driver_sql(
        "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm')"
    ).all()
    tables = {name: comment for name, comment in rows}
    if not tables:
        return None
    if tables.get("alembic_version") != SERVER_MARKER:
        raise NotAKoerskaartDatabase(
            f"De database {target.label} bevat tabellen van een ander programma en is geen "
            "Koerskaart-database. Er is niets veranderd; vraag de beheerder om een lege database."
        )
    row = connection.exec_driver_sql("SELECT version_num FROM alembic_version").first()
    return row[0] if row else None


def open_server(
    target: ServerTarget, migrate_to: str = "head", lock_timeout_ms: int = LOCK_TIMEOUT_MS
) -> Engine:
    """An engine on an up-to-date Koerskaart database at ``target`` (set up or upgraded first)."""
    engine = create_server_engine(target, lock_timeout_ms)
    try:
        with engine.connect() as connection:
            revision = stored_revision(connection, target)
        _refuse_newer(revision, target)
        if revision != SCHEMA_HEAD or migrate_to != "head":
            from koerskaart.storage import migrate

            with engine.begin() as connection:
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})")
                revision = stored_revision(connection, target)  # another client may have done it
                _refuse_newer(revision, target)
                if revision != SCHEMA_HEAD or migrate_to != "head":
                    migrate.upgrade(connection, migrate_to)
                    connection.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS '{SERVER_MARKER}'")
    except DBAPIError as exc:
        engine.dispose()
        raise explain(exc, target) from exc
    except BaseException:
        engine.dispose()
        raise
    return engine


def _refuse_newer(revision: str | None, target: ServerTarget) -> None:
    if revision is None or revision == SCHEMA_HEAD:
        return
    from koerskaart.storage import migrate

    if revision not in migrate.known_revisions():
        raise DatabaseTooNew(
            f"De database {target.label} is gemaakt met een nieuwere versie van Koerskaart "
            f"(schema {revision}). Werk Koerskaart bij om deze database te openen; "
            "er is niets veranderd."
        )


def explain(exc: DBAPIError, target: ServerTarget) -> DatabaseError:
    """A Dutch sentence for a failure to connect to (or set up) the server database."""
    text = str(exc.orig)
    lower = text.lower()
    user = target.parts.username or "(uw inlognaam)"
    host = target.parts.hostname or "localhost"
    database = target.parts.path.lstrip("/")
    if "no password supplied" in lower:
        return PasswordNeeded(
            f"Voor gebruiker {user} op de databaseserver {host} is een wachtwoord nodig. Zet het in "
            "~/.pgpass of in PGPASSWORD, of typ het in wanneer Koerskaart erom vraagt."
        )
    if "password authentication failed" in lower:
        return PasswordNeeded(
            f"Het wachtwoord van gebruiker {user} op de databaseserver {host} klopt niet. "
            "Probeer het opnieuw of vraag de beheerder."
        )
    if "does not exist" in lower and "database" in lower:
        return DatabaseError(
            f"De database {database} bestaat niet op de server {host}. Vraag de beheerder om hem "
            "te maken (zie 'Gedeelde database' in de handleiding)."
        )
    if "role" in lower and "does not exist" in lower:
        return DatabaseError(
            f"De gebruiker {user} bestaat niet op de databaseserver {host}. Vraag de beheerder om "
            "een gebruiker voor Koerskaart."
        )
    if "permission denied" in lower or "must be owner" in lower:
        return DatabaseError(
            f"Gebruiker {user} mag in de database {target.label} niet doen wat Koerskaart nodig "
            "heeft (tabellen maken of bijwerken). Vraag de beheerder om de rechten uit de "
            "handleiding. Er is niets veranderd."
        )
    if "lock timeout" in lower or "deadlock" in lower:
        return DatabaseBusy(
            f"De database {target.label} is bezet door een ander programma. Probeer het zo opnieuw."
        )
    if isinstance(exc, OperationalError):
        return DatabaseUnavailable(
            f"De databaseserver {host} is niet bereikbaar ({target.label}). Controleer de "
            "netwerkverbinding of vraag de beheerder of de server draait."
        )
    return DatabaseError(f"De database {target.label} kan niet worden geopend: {text.strip()}.")


def write_error(exc: OperationalError) -> DatabaseError:
    """A Dutch explanation of a server failure during a write (the connection is the usual cause)."""
    lower = str(exc.orig).lower()
    if "lock timeout" in lower or "deadlock" in lower:
        return DatabaseBusy(
            "De database is bezet door een ander venster of programma. "
            "Uw invoer is niet verloren; probeer het zo opnieuw."
        )
    if "disk full" in lower or "no space left" in lower:
        return DatabaseError(
            "De databaseserver heeft geen ruimte meer: de wijziging kon niet worden opgeslagen. "
            "Vraag de beheerder; uw invoer is niet verloren."
        )
    return DatabaseUnavailable(
        "De verbinding met de databaseserver is weggevallen. Er is niets verloren: wat nog niet is "
        "opgeslagen, wordt opgeslagen zodra de server weer bereikbaar is."
    )
