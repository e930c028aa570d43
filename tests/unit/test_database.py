"""Opening, recognising, refusing and upgrading database files."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

from koerskaart.cli import main
from koerskaart.errors import (
    CorruptDatabase,
    DatabaseBusy,
    DatabaseTooNew,
    EmptyDatabaseFile,
    NotAKoerskaartDatabase,
)
from koerskaart.paths import resolve_database_text
from koerskaart.storage import migrate
from koerskaart.storage.database import Database
from koerskaart.storage.models import Activity
from koerskaart.storage.repository import Repository
from koerskaart.storage.schema import APPLICATION_ID, SCHEMA_HEAD

OLD_FILE = Path(__file__).parent.parent / "data" / "koerskaart-0001_initial.sqlite"


def _pragma(path: Path, name: str) -> object:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"PRAGMA {name}").fetchone()[0]


def test_new_file_is_created_with_wal_foreign_keys_and_identity(db_path: Path) -> None:
    db = Database.open(db_path)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    db.close()
    assert _pragma(db_path, "application_id") == APPLICATION_ID


def test_schema_head_constant_matches_the_migrations() -> None:
    assert migrate.head_revision() == SCHEMA_HEAD


def test_models_and_migrations_agree(database: Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    assert diff == []


def test_old_file_with_data_is_upgraded_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    db = Database.open(path)
    repo = Repository(db)
    summaries = repo.list_opgaven()
    assert [(s.title, s.status, s.latest_version) for s in summaries] == [
        ("Veilige buurt Europaplein", "in_gesprek", 1)
    ]
    answers = repo.answers(1)
    assert answers["opgave_wat"].value == "Samen zorgen voor een veilige & leefbare buurt – ë €"
    assert answers["opgave_wat"].role == "BO"
    assert [a.name for a in repo.rows(1, Activity)] == ["Buurtpreventie"]
    assert repo.get_contract(1).current_step == "verhaal"
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == SCHEMA_HEAD
    db.close()
    backups = list(tmp_path.glob("oud.sqlite.voor-*.bak"))
    assert len(backups) == 1 and backups[0].read_bytes() == OLD_FILE.read_bytes()


def test_text_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_text("Dit is geen database, maar een boodschappenlijst: kaas & brood\n")
    before = path.read_bytes()
    with pytest.raises(NotAKoerskaartDatabase) as info:
        Database.open(path)
    assert "geen Koerskaart-database" in info.value.message
    assert path.read_bytes() == before


def test_database_of_another_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
        conn.execute("INSERT INTO klanten (naam) VALUES ('Jansen')")
    before = path.read_bytes()
    with pytest.raises(NotAKoerskaartDatabase) as info:
        Database.open(path)
    assert "ander programma" in info.value.message
    assert path.read_bytes() == before


def test_corrupt_file_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "kapot.sqlite"
    shutil.copy(OLD_FILE, path)
    data = bytearray(path.read_bytes())
    # Keep the header, destroy the pages that hold the schema and the tables.
    data[100:20000] = b"\xff" * (20000 - 100)
    path.write_bytes(bytes(data))
    before = path.read_bytes()
    with pytest.raises(CorruptDatabase) as info:
        Database.open(path)
    assert "beschadigd" in info.value.message or "kan niet worden geopend" in info.value.message
    assert path.read_bytes() == before


def test_file_from_a_newer_version_is_refused_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.sqlite"
    Database.open(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNew) as info:
        Database.open(path)
    assert "nieuwere versie" in info.value.message
    assert path.read_bytes() == before


def test_locked_file_gives_a_busy_message(tmp_path: Path) -> None:
    path = tmp_path / "bezet.sqlite"
    shutil.copy(OLD_FILE, path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy) as info:
            Database.open(path, busy_timeout_ms=100)
        assert "bezet" in info.value.message
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_empty_file_is_set_up_only_when_the_user_was_told(tmp_path: Path, capsys) -> None:
    path = tmp_path / "leeg.sqlite"
    path.touch()
    with pytest.raises(EmptyDatabaseFile, match="is leeg \\(0 bytes\\)"):
        Database.open(path)
    assert path.stat().st_size == 0  # untouched
    Database.open(path, empty_ok=True).close()
    assert _pragma(path, "application_id") == APPLICATION_ID


def test_the_command_line_says_it_sets_up_an_empty_file(tmp_path: Path, capsys) -> None:
    path = tmp_path / "leeg.sqlite"
    path.touch()
    assert main(["list", "--db", str(path)]) == 0
    err = capsys.readouterr().err
    assert err == (
        f"koerskaart: Het bestand {path} is leeg (0 bytes) en dus nog geen Koerskaart-database; "
        "er wordt een nieuwe, lege database in gemaakt.\n"
    )
    assert _pragma(path, "application_id") == APPLICATION_ID
    assert main(["list", "--db", str(path)]) == 0
    assert capsys.readouterr().err == ""  # said once: now it is a database


def test_a_new_database_refused_on_a_full_disk_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from koerskaart.storage import migrate

    def full(connection, target="head"):
        raise OperationalError("CREATE", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(migrate, "upgrade", full)
    path = tmp_path / "nieuw.sqlite"
    assert main(["list", "--db", str(path)]) == 2
    err = capsys.readouterr().err
    assert "de schijf is vol" in err and "venster" not in err and err.count("\n") == 1
    assert list(tmp_path.iterdir()) == []


def test_database_path_option_wins_over_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KOERSKAART_DB", str(tmp_path / "env.sqlite"))
    assert resolve_database_text(str(tmp_path / "cli.sqlite")) == str(tmp_path / "cli.sqlite")
    assert resolve_database_text(None) == str(tmp_path / "env.sqlite")
    monkeypatch.delenv("KOERSKAART_DB")
    default = Path(resolve_database_text(None))
    assert default.name == "koerskaart.sqlite" and "Koerskaart" in str(default)
