"""The command line with very long titles: a readable table, and no import of a title the app refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.exchange import dump, export_opgave
from koerskaart.storage.repository import Repository
from tests.unit.demo_support import table_counts


def test_the_table_shortens_a_very_long_title_and_json_keeps_it(
    repo: Repository, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long = "Zoë & <buurt> 😀\t" + "heel lang " * 10_000
    repo.create_opgave("Kort")
    repo.create_opgave(long)
    assert main(["list", "--db", str(db_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) < 120
    assert any(line.split()[1:2] == ["Kort"] for line in lines)
    assert any("Zoë & <buurt> 😀 heel lang" in line and "…" in line for line in lines)
    assert main(["list", "--db", str(db_path), "--json"]) == 0
    titles = [item["title"] for item in json.loads(capsys.readouterr().out)]
    assert long.strip() in titles


def test_import_refuses_a_title_longer_than_the_app_allows(
    repo: Repository, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opgave = repo.create_opgave("Tijdelijk")
    document = json.loads(dump(export_opgave(repo, opgave.id)))
    document["opgave"]["title"] = "T " + "lang woord " * 1000
    path = tmp_path / "lang.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = table_counts(repo)
    assert main(["import-json", str(path), "--db", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "hoogstens 200 tekens" in err and "Traceback" not in err
    assert table_counts(repo) == before
    document["opgave"]["title"] = "Ë" * 200
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["import-json", str(path), "--db", str(db_path)]) == 0
