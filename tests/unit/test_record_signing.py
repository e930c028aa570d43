"""Signing by the sturingsdriehoek: refusals in Dutch, statuses, and the lock with the third signature."""

from __future__ import annotations

import json
from datetime import date

import pytest

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import ContractLocked, UserFacingError
from koerskaart.record.facts import load_record
from koerskaart.record.signing import sign, signing_state, withdraw_signature
from koerskaart.record.verify import verify
from koerskaart.storage.models import Role
from koerskaart.storage.repository import Repository
from tests.unit.record_support import TRIANGLE, fill, new_contract, question_set, sign_all

BO, AO, ON = (role.value for role, _name, _function in TRIANGLE)


def _sign(repo: Repository, contract_id: int, role: str, name: str = "Iemand", **extra) -> object:
    return sign(
        repo,
        contract_id,
        question_set(),
        role=role,
        name=name,
        function=extra.pop("function", "Functie"),
        signed_on=extra.pop("signed_on", date(2026, 11, 28)),
        place=extra.pop("place", "Heemskerk"),
        **extra,
    )


@pytest.fixture
def filled(repo: Repository) -> int:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    return contract_id


def test_an_empty_contract_cannot_be_signed_and_says_what_is_missing(repo: Repository) -> None:
    contract_id = new_contract(repo, question_set())
    state = signing_state(repo, contract_id, question_set())
    assert state.signatures == {BO: None, AO: None, ON: None}
    assert {gap.question_key for gap in state.hard_gaps} == {"participants", "opgave_what", "activities"}
    assert not state.can_sign and not state.locked
    with pytest.raises(
        UserFacingError, match="Ondertekenen kan pas als alle verplichte vragen beantwoord zijn"
    ):
        _sign(repo, contract_id, BO)
    assert load_snapshot(repo, contract_id).signatures == ()


def test_soft_gaps_are_listed_but_do_not_block(repo: Repository, filled: int) -> None:
    repo.save_answer(filled, "meeting_date", None)
    state = signing_state(repo, filled, question_set())
    assert [gap.question_key for gap in state.soft_gaps] == ["meeting_date"]
    assert state.hard_gaps == () and state.can_sign


def test_three_signatures_lock_the_version_with_its_fingerprint(repo: Repository, filled: int) -> None:
    qs = question_set()
    opgave_id = repo.get_contract(filled).opgave_id
    state = _sign(repo, filled, BO, "Anna", drawing="[[[0.1, 0.2], [0.3, 0.25]], [[0.5,0.5]]]")
    assert state.signatures[BO].name == "Anna" and state.signed_count == 1
    assert repo.get_contract(filled).status == "ter_ondertekening"
    assert repo.get_opgave(opgave_id).status == "ter_ondertekening"
    assert not state.locked and state.can_sign

    _sign(repo, filled, AO, "Bram")
    with pytest.raises(UserFacingError, match="heeft deze versie al ondertekend"):
        _sign(repo, filled, AO, "Bram nog eens")
    assert repo.get_contract(filled).locked_at is None

    state = _sign(repo, filled, ON, "  Chris  ")
    contract = repo.get_contract(filled)
    assert state.locked and not state.can_sign and state.missing_roles == ()
    assert contract.locked_at is not None and contract.status == "getekend"
    assert repo.get_opgave(opgave_id).status == "getekend"
    assert contract.fingerprint == state.fingerprint == load_record(repo, filled).computed_fingerprint
    assert contract.fingerprint_scheme == 2
    assert verify(repo, filled).intact

    snapshot = load_snapshot(repo, filled)
    by_role = {s.role: s for s in snapshot.signatures}
    assert by_role[ON].name == "Chris" and by_role[ON].place == "Heemskerk"
    assert json.loads(by_role[BO].drawing) == [[[0.1, 0.2], [0.3, 0.25]], [[0.5, 0.5]]]
    assert by_role[AO].drawing == ""
    actions = [
        (e.action, e.field) for e in repo.audit_events(contract_id=filled) if e.action in ("sign", "lock")
    ]
    assert actions == [("sign", BO), ("sign", AO), ("sign", ON), ("lock", "fingerprint")]
    assert qs.sha256 == contract.question_set_sha256

    with pytest.raises(ContractLocked):
        _sign(repo, filled, BO, "Nog iemand")


@pytest.mark.parametrize(
    ("role", "name", "drawing", "message"),
    [
        (Role.ALDERMAN.value, "   ", "", "Vul de volledige naam in van de bestuurlijk opdrachtgever"),
        (Role.TEAM_LEADER.value, "Dana", "", "Alleen de bestuurlijk opdrachtgever"),
        ("wethouder", "Dana", "", "Alleen de bestuurlijk opdrachtgever"),
        (Role.TASK_LEADER.value, "Chris", "geen json", "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", "[[[0.1, 1.5]]]", "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", "[[[0.1]]]", "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", "[[]]", "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", "[[[NaN, 0.1]]]", "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", '{"x": 1}', "handtekening kan niet worden gelezen"),
        (Role.TASK_LEADER.value, "Chris", "[[[true, 0.1]]]", "handtekening kan niet worden gelezen"),
    ],
)
def test_bad_signatures_are_refused_in_dutch(
    repo: Repository, filled: int, role, name, drawing, message
) -> None:
    with pytest.raises(UserFacingError, match=message):
        _sign(repo, filled, role, name, drawing=drawing)
    assert load_snapshot(repo, filled).signatures == ()
    assert repo.get_contract(filled).status == "concept"


def test_odd_characters_in_name_and_place_are_kept(repo: Repository, filled: int) -> None:
    _sign(repo, filled, BO, 'Zoë <O\'Brien> & "co" 🚲', place="Heemskerk – €")
    signature = signing_state(repo, filled, question_set()).signatures[BO]
    assert signature.name == 'Zoë <O\'Brien> & "co" 🚲' and signature.place == "Heemskerk – €"


def test_a_signature_can_be_withdrawn_before_the_lock_only(repo: Repository, filled: int) -> None:
    _sign(repo, filled, BO, "Anna")
    withdraw_signature(repo, filled, BO)
    assert signing_state(repo, filled, question_set()).signatures[BO] is None
    assert repo.get_contract(filled).status == "in_gesprek"
    withdraw_signature(repo, filled, AO)  # nothing to withdraw: no error

    sign_all(repo, filled, question_set())
    with pytest.raises(ContractLocked, match="kan niet meer worden ingetrokken"):
        withdraw_signature(repo, filled, ON)
    assert signing_state(repo, filled, question_set()).signed_count == 3


def test_a_change_between_reading_and_signing_is_not_locked_unseen(
    repo: Repository, filled: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The third signature only locks the content its fingerprint was computed from."""
    _sign(repo, filled, BO, "Anna")
    _sign(repo, filled, AO, "Bram")
    other = Repository(repo.db, actor="ander venster")
    original = load_snapshot

    def stale_then_changed(r, cid):
        snapshot = original(r, cid)
        other.save_answer(cid, "opgave_what", "Intussen elders veranderd")
        return snapshot

    monkeypatch.setattr("koerskaart.record.signing.load_snapshot", stale_then_changed)
    with pytest.raises(UserFacingError, match="intussen in een ander venster"):
        _sign(repo, filled, ON, "Chris")
    contract = repo.get_contract(filled)
    assert contract.locked_at is None and contract.fingerprint == ""
