"""Test set-up shared by all tests: no screen, no user files, fresh SQLite files in tmp_path."""

from __future__ import annotations

import os

# Qt aborts without a display; this must happen before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402  (after the environment is set for Qt)

from koerskaart.ui.none_guard import guard_none  # noqa: E402

# PySide6 6.12.0 on Python 3.11 loses a reference to None on every void call; a long test run
# (or a table laying out its rows) would otherwise abort the interpreter.
guard_none()

import pytest  # noqa: E402

from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the user's own database, settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("KOERSKAART_DB", str(home / "default.sqlite"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "koerskaart.sqlite"


@pytest.fixture
def database(db_path: Path):
    db = Database.open(db_path)
    yield db
    db.close()


@pytest.fixture
def repo(database: Database) -> Repository:
    return Repository(database, actor="test")
