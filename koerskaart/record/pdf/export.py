"""Writing the contracteringsformat to a file, atomically.

The PDF is rendered in memory, written to a temporary file in the target folder, flushed to disk
(``fsync``) and only then renamed over the target (``os.replace``), so a reader never sees half a
PDF and a failure (missing or read-only folder, full disk) leaves no partial file behind. Every
such failure becomes a :class:`~koerskaart.errors.UserFacingError` with a plain Dutch message.
"""

from __future__ import annotations

import errno
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.pdf.render import render_contract
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.text import ReplacedCharacter


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    replaced_characters: list[ReplacedCharacter] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a temporary file in the same folder."""
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise UserFacingError(f"{target} is een map. Kies een bestandsnaam voor de pdf.")
    if not folder.is_dir():
        raise UserFacingError(f"De map {folder} bestaat niet. Kies een map die bestaat.")
    temp_name: str | None = None
    try:
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_name, target)
        temp_name = None
        _sync_folder(folder)
    except OSError as exc:
        raise UserFacingError(_message(exc, target)) from exc
    finally:
        if temp_name is not None:
            try:
                os.unlink(temp_name)
            except OSError:
                pass


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system allows opening a folder, which is fine."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _message(exc: OSError, target: Path) -> str:
    code = exc.errno
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"De pdf kan niet worden opgeslagen in {target.parent}: u mag in die map niet schrijven. "
            "Kies een andere map."
        )
    if code in (errno.ENOSPC, errno.EDQUOT):
        return (
            "De pdf kan niet worden opgeslagen: de schijf is vol. Maak ruimte vrij of kies een andere schijf."
        )
    if code == errno.ENOENT:
        return f"De map {target.parent} bestaat niet (meer). Kies een map die bestaat."
    if code == errno.ENAMETOOLONG:
        return "De bestandsnaam is te lang. Kies een kortere naam voor de pdf."
    if code == errno.EISDIR:
        return f"{target} is een map. Kies een bestandsnaam voor de pdf."
    reason = exc.strerror or str(exc)
    return f"De pdf kan niet worden opgeslagen als {target}: {reason}."
