"""What several commands share: opening the database named by ``--db`` and writing to stdout.

A server that asks for a password the standard places (``~/.pgpass``, ``PGPASSWORD``) do not
hold gets it typed at a prompt when the command runs in a terminal; the password stays in memory.
"""

from __future__ import annotations

import argparse
import errno
import sys

from koerskaart.errors import PasswordNeeded, UserFacingError
from koerskaart.paths import resolve_database_text
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.storage.target import ServerTarget, parse_target
from koerskaart.user import login_name


def open_database(text: str | None) -> Database:
    """The database named by ``text`` (``--db``), or by the environment or the default."""
    target = parse_target(resolve_database_text(text))
    try:
        return Database.open(target)
    except PasswordNeeded:
        if not isinstance(target, ServerTarget) or target.password or not sys.stdin.isatty():
            raise
        import getpass

        password = getpass.getpass(f"Wachtwoord voor {target.label}: ")
        return Database.open(target.with_password(password))


def open_repository(args: argparse.Namespace, *, actor: str = "opdrachtregel") -> Repository:
    """The repository on ``--db``; audit entries name the login and how the change was made."""
    return Repository(open_database(getattr(args, "db", None)), actor=f"{login_name()} ({actor})")


def write_output(text: str) -> None:
    """Write a command's result to standard output, with a Dutch message when that fails.

    Redirected into a file on a full disk the write fails; a reader that stops early (``| head``)
    closes the pipe, which is no problem of the user's and ends the command quietly.
    """
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
