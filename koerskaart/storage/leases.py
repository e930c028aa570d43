"""Who has which conversation open right now, for every user of a shared database.

Each open conversation window holds a lease: a ``ConversationLease`` row with a token of its
own, taken when it opens, renewed every :data:`RENEW_EVERY` while it is open and released when
it closes. A lease not renewed for :data:`LEASE_TIME` has expired (the window crashed or lost
its connection) and counts for nothing. The start window shows the live ones ("geopend door
A. de Vries sinds 10:02") and warns before a second person opens the same conversation.

A lease warns; it does not lock. Two people who both choose to go on are still protected by the
revision check on every write. Leases are no content: they are not audited, bump no revision
and may be written on a signed version.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, update
from sqlmodel import col, select

from koerskaart.clock import Clock, utcnow
from koerskaart.storage.database import Database
from koerskaart.storage.models import Contract, ConversationLease

LEASE_TIME = timedelta(minutes=2)
RENEW_EVERY = timedelta(seconds=30)


@dataclass(frozen=True)
class Lease:
    contract_id: int
    opgave_id: int
    holder: str
    opened_at: datetime
    token: str


def new_token() -> str:
    return uuid.uuid4().hex


class Leases:
    """The leases of one database; ``clock`` is passed in so tests can move time on."""

    def __init__(self, db: Database, *, clock: Clock = utcnow) -> None:
        self.db = db
        self.clock = clock

    def take(self, contract_id: int, holder: str, token: str) -> None:
        """Hold ``contract_id`` open under ``token`` (again); expired leases are cleared on the way."""
        now = self.clock()
        with self.db.session() as s:
            s.execute(delete(ConversationLease).where(col(ConversationLease.renewed_at) < now - LEASE_TIME))
            lease = s.get(ConversationLease, (contract_id, token))
            if lease is None:
                lease = ConversationLease(
                    contract_id=contract_id, token=token, holder=holder, opened_at=now, renewed_at=now
                )
            lease.holder = holder
            lease.renewed_at = now
            s.add(lease)

    def renew(self, contract_id: int, holder: str, token: str) -> None:
        """Keep the lease alive; one that expired meanwhile (a long network gap) is taken again."""
        with self.db.session() as s:
            changed = s.execute(
                update(ConversationLease)
                .where(
                    col(ConversationLease.contract_id) == contract_id, col(ConversationLease.token) == token
                )
                .values(renewed_at=self.clock())
            ).rowcount
        if not changed:
            self.take(contract_id, holder, token)

    def release(self, contract_id: int, token: str) -> None:
        with self.db.session() as s:
            s.execute(
                delete(ConversationLease).where(
                    col(ConversationLease.contract_id) == contract_id, col(ConversationLease.token) == token
                )
            )

    def active(self, *, except_token: str | None = None) -> list[Lease]:
        """The live leases, oldest first (optionally without those of one window)."""
        since = self.clock() - LEASE_TIME
        with self.db.session() as s:
            rows = s.exec(
                select(ConversationLease, Contract.opgave_id)
                .join(Contract, col(Contract.id) == ConversationLease.contract_id)
                .where(col(ConversationLease.renewed_at) >= since)
                .order_by(ConversationLease.opened_at, ConversationLease.token)
            ).all()
        return [
            Lease(lease.contract_id, opgave_id, lease.holder, lease.opened_at, lease.token)
            for lease, opgave_id in rows
            if lease.token != except_token
        ]

    def of_opgaven(self, *, except_token: str | None = None) -> dict[int, Lease]:
        """opgave id → its oldest live lease: who opened it first, for the start window."""
        found: dict[int, Lease] = {}
        for lease in self.active(except_token=except_token):
            found.setdefault(lease.opgave_id, lease)
        return found
