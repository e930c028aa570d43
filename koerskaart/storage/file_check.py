"""Checking a database file before anything else touches it, with the standard ``sqlite3`` only.

:func:`inspect_file` tells whether the file at a path may be opened and at which schema revision
it is; anything that must not be opened raises a :class:`~koerskaart.errors.DatabaseError` with a
Dutch message, and the file is left exactly as it was. :func:`sqlite_uri` turns a path into the
URI SQLite expects, on Windows too (drive letters, backslashes) and for names with ``?`` or ``#``.
It imports no SQLAlchemy (the start window and ``list`` use it before the ORM is loaded).
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from pathlib import Path, PurePath
from urllib.parse import quote

from koerskaart.errors import CorruptDatabase, DatabaseBusy, DatabaseError, NotAKoerskaartDatabase
from koerskaart.storage.schema import APPLICATION_ID, SQLITE_HEADER

_log = logging.getLogger(__name__)


def sqlite_uri(path: PurePath, mode: str) -> str:
    """``file:`` URI of ``path`` (made absolute) opened in ``mode`` ("ro", "rw" or "rwc").

    Percent-encoded, with an empty authority: ``file:///C:/map/db.sqlite`` for a drive letter and
    ``file:////server/share/db.sqlite`` for a Windows network share (SQLite refuses a host name).
    """
    if isinstance(path, Path):
        path = path.absolute()
    text = path.as_posix()
    if not text.startswith("/"):
        text = "/" + text  # C:/map -> /C:/map
    return f"file://{quote(text, safe='/:')}?mode={mode}"


def is_read_only(path: Path) -> bool:
    """An existing database this user may read but not change.

    Either the file itself is not writable, or its folder is not: SQLite keeps its ``-wal`` and
    ``-shm`` files beside the database and cannot write without them.
    """
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that reads ``path`` without creating anything beside it.

    Without a ``-wal`` file left behind the file is opened as immutable: SQLite then needs no
    ``-shm`` file either. With one, SQLite must read it, so it is opened read-only but not immutable.
    """
    wal = path.with_name(path.name + "-wal")
    immutable = not (wal.exists() and wal.stat().st_size > 0)
    return sqlite_uri(path, "ro") + ("&immutable=1" if immutable else "")


def inspect_file(path: Path, busy_timeout_ms: int, read_only: bool = False) -> str | None:
    """The Alembic revision stored in an existing file, or None for a new/empty file.

    Raises a DatabaseError for anything that must not be opened.
    """
    if path.is_dir():
        raise NotAKoerskaartDatabase(f"{path} is een map, geen databasebestand. Kies een bestand.")
    if path.exists() and not path.is_file():
        raise NotAKoerskaartDatabase(
            f"{path} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en dus geen "
            "Koerskaart-database. Kies een ander bestand."
        )
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except PermissionError as exc:
        raise DatabaseError(
            f"Het bestand {path} kan niet worden gelezen: u heeft geen toegang tot dit bestand. "
            "Vraag toegang of kies een ander bestand."
        ) from exc
    except OSError as exc:
        raise CorruptDatabase(f"Het bestand {path} kan niet worden gelezen: {exc.strerror}.") from exc
    if header != SQLITE_HEADER:
        raise NotAKoerskaartDatabase(
            f"Het bestand {path} is geen Koerskaart-database. Kies een ander bestand; "
            "dit bestand is niet veranderd."
        )
    try:
        with closing(
            sqlite3.connect(
                read_only_uri(path) if read_only else sqlite_uri(path, "rw"),
                uri=True,
                timeout=busy_timeout_ms / 1000,
            )
        ) as conn:
            check = conn.execute("PRAGMA quick_check").fetchone()
            if not check or check[0] != "ok":
                raise CorruptDatabase(
                    f"De database {path} is beschadigd ({check[0] if check else 'onbekend'}). "
                    "Het bestand is niet veranderd; zet een reservekopie terug."
                )
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if app_id != APPLICATION_ID:
                if not tables:
                    return None  # an empty SQLite file: safe to set up
                raise NotAKoerskaartDatabase(
                    f"Het bestand {path} is een database van een ander programma, "
                    "geen Koerskaart-database. Het bestand is niet veranderd."
                )
            if "alembic_version" not in tables:
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return row[0] if row else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy(
                f"De database {path} is bezet door een ander programma. Probeer het zo opnieuw."
            ) from exc
        raise open_problem(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(
            f"De database {path} is beschadigd en kan niet worden geopend. "
            "Het bestand is niet veranderd; zet een reservekopie terug."
        ) from exc


def open_problem(path: Path, exc: Exception) -> DatabaseError:
    """A Dutch explanation of why SQLite cannot open (or set up) the file at ``path``."""
    text = str(exc).lower()
    if "readonly" in text or "read-only" in text:
        return DatabaseError(
            f"De database {path} kan niet worden geopend: het bestand of de map is alleen-lezen, "
            "en Koerskaart moet erin kunnen schrijven. Maak het beschrijfbaar of kies een ander "
            "bestand. Het bestand is niet veranderd."
        )
    if "unable to open" in text:
        return DatabaseError(
            f"De database {path} kan niet worden geopend of gemaakt: de map {path.parent} is "
            "alleen-lezen of u mag daar niet schrijven. Kies een andere map."
        )
    if "full" in text:
        return DatabaseError(
            f"De database {path} kan niet worden geopend: de schijf is vol. Maak ruimte vrij."
        )
    if "disk i/o" in text:
        return DatabaseError(
            f"De database {path} kan niet worden gelezen of geschreven: de schijf geeft een fout "
            "(is de schijf vol, of is het bestand op een netwerkschijf weggevallen?). Maak ruimte "
            "vrij of kies een andere map."
        )
    _log.warning("SQLite could not open or set up a database: %s", exc)
    return CorruptDatabase(
        f"De database {path} kan niet worden geopend. Het bestand is niet veranderd; kies een ander "
        "bestand of zet een reservekopie terug."
    )
