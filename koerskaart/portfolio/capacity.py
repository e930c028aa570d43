"""What can we handle: per team and calendar year, capacity available, asked, confirmed and the gap.

An opgave asks a team an amount (fte per year, hours converted by :mod:`numbers`) for the months
its activities run; in a year it counts for the share of months it runs in that year (an opgave
without dates counts the whole year). *Available* is what the team leader entered for the year.
A team is over-committed when more is confirmed than is available. The what-if "later" takes an
opgave's asks out of the year, as if its priority moved to later, to show what that frees.
No Qt, no SQL.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from koerskaart.portfolio.data import PortfolioData
from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.numbers import fte_per_year, fte_text, rounded
from koerskaart.portfolio.periods import months_in_year
from koerskaart.storage.models import ConfirmationStatus

OVERCOMMITTED = "{team}: {confirmed} fte toegezegd van {available} beschikbaar"
OVERASKED = "{team}: {asked} fte gevraagd van {available} beschikbaar"


@dataclass(frozen=True)
class TeamShare:
    """What one opgave asks of a team in the year."""

    opgave_id: int
    title: str
    asked: float
    confirmed: float
    later: bool = False  # taken out by the what-if


@dataclass(frozen=True)
class TeamYear:
    team: str
    year: int
    available: float | None  # None: the team leader has not entered it
    asked: float
    confirmed: float
    shares: tuple[TeamShare, ...] = ()

    @property
    def gap(self) -> float:
        """Asked but not confirmed."""
        return rounded(self.asked - self.confirmed)

    @property
    def free(self) -> float | None:
        """Available minus confirmed; negative when over-committed."""
        return None if self.available is None else rounded(self.available - self.confirmed)

    @property
    def overcommitted(self) -> bool:
        return self.available is not None and self.confirmed > self.available + 1e-9

    @property
    def overasked(self) -> bool:
        return self.available is not None and self.asked > self.available + 1e-9

    def sentence(self, template: str = OVERCOMMITTED, decimal: str = ",") -> str:
        """The figures in words, e.g. "Team Verkeer: 2,3 fte toegezegd van 2,0 beschikbaar"."""
        return template.format(
            team=self.team,
            confirmed=fte_text(self.confirmed, decimal),
            asked=fte_text(self.asked, decimal),
            available=fte_text(self.available or 0.0, decimal),
        )


def team_years(
    data: PortfolioData,
    facts: Iterable[OpgaveFacts],
    year: int,
    *,
    later: Collection[int] = (),
) -> tuple[TeamYear, ...]:
    """Every team that has capacity or is asked for something in ``year``, by name."""
    shares: dict[str, list[TeamShare]] = {team.name: [] for team in data.teams}
    for item in facts:
        months = months_in_year(item.start, item.end, year)
        if months == 0:
            continue
        part = months / 12
        per_team: dict[str, tuple[float, float]] = {}
        for ask in item.record.asks:
            team = ask.team or "(zonder team)"
            asked = fte_per_year(ask.amount, ask.unit, ask.period) * part
            confirmed = 0.0
            if ask.status in (ConfirmationStatus.CONFIRMED, ConfirmationStatus.PARTLY):
                confirmed = fte_per_year(ask.confirmed_amount, ask.unit, ask.period) * part
            old = per_team.get(team, (0.0, 0.0))
            per_team[team] = (old[0] + asked, old[1] + confirmed)
        for team, (asked, confirmed) in per_team.items():
            shares.setdefault(team, []).append(
                TeamShare(item.id, item.title, rounded(asked), rounded(confirmed), item.id in later)
            )
    result = []
    for team, team_shares in sorted(shares.items(), key=lambda pair: pair[0].casefold()):
        available = data.available_fte(team, year)
        counted = [share for share in team_shares if not share.later]
        if not team_shares and available is None:
            continue
        result.append(
            TeamYear(
                team=team,
                year=year,
                available=available,
                asked=rounded(math.fsum(share.asked for share in counted)),
                confirmed=rounded(math.fsum(share.confirmed for share in counted)),
                shares=tuple(sorted(team_shares, key=lambda share: (-share.asked, share.title.casefold()))),
            )
        )
    return tuple(result)


def overcommitted(teams: Iterable[TeamYear]) -> tuple[TeamYear, ...]:
    return tuple(team for team in teams if team.overcommitted)


def years_of(facts: Iterable[OpgaveFacts], around: int) -> tuple[int, ...]:
    """The years worth choosing in the capacity view: those the opgaven run in, and ``around``."""
    years = {around}
    for item in facts:
        if item.start and item.end and item.end.year - item.start.year < 20:
            years.update(range(item.start.year, item.end.year + 1))
    return tuple(sorted(years))
