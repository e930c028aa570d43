"""Capacity sums: what a contract asks of each team, what the team leaders confirmed, and the gap.

Works on the :class:`~koerskaart.conversation.snapshot.CapacityLine` objects of one or more
snapshots, so the capacity step, the review, the PDF and the portfolio overview ("what can we
handle?") all add up the same way. Amounts in different units (fte, hours) or per different
periods (per year, per month) are never added together: every sum is per (unit, period).
The latest confirmation of a request holds; no confirmation, or "cannot confirm", counts as 0.
This module imports no Qt and runs no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from koerskaart.conversation.snapshot import CapacityLine, ContractSnapshot
from koerskaart.storage.models import ConfirmationStatus

NO_TEAM = "(zonder team)"


def _round(value: float) -> float:
    # Sums of fte like 0.1 + 0.2 must read as 0.3 on screen and in the PDF.
    return round(value, 6) + 0.0


@dataclass(frozen=True)
class CapacitySum:
    """Asked and confirmed in one unit and period; ``team`` is empty for a total."""

    unit: str
    period: str
    asked: float
    confirmed: float
    team: str = ""
    requests: int = 0
    unconfirmed: int = 0  # requests without any confirmation yet

    @property
    def gap(self) -> float:
        """Asked minus confirmed; negative when more was confirmed than asked."""
        return _round(self.asked - self.confirmed)

    @property
    def complete(self) -> bool:
        return self.unconfirmed == 0 and self.gap <= 0


@dataclass(frozen=True)
class CapacitySummary:
    teams: tuple[CapacitySum, ...]  # per team, unit and period, in order of first appearance
    totals: tuple[CapacitySum, ...]  # per unit and period

    def total(self, unit: str, period: str | None = None) -> CapacitySum | None:
        """The total for ``unit`` (and ``period``); None when nothing was asked in it."""
        for item in self.totals:
            if item.unit == unit and (period is None or item.period == period):
                return item
        return None

    def team(self, name: str) -> tuple[CapacitySum, ...]:
        return tuple(item for item in self.teams if item.team == name)

    @property
    def has_gap(self) -> bool:
        return any(not item.complete for item in self.totals)


def confirmed_amount(line: CapacityLine) -> float:
    """What the latest confirmation commits to (never negative)."""
    confirmation = line.confirmation
    if confirmation is None or confirmation.status == ConfirmationStatus.NOT_CONFIRMED:
        return 0.0
    return max(0.0, float(confirmation.confirmed_amount or 0.0))


def summarize_lines(lines: Iterable[CapacityLine]) -> CapacitySummary:
    per_team: dict[tuple[str, str, str], list[CapacityLine]] = {}
    for line in lines:
        request = line.request
        team = request.team_name.strip() or NO_TEAM
        per_team.setdefault((team, request.unit, request.period), []).append(line)
    teams = tuple(_sum(group, unit, period, team) for (team, unit, period), group in per_team.items())
    per_unit: dict[tuple[str, str], list[CapacityLine]] = {}
    for (_team, unit, period), group in per_team.items():
        per_unit.setdefault((unit, period), []).extend(group)
    totals = tuple(_sum(group, unit, period) for (unit, period), group in per_unit.items())
    return CapacitySummary(teams, totals)


def summarize(snapshot: ContractSnapshot) -> CapacitySummary:
    return summarize_lines(snapshot.capacity)


def summarize_many(snapshots: Iterable[ContractSnapshot]) -> CapacitySummary:
    """Sums over several contracts (the portfolio's question: what can we handle?)."""
    return summarize_lines(line for snapshot in snapshots for line in snapshot.capacity)


def _sum(lines: list[CapacityLine], unit: str, period: str, team: str = "") -> CapacitySum:
    return CapacitySum(
        unit=unit,
        period=period,
        asked=_round(math.fsum(max(0.0, float(line.request.amount or 0.0)) for line in lines)),
        confirmed=_round(math.fsum(confirmed_amount(line) for line in lines)),
        team=team,
        requests=len(lines),
        unconfirmed=sum(1 for line in lines if line.confirmation is None),
    )
