"""A Qt table model over the rows of one contract table (participants, activities, partners, ...).

:class:`RowTableModel` shows a list of SQLModel rows through :class:`Column` descriptors (which
attribute, its Dutch header, what kind of value) and writes every finished cell edit at once
through :class:`~koerskaart.ui.session.ContractSession`. When the session refuses a write (signed
contract, changed elsewhere, disk full) the cell keeps its stored value; the session has already
told the window why. Rows are added, removed and moved with the proper ``begin…``/``end…`` calls
so views keep their selection.

What this module must not do: decide what is valid in the domain (callers pass ``cell_problem``)
or show dialogs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, TypeVar

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from koerskaart.storage.models import ContractRow
from koerskaart.ui.session import ContractSession

T = TypeVar("T", bound=ContractRow)
AnyIndex = QModelIndex | QPersistentModelIndex

EMPTY_FOREGROUND = QColor("#6b6b6b")
PROBLEM_BACKGROUND = QColor("#fff1d6")


class Kind(StrEnum):
    """How a column's value is shown and edited."""

    TEXT = "text"
    CHOICE = "choice"  # one of ``choices``: (stored value, Dutch label)
    INT = "int"  # whole number in minimum..maximum, or empty when ``optional``
    DATE = "date"  # a date, or empty when ``optional``
    BOOL = "bool"  # a check box


@dataclass(frozen=True)
class Column:
    """One column of a :class:`RowTableModel`."""

    attribute: str
    header: str  # already translated
    kind: Kind = Kind.TEXT
    choices: tuple[tuple[Any, str], ...] = ()
    minimum: int = 0
    maximum: int = 99
    optional: bool = True
    placeholder: str = ""  # hint inside the cell editor
    empty_text: str = ""  # shown (in grey) in a cell without a value
    stretch: bool = False  # takes the remaining width of the table
    width: int = 0  # starting width in average characters (0: fit the header)
    tooltip: str = ""
    formatter: Callable[[Any], str] | None = None  # custom display text of a value
    row_text: Callable[[Any], str] | None = None  # display text that depends on the whole row

    def display(self, value: Any) -> str:
        """The cell text; empty values give "" so that ``empty_text`` shows instead."""
        if self.formatter is not None:
            return self.formatter(value)
        if value is None or value == "" or self.kind is Kind.BOOL:
            return ""
        if self.kind is Kind.CHOICE:
            return self._choice_label(value)
        if self.kind is Kind.DATE and isinstance(value, date):
            return value.strftime("%d-%m-%Y")
        return str(value)

    def _choice_label(self, value: Any) -> str:
        for stored, label in self.choices:
            if stored == value:
                return label
        return "" if value is None else str(value)

    def to_python(self, value: Any) -> tuple[bool, Any]:
        """(ok, value to store) for what an editor handed in."""
        if self.kind is Kind.TEXT:
            return True, "" if value is None else str(value).strip()
        if self.kind is Kind.CHOICE:
            return (any(stored == value for stored, _ in self.choices), value)
        if self.kind is Kind.INT:
            if value is None or value == "":
                return self.optional, None
            try:
                number = int(value)
            except (TypeError, ValueError):
                return False, None
            return self.minimum <= number <= self.maximum, number
        if self.kind is Kind.DATE:
            if isinstance(value, QDate):
                value = value.toPython() if value.isValid() else None
            if value is None:
                return self.optional, None
            return isinstance(value, date), value
        return True, bool(value)


def copy_row(row: T) -> T:
    """A detached copy to change and hand to the session, so a refused write changes nothing."""
    return type(row).model_validate(row.model_dump())


