"""What a command does not use, it does not import: checked in a fresh interpreter per case.

Start-up time is mostly import time, so the structure is the rule: each command module imports
its heavy parts (SQLAlchemy/SQLModel, Alembic, pydantic, ReportLab) where it uses them, and the
start window reads its list without the ORM. Each case runs ``koerskaart`` in a new process and
prints which heavy packages ended up in ``sys.modules``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

HEAVY = ("alembic", "reportlab", "sqlalchemy", "sqlmodel", "pydantic")
SCRIPT = f"""
import json, sys
from koerskaart.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = {HEAVY!r}
print("HEAVY " + json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""

pytestmark = pytest.mark.slow


def heavy_after(*args: str, **env: str) -> set[str]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
        check=False,
    )
    line = next((x for x in result.stdout.splitlines() if x.startswith("HEAVY ")), None)
    assert line is not None, result.stderr
    return set(json.loads(line[len("HEAVY ") :]))


@pytest.fixture
def up_to_date(db_path: Path) -> Path:
    repo = Repository(Database.open(db_path), actor="test")
    repo.create_opgave("Zoëlaan")
    repo.db.close()
    return db_path


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_import_nothing_heavy(option: str):
    assert heavy_after(option) == set()


def test_list_of_an_up_to_date_file_imports_nothing_heavy(up_to_date: Path):
    assert heavy_after("--db", str(up_to_date), "list") == set()


def test_check_form_needs_no_database_and_no_pdf():
    from koerskaart.paths import DEFAULT_QUESTION_SET

    # pydantic validates the definition; the database and the PDF are not needed
    assert heavy_after("check-form", str(DEFAULT_QUESTION_SET)) <= {"pydantic"}


def test_export_pdf_of_an_up_to_date_file_does_not_load_alembic(up_to_date: Path, tmp_path: Path):
    loaded = heavy_after("--db", str(up_to_date), "export-pdf", "1", "--out", str(tmp_path / "x.pdf"))
    assert "reportlab" in loaded and "alembic" not in loaded


def test_export_json_needs_no_pdf(up_to_date: Path, tmp_path: Path):
    loaded = heavy_after("--db", str(up_to_date), "export-json", "1", "--out", str(tmp_path / "x.json"))
    assert "alembic" not in loaded and "reportlab" not in loaded


def test_the_start_window_loads_neither_alembic_nor_reportlab(up_to_date: Path):
    loaded = heavy_after(
        "--db", str(up_to_date), KOERSKAART_BENCH_EXIT_ON_SHOW="loaded", QT_QPA_PLATFORM="offscreen"
    )
    assert "alembic" not in loaded and "reportlab" not in loaded
