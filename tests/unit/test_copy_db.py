"""``koerskaart copy-db``: a whole database from a file to the server and back, in one transaction."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.exchange.export import dump, export_opgave
from koerskaart.record.verify import verify
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import table_counts

question_set = demo_support.question_set
demo_template = demo_support.demo_template


def _documents(target: str) -> dict[str, str]:
    db = Database.open(target)
    try:
        repo = Repository(db)
        return {s.title: dump(export_opgave(repo, s.id)) for s in repo.list_opgaven(include_removed=True)}
    finally:
        db.close()


def _everything(target: str) -> tuple[dict[str, int], list[tuple], list[tuple]]:
    db = Database.open(target)
    try:
        repo = Repository(db)
        counts = table_counts(repo)
        audit = [
            (e.at, e.actor, e.action, e.entity, e.field, e.old_value, e.new_value)
            for e in repo.audit_events()
        ]
        settings = sorted((k, repo.setting(k)) for k in ("gemeente.naam",))
        return counts, audit, settings
    finally:
        db.close()


@pytest.fixture
def demo_file(demo_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "lokaal.sqlite"
    shutil.copy(demo_template, path)
    return str(path)


def test_a_file_moves_to_the_server_and_back_with_everything(
    demo_file: str, pg_url: str, tmp_path: Path, capsys
) -> None:
    assert main(["copy-db", "--from", demo_file, "--to", pg_url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("19 opgaven gekopieerd naar postgresql://") and "vingerafdrukken kloppen" in out
    assert _documents(pg_url) == _documents(demo_file)
    assert _everything(pg_url) == _everything(demo_file)

    db = Database.open(pg_url)
    try:
        repo = Repository(db)
        signed = [c for s in repo.list_opgaven() for c in repo.contracts_of(s.id) if c.locked_at]
        assert signed and all(verify(repo, c.id).intact for c in signed)
        fresh = repo.create_opgave("Na de verhuizing")  # the id sequences moved past the copied ids
        assert fresh.id == max(s.id for s in repo.list_opgaven())
    finally:
        db.close()

    back = str(tmp_path / "terug.sqlite")
    assert main(["copy-db", "--from", pg_url, "--to", back]) == 0
    assert _documents(back) == _documents(pg_url)


def test_a_target_with_data_is_refused_unless_merging(demo_file: str, pg_url: str, capsys) -> None:
    db = Database.open(pg_url)
    repo = Repository(db)
    try:
        repo.create_opgave("Al op de server")
        before = table_counts(repo)
        assert main(["copy-db", "--from", demo_file, "--to", pg_url]) == 2
        assert "bevat al gegevens" in capsys.readouterr().err
        assert table_counts(repo) == before

        assert main(["copy-db", "--from", demo_file, "--to", pg_url, "--merge"]) == 0
        titles = [s.title for s in repo.list_opgaven()]
        assert len(titles) == 20 and "Al op de server" in titles
        signed = [c for s in repo.list_opgaven() for c in repo.contracts_of(s.id) if c.locked_at]
        assert signed and all(verify(repo, c.id).intact for c in signed)
        assert table_counts(repo)["auditevent"] > before["auditevent"] + 100
    finally:
        db.close()


def test_a_changed_signed_version_stops_the_whole_copy(demo_file: str, pg_url: str, capsys) -> None:
    with closing(sqlite3.connect(demo_file)) as conn, conn:
        conn.execute("DROP TRIGGER lock_answer_update")  # a change behind the app's back
        conn.execute(
            "UPDATE answer SET value = '\"stiekem\"' WHERE id = (SELECT a.id FROM answer a "
            "JOIN contract c ON c.id = a.contract_id WHERE c.locked_at IS NOT NULL LIMIT 1)"
        )
    assert main(["copy-db", "--from", demo_file, "--to", pg_url]) == 2
    assert "past na het kopiëren niet meer bij de vingerafdruk" in capsys.readouterr().err
    db = Database.open(pg_url)
    try:
        assert set(table_counts(Repository(db)).values()) == {0}  # all rolled back
    finally:
        db.close()


def test_the_same_database_as_source_and_target_is_refused(demo_file: str, capsys) -> None:
    assert main(["copy-db", "--from", demo_file, "--to", demo_file]) == 2
    assert "dezelfde database" in capsys.readouterr().err
