"""Progress, step states and gaps, computed from snapshots of contracts stored in a real SQLite file."""

from __future__ import annotations

from datetime import date

import pytest

from koerskaart.conversation.progress import (
    AnswerState,
    StepState,
    answer_values,
    compute_progress,
    hard_gaps,
    is_filled,
    soft_gaps,
    step_states,
)
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions import load_question_set, parse_question_set
from koerskaart.questions.model import Required
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    ConfirmationStatus,
    Participant,
    Partner,
    Role,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository

SET_TEXT = """
[meta]
id = "proef"
version = "1"
title_nl = "Proef"
title_en = "Trial"

[[steps]]
key = "tafel"
title_nl = "Tafel"
title_en = "Table"

[[steps.questions]]
key = "form"
type = "single_choice"
label_nl = "Vorm"
label_en = "Form"
choices = [
  { value = "op_locatie", label_nl = "Op locatie", label_en = "In person" },
  { value = "online", label_nl = "Online", label_en = "Online" },
]

[[steps.questions]]
key = "link"
type = "short_text"
label_nl = "Link"
label_en = "Link"
required = "soft"
visible_if = "form == 'online'"

[[steps.questions]]
key = "people"
type = "participants"
label_nl = "Deelnemers"
label_en = "Participants"
required = "hard"

[[steps.questions]]
key = "note"
type = "long_text"
label_nl = "Notitie facilitator"
label_en = "Facilitator note"
facilitator_only = true

[[steps]]
key = "opgave"
title_nl = "Opgave"
title_en = "Task"

[[steps.questions]]
key = "what"
type = "long_text"
label_nl = "Wat moeten we doen?"
label_en = "What do we have to do?"
required = "hard"

[[steps.questions]]
key = "why"
type = "long_text"
label_nl = "Waarom nu?"
label_en = "Why now?"
required = "soft"

[[steps.questions]]
key = "extra"
type = "short_text"
label_nl = "Extra"
label_en = "Extra"

[[steps]]
key = "tabellen"
title_nl = "Tabellen"
title_en = "Tables"

[[steps.questions]]
key = "activities"
type = "activities"
label_nl = "Activiteiten"
label_en = "Activities"
required = "hard"

[[steps.questions]]
key = "priorities"
type = "priorities"
label_nl = "Prioriteiten"
label_en = "Priorities"
required = "soft"

[[steps.questions]]
key = "partners"
type = "partners"
label_nl = "Partners"
label_en = "Partners"
required = "soft"

[[steps.questions]]
key = "timeline"
type = "timeline"
label_nl = "Tijdlijn"
label_en = "Timeline"
required = "soft"

[[steps.questions]]
key = "capacity"
type = "capacity"
label_nl = "Capaciteit"
label_en = "Capacity"
required = "hard"

[[steps]]
key = "verborgen"
title_nl = "Alleen online"
title_en = "Online only"

[[steps.questions]]
key = "online_followup"
type = "long_text"
label_nl = "Hoe ging het online?"
label_en = "How did online go?"
required = "hard"
visible_if = "form == 'online'"
"""


@pytest.fixture
def qset():
    return parse_question_set(SET_TEXT, "proef")


@pytest.fixture
def contract_id(repo: Repository, qset) -> int:
    opgave = repo.create_opgave("Veilige buurt <Europaplein> & €")
    contract = repo.create_contract(
        opgave.id,
        question_set_id=qset.id,
        question_set_version=qset.version,
        question_set_sha256=qset.sha256,
        question_set_text=qset.text,
    )
    return contract.id


def triangle(
    repo: Repository, contract_id: int, roles=(Role.ALDERMAN, Role.SENIOR_OFFICIAL, Role.TASK_LEADER)
):
    for position, role in enumerate(roles, start=1):
        repo.save_row(
            Participant(contract_id=contract_id, position=position, name=f"Persoon {position}", role=role)
        )


def keys(gaps) -> list[str]:
    return [gap.question_key for gap in gaps]


def test_empty_contract(repo: Repository, qset, contract_id: int) -> None:
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    assert [s.state for s in progress.steps] == [
        StepState.EMPTY,
        StepState.EMPTY,
        StepState.EMPTY,
        StepState.COMPLETE,  # its only question is hidden: nothing to ask
    ]
    # An untouched step still knows what it lacks (for a marker in the step list).
    assert progress.step("opgave").hard_missing == ("what",)
    assert progress.step("opgave").soft_missing == ("why",)
    assert keys(hard_gaps(qset, snapshot)) == ["people", "what", "activities", "capacity"]
    assert keys(soft_gaps(qset, snapshot)) == ["why", "priorities", "partners", "timeline"]
    gap = hard_gaps(qset, snapshot)[1]
    assert (gap.step_key, gap.required, gap.label) == ("opgave", Required.HARD, "Wat moeten we doen?")
    assert hard_gaps(qset, snapshot, language="en")[1].label == "What do we have to do?"


