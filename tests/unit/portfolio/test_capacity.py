"""What can we handle: capacity per team and year, over-commitment in words, the what-if."""

from __future__ import annotations

from koerskaart.portfolio.capacity import overcommitted, team_years, years_of
from koerskaart.portfolio.figures import portfolio_facts
from tests.unit.portfolio.portfolio_support import PERIOD, TODAY, portfolio


def _by_team(year: int, later=()):  # type: ignore[no-untyped-def]
    data = portfolio()
    facts = portfolio_facts(data, period=PERIOD, today=TODAY)
    return {team.team: team for team in team_years(data, facts, year, later=later)}


def test_per_team_in_2026_with_the_opgaven_behind_the_numbers() -> None:
    teams = _by_team(2026)
    verkeer = teams["Team Verkeer"]
    # Veilig naar school runs all of 2026: 1.5 asked and confirmed. Wonen boven winkels runs six
    # months of 2026: half of 1.6 asked (0.8) and half of 0.8 confirmed (0.4).
    assert (verkeer.available, verkeer.asked, verkeer.confirmed, verkeer.gap, verkeer.free) == (
        2.0,
        2.3,
        1.9,
        0.4,
        0.1,
    )
    assert [(s.title, s.asked, s.confirmed) for s in verkeer.shares] == [
        ("Veilig naar school", 1.5, 1.5),
        ("Wonen boven winkels", 0.8, 0.4),
    ]
    assert verkeer.overasked and not verkeer.overcommitted
    assert verkeer.sentence("{team}: {asked} fte gevraagd van {available} beschikbaar") == (
        "Team Verkeer: 2,3 fte gevraagd van 2,0 beschikbaar"
    )
    wijk = teams["Team Wijk"]
    assert (wijk.asked, wijk.confirmed, wijk.available) == (0.5, 0.25, 1.0)


def test_over_commitment_is_said_in_words() -> None:
    data = portfolio()
    data = type(data)(data.opgaven, data.teams, (data.available[0].__class__("Team Verkeer", 2026, 1.5),))
    facts = portfolio_facts(data, period=PERIOD, today=TODAY)
    teams = team_years(data, facts, 2026)
    [team] = overcommitted(teams)
    assert team.sentence() == "Team Verkeer: 1,9 fte toegezegd van 1,5 beschikbaar"
    assert team.free == -0.4
    wijk = next(t for t in teams if t.team == "Team Wijk")
    assert wijk.available is None and wijk.free is None and not wijk.overcommitted


def test_what_if_later_frees_the_capacity_of_that_opgave() -> None:
    teams = _by_team(2026, later={2})
    verkeer = teams["Team Verkeer"]
    assert (verkeer.asked, verkeer.confirmed, verkeer.free) == (1.5, 1.5, 0.5)
    assert [share.later for share in verkeer.shares] == [False, True]  # still listed, marked later
    assert not verkeer.overasked


def test_years_and_a_year_without_the_opgave() -> None:
    facts = portfolio_facts(portfolio(), period=PERIOD, today=TODAY)
    assert years_of(facts, 2026) == (2026, 2027)
    teams = _by_team(2027)
    assert (teams["Team Verkeer"].asked, teams["Team Verkeer"].confirmed) == (
        1.5,
        1.5,
    )  # only Fietsroutes runs
    assert teams["Team Verkeer"].available is None
