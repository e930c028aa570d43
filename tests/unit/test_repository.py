"""The repository: revisions against lost updates, the lock, the audit trail, the lists."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import update

from koerskaart.errors import ConcurrentChange, ContractLocked, UserFacingError
from koerskaart.storage.database import Database
from koerskaart.storage.limits import MAX_ANSWER_TEXT
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    Contract,
    FacilitatorNote,
    NoteKind,
    Participant,
    Role,
)
from koerskaart.storage.repository import Repository


def _contract(repo: Repository, title: str = "Europaplein") -> Contract:
    opgave = repo.create_opgave(title)
    return repo.create_contract(
        opgave.id,
        question_set_id="contracteringsgesprek",
        question_set_version="1.0.0",
        question_set_sha256="0" * 64,
        question_set_text="",
    )


def test_answers_round_trip_with_odd_characters(repo: Repository) -> None:
    contract = _contract(repo)
    text = ("Veilig & leefbaar <buurt> – ‘wij’ zeggen “ja” ë € 😀\n" + "lang " * 2000)[:MAX_ANSWER_TEXT]
    repo.save_answer(contract.id, "doel", text, role="BO")
    repo.save_answer(contract.id, "domeinen", ["fysiek", "sociaal"], role="AO")
    answers = repo.answers(contract.id)
    assert answers["doel"].value == text and answers["doel"].role == "BO"
    assert answers["domeinen"].value == ["fysiek", "sociaal"]


def test_a_change_made_elsewhere_is_reported_not_overwritten(db_path) -> None:
    first = Repository(Database.open(db_path), actor="venster 1")
    second = Repository(Database.open(db_path), actor="venster 2")
    contract = _contract(first)
    seen = first.save_answer(contract.id, "doel", "eerste", expected_revision=contract.revision)
    # The second window read the same revision and saves first.
    second.save_answer(contract.id, "doel", "tweede", expected_revision=seen)
    with pytest.raises(ConcurrentChange) as info:
        first.save_answer(contract.id, "doel", "eerste, aangepast", expected_revision=seen)
    assert "ander venster" in info.value.message
    assert first.answers(contract.id)["doel"].value == "tweede"


def test_unchanged_answer_does_not_bump_the_revision(repo: Repository) -> None:
    contract = _contract(repo)
    revision = repo.save_answer(contract.id, "doel", "x", expected_revision=0)
    assert repo.save_answer(contract.id, "doel", "x", expected_revision=revision) == revision


def test_locked_contract_refuses_every_content_write(repo: Repository) -> None:
    contract = _contract(repo)
    activity, _ = repo.save_row(Activity(contract_id=contract.id, name="Buurtpreventie"))
    with repo.db.session() as s:
        s.execute(update(Contract).where(Contract.id == contract.id).values(locked_at=datetime.now(UTC)))
    with pytest.raises(ContractLocked):
        repo.save_answer(contract.id, "doel", "nieuw")
    with pytest.raises(ContractLocked):
        repo.save_row(Activity(contract_id=contract.id, name="Nog een"))
    with pytest.raises(ContractLocked):
        repo.delete_row(Activity, activity.id)
    # The facilitator's own notes are not part of the record.
    note = repo.save_note(FacilitatorNote(contract_id=contract.id, kind=NoteKind.PARKING_LOT, text="later"))
    assert note.id is not None


def test_rows_keep_order_and_reorder(repo: Repository) -> None:
    contract = _contract(repo)
    ids = [repo.save_row(Activity(contract_id=contract.id, name=n))[0].id for n in "abc"]
    assert [a.name for a in repo.rows(contract.id, Activity)] == ["a", "b", "c"]
    repo.reorder_rows(Activity, contract.id, [ids[2], ids[0], ids[1]])
    assert [a.name for a in repo.rows(contract.id, Activity)] == ["c", "a", "b"]


def test_capacity_confirmation_is_history_not_overwrite(repo: Repository) -> None:
    contract = _contract(repo)
    request, _ = repo.save_row(CapacityRequest(contract_id=contract.id, team_name="Team Wijk", amount=1.5))
    repo.confirm_capacity(request.id, status="deels", confirmed_amount=0.8, confirmed_by="K. Teamleider")
    repo.confirm_capacity(request.id, status="bevestigd", confirmed_amount=1.5, confirmed_by="K. Teamleider")
    history = repo.confirmations(request.id)
    assert [(c.status, c.confirmed_amount) for c in history] == [("deels", 0.8), ("bevestigd", 1.5)]
    assert repo.latest_confirmations(contract.id)[request.id].status == "bevestigd"
    with pytest.raises(UserFacingError):
        repo.confirm_capacity(request.id, status="niet", confirmed_amount=0, confirmed_by="  ")


def test_typing_is_folded_into_one_audit_entry(db_path) -> None:
    moments = iter(datetime(2026, 3, 1, 10, 0, tzinfo=UTC) + timedelta(seconds=i) for i in range(1000))
    repo = Repository(Database.open(db_path), clock=lambda: next(moments), actor="facilitator")
    contract = _contract(repo)
    for text in ["V", "Ve", "Vei", "Veilig"]:
        repo.save_answer(contract.id, "doel", text)
    events = [e for e in repo.audit_events(contract_id=contract.id) if e.entity == "answer"]
    assert [(e.field, e.old_value, e.new_value, e.actor) for e in events] == [
        ("doel", "null", '"Veilig"', "facilitator")
    ]


def test_removed_opgave_leaves_the_list_but_stays_in_the_audit_trail(repo: Repository) -> None:
    keep = _contract(repo, "Blijft")
    gone = _contract(repo, "Weg")
    repo.remove_opgave(gone.opgave_id)
    assert [s.title for s in repo.list_opgaven()] == ["Blijft"]
    assert {s.title for s in repo.list_opgaven(include_removed=True)} == {"Blijft", "Weg"}
    assert [e.action for e in repo.audit_events(opgave_id=gone.opgave_id)][-1] == "remove"
    assert keep.opgave_id != gone.opgave_id


def test_list_shows_latest_version_and_task_leader(repo: Repository) -> None:
    contract = _contract(repo)
    repo.save_row(Participant(contract_id=contract.id, name="J. Jansen", role=Role.TASK_LEADER))
    second = repo.create_contract(
        contract.opgave_id,
        question_set_id="x",
        question_set_version="1",
        question_set_sha256="",
        question_set_text="",
        based_on_id=contract.id,
        reason="Nieuwe wethouder",
    )
    repo.save_row(Participant(contract_id=second.id, name="P. de Boer", role=Role.TASK_LEADER))
    [summary] = repo.list_opgaven()
    assert (summary.latest_version, summary.task_leader, summary.status) == (2, "P. de Boer", "herzien")


def test_opgave_needs_a_title(repo: Repository) -> None:
    with pytest.raises(UserFacingError):
        repo.create_opgave("   ")


def test_opgave_title_is_limited_to_a_title(repo: Repository) -> None:
    assert repo.create_opgave("x" * 200).title == "x" * 200
    with pytest.raises(UserFacingError, match="korter dan 201 tekens"):
        repo.create_opgave("x" * 201)
    opgave = repo.create_opgave("Kort")
    with pytest.raises(UserFacingError):
        repo.update_opgave(opgave.id, title="y" * 5000)
    assert repo.get_opgave(opgave.id).title == "Kort"
