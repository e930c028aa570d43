"""Odd files and odd database situations give one clear Dutch line, exit 2, and change nothing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.errors import DatabaseError, NotAKoerskaartDatabase
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

SETPRIV = shutil.which("setpriv")
NOBODY = 65534


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    err = capsys.readouterr().err
    assert "Traceback" not in err
    return code, err


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_check_form_on_a_deeply_nested_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "diep.toml"
    form.write_text("a = " + "[" * 100_000 + "\n", encoding="utf-8")
    code, err = _run(capsys, "check-form", str(form))
    assert code == 2
    assert "te diep genest" in err


def test_check_form_refuses_a_huge_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    form = tmp_path / "groot.toml"
    form.write_text('x = "' + "a" * 6_000_000 + '"\n', encoding="utf-8")
    code, err = _run(capsys, "check-form", str(form))
    assert code == 2
    assert err.strip().endswith("het bestand is groter dan 5 MB; dat is geen vragenlijst.")


def test_check_form_and_import_refuse_a_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A device or a pipe could be read forever; it is refused before reading."""
    code, err = _run(capsys, "check-form", os.devnull)
    assert code == 2
    assert "geen gewoon bestand" in err
    db = tmp_path / "k.sqlite"
    code, err = _run(capsys, "import-json", os.devnull, "--db", str(db))
    assert code == 2
    assert "geen gewoon bestand" in err
    assert not db.exists()


def test_a_folder_as_database(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(NotAKoerskaartDatabase, match="is een map, geen databasebestand"):
        Database.open(tmp_path)
    code, err = _run(capsys, "list", "--db", str(tmp_path))
    assert code == 2
    assert err.count("\n") == 1


def test_a_database_under_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "geen-map"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(DatabaseError, match="bestaat niet en kan niet worden gemaakt"):
        Database.open(blocker / "k.sqlite")
    assert blocker.read_text(encoding="utf-8") == "x"


@pytest.mark.sqlite_only  # about the SQLite file itself
def test_a_database_deleted_while_open_refuses_to_save(database: Database, repo: Repository) -> None:
    """SQLite would write on into the vanished file: every change after would be lost silently."""
    repo.create_opgave("Eerste")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database.path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="verwijderd of verplaatst"):
        repo.create_opgave("Tweede")


