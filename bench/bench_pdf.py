"""Benchmark of the PDF export: the signed Europaplein record and all demo opgaven, with the PDF/A step.

Loads the demo portfolio into a temporary database, then measures (median of N runs, one core)
for the Europaplein record: ReportLab's render alone, the PDF/A-3b + embed step alone
(``make_archival``: pikepdf's preparation, the embedded JSON, the metadata and pikepdf's own
validation of the written bytes) and the whole export (target ≤ 400 ms in-process), and the
export of the newest version of every demo opgave (target ≤ 3 s in total), and prints the file
size per contract. Ratios are against the plain ReportLab render of the same record and against
a trivial one-page document built the same way (BaseDocTemplate, our fonts, atomic write),
both measured in the same run, so the figures mean something on any machine.

Run: ``.venv/bin/python bench/bench_pdf.py [--runs N]``
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

from koerskaart.demo import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.record.display import in_amsterdam
from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.archive import make_archival
from koerskaart.record.pdf.export import export_record_pdf, write_atomically
from koerskaart.record.pdf.render import archive_facts, render_pages
from koerskaart.record.pdf.styles import PAGE_SIZE, make_styles
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

TARGET_ONE = 0.400
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
        summary = load_demo(repo, load_question_set(DEFAULT_QUESTION_SET))
        settings = DocumentSettings.from_repository(repo)

        records = []
        for item in repo.list_opgaven():
            if item.latest_contract_id is None:
                continue
            records.append((item.id, item.title, load_record(repo, item.latest_contract_id)))
        europaplein = next(record for opgave_id, _t, record in records if opgave_id == summary.europaplein_id)
        assert europaplein.intact
        created = in_amsterdam(europaplein.snapshot.contract.locked_at or datetime.now(UTC))

        # Warm-up: font registration and imports happen once per process, not per export.
        baseline(folder / "warm.pdf")
        export_record_pdf(europaplein, settings, folder / "warm2.pdf")
        plain = render_pages(europaplein, settings).data

        base = median_seconds(lambda: baseline(folder / "baseline.pdf"), args.runs)
        pages_only = median_seconds(lambda: render_pages(europaplein, settings), args.runs)
        archival = median_seconds(
            lambda: make_archival(plain, archive_facts(europaplein, created)), args.runs
        )
        one = median_seconds(
            lambda: export_record_pdf(europaplein, settings, folder / "europaplein.pdf"), args.runs
        )

        def export_all() -> None:
            for opgave_id, _title, record in records:
                export_record_pdf(record, settings, folder / f"opgave-{opgave_id}.pdf")

        every = median_seconds(export_all, max(3, args.runs // 3))

        print(
            f"PDF export benchmark (median of {args.runs} runs; all opgaven: {max(3, args.runs // 3)} runs)"
        )
        print(f"  baseline, 1-page document             {base * 1000:8.1f} ms")
        pages = export_record_pdf(europaplein, settings, folder / "e.pdf").pages
        print(f"  Europaplein, ReportLab pages only      {pages_only * 1000:8.1f} ms   ({pages} pages)")
        print(
            f"  Europaplein, PDF/A-3b + embed step     {archival * 1000:8.1f} ms   "
            f"= {archival / pages_only:4.2f} x the ReportLab render"
        )
        verdict = "ok" if one <= TARGET_ONE else "TOO SLOW"
        print(
            f"  Europaplein, whole export              {one * 1000:8.1f} ms   "
            f"= {one / pages_only:4.2f} x the ReportLab render, {one / base:5.1f} x baseline   "
            f"target ≤ {TARGET_ONE * 1000:.0f} ms: {verdict}"
        )
        verdict = "ok" if every <= TARGET_ALL else "TOO SLOW"
        print(
            f"  all {len(records)} opgaven                        {every * 1000:8.1f} ms   "
            f"= {every / base:5.1f} x baseline   target ≤ {TARGET_ALL:.0f} s: {verdict}"
        )
        print("  file size per contract:")
        for opgave_id, title, record in records:
            path = folder / f"opgave-{opgave_id}.pdf"
            status = "getekend" if record.signed else "concept"
            size = path.stat().st_size / 1024
            print(f"    {size:7.1f} KiB  v{record.snapshot.contract.version} {status:<8}  {title[:60]}")
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
