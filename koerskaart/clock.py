"""The single source of "now", passed in so that tests can freeze time.

Timestamps are aware UTC datetimes (SQLModel's ``UTCDateTime`` refuses naive ones); the UI
converts them to local time for display with :func:`to_local`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def utcnow() -> datetime:
    """Now as an aware UTC datetime, the form stored in the database."""
    return datetime.now(UTC)


def to_local(moment: datetime) -> datetime:
    """A stored moment as an aware local datetime, for display."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()
