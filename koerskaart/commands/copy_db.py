"""``koerskaart copy-db --from BRON --to DOEL [--merge]``: a whole database to another one.

Typically a local file to the organisation's server (``--to postgresql://...``) or back. All in
one transaction; a target with data is refused unless ``--merge``; every signed version's
fingerprint is checked on the target before the copy commits (see ``exchange.copy_db``).
Prints one Dutch line with what was copied.
"""

from __future__ import annotations

import argparse

from koerskaart.commands.common import open_database, write_output
from koerskaart.errors import UserFacingError
from koerskaart.exchange.copy_db import copy_database
from koerskaart.storage.target import parse_target


def run(args: argparse.Namespace) -> int:
    if parse_target(args.source) == parse_target(args.target):
        raise UserFacingError("Bron en doel zijn dezelfde database; kies een ander doel.")
    source = open_database(args.source)
    try:
        target = open_database(args.target)
        try:
            result = copy_database(source, target, merge=args.merge)
            label = target.label
        finally:
            target.close()
    finally:
        source.close()
    signed = "ondertekende versie" if result.signed_versions == 1 else "ondertekende versies"
    write_output(
        f"{result.opgaven} opgaven gekopieerd naar {label}; {result.signed_versions} {signed} "
        "gecontroleerd: de vingerafdrukken kloppen.\n"
    )
    return 0
