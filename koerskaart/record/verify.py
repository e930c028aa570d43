"""Checking a signed contract version: does its content still match the fingerprint stored at signing?

:func:`verify` recomputes the fingerprint from what is in the database now, under the scheme the
version was signed with, and compares it with the one stored when the third signature locked
the version. The command line (``koerskaart verify``), the PDF (which refuses to print a changed
record as genuine) and the GUI all use it, so they always agree. It reads only; it never repairs.
"""

from __future__ import annotations

from dataclasses import dataclass

from koerskaart.record.facts import load_record
from koerskaart.storage.repository import Repository


@dataclass(frozen=True)
class VerifyResult:
    """``signed``: the version was locked with a fingerprint; ``intact``: the content still matches."""

    signed: bool
    intact: bool
    stored: str
    computed: str
    scheme: int = 1


def verify(repo: Repository, contract_id: int) -> VerifyResult:
    record = load_record(repo, contract_id)
    return VerifyResult(
        signed=record.signed,
        intact=record.intact,
        stored=record.stored_fingerprint,
        computed=record.computed_fingerprint,
        scheme=record.scheme,
    )