def test_conditions_show_and_hide_questions_and_their_gaps(repo: Repository, qset, contract_id: int) -> None:
    repo.save_answer(contract_id, "form", "op_locatie")
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    assert not progress.visible("link") and not progress.visible("online_followup")
    assert "link" not in keys(soft_gaps(qset, snapshot))
    assert "online_followup" not in keys(hard_gaps(qset, snapshot))
    assert progress.step("verborgen").state == StepState.COMPLETE

    repo.save_answer(contract_id, "form", "online")
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    assert progress.visible("link") and progress.visible("online_followup")
    assert "link" in keys(soft_gaps(qset, snapshot))
    assert "online_followup" in keys(hard_gaps(qset, snapshot))
    assert progress.step("verborgen").state == StepState.EMPTY


def test_step_state_precedence(repo: Repository, qset, contract_id: int) -> None:
    repo.save_answer(contract_id, "extra", "iets")  # only an optional answer: hard missing shows
    assert step_states(qset, load_snapshot(repo, contract_id))["opgave"] == StepState.HARD_MISSING
    repo.save_answer(contract_id, "what", "De buurt veiliger maken")
    assert step_states(qset, load_snapshot(repo, contract_id))["opgave"] == StepState.SOFT_MISSING
    repo.save_answer(contract_id, "why", "Er zijn veel meldingen")
    assert step_states(qset, load_snapshot(repo, contract_id))["opgave"] == StepState.COMPLETE
    repo.save_answer(contract_id, "extra", "   ")  # blank text is no answer
    progress = compute_progress(qset, load_snapshot(repo, contract_id))
    assert progress.step("opgave").state == StepState.STARTED  # required done, an optional one open
    assert (progress.step("opgave").answered, progress.step("opgave").total) == (2, 3)


@pytest.mark.parametrize("empty", [None, "", "  \n", [], {}, {"value": None}, [""]])
def test_empty_values_are_unanswered(repo: Repository, qset, contract_id: int, empty) -> None:
    repo.save_answer(contract_id, "what", empty)
    snapshot = load_snapshot(repo, contract_id)
    assert not is_filled(snapshot.value("what"))
    assert "what" in keys(hard_gaps(qset, snapshot))


@pytest.mark.parametrize("value", ["x", 0, 0.0, False, ["a"], "€ & <b>"])
def test_non_empty_values_are_answered(value) -> None:
    assert is_filled(value)


def test_facilitator_notes_never_count(repo: Repository, qset, contract_id: int) -> None:
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    assert progress.questions["note"].facilitator_only and not progress.questions["note"].counts
    assert "note" not in keys(hard_gaps(qset, snapshot) + soft_gaps(qset, snapshot))
    assert progress.step("tafel").total == 2  # form and people; link hidden, note private


def test_participants_need_the_whole_steering_triangle(repo: Repository, qset, contract_id: int) -> None:
    repo.save_row(Participant(contract_id=contract_id, name="", role=Role.ALDERMAN))  # an empty new row
    snapshot = load_snapshot(repo, contract_id)
    assert compute_progress(qset, snapshot).questions["people"].state == AnswerState.UNANSWERED

    triangle(repo, contract_id, roles=(Role.ALDERMAN, Role.TEAM_LEADER))
    snapshot = load_snapshot(repo, contract_id)
    people = compute_progress(qset, snapshot).questions["people"]
    assert people.state == AnswerState.PARTIAL
    [gap] = [g for g in hard_gaps(qset, snapshot) if g.question_key == "people"]
    assert gap.detail == "nog niet aan tafel: ambtelijk opdrachtgever, opdrachtnemer"
    assert step_states(qset, snapshot)["tafel"] == StepState.HARD_MISSING

    triangle(repo, contract_id, roles=(Role.SENIOR_OFFICIAL, Role.TASK_LEADER))
    snapshot = load_snapshot(repo, contract_id)
    assert compute_progress(qset, snapshot).questions["people"].state == AnswerState.ANSWERED
    assert "people" not in keys(hard_gaps(qset, snapshot))
    assert step_states(qset, snapshot)["tafel"] == StepState.STARTED  # 'form' is optional and open


