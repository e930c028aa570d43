"""The contracteringsformat inside the app: preview (QtPdf), save as, print, open in a PDF reader.

:class:`PdfPreview` reads the contract in the UI thread (a few milliseconds), renders the PDF
with :func:`~koerskaart.record.pdf.render_record` in a worker thread so the window stays
responsive, and shows it in a ``QPdfView`` (all pages, zoom, "pagina x van y"). Saving writes the
very bytes that are shown, atomically, through :func:`koerskaart.record.pdf.export.write_atomically`;
printing renders each page of the ``QPdfDocument`` onto the chosen ``QPrinter``. The record is
checked before it is shown: a version changed after signing carries a red banner here and
"GEWIJZIGD NA ONDERTEKENING — niet geldig" on every page of the PDF that is shown, saved and
printed. "Zaaknummer…" sets the records office's case reference, which the PDF's cover and
metadata carry (it is archive metadata, outside the signed content).

What this module must not do: build any part of the document itself, or talk to the database
from the worker thread.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QRectF,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter, QResizeEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QBoxLayout, QDialog, QHBoxLayout, QLabel, QToolBar, QVBoxLayout, QWidget

from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.facts import Record, load_record
from koerskaart.record.pdf import DocumentSettings, RenderedPdf
from koerskaart.record.pdf.export import write_atomically
from koerskaart.record.pdf.render import render_record
from koerskaart.record.seal import Seal
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages

MAX_ZAAKNUMMER = 60
PRINT_DPI = 300  # sharp on paper without building a 1200-dpi image of every page
ZOOM_STEP = 1.25


class _Relay(QObject):
    finished = Signal(object)  # RenderedPdf
    failed = Signal(str)


class _RenderJob(QRunnable):
    """Runs the ReportLab rendering off the UI thread; the snapshot was read before."""

    def __init__(self, work: Callable[[], RenderedPdf], relay: _Relay) -> None:
        super().__init__()
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except UserFacingError as exc:
            self.relay.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001  (reported to the user instead of lost in a thread)
            from koerskaart import logbook

            log = logbook.record_unexpected(exc, "pdf-voorbeeld")
            self.relay.failed.emit(
                QCoreApplication.translate(
                    "PdfPreview", "Het contracteringsformat kon niet worden gemaakt. De details staan in %1."
                ).replace("%1", str(log))
            )
        else:
            self.relay.finished.emit(result)


def safe_file_name(text: str) -> str:
    """A file name a municipality's file system accepts: no slashes, colons or other reserved marks."""
    name = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "-", text).strip(" .-")
    return name[:120] or "contracteringsformat"


def print_document(document: QPdfDocument, printer: QPrinter, first: int = 0, last: int = -1) -> int:
    """Draw pages ``first``..``last`` (0-based, inclusive; -1 = the last page) on ``printer``.

    Returns the number of pages printed. Each page is rendered at ``PRINT_DPI`` and scaled into
    the printable area keeping its shape.
    """
    count = document.pageCount()
    last = count - 1 if last < 0 else min(last, count - 1)
    if count == 0 or first > last:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        raise UserFacingError(
            QCoreApplication.translate(
                "PdfPreview",
                "De printer kan niet worden gebruikt. Controleer de printer en probeer het opnieuw.",
            )
        )
    printed = 0
    try:
        for index in range(first, last + 1):
            if printed:
                printer.newPage()
            points = document.pagePointSize(index)
            image = document.render(
                index, QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
            )
            area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
            area.moveTo(0, 0)
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(QPointF(0, 0), QSize(round(image.width() * scale), round(image.height() * scale)))
            target.moveCenter(area.center())
            painter.drawImage(target, image)
            printed += 1
    finally:
        painter.end()
    return printed


