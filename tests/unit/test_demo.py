"""The demo portfolio: what it holds, that a second run adds nothing, and the full Europaplein contract."""

from __future__ import annotations

import json
from datetime import date

import pytest

from koerskaart.cli import main
from koerskaart.conversation.capacity import summarize_lines
from koerskaart.conversation.progress import hard_gaps, question_progress, soft_gaps
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.demo import load_demo
from koerskaart.demo import portfolio as data
from koerskaart.errors import ContractLocked
from koerskaart.exchange import dump, export_opgave
from koerskaart.questions.model import QuestionSet, QuestionType
from koerskaart.record.verify import verify
from koerskaart.storage.models import STEERING_TRIANGLE, Activity, Contract, OpgaveStatus, Role
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import opgave_id, table_counts

# The shared demo fixtures, made visible to pytest in this module.
question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_target = demo_support.demo_target
pg_demo_template = demo_support.pg_demo_template
demo_repo = demo_support.demo_repo


def test_the_demo_has_the_shape_of_the_article(demo_repo: Repository, question_set: QuestionSet) -> None:
    summary = load_demo(demo_repo, question_set)  # already there: only counts
    assert summary.already_present
    assert demo_repo.setting("municipality_name") == "Gemeente Duinwijk"
    assert len(demo_repo.domains()) == 3 == summary.domains
    assert {d.name for d in demo_repo.domains()} == {"Fysiek", "Sociaal", "Bedrijfsvoering"}
    teams = demo_repo.teams()
    assert len(teams) == 11 == summary.teams
    assert all(team.team_leader.endswith("-Demo") and team.domain_id for team in teams)
    opgaven = demo_repo.list_opgaven()
    assert len(opgaven) == 19 == summary.opgaven
    assert {o.status for o in opgaven} == set(OpgaveStatus)
    activities = sum(len(demo_repo.rows(o.latest_contract_id or 0, Activity)) for o in opgaven)
    assert 45 <= activities <= 55
    assert activities == summary.activities
    assert summary.progress_reports >= 50
    assert summary.timeline_events >= 40


def test_every_opgave_has_a_triangle_and_reports_where_work_runs(demo_repo: Repository) -> None:
    for summary in demo_repo.list_opgaven():
        snapshot = load_snapshot(demo_repo, summary.latest_contract_id or 0)
        roles = {p.role for p in snapshot.participants}
        assert {r.value for r in STEERING_TRIANGLE} | {
            Role.FACILITATOR.value,
            Role.TEAM_LEADER.value,
        } <= roles
        assert snapshot.activities, summary.title
        reports = demo_repo.progress_reports(summary.id)
        if summary.status in (OpgaveStatus.SIGNED, OpgaveStatus.REVISED):
            assert len(reports) >= 6, summary.title
            assert all(r.traffic_light in ("groen", "oranje", "rood") and r.text for r in reports)
        if summary.status == OpgaveStatus.CONCEPT:
            assert reports == []
    for activity in (
        a for o in demo_repo.list_opgaven() for a in demo_repo.rows(o.latest_contract_id or 0, Activity)
    ):
        assert activity.approach and activity.reason
        assert 1 <= (activity.complexity or 0) <= 5
        for day in (activity.start, activity.end):
            assert day is None or date(2025, 1, 1) <= day <= date(2028, 12, 31)


def test_a_revised_opgave_has_a_second_version_based_on_the_signed_first(demo_repo: Repository) -> None:
    revised = [o for o in demo_repo.list_opgaven() if o.status == OpgaveStatus.REVISED]
    assert revised
    for summary in revised:
        first, second = demo_repo.contracts_of(summary.id)
        assert first.locked_at is not None and first.fingerprint
        assert second.version == 2 and second.based_on_id == first.id and second.reason
        assert second.locked_at is None
        assert verify(demo_repo, first.id or 0).intact


def test_a_second_run_adds_nothing(demo_repo: Repository, question_set: QuestionSet) -> None:
    before = table_counts(demo_repo)
    summary = load_demo(demo_repo, question_set)
    assert summary.already_present
    assert table_counts(demo_repo) == before


def test_the_command_loads_once_and_then_says_it_is_there(tmp_path, capsys, demo_repo: Repository) -> None:
    db = str(tmp_path / "k.sqlite")
    assert main(["demo", "--db", db]) == 0
    first = capsys.readouterr().out
    assert "is geladen" in first and "19 opgaven" in first and "11 teams" in first
    assert main(["demo", "--db", db]) == 0
    second = capsys.readouterr().out
    assert "al aanwezig" in second and "19 opgaven" in second
    assert main(["list", "--db", db, "--json"]) == 0
    listed = {item["title"]: item["id"] for item in json.loads(capsys.readouterr().out)}
    assert len(listed) == 19
    # The demo keeps its own clock: two builds give the very same Europaplein file.
    assert main(["export-json", str(listed[data.EUROPAPLEIN]), "--db", db]) == 0
    again = capsys.readouterr().out
    assert again == dump(export_opgave(demo_repo, opgave_id(demo_repo, data.EUROPAPLEIN)))
    assert '"signed_at": "2025-03-14T' in again and '"answered_at": "2025-03-12T' in again


