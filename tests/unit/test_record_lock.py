"""A signed version is refused by the repository, by any ORM session and by SQLite itself; tampering shows."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlmodel import Session, select

from koerskaart.cli import main
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import ContractLocked
from koerskaart.record.verify import verify
from koerskaart.storage.models import (
    Activity,
    Answer,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    FacilitatorNote,
    Opgave,
    Participant,
    Signature,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository
from tests.unit.record_support import fill, new_contract, question_set, sign_all


@contextmanager
def _raw(path: Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection, as another program would open the file; commits on success."""
    with closing(sqlite3.connect(path)) as conn, conn:
        yield conn


@pytest.fixture
def signed(repo: Repository) -> int:
    qs = question_set()
    contract_id = new_contract(repo, qs)
    fill(repo, contract_id)
    sign_all(repo, contract_id, qs)
    return contract_id


@pytest.mark.parametrize(
    "write",
    [
        lambda r, c: r.save_answer(c, "opgave_what", "anders"),
        lambda r, c: r.save_answer(c, "nieuwe_vraag", "nieuw"),
        lambda r, c: r.save_row(Activity(contract_id=c, name="Extra")),
        lambda r, c: r.save_row(r.rows(c, Participant)[0].model_copy(update={"name": "Iemand anders"})),
        lambda r, c: r.delete_row(TimelineEvent, r.rows(c, TimelineEvent)[0].id),
        lambda r, c: r.delete_row(CapacityRequest, r.rows(c, CapacityRequest)[0].id),
        lambda r, c: r.reorder_rows(Participant, c, [p.id for p in reversed(r.rows(c, Participant))]),
        lambda r, c: r.confirm_capacity(
            r.rows(c, CapacityRequest)[0].id, status="bevestigd", confirmed_amount=2, confirmed_by="Dana"
        ),
        lambda r, c: r.update_opgave(r.get_contract(c).opgave_id, title="Nieuwe titel"),
        lambda r, c: r.set_contract_status(c, "in_gesprek"),
    ],
    ids=[
        "answer",
        "new-answer",
        "add-row",
        "edit-row",
        "delete-row",
        "delete-request",
        "reorder",
        "confirm",
        "title",
        "status",
    ],
)
def test_the_repository_refuses_every_content_write(repo: Repository, signed: int, write) -> None:
    before = verify(repo, signed)
    with pytest.raises(ContractLocked):
        write(repo, signed)
    after = verify(repo, signed)
    assert after.intact and after.computed == before.computed


def test_what_is_not_content_still_works_on_a_signed_version(repo: Repository, signed: int) -> None:
    repo.set_current_step(signed, "aanpak")
    repo.save_note(FacilitatorNote(contract_id=signed, text="Na afloop bellen"))
    repo.set_contract_status(signed, "herzien")
    repo.update_opgave(repo.get_contract(signed).opgave_id, description="Omschrijving mag wel")
    assert repo.get_contract(signed).current_step == "aanpak"
    assert verify(repo, signed).intact


RAW_WRITES = [
    "UPDATE answer SET value = '\"anders\"' WHERE question_key = 'opgave_what'",
    "INSERT INTO answer (contract_id, question_key, value, role, answered_at, updated_at) "
    "VALUES ({c}, 'extra', '1', '', '2026-01-01', '2026-01-01')",
    "DELETE FROM answer WHERE contract_id = {c}",
    "UPDATE participant SET name = 'X' WHERE contract_id = {c}",
    "INSERT INTO activity (contract_id, position, name, approach, reason, priority, owner) "
    "VALUES ({c}, 9, 'x', '', '', 'nu', '')",
    "UPDATE partner SET holds_regie = 0",
    "DELETE FROM timelineevent",
    "UPDATE capacityrequest SET amount = 99",
    "UPDATE capacityconfirmation SET confirmed_amount = 99",
    "DELETE FROM capacityconfirmation",
    "UPDATE signature SET name = 'Vervalst'",
    "DELETE FROM signature",
    "UPDATE contract SET fingerprint = 'abc' WHERE id = {c}",
    "UPDATE contract SET locked_at = NULL WHERE id = {c}",
    "UPDATE contract SET status = 'concept' WHERE id = {c}",
    "DELETE FROM contract WHERE id = {c}",
    "UPDATE opgave SET title = 'Andere titel'",
    "DELETE FROM opgave",
]


