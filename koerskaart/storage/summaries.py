"""The list of opgaven (start window, ``koerskaart list``) as one SQL query, without the ORM.

:data:`LIST_SQL` is the one definition of that list: :meth:`Repository.list_opgaven` runs it
through its session, and :func:`koerskaart.storage.quick_read.read_opgaven` runs it through the
standard ``sqlite3`` module on an up-to-date file, so the start window and ``list`` show the
list before SQLAlchemy is imported (that import costs more than the whole rest of a cold start).
The SQL is plain and portable (no parameters, no SQLite-only functions). This module imports
nothing heavy and never writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

TASK_LEADER_ROLE = "opdrachtnemer"  # Role.TASK_LEADER, repeated here to keep models unimported
# The conversation's question naming the domains an opgave touches, and the names of its choices
# as lists show them (the portfolio uses the same).
DOMAIN_ANSWER_KEY = "opgave_domains"
DOMAIN_CHOICES = {"fysiek": "Fysiek", "sociaal": "Sociaal", "bedrijfsvoering": "Bedrijfsvoering"}

_LATEST = "SELECT opgave_id, MAX(version) AS version FROM contract GROUP BY opgave_id"
_FIRST_TASK_LEADER = (
    "SELECT p.name FROM participant p WHERE p.contract_id = c.id"
    f" AND p.role = '{TASK_LEADER_ROLE}' ORDER BY p.position, p.id LIMIT 1"
)
_DOMAINS_ANSWER = (
    f"SELECT a.value FROM answer a WHERE a.contract_id = c.id AND a.question_key = '{DOMAIN_ANSWER_KEY}'"
)
_SELECT = (
    "SELECT o.id, o.title, o.status, o.updated_at, c.id, c.version, c.updated_at, d.name,"
    f" ({_FIRST_TASK_LEADER}), ({_DOMAINS_ANSWER})"
    f" FROM opgave o LEFT OUTER JOIN ({_LATEST}) latest ON latest.opgave_id = o.id"
    " LEFT OUTER JOIN contract c ON c.opgave_id = o.id AND c.version = latest.version"
    " LEFT OUTER JOIN domain d ON d.id = o.domain_id"
)
_ORDER = " ORDER BY o.title, o.id"


def list_sql(*, include_removed: bool = False) -> str:
    where = "" if include_removed else " WHERE o.removed_at IS NULL"
    return _SELECT + where + _ORDER


SETTING_SQL = 'SELECT value, blob FROM appsetting WHERE "key" = ?'  # sqlite3's parameter style


@dataclass(frozen=True)
class OpgaveSummary:
    """One line of the start window and of ``koerskaart list``."""

    id: int
    title: str
    status: str
    latest_version: int | None
    latest_contract_id: int | None
    updated_at: datetime
    task_leader: str
    domain: str


def domain_names(main: str | None, answered: object) -> tuple[str, ...]:
    """The opgave's own domain first, then the other domains the conversation named."""
    names = [main] if main else []
    if isinstance(answered, list):
        for value in answered:
            name = DOMAIN_CHOICES.get(value, value) if isinstance(value, str) else None
            if name and name not in names:
                names.append(name)
    return tuple(names)


def _answer_value(text: Any) -> object:
    """A stored answer's JSON text as its value; anything unreadable counts as no answer."""
    try:
        return json.loads(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _moment(value: Any) -> datetime:
    """A stored moment: SQLite gives text, other databases a datetime already."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


def summaries(rows: Iterable[Sequence[Any]]) -> list[OpgaveSummary]:
    """The summaries of the rows :func:`list_sql` returns, in its order."""
    result = []
    for (
        opgave_id,
        title,
        status,
        updated,
        contract_id,
        version,
        contract_updated,
        domain,
        leader,
        domains,
    ) in rows:
        moment = _moment(updated)
        if contract_updated is not None and _moment(contract_updated) > moment:
            moment = _moment(contract_updated)
        result.append(
            OpgaveSummary(
                id=int(opgave_id),
                title=title,
                status=status,
                latest_version=version,
                latest_contract_id=contract_id,
                updated_at=moment,
                task_leader=leader or "",
                domain=", ".join(domain_names(domain, _answer_value(domains))),
            )
        )
    return result
