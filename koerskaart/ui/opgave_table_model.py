"""The start window's list of opgaven as a Qt table model, and the proxy that searches and sorts it.

:class:`OpgaveTableModel` shows rows of ``OpgaveSummary`` (from ``Repository.list_opgaven``):
title, status in Dutch words, contract version, last change in local time, opdrachtnemer and
domain. ``SORT_ROLE`` gives each cell a value that sorts the way a person expects (dates as
dates, versions as numbers, statuses in the order of the process). :class:`OpgaveFilterProxy`
filters on title and opdrachtnemer, ignoring case and accents ("ë" is found by "e").

Read-only: the model never writes; it does not import the storage layer (so the first window
shows before SQLModel is loaded) and works on any object with the summary's attributes.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from koerskaart.clock import to_local

if TYPE_CHECKING:
    from koerskaart.storage.repository import OpgaveSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

# The order of the process, for sorting by status.
STATUS_ORDER = ("concept", "in_gesprek", "ter_ondertekening", "getekend", "herzien")

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    TITLE = 0
    STATUS = 1
    VERSION = 2
    UPDATED = 3
    TASK_LEADER = 4
    DOMAIN = 5


def normalize(text: str) -> str:
    """Lower case without accents, for searching: "Ëuropaplein" → "europaplein"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def local_time_text(moment: datetime) -> str:
    return to_local(moment).strftime("%d-%m-%Y %H:%M")


class OpgaveTableModel(QAbstractTableModel):
    """Rows of opgave summaries; replaced as a whole after every change in the database."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OpgaveSummary] = []
        self._search: list[str] = []
        self._updated: list[str] = []
        self._headers: list[str] = []
        self._status_labels: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Take the current language's words for headers and statuses."""
        self._headers = [
            self.tr("Titel"),
            self.tr("Status"),
            self.tr("Versie"),
            self.tr("Laatste wijziging"),
            self.tr("Opdrachtnemer"),
            self.tr("Domein"),
        ]
        self._status_labels = {
            "concept": self.tr("concept"),
            "in_gesprek": self.tr("in gesprek"),
            "ter_ondertekening": self.tr("ter ondertekening"),
            "getekend": self.tr("getekend"),
            "herzien": self.tr("herzien"),
        }
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Column) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(Column) - 1))

    def set_rows(self, rows: Sequence[OpgaveSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._search = [normalize(f"{r.title}\n{r.task_leader}") for r in self._rows]
        self._updated = [local_time_text(r.updated_at) for r in self._rows]
        self.endResetModel()

    def summary(self, row: int) -> OpgaveSummary:
        return self._rows[row]

    def row_of(self, opgave_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == opgave_id:
                return row
        return None

    def status_label(self, status: str) -> str:
        return self._status_labels.get(status, status)

    # ------------------------------------------------------------------ Qt model interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        summary = self._rows[index.row()]
        column = Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(summary, column, index.row())
        if role == SORT_ROLE:
            return self._sort_key(summary, column)
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == ID_ROLE:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return summary.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def _display(self, summary: OpgaveSummary, column: Column, row: int) -> str:
        if column == Column.TITLE:
            return summary.title
        if column == Column.STATUS:
            return self.status_label(summary.status)
        if column == Column.VERSION:
            return str(summary.latest_version) if summary.latest_version else "–"
        if column == Column.UPDATED:
            return self._updated[row]
        if column == Column.TASK_LEADER:
            return summary.task_leader
        return summary.domain

    @staticmethod
    def _sort_key(summary: OpgaveSummary, column: Column) -> Any:
        if column == Column.STATUS:
            status = summary.status
            return STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER)
        if column == Column.VERSION:
            return summary.latest_version or 0
        if column == Column.UPDATED:
            return summary.updated_at.timestamp()
        if column == Column.TITLE:
            return normalize(summary.title)
        if column == Column.TASK_LEADER:
            return normalize(summary.task_leader)
        return normalize(summary.domain)


class OpgaveFilterProxy(QSortFilterProxyModel):
    """Searches title and opdrachtnemer without regard to case or accents; sorts by ``SORT_ROLE``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        needles = normalize(text).split()
        if needles != self._needles:
            self.beginFilterChange()
            self._needles = needles
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needles:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(needle in haystack for needle in self._needles)