class PdfPreview(QDialog):
    """The preview window of one contract version; ``loaded`` fires once the pages are shown."""

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self,
        repo: Repository,
        contract_id: int,
        question_set: QuestionSet,
        parent: QWidget | None = None,
        *,
        settings: DocumentSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.repo = repo
        self.contract_id = contract_id
        self.question_set = question_set
        self.rendered: RenderedPdf | None = None
        self.open_url: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self._buffer: QBuffer | None = None
        self._temp_dir: Path | None = None
        # No parent: the worker may still hold the relay when this window is already gone.
        self._relay = _Relay()
        self._relay.finished.connect(self._show_pdf)
        self._relay.failed.connect(self._failed)

        self._settings = settings
        record = load_record(repo, contract_id, question_set)
        snapshot = record.snapshot
        self.opgave_id = snapshot.opgave.id or 0
        self.changed = record.changed
        self.signed = record.signed
        self.title = snapshot.opgave.title
        self.version = snapshot.contract.version
        self.setWindowTitle(
            self.tr("Contracteringsformat – %1 – versie %2")
            .replace("%1", self.title)
            .replace("%2", str(self.version))
        )
        self._build()
        self.fit_to_screen()
        self._render(record)

    def _render(self, record: Record) -> None:
        """Render in the worker; the record was read (and checked) in this thread.

        A version changed after signing is rendered, saved and printed only with "GEWIJZIGD NA
        ONDERTEKENING — niet geldig" on every page (``force`` marks it rather than refusing)."""
        settings = self._settings or DocumentSettings.from_repository(self.repo)
        self.changed = record.changed
        self._set_actions_enabled(False)
        job = _RenderJob(lambda: render_record(record, settings, force=True), self._relay)
        self.setCursor(Qt.CursorShape.BusyCursor)
        QThreadPool.globalInstance().start(job)

    def set_zaaknummer(self) -> bool:
        """Ask for the records office's case reference (archive metadata, not signed content)."""
        current = self.repo.get_opgave(self.opgave_id).zaaknummer
        value = messages.ask_text(
            self,
            self.tr("Zaaknummer"),
            self.tr("Zaaknummer van het archief (leeg laten als er geen is):"),
            current,
        )
        if value is None:
            return False
        value = value.strip()
        if len(value) > MAX_ZAAKNUMMER:
            messages.warn(
                self,
                self.tr("Zaaknummer"),
                self.tr("Een zaaknummer is hoogstens %1 tekens lang.").replace("%1", str(MAX_ZAAKNUMMER)),
            )
            return False
        if value == current:
            return False
        try:
            self.repo.update_opgave(self.opgave_id, zaaknummer=value)
        except UserFacingError as exc:
            messages.error(self, self.tr("Zaaknummer"), exc.message)
            return False
        self._render(load_record(self.repo, self.contract_id, self.question_set))
        return True

    def fit_to_screen(self) -> None:
        """A size that fits the screen it opens on (and a 1280x720 shared screen)."""
        screen = self.screen()
        room = screen.availableGeometry().size() if screen is not None else SHARED_SCREEN
        self.resize(min(1000, room.width() - 20), min(680, room.height() - 40))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._arrange_toolbars()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "toolbars"):
            self._arrange_toolbars()

    def _arrange_toolbars(self) -> None:
        room = self.width() - 12
        both = self.toolbar.sizeHint().width() + self.page_toolbar.sizeHint().width()
        direction = QBoxLayout.Direction.LeftToRight if both <= room else QBoxLayout.Direction.TopToBottom
        if self.toolbars.direction() != direction:
            self.toolbars.setDirection(direction)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.save_action = self.toolbar.addAction(self.tr("Opslaan als…"), self.save_as)
        self.save_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.seal_action = self.toolbar.addAction(self.tr("Opslaan met zegel…"), self.save_sealed)
        self.seal_action.setToolTip(
            self.tr("Sla de ondertekende versie op met het zegel (certificaat) van de gemeente")
        )
        self.print_action = self.toolbar.addAction(self.tr("Afdrukken…"), self.print_pdf)
        self.print_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.open_action = self.toolbar.addAction(self.tr("Openen in PDF-lezer"), self.open_in_viewer)
        # The page actions in a second bar: side by side when both fit, else under the first, so
        # in large type on a 1280x720 screen no action hides behind a "»" menu.
        self.page_toolbar = QToolBar(self)
        self.page_toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.previous_action = self.page_toolbar.addAction(
            self.tr("◀ Vorige pagina"), lambda: self.go_to_page(self.current_page() - 1)
        )
        self.previous_action.setShortcut(QKeySequence(Qt.Key.Key_PageUp))
        self.next_action = self.page_toolbar.addAction(
            self.tr("Volgende pagina ▶"), lambda: self.go_to_page(self.current_page() + 1)
        )
        self.next_action.setShortcut(QKeySequence(Qt.Key.Key_PageDown))
        self.page_toolbar.addSeparator()
        self.zoom_out_action = self.page_toolbar.addAction(self.tr("Kleiner"), self.zoom_out)
        self.zoom_out_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        self.zoom_in_action = self.page_toolbar.addAction(self.tr("Groter"), self.zoom_in)
        self.zoom_in_action.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.fit_action = self.page_toolbar.addAction(self.tr("Paginabreedte"), self.fit_width)
        self.page_toolbar.addSeparator()
        self.zaaknummer_action = self.page_toolbar.addAction(self.tr("Zaaknummer…"), self.set_zaaknummer)
        self.toolbars = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.toolbars.setSpacing(0)
        self.toolbars.addWidget(self.toolbar)
        self.toolbars.addWidget(self.page_toolbar)
        self.toolbars.addStretch(1)
        layout.addLayout(self.toolbars)

        # Stays on screen for as long as the window is open: a changed record is never shown
        # without saying so, also after "Opslaan als" wrote its notice.
        self.changed_banner = QLabel(
            self.tr(
                "GEWIJZIGD NA ONDERTEKENING — niet geldig. De inhoud van deze versie is na het "
                "ondertekenen veranderd; de vingerafdruk klopt niet meer. Opslaan en afdrukken geven "
                "dezelfde gemarkeerde pdf."
            ),
            self,
        )
        self.changed_banner.setObjectName("changedBanner")
        self.changed_banner.setWordWrap(True)
        self.changed_banner.setStyleSheet(
            "QLabel#changedBanner { color: white; background: #b00020; font-weight: bold; padding: 8px; }"
        )
        self.changed_banner.setVisible(False)
        layout.addWidget(self.changed_banner)

        self.notice = QLabel(self)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # file names and messages, never markup
        self.notice.setWordWrap(True)
        self.notice.setObjectName("hintLabel")
        self.notice.setText(self.tr("Het contracteringsformat wordt opgemaakt…"))
        layout.addWidget(self.notice)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(self.tr("Voorbeeld van het contracteringsformat"))
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._update_page_label())
        layout.addWidget(self.view, 1)

        bottom = QHBoxLayout()
        self.page_label = QLabel(self)
        self.page_label.setObjectName("hintLabel")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("hintLabel")
        bottom.addWidget(self.page_label)
        bottom.addStretch(1)
        bottom.addWidget(self.zoom_label)
        layout.addLayout(bottom)
        self.view.zoomFactorChanged.connect(lambda _z: self._update_zoom_label())
        self._set_actions_enabled(False)

    def _set_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.save_action,
            self.seal_action,
            self.print_action,
            self.open_action,
            self.previous_action,
            self.next_action,
            self.zoom_in_action,
            self.zoom_out_action,
            self.fit_action,
            self.zaaknummer_action,
        ):
            action.setEnabled(enabled)

    # ------------------------------------------------------------------ loading
    def _show_pdf(self, rendered: RenderedPdf) -> None:
        self.unsetCursor()
        self.rendered = rendered
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(rendered.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            self._failed(self.tr("Het voorbeeld kan niet worden getoond."))
            return
        notes = list(rendered.warnings)
        self.changed_banner.setVisible(rendered.changed)
        if rendered.replaced_characters:
            # By code and name: the screen's font may lack the character just as the PDF's did.
            shown = ", ".join(f"{c.codepoint} {c.name}".strip() for c in rendered.replaced_characters[:8])
            notes.append(
                self.tr(
                    "Deze tekens kan het lettertype niet afdrukken; ze zijn zichtbaar vervangen: %1"
                ).replace("%1", shown)
            )
        self.notice.setText("\n".join(notes))
        self.notice.setVisible(bool(notes))
        self._set_actions_enabled(True)
        # Only a signed record that still matches its fingerprint can be sealed.
        self.seal_action.setEnabled(self.signed and not rendered.changed)
        self._update_page_label()
        self._update_zoom_label()
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self.unsetCursor()
        self.notice.setText(
            self.tr("Het contracteringsformat kon niet worden opgemaakt: %1").replace("%1", message)
        )
        self.notice.setVisible(True)
        messages.error(self, self.tr("Contracteringsformat"), self.notice.text())
        self.failed.emit(message)

    # ------------------------------------------------------------------ pages and zoom
    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())
            self._update_page_label()

    def _update_page_label(self) -> None:
        count = self.page_count()
        if count:
            self.page_label.setText(
                self.tr("Pagina %1 van %2")
                .replace("%1", str(self.current_page() + 1))
                .replace("%2", str(count))
            )

    def _update_zoom_label(self) -> None:
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("Paginabreedte"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)} %")

    def _current_zoom(self) -> float:
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom:
            return self.view.zoomFactor()
        # FitToWidth: the factor that fills the view's width with one page
        size = self.document.pagePointSize(max(0, self.current_page()))
        width = size.width() * self.logicalDpiX() / 72 if size.width() else 1.0
        return max(0.1, (self.view.viewport().width() - 2 * self.view.documentMargins().left()) / width)

    def zoom_in(self) -> None:
        self._set_zoom(self._current_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._current_zoom() / ZOOM_STEP)

    def _set_zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(5.0, max(0.25, factor)))
        self._update_zoom_label()

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_zoom_label()

    # ------------------------------------------------------------------ save, print, open
    def suggested_name(self) -> str:
        return safe_file_name(f"Contracteringsformat {self.title} versie {self.version}") + ".pdf"

    def save_sealed(self) -> Path | None:
        """Seal the shown record with the municipality's PKCS#12 certificate, then save it.

        The password is asked for each time and forgotten right after the seal is applied."""
        if self.rendered is None or not self.signed or self.rendered.changed:
            return None
        title = self.tr("Opslaan met zegel")
        certificate = messages.pick_file(self, title, self.tr("Certificaat (*.p12 *.pfx)"))
        if not certificate:
            return None
        password = messages.ask_text(
            self, title, self.tr("Wachtwoord van het certificaat (wordt niet bewaard):"), secret=True
        )
        if password is None:
            return None
        try:
            sealed = Seal.from_pkcs12(certificate, password).apply(
                self.rendered.data, reason=f"Vastgelegd contracteringsformat, versie {self.version}"
            )
        except UserFacingError as exc:
            messages.error(self, title, exc.message)
            return None
        finally:
            del password
        return self._save_bytes(sealed, title, self.suggested_name().removesuffix(".pdf") + " met zegel.pdf")

    def save_as(self) -> Path | None:
        """Ask for a file and write the shown PDF there; None when cancelled or refused."""
        if self.rendered is None:
            return None
        return self._save_bytes(
            self.rendered.data, self.tr("Contracteringsformat opslaan als"), self.suggested_name()
        )

    def _save_bytes(self, data: bytes, title: str, name: str) -> Path | None:
        chosen = messages.pick_file(
            self, title, self.tr("PDF-bestand (*.pdf)"), directory=str(Path.home() / name), save=True
        )
        if not chosen:
            return None
        target = Path(chosen)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if target.exists() and not messages.confirm(
            self,
            self.tr("Contracteringsformat opslaan"),
            self.tr("Het bestand %1 bestaat al. Wilt u het vervangen?").replace("%1", str(target)),
            self.tr("Vervangen"),
        ):
            return None
        try:
            write_atomically(target, data)
        except UserFacingError as exc:
            messages.error(self, self.tr("Contracteringsformat opslaan"), exc.message)
            return None
        self.notice.setText(self.tr("Opgeslagen als %1").replace("%1", str(target)))
        self.notice.setVisible(True)
        return target

    def print_pdf(self) -> int:
        """Choose a printer in the system dialog and print; returns the number of pages printed."""
        if self.rendered is None:
            return 0
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Contracteringsformat afdrukken"))
        dialog.setMinMax(1, self.page_count())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return 0
        first, last = 0, -1
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage() - 1, printer.toPage() - 1
        try:
            return print_document(self.document, printer, first, last)
        except UserFacingError as exc:
            messages.error(self, self.tr("Afdrukken"), exc.message)
            return 0

    def open_in_viewer(self) -> Path | None:
        """Write the PDF to a temporary file and hand it to the system's PDF reader."""
        if self.rendered is None:
            return None
        if self._temp_dir is None:
            # Left in the system's temporary folder: the reader may still be reading it after
            # this window closed, and the system clears that folder itself.
            self._temp_dir = Path(tempfile.mkdtemp(prefix="koerskaart-"))
        path = self._temp_dir / self.suggested_name()
        try:
            write_atomically(path, self.rendered.data)
        except UserFacingError as exc:
            messages.error(self, self.tr("Openen in PDF-lezer"), exc.message)
            return None
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            messages.warn(
                self,
                self.tr("Openen in PDF-lezer"),
                self.tr(
                    "Er is geen programma gevonden dat pdf-bestanden opent. Kies ‘Opslaan als…’ en open "
                    "het bestand zelf."
                ),
            )
            return None
        return path


SHARED_SCREEN = QSize(1280, 720)


def show_preview(
    repo: Repository, contract_id: int, question_set: QuestionSet, parent: QWidget | None = None
) -> PdfPreview:
    """Open the preview as its own window (non-modal), deleted when closed."""
    preview = PdfPreview(repo, contract_id, question_set, parent)
    preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    preview.show()
    return preview
