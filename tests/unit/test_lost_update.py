"""No lost update: every write path compares the revision its caller saw, changed value or not.

The hole this guards: a save that writes the value already stored used to skip the write and hand
back the contract's *current* revision without comparing it with the caller's. The caller adopted
that newer revision without having seen the change behind it, and its next save overwrote that
change silently.
"""

from __future__ import annotations

from datetime import date

import pytest

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import ConcurrentChange
from koerskaart.record.signing import sign, withdraw_signature
from koerskaart.storage.database import Database
from koerskaart.storage.models import Activity, CapacityRequest, Partner, Role
from koerskaart.storage.repository import Repository
from koerskaart.storage.setting_keys import MUNICIPALITY_NAME
from tests.unit.record_support import fill, new_contract, question_set


def _bare_contract(repo: Repository) -> int:
    return repo.create_contract(
        repo.create_opgave("x").id,
        question_set_id="",
        question_set_version="",
        question_set_sha256="",
        question_set_text="",
    ).id


def test_saving_an_unchanged_value_with_a_stale_revision_is_refused(db_path) -> None:
    """The reproduction as found: B's text must not disappear under A's next save."""
    a_repo = Repository(Database.open(db_path), actor="A")
    b_repo = Repository(Database.open(db_path), actor="B")
    c = _bare_contract(a_repo)
    rev = a_repo.save_answer(c, "meeting_form", "online")
    b_repo.save_answer(c, "mandate", "tekst van B", expected_revision=rev)
    with pytest.raises(ConcurrentChange):
        a_repo.save_answer(c, "meeting_form", "online", expected_revision=rev)
    assert a_repo.answers(c)["mandate"].value == "tekst van B"


def test_an_unchanged_value_with_the_current_revision_is_still_accepted(repo: Repository) -> None:
    c = _bare_contract(repo)
    rev = repo.save_answer(c, "meeting_form", "online")
    assert repo.save_answer(c, "meeting_form", "online", expected_revision=rev) == rev
    assert repo.get_contract(c).revision == rev  # nothing written, nothing bumped


def _stale(repo: Repository) -> tuple[int, int, dict[str, int]]:
    """A contract with one row of each kind, changed once after ``stale`` was read."""
    c = _bare_contract(repo)
    activity, _ = repo.save_row(Activity(contract_id=c, name="Inventarisatie"))
    partner, _ = repo.save_row(Partner(contract_id=c, name="Woningcorporatie"))
    request, _ = repo.save_row(CapacityRequest(contract_id=c, team_name="Team Verkeer", amount=1.0))
    stale = repo.get_contract(c).revision
    repo.save_answer(c, "mandate", "gewijzigd in een ander venster")
    ids = {"activity": activity.id, "partner": partner.id, "request": request.id}
    return c, stale, ids


WRITES = {
    "save_answer (same value)": lambda r, c, rev, ids: r.save_answer(
        c, "mandate", "gewijzigd in een ander venster", expected_revision=rev
    ),
    "save_answers (same values)": lambda r, c, rev, ids: r.save_answers(
        c, {"mandate": ("gewijzigd in een ander venster", "")}, expected_revision=rev
    ),
    "save_row (unchanged row)": lambda r, c, rev, ids: r.save_row(
        r.rows(c, Activity)[0], expected_revision=rev
    ),
    "add_rows": lambda r, c, rev, ids: r.add_rows(
        [Partner(contract_id=c, name="Nieuw")], expected_revision=rev
    ),
    "delete_row": lambda r, c, rev, ids: r.delete_row(Partner, ids["partner"], expected_revision=rev),
    "reorder_rows": lambda r, c, rev, ids: r.reorder_rows(
        Activity, c, [ids["activity"]], expected_revision=rev
    ),
    "confirm_capacity": lambda r, c, rev, ids: r.confirm_capacity(
        ids["request"], status="confirmed", confirmed_amount=1.0, confirmed_by="TL", expected_revision=rev
    ),
}


@pytest.mark.parametrize("write", list(WRITES), ids=list(WRITES))
def test_every_contract_write_checks_the_revision(repo: Repository, write: str) -> None:
    c, stale, ids = _stale(repo)
    before = repo.get_contract(c).revision
    with pytest.raises(ConcurrentChange):
        WRITES[write](repo, c, stale, ids)
    assert repo.get_contract(c).revision == before
    assert repo.answers(c)["mandate"].value == "gewijzigd in een ander venster"


def _sign(repo: Repository, contract_id: int, role: Role, **extra) -> object:
    return sign(
        repo,
        contract_id,
        question_set(),
        role=role.value,
        name="Iemand",
        signed_on=date(2026, 11, 28),
        **extra,
    )


def test_a_signature_over_content_the_signer_has_not_seen_is_refused(repo: Repository) -> None:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    seen = repo.get_contract(contract_id).revision
    repo.save_answer(contract_id, "opgave_what", "intussen elders herschreven")
    with pytest.raises(ConcurrentChange):
        _sign(repo, contract_id, Role.ALDERMAN, expected_revision=seen)
    assert repo.get_contract(contract_id).revision == seen + 1
    current = repo.get_contract(contract_id).revision
    _sign(repo, contract_id, Role.ALDERMAN, expected_revision=current)  # having seen it: fine


def test_withdrawing_a_signature_checks_the_revision(repo: Repository) -> None:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    _sign(repo, contract_id, Role.ALDERMAN)
    seen = repo.get_contract(contract_id).revision
    repo.save_answer(contract_id, "opgave_what", "intussen elders herschreven")
    with pytest.raises(ConcurrentChange):
        withdraw_signature(repo, contract_id, Role.ALDERMAN.value, expected_revision=seen)
    assert [s.role for s in load_snapshot(repo, contract_id).signatures] == [Role.ALDERMAN.value]


def test_a_setting_the_record_shows_is_a_compare_and_set(db_path) -> None:
    first = Repository(Database.open(db_path), actor="A")
    second = Repository(Database.open(db_path), actor="B")
    first.set_setting(MUNICIPALITY_NAME, "Gemeente Duinwijk", expected=("", None))
    seen = (first.setting(MUNICIPALITY_NAME), None)
    second.set_setting(MUNICIPALITY_NAME, "Gemeente Zeewijk", expected=seen)
    with pytest.raises(ConcurrentChange, match="intussen door iemand anders gewijzigd"):
        first.set_setting(MUNICIPALITY_NAME, "Gemeente Duinwijk-Noord", expected=seen)
    assert first.setting(MUNICIPALITY_NAME) == "Gemeente Zeewijk"
    with pytest.raises(ConcurrentChange):  # "never stored" is a state too
        first.set_setting("nieuw", "x", expected=("iets", None))
