"""Opening a Koerskaart database safely: recognise, check, migrate, then hand out sessions.

:class:`Database` is the one way into a database: a local SQLite file (the default) or a
database on a PostgreSQL server (:mod:`koerskaart.storage.server` does the server's checks).
Before SQLAlchemy touches a file, it is checked with the standard ``sqlite3`` module: a file
that is not SQLite, is corrupt, belongs to another program or was written by a newer Koerskaart
raises a :class:`~koerskaart.errors.DatabaseError` with a Dutch message and is left exactly as it
was. An older Koerskaart file is copied aside (``*.voor-<revision>.bak``) and upgraded through
the Alembic migrations.

Every SQLite connection runs with WAL journaling, ``synchronous=NORMAL`` and foreign keys on.
Everything above the sessions (repository, record, exchange) is the same for both engines.

A file as found is respected: one this user may read but not change (the file, or the folder
where SQLite keeps its ``-wal``/``-shm`` files) opens read-only from the start and leaves nothing
beside it; a file of zero bytes becomes a new database only when the caller says it told the user
(``empty_ok``); a new file that could not be set up (a full disk) is removed again.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DataError as SqlDataError
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from koerskaart.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    EmptyDatabaseFile,
)
from koerskaart.storage import locking
from koerskaart.storage.file_check import inspect_file, is_read_only, open_problem, read_only_uri
from koerskaart.storage.schema import APPLICATION_ID, SCHEMA_HEAD
from koerskaart.storage.target import FileTarget, ServerTarget, Target, parse_target

_log = logging.getLogger(__name__)

# Signed contract versions are refused by every ORM session (see koerskaart.storage.locking).
locking.install()

BUSY_TIMEOUT_MS = 5000


# ---------------------------------------------------------------- the file as found
def is_empty_file(path: Path) -> bool:
    """A file of zero bytes: SQLite would silently take it as a new database."""
    try:
        return path.is_file() and path.stat().st_size == 0
    except OSError:
        return False


def empty_file_message(path: Path) -> str:
    return (
        f"Het bestand {path} is leeg (0 bytes) en dus nog geen Koerskaart-database; "
        "er wordt een nieuwe, lege database in gemaakt."
    )


def _read_only_engine(path: Path, revision: str | None, busy_timeout_ms: int) -> Engine:
    """The engine of a read-only database; it must be at the current schema (no migration)."""
    if revision != SCHEMA_HEAD:
        raise DatabaseError(
            f"De database {path} is alleen-lezen en gemaakt met een oudere versie van Koerskaart; "
            "zo kan ze niet worden bijgewerkt. Maak het bestand en de map beschrijfbaar, of kies een "
            "ander bestand. Het bestand is niet veranderd."
        )
    uri = read_only_uri(path)
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(
            uri, uri=True, timeout=busy_timeout_ms / 1000, check_same_thread=False
        ),
        poolclass=NullPool,
    )
    event.listen(engine, "connect", _configure_read_only_connection)
    return engine


def _configure_read_only_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only = ON")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _remove_new_file(path: Path) -> None:
    """Remove a database file this call created but could not set up, with SQLite's side files."""
    for name in (path.name, f"{path.name}-wal", f"{path.name}-shm", f"{path.name}-journal"):
        try:
            path.with_name(name).unlink(missing_ok=True)
        except OSError:
            pass


