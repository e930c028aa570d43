"""Writing the fictional demo portfolio of :mod:`koerskaart.demo.portfolio` into a database.

:func:`load_demo` goes through the :class:`~koerskaart.storage.repository.Repository` and the
record's own signing and re-contracting, exactly as the app would, so the demo holds nothing the
app could not have made. The answers follow the loaded question set: every question of the
Europaplein opgave is answered (authored text where the portfolio has it, a fitting value
otherwise); the other opgaven are answered as far as their status implies. Everything is written
in one transaction, the marker setting last: a failure half-way leaves the file as it was, and a
second run after a complete one is a no-op. No Qt, no printing: the command reports the returned
:class:`DemoSummary`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func
from sqlmodel import SQLModel, col, select

from koerskaart.demo import portfolio as data
from koerskaart.questions.conditions import compile_condition
from koerskaart.questions.model import Question, QuestionSet, QuestionType
from koerskaart.record.signing import sign
from koerskaart.record.versions import recontract
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    Contract,
    Domain,
    Opgave,
    OpgaveStatus,
    Participant,
    Partner,
    ProgressReport,
    Role,
    Team,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository
from koerskaart.storage.setting_keys import MUNICIPALITY_NAME

SIGNED_STATUSES = (OpgaveStatus.TO_SIGN, OpgaveStatus.SIGNED, OpgaveStatus.REVISED)


@dataclass(frozen=True)
class DemoSummary:
    """What the database holds after :func:`load_demo` (counts over the whole file)."""

    already_present: bool
    municipality: str
    domains: int
    teams: int
    opgaven: int
    contracts: int
    activities: int  # in the newest contract version of each opgave
    progress_reports: int
    timeline_events: int
    signed_contracts: int
    europaplein_id: int | None


def load_demo(repo: Repository, question_set: QuestionSet) -> DemoSummary:
    """Fill the database with the demo portfolio, unless it is already there."""
    if repo.setting(data.MARKER_KEY):
        return summarize(repo, already_present=True)
    with repo.db.one_transaction() as db:  # all or nothing: a failure half-way leaves no half demo
        inside = Repository(db, clock=repo.clock, actor=repo.actor)
        present = bool(inside.setting(data.MARKER_KEY))  # loaded elsewhere since the check above
        if not present:
            _build(inside, question_set)
    return summarize(repo, already_present=present)


def _build(repo: Repository, question_set: QuestionSet) -> None:
    if not repo.setting(MUNICIPALITY_NAME):
        repo.set_setting(MUNICIPALITY_NAME, data.MUNICIPALITY, expected=("", None))
    builder = _Builder(repo, question_set)
    builder.europaplein()
    for spec in data.OPGAVEN:
        builder.opgave(spec)
    builder.team_capacity()
    repo.set_setting(data.MARKER_KEY, data.MARKER_VALUE)  # last: only a complete demo is marked


def summarize(repo: Repository, *, already_present: bool) -> DemoSummary:
    with repo.db.session() as s:

        def count(model: Any, *where: Any) -> int:
            query = select(func.count()).select_from(model)
            for condition in where:
                query = query.where(condition)
            return int(s.exec(query).one())

        latest = (
            select(func.max(Contract.id)).group_by(Contract.opgave_id).scalar_subquery()
        )  # versions grow with ids: the highest id is the newest version
        europaplein = s.exec(
            select(Opgave.id).where(Opgave.title == data.EUROPAPLEIN).order_by(col(Opgave.id))
        ).first()
        return DemoSummary(
            already_present=already_present,
            municipality=repo.setting(MUNICIPALITY_NAME),
            domains=count(Domain),
            teams=count(Team),
            opgaven=count(Opgave, col(Opgave.removed_at).is_(None)),
            contracts=count(Contract),
            activities=count(Activity, col(Activity.contract_id).in_(latest)),
            progress_reports=count(ProgressReport),
            timeline_events=count(TimelineEvent, col(TimelineEvent.contract_id).in_(latest)),
            signed_contracts=count(Contract, col(Contract.locked_at).is_not(None)),
            europaplein_id=europaplein,
        )


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _months(start: str, count: int) -> list[date]:
    """``count`` report dates, the 28th of each month from ``start`` ("YYYY-MM")."""
    year, month = (int(part) for part in start.split("-"))
    result = []
    for _ in range(count):
        result.append(date(year, month, 28))
        month += 1
        if month > 12:
            year, month = year + 1, 1
    return result


class _DemoClock:
    """The demo's own "now": the day of each talk or signature, so timestamps tell a coherent story.

    Every reading moves one second on, which keeps the order of events (and of confirmations in a
    history) the order in which the demo wrote them.
    """

    def __init__(self) -> None:
        self._now = datetime(2024, 11, 1, 9, 0, tzinfo=UTC)

    def set(self, day: date, hour: int) -> None:
        self._now = datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self._now += timedelta(seconds=1)
        return self._now


class _Builder:
    def __init__(self, repo: Repository, question_set: QuestionSet) -> None:
        self.clock = _DemoClock()
        self.repo = Repository(repo.db, clock=self.clock, actor=repo.actor or "demo")
        self.qs = question_set
        self.domains = {name: self.repo.ensure_domain(name).id for name in data.DOMAINS}
        self.teams: dict[str, Team] = {}
        for name, domain, leader in data.TEAMS:
            self.teams[name] = self.repo.ensure_team(name, domain_id=self.domains[domain], team_leader=leader)
        self.report_index = Counter[str]()

    def team_capacity(self) -> None:
        """What each team leader says the team has, entered at the start of each year."""
        for name, years in data.TEAM_CAPACITY.items():
            team = self.teams[name]
            for year, fte in sorted(years.items()):
                self.clock.set(date(year - 1, 11, 15), 11)
                self.repo.set_team_capacity(team.id or 0, year, fte, set_by=team.team_leader)

    # ------------------------------------------------------------------ one opgave
    def europaplein(self) -> None:
        spec = data.EUROPAPLEIN_OPGAVE
        opgave_id, contract_id = self._start(spec["title"], spec["description"], spec["domain"], spec)
        capacity_teams = [team for team, *_ in data.EUROPAPLEIN_CAPACITY]
        rows: list[SQLModel] = self._participants(contract_id, spec, capacity_teams, data.EUROPAPLEIN_OTHERS)
        rows += [_activity(contract_id, *activity) for activity in data.EUROPAPLEIN_ACTIVITIES]
        rows += [_partner(contract_id, *partner) for partner in data.EUROPAPLEIN_PARTNERS]
        rows += [_timeline(contract_id, *event) for event in data.EUROPAPLEIN_TIMELINE]
        rows += [
            self._request(contract_id, team, amount, unit, period, skills)
            for team, amount, unit, period, skills, _ in data.EUROPAPLEIN_CAPACITY
        ]
        stored, _ = self.repo.add_rows(rows)
        self._answers(contract_id, self._europaplein_answers(spec), include_private=True)
        requests = [row for row in stored if isinstance(row, CapacityRequest)]
        for request, (team, *_, confirmations) in zip(requests, data.EUROPAPLEIN_CAPACITY, strict=True):
            for status, confirmed, remark in confirmations:
                self.repo.confirm_capacity(
                    request.id or 0,
                    status=status,
                    confirmed_amount=confirmed,
                    remark=remark,
                    confirmed_by=self.teams[team].team_leader,
                )
        self._sign_all(contract_id, spec, drawings=True)
        self._reports(opgave_id, spec, spec["task_leader"][0])

    def opgave(self, spec: dict[str, Any]) -> None:
        opgave_id, contract_id = self._start(spec["title"], spec["what"], spec["domain"], spec)
        self._conversation(contract_id, spec)
        self._reports(opgave_id, spec, spec["task_leader"][0])
        if spec["status"] == OpgaveStatus.REVISED:
            self._recontract(contract_id, spec)

    def _conversation(self, contract_id: int, spec: dict[str, Any]) -> None:
        """The talk as far as the opgave's status goes: rows, answers, confirmations, signatures."""
        status = spec["status"]
        teams = [team for team, _ in spec["capacity"]]
        owner = spec["task_leader"][0]
        rows: list[SQLModel] = self._participants(contract_id, spec, teams, ())
        rows += [_activity(contract_id, *activity, owner) for activity in spec["activities"]]
        if status == OpgaveStatus.CONCEPT:
            self.repo.add_rows(rows)
            self._answers(contract_id, {"opgave_what": spec["what"]})
            return
        rows += [
            _timeline(contract_id, day, kind, title, "", mood) for day, kind, title, mood in spec["timeline"]
        ]
        rows += [
            self._request(contract_id, team, amount, "fte", "jaar", "") for team, amount in spec["capacity"]
        ]
        rows += [_partner(contract_id, *partner) for partner in spec.get("partners", ())]
        stored, _ = self.repo.add_rows(rows)
        requests = [row for row in stored if isinstance(row, CapacityRequest)]
        if status == OpgaveStatus.IN_CONVERSATION:
            steps = {step.key for step in self.qs.steps[:3]}
            answers = self._generic_answers(spec, lambda q: self.qs.step_of(q.key) in steps)
            self._answers(contract_id, answers)
            self.repo.set_contract_status(contract_id, OpgaveStatus.IN_CONVERSATION)
            return
        self._answers(contract_id, self._generic_answers(spec, lambda q: True))
        for request in requests:
            self.repo.confirm_capacity(
                request.id or 0,
                status="bevestigd",
                confirmed_amount=request.amount,
                confirmed_by=self.teams[request.team_name].team_leader,
            )
        if status == OpgaveStatus.TO_SIGN:
            self._sign(contract_id, spec, Role.ALDERMAN)
        else:
            self._sign_all(contract_id, spec, drawings=False)

    def _recontract(self, contract_id: int, spec: dict[str, Any]) -> None:
        """Version 2, a few days after the last report, with one team leader confirming again."""
        self.clock.set(date.fromisoformat(spec["recontract_on"]), 10)
        new = recontract(self.repo, contract_id, spec["recontract_reason"], self.qs)
        assert new.id is not None
        first = self.repo.rows(new.id, CapacityRequest)[0]
        self.repo.confirm_capacity(
            first.id or 0,
            status="deels",
            confirmed_amount=round(first.amount / 2, 2),
            remark="Voor de nieuwe planning is eerst maar de helft vrij te maken.",
            confirmed_by=self.teams[first.team_name].team_leader,
        )

    # ------------------------------------------------------------------ pieces
    def _start(self, title: str, description: str, domain: str, spec: dict[str, Any]) -> tuple[int, int]:
        meeting = date.fromisoformat(spec.get("meeting", data.CONCEPT_DAY))
        self.clock.set(meeting - timedelta(days=14), 9)
        opgave = self.repo.create_opgave(title, description=description, domain_id=self.domains[domain])
        assert opgave.id is not None
        contract = self.repo.create_contract(
            opgave.id,
            question_set_id=self.qs.id,
            question_set_version=self.qs.version,
            question_set_sha256=self.qs.sha256,
            question_set_text=self.qs.text,
        )
        assert contract.id is not None
        self.clock.set(meeting, 10)  # the talk itself
        return opgave.id, contract.id

    def _participants(
        self,
        contract_id: int,
        spec: dict[str, Any],
        teams: list[str],
        others: tuple[tuple[str, str, str, str], ...],
    ) -> list[SQLModel]:
        people = [
            (*data.BOARD[spec["board"]], Role.ALDERMAN, data.MUNICIPALITY, None),
            (*data.DOMAIN_MANAGERS[spec["domain"]], Role.SENIOR_OFFICIAL, data.MUNICIPALITY, None),
            (*spec["task_leader"], Role.TASK_LEADER, data.MUNICIPALITY, None),
        ]
        for team in teams:
            leader = self.teams[team]
            people.append(
                (leader.team_leader, f"Teamleider {team}", Role.TEAM_LEADER, data.MUNICIPALITY, leader.id)
            )
        people.append((*data.FACILITATOR, Role.FACILITATOR, data.MUNICIPALITY, None))
        people.extend(
            (name, function, role, organisation, None) for name, function, role, organisation in others
        )
        return [
            Participant(
                contract_id=contract_id,
                name=name,
                function=function,
                role=role,
                organisation=organisation,
                team_id=team_id,
            )
            for name, function, role, organisation, team_id in people
        ]

    def _request(
        self, contract_id: int, team: str, amount: float, unit: str, period: str, skills: str
    ) -> CapacityRequest:
        return CapacityRequest(
            contract_id=contract_id,
            team_id=self.teams[team].id,
            team_name=team,
            amount=amount,
            unit=unit,
            period=period,
            skills=skills,
        )

    def _reports(self, opgave_id: int, spec: dict[str, Any], author: str) -> None:
        lights = {"g": "groen", "o": "oranje", "r": "rood"}
        if not spec["lights"]:
            return
        for letter, day in zip(
            spec["lights"], _months(spec["report_start"], len(spec["lights"])), strict=True
        ):
            light = lights[letter]
            turn = self.report_index[light]
            self.report_index[light] += 1

            def pick(texts: tuple[str, ...], turn: int = turn) -> str:
                return texts[turn % len(texts)]

            self.clock.set(day, 16)
            self.repo.add_progress_report(
                ProgressReport(
                    opgave_id=opgave_id,
                    period=f"{day.year:04d}-{day.month:02d}",
                    report_date=day,
                    traffic_light=light,
                    text=pick(data.REPORT_TEXTS[light]),
                    done=pick(data.REPORT_DONE[light]),
                    next_steps=pick(data.REPORT_NEXT[light]),
                    help_asked=pick(data.REPORT_HELP) if light == "rood" else "",
                    author=author,
                )
            )

    def _sign(self, contract_id: int, spec: dict[str, Any], role: Role, drawing: str = "") -> None:
        signed_on = date.fromisoformat(spec["signed_on"])
        self.clock.set(signed_on, {Role.ALDERMAN: 14, Role.SENIOR_OFFICIAL: 15, Role.TASK_LEADER: 16}[role])
        name, function = {
            Role.ALDERMAN: data.BOARD[spec["board"]],
            Role.SENIOR_OFFICIAL: data.DOMAIN_MANAGERS[spec["domain"]],
            Role.TASK_LEADER: spec["task_leader"],
        }[role]
        sign(
            self.repo,
            contract_id,
            self.qs,
            role=role,
            name=name,
            function=function,
            signed_on=signed_on,
            place=data.PLACE,
            drawing=drawing,
        )

    def _sign_all(self, contract_id: int, spec: dict[str, Any], *, drawings: bool) -> None:
        for index, role in enumerate((Role.ALDERMAN, Role.SENIOR_OFFICIAL, Role.TASK_LEADER)):
            self._sign(contract_id, spec, role, data.DEMO_DRAWING if drawings and index != 1 else "")

    # ------------------------------------------------------------------ answers
    def _answers(self, contract_id: int, answers: dict[str, Any], *, include_private: bool = False) -> None:
        chosen = {
            question.key: (answers[question.key], question.role.value)
            for question in self.qs.questions()
            if question.key in answers
            and not question.is_structured
            and (include_private or not question.facilitator_only)
        }
        if chosen:
            self.repo.save_answers(contract_id, chosen)

    def _europaplein_answers(self, spec: dict[str, Any]) -> dict[str, Any]:
        """Every plain question answered: the authored text, or a fitting value where none is written."""
        context = {"title": spec["title"], "what": "", "why": "", "task_leader": spec["task_leader"][0]}
        answers: dict[str, Any] = {}
        for question in self.qs.questions():
            if question.is_structured:
                continue
            authored = data.EUROPAPLEIN_ANSWERS.get(question.key)
            value = authored if _fits(question, authored) else None
            answers[question.key] = value if value is not None else _fallback(question, context, spec)
        return answers

    def _generic_answers(self, spec: dict[str, Any], wanted: Any) -> dict[str, Any]:
        """Answers for a plain opgave, only for the questions that are visible given earlier answers."""
        context = {
            "title": spec["title"],
            "what": spec["what"],
            "why": spec["why"],
            "task_leader": spec["task_leader"][0],
        }
        activities = spec["activities"]
        starts = sorted(a[5] for a in activities if a[5])
        ends = sorted(a[6] for a in activities if a[6])
        meeting = date.fromisoformat(spec["meeting"])
        special: dict[str, Any] = {
            "meeting_date": spec["meeting"],
            "meeting_form": "op_locatie",
            "opgave_what": spec["what"],
            "opgave_why_now": spec["why"],
            "opgave_source": ["coalitieakkoord", "begroting"],
            "opgave_domains": [spec["domain"].lower()],
            "approach_overall": Counter(a[1] for a in activities).most_common(1)[0][0],
            "complexity_overall": max(a[4] for a in activities),
            "story_success_date": ends[-1] if ends else None,
            "first_evaluation_date": (meeting + timedelta(days=365)).isoformat(),
            "reporting_rhythm": "kwartaal",
            "risk_political": 3,
        }
        if starts and ends:
            first, last = date.fromisoformat(starts[0]), date.fromisoformat(ends[-1])
            special["duration_months"] = max(1, (last.year - first.year) * 12 + last.month - first.month)
        answers: dict[str, Any] = {}
        for question in self.qs.questions():
            if question.is_structured or question.facilitator_only or not wanted(question):
                continue
            if not _visible(question, answers):
                continue
            value = special.get(question.key)
            answers[question.key] = value if _fits(question, value) else _fallback(question, context, spec)
        return answers


