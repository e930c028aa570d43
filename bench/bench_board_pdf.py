"""The report for the opgavenboard over the 19 demo opgaven, rendered in-process (target <= 2 s).

Loads the demo into a temporary database, then measures (median of N runs) reading the portfolio
plus rendering the board PDF, and, as the baseline from the same run, the record PDF of the signed
Europaplein contract (the document the app already makes). Prints medians, pages and the ratio.

Run: ``.venv/bin/python bench/bench_board_pdf.py [--runs N]``
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.demo import load_demo
from koerskaart.demo.portfolio import EUROPAPLEIN
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.portfolio.board_pdf import render_board_pdf
from koerskaart.portfolio.data import load_portfolio
from koerskaart.portfolio.figures import portfolio_facts
from koerskaart.questions.loader import load_question_set
from koerskaart.record.pdf import DocumentSettings, render_contract
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

TARGET = 2.0
TODAY = date(2026, 12, 4)


def median_seconds(action, runs: int) -> float:  # type: ignore[no-untyped-def]  # any callable
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    question_set = load_question_set(DEFAULT_QUESTION_SET)
    with tempfile.TemporaryDirectory() as tmp:
        db = Database.open(Path(tmp) / "demo.sqlite")
        repo = Repository(db, actor="bench")
        load_demo(repo, question_set)
        europa = next(s for s in repo.list_opgaven() if s.title == EUROPAPLEIN)
        snapshot = load_snapshot(repo, europa.latest_contract_id or 0)
        settings = DocumentSettings.from_repository(repo)
        pages = {}

        def board() -> None:
            data = load_portfolio(db)
            facts = portfolio_facts(data, period="2026-11", today=TODAY)
            pages["board"] = render_board_pdf(data, facts, period="2026-11", today=TODAY).pages

        def record() -> None:
            pages["record"] = render_contract(snapshot, question_set, settings).pages

        board()  # fonts registered, modules imported: both measured warm
        record()
        board_time = median_seconds(board, runs)
        record_time = median_seconds(record, runs)
        db.close()
    print(f"opgavenboard PDF, 19 demo opgaven ({pages['board']} pages), median of {runs}:")
    print(f"  read portfolio + render:   {board_time * 1000:7.1f} ms  (target <= {TARGET * 1000:.0f} ms)")
    print(f"  baseline: Europaplein record PDF ({pages['record']} pages): {record_time * 1000:7.1f} ms")
    print(f"  ratio {board_time / record_time:.1f}x")


if __name__ == "__main__":
    main()
