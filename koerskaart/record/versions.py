"""Re-contracting (version n+1 from a signed version n) and comparing two versions question by question.

:func:`recontract` copies the content of a signed version into a new, open version with a
reason: answers, participants, activities, partners, capacity requests and the timeline. Not
copied: signatures (the new version must be signed again) and capacity confirmations — a team
leader confirms the new version's requests afresh; the previous confirmation stays visible in
the comparison and in the old version, which remains locked and readable.

:func:`compare` lists what changed between two snapshots, in the order of the question set:
plain answers as old text → new text (rendered by :func:`~koerskaart.record.display.display_text`,
the same text the PDF and the review step show), structured answers as rows added, removed or
changed with the fields that changed. Rows are matched by what they are (a team, an activity's
name, a partner organisation), never by database id.

What this module must not do: import Qt or decide how a difference is drawn.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlmodel import SQLModel

from koerskaart.conversation.snapshot import CapacityLine, ContractSnapshot, load_snapshot
from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet, QuestionType
from koerskaart.record.display import (
    display_text,
    format_date,
    format_moment,
    format_number,
    mood_text,
    value_label,
)
from koerskaart.storage.models import (
    Activity,
    Answer,
    AuditEvent,
    CapacityRequest,
    Contract,
    Opgave,
    Participant,
    Partner,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository, dump_value

ADDED = "added"
REMOVED = "removed"
CHANGED = "changed"


@dataclass(frozen=True)
class FieldChange:
    label: str
    old_text: str
    new_text: str


@dataclass(frozen=True)
class RowChange:
    """One row of a table that was added, removed or changed; texts are one-line summaries."""

    kind: str  # ADDED / REMOVED / CHANGED
    label: str
    old_text: str = ""
    new_text: str = ""
    fields: tuple[FieldChange, ...] = ()


@dataclass(frozen=True)
class Difference:
    """What changed in the answer to one question (``rows`` for structured questions)."""

    question_key: str
    step_key: str
    label: str
    kind: str  # ADDED / REMOVED / CHANGED
    old_text: str = ""
    new_text: str = ""
    rows: tuple[RowChange, ...] = ()


# ------------------------------------------------------------------------------ re-contracting


def recontract(repo: Repository, contract_id: int, reason: str, question_set: QuestionSet) -> Contract:
    """Make version n+1 of a signed version n, held with ``question_set``; returns the new contract."""
    reason = reason.strip()
    if not reason:
        raise UserFacingError(
            "Schrijf op waarom er een nieuwe versie komt; die reden staat in de nieuwe versie."
        )
    source = repo.get_contract(contract_id)
    if source.locked_at is None:
        raise UserFacingError(
            f"Versie {source.version} is nog niet door alle drie ondertekend. "
            "Pas die versie zelf aan in plaats van een nieuwe versie te maken."
        )
    latest = repo.latest_contract(source.opgave_id)
    if latest is not None and latest.id != source.id:
        raise UserFacingError(
            f"Er is al een nieuwere versie ({latest.version}) van deze opgave. "
            "Ga verder met die versie, of maak een nieuwe versie vanuit de nieuwste."
        )
    old_status = repo.get_opgave(source.opgave_id).status
    snapshot = load_snapshot(repo, contract_id)
    new = repo.create_contract(
        source.opgave_id,
        question_set_id=question_set.id,
        question_set_version=question_set.version,
        question_set_sha256=question_set.sha256,
        question_set_text=question_set.text,
        reason=reason,
        based_on_id=contract_id,
    )
    assert new.id is not None
    try:
        _copy_content(repo, snapshot, new, reason, question_set)
    except BaseException:
        _discard(repo, new, old_status)
        raise
    return repo.get_contract(new.id)


def _fresh(row: SQLModel, model: type[SQLModel], contract_id: int) -> SQLModel:
    return model.model_validate(row.model_dump(exclude={"id", "contract_id"}) | {"contract_id": contract_id})


def _copy_content(
    repo: Repository, snapshot: ContractSnapshot, new: Contract, reason: str, question_set: QuestionSet
) -> None:
    now = repo.clock()
    with repo.db.session() as s:
        for answer in snapshot.answers.values():
            question = question_set.find(answer.key)
            if question is not None and question.per_version:
                continue  # such as the date of the conversation: the new version has its own
            s.add(
                Answer(
                    contract_id=new.id,
                    question_key=answer.key,
                    value=dump_value(answer.value),
                    role=answer.role,
                    answered_at=answer.answered_at,
                    updated_at=now,
                )
            )
        rows: Sequence[tuple[type[SQLModel], Sequence[SQLModel]]] = (
            (Participant, snapshot.participants),
            (Activity, snapshot.activities),
            (Partner, snapshot.partners),
            (CapacityRequest, [line.request for line in snapshot.capacity]),
            (TimelineEvent, snapshot.timeline),
        )
        for model, items in rows:
            for item in items:
                s.add(_fresh(item, model, new.id or 0))
        s.add(
            AuditEvent(
                at=now,
                actor=repo.actor,
                action="recontract",
                entity="contract",
                entity_id=new.id,
                opgave_id=new.opgave_id,
                contract_id=new.id,
                field="reden",
                old_value=f"versie {snapshot.contract.version}",
                new_value=reason,
            )
        )


def _discard(repo: Repository, new: Contract, old_status: str) -> None:
    """Undo a half-made version: it holds nothing yet and is not locked."""
    with repo.db.session() as s:
        stored = s.get(Contract, new.id)
        if stored is not None:
            s.delete(stored)
        opgave = s.get(Opgave, new.opgave_id)
        if opgave is not None:
            opgave.status = old_status
            s.add(opgave)


# ------------------------------------------------------------------------------ comparison

Field = tuple[str, Callable[[Any, str], str]]


def _participant_fields() -> list[Field]:
    return [
        ("Naam", lambda p, lang: p.name),
        ("Functie", lambda p, lang: p.function),
        ("Rol", lambda p, lang: value_label("role", p.role, lang)),
        ("Organisatie", lambda p, lang: p.organisation),
    ]


def _period(start: Any, end: Any, lang: str) -> str:
    if start is None and end is None:
        return ""
    return f"{format_date(start, lang)} – {format_date(end, lang)}".strip(" –")


def _activity_fields() -> list[Field]:
    return [
        ("Activiteit", lambda a, lang: a.name),
        ("Aanpak", lambda a, lang: value_label("approach", a.approach, lang) if a.approach else ""),
        ("Reden voor de aanpak", lambda a, lang: a.reason),
        ("Prioriteit", lambda a, lang: value_label("priority", a.priority, lang)),
        ("Complexiteit", lambda a, lang: f"{a.complexity} van 5" if a.complexity is not None else ""),
        ("Periode", lambda a, lang: _period(a.start, a.end, lang)),
        ("Eigenaar", lambda a, lang: a.owner),
    ]


def _priority_fields() -> list[Field]:
    return [
        ("Activiteit", lambda a, lang: a.name),
        ("Prioriteit", lambda a, lang: value_label("priority", a.priority, lang)),
    ]


def _regie(p: Partner, lang: str) -> str:
    if not p.holds_regie:
        return "Nee"
    return f"Ja, voor {p.regie_scope}" if p.regie_scope.strip() else "Ja, voor de hele opgave"


def _partner_fields() -> list[Field]:
    return [
        ("Organisatie", lambda p, lang: p.organisation),
        ("Contactpersoon", lambda p, lang: p.contact),
        ("Hoe de partner instapt", lambda p, lang: value_label("involvement", p.involvement, lang)),
        ("Regie", _regie),
        ("Verbinding met de eigen organisatie", lambda p, lang: p.binding),
    ]


def _asked(line: CapacityLine, lang: str) -> str:
    r = line.request
    unit = value_label("unit", r.unit, lang)
    return (
        f"{format_number(r.amount, lang, unit)} per {r.period}"
        if r.period
        else format_number(r.amount, lang, unit)
    )


def _confirmed(line: CapacityLine, lang: str) -> str:
    c = line.confirmation
    if c is None:
        return "Nog niet bevestigd"
    unit = value_label("unit", line.request.unit, lang)
    text = f"{value_label('confirmation', c.status, lang)}: {format_number(c.confirmed_amount, lang, unit)}"
    text += f", door {c.confirmed_by}" if c.confirmed_by else ""
    text += f" op {format_moment(c.confirmed_at, lang)}" if c.confirmed_at else ""
    return text


def _capacity_fields() -> list[Field]:
    return [
        ("Team", lambda line, lang: line.request.team_name),
        ("Gevraagd", _asked),
        ("Vaardigheden", lambda line, lang: line.request.skills),
        ("Bevestiging", _confirmed),
    ]


def _timeline_fields() -> list[Field]:
    return [
        ("Gebeurtenis", lambda e, lang: e.title),
        ("Datum", lambda e, lang: format_date(e.event_date, lang)),
        ("Moment", lambda e, lang: value_label("timeline", e.kind, lang)),
        ("Toelichting", lambda e, lang: e.description),
        ("Gevoel", lambda e, lang: mood_text(e.mood, lang)),
    ]


def _rows_of(
    kind: QuestionType, snapshot: ContractSnapshot
) -> tuple[Sequence[Any], Callable[[Any], str], list[Field]]:
    """The rows of a structured question, what identifies a row, and its fields."""
    if kind == QuestionType.PARTICIPANTS:
        return snapshot.participants, lambda p: f"{p.role}|{p.name.strip().casefold()}", _participant_fields()
    if kind == QuestionType.ACTIVITIES:
        return snapshot.activities, lambda a: a.name.strip().casefold(), _activity_fields()
    if kind == QuestionType.PRIORITIES:
        return snapshot.activities, lambda a: a.name.strip().casefold(), _priority_fields()
    if kind == QuestionType.PARTNERS:
        return snapshot.partners, lambda p: p.organisation.strip().casefold(), _partner_fields()
    if kind == QuestionType.CAPACITY:
        return snapshot.capacity, lambda line: line.request.team_name.strip().casefold(), _capacity_fields()
    if kind == QuestionType.TIMELINE:
        return snapshot.timeline, lambda e: e.title.strip().casefold(), _timeline_fields()
    raise ValueError(kind)


def _keyed(rows: Sequence[Any], key: Callable[[Any], str]) -> dict[tuple[str, int], Any]:
    """Rows by (natural key, occurrence), so two rows with the same name still pair up in order."""
    seen: dict[str, int] = {}
    result: dict[tuple[str, int], Any] = {}
    for row in rows:
        k = key(row)
        seen[k] = seen.get(k, 0) + 1
        result[(k, seen[k])] = row
    return result


def _summary(row: Any, fields: list[Field], lang: str) -> str:
    parts = [f"{label}: {text}" for label, render in fields[1:] if (text := render(row, lang))]
    head = fields[0][1](row, lang) or "(zonder naam)"
    return f"{head} — " + "; ".join(parts) if parts else head


def compare_rows(
    old_rows: Sequence[Any],
    new_rows: Sequence[Any],
    key: Callable[[Any], str],
    fields: list[Field],
    language: str = "nl",
) -> list[RowChange]:
    old_keyed, new_keyed = _keyed(old_rows, key), _keyed(new_rows, key)
    changes: list[RowChange] = []
    for k, row in new_keyed.items():
        label = fields[0][1](row, language) or "(zonder naam)"
        before = old_keyed.get(k)
        if before is None:
            changes.append(RowChange(ADDED, label, new_text=_summary(row, fields, language)))
            continue
        changed = tuple(
            FieldChange(name, old_text, new_text)
            for name, render in fields
            if (old_text := render(before, language)) != (new_text := render(row, language))
        )
        if changed:
            changes.append(
                RowChange(
                    CHANGED,
                    label,
                    _summary(before, fields, language),
                    _summary(row, fields, language),
                    changed,
                )
            )
    for k, row in old_keyed.items():
        if k not in new_keyed:
            label = fields[0][1](row, language) or "(zonder naam)"
            changes.append(RowChange(REMOVED, label, old_text=_summary(row, fields, language)))
    return changes


def _kind(old_text: str, new_text: str) -> str:
    if not old_text:
        return ADDED
    if not new_text:
        return REMOVED
    return CHANGED


def compare(
    old: ContractSnapshot, new: ContractSnapshot, question_set: QuestionSet, *, language: str = "nl"
) -> list[Difference]:
    """What changed from ``old`` to ``new``, question by question in the order of ``question_set``.

    Facilitator-only questions are left out (the comparison is shown on the shared screen).
    Answers to questions the set does not know are listed at the end under their key.
    """
    differences: list[Difference] = []
    old_set, new_set = _set_text(old), _set_text(new)
    if old.contract.question_set_sha256 != new.contract.question_set_sha256 or old_set != new_set:
        if old_set == new_set:  # the same version number, but the definition file differs
            old_set += f" ({old.contract.question_set_sha256[:8]})"
            new_set += f" ({new.contract.question_set_sha256[:8]})"
        label = "Question set" if language == "en" else "Vragenlijst"
        differences.append(Difference("", "", label, CHANGED, old_set, new_set))
    known: set[str] = set()
    for step in question_set.steps:
        for question in step.questions:
            known.add(question.key)
            if question.facilitator_only:
                continue
            label = question.label(language)
            if question.is_structured:
                old_rows, key, fields = _rows_of(question.type, old)
                new_rows, _key, _fields = _rows_of(question.type, new)
                rows = compare_rows(old_rows, new_rows, key, fields, language)
                plain = _plain(question, old, new, language)
                if rows or plain:
                    old_text, new_text = plain or ("", "")
                    differences.append(
                        Difference(question.key, step.key, label, CHANGED, old_text, new_text, tuple(rows))
                    )
                continue
            texts = _plain(question, old, new, language)
            if texts:
                differences.append(Difference(question.key, step.key, label, _kind(*texts), *texts))
    for key in sorted((set(old.answers) | set(new.answers)) - known):
        old_text = _raw_text(old.value(key))
        new_text = _raw_text(new.value(key))
        if old_text != new_text:
            differences.append(Difference(key, "", key, _kind(old_text, new_text), old_text, new_text))
    return differences


def _set_text(snapshot: ContractSnapshot) -> str:
    return f"{snapshot.contract.question_set_id} {snapshot.contract.question_set_version}".strip()


def _plain(
    question: Any, old: ContractSnapshot, new: ContractSnapshot, language: str
) -> tuple[str, str] | None:
    old_text = display_text(question, old.value(question.key), language)
    new_text = display_text(question, new.value(question.key), language)
    return None if old_text == new_text else (old_text, new_text)


def _raw_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else dump_value(value)
