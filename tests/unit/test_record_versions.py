"""Re-contracting a signed version and comparing two versions question by question."""

from __future__ import annotations

from datetime import date

import pytest

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import ContractLocked, UserFacingError
from koerskaart.questions.loader import parse_question_set
from koerskaart.record.facts import load_record
from koerskaart.record.signing import signing_state
from koerskaart.record.verify import verify
from koerskaart.record.versions import ADDED, CHANGED, REMOVED, compare, recontract
from koerskaart.storage.models import Activity, CapacityRequest, Partner
from koerskaart.storage.repository import Repository
from tests.unit.record_support import ODD_TEXT, fill, new_contract, question_set, sign_all


@pytest.fixture
def signed(repo: Repository) -> int:
    qs = question_set()
    contract_id = new_contract(repo, qs)
    fill(repo, contract_id)
    sign_all(repo, contract_id, qs)
    return contract_id


def test_recontract_makes_an_open_copy_and_keeps_the_old_version_locked(
    repo: Repository, signed: int
) -> None:
    qs = question_set()
    old = load_snapshot(repo, signed)
    new_contract_row = recontract(repo, signed, "  Nieuwe wethouder na de verkiezingen  ", qs)
    new = load_snapshot(repo, new_contract_row.id or 0)

    assert new.contract.version == 2 and new.contract.based_on_id == signed
    assert new.contract.reason == "Nieuwe wethouder na de verkiezingen"
    assert new.contract.locked_at is None and new.contract.fingerprint == ""
    assert repo.get_opgave(new.opgave.id or 0).status == "herzien"
    assert {k: (a.value, a.role) for k, a in new.answers.items()} == {
        k: (a.value, a.role) for k, a in old.answers.items()
    }
    for attr in ("participants", "activities", "partners", "timeline"):
        strip = lambda rows: [r.model_dump(exclude={"id", "contract_id"}) for r in rows]  # noqa: E731
        assert strip(getattr(new, attr)) == strip(getattr(old, attr)), attr
    assert [line.request.team_name for line in new.capacity] == ["Team Openbare Ruimte"]
    assert all(line.history == () for line in new.capacity)  # to be confirmed again
    assert new.signatures == ()
    assert not signing_state(repo, new.contract.id or 0, qs).locked

    # The old version is untouched and still intact; the new one is editable.
    assert verify(repo, signed).intact
    assert load_record(repo, signed).computed_fingerprint == old.contract.fingerprint
    repo.save_answer(new.contract.id or 0, "opgave_what", "Bijgesteld")
    with pytest.raises(ContractLocked):
        repo.save_answer(signed, "opgave_what", "Bijgesteld")
    assert [e.action for e in repo.audit_events(contract_id=new.contract.id)].count("recontract") == 1


def test_recontract_needs_a_reason_a_signed_version_and_the_newest_one(repo: Repository, signed: int) -> None:
    qs = question_set()
    with pytest.raises(UserFacingError, match="waarom er een nieuwe versie komt"):
        recontract(repo, signed, "   ", qs)
    assert len(repo.contracts_of(repo.get_contract(signed).opgave_id)) == 1

    second = recontract(repo, signed, "Reden", qs)
    with pytest.raises(UserFacingError, match="nog niet door alle drie ondertekend"):
        recontract(repo, second.id or 0, "Reden", qs)
    with pytest.raises(UserFacingError, match=r"al een nieuwere versie \(2\)"):
        recontract(repo, signed, "Nog een keer", qs)


