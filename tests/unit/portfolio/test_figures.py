"""The facts of each opgave, the filter, missing reports and periods, with exact numbers."""

from __future__ import annotations

from datetime import date

import pytest

from koerskaart.errors import UserFacingError
from koerskaart.portfolio.figures import (
    PortfolioFilter,
    facts_of,
    light_counts,
    light_strip,
    missing_reports,
    portfolio_facts,
)
from koerskaart.portfolio.numbers import fte_per_year, fte_text
from koerskaart.portfolio.periods import (
    current_period,
    months_between,
    months_in_year,
    parse_period,
    recent,
    shift,
)
from tests.unit.portfolio.portfolio_support import PERIOD, TODAY, idee, portfolio, report, verkeer, wonen


def test_periods() -> None:
    assert current_period(date(2026, 12, 4)) == "2026-11"
    assert current_period(date(2026, 1, 31)) == "2025-12"
    assert shift("2026-01", -1) == "2025-12" and shift("2026-12", 1) == "2027-01"
    assert recent("2026-02", 3) == ("2025-12", "2026-01", "2026-02")
    assert months_between(date(2026, 3, 1), date(2026, 5, 31)) == 3
    assert months_in_year(date(2026, 7, 1), date(2027, 12, 31), 2026) == 6
    assert months_in_year(date(2026, 7, 1), date(2027, 12, 31), 2028) == 0
    assert months_in_year(None, None, 2026) == 12
    for wrong in ("2026-13", "november", "2026-1", ""):
        with pytest.raises(UserFacingError, match="geen maand"):
            parse_period(wrong)


def test_hours_become_fte_per_year_and_numbers_read_dutch() -> None:
    assert fte_per_year(78, "uren", "maand") == pytest.approx(0.5)  # 78 h/month = 936 h/year of 1872
    assert fte_per_year(18, "uren", "week") == pytest.approx(0.5)
    assert fte_per_year(936, "uren", "jaar") == pytest.approx(0.5)
    assert fte_per_year(1.2, "fte", "maand") == 1.2
    assert fte_per_year(-3, "fte", "jaar") == 0.0
    assert (
        fte_text(2.3) == "2,3"
        and fte_text(2.0) == "2,0"
        and fte_text(0.125) == "0,12"
        and fte_text(1.71) == "1,71"
    )


def test_facts_of_a_signed_opgave() -> None:
    item = facts_of(verkeer(), period=PERIOD, today=TODAY)
    assert item.light == "oranje" and item.light_period == "2026-11"
    assert item.light_age_days == 4  # filed 30 November, today 4 December
    assert item.reported_current and not item.missing_report
    assert (item.asked_fte, item.confirmed_fte, item.gap_fte) == (2.0, 1.75, 0.25)  # 1.5 + 0.5; 1.5 + 0.25
    assert item.complexity == 4.5  # no answer: the mean of the activities (4 and 5)
    assert (item.start, item.end) == (date(2026, 1, 1), date(2027, 12, 31))
    assert item.duration_months == 24
    assert item.next_milestone is not None and item.next_milestone.title == "Eerste route open"


def test_facts_of_an_opgave_without_a_current_report_or_anything() -> None:
    item = facts_of(wonen(), period=PERIOD, today=TODAY)
    assert item.light == "groen" and item.light_period == "2026-10" and item.light_age_days == 37
    assert item.missing_report
    assert item.complexity == 2.0  # the conversation's answer wins over the activities' mean
    assert item.next_milestone is not None and item.next_milestone.title == "Panden"  # an activity's end
    empty = facts_of(idee(), period=PERIOD, today=TODAY)
    assert (empty.light, empty.light_age_days, empty.complexity, empty.duration_months) == (
        None,
        None,
        None,
        None,
    )
    assert not empty.missing_report  # a concept is not expected to report yet


def test_the_newest_report_of_a_period_holds_and_the_strip_shows_gaps() -> None:
    record = verkeer()
    corrected = type(record)(
        **{**record.__dict__, "reports": (*record.reports, report("2026-10", "oranje", date(2026, 11, 2)))}
    )
    assert light_strip(corrected, ("2026-08", "2026-09", "2026-10", "2026-11")) == (
        None,
        "groen",
        "oranje",
        "oranje",
    )
    assert (
        facts_of(corrected, period=PERIOD, today=TODAY).light == "oranje"
    )  # November still the newest period


def test_missing_reports_counts_and_the_filter() -> None:
    facts = portfolio_facts(portfolio(), period=PERIOD, today=TODAY)
    assert [f.title for f in missing_reports(facts)] == ["Wonen boven winkels"]
    assert light_counts(facts) == {"rood": 0, "oranje": 1, "groen": 1, "geen": 1}
    titles = lambda chosen: [f.title for f in chosen.apply(facts)]  # noqa: E731  (a local shorthand)
    assert titles(PortfolioFilter()) == ["Veilig naar school", "Wonen boven winkels", "Idee: buurtbudget"]
    assert titles(PortfolioFilter(domains=frozenset({"Sociaal"}))) == [
        "Veilig naar school",
        "Idee: buurtbudget",
    ]
    assert titles(PortfolioFilter(alderman="S. El Amrani-Demo")) == ["Wonen boven winkels"]
    assert titles(PortfolioFilter(status="concept")) == ["Idee: buurtbudget"]
    assert titles(PortfolioFilter(light="geen")) == ["Idee: buurtbudget"]
    assert titles(PortfolioFilter(light="oranje", search="school berg")) == ["Veilig naar school"]
    assert titles(PortfolioFilter(search="niets")) == []
    assert not PortfolioFilter().active and PortfolioFilter(search=" x ").active