@pytest.mark.parametrize("sql", RAW_WRITES)
def test_sqlite_itself_refuses_raw_writes(repo: Repository, signed: int, db_path: Path, sql: str) -> None:
    repo.db.close()
    with _raw(db_path) as conn:
        with pytest.raises(sqlite3.IntegrityError, match="koerskaart: contract locked"):
            conn.execute(sql.format(c=signed))
    assert verify(repo, signed).intact


def test_sqlite_allows_the_step_and_status_of_a_signed_version(
    repo: Repository, signed: int, db_path: Path
) -> None:
    repo.db.close()
    with _raw(db_path) as conn:
        conn.execute("UPDATE contract SET current_step = 'x', status = 'herzien' WHERE id = ?", (signed,))
        conn.execute("UPDATE opgave SET description = 'mag' ")
        conn.execute(
            "INSERT INTO facilitatornote (contract_id, kind, question_key, text, resolved, created_at, "
            "updated_at) VALUES (?, 'notitie', '', 'ok', 0, '2026-01-01', '2026-01-01')",
            (signed,),
        )
    assert verify(repo, signed).intact


def test_a_core_statement_in_a_database_session_becomes_contract_locked(
    repo: Repository, signed: int
) -> None:
    with pytest.raises(ContractLocked, match="ligt vast"):
        with repo.db.session() as s:
            s.execute(text("UPDATE answer SET value = '\"x\"' WHERE contract_id = :c"), {"c": signed})


@pytest.mark.parametrize(
    "assignment",
    ["fingerprint_scheme = 1", "municipality_name = 'Gemeente Elders'", "opgave_description = 'Anders'"],
)
def test_the_database_itself_keeps_what_was_recorded_at_signing(
    repo: Repository, signed: int, assignment: str
) -> None:
    """Fingerprint scheme 2 covers these fields: the triggers of both engines refuse them too."""
    with pytest.raises(ContractLocked, match="ligt vast"):
        with repo.db.session() as s:
            s.execute(text(f"UPDATE contract SET {assignment} WHERE id = :c"), {"c": signed})
    assert verify(repo, signed).intact


def _drop_triggers(db_path: Path) -> None:
    with _raw(db_path) as conn:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")]
        assert names, "the lock triggers should be there to drop"
        for name in names:
            conn.execute(f"DROP TRIGGER {name}")


@pytest.mark.parametrize(
    "write",
    [
        lambda s, c: setattr(s.exec(select(Answer).where(Answer.contract_id == c)).first(), "value", '"x"'),
        lambda s, c: s.add(Answer(contract_id=c, question_key="extra", value="1")),
        lambda s, c: s.delete(s.exec(select(TimelineEvent).where(TimelineEvent.contract_id == c)).first()),
        lambda s, c: s.add(CapacityConfirmation(request_id=s.exec(select(CapacityRequest)).first().id)),
        lambda s, c: setattr(s.exec(select(CapacityConfirmation)).first(), "confirmed_by", "Iemand"),
        lambda s, c: setattr(s.exec(select(Signature)).first(), "place", "Elders"),
        lambda s, c: setattr(
            s.get(Participant, s.exec(select(Participant)).first().id), "contract_id", c + 1
        ),
        lambda s, c: setattr(s.get(Contract, c), "reason", "achteraf"),
        lambda s, c: setattr(s.get(Contract, c), "locked_at", None),
        lambda s, c: setattr(s.get(Contract, c), "status", "concept"),
        lambda s, c: s.delete(s.get(Contract, c)),
        lambda s, c: s.delete(s.get(Opgave, s.get(Contract, c).opgave_id)),
    ],
    ids=[
        "answer",
        "new-answer",
        "delete-event",
        "new-confirmation",
        "edit-confirmation",
        "signature",
        "move-row",
        "reason",
        "unlock",
        "status",
        "delete-contract",
        "delete-opgave",
    ],
)
def test_a_raw_orm_session_is_refused_before_any_sql(
    repo: Repository, signed: int, db_path: Path, write
) -> None:
    """Even with the triggers gone, the before_flush guard refuses the write."""
    _drop_triggers(db_path)
    with Session(repo.db.engine) as s:
        write(s, signed)
        with pytest.raises(ContractLocked):
            s.commit()
        s.rollback()
    assert verify(repo, signed).intact


