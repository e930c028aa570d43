"""Who has a conversation open: leases taken, renewed, expired after two minutes, released."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from koerskaart.storage.leases import LEASE_TIME, Leases
from koerskaart.storage.repository import Repository
from tests.unit import record_support


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 4, 9, 2, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def test_a_lease_shows_who_since_when_and_expires_without_renewal(repo: Repository) -> None:
    clock = Clock()
    contract_id = record_support.new_contract(repo, record_support.question_set())
    opgave_id = repo.get_contract(contract_id).opgave_id
    leases = Leases(repo.db, clock=clock)
    leases.take(contract_id, "A. de Vries", "venster-1")
    clock.now += timedelta(minutes=1)
    leases.take(contract_id, "Bram Jansen", "venster-2")
    shown = leases.of_opgaven()[opgave_id]
    assert (shown.holder, shown.opened_at) == ("A. de Vries", datetime(2026, 12, 4, 9, 2, tzinfo=UTC))
    assert [lease.holder for lease in leases.active(except_token="venster-1")] == ["Bram Jansen"]

    clock.now += LEASE_TIME  # the first window renewed nothing for three minutes: gone
    leases.renew(contract_id, "Bram Jansen", "venster-2")
    assert [lease.holder for lease in leases.active()] == ["Bram Jansen"]
    clock.now += LEASE_TIME + timedelta(seconds=1)
    assert leases.active() == []
    leases.renew(contract_id, "Bram Jansen", "venster-2")  # back after a long gap: taken again
    assert [lease.holder for lease in leases.active()] == ["Bram Jansen"]
    leases.release(contract_id, "venster-2")
    assert leases.of_opgaven() == {}


def test_a_lease_may_be_held_on_a_signed_version_and_is_no_content(repo: Repository) -> None:
    qs = record_support.question_set()
    contract_id = record_support.new_contract(repo, qs)
    record_support.fill(repo, contract_id)
    record_support.sign_all(repo, contract_id, qs)
    revision = repo.get_contract(contract_id).revision
    events = len(repo.audit_events(contract_id=contract_id))
    leases = Leases(repo.db)
    leases.take(contract_id, "Zoë ‘De Ëik’ & <co>", "t")
    leases.renew(contract_id, "Zoë ‘De Ëik’ & <co>", "t")
    assert leases.active()[0].holder == "Zoë ‘De Ëik’ & <co>"
    leases.release(contract_id, "t")
    assert repo.get_contract(contract_id).revision == revision
    assert len(repo.audit_events(contract_id=contract_id)) == events
