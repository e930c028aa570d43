"""The table of capacity requests: per team what is asked, in which unit, per period, with which skills.

:class:`CapacityRequestModel` is a :class:`~koerskaart.ui.editors.table_model.RowTableModel` with
three additions: the team cell offers the municipality's teams (or any typed name) and stores
the team's id with its name; the amount is a decimal number typed with a comma; and a last,
read-only column shows the team leader's answer in colour, symbol and word.

What this module must not do: record confirmations (the panel and the editor do) or add up.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QStyleOptionViewItem, QWidget

from koerskaart.conversation.capacity_status import light_of, line_sum, waiting_for_answer
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.record.display import format_number
from koerskaart.storage.models import CapacityRequest, CapacityUnit, Team
from koerskaart.ui.editors.capacity_look import BACKGROUND, INK, badge_text, period_text, unit_name
from koerskaart.ui.editors.table_delegates import ColumnDelegate, CommitWhileTyping
from koerskaart.ui.editors.table_model import Column, RowTableModel, copy_row
from koerskaart.ui.language import current_language
from koerskaart.ui.session import ContractSession

AnyIndex = QModelIndex | QPersistentModelIndex
STATUS = "id"  # the answer column shows something derived from the row, never edited
DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def parse_amount(value: Any) -> float | None:
    """A typed amount ("0,8", "1.5", 2) as a non-negative number; None when it is not one."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(" ", "").replace(",", "."))
        except ValueError:
            return None
    return number if number >= 0 else None


class CapacityRequestModel(RowTableModel):
    """Capacity requests with a team picker, a decimal amount and the answer column."""

    def __init__(
        self,
        session: ContractSession,
        columns: list[Column],
        *,
        line_of: Callable[[CapacityRequest], CapacityLine],
        parent: Any = None,
    ) -> None:
        super().__init__(session, CapacityRequest, columns, parent=parent)
        self._line_of = line_of
        self.teams: list[Team] = []

    def reload(self) -> None:
        self.teams = self.session.repo.teams()
        super().reload()

    def line(self, row: int) -> CapacityLine:
        return self._line_of(self.rows[row])

    def has_content(self, row: int) -> bool:
        """A request with an answer always counts: removing it removes its history too."""
        return bool(self.line(row).history) or super().has_content(row)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self.columns[index.column()].attribute == STATUS:
            flags &= ~Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.row() < len(self.rows):
            attribute = self.columns[index.column()].attribute
            if attribute == STATUS and role in (
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                total = line_sum(self.line(index.row()))
                light = light_of(total)
                if role == Qt.ItemDataRole.BackgroundRole:
                    return BACKGROUND[light]
                if role == Qt.ItemDataRole.ForegroundRole:
                    return INK[light]
                return badge_text(light, waiting=waiting_for_answer(total))
            if attribute == "amount" and role == Qt.ItemDataRole.DisplayRole:
                return format_number(self.rows[index.row()].amount, current_language())
        return super().data(index, role)

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if index.isValid() and role == Qt.ItemDataRole.EditRole and not self.read_only:
            attribute = self.columns[index.column()].attribute
            if attribute == "amount":
                amount = parse_amount(value)
                return amount is not None and self.set_value(index.row(), "amount", amount)
            if attribute == "team_name":
                return self.set_team(index.row(), str(value or ""))
        return super().setData(index, value, role)

    def set_team(self, row: int, name: str) -> bool:
        """Store the team's name and, when it is one of the known teams, its id (one write)."""
        name = name.strip()
        team = next((t for t in self.teams if t.name.casefold() == name.casefold()), None)
        current = self.rows[row]
        team_id = team.id if team else None
        name = team.name if team else name
        if current.team_name == name and current.team_id == team_id:
            return True
        candidate = copy_row(current)
        candidate.team_name = name
        candidate.team_id = team_id
        stored = self._write(lambda: self.session.save_row(candidate))
        if stored is not None:
            self.rows[row] = stored
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        if stored is None:
            return False
        self.rowsWritten.emit()
        return True

    def team_leader(self, row: int) -> str:
        """The leader of the row's team as the municipality registered it; empty if unknown."""
        request = self.rows[row]
        for team in self.teams:
            if (request.team_id is not None and team.id == request.team_id) or (
                request.team_id is None and team.name == request.team_name
            ):
                return team.team_leader
        return ""


class TeamDelegate(ColumnDelegate):
    """An editable combo box of the known teams: pick one or type another name."""

    def __init__(self, column: Column, model: CapacityRequestModel, parent: QWidget | None = None) -> None:
        super().__init__(column, parent)
        self._model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.setEditable(True)
        editor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for team in self._model.teams:
            editor.addItem(team.name)
        editor.lineEdit().setPlaceholderText(self.column.placeholder)
        CommitWhileTyping(self, editor, editor.lineEdit())  # a typed team name is kept while typing
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole) or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class AmountDelegate(ColumnDelegate):
    """A decimal spin box with a Dutch comma."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setLocale(DUTCH)
        editor.setDecimals(2)
        editor.setRange(0, 100000)
        editor.setSingleStep(0.1)
        editor.setFrame(False)
        return self._label(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(float(index.data(Qt.ItemDataRole.EditRole) or 0.0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: AnyIndex) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


def unit_choices() -> tuple[tuple[str, str], ...]:
    return tuple((unit, unit_name(unit)) for unit in (CapacityUnit.FTE, CapacityUnit.HOURS))


def period_choices() -> tuple[tuple[str, str], ...]:
    return tuple((period, period_text(period)) for period in ("week", "maand", "jaar"))
