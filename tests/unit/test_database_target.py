"""Choosing the database by path or URL, and the server's own checks (identity, version, password).

The engine-neutral data-layer tests run on both engines through the ``database`` fixture; the
tests here are about what differs: which text names which database, what a server refuses, and
every migration run step by step on both engines with the lock triggers still there afterwards.
"""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text
from sqlmodel import SQLModel

from koerskaart.cli import main
from koerskaart.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseTooNew,
    DatabaseUnavailable,
    NotAKoerskaartDatabase,
    PasswordNeeded,
)
from koerskaart.storage import migrate
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.storage.target import FileTarget, ServerTarget, parse_target
from tests.postgres_server import PASSWORD_ROLE


# ------------------------------------------------------------------ which text names which database
def test_a_path_is_a_file_and_a_postgresql_url_a_server(tmp_path: Path) -> None:
    assert parse_target(str(tmp_path / "k.sqlite")) == FileTarget(tmp_path / "k.sqlite")
    assert parse_target("C:\\Koerskaart\\k.sqlite") == FileTarget(Path("C:\\Koerskaart\\k.sqlite"))
    for text_ in ("postgresql://jan@db.gemeente.nl:5433/kk", "postgres://jan@db.gemeente.nl:5433/kk"):
        target = parse_target(text_)
        assert isinstance(target, ServerTarget)
        assert target.sqlalchemy_url == "postgresql+psycopg://jan@db.gemeente.nl:5433/kk"


