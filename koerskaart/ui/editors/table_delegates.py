"""Cell editors for :class:`~koerskaart.ui.editors.table_model.RowTableModel` columns.

One delegate per kind of column: text (a line edit with a hint), choice (a combo box with the
Dutch labels, the stored value as item data), whole number (a spin box; "—" is empty) and date
(a date edit with a calendar that can be emptied with Delete). Check boxes need no delegate: the
model's check state does it. :func:`install_delegates` gives each column of a view its delegate.

What this module must not do: store anything itself. It hands values to the model, which writes.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from koerskaart.storage.limits import text_limit
from koerskaart.ui.editors.table_model import Column, Kind

AnyIndex = QModelIndex | QPersistentModelIndex
EMPTY_DATE = QDate(1900, 1, 1)  # the "no date" value of ClearableDateEdit


class ColumnDelegate(QStyledItemDelegate):
    """Base: knows its column, gives the editor an accessible name and a tooltip."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column

    def _label(self, editor: QWidget) -> QWidget:
        editor.setAccessibleName(self.column.header)
        if self.column.tooltip:
            editor.setToolTip(self.column.tooltip)
        return editor


class TextDelegate(ColumnDelegate):
    """A line edit that stops at the field's declared maximum length (``storage/limits.py``)."""

    max_length: int | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.column.placeholder)
        if self.max_length:
            editor.setMaxLength(self.max_length)
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)


class ChoiceDelegate(ColumnDelegate):
    """A combo box of the Dutch labels; picking with the mouse stores at once."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        for value, label in self.column.choices:
            editor.addItem(label, value)
        editor.activated.connect(lambda _i, e=editor: self.commitData.emit(e))
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        for i, (stored, _label) in enumerate(self.column.choices):
            if stored == value:
                editor.setCurrentIndex(i)
                return

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        if editor.currentIndex() >= 0:
            model.setData(index, self.column.choices[editor.currentIndex()][0], Qt.ItemDataRole.EditRole)


class IntDelegate(ColumnDelegate):
    """A spin box over minimum..maximum; one step below the minimum reads "—" (empty)."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QSpinBox(parent)
        low = self.column.minimum - 1 if self.column.optional else self.column.minimum
        editor.setRange(low, self.column.maximum)
        if self.column.optional:
            editor.setSpecialValueText("—")
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setValue(editor.minimum() if value is None else int(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        empty = self.column.optional and editor.value() == editor.minimum()
        model.setData(index, None if empty else editor.value(), Qt.ItemDataRole.EditRole)


class ClearableDateEdit(QDateEdit):
    """A date edit that can hold "no date": Delete empties it, any other key starts at today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd-MM-yyyy")
        self.setMinimumDate(EMPTY_DATE)
        self.setSpecialValueText(self.tr("geen datum"))
        self.setToolTip(self.tr("Typ of kies een datum; Delete maakt de datum leeg."))

    def is_empty(self) -> bool:
        return self.date() == EMPTY_DATE

    def clear_date(self) -> None:
        self.setDate(EMPTY_DATE)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete:
            self.clear_date()
            return
        passing = {Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter}
        if self.is_empty() and event.key() not in passing and event.key() != Qt.Key.Key_Backspace:
            self.setDate(QDate.currentDate())
            # Select the day so the digits typed next replace it rather than being refused.
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)


class DateDelegate(ColumnDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        return self._label(ClearableDateEdit(parent))

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, ClearableDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(value, QDate) and value.isValid():
            editor.setDate(value)
        else:
            editor.clear_date()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, ClearableDateEdit)
        model.setData(index, None if editor.is_empty() else editor.date(), Qt.ItemDataRole.EditRole)


DELEGATES: dict[Kind, type[ColumnDelegate]] = {
    Kind.TEXT: TextDelegate,
    Kind.CHOICE: ChoiceDelegate,
    Kind.INT: IntDelegate,
    Kind.DATE: DateDelegate,
}


def install_delegates(
    view: QAbstractItemView, columns: list[Column], table: str = ""
) -> list[ColumnDelegate]:
    """Give every column of ``view`` the delegate of its kind (check boxes keep the default).

    ``table`` names the data model's table, so text cells stop at their declared maximum length.
    """
    installed = []
    for number, column in enumerate(columns):
        delegate_cls = DELEGATES.get(column.kind)
        if delegate_cls is None:
            continue
        delegate = delegate_cls(column, view)
        if isinstance(delegate, TextDelegate):
            delegate.max_length = text_limit(table, column.attribute)
        view.setItemDelegateForColumn(number, delegate)
        installed.append(delegate)
    return installed
