"""The small conversions every canonical form shares: JSON text, dates, moments, numbers, drawings.

Kept apart so that scheme 1 (``record/fingerprint.py``) and scheme 2 (``record/canonical.py``)
write a date or a drawing exactly the same way. What this module must not do: change output for
a value that was already fingerprinted (a signed record would stop verifying).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any


def dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def iso_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # stored moments are UTC without an offset in SQLite
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def iso_date(value: date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return iso_datetime(value)
    return value.isoformat()


def number(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def drawing(text: str) -> Any:
    """A drawn signature as data, so whitespace in the stored JSON does not matter."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text  # kept verbatim: a broken drawing still counts as content


def ordered(rows: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Rows by position, ties broken by their canonical text; the position itself is dropped."""
    return [row for _, row in sorted(rows, key=lambda item: (item[0], dump(item[1])))]
