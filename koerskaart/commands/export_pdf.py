"""``koerskaart export-pdf ID [--version N] --out FILE``: the contracteringsformat of an opgave as PDF.

ID is the opgave; without ``--version`` the newest contract version is exported. With
``--all --out-dir DIR [--signed-only]`` every opgave's newest (signed) version is written in one
run, see :mod:`koerskaart.commands.export_all`. The version is
rendered with the question-set definition it was held with (stored with the contract), so an old
contract keeps its own questions. Prints the path and the number of pages; characters that the
font cannot draw are listed on stderr as a warning. Problems exit 2 with a Dutch message (through
:class:`~koerskaart.errors.UserFacingError`).
"""

from __future__ import annotations

import argparse
import sys

from koerskaart.atomic_file import refuse_special_target
from koerskaart.commands.common import open_repository
from koerskaart.commands.verify import choose_contract
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import UserFacingError
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set, parse_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.record.pdf import DocumentSettings, export_contract_pdf
from koerskaart.storage.models import Contract


def question_set_of(contract: Contract) -> QuestionSet:
    """The definition the talk was held with; the shipped one only for a contract without it."""
    if contract.question_set_text.strip():
        return parse_question_set(
            contract.question_set_text, f"versie {contract.version} (opgeslagen vragenlijst)"
        )
    return load_question_set(DEFAULT_QUESTION_SET)


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
    repo = open_repository(args)
    try:
        contract = choose_contract(repo, args.id, getattr(args, "contract_version", None))
        assert contract.id is not None
        snapshot = load_snapshot(repo, contract.id)
        settings = DocumentSettings.from_repository(repo)
    finally:
        repo.db.close()
    result = export_contract_pdf(snapshot, question_set_of(contract), settings, args.out)
    for warning in result.warnings:
        print(f"koerskaart: let op: {warning}", file=sys.stderr)
    if result.replaced_characters:
        listed = ", ".join(r.describe() for r in result.replaced_characters)
        print(
            f"koerskaart: let op: {len(result.replaced_characters)} teken(s) kan het lettertype niet "
            f"weergeven; ze staan in de pdf als [U+....]: {listed}",
            file=sys.stderr,
        )
    pages = "pagina" if result.pages == 1 else "pagina's"
    print(f"{result.path} ({result.pages} {pages})")
    return 0
