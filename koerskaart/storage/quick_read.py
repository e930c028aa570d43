"""Reading the list of opgaven straight from an up-to-date file, before the ORM is loaded.

The start window and ``koerskaart list`` only need the list, and importing SQLAlchemy, SQLModel
and pydantic costs several times what reading it does. :func:`read_start_list` checks the file
exactly as :class:`~koerskaart.storage.database.Database` does (same checks, same Dutch
messages), and reads the list with the standard ``sqlite3`` module when the file is at this
version's schema. It returns ``None`` whenever the full way is needed (a new or empty file, one
to migrate): the caller then opens the database as usual. It never writes, creates or migrates.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from koerskaart.errors import DatabaseBusy, DatabaseError
from koerskaart.storage.file_check import inspect_file, is_read_only, open_problem, read_only_uri, sqlite_uri
from koerskaart.storage.schema import SCHEMA_HEAD
from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME
from koerskaart.storage.summaries import SETTING_SQL, OpgaveSummary, list_sql, summaries

BUSY_TIMEOUT_MS = 5000


@dataclass(frozen=True)
class StartList:
    """What the start window shows: the opgaven and the municipality's name and logo."""

    opgaven: list[OpgaveSummary]
    municipality: str
    logo: bytes | None


def read_start_list(path: Path, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> StartList | None:
    """The start list of the file at ``path``, or None when it must be opened the full way."""
    path = Path(path)
    read_only = is_read_only(path)  # then read without leaving -wal/-shm files beside it
    if inspect_file(path, busy_timeout_ms, read_only) != SCHEMA_HEAD:
        return None
    uri = read_only_uri(path) if read_only else sqlite_uri(path, "rw")
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=busy_timeout_ms / 1000)) as conn:
            opgaven = summaries(conn.execute(list_sql()))
            name = conn.execute(SETTING_SQL, (MUNICIPALITY_NAME,)).fetchone()
            logo = conn.execute(SETTING_SQL, (MUNICIPALITY_LOGO,)).fetchone()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseBusy(
                f"De database {path} is bezet door een ander programma. Probeer het zo opnieuw."
            ) from exc
        raise open_problem(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"De database {path} kan niet worden gelezen ({exc}).") from exc
    return StartList(opgaven, name[0] if name else "", logo[1] if logo else None)
