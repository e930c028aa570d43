"""The fingerprint of a contract version: SHA-256 over a canonical JSON of its content, per scheme.

Every signed version stores the scheme it was fingerprinted with (``contract.fingerprint_scheme``)
and keeps verifying under that scheme. Scheme 2 (:mod:`koerskaart.record.canonical`, used for
every new signature) covers exactly what the printed record shows. Scheme 1, below, was used
before it and is kept unchanged so that old signed versions still verify:
:func:`canonical_form` turns a :class:`~koerskaart.conversation.snapshot.ContractSnapshot` into
bytes that depend only on what the parties agreed to: the opgave title, the contract version and
its reason, the question set (id, version, SHA-256), every answer (key, value, role), all tables
(participants, activities, partners, capacity requests with their full confirmation history,
timeline) and the signatures. Database ids, positions as numbers, revision, current step,
timestamps of bookkeeping, status and facilitator notes are left out, and rows keep their order
by position (ties broken by content), so an export → import copy yields the same fingerprint.

What this module must not do: read the database or change anything. Changing a canonical form
changes every stored fingerprint of that scheme: add a scheme instead.
"""

from __future__ import annotations

import hashlib
from typing import Any

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.record.canonical import FORMAT_V2, CanonicalContext, canonical_form_v2
from koerskaart.record.canonical_parts import drawing, dump, iso_date, iso_datetime, number, ordered
from koerskaart.storage.models import STEERING_TRIANGLE

CANONICAL_FORMAT = "koerskaart-vingerafdruk/1"
SCHEME_FORMATS = {1: CANONICAL_FORMAT, 2: FORMAT_V2}
CURRENT_SCHEME = 2

_ROLE_ORDER = {role.value: index for index, role in enumerate(STEERING_TRIANGLE)}


_dump = dump
_iso_date = iso_date
_iso_datetime = iso_datetime
_number = number
_drawing = drawing
_ordered = ordered


def canonical_form(snapshot: ContractSnapshot) -> dict[str, Any]:
    """Scheme 1: the content of a contract version as plain JSON-ready data (module docstring)."""
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


def canonical_content(
    snapshot: ContractSnapshot, *, scheme: int = 1, context: CanonicalContext | None = None
) -> bytes:
    """The canonical JSON bytes (UTF-8, sorted keys, no spaces) of a contract version.

    Scheme 1 needs only the snapshot; scheme 2 also needs a :class:`CanonicalContext`."""
    if scheme == 1:
        form = canonical_form(snapshot)
    elif scheme == 2:
        if context is None:
            raise ValueError("scheme 2 needs a CanonicalContext")
        form = canonical_form_v2(snapshot, context)
    else:
        raise ValueError(f"unknown fingerprint scheme {scheme}")
    return _dump(form).encode("utf-8")


def fingerprint_of_bytes(content: bytes) -> str:
    """SHA-256 of canonical bytes, as 64 lowercase hex characters."""
    return hashlib.sha256(content).hexdigest()


def compute_fingerprint(
    snapshot: ContractSnapshot, *, scheme: int = 1, context: CanonicalContext | None = None
) -> str:
    """SHA-256 of :func:`canonical_content`, as 64 lowercase hex characters."""
    return fingerprint_of_bytes(canonical_content(snapshot, scheme=scheme, context=context))


def short_fingerprint(fingerprint: str, *, length: int = 12) -> str:
    """The first ``length`` hex characters in groups of four, e.g. ``3f9a 0c12 7be4``."""
    head = fingerprint[:length]
    return " ".join(head[i : i + 4] for i in range(0, len(head), 4))
