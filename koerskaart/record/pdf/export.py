"""Writing the contracteringsformat to a file, atomically.

The PDF is rendered in memory, written to a temporary file in the target folder, flushed to disk
(``fsync``) and only then renamed over the target (``os.replace``), so a reader never sees half a
PDF and a failure (missing or read-only folder, full disk) leaves no partial file behind. Every
such failure becomes a :class:`~koerskaart.errors.UserFacingError` with a plain Dutch message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from koerskaart.atomic_file import write_atomically
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import QuestionSet
from koerskaart.record.facts import Record
from koerskaart.record.pdf.render import render_contract, render_record
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.text import ReplacedCharacter
from koerskaart.record.seal import Seal

__all__ = ["ExportResult", "export_contract_pdf", "export_record_pdf", "write_atomically"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    replaced_characters: list[ReplacedCharacter] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changed: bool = False


def export_contract_pdf(
    snapshot: ContractSnapshot,
    question_set: QuestionSet,
    settings: DocumentSettings,
    out_path: str | os.PathLike[str],
) -> ExportResult:
    target = Path(out_path)
    rendered = render_contract(snapshot, question_set, settings)
    write_atomically(target, rendered.data)
    return ExportResult(target, rendered.pages, rendered.replaced_characters, rendered.warnings)


def export_record_pdf(
    record: Record,
    settings: DocumentSettings,
    out_path: str | os.PathLike[str],
    *,
    force: bool = False,
    seal: Seal | None = None,
) -> ExportResult:
    """Render (refusing a changed record unless ``force``), seal when asked, write atomically."""
    target = Path(out_path)
    rendered = render_record(record, settings, force=force)
    data = rendered.data
    if seal is not None:
        data = seal.apply(
            data, reason=f"Vastgelegd contracteringsformat, versie {record.snapshot.contract.version}"
        )
    write_atomically(target, data)
    return ExportResult(
        target, rendered.pages, rendered.replaced_characters, rendered.warnings, rendered.changed
    )
