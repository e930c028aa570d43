"""``koerskaart export-json ID [--out FILE]``: one opgave in the exchange format.

Without ``--out`` the JSON goes to standard output; with it the file is written atomically (a
failure leaves no half-written file). The format is described in :mod:`koerskaart.exchange.format`.
"""

from __future__ import annotations

import argparse

from koerskaart.commands.common import open_repository, write_output
from koerskaart.exchange import dump, export_opgave, write_text_atomically


def run(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    try:
        text = dump(export_opgave(repo, args.id))
    finally:
        repo.db.close()
    if args.out:
        path = write_text_atomically(args.out, text)
        print(f"Opgave {args.id} is geëxporteerd naar {path}.")
    else:
        write_output(text)
    return 0