def _activity(
    contract_id: int,
    name: str,
    approach: str,
    reason: str,
    priority: str,
    complexity: int,
    start: str | None,
    end: str | None,
    owner: str,
) -> Activity:
    return Activity(
        contract_id=contract_id,
        name=name,
        approach=approach,
        reason=reason,
        priority=priority,
        complexity=complexity,
        start=_day(start),
        end=_day(end),
        owner=owner,
    )


def _partner(
    contract_id: int, organisation: str, contact: str, involvement: str, regie: bool, scope: str, binding: str
) -> Partner:
    return Partner(
        contract_id=contract_id,
        organisation=organisation,
        contact=contact,
        involvement=involvement,
        holds_regie=regie,
        regie_scope=scope,
        binding=binding,
    )


def _timeline(
    contract_id: int, day: str, kind: str, title: str, description: str, mood: int
) -> TimelineEvent:
    return TimelineEvent(
        contract_id=contract_id,
        event_date=_day(day),
        kind=kind,
        title=title,
        description=description,
        mood=mood,
    )


def _visible(question: Question, answers: dict[str, Any]) -> bool:
    if not question.visible_if.strip():
        return True
    return bool(compile_condition(question.visible_if).evaluate(answers))


def _fits(question: Question, value: Any) -> bool:
    """Whether ``value`` is a valid answer of the question's type (and choices, and range)."""
    if value is None or value == "" or value == []:
        return False
    kind = question.type
    choices = {choice.value for choice in question.choices}
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return isinstance(value, str)
    if kind == QuestionType.SINGLE_CHOICE:
        return value in choices
    if kind == QuestionType.MULTIPLE_CHOICE:
        return isinstance(value, list) and all(item in choices for item in value)
    if kind == QuestionType.DATE:
        try:
            date.fromisoformat(value)
        except (TypeError, ValueError):
            return False
        return True
    if kind in (QuestionType.NUMBER, QuestionType.SCALE):
        if isinstance(value, bool) or not isinstance(value, int | float):
            return False
        low = (
            question.minimum if question.minimum is not None else (1 if kind == QuestionType.SCALE else None)
        )
        high = (
            question.maximum if question.maximum is not None else (5 if kind == QuestionType.SCALE else None)
        )
        return (low is None or value >= low) and (high is None or value <= high)
    return False


def _fallback(question: Question, context: dict[str, str], spec: dict[str, Any]) -> Any:
    """A sensible value of the right type for a question the portfolio has no answer for."""
    kind = question.type
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        template = data.ANSWER_TEMPLATES.get(question.key, data.DEFAULT_ANSWER)
        return template.format(**context)
    if kind == QuestionType.SINGLE_CHOICE:
        return question.choices[0].value if question.choices else None
    if kind == QuestionType.MULTIPLE_CHOICE:
        return [question.choices[0].value] if question.choices else None
    if kind == QuestionType.DATE:
        return spec.get("meeting") or "2025-03-12"
    if kind == QuestionType.SCALE:
        return 3
    if kind == QuestionType.NUMBER:
        low = question.minimum if question.minimum is not None else 0
        high = question.maximum if question.maximum is not None else 12
        return int(min(max(12, low), high))
    return None
