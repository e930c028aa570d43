"""The lock on signed contract versions, enforced by the data layer itself.

Two guards refuse any change to the content of a locked (signed) contract version:

* :func:`refuse_locked_writes`, a SQLAlchemy ``before_flush`` listener on every ORM session,
  raises :class:`~koerskaart.errors.ContractLocked` before SQL is sent;
* database triggers (migrations ``0002_lock_triggers`` and ``0004_signed_opgave_kept``: SQLite
  triggers, or PL/pgSQL on a PostgreSQL server) abort the same writes for every client of the
  database, including Core updates, the ``sqlite3`` shell and ``psql``; :func:`is_lock_violation`
  lets :class:`~koerskaart.storage.database.Database` translate their error into ``ContractLocked``.

Content means: answers, participants, activities, partners, capacity requests and their
confirmations, timeline events, signatures, the contract's own defining fields and the title of
its opgave, which cannot be deleted either. Still allowed on a locked version: ``current_step``
(where the talk reopens), ``updated_at``, ``status`` moving to "getekend" or "herzien", and
facilitator notes. A contract is locked by the flush that sets its ``locked_at``; whatever that
same flush writes is still allowed, so the third signature and the lock land in one
transaction. An importer must therefore write a signed version's rows first and set
``locked_at`` last.

This module decides nothing about *when* to lock (see ``koerskaart.record.signing``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import event, inspect, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from koerskaart.errors import ContractLocked
from koerskaart.storage.models import (
    Activity,
    Answer,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    Opgave,
    Participant,
    Partner,
    Signature,
    TimelineEvent,
)

# The marker in the triggers' RAISE(ABORT, ...) message; see migration 0002_lock_triggers.
TRIGGER_MARKER = "koerskaart: contract locked"

CONTENT_TABLES: tuple[type[Any], ...] = (
    Answer,
    Participant,
    Activity,
    Partner,
    CapacityRequest,
    TimelineEvent,
    Signature,
)
# Contract fields that may still change on a locked version.
CONTRACT_FREE_FIELDS = frozenset({"current_step", "updated_at", "status"})
STATUSES_ALLOWED_WHEN_LOCKED = frozenset({"getekend", "herzien"})

LOCKED_MESSAGE = (
    "Deze versie is door alle drie ondertekend en ligt vast; niets ervan kan nog veranderen. "
    "Maak een nieuwe versie (hercontracteren) om iets aan te passen."
)


def locked_error(version: int | None = None) -> ContractLocked:
    if version is None:
        return ContractLocked(LOCKED_MESSAGE)
    return ContractLocked(
        f"Versie {version} is door alle drie ondertekend en ligt vast; niets ervan kan nog "
        "veranderen. Maak een nieuwe versie (hercontracteren) om iets aan te passen."
    )


def is_lock_violation(exc: BaseException) -> bool:
    """True when a database error comes from one of the lock triggers."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return TRIGGER_MARKER in str(original)


def _changed(obj: Any) -> dict[str, tuple[Any, Any]]:
    """attribute → (committed value, new value) for the columns changed on ``obj``."""
    state = inspect(obj)
    changes: dict[str, tuple[Any, Any]] = {}
    for attr in state.mapper.column_attrs:
        history = state.attrs[attr.key].history
        if history.has_changes():
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            changes[attr.key] = (old, new)
    return changes


def _committed(obj: Any, key: str) -> Any:
    history = inspect(obj).attrs[key].history
    if history.deleted:
        return history.deleted[0]
    if history.unchanged:
        return history.unchanged[0]
    return getattr(obj, key)


def refuse_locked_writes(session: Session, _context: Any, _instances: Iterable[Any] | None) -> None:
    """``before_flush``: raise ContractLocked for any content write to a locked contract version."""
    contract_ids: set[int] = set()
    request_ids: set[int] = set()
    renamed_opgaven: set[int] = set()

    # ``session.new`` and ``session.dirty`` build a new set on every access: take each once, so a
    # flush of n objects costs n, not n² (an import of 100,000 rows took 23 minutes).
    new, dirty, deleted = session.new, session.dirty, session.deleted
    for obj in [*new, *dirty, *deleted]:
        is_new = obj in new
        if obj in dirty and not session.is_modified(obj, include_collections=False):
            continue
        if isinstance(obj, CONTENT_TABLES):
            contract_ids.add(obj.contract_id)
            if not is_new:
                contract_ids.add(_committed(obj, "contract_id"))
        elif isinstance(obj, CapacityConfirmation):
            request_ids.add(obj.request_id)
            if not is_new:
                request_ids.add(_committed(obj, "request_id"))
        elif isinstance(obj, Contract) and not is_new:
            if _committed(obj, "locked_at") is None:
                continue
            if obj in deleted:
                raise locked_error(_committed(obj, "version"))
            for key, (_old, new) in _changed(obj).items():
                if key == "status" and new in STATUSES_ALLOWED_WHEN_LOCKED:
                    continue
                if key not in CONTRACT_FREE_FIELDS or key == "status":
                    raise locked_error(_committed(obj, "version"))
        elif isinstance(obj, Opgave) and not is_new:
            # A signed record names its opgave: it keeps its title and is never deleted.
            if obj in deleted or "title" in _changed(obj):
                renamed_opgaven.add(obj.id)

    checks = (
        ("SELECT version FROM contract WHERE id IN ({}) AND locked_at IS NOT NULL", contract_ids),
        (
            "SELECT c.version FROM capacityrequest r JOIN contract c ON c.id = r.contract_id "
            "WHERE r.id IN ({}) AND c.locked_at IS NOT NULL",
            request_ids,
        ),
        ("SELECT version FROM contract WHERE opgave_id IN ({}) AND locked_at IS NOT NULL", renamed_opgaven),
    )
    for sql, ids in checks:
        ids.discard(None)  # type: ignore[arg-type]
        if not ids:
            continue
        # Plain SQL on the flush's own connection: this runs on every save while typing. The
        # parameter style differs per driver (SQLite "?", psycopg "%s"): let SQLAlchemy bind.
        marks = ", ".join(f":id{n}" for n in range(len(ids)))
        statement = text(f"{sql.format(marks)} LIMIT 1")
        row = (
            session.connection().execute(statement, {f"id{n}": value for n, value in enumerate(ids)}).first()
        )
        if row is not None:
            raise locked_error(row[0])


def install() -> None:
    """Register the listener on every ORM session, once."""
    if not event.contains(Session, "before_flush", refuse_locked_writes):
        event.listen(Session, "before_flush", refuse_locked_writes)
