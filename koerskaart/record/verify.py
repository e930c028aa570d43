"""Checking a signed contract version: does its content still match the fingerprint stored at signing?

:func:`verify` recomputes the fingerprint from what is in the database now and compares it with
the one stored when the third signature locked the version. The command line (``koerskaart
verify``) and the GUI both use it, so they always agree. It reads only; it never repairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.record.fingerprint import compute_fingerprint
from koerskaart.storage.repository import Repository


@dataclass(frozen=True)
class VerifyResult:
    """``signed``: the version was locked with a fingerprint; ``intact``: the content still matches."""

    signed: bool
    intact: bool
    stored: str
    computed: str


def verify(repo: Repository, contract_id: int) -> VerifyResult:
    return verify_snapshot(load_snapshot(repo, contract_id))


def verify_snapshot(snapshot: ContractSnapshot) -> VerifyResult:
    """The same check on a snapshot already read (the batch export renders from it too)."""
    stored = snapshot.contract.fingerprint or ""
    computed = compute_fingerprint(snapshot)
    signed = snapshot.contract.locked_at is not None and bool(stored)
    return VerifyResult(signed=signed, intact=signed and stored == computed, stored=stored, computed=computed)
