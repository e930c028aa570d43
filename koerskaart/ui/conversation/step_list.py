"""The step list beside the conversation: every step's title and state, and a way to jump to it.

:class:`StepListModel` is a flat list model (one row per step, then the review and any pages
added after it). A state is shown three ways at once so colour is never the only signal: an icon
whose shape differs per state, its colour, and a short Dutch text on the second line.
:class:`StepListView` is a plain ``QListView`` that asks to jump on click, Enter or Space.

The model only displays states it is given; it never computes progress itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPainterPath, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from koerskaart.conversation.progress import StepState

KeyRole = Qt.ItemDataRole.UserRole + 1
StateRole = Qt.ItemDataRole.UserRole + 2

# Colours chosen for contrast on white and on the presentation background.
STATE_COLOURS = {
    StepState.EMPTY: QColor("#6b6f75"),
    StepState.STARTED: QColor("#0b4f8a"),
    StepState.COMPLETE: QColor("#1b6e3a"),
    StepState.SOFT_MISSING: QColor("#9a5b00"),
    StepState.HARD_MISSING: QColor("#b00020"),
}


def state_text(state: StepState | None) -> str:
    """The short Dutch text under a step's title."""
    texts = {
        StepState.EMPTY: QCoreApplication.translate("StepList", "Nog niet begonnen"),
        StepState.STARTED: QCoreApplication.translate("StepList", "Begonnen"),
        StepState.COMPLETE: QCoreApplication.translate("StepList", "Klaar"),
        StepState.SOFT_MISSING: QCoreApplication.translate("StepList", "Aanbevolen vraag open"),
        StepState.HARD_MISSING: QCoreApplication.translate("StepList", "Verplichte vraag open"),
    }
    return texts.get(state, "") if state is not None else ""


def state_icon(state: StepState, size: int = 32) -> QIcon:
    """A small shape per state: hollow circle, half circle, tick, exclamation circle, warning triangle."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = STATE_COLOURS[state]
    pen = QPen(colour, size / 10)
    painter.setPen(pen)
    m = size * 0.15
    box = pixmap.rect().adjusted(int(m), int(m), -int(m), -int(m))
    if state == StepState.EMPTY:
        painter.drawEllipse(box)
    elif state == StepState.STARTED:
        painter.drawEllipse(box)
        path = QPainterPath()
        path.moveTo(box.center())
        path.arcTo(box.toRectF(), 90, 180)
        painter.fillPath(path, colour)
    elif state == StepState.COMPLETE:
        painter.setBrush(colour)
        painter.drawEllipse(box)
        painter.setPen(QPen(Qt.GlobalColor.white, size / 9))
        painter.drawPolyline(
            QPolygonF(
                [
                    QPointF(size * 0.32, size * 0.52),
                    QPointF(size * 0.45, size * 0.65),
                    QPointF(size * 0.7, size * 0.37),
                ]
            )
        )
    else:
        painter.setBrush(colour)
        if state == StepState.HARD_MISSING:
            painter.drawPolygon(
                QPolygonF([QPointF(size / 2, m), QPointF(size - m, size - m), QPointF(m, size - m)])
            )
        else:
            painter.drawEllipse(box)
        painter.setPen(QPen(Qt.GlobalColor.white, size / 9))
        top = size * (0.38 if state == StepState.HARD_MISSING else 0.3)
        painter.drawLine(QPointF(size / 2, top), QPointF(size / 2, size * 0.6))
        painter.drawPoint(QPointF(size / 2, size * 0.72))
    painter.end()
    return QIcon(pixmap)


@dataclass
class StepEntry:
    key: str
    title: str
    state: StepState | None = None  # None: a page without a state (review, signing)


class StepListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[StepEntry] = []
        self._icons: dict[StepState, QIcon] = {}  # drawn on first use
        self._state_texts = {state: state_text(state) for state in StepState}  # data() is called often

    # ------------------------------------------------------------------ Qt model
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._state_texts.get(entry.state, "")
            return f"{index.row() + 1}. {entry.title}" + (f"\n{text}" if text else "")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            text = self._state_texts.get(entry.state, "")
            return f"{entry.title}: {text}" if text else entry.title
        if role == Qt.ItemDataRole.DecorationRole and entry.state is not None:
            if entry.state not in self._icons:
                self._icons[entry.state] = state_icon(entry.state)
            return self._icons[entry.state]
        if role == KeyRole:
            return entry.key
        if role == StateRole:
            return entry.state.value if entry.state is not None else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    # ------------------------------------------------------------------ our API
    def append(self, key: str, title: str, state: StepState | None = None) -> None:
        row = len(self._entries)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.append(StepEntry(key, title, state))
        self.endInsertRows()

    def keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def row_of(self, key: str) -> int:
        return self.keys().index(key)

    def state(self, key: str) -> StepState | None:
        return self._entries[self.row_of(key)].state

    def set_states(self, states: dict[str, StepState]) -> None:
        for row, entry in enumerate(self._entries):
            new = states.get(entry.key, entry.state)
            if new != entry.state:
                entry.state = new
                index = self.index(row)
                self.dataChanged.emit(index, index)


class StepListView(QListView):
    """Click, Enter or Space on a step asks the window to jump there (``jumpRequested``)."""

    jumpRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setSpacing(2)
        self.setIconSize(QSize(24, 24))
        self.setAccessibleName(self.tr("Stappen van het gesprek"))
        self.clicked.connect(self._jump)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self._jump(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _jump(self, index: QModelIndex) -> None:
        if index.isValid():
            self.jumpRequested.emit(index.data(KeyRole))

    def show_current(self, key: str) -> None:
        model = self.model()
        if isinstance(model, StepListModel) and key in model.keys():
            self.setCurrentIndex(model.index(model.row_of(key)))
