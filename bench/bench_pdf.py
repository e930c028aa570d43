"""Benchmark of the PDF export: the signed Europaplein contract and all demo opgaven.

Loads the demo portfolio into a temporary database, then measures (median of N runs, one core)
the export of the Europaplein contract (target ≤ 300 ms) and of the newest contract of every
demo opgave (target ≤ 3 s in total), and prints the file size per contract. A baseline measured
in the same run — a trivial one-page document built the same way (BaseDocTemplate, our fonts,
atomic write) — gives ratios that mean something on any machine.

Run: ``.venv/bin/python bench/bench_pdf.py [--runs N]``
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from io import BytesIO
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.demo import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set, parse_question_set
from koerskaart.record.pdf import DocumentSettings, export_contract_pdf
from koerskaart.record.pdf.export import write_atomically
from koerskaart.record.pdf.styles import PAGE_SIZE, make_styles
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

TARGET_ONE = 0.300
TARGET_ALL = 3.0


def median_seconds(action, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def baseline(out: Path) -> None:
    styles = make_styles()
    buffer = BytesIO()
    doc = BaseDocTemplate(buffer, pagesize=PAGE_SIZE)
    doc.addPageTemplates([PageTemplate(frames=[Frame(50, 50, 495, 740)])])
    doc.build([Paragraph("Eén pagina met één zin.", styles.body)])
    write_atomically(out, buffer.getvalue())


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder_name:
        folder = Path(folder_name)
        db = Database.open(folder / "bench.sqlite")
        repo = Repository(db, actor="bench")
        question_set = load_question_set(DEFAULT_QUESTION_SET)
        summary = load_demo(repo, question_set)
        settings = DocumentSettings.from_repository(repo)

        jobs = []
        for item in repo.list_opgaven():
            if item.latest_contract_id is None:
                continue
            snapshot = load_snapshot(repo, item.latest_contract_id)
            qs = parse_question_set(snapshot.contract.question_set_text, "bench")
            jobs.append((item.id, item.title, snapshot, qs))
        europaplein = next(job for job in jobs if job[0] == summary.europaplein_id)

        # Warm-up: font registration and imports happen once per process, not per export.
        baseline(folder / "warm.pdf")
        export_contract_pdf(europaplein[2], europaplein[3], settings, folder / "warm2.pdf")

        base = median_seconds(lambda: baseline(folder / "baseline.pdf"), args.runs)
        one = median_seconds(
            lambda: export_contract_pdf(europaplein[2], europaplein[3], settings, folder / "europaplein.pdf"),
            args.runs,
        )

        def export_all() -> None:
            for opgave_id, _title, snapshot, qs in jobs:
                export_contract_pdf(snapshot, qs, settings, folder / f"opgave-{opgave_id}.pdf")

        every = median_seconds(export_all, max(3, args.runs // 3))

        print(
            f"PDF export benchmark (median of {args.runs} runs; all opgaven: {max(3, args.runs // 3)} runs)"
        )
        print(f"  baseline, 1-page document          {base * 1000:8.1f} ms")
        pages = export_contract_pdf(europaplein[2], europaplein[3], settings, folder / "e.pdf").pages
        verdict = "ok" if one <= TARGET_ONE else "TOO SLOW"
        print(
            f"  Europaplein ({pages} pages)             {one * 1000:8.1f} ms   "
            f"= {one / base:5.1f} x baseline   target ≤ {TARGET_ONE * 1000:.0f} ms: {verdict}"
        )
        verdict = "ok" if every <= TARGET_ALL else "TOO SLOW"
        print(
            f"  all {len(jobs)} opgaven                     {every * 1000:8.1f} ms   "
            f"= {every / base:5.1f} x baseline   target ≤ {TARGET_ALL:.0f} s: {verdict}"
        )
        print("  file size per contract:")
        for opgave_id, title, snapshot, _qs in jobs:
            path = folder / f"opgave-{opgave_id}.pdf"
            status = "getekend" if snapshot.contract.locked_at else "concept"
            size = path.stat().st_size / 1024
            print(f"    {size:7.1f} KiB  v{snapshot.contract.version} {status:<8}  {title[:60]}")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
