"""Migration 0002_lock_triggers: a file holding data at 0001 upgrades, keeps its data and gains the lock."""

from __future__ import annotations

import json
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from koerskaart.storage import migrate
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.storage.schema import SCHEMA_HEAD

OLD_FILE = Path(__file__).parent.parent / "data" / "koerskaart-0001_initial.sqlite"


def _triggers(path: Path) -> set[str]:
    with closing(sqlite3.connect(path)) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]


def test_the_lock_migration_is_part_of_the_head() -> None:
    chain = {rev.revision for rev in migrate.script_directory().iterate_revisions(SCHEMA_HEAD, "base")}
    assert "0002_lock_triggers" in chain


def test_a_0001_file_with_a_signed_contract_is_upgraded_and_then_locked(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    contract_id = 1
    with closing(sqlite3.connect(path)) as conn, conn:  # signed under 0001, before there were triggers
        conn.execute(
            "UPDATE contract SET locked_at = '2026-11-28 13:05:00.000000', fingerprint = ? WHERE id = ?",
            ("f" * 64, contract_id),
        )
    with closing(sqlite3.connect(path)) as conn:
        answers_before = conn.execute("SELECT question_key, value FROM answer ORDER BY id").fetchall()
    assert _revision(path) == "0001_initial" and _triggers(path) == set()

    db = Database.open(path)
    try:
        assert _revision(path) == SCHEMA_HEAD
        assert len(_triggers(path)) == 28  # 27 of 0002, the opgave delete of 0004
        assert (tmp_path / f"oud.sqlite.voor-{SCHEMA_HEAD}.bak").exists()
        repo = Repository(db)
        assert [(k, a.value) for k, a in repo.answers(contract_id).items()] == [
            (k, json.loads(v)) for k, v in answers_before
        ]
        assert repo.get_contract(contract_id).fingerprint == "f" * 64
    finally:
        db.close()
    with closing(sqlite3.connect(path)) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="contract locked"):
            conn.execute("UPDATE answer SET value = '\"x\"' WHERE contract_id = ?", (contract_id,))


def test_the_stored_0001_file_upgrades_and_open_contracts_stay_editable(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    db = Database.open(path)
    try:
        repo = Repository(db)
        (summary,) = repo.list_opgaven()
        assert summary.title == "Veilige buurt Europaplein"
        contract_id = summary.latest_contract_id or 0
        repo.save_answer(contract_id, "opgave_wat", "Nog steeds te wijzigen")
        assert repo.answers(contract_id)["opgave_wat"].value == "Nog steeds te wijzigen"
    finally:
        db.close()


def test_downgrade_removes_the_triggers(db_path: Path) -> None:
    db = Database.open(db_path)
    try:
        with db.engine.begin() as connection:
            migrate.command.downgrade(migrate.alembic_config(connection), "0001_initial")
        assert _triggers(db_path) == set()
        with db.engine.begin() as connection:
            migrate.upgrade(connection)
        assert len(_triggers(db_path)) == 28
    finally:
        db.close()