def test_tables_count_when_they_have_content(repo: Repository, qset, contract_id: int) -> None:
    repo.save_row(Activity(contract_id=contract_id, name=""))
    repo.save_row(Partner(contract_id=contract_id, organisation=" "))
    repo.save_row(TimelineEvent(contract_id=contract_id))
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    for key in ("activities", "priorities", "partners", "timeline", "capacity"):
        assert progress.questions[key].state == AnswerState.UNANSWERED, key
    assert progress.step("tabellen").state == StepState.EMPTY

    repo.save_row(Activity(contract_id=contract_id, name="Buurtpreventie-app", approach="project"))
    repo.save_row(Partner(contract_id=contract_id, organisation="Politie"))
    repo.save_row(TimelineEvent(contract_id=contract_id, event_date=date(2025, 5, 1), mood=-2))
    snapshot = load_snapshot(repo, contract_id)
    progress = compute_progress(qset, snapshot)
    for key in ("activities", "priorities", "partners", "timeline"):
        assert progress.questions[key].answered, key
    assert keys(soft_gaps(qset, snapshot)) == ["why"]
    assert progress.step("tabellen").state == StepState.HARD_MISSING  # capacity still missing


def test_capacity_needs_a_confirmation_for_every_request(repo: Repository, qset, contract_id: int) -> None:
    first, _ = repo.save_row(
        CapacityRequest(contract_id=contract_id, team_name="Openbare ruimte", amount=0.5)
    )
    second, _ = repo.save_row(
        CapacityRequest(contract_id=contract_id, team_name="Veiligheid", amount=120, unit="uren")
    )
    snapshot = load_snapshot(repo, contract_id)
    capacity = compute_progress(qset, snapshot).questions["capacity"]
    assert capacity.state == AnswerState.PARTIAL
    assert capacity.detail == "nog niet bevestigd: Openbare ruimte, Veiligheid"

    repo.confirm_capacity(
        first.id, status=ConfirmationStatus.CONFIRMED, confirmed_amount=0.5, confirmed_by="TL A"
    )
    snapshot = load_snapshot(repo, contract_id)
    [gap] = [g for g in hard_gaps(qset, snapshot) if g.question_key == "capacity"]
    assert gap.detail == "nog niet bevestigd: Veiligheid"

    # "Cannot confirm" is an answer too: the gap is visible in the sums, not hidden as a missing answer.
    repo.confirm_capacity(
        second.id, status=ConfirmationStatus.NOT_CONFIRMED, confirmed_amount=0, confirmed_by="TL B"
    )
    snapshot = load_snapshot(repo, contract_id)
    assert compute_progress(qset, snapshot).questions["capacity"].answered
    assert "capacity" not in keys(hard_gaps(qset, snapshot))


def test_fully_answered_contract_has_no_gaps(repo: Repository, qset, contract_id: int) -> None:
    repo.save_answer(contract_id, "form", "online")
    repo.save_answer(contract_id, "link", "https://example.org/?a=1&b=<2>")
    repo.save_answer(contract_id, "what", "Veilig")
    repo.save_answer(contract_id, "why", "Nu")
    repo.save_answer(contract_id, "extra", "ë")
    repo.save_answer(contract_id, "online_followup", "Goed")
    triangle(repo, contract_id)
    repo.save_row(Activity(contract_id=contract_id, name="Schouw"))
    repo.save_row(Partner(contract_id=contract_id, organisation="Woningcorporatie"))
    repo.save_row(TimelineEvent(contract_id=contract_id, title="Start"))
    request, _ = repo.save_row(CapacityRequest(contract_id=contract_id, team_name="Wijkteam", amount=1))
    repo.confirm_capacity(
        request.id, status=ConfirmationStatus.PARTLY, confirmed_amount=0.5, confirmed_by="TL"
    )
    snapshot = load_snapshot(repo, contract_id)
    assert hard_gaps(qset, snapshot) == [] and soft_gaps(qset, snapshot) == []
    assert set(step_states(qset, snapshot).values()) == {StepState.COMPLETE}
    assert answer_values(snapshot)["link"] == "https://example.org/?a=1&b=<2>"


def test_default_set_on_an_empty_contract(repo: Repository) -> None:
    qset = load_question_set(DEFAULT_QUESTION_SET)
    opgave = repo.create_opgave("Leeg")
    contract = repo.create_contract(
        opgave.id,
        question_set_id=qset.id,
        question_set_version=qset.version,
        question_set_sha256=qset.sha256,
        question_set_text=qset.text,
    )
    snapshot = load_snapshot(repo, contract.id)
    assert keys(hard_gaps(qset, snapshot)) == [
        "participants",
        "opgave_what",
        "opgave_why_now",
        "activities",
        "capacity",
    ]
    soft = keys(soft_gaps(qset, snapshot))
    assert "risk_political_approach" not in soft  # only asked when the sensitivity is high
    assert not {"facilitator_preparation", "facilitator_reflection"} & set(soft)

    repo.save_answer(contract.id, "risk_political", 5)
    snapshot = load_snapshot(repo, contract.id)
    assert "risk_political_approach" in keys(soft_gaps(qset, snapshot))
    assert step_states(qset, snapshot)["sturing"] == StepState.SOFT_MISSING
