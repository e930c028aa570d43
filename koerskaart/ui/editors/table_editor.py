"""A keyboard-friendly table of rows with add, delete and move buttons.

:class:`RowTableView` is a ``QTableView`` whose Tab walks through the cells and onto the next
row and, at the last cell, leaves the table (Shift+Tab at the first cell too); typing or F2
starts editing, Enter edits the current cell, Delete asks to remove the row.
:class:`RowTableEditor` puts that view above four buttons — "Regel toevoegen" (Ctrl+Insert,
Alt+N), "Verwijderen" (Delete), "Omhoog" (Ctrl+Up), "Omlaag" (Ctrl+Down) — and asks for
confirmation before removing a row only when it holds something.

What this module must not do: know which table it shows. Columns and rules come from the
:class:`~koerskaart.ui.editors.table_model.RowTableModel` it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koerskaart.ui import messages
from koerskaart.ui.editors.table_delegates import install_delegates
from koerskaart.ui.editors.table_model import Kind, RowTableModel

MIN_STRETCH_CHARS = 22  # a text column keeps room for about this many characters
MIN_ROWS = 4  # a table never shows fewer lines than this
MAX_ROWS = 10  # ... and grows with its rows up to this many before it scrolls
MIN_SHRINK = 0.6  # fixed columns never shrink below this share of their wanted width
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class RowTableView(QTableView):
    """A table view that Tab can leave and that reports Delete on a row."""

    deleteRequested = Signal()
    metricsChanged = Signal()  # font (presentation mode, zoom) or width changed: columns must follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.fit_rows_to_font()
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )

    def sizeHint(self) -> QSize:
        """Tall enough for its rows plus one (between MIN_ROWS and MAX_ROWS), so that inside a
        scrolling page the table grows with its content instead of scrolling on its own."""
        rows = self.model().rowCount() if self.model() is not None else 0
        return QSize(super().sizeHint().width(), self._height_for(min(max(rows + 1, MIN_ROWS), MAX_ROWS)))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(MIN_ROWS))

    def _height_for(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        return header + rows * self.verticalHeader().defaultSectionSize() + scrollbar + 2 * self.frameWidth()

    def fit_rows_to_font(self) -> None:
        # Room for two lines: long names wrap instead of being cut off.
        self.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 2.4))
        self.updateGeometry()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows_to_font()
            self.metricsChanged.emit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.metricsChanged.emit()

    def _at_edge(self, forward: bool) -> bool:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return True
        current = self.currentIndex()
        if not current.isValid():
            return False
        if forward:
            return current.row() == model.rowCount() - 1 and current.column() == model.columnCount() - 1
        return current.row() == 0 and current.column() == 0

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """No wrap-around: Tab past the last cell (or Shift+Tab before the first) leaves the table."""
        if cursorAction == QAbstractItemView.CursorAction.MoveNext and self._at_edge(True):
            return QModelIndex()
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious and self._at_edge(False):
            return QModelIndex()
        return super().moveCursor(cursorAction, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        leaving = (hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._at_edge(True)) or (
            hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem and self._at_edge(False)
        )
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if leaving else hint)
        if leaving:
            QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid():
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.deleteRequested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
            ):
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)


class RowTableEditor(QWidget):
    """A :class:`RowTableView` on ``model`` with the four row buttons below it."""

    changed = Signal()  # a row was stored, removed or moved

    def __init__(self, model: RowTableModel, *, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = RowTableView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(accessible_name)
        self.setFocusProxy(self.view)
        self.delegates = install_delegates(self.view, model.columns)
        self._size_columns()

        self.add_button = self._button(
            self.tr("Regel toevoegen"), self.tr("Nieuwe regel (Ctrl+Insert of Alt+N)")
        )
        self.delete_button = self._button(
            self.tr("Verwijderen"), self.tr("Gekozen regel verwijderen (Delete)")
        )
        self.up_button = self._button(
            self.tr("Omhoog"), self.tr("Regel een plaats omhoog (Ctrl+Pijl omhoog)")
        )
        self.down_button = self._button(
            self.tr("Omlaag"), self.tr("Regel een plaats omlaag (Ctrl+Pijl omlaag)")
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.view.deleteRequested.connect(self.delete_current)
        self.view.metricsChanged.connect(self._size_columns)

        self.actions_by_name = {
            "add": self._action([QKeySequence("Ctrl+Insert"), QKeySequence("Alt+N")], lambda: self.add_row()),
            "up": self._action([QKeySequence("Ctrl+Up")], lambda: self.move_current(-1)),
            "down": self._action([QKeySequence("Ctrl+Down")], lambda: self.move_current(1)),
        }

        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        model.rowsWritten.connect(self.changed)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.view.updateGeometry)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ verbs
    def first_editable_column(self) -> int:
        return next((i for i, c in enumerate(self.model.columns) if c.kind is not Kind.BOOL), 0)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_cell(self, row: int, column: int = 0, *, edit: bool = False) -> None:
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.view.edit(index)

    def add_row(self, **values: object) -> int | None:
        """Store a new row at the end and start typing in its first cell."""
        row = self.model.insert_row(**values)
        if row is not None:
            self.select_cell(row, self.first_editable_column(), edit=True)
        return row

    def delete_current(self) -> bool:
        row = self.current_row()
        if row < 0 or self.model.read_only:
            return False
        if self.model.has_content(row):
            title = self.model.row_title(row)
            text = (
                self.tr("Regel „%1” verwijderen?").replace("%1", title)
                if title
                else self.tr("Deze regel verwijderen? Er staat al iets in.")
            )
            if not messages.confirm(self, self.tr("Regel verwijderen"), text, self.tr("Verwijderen")):
                return False
        column = max(self.view.currentIndex().column(), 0)
        if not self.model.remove_row(row):
            return False
        if self.model.rowCount():
            self.select_cell(min(row, self.model.rowCount() - 1), column)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_current(self, delta: int) -> bool:
        row = self.current_row()
        column = max(self.view.currentIndex().column(), 0)
        if row < 0 or not self.model.move_row(row, delta):
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row + delta, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self._update_buttons()

    # ------------------------------------------------------------------ internals
    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setAutoDefault(False)
        return button

    def _action(self, keys: list[QKeySequence], slot: object) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _size_columns(self) -> None:
        """Give fixed columns their width in characters; shrink them (never below ~60 %) when the
        text columns would otherwise be squeezed, as happens with large type on a shared screen."""
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(48)
        char = self.view.fontMetrics().averageCharWidth()
        wanted: dict[int, int] = {}
        stretch_need = 0
        for number, column in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(number, mode)
            if column.stretch:
                stretch_need += char * MIN_STRETCH_CHARS
            elif column.width:
                wanted[number] = max(char * column.width + 16, header.sectionSizeHint(number))
            else:
                wanted[number] = max(header.sectionSizeHint(number) + 24, char * 12)
        room = self.view.viewport().width() - stretch_need
        total = sum(wanted.values())
        factor = 1.0 if total <= room or total == 0 else max(MIN_SHRINK, room / total)
        # A date (with room for a warning icon) is never cut off.
        date_width = self.view.fontMetrics().horizontalAdvance("00-00-0000") + 40
        for number, width in wanted.items():
            floor = date_width if self.model.columns[number].kind is Kind.DATE else 0
            header.resizeSection(number, max(int(width * factor), floor))

    def _update_buttons(self, *_args: object) -> None:
        writable = not self.model.read_only
        row = self.current_row()
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and row >= 0)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.model.rowCount() - 1)
        for action in self.actions_by_name.values():
            action.setEnabled(writable)
