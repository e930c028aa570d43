"""What several commands share: opening the database named by ``--db`` and writing to stdout.

Imports nothing heavy at module level: the storage layer (SQLAlchemy, SQLModel) is loaded by
:func:`open_database`, only when a command really opens the database. A server that asks for a
password the standard places (``~/.pgpass``, ``PGPASSWORD``) do not hold gets it typed at a
prompt when the command runs in a terminal; the password stays in memory.
"""

from __future__ import annotations

import argparse
import errno
import sys
from typing import TYPE_CHECKING

from koerskaart.errors import PasswordNeeded, UserFacingError
from koerskaart.paths import resolve_database_text
from koerskaart.storage.target import FileTarget, ServerTarget, Target, parse_target
from koerskaart.user import login_name

if TYPE_CHECKING:
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository


def database_target(args: argparse.Namespace) -> Target:
    """The database ``--db`` names (or the environment, or the default), not yet opened."""
    return parse_target(resolve_database_text(getattr(args, "db", None)))


def open_database(text: str | None) -> Database:
    """The database named by ``text`` (``--db``), or by the environment or the default.

    A zero-byte file is set up only after saying so in one line on stderr."""
    from koerskaart.storage.database import Database, empty_file_message, is_empty_file

    target = parse_target(resolve_database_text(text))
    empty = isinstance(target, FileTarget) and is_empty_file(target.path)
    if empty:
        print(f"koerskaart: {empty_file_message(target.path)}", file=sys.stderr)  # type: ignore[union-attr]  # a FileTarget
    try:
        return Database.open(target, empty_ok=empty)
    except PasswordNeeded:
        if not isinstance(target, ServerTarget) or target.password or not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"Wachtwoord voor {target.label}: ")
        return Database.open(target.with_password(password))


def open_repository(args: argparse.Namespace, *, actor: str = "opdrachtregel") -> Repository:
    """The repository on ``--db``; audit entries name the login and how the change was made."""
    from koerskaart.storage.repository import Repository

    return Repository(open_database(getattr(args, "db", None)), actor=f"{login_name()} ({actor})")


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
