"""``koerskaart demo``: fill the database with the fictional demo portfolio of Gemeente Duinwijk.

Loads the default question set, calls :func:`koerskaart.demo.load_demo` and prints a short Dutch
summary with the counts. Running it a second time adds nothing and says the demo is already there.
"""

from __future__ import annotations

import argparse

from koerskaart.commands.common import open_repository
from koerskaart.demo import DemoSummary, load_demo
from koerskaart.demo.portfolio import MUNICIPALITY
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set


def describe(summary: DemoSummary) -> str:
    counts = (
        f"{summary.domains} domeinen, {summary.teams} teams, {summary.opgaven} opgaven "
        f"({summary.contracts} contractversies, waarvan {summary.signed_contracts} ondertekend), "
        f"{summary.activities} activiteiten, {summary.progress_reports} voortgangsrapportages en "
        f"{summary.timeline_events} momenten op de tijdlijnen"
    )
    if summary.already_present:
        return (
            f"De demo van {MUNICIPALITY} is al aanwezig; er is niets toegevoegd.\nIn de database: {counts}."
        )
    lines = [f"De demo van {MUNICIPALITY} (fictief) is geladen: {counts}."]
    if summary.europaplein_id is not None:
        lines.append(
            f"Volledig uitgewerkt en ondertekend: opgave {summary.europaplein_id}, "
            "‘Veilige en leefbare buurt Europaplein’."
        )
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    question_set = load_question_set(DEFAULT_QUESTION_SET)
    repo = open_repository(args, actor="demo")
    try:
        summary = load_demo(repo, question_set)
    finally:
        repo.db.close()
    print(describe(summary))
    return 0
