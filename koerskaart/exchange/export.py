"""Writing one opgave into the exchange format of :mod:`koerskaart.exchange.format`.

:func:`export_opgave` reads the opgave, its progress reports and every contract version (each
through :func:`~koerskaart.conversation.snapshot.load_snapshot`, the same picture the fingerprint
and the PDF use) and returns plain data without database ids; :func:`dump` turns it into the
canonical text. Facilitator notes are never read here. Nothing is written to the database.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

from sqlmodel import col, select

from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.errors import ExchangeError
from koerskaart.exchange.format import FORMAT_NAME, FORMAT_VERSION
from koerskaart.storage.models import Contract, Domain, Opgave, ProgressReport, Team
from koerskaart.storage.repository import Repository


def timestamp_text(moment: datetime | None) -> str | None:
    """Always UTC with microseconds, so the same moment is always the same text."""
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def date_text(day: date | None) -> str | None:
    return day.isoformat() if day is not None else None


def dump(document: dict[str, Any]) -> str:
    """The canonical text of a document: sorted keys, indent 2, real UTF-8, final newline."""
    return json.dumps(document, ensure_ascii=False, sort_keys=True, indent=2, allow_nan=False) + "\n"


def export_opgave(repo: Repository, opgave_id: int) -> dict[str, Any]:
    """One opgave with all its contract versions as exchange data."""
    with repo.db.session() as s:
        opgave = s.get(Opgave, opgave_id)
        if opgave is None:
            raise ExchangeError(f"Opgave {opgave_id} bestaat niet; kies een nummer uit 'koerskaart list'.")
        domain_names = {d.id: d.name for d in s.exec(select(Domain)).all()}
        teams = {t.id: t for t in s.exec(select(Team)).all()}
        contract_ids = list(
            s.exec(select(Contract.id).where(Contract.opgave_id == opgave_id).order_by(col(Contract.version)))
        )
        reports = list(
            s.exec(
                select(ProgressReport)
                .where(ProgressReport.opgave_id == opgave_id)
                .order_by(col(ProgressReport.period), col(ProgressReport.report_date), col(ProgressReport.id))
            )
        )
    snapshots = [load_snapshot(repo, contract_id) for contract_id in contract_ids if contract_id is not None]
    versions = {snap.contract.id: snap.contract.version for snap in snapshots}

    used_teams: dict[str, Team] = {}

    def team_name(team_id: int | None) -> str | None:
        team = teams.get(team_id) if team_id is not None else None
        if team is None:
            return None
        used_teams[team.name] = team
        return team.name

    contracts = [_contract(snap, versions, team_name) for snap in snapshots]
    return {
        "format": FORMAT_NAME,
        "format_version": FORMAT_VERSION,
        "opgave": {
            "title": opgave.title,
            "description": opgave.description,
            "status": opgave.status,
            "domain": domain_names.get(opgave.domain_id),
            "created_at": timestamp_text(opgave.created_at),
            "updated_at": timestamp_text(opgave.updated_at),
            "removed_at": timestamp_text(opgave.removed_at),
            "zaaknummer": opgave.zaaknummer,
        },
        "teams": [
            {"name": team.name, "domain": domain_names.get(team.domain_id), "team_leader": team.team_leader}
            for _, team in sorted(used_teams.items())
        ],
        "progress_reports": [
            {
                "period": r.period,
                "report_date": date_text(r.report_date),
                "traffic_light": r.traffic_light,
                "text": r.text,
                "done": r.done,
                "next_steps": r.next_steps,
                "help_asked": r.help_asked,
                "author": r.author,
            }
            for r in reports
        ],
        "contracts": contracts,
    }


def _contract(snap: ContractSnapshot, versions: dict[int | None, int], team_name: Any) -> dict[str, Any]:
    c = snap.contract
    return {
        "version": c.version,
        "status": c.status,
        "based_on_version": versions.get(c.based_on_id) if c.based_on_id is not None else None,
        "reason": c.reason,
        "current_step": c.current_step,
        "question_set": {
            "id": c.question_set_id,
            "version": c.question_set_version,
            "sha256": c.question_set_sha256,
            "text": c.question_set_text,
        },
        "created_at": timestamp_text(c.created_at),
        "updated_at": timestamp_text(c.updated_at),
        "locked_at": timestamp_text(c.locked_at),
        "fingerprint": c.fingerprint,
        "fingerprint_scheme": c.fingerprint_scheme,
        "municipality_name": c.municipality_name,
        "opgave_description": c.opgave_description,
        "answers": [
            {
                "key": a.key,
                "value": a.value,
                "role": a.role,
                "answered_at": timestamp_text(a.answered_at),
                "updated_at": timestamp_text(a.updated_at),
            }
            for _, a in sorted(snap.answers.items())
        ],
        "participants": [
            {
                "position": p.position,
                "name": p.name,
                "function": p.function,
                "role": p.role,
                "organisation": p.organisation,
                "team": team_name(p.team_id),
            }
            for p in snap.participants
        ],
        "activities": [
            {
                "position": a.position,
                "name": a.name,
                "approach": a.approach,
                "reason": a.reason,
                "priority": a.priority,
                "complexity": a.complexity,
                "start": date_text(a.start),
                "end": date_text(a.end),
                "owner": a.owner,
            }
            for a in snap.activities
        ],
        "partners": [
            {
                "position": p.position,
                "organisation": p.organisation,
                "contact": p.contact,
                "involvement": p.involvement,
                "holds_regie": bool(p.holds_regie),
                "regie_scope": p.regie_scope,
                "binding": p.binding,
            }
            for p in snap.partners
        ],
        "capacity_requests": [
            {
                "position": line.request.position,
                "team": team_name(line.request.team_id),
                "team_name": line.request.team_name,
                "amount": float(line.request.amount),
                "unit": line.request.unit,
                "period": line.request.period,
                "skills": line.request.skills,
                "confirmations": [
                    {
                        "status": h.status,
                        "confirmed_amount": float(h.confirmed_amount),
                        "remark": h.remark,
                        "confirmed_by": h.confirmed_by,
                        "confirmed_at": timestamp_text(h.confirmed_at),
                    }
                    for h in line.history
                ],
            }
            for line in snap.capacity
        ],
        "timeline": [
            {
                "position": t.position,
                "date": date_text(t.event_date),
                "kind": t.kind,
                "title": t.title,
                "description": t.description,
                "mood": t.mood,
            }
            for t in snap.timeline
        ],
        "signatures": [
            {
                "role": sig.role,
                "name": sig.name,
                "function": sig.function,
                "signed_on": date_text(sig.signed_on),
                "place": sig.place,
                "drawing": sig.drawing,
                "signed_at": timestamp_text(sig.signed_at),
            }
            for sig in snap.signatures
        ],
    }
