"""Migration 0006: reports already stored get their period; a version-1 export is still read."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

from koerskaart.exchange.export import export_opgave
from koerskaart.exchange.importer import import_opgave
from koerskaart.exchange.validate import check
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.unit import demo_support

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path
demo_repo = demo_support.demo_repo

OLD_FILE = Path(__file__).resolve().parents[2] / "data" / "koerskaart-0001_initial.sqlite"


def test_old_reports_get_the_month_of_their_date_as_period(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    with sqlite3.connect(path) as conn:
        opgave = conn.execute("SELECT id FROM opgave ORDER BY id LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO progressreport (opgave_id, report_date, traffic_light, text, author) "
            "VALUES (?, '2025-03-28', 'oranje', 'Vertraging', 'M. Berg')",
            (opgave,),
        )
    db = Database.open(path)
    try:
        [report] = Repository(db).progress_reports(opgave)
        assert (report.period, report.traffic_light, report.done, report.help_asked) == (
            "2025-03",
            "oranje",
            "",
            "",
        )
        assert Repository(db).team_capacities() == []
    finally:
        db.close()


def test_a_version_1_file_is_still_imported(demo_repo: Repository, tmp_path: Path) -> None:
    summary = next(s for s in demo_repo.list_opgaven() if s.title.startswith("Energietransitie"))
    document = export_opgave(demo_repo, summary.id)
    old = json.loads(json.dumps(document))
    old["format_version"] = 1
    for report in old["progress_reports"]:
        for name in ("period", "done", "next_steps", "help_asked"):
            del report[name]
    check(old)
    other = Database.open(tmp_path / "ander.sqlite")
    try:
        target = Repository(other, actor="test")
        reports = target.progress_reports(import_opgave(target, old))
    finally:
        other.close()
    assert [r.period for r in reports] == [r["report_date"][:7] for r in document["progress_reports"]]
    assert len(reports) == 12 and all(r.done == "" for r in reports)
