"""``koerskaart verify-pdf FILE [--db PATH] [--trust CA.pem]``: is an exported record still as signed?

Recomputes the fingerprint from the canonical JSON embedded in the PDF and compares it with the
fingerprint the PDF states; with ``--db`` also with the database; with ``--trust`` validates the
organisation seal against that certificate, offline. One Dutch line per finding. Exit status 0:
intact; 1: changed (or a seal that is broken or not trusted); 2: not a Koerskaart record (or a
concept, which has no fingerprint), or the file cannot be read.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from koerskaart.errors import UserFacingError
from koerskaart.record.pdf_check import Outcome, check_pdf
from koerskaart.record.seal import load_trust_roots

EXIT = {Outcome.INTACT: 0, Outcome.CHANGED: 1, Outcome.NOT_A_RECORD: 2}


def run(args: argparse.Namespace) -> int:
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserFacingError(f"{path} kan niet worden gelezen ({exc.strerror or exc}).") from None
    trust = load_trust_roots(args.trust) if getattr(args, "trust", None) else []
    repo = None
    if getattr(args, "db", None) is not None:
        from koerskaart.commands.common import open_repository

        repo = open_repository(args)
    try:
        check = check_pdf(data, repo=repo, trust_roots=trust)
    finally:
        if repo is not None:
            repo.db.close()
    head = {
        Outcome.INTACT: f"{path}: intact.",
        Outcome.CHANGED: f"{path}: gewijzigd.",
        Outcome.NOT_A_RECORD: f"{path}: geen ondertekend Koerskaart-record.",
    }[check.outcome]
    print(head)
    for line in check.lines:
        print(f"  {line}")
    return EXIT[check.outcome]
