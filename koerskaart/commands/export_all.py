"""``koerskaart export-pdf --all --out-dir DIR [--signed-only] [--force]``: every PDF in one run.

Writes the newest contract version of every opgave (with ``--signed-only``: its newest signed
version) to ``DIR/<id>-<slug>-v<n>.pdf``, each file atomically, and prints one line per file as
it goes. A signed version whose content changed after signing is not written (with ``--force``
it is, marked on every page as not valid); those are listed at the end and the exit status is 1.
Exit 0 when everything was written; a problem the user can act on (the folder, a full disk)
stops with one Dutch line and exit 2. See :mod:`koerskaart.record.batch`.
"""

from __future__ import annotations

import argparse
import sys

from koerskaart.commands.common import open_repository
from koerskaart.errors import UserFacingError

EXIT_OK = 0
EXIT_CHANGED = 1


def describe(number: int, total: int, item) -> str:  # noqa: ANN001  (a BatchItem; imported lazily)
    target = item.target
    head = f"[{number}/{total}]"
    if item.changed and item.path is None:
        return (
            f"{head} opgave {target.opgave_id} ({target.title}), versie {target.version}: NIET "
            "geëxporteerd — de inhoud is na het ondertekenen gewijzigd."
        )
    pages = "pagina" if item.pages == 1 else "pagina's"
    signed = ", ondertekend" if item.signed else ""
    if item.changed:
        signed = ", GEWIJZIGD NA ONDERTEKENING — niet geldig"
    return f"{head} {item.path} ({item.pages} {pages}{signed})"


def run(args: argparse.Namespace) -> int:
    if not getattr(args, "all", False):
        raise UserFacingError(
            "--out-dir en --signed-only horen bij --all: koerskaart export-pdf --all --out-dir MAP."
        )
    if args.id is not None or getattr(args, "contract_version", None) is not None or args.out:
        raise UserFacingError(
            "Met --all geeft u geen ID, --version of --out; de bestanden komen in --out-dir."
        )
    if getattr(args, "seal", None):
        raise UserFacingError(
            "Een zegel zet u per bestand: koerskaart export-pdf ID --out BESTAND --seal CERT.p12."
        )
    if not args.out_dir:
        raise UserFacingError("Geef met --out-dir MAP aan in welke map de pdf-bestanden moeten komen.")
    from koerskaart.paths import DEFAULT_QUESTION_SET
    from koerskaart.questions.loader import load_question_set
    from koerskaart.record.batch import export_batch, plan_batch, prepare_folder

    folder = prepare_folder(args.out_dir)  # before opening the database: a bad folder changes nothing
    default = load_question_set(DEFAULT_QUESTION_SET)
    repo = open_repository(args)
    try:
        targets = plan_batch(repo, signed_only=args.signed_only)
        if not targets:
            what = "ondertekende versies" if args.signed_only else "opgaven met een contract"
            print(f"Er zijn geen {what}; er is niets geëxporteerd.")
            return EXIT_OK

        def progress(number: int, total: int, item) -> None:  # noqa: ANN001
            print(describe(number, total, item), flush=True)
            for warning in item.warnings:
                print(f"koerskaart: let op ({item.target.file_name}): {warning}", file=sys.stderr)

        force = bool(getattr(args, "force", False))
        result = export_batch(repo, targets, folder, default, progress=progress, force=force)
    finally:
        repo.db.close()
    written = len(result.written)
    print(f"{written} {'bestand' if written == 1 else 'bestanden'} geschreven in {folder}.")
    failed = result.failed_verification
    if failed:
        what = "gemarkeerd als niet geldig" if force else "niet geëxporteerd"
        print(
            f"koerskaart: {len(failed)} ondertekende {'versie is' if len(failed) == 1 else 'versies zijn'} "
            f"na het ondertekenen gewijzigd en {what}:",
            file=sys.stderr,
        )
        for item in failed:
            t = item.target
            print(f"  opgave {t.opgave_id} ({t.title}), versie {t.version}", file=sys.stderr)
        return EXIT_CHANGED
    return EXIT_OK
