"""Everything the portfolio shows, read from the database in one transaction and a dozen queries.

:func:`load_portfolio` reads only the columns it needs (never a contract's question-set text) for
all opgaven that are not removed, their newest contract version, and the teams with their
available capacity, and returns plain frozen data classes. The figures are computed from these by
:mod:`~koerskaart.portfolio.figures` and :mod:`~koerskaart.portfolio.capacity`, so they can be
tested with hand-made data. What this module must not do: compute figures or import Qt.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlmodel import col

from koerskaart.storage.database import Database
from koerskaart.storage.models import (
    Activity,
    Answer,
    AppSetting,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    Domain,
    Opgave,
    Participant,
    ProgressReport,
    Role,
    Team,
    TeamCapacity,
    TimelineEvent,
    TimelineKind,
)
from koerskaart.storage.setting_keys import MUNICIPALITY_NAME
from koerskaart.storage.summaries import DOMAIN_ANSWER_KEY, domain_names

ANSWER_KEYS = ("complexity_overall", "duration_months", DOMAIN_ANSWER_KEY, "traffic_light_criteria")


@dataclass(frozen=True)
class ActivityFact:
    name: str
    approach: str = ""
    priority: str = "nu"
    complexity: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class CapacityAsk:
    """One capacity request of the newest contract version with its latest confirmation."""

    team: str
    amount: float
    unit: str = "fte"
    period: str = "jaar"
    status: str | None = None  # bevestigd / deels / niet, None when not answered yet
    confirmed_amount: float = 0.0


@dataclass(frozen=True)
class ReportFact:
    period: str
    report_date: date
    light: str
    text: str = ""
    done: str = ""
    next_steps: str = ""
    help_asked: str = ""
    author: str = ""
    id: int = 0


@dataclass(frozen=True)
class Milestone:
    day: date
    title: str


@dataclass(frozen=True)
class OpgaveRecord:
    """One opgave as the portfolio sees it (its newest contract version)."""

    id: int
    title: str
    status: str
    domains: tuple[str, ...] = ()
    alderman: str = ""
    senior_official: str = ""
    task_leader: str = ""
    version: int | None = None
    contract_id: int | None = None
    signed: bool = False
    complexity_answer: float | None = None
    duration_answer: float | None = None
    criteria: str = ""
    activities: tuple[ActivityFact, ...] = ()
    asks: tuple[CapacityAsk, ...] = ()
    reports: tuple[ReportFact, ...] = ()  # oldest first; within a period the newest last
    milestones: tuple[Milestone, ...] = ()  # future timeline events, by date


@dataclass(frozen=True)
class TeamFact:
    id: int
    name: str
    domain: str = ""
    team_leader: str = ""


@dataclass(frozen=True)
class AvailableCapacity:
    team: str
    year: int
    fte: float
    set_by: str = ""
    set_at: datetime | None = None


@dataclass(frozen=True)
class PortfolioData:
    opgaven: tuple[OpgaveRecord, ...]
    teams: tuple[TeamFact, ...] = ()
    available: tuple[AvailableCapacity, ...] = ()
    municipality: str = ""
    _by_id: dict[int, OpgaveRecord] = field(default_factory=dict, compare=False, repr=False)

    def opgave(self, opgave_id: int) -> OpgaveRecord | None:
        if not self._by_id:
            self._by_id.update((o.id, o) for o in self.opgaven)
        return self._by_id.get(opgave_id)

    def available_fte(self, team: str, year: int) -> float | None:
        for item in self.available:
            if item.team == team and item.year == year:
                return item.fte
        return None


def load_portfolio(db: Database) -> PortfolioData:
    """The portfolio as stored now (opgaven sorted by title)."""
    with db.session() as s:

        def rows(query):  # type: ignore[no-untyped-def]  # a local shorthand over Core selects
            return s.execute(query).all()

        domains = dict(rows(select(Domain.id, Domain.name)))
        opgaven = rows(
            select(Opgave.id, Opgave.title, Opgave.status, Opgave.domain_id).where(
                col(Opgave.removed_at).is_(None)
            )
        )
        latest: dict[int, tuple[int, int, bool]] = {}  # opgave id -> (contract id, version, locked)
        for contract_id, opgave_id, version, locked_at in rows(
            select(Contract.id, Contract.opgave_id, Contract.version, Contract.locked_at)
        ):
            if opgave_id not in latest or version > latest[opgave_id][1]:
                latest[opgave_id] = (contract_id, version, locked_at is not None)
        contract_ids = [item[0] for item in latest.values()]

        def of_contracts(*columns):  # type: ignore[no-untyped-def]
            table = columns[0].class_
            return rows(
                select(*columns)
                .where(col(table.contract_id).in_(contract_ids))
                .order_by(table.contract_id, table.position, table.id)
            )

        people: dict[int, dict[str, str]] = {}
        triangle = of_contracts(Participant.contract_id, Participant.role, Participant.name)
        for contract_id, role, name in triangle:
            people.setdefault(contract_id, {}).setdefault(role, name)
        answers: dict[int, dict[str, object]] = {}
        for contract_id, key, value in rows(
            select(Answer.contract_id, Answer.question_key, Answer.value).where(
                col(Answer.contract_id).in_(contract_ids), col(Answer.question_key).in_(ANSWER_KEYS)
            )
        ):
            answers.setdefault(contract_id, {})[key] = json.loads(value)
        activities: dict[int, list[ActivityFact]] = {}
        for contract_id, *values in of_contracts(
            Activity.contract_id,
            Activity.name,
            Activity.approach,
            Activity.priority,
            Activity.complexity,
            Activity.start,
            Activity.end,
        ):
            activities.setdefault(contract_id, []).append(ActivityFact(*values))
        requests = of_contracts(
            CapacityRequest.contract_id,
            CapacityRequest.id,
            CapacityRequest.team_name,
            CapacityRequest.amount,
            CapacityRequest.unit,
            CapacityRequest.period,
        )
        confirmations: dict[int, tuple[str, float]] = {}
        for request_id, status, amount in rows(
            select(
                CapacityConfirmation.request_id,
                CapacityConfirmation.status,
                CapacityConfirmation.confirmed_amount,
            )
            .where(col(CapacityConfirmation.request_id).in_([r[1] for r in requests]))
            .order_by(CapacityConfirmation.confirmed_at, CapacityConfirmation.id)
        ):
            confirmations[request_id] = (status, amount)  # the last one holds
        asks: dict[int, list[CapacityAsk]] = {}
        for contract_id, request_id, team, amount, unit, period in requests:
            status, confirmed = confirmations.get(request_id, (None, 0.0))
            asks.setdefault(contract_id, []).append(
                CapacityAsk(team.strip(), float(amount or 0), unit, period, status, float(confirmed or 0))
            )
        milestones: dict[int, list[Milestone]] = {}
        for contract_id, day, title in rows(
            select(TimelineEvent.contract_id, TimelineEvent.event_date, TimelineEvent.title)
            .where(
                col(TimelineEvent.contract_id).in_(contract_ids),
                TimelineEvent.kind == TimelineKind.FUTURE,
                col(TimelineEvent.event_date).is_not(None),
            )
            .order_by(TimelineEvent.event_date, TimelineEvent.id)
        ):
            milestones.setdefault(contract_id, []).append(Milestone(day, title))
        reports: dict[int, list[ReportFact]] = {}
        for opgave_id, *values in rows(
            select(
                ProgressReport.opgave_id,
                ProgressReport.period,
                ProgressReport.report_date,
                ProgressReport.traffic_light,
                ProgressReport.text,
                ProgressReport.done,
                ProgressReport.next_steps,
                ProgressReport.help_asked,
                ProgressReport.author,
                ProgressReport.id,
            ).order_by(ProgressReport.period, ProgressReport.report_date, ProgressReport.id)
        ):
            reports.setdefault(opgave_id, []).append(ReportFact(*values))
        teams = tuple(
            TeamFact(team_id, name, domains.get(domain_id, ""), leader)
            for team_id, name, domain_id, leader in rows(
                select(Team.id, Team.name, Team.domain_id, Team.team_leader).order_by(Team.name)
            )
        )
        team_names = {team.id: team.name for team in teams}
        available = tuple(
            AvailableCapacity(team_names[team_id], year, float(fte), set_by, set_at)
            for team_id, year, fte, set_by, set_at in rows(
                select(
                    TeamCapacity.team_id,
                    TeamCapacity.year,
                    TeamCapacity.available_fte,
                    TeamCapacity.set_by,
                    TeamCapacity.set_at,
                ).order_by(TeamCapacity.team_id, TeamCapacity.year)
            )
        )
        municipality = s.execute(select(AppSetting.value).where(AppSetting.key == MUNICIPALITY_NAME)).scalar()

    records = []
    for opgave_id, title, status, domain_id in opgaven:
        contract_id, version, signed = latest.get(opgave_id, (None, None, False))
        answer = answers.get(contract_id or -1, {})
        who = people.get(contract_id or -1, {})
        records.append(
            OpgaveRecord(
                id=opgave_id,
                title=title,
                status=status,
                domains=domain_names(domains.get(domain_id), answer.get(DOMAIN_ANSWER_KEY)),
                alderman=who.get(Role.ALDERMAN, ""),
                senior_official=who.get(Role.SENIOR_OFFICIAL, ""),
                task_leader=who.get(Role.TASK_LEADER, ""),
                version=version,
                contract_id=contract_id,
                signed=signed,
                complexity_answer=_number(answer.get("complexity_overall")),
                duration_answer=_number(answer.get("duration_months")),
                criteria=_text(answer.get("traffic_light_criteria")),
                activities=tuple(activities.get(contract_id or -1, ())),
                asks=tuple(asks.get(contract_id or -1, ())),
                reports=tuple(reports.get(opgave_id, ())),
                milestones=tuple(milestones.get(contract_id or -1, ())),
            )
        )
    records.sort(key=lambda record: (record.title.casefold(), record.id))
    return PortfolioData(tuple(records), teams, available, municipality or "")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)
