"""A complete, read-only picture of one contract version, read in one go.

The review step, the progress engine, the fingerprint, the PDF and the JSON export all work on
a :class:`ContractSnapshot` rather than on the database, so they see the same content and can be
tested without a file. Facilitator notes are deliberately absent: nothing built on a snapshot
can leak them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlmodel import Session, col, select

from koerskaart.errors import UserFacingError
from koerskaart.storage.models import (
    Activity,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    Opgave,
    Participant,
    Partner,
    Signature,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository, RowT, StoredAnswer, stored_answers


@dataclass(frozen=True)
class CapacityLine:
    """A team's request with its confirmation history (oldest first; the last one holds)."""

    request: CapacityRequest
    history: tuple[CapacityConfirmation, ...] = ()

    @property
    def confirmation(self) -> CapacityConfirmation | None:
        return self.history[-1] if self.history else None


@dataclass(frozen=True)
class ContractSnapshot:
    opgave: Opgave
    contract: Contract
    answers: dict[str, StoredAnswer] = field(default_factory=dict)
    participants: tuple[Participant, ...] = ()
    activities: tuple[Activity, ...] = ()
    partners: tuple[Partner, ...] = ()
    capacity: tuple[CapacityLine, ...] = ()
    timeline: tuple[TimelineEvent, ...] = ()
    signatures: tuple[Signature, ...] = ()

    def value(self, key: str) -> object:
        """The stored value of a plain question, or None when unanswered."""
        answer = self.answers.get(key)
        return answer.value if answer else None


def load_snapshot(repo: Repository, contract_id: int) -> ContractSnapshot:
    """Read a whole contract version in one transaction that sees one moment of the database."""
    with repo.db.session(consistent=True) as s:
        return read_snapshot(s, contract_id)


def read_snapshot(s: Session, contract_id: int) -> ContractSnapshot:
    """Read a whole contract version inside the caller's session (an import's own transaction,
    a copy before its commit). The caller chooses the transaction; see :func:`load_snapshot`."""
    contract = s.get(Contract, contract_id)
    if contract is None:
        raise UserFacingError(f"Contract {contract_id} bestaat niet.")
    opgave = s.get(Opgave, contract.opgave_id)
    assert opgave is not None, "foreign key guarantees the opgave"

    def rows(model: type[RowT]) -> tuple[RowT, ...]:
        return tuple(
            s.exec(
                select(model)
                .where(col(model.contract_id) == contract_id)
                .order_by(col(model.position), col(model.id))
            ).all()
        )

    requests = rows(CapacityRequest)
    history: dict[int, list[CapacityConfirmation]] = {}
    if requests:
        for confirmation in s.exec(
            select(CapacityConfirmation)
            .where(col(CapacityConfirmation.request_id).in_([r.id for r in requests]))
            .order_by(CapacityConfirmation.confirmed_at, CapacityConfirmation.id)
        ):
            history.setdefault(confirmation.request_id, []).append(confirmation)
    answers = stored_answers(s, contract_id)
    signatures = tuple(
        s.exec(select(Signature).where(Signature.contract_id == contract_id).order_by(Signature.id)).all()
    )
    return ContractSnapshot(
        opgave=opgave,
        contract=contract,
        answers=answers,
        participants=rows(Participant),
        activities=rows(Activity),
        partners=rows(Partner),
        capacity=tuple(CapacityLine(r, tuple(history.get(r.id or 0, ()))) for r in requests),
        timeline=rows(TimelineEvent),
        signatures=signatures,
    )