def test_the_municipality_name_of_the_user_is_kept(repo: Repository, question_set: QuestionSet) -> None:
    repo.set_setting("municipality_name", "Gemeente Eigen Naam")
    load_demo(repo, question_set)
    assert repo.setting("municipality_name") == "Gemeente Eigen Naam"


# ---------------------------------------------------------------------------- Europaplein
@pytest.fixture
def europaplein(demo_repo: Repository):
    contract = demo_repo.latest_contract(opgave_id(demo_repo, data.EUROPAPLEIN))
    assert contract is not None
    return load_snapshot(demo_repo, contract.id or 0)


def test_europaplein_answers_every_question(europaplein, question_set: QuestionSet) -> None:
    progress = question_progress(question_set, europaplein)
    assert [key for key, item in progress.items() if not item.answered] == []
    assert [key for key, item in progress.items() if not item.visible] == []
    assert hard_gaps(question_set, europaplein) == []
    assert soft_gaps(question_set, europaplein) == []
    for question in question_set.questions():
        if question.is_structured:
            continue
        value = europaplein.value(question.key)
        match question.type:
            case QuestionType.SHORT_TEXT | QuestionType.LONG_TEXT:
                assert isinstance(value, str) and value.strip()
            case QuestionType.SINGLE_CHOICE:
                assert value in {c.value for c in question.choices}
            case QuestionType.MULTIPLE_CHOICE:
                assert value and set(value) <= {c.value for c in question.choices}
            case QuestionType.DATE:
                date.fromisoformat(value)
            case QuestionType.SCALE:
                assert isinstance(value, int) and 1 <= value <= 5
            case QuestionType.NUMBER:
                assert isinstance(value, int | float)
        assert europaplein.answers[question.key].role == question.role.value


def test_europaplein_answers_hold_the_odd_characters_verbatim(europaplein) -> None:
    texts = [a.value for a in europaplein.answers.values() if isinstance(a.value, str)]
    for character in ("ë", "’", "€", "&", "<"):
        assert any(character in text for text in texts), character
    assert europaplein.value("story_success").startswith("Minder dan <10 meldingen")


def test_europaplein_is_signed_locked_and_intact(demo_repo: Repository, europaplein) -> None:
    contract: Contract = europaplein.contract
    assert contract.status == OpgaveStatus.SIGNED and contract.locked_at is not None
    assert {s.role for s in europaplein.signatures} == {r.value for r in STEERING_TRIANGLE}
    assert any(s.drawing for s in europaplein.signatures)
    assert verify(demo_repo, contract.id or 0).intact
    with pytest.raises(ContractLocked):
        demo_repo.save_answer(contract.id or 0, "open_points", "nog iets")


def test_europaplein_partners_regie_and_capacity_gap(europaplein) -> None:
    partners = europaplein.partners
    organisations = " ".join(p.organisation for p in partners)
    for kind in ("Politie", "Woningcorporatie", "Jongerenwerk", "Winkeliers"):
        assert kind in organisations
    assert [p.organisation for p in partners if p.holds_regie and not p.regie_scope]  # overall
    assert {p.regie_scope for p in partners if p.holds_regie and p.regie_scope} >= {"ondermijning"}
    lines = europaplein.capacity
    assert all(line.confirmation is not None for line in lines)
    partly = [line for line in lines if line.confirmation.status == "deels"]
    assert len(partly) == 1
    assert len(partly[0].history) == 2  # first "niet", then "deels": the history is kept
    assert partly[0].confirmation.confirmed_by == "W. Peters-Demo"
    gaps = {item.team: item.gap for item in summarize_lines(lines).teams}
    assert gaps["Openbare Ruimte"] == pytest.approx(0.2)
    assert [team for team, gap in gaps.items() if gap > 0] == ["Openbare Ruimte"]
    moods = [event.mood for event in europaplein.timeline]
    assert min(moods) == -2 and max(moods) == 2
    assert {event.kind for event in europaplein.timeline} == {"verleden", "nu", "toekomst"}


def test_the_demo_names_no_real_people(demo_repo: Repository) -> None:
    everything = "".join(dump(export_opgave(demo_repo, o.id)) for o in demo_repo.list_opgaven())
    for real in ("Heemskerk", "Beverwijk", "Eijsvogel", "Toorn", "Lisette", "Marit", "Vera "):
        assert real not in everything
    for summary in demo_repo.list_opgaven():
        snapshot = load_snapshot(demo_repo, summary.latest_contract_id or 0)
        assert all(p.name.endswith("-Demo") for p in snapshot.participants)
