"""A demo database built once per test run and copied for each test that needs one.

Building the demo takes about a second; copying the finished file takes milliseconds, so every
test still gets its own file in its own ``tmp_path`` and can change it freely. On the PostgreSQL
test server the demo is built once into a template database and each test gets a copy of it
(``CREATE DATABASE ... TEMPLATE``), so the same tests run on both engines.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from koerskaart.demo import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

TABLES = (
    "opgave",
    "contract",
    "participant",
    "answer",
    "activity",
    "partner",
    "capacityrequest",
    "capacityconfirmation",
    "signature",
    "progressreport",
    "timelineevent",
    "facilitatornote",
    "auditevent",
    "appsetting",
    "domain",
    "team",
)


@pytest.fixture(scope="session")
def question_set() -> QuestionSet:
    return load_question_set(DEFAULT_QUESTION_SET)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory, question_set: QuestionSet) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path)
    try:
        load_demo(Repository(db, actor="demo"), question_set)
    finally:
        db.close()
    return path


PG_DEMO_TEMPLATE = "koerskaart_demo"
_copies = iter(range(1, 1_000_000))


@pytest.fixture(scope="session")
def pg_demo_template(pg_server, question_set: QuestionSet) -> str:
    """The demo on the test server, as a template database (built once per run)."""
    name = f"{PG_DEMO_TEMPLATE}_{next(_copies)}"  # each module that imports the fixture builds one
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE koerskaart_template")
    db = Database.open(pg_server.url(name))
    try:
        load_demo(Repository(db, actor="demo"), question_set)
    finally:
        db.close()
    return name


@pytest.fixture
def demo_target(request: pytest.FixtureRequest, db_engine: str, tmp_path: Path):
    """A fresh copy of the demo database for this test: a file path or a server URL (``--db``)."""
    if db_engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        template = request.getfixturevalue("pg_demo_template")
        name = f"kk_demo_{next(_copies)}"
        server.admin(f"CREATE DATABASE {name} TEMPLATE {template}")
        yield server.url(name)
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        return
    template_file = request.getfixturevalue("demo_template")
    target = tmp_path / "demo.sqlite"
    with closing(sqlite3.connect(template_file)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    yield str(target)


@pytest.fixture
def demo_db_path(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo as a SQLite file, for tests about files (they run on SQLite only)."""
    target = tmp_path / "demo.sqlite"
    with closing(sqlite3.connect(demo_template)) as source, closing(sqlite3.connect(target)) as copy:
        source.backup(copy)
    return target


@pytest.fixture
def demo_repo(demo_target: str):
    db = Database.open(demo_target)
    yield Repository(db, actor="test")
    db.close()


def table_counts(repo: Repository) -> dict[str, int]:
    """Rows per table: compared before and after an operation that must change nothing."""
    with repo.db.engine.connect() as connection:
        return {
            table: connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar_one()
            for table in TABLES
        }


def opgave_id(repo: Repository, title: str) -> int:
    for summary in repo.list_opgaven():
        if summary.title == title:
            return summary.id
    raise AssertionError(f"no opgave {title!r}")
