"""The fingerprint of a contract version: SHA-256 over a canonical JSON of its whole content.

:func:`canonical_content` turns a :class:`~koerskaart.conversation.snapshot.ContractSnapshot` into
bytes that depend only on what the parties agreed to: the opgave title, the contract version and
its reason, the question set (id, version, SHA-256), every answer (key, value, role), all tables
(participants, activities, partners, capacity requests with their full confirmation history,
timeline) and the signatures. Database ids, positions as numbers, revision, current step,
timestamps of bookkeeping, status and facilitator notes are left out, and rows keep their order
by position (ties broken by content), so an export → import copy yields the same fingerprint.

What this module must not do: read the database or change anything. Changing the canonical form
changes every stored fingerprint; bump :data:`CANONICAL_FORMAT` if that is ever needed.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from typing import Any

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.storage.models import STEERING_TRIANGLE

CANONICAL_FORMAT = "koerskaart-vingerafdruk/1"

_ROLE_ORDER = {role.value: index for index, role in enumerate(STEERING_TRIANGLE)}


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def _iso_date(value: date | None) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return _iso_datetime(value)
    return value.isoformat()


def _iso_datetime(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None:  # stored moments are UTC without an offset in SQLite
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat(timespec="microseconds")


def _number(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def _drawing(text: str) -> Any:
    """A drawn signature as data, so whitespace in the stored JSON does not matter."""
    if not text:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text  # kept verbatim: a broken drawing still counts as content


def _ordered(rows: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Rows by position, ties broken by their canonical text; the position itself is dropped."""
    return [row for _, row in sorted(rows, key=lambda item: (item[0], _dump(item[1])))]


def canonical_form(snapshot: ContractSnapshot) -> dict[str, Any]:
    """The content of a contract version as plain JSON-ready data (see the module docstring)."""
    contract = snapshot.contract
    answers = {
        key: {"value": answer.value, "role": answer.role or ""}
        for key, answer in sorted(snapshot.answers.items())
    }
    participants = _ordered(
        [
            (
                p.position,
                {
                    "name": p.name,
                    "function": p.function,
                    "role": p.role,
                    "organisation": p.organisation,
                },
            )
            for p in snapshot.participants
        ]
    )
    activities = _ordered(
        [
            (
                a.position,
                {
                    "name": a.name,
                    "approach": a.approach,
                    "reason": a.reason,
                    "priority": a.priority,
                    "complexity": a.complexity,
                    "start": _iso_date(a.start),
                    "end": _iso_date(a.end),
                    "owner": a.owner,
                },
            )
            for a in snapshot.activities
        ]
    )
    partners = _ordered(
        [
            (
                p.position,
                {
                    "organisation": p.organisation,
                    "contact": p.contact,
                    "involvement": p.involvement,
                    "holds_regie": bool(p.holds_regie),
                    "regie_scope": p.regie_scope,
                    "binding": p.binding,
                },
            )
            for p in snapshot.partners
        ]
    )
    capacity = _ordered(
        [
            (
                line.request.position,
                {
                    "team": line.request.team_name,
                    "amount": _number(line.request.amount),
                    "unit": line.request.unit,
                    "period": line.request.period,
                    "skills": line.request.skills,
                    # The history keeps its order (oldest first): the last entry holds.
                    "confirmations": sorted(
                        (
                            {
                                "status": c.status,
                                "amount": _number(c.confirmed_amount),
                                "remark": c.remark,
                                "by": c.confirmed_by,
                                "at": _iso_datetime(c.confirmed_at),
                            }
                            for c in line.history
                        ),
                        key=lambda c: (c["at"] or "", _dump(c)),
                    ),
                },
            )
            for line in snapshot.capacity
        ]
    )
    timeline = _ordered(
        [
            (
                e.position,
                {
                    "date": _iso_date(e.event_date),
                    "kind": e.kind,
                    "title": e.title,
                    "description": e.description,
                    "mood": e.mood,
                },
            )
            for e in snapshot.timeline
        ]
    )
    signatures = sorted(
        (
            {
                "role": s.role,
                "name": s.name,
                "function": s.function,
                "date": _iso_date(s.signed_on),
                "place": s.place,
                "drawing": _drawing(s.drawing),
            }
            for s in snapshot.signatures
        ),
        key=lambda s: (_ROLE_ORDER.get(s["role"], len(_ROLE_ORDER)), _dump(s)),
    )
    return {
        "format": CANONICAL_FORMAT,
        "opgave": {"title": snapshot.opgave.title},
        "contract": {"version": contract.version, "reason": contract.reason},
        "question_set": {
            "id": contract.question_set_id,
            "version": contract.question_set_version,
            "sha256": contract.question_set_sha256,
        },
        "answers": answers,
        "participants": participants,
        "activities": activities,
        "partners": partners,
        "capacity": capacity,
        "timeline": timeline,
        "signatures": signatures,
    }


def canonical_content(snapshot: ContractSnapshot) -> bytes:
    """The canonical JSON bytes (UTF-8, sorted keys, no spaces) of a contract version."""
    return _dump(canonical_form(snapshot)).encode("utf-8")


def compute_fingerprint(snapshot: ContractSnapshot) -> str:
    """SHA-256 of :func:`canonical_content`, as 64 lowercase hex characters."""
    return hashlib.sha256(canonical_content(snapshot)).hexdigest()


def short_fingerprint(fingerprint: str, *, length: int = 12) -> str:
    """The first ``length`` hex characters in groups of four, e.g. ``3f9a 0c12 7be4``."""
    head = fingerprint[:length]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))
