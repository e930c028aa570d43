"""What goes now, later or not: three columns "Nu", "Later", "Niet" of activities.

Each column lists the activities of one priority and has a field to add an activity by name
straight into it. An activity moves to another column with the buttons below, with Ctrl+1/2/3
(to Nu / Later / Niet) or Ctrl+Left/Right (one column over; Alt+Left/Right already turn the
conversation's pages), or by dragging it with the mouse.
F2 or typing renames it in place; Delete removes it (after a question). Only name and priority
are edited here; the activities step edits the same rows in full.

What this module must not do: write anything itself; the board does (see
:mod:`koerskaart.ui.editors.priority_board`).
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSize, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from koerskaart.questions.model import Question
from koerskaart.storage import limits
from koerskaart.storage.models import Priority
from koerskaart.ui import messages
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.priority_board import PriorityBoard, PriorityListModel
from koerskaart.ui.session import ContractSession

ORDER = (Priority.NOW, Priority.LATER, Priority.NOT)
# A line between items; the selection colours are set too, or the text of a selected item
# disappears against the style's pale selection.
ITEM_STYLE = (
    "QListView::item { border-bottom: 1px solid #dde3e8; color: #1a1a1a; }"
    "QListView::item:selected { background: #1f4e79; color: #ffffff; }"
)
EDIT_TRIGGERS = QAbstractItemView.EditTrigger.EditKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked


class PriorityListView(QListView):
    """A list that reports Delete and accepts drops from the other two lists."""

    def __init__(self, column: PriorityColumn) -> None:
        super().__init__(column)
        self.column = column
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(EDIT_TRIGGERS | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setWordWrap(True)
        # Long names wrap inside the column instead of scrolling sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setStyleSheet(ITEM_STYLE)
        self.setSpacing(4)  # not item padding: Qt's size hints ignore it and long names get cut off

    def sizeHint(self) -> QSize:
        """Tall enough for the activities it holds (at least six, at most twelve lines of two)."""
        rows = self.model().rowCount() if self.model() is not None else 0
        line = self.fontMetrics().height() * 2 + 14
        height = min(max(rows + 1, 6), 12) * line + 2 * self.frameWidth()
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), 4 * (self.fontMetrics().height() * 2 + 14))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() == Qt.Key.Key_Delete
            and self.state() != QAbstractItemView.State.EditingState
            and self.currentIndex().isValid()
        ):
            self.column.editor.delete_current(self.column)
            return
        if event.modifiers() == Qt.KeyboardModifier.ControlModifier and event.key() in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
        ):
            self.column.editor.shift_current(-1 if event.key() == Qt.Key.Key_Left else 1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: ANN001  (Qt's event type)
        self.column.editor.current_column = self.column
        if not self.currentIndex().isValid() and self.model() is not None and self.model().rowCount():
            self.setCurrentIndex(self.model().index(0, 0))
        super().focusInEvent(event)


class PriorityColumn(QFrame):
    """Title, explanation, the list and the "add" field of one priority."""

    def __init__(self, editor: PrioritiesEditor, priority: str, title: str, explanation: str) -> None:
        super().__init__(editor)
        self.editor = editor
        self.priority = priority
        self.setObjectName("priorityColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.model = PriorityListModel(editor.board, priority, self)
        heading = QLabel(title, self)
        heading.setObjectName("titleLabel")  # large and bold in the window style, also when zoomed
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        heading.setFont(font)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        note.setObjectName("hintLabel")
        self.view = PriorityListView(self)
        self.view.setModel(self.model)
        self.model.modelReset.connect(self.view.updateGeometry)
        self.view.setAccessibleName(self.tr("Activiteiten: %1").replace("%1", title))
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(self.tr("Nieuwe activiteit… (Enter)"))
        self.new_name.setMaxLength(limits.MAX_TITLE)
        self.new_name.setAccessibleName(self.tr("Nieuwe activiteit bij %1").replace("%1", title))
        self.new_name.returnPressed.connect(self.add_from_field)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.new_name)

    def add_from_field(self) -> None:
        stored = self.editor.board.add(self.new_name.text(), self.priority)
        if stored is not None:
            self.new_name.clear()
            row = self.model.row_of_id(stored.id)
            self.view.setCurrentIndex(self.model.index(row, 0))
            # The activity just added is the chosen one: "Naar Niet" right after Enter moves it.
            self.editor.current_column = self


class PrioritiesEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.board = PriorityBoard(session, self)
        self.columns = [
            PriorityColumn(self, Priority.NOW, self.tr("Nu"), self.tr("Hier gaan we nu mee aan de slag.")),
            PriorityColumn(
                self, Priority.LATER, self.tr("Later"), self.tr("Belangrijk, maar dit kan wachten.")
            ),
            PriorityColumn(self, Priority.NOT, self.tr("Niet"), self.tr("Dit doen we bewust niet.")),
        ]
        self.current_column = self.columns[0]
        self.setFocusProxy(self.columns[0].view)

        row = QHBoxLayout()
        row.setSpacing(12)
        for column in self.columns:
            row.addWidget(column, 1)
        self.move_buttons: list[QPushButton] = []
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Gekozen activiteit:"), self))
        for number, column in enumerate(self.columns, start=1):
            label = self.tr("Naar %1").replace("%1", column.findChild(QLabel).text())
            button = QPushButton(label, self)
            button.setToolTip(self.tr("Ctrl+%1").replace("%1", str(number)))
            button.setAccessibleName(label)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, p=column.priority: self.move_current(p))
            buttons.addWidget(button)
            self.move_buttons.append(button)
            self._action(
                QKeySequence(f"Ctrl+{number}"), lambda _c=False, p=column.priority: self.move_current(p)
            )
        buttons.addSpacing(12)
        hint = QLabel(
            self.tr("Slepen met de muis kan ook; Ctrl+Pijl links/rechts schuift een kolom op."), self
        )
        hint.setObjectName("hintLabel")  # the window style greys hints
        hint.setWordWrap(True)
        buttons.addWidget(hint, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row, 1)
        layout.addLayout(buttons)
        self.board.written.connect(self.changed)
        # The board as text for a screen reader: what is now, later and not done.
        self.setAccessibleName(self.tr("Prioriteitenbord"))
        self.board.changed.connect(self._describe)
        self.board.written.connect(self._describe)

    def _describe(self) -> None:
        parts = []
        for column in self.columns:
            names = [a.name for a in self.board.of_priority(column.priority) if a.name.strip()]
            title = column.findChild(QLabel).text()
            parts.append(f"{title}: {', '.join(names) if names else self.tr('niets')}")
        self.setAccessibleDescription("; ".join(parts))

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self.board.reload()
        self._describe()
        if self.session.read_only:  # a signed version opens read-only whoever shows it
            self.set_read_only(True)

    def set_read_only(self, read_only: bool) -> None:
        self.board.read_only = read_only
        for column in self.columns:
            column.new_name.setEnabled(not read_only)
            column.new_name.setVisible(not read_only)  # nothing to add to a signed version
            column.view.setEditTriggers(
                QAbstractItemView.EditTrigger.NoEditTriggers
                if read_only
                else EDIT_TRIGGERS | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
            column.view.setDragDropMode(
                QAbstractItemView.DragDropMode.NoDragDrop
                if read_only
                else QAbstractItemView.DragDropMode.DragDrop
            )
        for button in self.move_buttons:
            button.setEnabled(not read_only)
            button.setVisible(not read_only)  # no button that does nothing

    # ------------------------------------------------------------------ verbs
    def column_of(self, priority: str) -> PriorityColumn:
        return next(c for c in self.columns if c.priority == priority)

    def current_id(self) -> int | None:
        index = self.current_column.view.currentIndex()
        if not index.isValid():
            return None
        return self.current_column.model.items[index.row()].id

    def move_current(self, priority: str) -> bool:
        """Move the chosen activity to ``priority`` and keep the cursor on it there."""
        activity_id = self.current_id()
        if activity_id is None or not self.board.move([activity_id], priority):
            return False
        target = self.column_of(priority)
        row = target.model.row_of_id(activity_id)
        target.view.setFocus(Qt.FocusReason.OtherFocusReason)
        target.view.selectionModel().setCurrentIndex(
            target.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.current_column = target
        return True

    def shift_current(self, step: int) -> bool:
        number = self.columns.index(self.current_column) + step
        if not 0 <= number < len(self.columns):
            return False
        return self.move_current(self.columns[number].priority)

    def delete_current(self, column: PriorityColumn) -> bool:
        index = column.view.currentIndex()
        if not index.isValid() or self.board.read_only:
            return False
        activity = column.model.items[index.row()]
        if activity.name and not messages.confirm(
            self,
            self.tr("Activiteit verwijderen"),
            self.tr("Activiteit „%1” verwijderen? Ze verdwijnt ook uit de lijst met activiteiten.").replace(
                "%1", activity.name
            ),
            self.tr("Verwijderen"),
        ):
            return False
        row = index.row()
        if activity.id is None or not self.board.delete(activity.id):
            return False
        if column.model.rowCount():
            column.view.setCurrentIndex(column.model.index(min(row, column.model.rowCount() - 1), 0))
        return True

    def _action(self, keys: QKeySequence, slot: object) -> QAction:
        action = QAction(self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action
