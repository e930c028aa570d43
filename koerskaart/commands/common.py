"""What several commands share: opening the database named by ``--db`` and writing to stdout.

Imports nothing heavy at module level: the storage layer (SQLAlchemy, SQLModel) is loaded by
:func:`open_repository`, only when a command really opens the database.
"""

from __future__ import annotations

import argparse
import errno
import sys
from typing import TYPE_CHECKING

from koerskaart.errors import UserFacingError
from koerskaart.paths import resolve_database_path

if TYPE_CHECKING:
    from koerskaart.storage.repository import Repository


def open_repository(args: argparse.Namespace, *, actor: str = "opdrachtregel") -> Repository:
    """The repository on the database named by ``--db``; a zero-byte file is set up only after
    saying so in one line on stderr."""
    from koerskaart.storage.database import Database, empty_file_message, is_empty_file
    from koerskaart.storage.repository import Repository

    path = resolve_database_path(getattr(args, "db", None))
    empty = is_empty_file(path)
    if empty:
        print(f"koerskaart: {empty_file_message(path)}", file=sys.stderr)
    return Repository(Database.open(path, empty_ok=empty), actor=actor)


def write_output(text: str) -> None:
    """Write a command's result to standard output, with a Dutch message when that fails.

    Redirected into a file on a full disk the write fails; a reader that stops early (``| head``)
    closes the pipe, which is no problem of the user's and ends the command quietly.
    """
    if sys.stdout is None:  # a windowed program on Windows (koerskaart-gui) has no console
        return
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        _silence_stdout()
    except OSError as exc:
        _silence_stdout()
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise UserFacingError("De uitvoer kan niet worden weggeschreven: de schijf is vol.") from exc
        raise UserFacingError(f"De uitvoer kan niet worden weggeschreven ({exc.strerror}).") from exc


def _silence_stdout() -> None:
    """Python flushes stdout once more at exit; send that to nowhere instead of a second error."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):  # stdout without a file descriptor (tests capture it)
        pass
