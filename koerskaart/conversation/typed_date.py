"""Reading a date the way a Dutch facilitator types it: day first, with or without separators.

``12-3-2025``, ``12-03-2025``, ``12/3/2025``, ``12.3.25``, ``12 3 2025``, ``120325`` and
``12032025`` all read as 12 March 2025; a two-digit year is in this century. :func:`read_date`
returns the date, or why the text is not one: ``INCOMPLETE`` (still being typed or not a date
pattern) or ``IMPOSSIBLE`` (a day that does not exist, such as 30-02-2025), with the day, month
and year that were meant so the screen can say which day does not exist.

What this module must not do: know about widgets or wording. The screen turns the reason into a
sentence in the user's language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import Enum


class Reason(Enum):
    OK = "ok"
    EMPTY = "empty"
    INCOMPLETE = "incomplete"
    IMPOSSIBLE = "impossible"


@dataclass(frozen=True)
class TypedDate:
    reason: Reason
    value: date | None = None
    day: int = 0
    month: int = 0
    year: int = 0


_SEPARATED = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})\s*[-/.\s]\s*(\d{4}|\d{2})$")
_DIGITS = re.compile(r"^(\d{2})(\d{2})(\d{4}|\d{2})$")


def _full_year(text: str) -> int:
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def read_date(text: str) -> TypedDate:
    """What ``text`` says as a date (day, month, year in that order)."""
    text = text.strip()
    if not text:
        return TypedDate(Reason.EMPTY)
    match = _SEPARATED.match(text) or _DIGITS.match(text)
    if match is None:
        return TypedDate(Reason.INCOMPLETE)
    day, month, year = int(match.group(1)), int(match.group(2)), _full_year(match.group(3))
    if year < 1900:
        return TypedDate(Reason.INCOMPLETE, day=day, month=month, year=year)
    try:
        return TypedDate(Reason.OK, date(year, month, day), day, month, year)
    except ValueError:
        return TypedDate(Reason.IMPOSSIBLE, day=day, month=month, year=year)


def typed_text(value: date) -> str:
    """How a date is written back into the field: ``12-03-2025``, as every table cell shows it."""
    return value.strftime("%d-%m-%Y")
