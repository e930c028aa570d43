"""Benchmark: the cost of ``import-json`` and ``check-form`` as the input grows.

Import: an exchange file holding N activities, 1,000 per contract version (the documented
maximum of rows per table per contract), imported into a new database (1,000 and 10,000 rows by
default); printed as the cost per 1,000 rows, with the ratio of the
largest to the smallest size. A ratio near 1.0 means the cost grows linearly with the rows.

check-form: a question set with N questions that each have a problem (5,000, 10,000 and 20,000),
validated as ``koerskaart check-form`` does; printed as the cost per 1,000 questions and the
same ratio.

export-pdf: the contracteringsformat of one version with N activities (100 and 1,000, the
maximum per contract), rendered by ReportLab; same cost per 1,000 rows and ratio (``--pdf-rows``).

Lock guard: one ORM flush of N new activity rows in one transaction (1,000 and 10,000), which the
lock guard (``storage/locking.py``) inspects object by object; same cost per 1,000 and ratio.

Run: .venv/bin/python bench/bench_import.py [--rows 1000 10000] [--questions 5000 10000 20000]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlmodel import select

from koerskaart.errors import DefinitionError
from koerskaart.questions.loader import load_question_set
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

STAMP = "2025-03-14T09:30:00.000000+00:00"


def document(rows: int) -> dict[str, Any]:
    activity = {
        "approach": "project",
        "complexity": 3,
        "end": None,
        "name": "",
        "owner": "Team Wijken",
        "position": 0,
        "priority": "nu",
        "reason": "Omdat het moet",
        "start": "2025-01-01",
    }
    per_contract = 1000
    contracts = []
    for number, first in enumerate(range(0, rows, per_contract), start=1):
        count = min(per_contract, rows - first)
        contracts.append(
            {
                "version": number,
                "status": "concept",
                "based_on_version": number - 1 if number > 1 else None,
                "reason": "",
                "current_step": "",
                "question_set": {"id": "", "version": "", "sha256": "", "text": ""},
                "created_at": STAMP,
                "updated_at": STAMP,
                "locked_at": None,
                "fingerprint": "",
                "answers": [],
                "participants": [],
                "activities": [
                    activity | {"name": f"Activiteit {i}", "position": i} for i in range(1, count + 1)
                ],
                "partners": [],
                "capacity_requests": [],
                "timeline": [],
                "signatures": [],
            }
        )
    return {
        "format": "koerskaart-opgave",
        "format_version": 1,
        "opgave": {
            "title": f"Groot bestand ({rows} regels)",
            "description": "",
            "status": "concept",
            "domain": None,
            "created_at": STAMP,
            "updated_at": STAMP,
            "removed_at": None,
        },
        "teams": [],
        "progress_reports": [],
        "contracts": contracts,
    }


def time_import(rows: int, folder: Path) -> float:
    from koerskaart.exchange import import_opgave

    data = document(rows)
    db = Database.open(folder / f"import-{rows}.sqlite")
    try:
        repo = Repository(db, actor="bench")
        start = time.perf_counter()
        import_opgave(repo, data)
        return time.perf_counter() - start
    finally:
        db.close()


def time_flush(rows: int, folder: Path) -> float:
    from koerskaart.storage.models import Activity

    db = Database.open(folder / f"flush-{rows}.sqlite")
    try:
        repo = Repository(db, actor="bench")
        opgave = repo.create_opgave("Eén grote flush")
        contract = repo.create_contract(
            opgave.id or 0,
            question_set_id="",
            question_set_version="",
            question_set_sha256="",
            question_set_text="",
        )
        with db.session() as s:
            s.add_all(
                Activity(contract_id=contract.id or 0, position=i, name=f"Activiteit {i}")
                for i in range(rows)
            )
            start = time.perf_counter()
            s.flush()
            return time.perf_counter() - start
    finally:
        db.close()


def time_pdf(rows: int, folder: Path) -> float:
    from koerskaart.conversation.snapshot import load_snapshot
    from koerskaart.exchange import import_opgave
    from koerskaart.paths import DEFAULT_QUESTION_SET
    from koerskaart.record.pdf import DocumentSettings, render_contract
    from koerskaart.storage.models import Contract

    db = Database.open(folder / f"pdf-{rows}.sqlite")
    try:
        repo = Repository(db, actor="bench")
        opgave_id = import_opgave(repo, document(rows))
        with db.session() as s:
            contract_id = s.exec(select(Contract.id).where(Contract.opgave_id == opgave_id)).first()
        snapshot = load_snapshot(repo, contract_id or 0)
        question_set = load_question_set(DEFAULT_QUESTION_SET)
        start = time.perf_counter()
        render_contract(snapshot, question_set, DocumentSettings())
        return time.perf_counter() - start
    finally:
        db.close()


def question_set_text(questions: int) -> str:
    lines = [
        "[meta]",
        'id = "groot"',
        'version = "1"',
        'title_nl = "Groot"',
        'title_en = "Large"',
        "",
        "[[steps]]",
        'key = "stap"',
        'title_nl = "Stap"',
        'title_en = "Step"',
    ]
    for i in range(questions):
        # Every question has an unknown type: one problem each.
        lines += [
            "[[steps.questions]]",
            f'key = "vraag_{i}"',
            'type = "onbekend"',
            f'label_nl = "Vraag {i}"',
            f'label_en = "Question {i}"',
        ]
    return "\n".join(lines) + "\n"


def time_check_form(questions: int, folder: Path) -> tuple[float, int]:
    """The validator's own cost: the size limit (which refuses such a file at once) is lifted."""
    try:
        from koerskaart.storage import limits

        limits.MAX_QUESTIONS = max(limits.MAX_QUESTIONS, questions)
    except ImportError:  # a version without declared limits
        pass
    path = folder / f"vragen-{questions}.toml"
    path.write_text(question_set_text(questions), encoding="utf-8")
    start = time.perf_counter()
    try:
        load_question_set(path)
        problems = 0
    except DefinitionError as exc:
        problems = len(exc.problems)
    return time.perf_counter() - start, problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--questions", type=int, nargs="+", default=[5000, 10000, 20000])
    parser.add_argument("--pdf-rows", type=int, nargs="+", default=[100, 1000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        per_k = []
        for rows in args.rows:
            seconds = time_import(rows, folder)
            per_k.append(seconds / rows * 1000)
            print(
                f"import-json {rows:>7} rows: {seconds:8.2f} s  = {per_k[-1] * 1000:8.1f} ms per 1,000 rows"
            )
        print(f"import ratio per 1,000 rows ({args.rows[-1]} / {args.rows[0]}): {per_k[-1] / per_k[0]:.2f}x")
        per_k = []
        for rows in args.rows:
            seconds = time_flush(rows, folder)
            per_k.append(seconds / rows * 1000)
            cost = per_k[-1] * 1000
            print(f"one flush   {rows:>7} rows: {seconds:8.2f} s  = {cost:8.1f} ms per 1,000 rows")
        print(f"flush ratio per 1,000 rows ({args.rows[-1]} / {args.rows[0]}): {per_k[-1] / per_k[0]:.2f}x")
        per_k = []
        for rows in args.pdf_rows:
            seconds = time_pdf(rows, folder)
            per_k.append(seconds / rows * 1000)
            cost = per_k[-1] * 1000
            print(f"export-pdf  {rows:>7} rows: {seconds:8.2f} s  = {cost:8.1f} ms per 1,000 rows")
        first, last = args.pdf_rows[0], args.pdf_rows[-1]
        print(f"pdf ratio per 1,000 rows ({last} / {first}): {per_k[-1] / per_k[0]:.2f}x")
        per_k = []
        for questions in args.questions:
            seconds, problems = time_check_form(questions, folder)
            per_k.append(seconds / questions * 1000)
            print(
                f"check-form {questions:>7} bad questions: {seconds:8.2f} s  = "
                f"{per_k[-1] * 1000:8.1f} ms per 1,000 ({problems} lines)"
            )
        print(
            f"check-form ratio per 1,000 ({args.questions[-1]} / {args.questions[0]}): "
            f"{per_k[-1] / per_k[0]:.2f}x"
        )


if __name__ == "__main__":
    main()
