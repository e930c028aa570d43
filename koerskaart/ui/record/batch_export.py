"""The menu's "export every contract as PDF": a folder, a cancellable progress dialog, a summary.

:func:`start_batch_export` asks for a folder and runs :func:`koerskaart.record.batch.export_batch`
in a background thread (:class:`BatchExport`), so the window keeps answering while the files
are written; each finished file moves the progress dialog on, "Annuleren" stops after the file
being written (files already written stay, each is complete). At the end one message says how
many files were written and lists the signed versions that were not, because their content
changed after signing. The rules are in ``record.batch``; this module only shows them.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from koerskaart.errors import UserFacingError
from koerskaart.ui import messages

if TYPE_CHECKING:
    from koerskaart.questions.model import QuestionSet
    from koerskaart.record.batch import BatchItem, BatchResult, BatchTarget
    from koerskaart.storage.repository import Repository


def _tr(text: str) -> str:
    return QCoreApplication.translate("BatchExport", text)


class BatchExport(QObject):
    """One export run in a background thread; its signals arrive on the UI thread."""

    progressed = Signal(int, int, str)  # files done, total, the title of the opgave just done
    finished = Signal(object)  # BatchResult
    failed = Signal(str)  # a Dutch message: the run stopped (folder, full disk)

    def __init__(
        self,
        repo: Repository,
        targets: list[BatchTarget],
        folder: Path,
        question_set: QuestionSet,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo, self.targets, self.folder, self.question_set = repo, targets, folder, question_set
        self._stop = threading.Event()
        self.result: BatchResult | None = None
        self.finished.connect(lambda result: setattr(self, "result", result))

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="koerskaart-batch-export", daemon=True)
        self._thread.start()

    def cancel(self) -> None:
        self._stop.set()

    def stop_and_wait(self, timeout: float = 30.0) -> None:
        """Stop after the file being written and wait for it: the window is closing."""
        self._stop.set()
        thread = getattr(self, "_thread", None)
        if thread is not None:
            thread.join(timeout)

    def _run(self) -> None:
        from koerskaart.record.batch import export_batch

        def progress(number: int, total: int, item: BatchItem) -> None:
            self.progressed.emit(number, total, item.target.title)

        try:
            result = export_batch(
                self.repo,
                self.targets,
                self.folder,
                self.question_set,
                progress=progress,
                should_stop=self._stop.is_set,
            )
        except UserFacingError as exc:
            self.failed.emit(exc.message)
            return
        self.finished.emit(result)


def start_batch_export(
    parent: QWidget, repo: Repository, question_set: QuestionSet, *, signed_only: bool = False
) -> BatchExport | None:
    """Ask for a folder and start the export; returns the running export (None when not started)."""
    from koerskaart.record.batch import plan_batch

    title = _tr("Alle contracten als pdf exporteren")
    chosen = messages.pick_folder(parent, _tr("Map voor de pdf-bestanden kiezen"))
    if not chosen:
        return None
    try:
        targets = plan_batch(repo, signed_only=signed_only)
    except UserFacingError as exc:
        messages.error(parent, title, exc.message)
        return None
    if not targets:
        messages.inform(
            parent, title, _tr("Er zijn nog geen opgaven met een contract; er is niets geëxporteerd.")
        )
        return None
    export = BatchExport(repo, targets, Path(chosen), question_set, parent)
    dialog = QProgressDialog(
        _tr("De pdf-bestanden worden geschreven…"), _tr("Annuleren"), 0, len(targets), parent
    )
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumWidth(520)
    dialog.setValue(0)
    export.dialog = dialog  # type: ignore[attr-defined]  (tests press its cancel button)
    dialog.canceled.connect(export.cancel)

    done: list[bool] = []  # a nested event loop (a message box) may deliver late signals

    def progressed(number: int, total: int, opgave: str) -> None:
        if done or not isValid(dialog):
            return
        dialog.setValue(number)
        dialog.setLabelText(
            _tr("%1 van %2 geschreven: %3")
            .replace("%1", str(number))
            .replace("%2", str(total))
            .replace("%3", opgave)
        )

    def finished(result: BatchResult) -> None:
        if done:
            return
        done.append(True)
        dialog.close()
        messages.inform(parent, title, summary(result, Path(chosen), len(targets)), kind=_kind(result))
        dialog.deleteLater()

    def failed(message: str) -> None:
        if done:
            return
        done.append(True)
        dialog.close()
        messages.error(parent, title, message)
        dialog.deleteLater()

    export.progressed.connect(progressed)
    export.finished.connect(finished)
    export.failed.connect(failed)
    export.start()
    return export


def _kind(result: BatchResult) -> str:
    return messages.WARNING if result.failed_verification else messages.INFORMATION


def summary(result: BatchResult, folder: Path, total: int) -> str:
    """The closing message: what was written where, what was stopped, what was refused."""
    written = len(result.written)
    if result.cancelled:
        lines = [_tr("Gestopt: %1 van de %2 bestanden zijn geschreven in %3.")]
    else:
        lines = [_tr("%1 van de %2 bestanden zijn geschreven in %3.")]
    lines[0] = lines[0].replace("%1", str(written)).replace("%2", str(total)).replace("%3", str(folder))
    failed = result.failed_verification
    if failed:
        lines.append("")
        lines.append(_tr("Niet geëxporteerd, omdat de inhoud na het ondertekenen is gewijzigd:"))
        for item in failed:
            lines.append(
                _tr("• opgave %1 (%2), versie %3")
                .replace("%1", str(item.target.opgave_id))
                .replace("%2", item.target.title)
                .replace("%3", str(item.target.version))
            )
    return "\n".join(lines)
