"""A contract version as a record: its snapshot plus what the record says around it.

:class:`Record` bundles what the PDF, ``verify`` and ``verify-pdf`` need about one version: the
snapshot, the question set it was held with, the municipality and the opgave's description as
recorded (scheme 2 stores them at the lock; earlier versions and drafts show the current ones),
the zaaknummer, the version it
replaces (with that version's fingerprint) and the version that replaced it, once signed.
:meth:`Record.canonical_bytes` is the content under the version's own fingerprint scheme and
:attr:`Record.intact` says whether it still matches the fingerprint stored at signing.

What this module must not do: write anything, or draw anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set, parse_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.record.canonical import CanonicalContext
from koerskaart.record.fingerprint import CURRENT_SCHEME, canonical_content, fingerprint_of_bytes
from koerskaart.storage.models import Contract
from koerskaart.storage.repository import Repository
from koerskaart.storage.setting_keys import MUNICIPALITY_NAME


@dataclass(frozen=True)
class VersionLink:
    """Another version of the same opgave, as the record names it."""

    version: int
    fingerprint: str
    locked_at: datetime | None


@dataclass(frozen=True)
class Record:
    snapshot: ContractSnapshot
    question_set: QuestionSet
    municipality: str = ""
    description: str = ""
    zaaknummer: str = ""
    predecessor: VersionLink | None = None
    successor: VersionLink | None = None  # only a signed successor replaces this version

    @property
    def signed(self) -> bool:
        return self.snapshot.contract.locked_at is not None and bool(self.snapshot.contract.fingerprint)

    @property
    def scheme(self) -> int:
        """The scheme this version was (signed) or will be (draft) fingerprinted with."""
        contract = self.snapshot.contract
        return contract.fingerprint_scheme if contract.locked_at is not None else CURRENT_SCHEME

    @property
    def stored_fingerprint(self) -> str:
        return self.snapshot.contract.fingerprint or ""

    def context(self) -> CanonicalContext:
        return CanonicalContext(
            question_set=self.question_set,
            municipality=self.municipality,
            description=self.description,
            predecessor_fingerprint=self.predecessor.fingerprint if self.predecessor else "",
        )

    @cached_property
    def canonical_bytes(self) -> bytes:
        return canonical_content(self.snapshot, scheme=self.scheme, context=self.context())

    @cached_property
    def computed_fingerprint(self) -> str:
        return fingerprint_of_bytes(self.canonical_bytes)

    @property
    def intact(self) -> bool:
        return self.signed and self.stored_fingerprint == self.computed_fingerprint

    @property
    def changed(self) -> bool:
        """Signed, but the content no longer matches: never to be printed as genuine."""
        return self.signed and not self.intact


def question_set_of(contract: Contract) -> QuestionSet:
    """The definition the talk was held with; the shipped one only for a contract without it."""
    if contract.question_set_text.strip():
        return parse_question_set(
            contract.question_set_text, f"versie {contract.version} (opgeslagen vragenlijst)"
        )
    return load_question_set(DEFAULT_QUESTION_SET)


def _recorded(contract: Contract) -> bool:
    """Whether the version stored its municipality and description at the lock (scheme 2 on)."""
    return contract.locked_at is not None and contract.fingerprint_scheme >= 2


def _link(contract: Contract) -> VersionLink:
    return VersionLink(contract.version, contract.fingerprint or "", contract.locked_at)


def record_of(
    repo: Repository,
    snapshot: ContractSnapshot,
    question_set: QuestionSet | None = None,
) -> Record:
    """The record of an already loaded snapshot (reads the settings and the other versions)."""
    contract = snapshot.contract
    versions = repo.contracts_of(contract.opgave_id)
    predecessor = next((c for c in versions if c.id == contract.based_on_id), None)
    successors = [c for c in versions if c.based_on_id == contract.id and c.locked_at is not None]
    return Record(
        snapshot=snapshot,
        question_set=question_set or question_set_of(contract),
        municipality=contract.municipality_name if _recorded(contract) else repo.setting(MUNICIPALITY_NAME),
        description=contract.opgave_description if _recorded(contract) else snapshot.opgave.description,
        zaaknummer=snapshot.opgave.zaaknummer,
        predecessor=_link(predecessor) if predecessor is not None else None,
        successor=_link(successors[-1]) if successors else None,
    )


def recorded_record(snapshot: ContractSnapshot, question_set: QuestionSet, municipality: str) -> Record:
    """The record of a snapshot without the database: no other versions, the given municipality
    unless the version recorded its own."""
    contract = snapshot.contract
    return Record(
        snapshot=snapshot,
        question_set=question_set,
        municipality=contract.municipality_name if _recorded(contract) else municipality,
        description=contract.opgave_description if _recorded(contract) else snapshot.opgave.description,
        zaaknummer=snapshot.opgave.zaaknummer,
    )


def load_record(repo: Repository, contract_id: int, question_set: QuestionSet | None = None) -> Record:
    return record_of(repo, load_snapshot(repo, contract_id), question_set)
