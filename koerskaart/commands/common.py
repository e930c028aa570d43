"""What several commands share: opening the database named by ``--db``."""

from __future__ import annotations

import argparse

from koerskaart.paths import resolve_database_path
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository


def open_repository(args: argparse.Namespace, *, actor: str = "opdrachtregel") -> Repository:
    return Repository(Database.open(resolve_database_path(getattr(args, "db", None))), actor=actor)
