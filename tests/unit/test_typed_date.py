"""Dates read the way they are typed in the Netherlands."""

from __future__ import annotations

from datetime import date

import pytest

from koerskaart.conversation.typed_date import Reason, read_date, typed_text


@pytest.mark.parametrize(
    "text",
    ["12-3-2025", "12-03-2025", "120325", "12032025", "12/3/2025", "12.3.25", " 12 3 2025 ", "12-3-25"],
)
def test_every_usual_way_of_typing_gives_12_march_2025(text: str) -> None:
    typed = read_date(text)
    assert typed.reason is Reason.OK
    assert typed.value == date(2025, 3, 12)


@pytest.mark.parametrize("text", ["30-02-2025", "31-4-2025", "29022025", "12-13-2025", "0-3-2025"])
def test_a_day_that_does_not_exist_is_named(text: str) -> None:
    typed = read_date(text)
    assert typed.reason is Reason.IMPOSSIBLE
    assert typed.value is None
    assert typed.day in (30, 31, 29, 12, 0)


def test_29_february_in_a_leap_year_exists() -> None:
    assert read_date("29-2-2028").value == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["12", "1203", "12-3", "morgen", "12-3-202", "1-1-1850"])
def test_unfinished_or_other_text_is_not_a_date_yet(text: str) -> None:
    assert read_date(text).reason is Reason.INCOMPLETE


def test_empty_is_no_date() -> None:
    assert read_date("   ").reason is Reason.EMPTY


def test_the_field_shows_the_date_as_the_tables_do() -> None:
    assert typed_text(date(2025, 3, 12)) == "12-03-2025"
    assert read_date(typed_text(date(2026, 12, 1))).value == date(2026, 12, 1)
