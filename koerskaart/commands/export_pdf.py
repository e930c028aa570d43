"""``koerskaart export-pdf ID [--version N] --out FILE [--force] [--seal CERT.p12]``: the record as PDF/A.

ID is the opgave; without ``--version`` the newest contract version is exported, rendered with
the question-set definition it was held with (stored with the contract). A signed version whose
content changed after signing is refused with a Dutch sentence and exit status 1; ``--force``
writes it anyway, marked "GEWIJZIGD NA ONDERTEKENING — niet geldig" on every page and in the
metadata. ``--seal`` adds the municipality's organisation seal (PAdES) with the certificate in a
PKCS#12 file; the password is asked for on the terminal (or read from standard input when that
is not a terminal) and never stored. Prints the path and the number of pages; characters that
the fonts cannot draw are listed on stderr as a warning (exit 0). Other problems exit 2.
With ``--all --out-dir DIR [--signed-only]`` every opgave's newest (signed) version is written in
one run, see :mod:`koerskaart.commands.export_all`.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from koerskaart.atomic_file import refuse_special_target
from koerskaart.commands.common import open_repository
from koerskaart.commands.verify import choose_contract
from koerskaart.errors import UserFacingError
from koerskaart.record.facts import load_record, question_set_of
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.export import export_record_pdf
from koerskaart.record.pdf.render import RecordChanged
from koerskaart.record.seal import Seal

__all__ = ["question_set_of", "run"]

EXIT_CHANGED = 1


def read_password(prompt: str) -> str:
    """From the terminal without echo; from standard input (one line) when there is no terminal."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def run(args: argparse.Namespace) -> int:
    if getattr(args, "all", False) or getattr(args, "out_dir", None) or getattr(args, "signed_only", False):
        from koerskaart.commands.export_all import run as run_all

        return run_all(args)
    if args.id is None:
        raise UserFacingError(
            "Geef het nummer van een opgave (ID), of --all --out-dir MAP voor alle opgaven."
        )
    if not args.out:
        raise UserFacingError("Geef met --out BESTAND aan waar de pdf moet komen.")
    refuse_special_target(args.out)  # before any work: a device is never swapped for a file
    seal = None
    if getattr(args, "seal", None):
        seal = Seal.from_pkcs12(args.seal, read_password(f"Wachtwoord van het certificaat {args.seal}: "))
    repo = open_repository(args)
    try:
        contract = choose_contract(repo, args.id, getattr(args, "contract_version", None))
        assert contract.id is not None
        record = load_record(repo, contract.id)
        settings = DocumentSettings.from_repository(repo)
    finally:
        repo.db.close()
    try:
        result = export_record_pdf(
            record, settings, args.out, force=bool(getattr(args, "force", False)), seal=seal
        )
    except RecordChanged as exc:
        print(f"koerskaart: {exc.message}", file=sys.stderr)
        return EXIT_CHANGED
    if result.changed:
        print(
            "koerskaart: let op: deze versie is na het ondertekenen gewijzigd; de pdf zegt op elke pagina "
            "'GEWIJZIGD NA ONDERTEKENING — niet geldig'.",
            file=sys.stderr,
        )
    for warning in result.warnings:
        print(f"koerskaart: let op: {warning}", file=sys.stderr)
    if result.replaced_characters:
        listed = ", ".join(r.describe() for r in result.replaced_characters)
        print(
            f"koerskaart: let op: {len(result.replaced_characters)} teken(s) kan het lettertype niet "
            f"weergeven; ze staan in de pdf als [U+....] met uitleg onderaan de pagina: {listed}",
            file=sys.stderr,
        )
    pages = "pagina" if result.pages == 1 else "pagina's"
    print(f"{result.path} ({result.pages} {pages})")
    return 0
