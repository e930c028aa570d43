"""The repository's batch writes: many answers or rows in one transaction, same rules as one."""

from __future__ import annotations

import pytest

from koerskaart.errors import ConcurrentChange
from koerskaart.storage.models import Activity, Participant, Role
from koerskaart.storage.repository import Repository


def _contract(repo: Repository) -> int:
    opgave = repo.create_opgave("Batch")
    contract = repo.create_contract(
        opgave.id or 0,
        question_set_id="x",
        question_set_version="1",
        question_set_sha256="0" * 64,
        question_set_text="",
    )
    return contract.id or 0


def test_save_answers_stores_all_with_one_revision_bump(repo: Repository) -> None:
    cid = _contract(repo)
    before = repo.get_contract(cid).revision
    revision = repo.save_answers(cid, {"a": ("ë & <b>", "BO"), "b": (["x", "y"], "AO"), "c": (3, "ON")})
    assert revision == before + 1
    stored = repo.answers(cid)
    assert stored["a"].value == "ë & <b>" and stored["a"].role == "BO"
    assert stored["b"].value == ["x", "y"]
    assert stored["c"].value == 3
    audited = {e.field for e in repo.audit_events(contract_id=cid) if e.entity == "answer"}
    assert {"a", "b", "c"} <= audited


def test_save_answers_leaves_unchanged_answers_alone(repo: Repository) -> None:
    cid = _contract(repo)
    repo.save_answers(cid, {"a": ("één", "BO")})
    first = repo.answers(cid)["a"]
    repo.save_answers(cid, {"a": ("één", "BO"), "b": ("twee", "AO")})
    assert repo.answers(cid)["a"].updated_at == first.updated_at


def test_save_answers_checks_the_revision(repo: Repository) -> None:
    cid = _contract(repo)
    stale = repo.get_contract(cid).revision
    repo.save_answer(cid, "a", "eerst")
    with pytest.raises(ConcurrentChange):
        repo.save_answers(cid, {"a": ("later", "")}, expected_revision=stale)
    assert repo.answers(cid)["a"].value == "eerst"


def test_add_rows_numbers_positions_per_table(repo: Repository) -> None:
    cid = _contract(repo)
    repo.save_row(Activity(contract_id=cid, name="bestaand"))
    stored, _ = repo.add_rows(
        [
            Participant(contract_id=cid, name="A", role=Role.ALDERMAN),
            Activity(contract_id=cid, name="nieuw 1"),
            Participant(contract_id=cid, name="B", role=Role.TASK_LEADER),
            Activity(contract_id=cid, name="nieuw 2"),
        ]
    )
    assert all(row.id is not None for row in stored)
    assert [(a.name, a.position) for a in repo.rows(cid, Activity)] == [
        ("bestaand", 1),
        ("nieuw 1", 2),
        ("nieuw 2", 3),
    ]
    assert [(p.name, p.position) for p in repo.rows(cid, Participant)] == [("A", 1), ("B", 2)]
    creates = [e for e in repo.audit_events(contract_id=cid) if e.action == "create"]
    assert len([e for e in creates if e.entity in ("activity", "participant")]) == 5


def test_add_rows_refuses_rows_of_two_contracts(repo: Repository) -> None:
    first, second = _contract(repo), _contract(repo)
    with pytest.raises(ValueError):
        repo.add_rows([Activity(contract_id=first, name="a"), Activity(contract_id=second, name="b")])
    assert repo.rows(first, Activity) == []