def test_a_failed_copy_leaves_no_half_version(repo: Repository, signed: int, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("schijf vol")

    monkeypatch.setattr("koerskaart.record.versions._copy_content", broken)
    with pytest.raises(RuntimeError):
        recontract(repo, signed, "Reden", question_set())
    opgave_id = repo.get_contract(signed).opgave_id
    assert [c.version for c in repo.contracts_of(opgave_id)] == [1]
    assert repo.get_opgave(opgave_id).status == "getekend"


def test_compare_lists_changes_question_by_question(repo: Repository, signed: int) -> None:
    qs = question_set()
    new_id = recontract(repo, signed, "Bijsturen", qs).id or 0
    repo.save_answer(new_id, "opgave_what", ODD_TEXT + " Nu ook de jeugd.")
    repo.save_answer(new_id, "meeting_date", "2027-03-05")
    repo.save_answer(new_id, "domains", ["sociaal"])
    repo.save_answer(new_id, "duration", 24.5)
    repo.save_answer(new_id, "complexity", None)
    repo.save_answer(new_id, "private_note", "Privé: niet tonen")
    activity = next(a for a in repo.rows(new_id, Activity) if a.name == "Verlichting")
    repo.save_row(activity.model_copy(update={"priority": "nu", "end": date(2027, 6, 30)}))
    repo.save_row(Activity(contract_id=new_id, name="Jongerenwerk <straat>", approach="programma"))
    woco = next(p for p in repo.rows(new_id, Partner) if p.organisation == "Woningcorporatie")
    repo.delete_row(Partner, woco.id or 0)
    request = repo.rows(new_id, CapacityRequest)[0]
    repo.save_row(request.model_copy(update={"amount": 2.0}))

    differences = compare(load_snapshot(repo, signed), load_snapshot(repo, new_id), qs)
    by_key = {d.question_key: d for d in differences}
    assert list(by_key) == [
        "meeting_date",
        "opgave_what",
        "domains",
        "duration",
        "complexity",
        "activities",
        "partners",
        "capacity",
    ]  # the order of the question set; the facilitator's own question is never shown
    assert (by_key["meeting_date"].old_text, by_key["meeting_date"].new_text) == (
        "28 november 2026",
        "5 maart 2027",
    )
    assert by_key["opgave_what"].kind == CHANGED and by_key["opgave_what"].old_text == ODD_TEXT
    assert by_key["domains"].old_text == "Fysiek domein, Sociaal domein"
    assert by_key["duration"].new_text == "24,5 maanden" and by_key["duration"].old_text == "18 maanden"
    assert by_key["complexity"].kind == REMOVED and by_key["complexity"].old_text == "4 van 5"

    rows = {(r.kind, r.label): r for r in by_key["activities"].rows}
    assert set(rows) == {(CHANGED, "Verlichting"), (ADDED, "Jongerenwerk <straat>")}
    changed = {f.label: (f.old_text, f.new_text) for f in rows[(CHANGED, "Verlichting")].fields}
    assert changed == {"Prioriteit": ("Later", "Nu"), "Periode": ("", "30 juni 2027")}
    assert "Programma" in rows[(ADDED, "Jongerenwerk <straat>")].new_text

    assert [(r.kind, r.label) for r in by_key["partners"].rows] == [(REMOVED, "Woningcorporatie")]

    (capacity,) = by_key["capacity"].rows
    fields = {f.label: (f.old_text, f.new_text) for f in capacity.fields}
    assert fields["Gevraagd"] == ("1,5 fte per jaar", "2 fte per jaar")
    old_confirmation, new_confirmation = fields["Bevestiging"]
    assert old_confirmation.startswith("Deels bevestigd: 1 fte, door Dana Bakker op ")
    assert new_confirmation == "Nog niet bevestigd"


def test_compare_of_a_version_with_itself_is_empty(repo: Repository, signed: int) -> None:
    snapshot = load_snapshot(repo, signed)
    assert compare(snapshot, snapshot, question_set()) == []


def test_priorities_question_shows_moves_between_now_later_and_not(repo: Repository, signed: int) -> None:
    toml = question_set().text.replace(
        'key = "partners"\ntype = "partners"', 'key = "priorities"\ntype = "priorities"'
    )
    qs = parse_question_set(toml, "met-prioriteiten.toml")
    new_id = recontract(repo, signed, "Prioriteiten", qs).id or 0
    activity = next(a for a in repo.rows(new_id, Activity) if a.name == "Buurtpreventie")
    repo.save_row(activity.model_copy(update={"priority": "niet"}))
    by_key = {
        d.question_key: d for d in compare(load_snapshot(repo, signed), load_snapshot(repo, new_id), qs)
    }
    (row,) = by_key["priorities"].rows
    assert [(f.label, f.old_text, f.new_text) for f in row.fields] == [("Prioriteit", "Nu", "Niet")]
    assert by_key[""].label == "Vragenlijst"  # the question set itself changed


def test_a_question_answered_per_version_starts_empty_in_the_new_version(
    repo: Repository, signed: int
) -> None:
    from tests.unit.record_support import QUESTIONS

    text = QUESTIONS.replace(
        'key = "meeting_date"\ntype = "date"\n', 'key = "meeting_date"\ntype = "date"\nper_version = true\n'
    )
    assert text != QUESTIONS
    qs = parse_question_set(text, "testgesprek.toml")
    assert load_snapshot(repo, signed).value("meeting_date")  # version 1 has its date
    new_id = recontract(repo, signed, "Nieuw gesprek", qs).id or 0
    new = load_snapshot(repo, new_id)
    assert new.value("meeting_date") is None  # version 2 is held on a day of its own
    assert new.value("opgave_what") == load_snapshot(repo, signed).value("opgave_what")  # the rest stays
    assert load_snapshot(repo, signed).value("meeting_date")  # and version 1 keeps its date


def test_the_default_question_set_empties_the_conversation_date_in_a_new_version() -> None:
    from koerskaart.paths import DEFAULT_QUESTION_SET
    from koerskaart.questions.loader import load_question_set

    qs = load_question_set(DEFAULT_QUESTION_SET)
    assert qs.question("meeting_date").per_version
    assert [q.key for q in qs.questions() if q.per_version] == ["meeting_date"]
    assert qs.question("duration_months").unit_label("en") == "months"
