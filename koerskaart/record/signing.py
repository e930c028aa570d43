"""Signing a contract version by the sturingsdriehoek, and locking it with the third signature.

:func:`signing_state` tells every screen what it needs to show: per role (BO / AO / ON) the
signature or nothing, the hard and soft gaps of the conversation, whether signing is possible
and whether the version is locked. :func:`sign` stores one signature; the third one, in the same
transaction, sets ``locked_at``, stores the fingerprint and marks contract and opgave "getekend".
:func:`withdraw_signature` takes a signature back, which is only possible before the lock.

The fingerprint (scheme :data:`~koerskaart.record.fingerprint.CURRENT_SCHEME`) is computed from a
snapshot read just before the write, plus the new signature, the lock moment and the
municipality's name, which is stored with the version so that renaming the municipality later
does not change a signed record;
the write only goes through if the contract's ``revision`` is still the one that snapshot saw,
so the fingerprint always describes exactly the content that gets locked.

What this module must not do: draw anything or import Qt; check answers itself (the gaps come
from :mod:`koerskaart.conversation.progress`).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from sqlalchemy import update
from sqlmodel import Session, col, select

from koerskaart.conversation.progress import Gap, hard_gaps, soft_gaps
from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.errors import ConcurrentChange, ContractLocked, UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.facts import record_of
from koerskaart.record.fingerprint import CURRENT_SCHEME, compute_fingerprint
from koerskaart.storage import limits
from koerskaart.storage.models import (
    STEERING_TRIANGLE,
    AuditEvent,
    Contract,
    Opgave,
    OpgaveStatus,
    Role,
    Signature,
)
from koerskaart.storage.repository import Repository

ROLE_ABBREVIATIONS = {
    Role.ALDERMAN.value: "BO",
    Role.SENIOR_OFFICIAL.value: "AO",
    Role.TASK_LEADER.value: "ON",
}
ROLE_NAMES = {
    Role.ALDERMAN.value: "de bestuurlijk opdrachtgever",
    Role.SENIOR_OFFICIAL.value: "de ambtelijk opdrachtgever",
    Role.TASK_LEADER.value: "de opdrachtnemer",
}
TRIANGLE_ROLES: tuple[str, ...] = tuple(role.value for role in STEERING_TRIANGLE)

MAX_DRAWING_STROKES = limits.MAX_DRAWING_STROKES
MAX_DRAWING_POINTS = limits.MAX_DRAWING_POINTS


@dataclass(frozen=True)
class SigningState:
    """What the signing step shows; ``signatures`` maps each triangle role to its signature."""

    contract_id: int
    version: int
    signatures: dict[str, Signature | None]
    hard_gaps: tuple[Gap, ...] = ()
    soft_gaps: tuple[Gap, ...] = ()
    locked: bool = False
    locked_at: datetime | None = None
    fingerprint: str = ""
    roles: tuple[str, ...] = field(default=TRIANGLE_ROLES)

    @property
    def can_sign(self) -> bool:
        """True while the version is open, nothing hard-required is missing and a role is left."""
        return not self.locked and not self.hard_gaps and bool(self.missing_roles)

    @property
    def missing_roles(self) -> tuple[str, ...]:
        return tuple(role for role in self.roles if self.signatures.get(role) is None)

    @property
    def signed_count(self) -> int:
        return sum(1 for role in self.roles if self.signatures.get(role) is not None)


def _gaps(question_set: QuestionSet, snapshot: ContractSnapshot) -> tuple[tuple[Gap, ...], tuple[Gap, ...]]:
    return tuple(hard_gaps(question_set, snapshot)), tuple(soft_gaps(question_set, snapshot))


def state_of(snapshot: ContractSnapshot, question_set: QuestionSet) -> SigningState:
    """The signing state of an already loaded snapshot."""
    contract = snapshot.contract
    by_role = {s.role: s for s in snapshot.signatures}
    hard, soft = _gaps(question_set, snapshot)
    return SigningState(
        contract_id=contract.id or 0,
        version=contract.version,
        signatures={role: by_role.get(role) for role in TRIANGLE_ROLES},
        hard_gaps=hard,
        soft_gaps=soft,
        locked=contract.locked_at is not None,
        locked_at=contract.locked_at,
        fingerprint=contract.fingerprint,
    )


def signing_state(repo: Repository, contract_id: int, question_set: QuestionSet) -> SigningState:
    return state_of(load_snapshot(repo, contract_id), question_set)


def parse_drawing(text: str) -> list[list[tuple[float, float]]]:
    """Validate a drawn signature: JSON strokes ``[[[x, y], ...], ...]`` with 0 ≤ x, y ≤ 1.

    Empty text means "typed signature" and gives ``[]``. Raises UserFacingError otherwise.
    """
    if not text or not text.strip():
        return []
    problem = UserFacingError(
        "De getekende handtekening kan niet worden gelezen. Wis de handtekening en teken opnieuw, "
        "of onderteken met alleen uw naam."
    )
    try:
        data = json.loads(text)
    except ValueError:
        raise problem from None
    if not isinstance(data, list) or len(data) > MAX_DRAWING_STROKES:
        raise problem
    strokes: list[list[tuple[float, float]]] = []
    points = 0
    for stroke in data:
        if not isinstance(stroke, list) or not stroke:
            raise problem
        line: list[tuple[float, float]] = []
        for point in stroke:
            if (
                not isinstance(point, list | tuple)
                or len(point) != 2
                or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in point)
            ):
                raise problem
            x, y = float(point[0]), float(point[1])
            if not (math.isfinite(x) and math.isfinite(y) and 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
                raise problem
            line.append((x, y))
        points += len(line)
        strokes.append(line)
    if points > MAX_DRAWING_POINTS:
        raise problem
    return strokes


def canonical_drawing(text: str) -> str:
    """The drawing as compact JSON (4 decimals are far finer than any pen); ``""`` when none."""
    strokes = parse_drawing(text)
    if not strokes:
        return ""
    rounded = [[[round(x, 4), round(y, 4)] for x, y in stroke] for stroke in strokes]
    return json.dumps(rounded, separators=(",", ":"))


def _locked_message(version: int) -> str:
    return (
        f"Versie {version} is al door alle drie ondertekend en ligt vast. "
        "Maak een nieuwe versie (hercontracteren) om iets te veranderen."
    )


_CHANGED_BEFORE_SIGNING = (
    "Dit gesprek is intussen in een ander venster of programma gewijzigd. "
    "De handtekening is niet opgeslagen of ingetrokken; bekijk de nieuwste stand en probeer het opnieuw."
)


def _bump_revision(s: Session, contract: Contract, now: datetime) -> int:
    """Claim the contract: only if nobody changed or locked it since the snapshot was read.

    Returns the new revision."""
    revision = s.execute(
        update(Contract)
        .where(col(Contract.id) == contract.id)
        .where(col(Contract.revision) == contract.revision)
        .where(col(Contract.locked_at).is_(None))
        .values(revision=Contract.revision + 1, updated_at=now)
        .returning(Contract.revision)
        .execution_options(synchronize_session=False)
    ).scalar_one_or_none()
    if revision is None:
        raise ConcurrentChange(_CHANGED_BEFORE_SIGNING)
    return revision


def _audit(
    repo: Repository,
    s: Session,
    contract: Contract,
    action: str,
    *,
    entity: str = "contract",
    field_: str = "",
    old: str = "",
    new: str = "",
) -> None:
    s.add(
        AuditEvent(
            at=repo.clock(),
            actor=repo.actor,
            action=action,
            entity=entity,
            entity_id=contract.id,
            opgave_id=contract.opgave_id,
            contract_id=contract.id,
            field=field_,
            old_value=old,
            new_value=new,
        )
    )


def sign(
    repo: Repository,
    contract_id: int,
    question_set: QuestionSet,
    *,
    role: str,
    name: str,
    function: str = "",
    signed_on: date,
    place: str = "",
    drawing: str = "",
    expected_revision: int | None = None,
) -> SigningState:
    """Store the signature of one role of the sturingsdriehoek; the third one locks the version.

    With ``expected_revision`` (the revision the signing screen showed) a change made elsewhere
    since then is reported as :class:`ConcurrentChange`: nobody signs content they have not seen.
    """
    role = str(role)
    if role not in TRIANGLE_ROLES:
        raise UserFacingError(
            "Alleen de bestuurlijk opdrachtgever, de ambtelijk opdrachtgever en de opdrachtnemer "
            "ondertekenen het contract."
        )
    name = name.strip()
    if not name:
        raise UserFacingError(f"Vul de volledige naam in van {ROLE_NAMES[role]} die ondertekent.")
    if not isinstance(signed_on, date):
        raise UserFacingError("Vul de datum van ondertekening in.")
    drawing = canonical_drawing(drawing)
    limits.check_row(
        "signature", {"name": name, "function": function.strip(), "place": place.strip(), "drawing": drawing}
    )

    snapshot = load_snapshot(repo, contract_id)
    contract = snapshot.contract
    if contract.locked_at is not None:
        raise ContractLocked(_locked_message(contract.version))
    if expected_revision is not None and contract.revision != expected_revision:
        raise ConcurrentChange(_CHANGED_BEFORE_SIGNING)
    if any(s.role == role for s in snapshot.signatures):
        raise UserFacingError(
            f"{ROLE_NAMES[role].capitalize()} heeft deze versie al ondertekend. "
            "Trek die handtekening eerst in als er iets moet veranderen."
        )
    hard, _soft = _gaps(question_set, snapshot)
    if hard:
        labels = "; ".join(gap.label for gap in hard[:5])
        more = f" en nog {len(hard) - 5}" if len(hard) > 5 else ""
        raise UserFacingError(
            f"Ondertekenen kan pas als alle verplichte vragen beantwoord zijn. Nog open: {labels}{more}."
        )

    now = repo.clock()
    signature = Signature(
        contract_id=contract_id,
        role=role,
        name=name,
        function=function.strip(),
        signed_on=signed_on,
        place=place.strip(),
        drawing=drawing,
        signed_at=now,
    )
    signed_roles = {s.role for s in snapshot.signatures} | {role}
    completes = all(r in signed_roles for r in TRIANGLE_ROLES)
    fingerprint = ""
    municipality = description = ""
    if completes:
        signed = replace(snapshot, signatures=(*snapshot.signatures, signature))
        context = replace(record_of(repo, signed, question_set).context(), locked_at=now)
        municipality, description = context.municipality, context.description
        fingerprint = compute_fingerprint(signed, scheme=CURRENT_SCHEME, context=context)

    with repo.db.session() as s:
        _bump_revision(s, contract, now)
        s.add(signature)
        _audit(
            repo,
            s,
            contract,
            "sign",
            entity="signature",
            field_=role,
            new=f"{name}, {signed_on.isoformat()}, {place}".strip(),
        )
        stored = s.get(Contract, contract_id)
        opgave = s.get(Opgave, contract.opgave_id)
        assert stored is not None and opgave is not None
        old_status = stored.status
        new_status = OpgaveStatus.SIGNED if completes else OpgaveStatus.TO_SIGN
        if completes:
            stored.locked_at = now
            stored.fingerprint = fingerprint
            stored.fingerprint_scheme = CURRENT_SCHEME
            stored.municipality_name = municipality
            stored.opgave_description = description
            _audit(repo, s, contract, "lock", field_="fingerprint", new=fingerprint)
        if old_status != new_status:
            stored.status = new_status
            _audit(repo, s, contract, "update", field_="status", old=old_status, new=new_status)
        s.add(stored)
        opgave.status = new_status
        opgave.updated_at = now
        s.add(opgave)
    return signing_state(repo, contract_id, question_set)


def withdraw_signature(
    repo: Repository, contract_id: int, role: str, *, expected_revision: int | None = None
) -> None:
    """Take back one role's signature; refused once the version is locked.

    With ``expected_revision`` a change made elsewhere since the screen was read is reported as
    :class:`ConcurrentChange`, as for every other write."""
    role = str(role)
    with repo.db.session() as s:
        contract = s.get(Contract, contract_id)
        if contract is None:
            raise UserFacingError(f"Contract {contract_id} bestaat niet.")
        if contract.locked_at is not None:
            raise ContractLocked(
                f"Versie {contract.version} is door alle drie ondertekend; een handtekening kan "
                "niet meer worden ingetrokken. Maak een nieuwe versie (hercontracteren)."
            )
        if expected_revision is not None and contract.revision != expected_revision:
            raise ConcurrentChange(_CHANGED_BEFORE_SIGNING)
        signature = s.exec(
            select(Signature).where(Signature.contract_id == contract_id, Signature.role == role)
        ).first()
        if signature is None:
            return
        now = repo.clock()
        _bump_revision(s, contract, now)
        s.delete(signature)
        _audit(repo, s, contract, "withdraw", entity="signature", field_=role, old=signature.name)
        remaining = s.exec(
            select(Signature).where(Signature.contract_id == contract_id, Signature.role != role)
        ).first()
        if remaining is None and contract.status == OpgaveStatus.TO_SIGN:
            contract.status = OpgaveStatus.IN_CONVERSATION
            s.add(contract)
            opgave = s.get(Opgave, contract.opgave_id)
            if opgave is not None:
                opgave.status = OpgaveStatus.IN_CONVERSATION
                opgave.updated_at = now
                s.add(opgave)
            _audit(
                repo,
                s,
                contract,
                "update",
                field_="status",
                old=OpgaveStatus.TO_SIGN,
                new=OpgaveStatus.IN_CONVERSATION,
            )
