"""The start window: every opgave in a searchable, sortable table, with new / open / remove.

It shows what it is given (:meth:`StartWindow.set_opgaven`, :meth:`set_municipality`) and
announces what the user wants with signals carrying the opgave id; the main window talks to the
database. Enter or a double click on a row opens it. The search field gets the keyboard when the
window opens: typing filters, Enter opens the selected (first matching) opgave and the down arrow
moves into the list. Layout: ``forms/start_window.ui``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QPixmap
from PySide6.QtWidgets import QHeaderView, QWidget

from koerskaart.ui.generated.ui_start_window import Ui_StartWindow
from koerskaart.ui.opgave_table_model import (
    ID_ROLE,
    STATUS_ORDER,
    Column,
    OpgaveFilterProxy,
    OpgaveTableModel,
)

if TYPE_CHECKING:
    from koerskaart.storage.repository import OpgaveSummary

LOGO_HEIGHT = 40


class StartWindow(QWidget):
    newRequested = Signal()
    openRequested = Signal(int)  # opgave id
    removeRequested = Signal(int)  # opgave id
    selectionChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_StartWindow()
        self.ui.setupUi(self)
        self.ui.municipalityLabel.setTextFormat(Qt.TextFormat.PlainText)  # typed by a user
        self.model = OpgaveTableModel(self)
        self.proxy = OpgaveFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        table = self.ui.tableView
        table.setModel(self.proxy)
        table.sortByColumn(Column.UPDATED, Qt.SortOrder.DescendingOrder)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in Column:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.TITLE, QHeaderView.ResizeMode.Stretch)
        table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.ui.emptyFilterLabel.hide()

        self.ui.searchEdit.textChanged.connect(self._search)
        self.ui.searchEdit.returnPressed.connect(self._open_current)
        self.ui.searchEdit.installEventFilter(self)
        table.activated.connect(self._activated)
        table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.openButton.clicked.connect(self._open_current)
        self.ui.removeButton.clicked.connect(self._remove_current)
        self._selection_changed()

    # ------------------------------------------------------------------ what is shown
    def set_opgaven(self, rows: Sequence[OpgaveSummary]) -> None:
        """Show ``rows``, keeping the selected opgave selected when it is still there."""
        selected = self.current_opgave_id()
        self.model.set_rows(rows)
        self._fit_columns()
        self._update_count()
        if selected is not None:
            self.select_opgave(selected)
        if self.current_opgave_id() is None and self.proxy.rowCount() > 0:
            self.ui.tableView.selectRow(0)
        self._selection_changed()

    def set_municipality(self, name: str, logo: bytes | None) -> None:
        self.ui.municipalityLabel.setText(name)
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            self.ui.logoLabel.setPixmap(
                pixmap.scaledToHeight(LOGO_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
            self.ui.logoLabel.setAccessibleName(self.tr("Logo van de gemeente"))
            self.ui.logoLabel.show()
        else:
            self.ui.logoLabel.clear()
            self.ui.logoLabel.hide()

    def current_opgave_id(self) -> int | None:
        index = self.ui.tableView.selectionModel().currentIndex()
        rows = self.ui.tableView.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        value = index.siblingAtColumn(0).data(ID_ROLE)
        return int(value) if value is not None else None

    def select_opgave(self, opgave_id: int) -> bool:
        row = self.model.row_of(opgave_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.ui.tableView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        )
        self.ui.tableView.scrollTo(index)
        return True

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def focus_table(self) -> None:
        self.ui.tableView.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ reactions
    def _search(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()
        if self.current_opgave_id() is None and self.proxy.rowCount() > 0:
            self.ui.tableView.selectRow(0)
        self._selection_changed()

    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            # Dutch is the source language, so the plural is chosen here rather than by a .qm.
            text = self.tr("1 opgave") if total == 1 else self.tr("%n opgaven", "", total)
        else:
            text = self.tr("%1 van %2").replace("%1", str(shown)).replace("%2", str(total))
        self.ui.countLabel.setText(text)
        self.ui.emptyFilterLabel.setVisible(total > 0 and shown == 0)

    def _selection_changed(self) -> None:
        has = self.current_opgave_id() is not None
        self.ui.openButton.setEnabled(has)
        self.ui.removeButton.setEnabled(has)
        self.selectionChanged.emit()

    def _activated(self, index: QModelIndex) -> None:
        value = index.siblingAtColumn(0).data(ID_ROLE)
        if value is not None:
            self.openRequested.emit(int(value))

    def _open_current(self) -> None:
        opgave_id = self.current_opgave_id()
        if opgave_id is not None:
            self.openRequested.emit(opgave_id)

    def _remove_current(self) -> None:
        opgave_id = self.current_opgave_id()
        if opgave_id is not None:
            self.removeRequested.emit(opgave_id)

    def _fit_columns(self) -> None:
        """Size the short columns to their widest possible text, measured once from the font.

        Cheaper than ``ResizeToContents``, which asks the model for every visible cell on every
        layout; the title column takes the rest of the width.
        """
        table = self.ui.tableView
        header = table.horizontalHeader()
        cell = table.fontMetrics()
        bold = QFont(header.font())
        bold.setBold(True)
        head = QFontMetrics(bold)
        rows = [self.model.summary(r) for r in range(self.model.rowCount())]
        samples = {
            Column.STATUS: [self.model.status_label(s) for s in STATUS_ORDER],
            Column.VERSION: ["99"],
            Column.UPDATED: ["28-12-2026 23:59"],
            Column.TASK_LEADER: sorted({r.task_leader for r in rows}, key=len)[-5:],
            Column.DOMAIN: sorted({r.domain for r in rows}, key=len)[-5:],
        }
        em = cell.horizontalAdvance("M")
        padding = em * 6 // 5  # room for the cell margins and the sort arrow
        for column, texts in samples.items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            widths = [cell.horizontalAdvance(t) for t in texts] + [head.horizontalAdvance(title) + em]
            header.resizeSection(column, min(max(widths) + padding, em * 16))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Page Down in the search field continues in the list, at the selected row."""
        if (
            watched is self.ui.searchEdit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown)
            and self.proxy.rowCount() > 0
        ):
            if self.current_opgave_id() is None:
                self.ui.tableView.selectRow(0)
            self.focus_table()
            return True
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.model.retranslate()
            self._update_count()
            self._fit_columns()
        elif event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_columns()
        super().changeEvent(event)
