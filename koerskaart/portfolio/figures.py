"""The facts of each opgave in the portfolio and the filter that every view shares.

Pure functions over :class:`~koerskaart.portfolio.data.PortfolioData`: the latest traffic light
and its age, whether the current period is reported, capacity asked / confirmed / gap (fte per
year), complexity (the conversation's answer, else the activities' mean), the span and duration
from the activities' dates (else the answered duration), and the next milestone. An opgave is
expected to report from the moment its conversation has started (every status but concept).
No Qt, no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from koerskaart.portfolio.data import Milestone, OpgaveRecord, PortfolioData, ReportFact
from koerskaart.portfolio.numbers import fte_per_year, rounded
from koerskaart.portfolio.periods import months_between
from koerskaart.storage.models import ConfirmationStatus, OpgaveStatus

NO_LIGHT = "geen"  # the light filter's value for "no report at all"
LIGHT_ORDER = ("rood", "oranje", "groen", NO_LIGHT)


@dataclass(frozen=True)
class OpgaveFacts:
    record: OpgaveRecord
    light: str | None  # the newest report's light
    light_period: str | None
    light_age_days: int | None  # days since that report was filed
    reported_current: bool  # a report exists for the current period
    expects_report: bool
    asked_fte: float
    confirmed_fte: float
    complexity: float | None
    start: date | None
    end: date | None
    duration_months: float | None
    next_milestone: Milestone | None

    @property
    def id(self) -> int:
        return self.record.id

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def gap_fte(self) -> float:
        return rounded(self.asked_fte - self.confirmed_fte)

    @property
    def missing_report(self) -> bool:
        return self.expects_report and not self.reported_current

    @property
    def latest_report(self) -> ReportFact | None:
        return self.record.reports[-1] if self.record.reports else None


def latest_reports(record: OpgaveRecord) -> dict[str, ReportFact]:
    """period → the report that holds for it (the newest filed)."""
    result: dict[str, ReportFact] = {}
    for report in record.reports:  # oldest first, so the newest of a period wins
        result[report.period] = report
    return result


def light_strip(record: OpgaveRecord, periods: Iterable[str]) -> tuple[str | None, ...]:
    """The light of each period (None where nothing was reported): the history strip."""
    held = latest_reports(record)
    return tuple(held[p].light if p in held else None for p in periods)


def asked_confirmed(record: OpgaveRecord) -> tuple[float, float]:
    """fte per year asked and confirmed over all teams (the latest confirmation holds)."""
    asked = math.fsum(fte_per_year(a.amount, a.unit, a.period) for a in record.asks)
    confirmed = math.fsum(
        fte_per_year(a.confirmed_amount, a.unit, a.period)
        for a in record.asks
        if a.status in (ConfirmationStatus.CONFIRMED, ConfirmationStatus.PARTLY)
    )
    return rounded(asked), rounded(confirmed)


def complexity_of(record: OpgaveRecord) -> float | None:
    if record.complexity_answer is not None:
        return record.complexity_answer
    values = [a.complexity for a in record.activities if a.complexity is not None]
    return round(math.fsum(values) / len(values), 1) if values else None


def span_of(record: OpgaveRecord) -> tuple[date | None, date | None]:
    starts = [a.start for a in record.activities if a.start is not None]
    ends = [a.end for a in record.activities if a.end is not None]
    return (min(starts) if starts else None, max(ends) if ends else None)


def facts_of(record: OpgaveRecord, *, period: str, today: date) -> OpgaveFacts:
    latest = record.reports[-1] if record.reports else None
    # The newest period holds, not the newest filing of an older period.
    if record.reports:
        latest = max(record.reports, key=lambda r: (r.period, r.report_date, r.id))
    start, end = span_of(record)
    if start is not None and end is not None and end >= start:
        duration: float | None = float(months_between(start, end))
    else:
        duration = record.duration_answer
    asked, confirmed = asked_confirmed(record)
    upcoming = [m for m in record.milestones if m.day >= today]
    if not upcoming:
        upcoming = sorted(
            (Milestone(a.end, a.name) for a in record.activities if a.end is not None and a.end >= today),
            key=lambda m: m.day,
        )
    return OpgaveFacts(
        record=record,
        light=latest.light if latest else None,
        light_period=latest.period if latest else None,
        light_age_days=(today - latest.report_date).days if latest else None,
        reported_current=any(r.period == period for r in record.reports),
        expects_report=record.status != OpgaveStatus.CONCEPT,
        asked_fte=asked,
        confirmed_fte=confirmed,
        complexity=complexity_of(record),
        start=start,
        end=end,
        duration_months=duration,
        next_milestone=upcoming[0] if upcoming else None,
    )


def portfolio_facts(data: PortfolioData, *, period: str, today: date) -> tuple[OpgaveFacts, ...]:
    return tuple(facts_of(record, period=period, today=today) for record in data.opgaven)


def missing_reports(facts: Iterable[OpgaveFacts]) -> tuple[OpgaveFacts, ...]:
    """ "Sta je er niet op, dan bestaat het niet": who has not reported over the current period."""
    return tuple(f for f in facts if f.missing_report)


def light_counts(facts: Iterable[OpgaveFacts]) -> dict[str, int]:
    counts = dict.fromkeys(LIGHT_ORDER, 0)
    for item in facts:
        counts[item.light or NO_LIGHT] += 1
    return counts


@dataclass(frozen=True)
class PortfolioFilter:
    """The one filter of the portfolio window: every view shows what passes it."""

    domains: frozenset[str] = field(default_factory=frozenset)  # empty: every domain
    alderman: str = ""
    status: str = ""
    light: str = ""  # groen / oranje / rood / geen, empty: every light
    search: str = ""

    def accepts(self, item: OpgaveFacts) -> bool:
        record = item.record
        if self.domains and not self.domains & set(record.domains):
            return False
        if self.alderman and record.alderman != self.alderman:
            return False
        if self.status and record.status != self.status:
            return False
        if self.light and (item.light or NO_LIGHT) != self.light:
            return False
        words = self.search.casefold().split()
        if words:
            haystack = " ".join(
                (record.title, record.alderman, record.senior_official, record.task_leader, *record.domains)
            ).casefold()
            return all(word in haystack for word in words)
        return True

    def apply(self, facts: Iterable[OpgaveFacts]) -> tuple[OpgaveFacts, ...]:
        return tuple(item for item in facts if self.accepts(item))

    @property
    def active(self) -> bool:
        return bool(self.domains or self.alderman or self.status or self.light or self.search.strip())
