"""Progress: who has not reported over the period, and per opgave its lights over a year and reports.

"Sta je er niet op, dan bestaat het niet": the opgaven without a report for the chosen period are
named at the top. Pick an opgave to see its light strip (twelve months) and every report, newest
first; "Rapportage invullen…" files a new one. The figures come from the window's state.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from koerskaart.portfolio.figures import light_strip, missing_reports
from koerskaart.portfolio.map_layout import LIGHT_COLOURS
from koerskaart.portfolio.periods import recent
from koerskaart.ui.portfolio.light_strip import LightStrip
from koerskaart.ui.portfolio.state import PortfolioState
from koerskaart.ui.portfolio.words import light_text, period_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


def light_icon(light: str | None, size: int = 14) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(LIGHT_COLOURS.get(light, LIGHT_COLOURS[None])))
    return pixmap


class ProgressView(QWidget):
    reportRequested = Signal(int)  # opgave id

    def __init__(self, state: PortfolioState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layout = QVBoxLayout(self)
        self.missing = QLabel()
        self.missing.setObjectName("missingReports")
        self.missing.setWordWrap(True)
        self.missing.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.missing)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setAccessibleName(_tr("Opgaven"))
        self.list.setMinimumWidth(340)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(lambda _=0: self._show_current())
        splitter.addWidget(self.list)
        detail = QWidget()
        column = QVBoxLayout(detail)
        column.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("titleLabel")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        top.addWidget(self.title, 1)
        self.report_button = QPushButton(_tr("Rapportage invullen…"))
        self.report_button.clicked.connect(self._request_report)
        top.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        self.strip = LightStrip()
        column.addWidget(self.strip)
        self.history = QPlainTextEdit()
        self.history.setReadOnly(True)
        self.history.setAccessibleName(_tr("Alle rapportages"))
        column.addWidget(self.history, 1)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)
        self._stale = True  # filled when first shown: hidden tabs cost nothing at start-up
        state.changed.connect(self.refresh)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def select(self, opgave_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == opgave_id:
                self.list.setCurrentRow(row)
                return

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the state's figures; a hidden tab only notes that it is behind and catches up when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        keep = self.current_id()
        missing = missing_reports(self.state.facts)
        period = period_text(self.state.period)
        if missing:
            names = ", ".join(item.title for item in missing)
            text = _tr("Sta je er niet op, dan bestaat het niet. Nog geen rapportage over %1 (%2): %3")
            self.missing.setText(
                text.replace("%1", period).replace("%2", str(len(missing))).replace("%3", names)
            )
            self.missing.setStyleSheet("color: #B3261E; font-weight: bold;")
        else:
            self.missing.setText(_tr("Over %1 heeft elke opgave gerapporteerd.").replace("%1", period))
            self.missing.setStyleSheet("")
        self.list.blockSignals(True)
        self.list.clear()
        for item in self.state.facts:
            entry = QListWidgetItem(light_icon(item.light), item.title)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setToolTip(light_text(item.light))
            self.list.addItem(entry)
        self.list.blockSignals(False)
        if keep is not None:
            self.select(keep)
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def _show_current(self) -> None:
        opgave_id = self.current_id()
        item = self.state.find(opgave_id) if opgave_id is not None else None
        self.report_button.setEnabled(item is not None)
        if item is None:
            self.title.setText(_tr("Geen opgave gekozen."))
            self.strip.set_lights((), ())
            self.history.setPlainText("")
            return
        self.title.setText(item.title)
        periods = recent(self.state.period, 12)
        self.strip.set_lights(periods, light_strip(item.record, periods))
        blocks = []
        for report in reversed(item.record.reports):
            parts = [
                f"{period_text(report.period)} · {light_text(report.light)} · "
                f"{report.author} · {report.report_date.strftime('%d-%m-%Y')}"
            ]
            for label, text in (
                (_tr("Toelichting"), report.text),
                (_tr("Gedaan"), report.done),
                (_tr("Hierna"), report.next_steps),
                (_tr("Hulp gevraagd van het opgavenboard"), report.help_asked),
            ):
                if text:
                    parts.append(f"{label}: {text}")
            blocks.append("\n".join(parts))
        self.history.setPlainText("\n\n".join(blocks) or _tr("Nog geen rapportages."))

    def _request_report(self) -> None:
        opgave_id = self.current_id()
        if opgave_id is not None:
            self.reportRequested.emit(opgave_id)
