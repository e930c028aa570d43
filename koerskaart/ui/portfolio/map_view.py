"""The map page: the map (or, for who cannot see it, the same data as a table or in words), and the
key facts of the bubble in focus with a button to open the opgave.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerskaart.portfolio.map_layout import Quadrant
from koerskaart.portfolio.periods import months_between
from koerskaart.ui.portfolio.description import describe_map
from koerskaart.ui.portfolio.facts_text import key_facts
from koerskaart.ui.portfolio.map_widget import ZOOM_KEYS, MapWidget
from koerskaart.ui.portfolio.state import PortfolioState
from koerskaart.ui.portfolio.words import fte, light_text, quadrant_texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


class MapView(QWidget):
    openRequested = Signal(int)

    def __init__(self, state: PortfolioState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_tr("Inzoomen")))
        self.zoom = QComboBox()
        self.zoom.setAccessibleName(_tr("Inzoomen op een kwadrant"))
        self.zoom.addItem(_tr("Hele kaart"), None)
        texts = quadrant_texts()
        for key, quadrant in enumerate(ZOOM_KEYS.values(), start=1):  # in the order of the keys 1–4
            self.zoom.addItem(f"{key} – {texts[quadrant][0]}", quadrant.value)
        bar.addWidget(self.zoom)
        bar.addStretch(1)
        self.show_activities = QCheckBox(_tr("Activiteiten tonen"))
        bar.addWidget(self.show_activities)
        self.as_table = QCheckBox(_tr("Als tabel"))
        self.describe = QCheckBox(_tr("Beschrijving in woorden"))
        bar.addWidget(self.as_table)
        bar.addWidget(self.describe)
        left.addLayout(bar)
        self.stack = QStackedWidget()
        self.map = MapWidget()
        self.table = QTableWidget(0, 6)
        self.table.setAccessibleName(_tr("De kaart als tabel"))
        self.table.setHorizontalHeaderLabels(
            [
                _tr("Opgave"),
                _tr("Kwadrant"),
                _tr("Duur (maanden)"),
                _tr("Complexiteit"),
                _tr("Gevraagd (fte)"),
                _tr("Stoplicht"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.stack.addWidget(self.map)
        self.stack.addWidget(self.table)
        left.addWidget(self.stack, 1)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(_tr("De kaart in woorden"))
        self.text.hide()
        left.addWidget(self.text)
        layout.addLayout(left, 1)

        side = QVBoxLayout()
        self.facts = QLabel(_tr("Kies een opgave op de kaart (klik, of pijltjestoetsen)."))
        self.facts.setObjectName("keyFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        self.facts.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        scroller.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setWidget(self.facts)
        scroller.setMinimumWidth(220)
        scroller.setMaximumWidth(280)
        side.addWidget(scroller, 1)
        self.open_button = QPushButton(_tr("Opgave openen"))
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self._open_current)
        side.addWidget(self.open_button)
        layout.addLayout(side)

        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        self.map.zoomChanged.connect(self._zoom_followed)
        self.map.currentChanged.connect(self._current_changed)
        self.map.openRequested.connect(self.openRequested)
        self.as_table.toggled.connect(self._toggle_table)
        self.show_activities.toggled.connect(self._toggle_activities)
        self.describe.toggled.connect(self._toggle_text)
        self.table.cellDoubleClicked.connect(lambda row, _col: self._open_row(row))
        self._stale = True  # filled when first shown: hidden tabs cost nothing at start-up
        state.changed.connect(self.refresh)

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
        self.map.set_facts(self.state.facts)
        if self.as_table.isChecked() or self.describe.isChecked():
            self._fill_alternatives()

    def _fill_alternatives(self) -> None:
        layout = self.map.map_layout()
        by_id = {item.id: item for item in self.state.facts}
        texts = quadrant_texts()
        self.table.setRowCount(len(layout.bubbles))
        for row, bubble in enumerate(layout.bubbles):
            item = by_id[bubble.opgave_id]
            if bubble.activity:
                activity = next(a for a in item.record.activities if (a.name or "–") == bubble.activity)
                duration = (
                    months_between(activity.start, activity.end) if activity.start and activity.end else 0
                )
                values = [
                    f"{bubble.title} – {bubble.activity}",
                    texts[bubble.quadrant][0],
                    str(duration),
                    fte(activity.complexity or 0),
                    "",
                    light_text(item.light),
                ]
                for column, value in enumerate(values):
                    cell = QTableWidgetItem(value)
                    cell.setData(Qt.ItemDataRole.UserRole, bubble.opgave_id)
                    self.table.setItem(row, column, cell)
                continue
            values = [
                f"{bubble.title} – {bubble.activity}" if bubble.activity else bubble.title,
                texts[bubble.quadrant][0],
                str(round(item.duration_months or 0)),
                fte(item.complexity or 0),
                fte(item.asked_fte),
                light_text(item.light),
            ]
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, bubble.opgave_id)
                self.table.setItem(row, column, cell)
        self.table.resizeColumnsToContents()
        self.text.setPlainText(describe_map(layout, self.state.facts))

    def _toggle_activities(self, on: bool) -> None:
        self.map.set_activities(on)
        if self.as_table.isChecked() or self.describe.isChecked():
            self._fill_alternatives()

    def _toggle_table(self, on: bool) -> None:
        if on:
            self._fill_alternatives()
        self.stack.setCurrentIndex(1 if on else 0)

    def _toggle_text(self, on: bool) -> None:
        self.text.setVisible(on)
        if on:
            self._fill_alternatives()

    def _zoom_chosen(self, index: int) -> None:
        value = self.zoom.itemData(index)
        self.map.set_zoom(Quadrant(value) if value else None)
        if self.as_table.isChecked() or self.describe.isChecked():
            self._fill_alternatives()

    def _zoom_followed(self, quadrant: Quadrant | None) -> None:
        index = self.zoom.findData(quadrant.value if quadrant else None)
        self.zoom.blockSignals(True)
        self.zoom.setCurrentIndex(max(0, index))
        self.zoom.blockSignals(False)

    def _current_changed(self, opgave_id: int | None) -> None:
        item = self.state.find(opgave_id) if opgave_id is not None else None
        self.open_button.setEnabled(item is not None)
        self.facts.setText(
            key_facts(item) if item else _tr("Kies een opgave op de kaart (klik, of pijltjestoetsen).")
        )

    def _open_current(self) -> None:
        if self.map.current() is not None:
            self.openRequested.emit(self.map.current())

    def _open_row(self, row: int) -> None:
        cell = self.table.item(row, 0)
        if cell is not None:
            self.openRequested.emit(int(cell.data(Qt.ItemDataRole.UserRole)))