def test_the_label_never_shows_a_password() -> None:
    target = parse_target(
        "postgresql://jan:geheim%40123@db.gemeente.nl/kk?password=ookgeheim&sslmode=require"
    )
    assert isinstance(target, ServerTarget) and target.password == "geheim@123"
    assert "geheim" not in target.label and "geheim" not in str(target)
    assert target.label == "postgresql://jan@db.gemeente.nl/kk?sslmode=require"
    assert parse_target("postgresql://jan@db/kk").with_password("p@s:w").password == "p@s:w"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text_", "fragment"),
    [
        ("mysql://jan@db/kk", "kent het adres mysql://jan@db/kk niet"),
        ("sqlite:///tmp/k.sqlite", "kent het adres"),
        ("https://jan:geheim@db/kk", "kent het adres https://jan@db/kk niet"),
        ("postgresql://jan@db", "ontbreekt de naam van de database"),
        ("postgresql:/jan@db/kk", "twee schuine strepen"),
        ("postgres:kk", "twee schuine strepen"),
        ("postgresql://jan@db:poort/kk", "de poort geen getal"),
    ],
)
def test_another_scheme_is_refused_in_dutch_and_nothing_is_made(
    text_: str, fragment: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("KOERSKAART_DB", text_)
    assert main(["demo"]) == 2
    err = capsys.readouterr().err
    assert fragment in err and "geheim" not in err and len(err.strip().splitlines()) == 1
    assert list(tmp_path.iterdir()) == []  # no folder "postgresql:" or "mysql:" appears


def test_a_server_that_is_not_there_is_explained(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DatabaseUnavailable, match="niet bereikbaar"):
        Database.open("postgresql://jan:geheim@127.0.0.1:1/kk")
    assert main(["list", "--db", "postgresql://jan:geheim@127.0.0.1:1/kk"]) == 2
    err = capsys.readouterr().err
    assert "niet bereikbaar" in err and "geheim" not in err
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ the server's own checks
def test_the_list_header_names_the_server_database_without_password(pg_url: str, capsys) -> None:
    assert main(["list", "--db", pg_url]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first == f"Database: {pg_url}"


def test_a_database_of_another_program_is_refused_and_left_alone(pg_server) -> None:
    pg_server.admin("CREATE DATABASE kk_vreemd")
    with psycopg.connect(pg_server.url("kk_vreemd"), autocommit=True) as conn:
        conn.execute("CREATE TABLE klanten (id int)")
    with pytest.raises(NotAKoerskaartDatabase, match="ander programma"):
        Database.open(pg_server.url("kk_vreemd"))
    with psycopg.connect(pg_server.url("kk_vreemd")) as conn:
        tables = [r[0] for r in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
    assert tables == ["klanten"]


def test_a_database_from_a_newer_version_is_refused_and_left_alone(pg_url: str) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_toekomst'")
    with pytest.raises(DatabaseTooNew, match="nieuwere versie"):
        Database.open(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == ("9999_toekomst",)


def test_a_missing_database_is_explained(pg_server) -> None:
    with pytest.raises(DatabaseError, match="bestaat niet op de server"):
        Database.open(pg_server.url("kk_bestaat_niet"))


def test_a_password_comes_from_pgpassword_or_the_prompt_never_from_a_file(
    pg_server, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    assert pg_server.password_role("Zoë-€-geheim") == PASSWORD_ROLE
    pg_server.admin(f"CREATE DATABASE kk_wachtwoord OWNER {PASSWORD_ROLE}")
    url = f"postgresql://{PASSWORD_ROLE}@127.0.0.1:{pg_server.port}/kk_wachtwoord"
    monkeypatch.delenv("PGPASSWORD", raising=False)
    with pytest.raises(PasswordNeeded, match="wachtwoord nodig"):
        Database.open(url)
    monkeypatch.setenv("PGPASSWORD", "fout")
    with pytest.raises(PasswordNeeded, match="klopt niet"):
        Database.open(url)
    monkeypatch.setenv("PGPASSWORD", "Zoë-€-geheim")
    assert main(["demo", "--db", url]) == 0
    monkeypatch.delenv("PGPASSWORD")
    db = Database.open(parse_target(url).with_password("Zoë-€-geheim"))  # as typed at the prompt
    try:
        repo = Repository(db)
        assert len(repo.list_opgaven()) == 19
        with db.engine.connect() as conn:
            stored = " ".join(
                str(v)
                for row in conn.execute(text("SELECT key, value FROM appsetting")).all()
                + conn.execute(text("SELECT actor, old_value, new_value FROM auditevent")).all()
                for v in row
            )
        assert "geheim" not in stored
    finally:
        db.close()
    capsys.readouterr()


# ------------------------------------------------------------------ one schema, both engines
def _trigger_count(database: Database) -> int:
    sql = (
        "SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"
        if database.on_server
        else "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
    )
    with database.engine.connect() as conn:
        return conn.execute(text(sql)).scalar_one()


@pytest.fixture
def empty_target(request: pytest.FixtureRequest, db_engine: str, tmp_path: Path) -> str:
    """An empty database (no schema at all) on the test's engine."""
    if db_engine == "postgresql":
        server = request.getfixturevalue("pg_server")
        name = f"kk_leeg_{abs(hash(request.node.nodeid)) % 10**8}"
        server.admin(f"CREATE DATABASE {name}")
        yield server.url(name)
        server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    else:
        yield str(tmp_path / "leeg.sqlite")


def test_every_migration_runs_on_this_engine_and_keeps_the_lock_triggers(empty_target: str) -> None:
    revisions = [rev.revision for rev in reversed(list(migrate.script_directory().walk_revisions()))]
    triggers_after: dict[str, int] = {}
    for revision in revisions:
        db = Database.open(empty_target, migrate_to=revision)
        triggers_after[revision] = _trigger_count(db)
        db.close()
    assert triggers_after[revisions[0]] == 0
    with_triggers = revisions[revisions.index("0002_lock_triggers") :]
    # A later migration that recreates a table (batch mode on SQLite) drops its triggers silently:
    # after 0002 the number of triggers may grow (0004 adds one), never shrink.
    counts = [triggers_after[r] for r in with_triggers]
    assert counts[0] > 0 and counts == sorted(counts), counts
    db = Database.open(empty_target)
    try:
        with db.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), SQLModel.metadata) == []
    finally:
        db.close()


def test_a_signed_version_is_refused_by_the_database_itself(database: Database) -> None:
    """Core SQL around every guard of the ORM: the triggers (SQLite or PL/pgSQL) refuse it."""
    repo = Repository(database)
    opgave = repo.create_opgave("Getekend")
    contract = repo.create_contract(
        opgave.id or 0,
        question_set_id="",
        question_set_version="",
        question_set_sha256="",
        question_set_text="",
    )
    repo.save_answer(contract.id or 0, "vraag", "antwoord")
    with database.engine.begin() as conn:
        conn.execute(
            text("UPDATE contract SET locked_at = CURRENT_TIMESTAMP WHERE id = :id"), {"id": contract.id}
        )
    statements = [
        "UPDATE answer SET value = '\"anders\"' WHERE contract_id = :id",
        "DELETE FROM answer WHERE contract_id = :id",
        "INSERT INTO participant (contract_id, position, name, function, role, organisation) "
        "VALUES (:id, 1, 'x', '', 'overig', '')",
        "UPDATE contract SET reason = 'stiekem' WHERE id = :id",
        "UPDATE contract SET status = 'in_gesprek' WHERE id = :id",
        "DELETE FROM contract WHERE id = :id",
        "UPDATE opgave SET title = 'Anders' WHERE id = (SELECT opgave_id FROM contract WHERE id = :id)",
    ]
    for sql in statements:
        with pytest.raises(Exception, match="koerskaart: contract locked"), database.engine.begin() as conn:  # noqa: B017  (sqlite3 IntegrityError or psycopg RaiseException)
            conn.execute(text(sql), {"id": contract.id})
    with database.engine.begin() as conn:  # still allowed on a signed version
        conn.execute(
            text("UPDATE contract SET current_step = 'x', status = 'getekend' WHERE id = :id"),
            {"id": contract.id},
        )
    assert repo.answers(contract.id or 0)["vraag"].value == "antwoord"


def test_a_row_held_by_another_client_gives_the_busy_message_not_a_frozen_window(pg_url: str) -> None:
    db = Database.open(pg_url, busy_timeout_ms=200)
    repo = Repository(db)
    try:
        contract = repo.create_contract(
            repo.create_opgave("Bezet").id or 0,
            question_set_id="",
            question_set_version="",
            question_set_sha256="",
            question_set_text="",
        )
        with psycopg.connect(pg_url) as holder:
            holder.execute(
                "UPDATE contract SET current_step = 'x' WHERE id = %s", (contract.id,)
            )  # not committed
            with pytest.raises(DatabaseBusy, match="bezet"):
                repo.save_answer(contract.id or 0, "vraag", "antwoord ë")
            holder.rollback()
        assert repo.save_answer(contract.id or 0, "vraag", "antwoord ë") == 1
    finally:
        db.close()


def test_every_moment_is_stored_with_its_time_zone_on_the_server(pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        types = dict(
            conn.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns "
                "WHERE table_schema = 'public' AND data_type LIKE 'timestamp%'"
            ).fetchall()
        )
    assert types, "the schema has timestamp columns"
    assert set(types.values()) == {"timestamp with time zone"}, types
    assert {
        "contract.locked_at",
        "signature.signed_at",
        "auditevent.at",
        "conversationlease.renewed_at",
    } <= set(types)


def test_two_clients_setting_up_one_empty_server_database_at_once_both_succeed(pg_server) -> None:
    from concurrent.futures import ThreadPoolExecutor

    pg_server.admin("CREATE DATABASE kk_tegelijk")
    url = pg_server.url("kk_tegelijk")
    with ThreadPoolExecutor(max_workers=3) as pool:
        opened = list(pool.map(lambda _n: Database.open(url), range(3)))
    for db in opened:
        db.close()
    with psycopg.connect(url) as conn:
        assert conn.execute("SELECT count(*) FROM alembic_version").fetchone() == (1,)


def test_every_migration_goes_down_and_up_again_on_this_engine(database: Database) -> None:
    before = _trigger_count(database)
    with database.engine.begin() as connection:
        migrate.command.downgrade(migrate.alembic_config(connection), "base")
    with database.engine.connect() as connection:
        left = connection.execute(
            text(
                "SELECT count(*) FROM pg_proc WHERE proname LIKE 'koerskaart_%'"
                if database.on_server
                else "SELECT count(*) FROM sqlite_master "
                "WHERE name NOT LIKE 'sqlite_%' AND name <> 'alembic_version'"
            )
        ).scalar_one()
    assert left == 0 and _trigger_count(database) == 0
    with database.engine.begin() as connection:
        migrate.upgrade(connection)
    assert _trigger_count(database) == before


def test_command_line_changes_name_the_login_in_the_audit_trail(db_target: str, capsys) -> None:
    from koerskaart.user import login_name

    assert main(["demo", "--db", db_target]) == 0
    capsys.readouterr()
    db = Database.open(db_target)
    try:
        actors = {event.actor for event in Repository(db).audit_events()}
    finally:
        db.close()
    assert actors == {f"{login_name()} (demo)"}


def test_a_nul_character_is_refused_in_dutch_on_the_server_and_kept_in_a_file(database: Database) -> None:
    repo = Repository(database)
    if not database.on_server:
        assert repo.create_opgave("Buurt\x00huis").title == "Buurt\x00huis"  # SQLite keeps it
        return
    with pytest.raises(DatabaseError, match="nulteken"):
        repo.create_opgave("Buurt\x00huis")
    assert repo.list_opgaven() == []
    opgave = repo.create_opgave("Buurthuis")
    contract = repo.create_contract(
        opgave.id or 0,
        question_set_id="",
        question_set_version="",
        question_set_sha256="",
        question_set_text="",
    )
    repo.save_answer(contract.id or 0, "vraag", "met\x00nul")  # answers are JSON text: escaped, kept
    assert repo.answers(contract.id or 0)["vraag"].value == "met\x00nul"
