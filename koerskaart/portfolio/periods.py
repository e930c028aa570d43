"""Reporting periods: a month written as "YYYY-MM", and which one a portfolio meeting is about.

The monthly report over a month is filed at its end or in the first days after it, so the period
a meeting discusses (the *current* period) is the month before today. Only text and dates here.
"""

from __future__ import annotations

import re
from datetime import date

from koerskaart.errors import UserFacingError

_PERIOD = re.compile(r"^(\d{4})-(\d{2})$")
MONTHS_NL = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def parse_period(text: str) -> tuple[int, int]:
    """(year, month) of "YYYY-MM"; a Dutch message otherwise."""
    match = _PERIOD.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12 or not 2000 <= int(match.group(1)) <= 2100:
        raise UserFacingError(
            f"De periode '{text}' is geen maand; schrijf haar als jaar-maand, bijvoorbeeld 2026-11."
        )
    return int(match.group(1)), int(match.group(2))


def shift(period: str, months: int) -> str:
    year, month = parse_period(period)
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def current_period(today: date) -> str:
    """The month a meeting on ``today`` discusses: the previous one."""
    return shift(period_of(today), -1)


def recent(period: str, count: int) -> tuple[str, ...]:
    """The ``count`` months up to and including ``period``, oldest first."""
    return tuple(shift(period, -offset) for offset in range(count - 1, -1, -1))


def period_label(period: str) -> str:
    """ "2026-11" → "november 2026"."""
    year, month = parse_period(period)
    return f"{MONTHS_NL[month - 1]} {year}"


def months_between(start: date, end: date) -> int:
    """Whole months from ``start`` to ``end`` counting both months (1 March – 31 May: 3)."""
    return max(1, (end.year - start.year) * 12 + end.month - start.month + 1)


def months_in_year(start: date | None, end: date | None, year: int) -> int:
    """How many months of ``year`` lie within start–end (an open side runs on without end)."""
    first = 1 if start is None or start.year < year else (start.month if start.year == year else 13)
    last = 12 if end is None or end.year > year else (end.month if end.year == year else 0)
    return max(0, last - first + 1)