class RowTableModel(QAbstractTableModel):
    """The rows of ``model_cls`` of the session's contract, one per line."""

    rowsWritten = Signal()  # a change by this model was stored

    def __init__(
        self,
        session: ContractSession,
        model_cls: type[ContractRow],
        columns: Sequence[Column],
        *,
        new_row: Callable[[], ContractRow] | None = None,
        cell_problem: Callable[[Any, str], str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.model_cls = model_cls
        self.columns = list(columns)
        self.rows: list[Any] = []
        self.read_only = False
        self._new_row = new_row or (lambda: model_cls(contract_id=session.contract_id))
        self._cell_problem = cell_problem
        self._writing = False
        self._table = model_cls.table_name()
        self._pending: dict[int, ContractRow] = {}  # row id -> edit made while the server was away
        session.contentChanged.connect(self._on_content_changed)
        session.connectionRestored.connect(self._write_pending)

    # ------------------------------------------------------------------ reading
    def reload(self) -> None:
        self.beginResetModel()
        self.rows = list(self.session.rows(self.model_cls))
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def column_of(self, attribute: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.attribute == attribute)

    def row_of_id(self, row_id: int | None) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == row_id), -1)

    def problem(self, row: int, attribute: str) -> str:
        if self._cell_problem is None:
            return ""
        return self._cell_problem(self.rows[row], attribute)

    def has_content(self, row: int) -> bool:
        """True when any shown value differs from a freshly added row."""
        fresh = self._new_row()
        return any(getattr(self.rows[row], c.attribute) != getattr(fresh, c.attribute) for c in self.columns)

    def row_title(self, row: int) -> str:
        """The first non-empty text of the row, to name it in a question."""
        for column in self.columns:
            if column.kind is Kind.TEXT and getattr(self.rows[row], column.attribute):
                return str(getattr(self.rows[row], column.attribute))
        return ""

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.attribute)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.kind is Kind.BOOL:
                return None
            text = column.row_text(self.rows[index.row()]) if column.row_text else column.display(value)
            return text or column.empty_text or None
        if role == Qt.ItemDataRole.EditRole:
            if column.kind is Kind.DATE:
                return QDate(value) if value else QDate()
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind is Kind.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.problem(index.row(), column.attribute) or column.tooltip or None
        if role == Qt.ItemDataRole.DecorationRole and self.problem(index.row(), column.attribute):
            return _warning_icon()
        if role == Qt.ItemDataRole.BackgroundRole and self.problem(index.row(), column.attribute):
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole and column.empty_text and not column.display(value):
            return EMPTY_FOREGROUND
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self.problem(index.row(), column.attribute) or None
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].header
            if role == Qt.ItemDataRole.ToolTipRole:  # the full header when its column is narrow
                return self.columns[section].tooltip or self.columns[section].header
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return flags
        if self.columns[index.column()].kind is Kind.BOOL:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    # ------------------------------------------------------------------ writing
    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        column = self.columns[index.column()]
        if column.kind is Kind.BOOL and role == Qt.ItemDataRole.CheckStateRole:
            ok, new = True, value in (Qt.CheckState.Checked, Qt.CheckState.Checked.value)
        elif role == Qt.ItemDataRole.EditRole:
            ok, new = column.to_python(value)
        else:
            return False
        if not ok:
            return False
        return self.set_value(index.row(), column.attribute, new)

    def set_value(self, row: int, attribute: str, value: Any) -> bool:
        """Store one value of one row; on refusal the row keeps its stored value."""
        current = self.rows[row]
        if getattr(current, attribute) == value:
            return True
        candidate = copy_row(current)
        setattr(candidate, attribute, value)
        stored = self._write(lambda: self.session.save_row(candidate))
        if stored is None and self.session.offline and candidate.id is not None:
            # The server is away: keep the edit on screen and write it when it is back.
            self.rows[row] = candidate
            self._pending[candidate.id] = candidate
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
            return True
        if stored is not None:
            self.rows[row] = stored
            self._pending.pop(stored.id or 0, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if stored is None:
            return False
        self.rowsWritten.emit()
        return True

    def insert_row(self, **values: Any) -> int | None:
        """Add a row at the end (stored at once); returns its row number, None if refused."""
        if self.read_only:
            return None
        candidate = self._new_row()
        for name, value in values.items():
            setattr(candidate, name, value)
        stored = self._write(lambda: self.session.save_row(candidate))
        if stored is None:
            return None
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append(stored)
        self.endInsertRows()
        self.rowsWritten.emit()
        return row

    def remove_row(self, row: int) -> bool:
        if self.read_only or not 0 <= row < len(self.rows):
            return False
        if not self._write(lambda: self.session.delete_row(self.model_cls, self.rows[row].id)):
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.rows[row]
        self.endRemoveRows()
        self.rowsWritten.emit()
        return True

    def move_row(self, row: int, delta: int) -> bool:
        """Move one row ``delta`` places up (-) or down (+); stores the new order."""
        target = row + delta
        if self.read_only or delta == 0 or not (0 <= row < len(self.rows) and 0 <= target < len(self.rows)):
            return False
        order = [r.id for r in self.rows]
        order.insert(target, order.pop(row))
        if not self._write(lambda: self.session.reorder_rows(self.model_cls, order)):
            return False
        destination = target + 1 if delta > 0 else target
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        self.rows.insert(target, self.rows.pop(row))
        self.endMoveRows()
        for position, item in enumerate(self.rows, start=1):
            item.position = position
        self.rowsWritten.emit()
        return True

    # ------------------------------------------------------------------ internals
    def _write(self, action: Callable[[], T]) -> T:
        self._writing = True
        try:
            return action()
        finally:
            self._writing = False

    @property
    def pending(self) -> bool:
        """True while a cell edit made without a server connection is not yet written."""
        return bool(self._pending)

    def _write_pending(self) -> None:
        if not self._pending:
            return
        for row_id, candidate in list(self._pending.items()):
            stored = self._write(lambda c=candidate: self.session.save_row(c))
            if stored is None:
                return  # refused again (away again, or changed elsewhere): the window says why
            del self._pending[row_id]
            row = self.row_of_id(row_id)
            if 0 <= row < len(self.rows):
                self.rows[row] = stored
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.rowsWritten.emit()

    def _on_content_changed(self, what: str) -> None:
        """Another editor of the same window changed this table: show its rows too."""
        if what == self._table and not self._writing:
            self.reload()


_ICON: QIcon | None = None


def _warning_icon() -> QIcon:
    global _ICON
    if _ICON is None:
        _ICON = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    return _ICON
