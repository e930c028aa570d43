"""Exporting the newest version of every opgave as PDF in one go (for the opgavenboard's meeting).

:func:`plan_batch` chooses what to write: per opgave its newest contract version, or with
``signed_only`` its newest signed version; opgaven without one are left out. :func:`export_batch`
writes each to ``<id>-<slug>-v<n>.pdf`` in one folder (each file atomically, through the same
export as a single PDF) and reports every file to a ``progress`` callback as it goes; a
``should_stop`` callback is asked between files, so a caller can cancel. A signed version whose
content no longer matches its fingerprint (:attr:`koerskaart.record.facts.Record.changed`, the
check ``verify`` makes) is not written: printing it would present changed content as the signed
record. It is listed in the result instead; with ``force`` it is written too, marked on every
page as not valid (as ``export-pdf --force`` does). Used by ``koerskaart export-pdf --all`` and
by the app's menu; no Qt here.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from koerskaart.conversation.opening import question_set_for
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.facts import record_of
from koerskaart.record.pdf import DocumentSettings, export_record_pdf
from koerskaart.storage.repository import Repository

SLUG_LENGTH = 60


@dataclass(frozen=True)
class BatchTarget:
    opgave_id: int
    title: str
    contract_id: int
    version: int

    @property
    def file_name(self) -> str:
        return f"{self.opgave_id}-{slug(self.title)}-v{self.version}.pdf"


@dataclass(frozen=True)
class BatchItem:
    """What happened to one target: written to ``path`` (None: refused because ``changed``)."""

    target: BatchTarget
    path: Path | None
    pages: int = 0
    signed: bool = False
    changed: bool = False  # signed, but the content no longer matches its fingerprint
    warnings: tuple[str, ...] = ()


@dataclass
class BatchResult:
    items: list[BatchItem] = field(default_factory=list)
    cancelled: bool = False

    @property
    def written(self) -> list[BatchItem]:
        return [item for item in self.items if item.path is not None]

    @property
    def failed_verification(self) -> list[BatchItem]:
        return [item for item in self.items if item.changed]


def slug(title: str) -> str:
    """A file-name part of ``title``: lower case a-z, 0-9 and dashes, accents dropped."""
    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    text = text[:SLUG_LENGTH].rstrip("-")
    return text or "opgave"


def plan_batch(repo: Repository, *, signed_only: bool = False) -> list[BatchTarget]:
    """The versions to export, by opgave title (the order of the start window and ``list``)."""
    targets = []
    for summary in repo.list_opgaven():
        if summary.latest_contract_id is None or summary.latest_version is None:
            continue
        if not signed_only:
            targets.append(
                BatchTarget(summary.id, summary.title, summary.latest_contract_id, summary.latest_version)
            )
            continue
        signed = [c for c in repo.contracts_of(summary.id) if c.locked_at is not None and c.id is not None]
        if signed:
            newest = max(signed, key=lambda c: c.version)
            assert newest.id is not None
            targets.append(BatchTarget(summary.id, summary.title, newest.id, newest.version))
    return targets


def prepare_folder(out_dir: str | Path) -> Path:
    """The output folder, created when missing; a Dutch UserFacingError when that cannot be."""
    folder = Path(out_dir).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UserFacingError(f"{folder} is geen map. Kies een map voor de pdf-bestanden.")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserFacingError(
            f"De map {folder} bestaat niet en kan niet worden gemaakt ({exc.strerror}). Kies een andere map."
        ) from exc
    return folder


def export_one(
    repo: Repository,
    target: BatchTarget,
    folder: Path,
    default: QuestionSet,
    settings: DocumentSettings,
    *,
    force: bool = False,
) -> BatchItem:
    snapshot = load_snapshot(repo, target.contract_id)
    record = record_of(repo, snapshot, question_set_for(snapshot.contract, default))
    if record.changed and not force:
        return BatchItem(target, None, signed=True, changed=True)
    result = export_record_pdf(record, settings, folder / target.file_name, force=force)
    warnings = tuple(result.warnings) + tuple(
        f"teken {r.describe()} staat in de pdf als [U+....]" for r in result.replaced_characters
    )
    return BatchItem(
        target, result.path, result.pages, signed=record.signed, changed=record.changed, warnings=warnings
    )


def export_batch(
    repo: Repository,
    targets: list[BatchTarget],
    out_dir: str | Path,
    default: QuestionSet,
    *,
    progress: Callable[[int, int, BatchItem], None] | None = None,
    should_stop: Callable[[], bool] | None = None,
    force: bool = False,
) -> BatchResult:
    """Write every target into ``out_dir``; a failing write raises (files written so far stay)."""
    folder = prepare_folder(out_dir)
    settings = DocumentSettings.from_repository(repo)
    result = BatchResult()
    for number, target in enumerate(targets, start=1):
        if should_stop is not None and should_stop():
            result.cancelled = True
            break
        item = export_one(repo, target, folder, default, settings, force=force)
        result.items.append(item)
        if progress is not None:
            progress(number, len(targets), item)
    return result