def test_a_raw_orm_session_may_still_move_the_current_step(repo: Repository, signed: int) -> None:
    with Session(repo.db.engine) as s:
        contract = s.get(Contract, signed)
        contract.current_step = "opgave"
        contract.status = "herzien"
        s.add(FacilitatorNote(contract_id=signed, text="mag"))
        s.commit()
    assert repo.get_contract(signed).current_step == "opgave"


def test_tampering_in_the_file_is_detected_by_verify(
    repo: Repository, signed: int, db_path: Path, capsys
) -> None:
    opgave_id = repo.get_contract(signed).opgave_id
    stored = repo.get_contract(signed).fingerprint
    repo.db.close()
    assert main(["verify", "--db", str(db_path), str(opgave_id)]) == 0
    out = capsys.readouterr().out
    assert "intact" in out and out.count(stored) == 2

    with _raw(db_path) as conn:
        conn.execute("DROP TRIGGER lock_answer_update")
        conn.execute(
            "UPDATE answer SET value = '\"Stilletjes veranderd\"' WHERE contract_id = ? AND question_key = ?",
            (signed, "opgave_what"),
        )
    result = verify(repo, signed)
    assert result.signed and not result.intact and result.stored == stored != result.computed
    assert load_snapshot(repo, signed).value("opgave_what") == "Stilletjes veranderd"
    repo.db.close()

    assert main(["verify", "--db", str(db_path), str(opgave_id), "--version", "1"]) == 1
    out = capsys.readouterr().out
    assert "gewijzigd" in out and stored in out and result.computed in out


def test_verify_of_an_unsigned_or_unknown_version_exits_2(repo: Repository, db_path: Path, capsys) -> None:
    contract_id = new_contract(repo, question_set())
    opgave_id = repo.get_contract(contract_id).opgave_id
    result = verify(repo, contract_id)
    assert not result.signed and not result.intact and result.stored == ""
    repo.db.close()
    assert main(["verify", "--db", str(db_path), str(opgave_id)]) == 2
    assert "nog niet door alle drie ondertekend" in capsys.readouterr().out
    assert main(["verify", "--db", str(db_path), str(opgave_id), "--version", "7"]) == 2
    assert "heeft geen versie 7" in capsys.readouterr().err
    assert main(["verify", "--db", str(db_path), "999"]) == 2
    assert "Opgave 999 bestaat niet" in capsys.readouterr().err


def test_the_opgave_of_a_signed_version_may_not_be_deleted_with_foreign_keys_off(
    repo: Repository, signed: int, db_path: Path
) -> None:
    """The sqlite3 shell starts with foreign keys off: only the trigger keeps the opgave."""
    repo.db.close()
    with _raw(db_path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        with pytest.raises(sqlite3.IntegrityError, match="koerskaart: contract locked"):
            conn.execute("DELETE FROM opgave")
    assert verify(repo, signed).intact


def test_verify_says_a_signed_version_whose_opgave_is_gone_ontbreekt(
    repo: Repository, signed: int, db_path: Path, capsys
) -> None:
    opgave = repo.get_contract(signed).opgave_id
    repo.db.close()
    _drop_triggers(db_path)  # as in a file of an older version, or after tampering
    with _raw(db_path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        conn.execute("DELETE FROM opgave WHERE id = ?", (opgave,))
    assert main(["verify", str(opgave), "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert out.startswith(f"Opgave {opgave}, versie 1: ontbreekt.") and out.count("\n") == 1
    assert main(["verify", str(opgave + 100), "--db", str(db_path)]) == 2  # never existed
    assert "bestaat niet" in capsys.readouterr().err
