"""The canonical content of a signed record, scheme 2: exactly what the contracteringsformat shows.

:func:`canonical_form_v2` lists what the printed record holds and nothing else: the
municipality (as recorded when the version was locked), the opgave's title and description,
the version, its reason and its predecessor's fingerprint, the moment it was locked, the
question set's id, version and SHA-256, the answer to every printed question (see
:mod:`koerskaart.record.printed`; facilitator-only and hidden questions are left out, and so are
facilitator notes, which a snapshot never holds), every printed table row and every signature
with its name, role, function, date, place, drawn strokes and the moment it was given. Database
ids, positions as numbers and bookkeeping timestamps are left out, so an export → import copy
keeps its fingerprint. The bytes are compact UTF-8 JSON with sorted keys; the same bytes are
embedded in the PDF, so anyone can recompute the fingerprint from the PDF alone.

What this module must not do: read the database, or change once records are signed with it (a
new canonical form is a new scheme in :mod:`koerskaart.record.fingerprint`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import QuestionSet, QuestionType
from koerskaart.record.canonical_parts import drawing, dump, iso_date, iso_datetime, number, ordered
from koerskaart.record.printed import printed_questions
from koerskaart.storage.models import STEERING_TRIANGLE

FORMAT_V2 = "koerskaart-vingerafdruk/2"

_ROLE_ORDER = {role.value: index for index, role in enumerate(STEERING_TRIANGLE)}


@dataclass(frozen=True)
class CanonicalContext:
    """What scheme 2 needs beside the snapshot.

    ``locked_at`` overrides the snapshot's (signing computes the fingerprint just before it
    stores the lock moment)."""

    question_set: QuestionSet
    municipality: str = ""
    description: str = ""
    predecessor_fingerprint: str = ""
    locked_at: datetime | None = None


def canonical_form_v2(snapshot: ContractSnapshot, context: CanonicalContext) -> dict[str, Any]:
    contract = snapshot.contract
    printed = printed_questions(context.question_set, snapshot)
    kinds = {q.type for q in printed if q.is_structured}
    answers = {q.key: snapshot.value(q.key) for q in printed if not q.is_structured}
    form: dict[str, Any] = {
        "format": FORMAT_V2,
        "municipality": context.municipality,
        "opgave": {"title": snapshot.opgave.title, "description": context.description},
        "contract": {
            "version": contract.version,
            "reason": contract.reason,
            "predecessor_fingerprint": context.predecessor_fingerprint,
            "locked_at": iso_datetime(context.locked_at or contract.locked_at),
        },
        "question_set": {
            "id": contract.question_set_id,
            "version": contract.question_set_version,
            "sha256": contract.question_set_sha256,
        },
        "answers": answers,
        # The people at the table are always printed (in the triangle and "Verder aan tafel").
        "participants": ordered(
            [
                (
                    p.position,
                    {"name": p.name, "function": p.function, "role": p.role, "organisation": p.organisation},
                )
                for p in snapshot.participants
                if p.name.strip() or p.function.strip()
            ]
        ),
        "activities": [],
        "partners": [],
        "capacity": [],
        "timeline": [],
        "signatures": _signatures(snapshot),
    }
    if kinds & {QuestionType.ACTIVITIES, QuestionType.PRIORITIES}:
        form["activities"] = ordered(
            [
                (
                    a.position,
                    {
                        "name": a.name,
                        "approach": a.approach,
                        "reason": a.reason,
                        "priority": a.priority,
                        "complexity": a.complexity,
                        "start": iso_date(a.start),
                        "end": iso_date(a.end),
                        "owner": a.owner,
                    },
                )
                for a in snapshot.activities
                if a.name.strip() or a.reason.strip()
            ]
        )
    if QuestionType.PARTNERS in kinds:
        form["partners"] = ordered(
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
                if p.organisation.strip() or p.contact.strip()
            ]
        )
    if QuestionType.CAPACITY in kinds:
        form["capacity"] = ordered(
            [
                (
                    line.request.position,
                    {
                        "team": line.request.team_name,
                        "amount": number(line.request.amount),
                        "unit": line.request.unit,
                        "period": line.request.period,
                        "skills": line.request.skills,
                        "confirmation": _confirmation(line.confirmation),
                    },
                )
                for line in snapshot.capacity
                if line.request.team_name.strip() or line.request.amount
            ]
        )
    if QuestionType.TIMELINE in kinds:
        form["timeline"] = ordered(
            [
                (
                    e.position,
                    {
                        "date": iso_date(e.event_date),
                        "kind": e.kind,
                        "title": e.title,
                        "description": e.description,
                        "mood": e.mood,
                    },
                )
                for e in snapshot.timeline
                if e.title.strip() or e.description.strip() or e.event_date
            ]
        )
    return form


def _confirmation(confirmation: Any) -> dict[str, Any] | None:
    """The confirmation that holds (the last one): the one the record prints."""
    if confirmation is None:
        return None
    return {
        "status": confirmation.status,
        "amount": number(confirmation.confirmed_amount),
        "remark": confirmation.remark,
        "by": confirmation.confirmed_by,
        "at": iso_datetime(confirmation.confirmed_at),
    }


def _signatures(snapshot: ContractSnapshot) -> list[dict[str, Any]]:
    return sorted(
        (
            {
                "role": s.role,
                "name": s.name,
                "function": s.function,
                "date": iso_date(s.signed_on),
                "place": s.place,
                "drawing": drawing(s.drawing),
                "signed_at": iso_datetime(s.signed_at),
            }
            for s in snapshot.signatures
        ),
        key=lambda s: (_ROLE_ORDER.get(s["role"], len(_ROLE_ORDER)), dump(s)),
    )