def _configure_connection(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _user_error(exc: OperationalError) -> DatabaseError:
    """A Dutch explanation of a failure during a write."""
    if exc.connection_invalidated or _is_server_error(exc):
        from koerskaart.storage import server

        return server.write_error(exc)
    text = str(exc.orig).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusy(
            "De database is bezet door een ander venster of programma. "
            "Uw invoer is niet verloren; probeer het zo opnieuw."
        )
    if "full" in text:
        return DatabaseError(
            "De schijf is vol: de wijziging kon niet worden opgeslagen. "
            "Maak ruimte vrij en probeer het opnieuw."
        )
    if "readonly" in text or "read-only" in text:
        return DatabaseError("De database is alleen-lezen: wijzigingen worden niet opgeslagen.")
    if "disk i/o" in text or "unable to open" in text:
        return DatabaseError(
            "De database kan niet worden beschreven: de schijf geeft een fout (is de schijf vol, of "
            "is een netwerkschijf weggevallen?). Er is niets opgeslagen; probeer het opnieuw als het "
            "probleem is verholpen."
        )
    _log.warning("SQLite refused a write: %s", exc.orig)  # SQLite's own words, no parameters
    return DatabaseError("Opslaan in de database is mislukt. Er is niets opgeslagen; probeer het opnieuw.")


def _is_server_error(exc: DBAPIError) -> bool:
    return type(exc.orig).__module__.startswith("psycopg")


class Database:
    """An opened, checked and up-to-date Koerskaart database (a file or a server database)."""

    def __init__(self, target: Target, engine: Engine, *, read_only: bool = False) -> None:
        self.target = target
        self.engine = engine
        # Opened read-only because the file or its folder may not be written: every write fails.
        self.read_only = read_only

    @property
    def path(self) -> Path | None:
        """The SQLite file; None for a database on a server."""
        return self.target.path if isinstance(self.target, FileTarget) else None

    @property
    def on_server(self) -> bool:
        return isinstance(self.target, ServerTarget)

    @property
    def label(self) -> str:
        """Which database this is, safe to show: the file path or the URL without password."""
        return self.target.label

    @classmethod
    def open(
        cls,
        target: str | Path | Target,
        *,
        migrate_to: str = "head",
        busy_timeout_ms: int = BUSY_TIMEOUT_MS,
        empty_ok: bool = False,
    ) -> Database:
        """Open (creating or upgrading as needed) the database at ``target``: a path or a URL.

        ``migrate_to`` exists for tests that need a database at an earlier revision.
        ``busy_timeout_ms`` is how long a write waits for a lock held by another program (on a
        server: ``lock_timeout``) before it is refused as busy. A file of zero bytes raises
        :class:`EmptyDatabaseFile` unless ``empty_ok`` says the user has been told (see
        :func:`empty_file_message`) that a new database is made in it.
        """
        if not isinstance(target, FileTarget | ServerTarget):
            target = parse_target(target)
        if isinstance(target, ServerTarget):
            from koerskaart.storage import server

            return cls(target, server.open_server(target, migrate_to, busy_timeout_ms))
        path = target.path
        if is_empty_file(path) and not empty_ok:
            raise EmptyDatabaseFile(
                f"Het bestand {path} is leeg (0 bytes) en dus nog geen Koerskaart-database. "
                "Kies het opnieuw om er een nieuwe database in te maken, of kies een ander bestand."
            )
        read_only = is_read_only(path)
        revision = inspect_file(path, busy_timeout_ms, read_only)
        if revision is not None and revision != SCHEMA_HEAD:
            from koerskaart.storage import migrate

            if revision not in migrate.known_revisions():
                raise DatabaseTooNew(
                    f"De database {path} is gemaakt met een nieuwere versie van Koerskaart "
                    f"(schema {revision}). Werk Koerskaart bij om dit bestand te openen; "
                    "het bestand is niet veranderd."
                )
        if read_only:
            return cls(target, _read_only_engine(path, revision, busy_timeout_ms), read_only=True)
        created = not path.exists()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseError(
                f"De map {path.parent} bestaat niet en kan niet worden gemaakt. Kies een andere map."
            ) from exc
        engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": busy_timeout_ms / 1000})
        event.listen(engine, "connect", _configure_connection)
        if revision != SCHEMA_HEAD or migrate_to != "head":
            if revision is not None:
                backup = path.with_name(f"{path.name}.voor-{SCHEMA_HEAD}.bak")
                if not backup.exists():
                    shutil.copy2(path, backup)
            try:
                cls._migrate(path, engine, migrate_to)
            except DatabaseError:
                if created:  # a refused new file (a full disk) leaves nothing behind
                    engine.dispose()
                    _remove_new_file(path)
                raise
        return cls(target, engine)

    @staticmethod
    def _migrate(path: Path, engine: Engine, target: str) -> None:
        from koerskaart.storage import migrate

        try:
            with engine.begin() as connection:
                # Python's sqlite3 commits every CREATE/ALTER on its own unless a transaction is
                # open: without this BEGIN a migration stopped half-way (a full disk) would leave
                # tables without their revision, and the file could never be opened again.
                connection.exec_driver_sql("BEGIN IMMEDIATE")
                connection.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate.upgrade(connection, target)
        except OperationalError as exc:
            engine.dispose()
            text = str(exc.orig).lower()
            if "locked" in text or "busy" in text:
                raise DatabaseBusy(
                    f"De database {path} is bezet door een ander programma en kon niet worden "
                    "bijgewerkt. Probeer het zo opnieuw."
                ) from exc
            raise open_problem(path, exc.orig) from exc

    @contextmanager
    def session(self, *, consistent: bool = False) -> Iterator[Session]:
        """A unit of work: committed when the block ends normally, rolled back otherwise.

        ``consistent=True`` makes every read of the block see one moment of the database (a
        snapshot read of a whole contract): SQLite's transactions always do; on a server the
        transaction runs at REPEATABLE READ instead of the default READ COMMITTED.

        A file deleted or moved away while the app runs is refused: SQLite would otherwise go on
        writing into the vanished file, and every change since would be lost without a word.
        """
        if self.path is not None and not self.path.exists():
            raise DatabaseError(
                f"Het databasebestand {self.path} is er niet meer: het is verwijderd of verplaatst. "
                "Er is niets opgeslagen. Zet het bestand terug en probeer het opnieuw."
            )
        with Session(self.engine, expire_on_commit=False) as session, _guarded(session):
            if consistent and self.on_server:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            yield session

    @contextmanager
    def one_transaction(self) -> Iterator[Database]:
        """A view of this database in which every session shares one transaction.

        Each ``session()`` of the view is a savepoint inside that transaction; the whole is
        committed when the block ends normally and rolled back completely otherwise, so a long
        series of writes (the demo portfolio) lands entirely or not at all. The file is locked
        for writing by other programs while the block runs: keep it short.
        """
        try:
            connection = self.engine.connect()
        except OperationalError as exc:
            raise _user_error(exc) from exc
        with connection:
            try:
                if self.on_server:
                    connection.begin()
                else:
                    connection.exec_driver_sql("BEGIN IMMEDIATE")
            except OperationalError as exc:
                connection.rollback()
                raise _user_error(exc) from exc
            try:
                yield _SharedTransaction(self.target, self.engine, connection)
                connection.commit()
            except OperationalError as exc:
                connection.rollback()
                raise _user_error(exc) from exc
            except BaseException:
                connection.rollback()
                raise

    def close(self) -> None:
        self.engine.dispose()


class _SharedTransaction(Database):
    """The view handed out by :meth:`Database.one_transaction`: sessions are savepoints."""

    def __init__(self, target: Target, engine: Engine, connection: Connection) -> None:
        super().__init__(target, engine)
        self._connection = connection

    @contextmanager
    def session(self, *, consistent: bool = False) -> Iterator[Session]:
        """A savepoint of the shared transaction (which already sees one moment on SQLite)."""
        with (
            Session(
                bind=self._connection, join_transaction_mode="create_savepoint", expire_on_commit=False
            ) as session,
            _guarded(session),
        ):
            yield session

    def close(self) -> None:
        """The engine belongs to the database the view was made from."""


@contextmanager
def _guarded(session: Session) -> Iterator[None]:
    """Commit ``session`` after the block; on failure roll back and explain SQLite errors in Dutch."""
    try:
        yield
        session.commit()
    except DBAPIError as exc:
        session.rollback()
        if locking.is_lock_violation(exc):
            raise locking.locked_error() from exc
        if isinstance(exc, OperationalError):
            raise _user_error(exc) from exc
        if isinstance(exc, SqlDataError) and "nul (0x00)" in str(exc.orig).lower():
            # SQLite stores the NUL character, a PostgreSQL server refuses it in any text.
            raise DatabaseError(
                "De tekst bevat een onzichtbaar nulteken (NUL) dat de databaseserver niet kan "
                "bewaren; het komt meestal mee bij plakken uit een ander programma. Haal het weg. "
                "Er is niets opgeslagen."
            ) from exc
        raise
    except BaseException:
        session.rollback()
        raise
