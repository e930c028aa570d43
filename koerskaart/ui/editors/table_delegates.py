"""Cell editors for :class:`~koerskaart.ui.editors.table_model.RowTableModel` columns.

One delegate per kind of column: text (a line edit with a hint), choice (a combo box with the
Dutch labels, the stored value as item data), whole number (a spin box; "—" is empty) and date
(a typed date with a calendar, :mod:`koerskaart.ui.editors.date_field`). Check boxes need no
delegate: the model's check state does it. :func:`install_delegates` gives each column of a view
its delegate.

A text cell that is still open is written while typing, by the same rule as a plain field
(:mod:`koerskaart.ui.conversation.autosave`): at most ~0.5 s after the last keystroke, so a name
typed into a new row survives a crash even when the cell was never left.

What this module must not do: store anything itself. It hands values to the model, which writes.
"""

from __future__ import annotations

from time import monotonic

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from koerskaart.storage.limits import text_limit
from koerskaart.ui.conversation.autosave import DEBOUNCE_MS, MAX_DELAY_MS
from koerskaart.ui.editors.date_field import DateLineEdit
from koerskaart.ui.editors.table_model import Column, Kind

AnyIndex = QModelIndex | QPersistentModelIndex


def wrapped_height(text: str, font: QFont, width: int) -> int:
    """Height of ``text`` wrapped as an item view wraps it (at words, or inside a word that is
    wider than the room)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return int(height + 0.999)


class WrappingDelegate(QStyledItemDelegate):
    """The view's delegate for every cell: a row is as tall as its wrapped text, and a word wider
    than its column is broken over two lines instead of being cut off with "…" (as Qt's own
    drawing does), so in large type every letter of a name stays on the shared screen."""

    breaks_long_words = True  # the fit test reads this: such a cell never elides a word

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        view = self.parent()
        model = view.model() if isinstance(view, QTableView) else None
        text = model.data(index, Qt.ItemDataRole.DisplayRole) if model is not None else None
        if not isinstance(text, str) or not text or not view.wordWrap():
            super().paint(painter, option, index)
            return
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
        item.text = ""  # the style draws the cell (background, selection, icon); the text is ours
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, view) + 1
        room = QRectF(text_rect.adjusted(margin, 0, -margin, 0))
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        layout = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        layout.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        painter.save()
        painter.setFont(item.font)
        painter.setPen(item.palette.color(role))
        painter.setClipRect(option.rect)
        painter.drawText(room, text, layout)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802 (Qt)
        """Tall enough for the whole text as it is drawn: wrapped in the column's text room,
        after the style's padding (the style's own hint wraps in the full width and so comes
        out a line short, and Qt then cuts the last line off with "…")."""
        hint = super().sizeHint(option, index)
        view = self.parent()  # every delegate here belongs to its view
        if not isinstance(view, QTableView) or not view.wordWrap():
            return hint
        # Read through the Python model, and fill in the option by hand: in PySide 6.12 a None
        # coming back from QModelIndex.data() or from initStyleOption() is not reference-counted,
        # and this runs for every cell on every layout.
        model = view.model()
        text = model.data(index, Qt.ItemDataRole.DisplayRole) if model is not None else None
        if not isinstance(text, str) or not text:
            return hint
        item = QStyleOptionViewItem(option)
        item.text = text
        features = QStyleOptionViewItem.ViewItemFeature
        item.features = features.WrapText | features.HasDisplay
        if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
            item.features |= features.HasDecoration
        item.rect = QRect(0, 0, view.columnWidth(index.column()), max(hint.height(), 1))
        style = view.style()
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, view)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, item, view) + 1
        # A little narrower than measured: the style draws some pixels inside this rectangle.
        needed = wrapped_height(text, item.font, max(text_rect.width() - 4 * margin, 1))
        chrome = item.rect.height() - text_rect.height()
        return QSize(hint.width(), max(hint.height(), needed + chrome + 2))


class ColumnDelegate(WrappingDelegate):
    """Base: knows its column, gives the editor an accessible name and a tooltip."""

    def __init__(self, column: Column, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = column

    def _label(self, editor: QWidget) -> QWidget:
        editor.setAccessibleName(self.column.header)
        if self.column.tooltip:
            editor.setToolTip(self.column.tooltip)
        return editor


class CommitWhileTyping(QObject):
    """Hands an open cell's text to the model ~0.3 s after the last key, never later than 0.5 s
    after the first unsaved one (the autosave rule of the plain fields). ``typing`` is the line
    edit the keys go into: the editor itself, or the line of an editable combo box."""

    def __init__(self, delegate: ColumnDelegate, editor: QWidget, typing: QLineEdit | None = None) -> None:
        super().__init__(editor)
        self._delegate = delegate
        self._editor = editor
        self._first: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.commit)
        line = typing if typing is not None else editor
        assert isinstance(line, QLineEdit)
        line.textEdited.connect(self._typed)
        delegate.closeEditor.connect(self._closed)

    def _closed(self, editor: QWidget, *_hint: object) -> None:
        if editor is self._editor:
            self._timer.stop()  # closing writes the text itself (setModelData)

    def _typed(self, _text: str) -> None:
        now = monotonic()
        if self._first is None:
            self._first = now
        waited_ms = (now - self._first) * 1000
        self._timer.start(int(max(0, min(DEBOUNCE_MS, MAX_DELAY_MS - waited_ms))))

    def commit(self) -> None:
        self._timer.stop()
        self._first = None
        if self._editor.isVisible():  # still open in its view
            self._delegate.commitData.emit(self._editor)


class TextDelegate(ColumnDelegate):
    """A line edit that stops at the field's declared maximum length (``storage/limits.py``)."""

    max_length: int | None = None

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setFrame(False)
        editor.setPlaceholderText(self.column.placeholder)
        if self.max_length:
            editor.setMaxLength(self.max_length)
        CommitWhileTyping(self, editor)
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


class ClearableDateEdit(DateLineEdit):
    """A cell's date: typed as in every date field (12-3-2025, 120325); empty is "no date"."""

    def clear_date(self) -> None:
        self.set_date_value(None, edited=True)


class DateDelegate(ColumnDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = ClearableDateEdit(parent)
        editor.setFrame(False)
        # Stored when the cell is left (a stored date can move its row, which closes the cell).
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, ClearableDateEdit)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.set_date_value(value.toPython() if isinstance(value, QDate) and value.isValid() else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, ClearableDateEdit)
        ok, value = editor.read()
        if not ok:
            return  # not a day that exists: the cell keeps its stored date
        model.setData(index, QDate(value) if value is not None else None, Qt.ItemDataRole.EditRole)


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
