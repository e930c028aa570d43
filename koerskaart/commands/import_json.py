"""``koerskaart import-json FILE``: add the opgave of an exchange file as a new opgave.

The whole file is checked before anything is written, and everything is written in one
transaction: a bad file gives one clear Dutch message (exit 2) and leaves the database untouched.
"""

from __future__ import annotations

import argparse

from koerskaart.commands.common import open_repository
from koerskaart.exchange import import_opgave, read_file


def run(args: argparse.Namespace) -> int:
    data = read_file(args.file)  # before opening the database: a bad file never touches it
    repo = open_repository(args, actor="import")
    try:
        opgave_id = import_opgave(repo, data)
    finally:
        repo.db.close()
    versions = len(data["contracts"])
    print(
        f"Opgave '{data['opgave']['title']}' is geïmporteerd als opgave {opgave_id} "
        f"({versions} {'contractversie' if versions == 1 else 'contractversies'})."
    )
    return 0