# ----------------------------------------------------------------- files without write rights


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder another user can reach (pytest's own tmp folders are private to their owner)."""
    path = Path(tempfile.mkdtemp(prefix="koerskaart-rechten-"))
    path.chmod(0o777)
    try:
        yield path
    finally:
        for sub in path.rglob("*"):
            if sub.is_dir():
                sub.chmod(0o755)
        shutil.rmtree(path)


def _cli_without_rights(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run the command line as a user without write rights: root may write anywhere."""
    prefix: list[str] = []
    if os.geteuid() == 0:
        if SETPRIV is None:
            pytest.skip("root writes everywhere and setpriv is not there to drop that right")
        prefix = [SETPRIV, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = dict(os.environ, HOME=tempfile.gettempdir())
    return subprocess.run(
        [*prefix, sys.executable, "-m", "koerskaart", *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
    )


def _cli_usable_by_nobody() -> bool:
    return (
        os.access(sys.executable, os.X_OK) and Path(sys.executable).resolve().stat().st_mode & 0o005 == 0o005
    )


def test_a_new_database_in_a_read_only_folder(shared_dir: Path) -> None:
    if not _cli_usable_by_nobody():
        pytest.skip("the interpreter is not usable by another user here")
    folder = shared_dir / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    result = _cli_without_rights("list", "--db", str(folder / "k.sqlite"))
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert "alleen-lezen of u mag daar niet schrijven" in result.stderr
    assert result.stderr.count("\n") == 1
    assert list(folder.iterdir()) == []


def test_a_read_only_database_file(shared_dir: Path) -> None:
    """Read-only from the start: list and the exports work, a write says so, nothing is left beside it."""
    if not _cli_usable_by_nobody():
        pytest.skip("the interpreter is not usable by another user here")
    folder = shared_dir / "db"
    folder.mkdir()
    path = folder / "k.sqlite"
    db = Database.open(path)
    repo = Repository(db)
    opgave = repo.create_opgave("Eén & <twee>")
    repo.create_contract(
        opgave.id or 0,
        question_set_id="",
        question_set_version="",
        question_set_sha256="",
        question_set_text="",
    )
    db.close()
    for extra in folder.glob("k.sqlite-*"):
        extra.unlink()
    path.chmod(0o444)
    folder.chmod(0o555)
    before = _digest(path)
    out = shared_dir / "uit"
    out.mkdir()
    out.chmod(0o777)

    result = _cli_without_rights("list", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "Eén & <twee>" in result.stdout and result.stderr == ""
    result = _cli_without_rights("export-json", "1", "--db", str(path), "--out", str(out / "x.json"))
    assert result.returncode == 0, result.stderr
    result = _cli_without_rights("export-pdf", "1", "--db", str(path), "--out", str(out / "x.pdf"))
    assert result.returncode == 0, result.stderr
    assert (out / "x.pdf").read_bytes().startswith(b"%PDF")
    result = _cli_without_rights("import-json", str(out / "x.json"), "--db", str(path))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "alleen-lezen" in result.stderr
    assert "Traceback" not in result.stderr and "readonly" not in result.stderr
    assert _digest(path) == before
    assert sorted(p.name for p in folder.iterdir()) == ["k.sqlite"]  # no -wal, no -shm


def test_a_writable_file_in_a_read_only_folder_opens_read_only(shared_dir: Path) -> None:
    if not _cli_usable_by_nobody():
        pytest.skip("the interpreter is not usable by another user here")
    folder = shared_dir / "map"
    folder.mkdir()
    path = folder / "k.sqlite"
    Database.open(path).close()
    for extra in folder.glob("k.sqlite-*"):
        extra.unlink()
    path.chmod(0o666)
    folder.chmod(0o555)
    result = _cli_without_rights("list", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["k.sqlite"]


def test_a_migration_stopped_half_way_leaves_a_file_that_opens_later(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk during the first set-up: the tables made so far must not stay behind."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from koerskaart.storage import migrate

    real_upgrade = migrate.upgrade

    def upgrade_then_fail(connection, target="head"):
        real_upgrade(connection, target)
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    path = tmp_path / "k.sqlite"
    monkeypatch.setattr(migrate, "upgrade", upgrade_then_fail)
    with pytest.raises(DatabaseError, match="de schijf is vol"):
        Database.open(path)
    monkeypatch.setattr(migrate, "upgrade", real_upgrade)
    db = Database.open(path)  # once there is room again
    try:
        assert Repository(db).list_opgaven() == []
    finally:
        db.close()


@pytest.mark.parametrize(
    ("sqlite_text", "dutch"),
    [
        ("disk I/O error", "de schijf geeft een fout"),
        ("database or disk is full", "De schijf is vol"),
        ("attempt to write a readonly database", "alleen-lezen"),
        ("database is locked", "bezet"),
    ],
)
def test_a_failed_write_is_explained_in_dutch(database: Database, sqlite_text: str, dutch: str) -> None:
    import sqlite3

    from sqlalchemy.exc import OperationalError

    with pytest.raises(DatabaseError) as caught, database.session():
        raise OperationalError("UPDATE", {}, sqlite3.OperationalError(sqlite_text))
    assert dutch in caught.value.message
    assert sqlite_text not in caught.value.message


def test_a_file_without_read_access_is_explained_in_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno

    db = Database.open(tmp_path / "k.sqlite")
    db.close()
    form = tmp_path / "vragen.toml"
    form.write_text("[meta]\n", encoding="utf-8")
    exchange = tmp_path / "opgave.json"
    exchange.write_text("{}", encoding="utf-8")
    refused = {tmp_path / "k.sqlite", form, exchange}
    real_open = Path.open

    def open_(self: Path, *args, **kwargs):  # root reads everything: refuse these files by hand
        if self in refused:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", open_)
    for argv in (
        ["list", "--db", str(tmp_path / "k.sqlite")],
        ["check-form", str(form)],
        ["import-json", str(exchange), "--db", str(tmp_path / "ander.sqlite")],
    ):
        code, err = _run(capsys, *argv)
        assert code == 2, argv
        assert "geen toegang" in err and "Permission denied" not in err, err


def test_a_pipe_as_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import stat

    pipe = tmp_path / "pijp.sqlite"
    os.mkfifo(pipe)
    code, err = _run(capsys, "list", "--db", str(pipe))
    assert code == 2
    assert "geen gewoon bestand" in err
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pijp.sqlite"]  # no journal beside it
