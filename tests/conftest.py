"""Test set-up shared by all tests: no screen, no user files, a fresh database for each test.

The ``database`` and ``repo`` fixtures run on both engines for the data-layer tests: every test
under ``tests/unit`` that uses them (and not the SQLite-only ``db_path``) runs once on a SQLite
file in tmp_path and once on a fresh database of a throwaway PostgreSQL server (started once per
run, see ``tests/postgres_server.py``; each test's database is a copy of a migrated template).
Without the server binaries the PostgreSQL half is skipped with its reason. Widget tests and
tests marked ``sqlite_only`` run on SQLite only.
"""

from __future__ import annotations

import os

# Qt aborts without a display; this must happen before any QApplication exists.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402  (after the environment is set for Qt)

import pytest  # noqa: E402

from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402

# The demo database fixtures, for every test module (a module may still import them itself).
from tests.unit.demo_support import (  # noqa: E402, F401  (fixtures, found by name)
    demo_db_path,
    demo_repo,
    demo_target,
    demo_template,
    pg_demo_template,
    question_set,
)


@pytest.fixture(autouse=True)
def _isolated_user_files(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Never touch the user's own database, settings or data folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("KOERSKAART_DB", str(home / "default.sqlite"))


ENGINES = ("sqlite", "postgresql")
SQLITE_FILE = "koerskaart.sqlite"
TEMPLATE = "koerskaart_template"


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Both engines for data-layer tests; SQLite only for widget tests and file-specific tests."""
    if "db_engine" not in metafunc.fixturenames:
        return
    in_unit = "tests/unit/" in Path(str(metafunc.definition.path)).as_posix()
    file_only = {"db_path", "demo_db_path"} & set(metafunc.fixturenames)
    neutral = not file_only and not metafunc.definition.get_closest_marker("sqlite_only")
    if in_unit and neutral:
        metafunc.parametrize("db_engine", ENGINES, indirect=True)
    # otherwise the fixture's default: SQLite


@pytest.fixture
def db_engine(request: pytest.FixtureRequest) -> str:
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_server():
    """A throwaway PostgreSQL server for the whole run, with a migrated template database."""
    from tests.postgres_server import ThrowawayServer, missing_reason

    reason = missing_reason()
    if reason:
        pytest.skip(reason)
    server = ThrowawayServer()
    try:
        server.admin(f"CREATE DATABASE {TEMPLATE}")
        Database.open(server.url(TEMPLATE)).close()
        yield server
    finally:
        server.stop()


_counter = iter(range(1, 1_000_000))


@pytest.fixture
def pg_url(pg_server) -> str:
    """A fresh, migrated, empty Koerskaart database on the test server; dropped afterwards."""
    name = f"kk_test_{next(_counter)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def db_target(request: pytest.FixtureRequest, db_engine: str, tmp_path: Path) -> str:
    """What ``--db`` would be given for this test's database: a file path or a server URL."""
    if db_engine == "postgresql":
        return request.getfixturevalue("pg_url")
    return str(tmp_path / SQLITE_FILE)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """The test's SQLite file (a test asking for it is about SQLite files and runs on SQLite)."""
    return tmp_path / SQLITE_FILE


@pytest.fixture
def database(db_target: str):
    db = Database.open(db_target)
    yield db
    db.close()


@pytest.fixture
def repo(database: Database) -> Repository:
    return Repository(database, actor="test")
