"""The start window's list of opgaven as a Qt table model, and the proxy that searches and sorts it.

:class:`OpgaveTableModel` shows rows of ``OpgaveSummary`` (from ``Repository.list_opgaven``):
title, status in Dutch words, contract version, last change in local time, opdrachtnemer and
domain. The model sorts itself (:meth:`OpgaveTableModel.sort`) the way a person expects (dates as
dates, versions as numbers, statuses in the order of the process): sorting 300 rows in Python
with precomputed keys takes a millisecond, where letting the proxy compare cells would call
``data()`` thousands of times. :class:`OpgaveFilterProxy` filters on title and opdrachtnemer,
ignoring case and accents ("ë" is found by "e"), and hands sorting to the model.

Read-only: the model never writes; it does not import the storage layer (so the first window
shows before SQLModel is loaded) and works on any object with the summary's attributes.
"""

from __future__ import annotations

import html
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

SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2
ID_ROLE = Qt.ItemDataRole.UserRole + 3

# The order of the process, for sorting by status.
STATUS_ORDER = ("concept", "in_gesprek", "ter_ondertekening", "getekend", "herzien")

Index = QModelIndex | QPersistentModelIndex


COLUMN_COUNT = 6


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
        self._display: list[tuple[str, ...]] = []
        self._keys: list[tuple[Any, ...]] = []
        self._search: list[str] = []
        self._headers: list[str] = []
        self._status_labels: dict[str, str] = {}
        self._open_by: dict[int, tuple[str, datetime]] = {}  # opgave id -> (holder, since)
        self.sort_column = int(Column.UPDATED)
        self.sort_order = Qt.SortOrder.DescendingOrder
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
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMN_COUNT - 1)
        if self._rows:
            self._display = [self._display_row(r) for r in self._rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def set_open_by(self, open_by: dict[int, tuple[str, datetime]]) -> None:
        """Who has which opgave's conversation open now (holder, since), shown in the status."""
        if open_by == self._open_by:
            return
        self._open_by = dict(open_by)
        if self._rows:
            self._display = [self._display_row(r) for r in self._rows]
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, COLUMN_COUNT - 1))

    def open_by_text(self, opgave_id: int) -> str:
        """ "geopend door A. de Vries sinds 10:02", or "" when nobody has it open."""
        found = self._open_by.get(opgave_id)
        if found is None:
            return ""
        holder, since = found
        return (
            self.tr("geopend door %1 sinds %2")
            .replace("%1", holder)
            .replace("%2", to_local(since).strftime("%H:%M"))
        )

    def set_rows(self, rows: Sequence[OpgaveSummary]) -> None:
        self.beginResetModel()
        self._set(list(rows))
        self._sort_rows()
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
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(self._headers):
                return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row, column = index.row(), index.column()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        if role == Qt.ItemDataRole.DisplayRole or role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display[row][column]
        if role == SEARCH_ROLE:
            return self._search[row]
        if role == ID_ROLE:
            return self._rows[row].id
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.TITLE:
            return title_tooltip(self._rows[row].title)
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.STATUS:
            return self._display[row][column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == Column.VERSION:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < COLUMN_COUNT:
            return
        self.sort_column, self.sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        ids = [self._rows[i.row()].id for i in before]
        self._sort_rows()
        rows = {summary.id: row for row, summary in enumerate(self._rows)}
        after = [self.index(rows[opgave_id], i.column()) for opgave_id, i in zip(ids, before, strict=True)]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    # ------------------------------------------------------------------ internals
    def _set(self, rows: list[OpgaveSummary]) -> None:
        self._rows = rows
        self._display = [self._display_row(r) for r in rows]
        self._keys = [self._sort_keys(r) for r in rows]
        self._search = [normalize(f"{r.title}\n{r.task_leader}") for r in rows]

    def _sort_rows(self) -> None:
        column = self.sort_column
        descending = self.sort_order == Qt.SortOrder.DescendingOrder
        order = sorted(range(len(self._rows)), key=lambda r: self._keys[r][column], reverse=descending)
        self._rows = [self._rows[r] for r in order]
        self._display = [self._display[r] for r in order]
        self._keys = [self._keys[r] for r in order]
        self._search = [self._search[r] for r in order]

    def _display_row(self, summary: OpgaveSummary) -> tuple[str, ...]:
        return (
            summary.title,
            " – ".join(t for t in (self.status_label(summary.status), self.open_by_text(summary.id)) if t),
            str(summary.latest_version) if summary.latest_version else "–",
            local_time_text(summary.updated_at),
            summary.task_leader,
            summary.domain,
        )

    @staticmethod
    def _sort_keys(summary: OpgaveSummary) -> tuple[Any, ...]:
        status = summary.status
        title = normalize(summary.title)
        # The title breaks ties, so equal statuses or dates still come in a stable, readable order.
        return (
            title,
            (STATUS_ORDER.index(status) if status in STATUS_ORDER else len(STATUS_ORDER), title),
            (summary.latest_version or 0, title),
            (summary.updated_at.timestamp(), title),
            (normalize(summary.task_leader), title),
            (normalize(summary.domain), title),
        )


class OpgaveFilterProxy(QSortFilterProxyModel):
    """Searches title and opdrachtnemer without regard to case or accents; the model sorts itself."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._needles: list[str] = []
        self.setDynamicSortFilter(True)

    def set_search(self, text: str) -> None:
        needles = normalize(text).split()
        if needles != self._needles:
            self.beginFilterChange()
            self._needles = needles
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if not self._needles:
            return True
        model = self.sourceModel()
        haystack = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE) or ""
        return all(needle in haystack for needle in self._needles)


TOOLTIP_LIMIT = 600  # characters; a longer title is shortened in its tool tip


def title_tooltip(title: str) -> str:
    """The tool tip of a title: escaped rich text, so it wraps and ``<b>`` shows as typed.

    Qt guesses whether a tool tip is rich text; a title like ``<b>x</b> & y`` would otherwise be
    shown as formatting, and a very long title as one line wider than the screen.
    """
    shown = title if len(title) <= TOOLTIP_LIMIT else title[: TOOLTIP_LIMIT - 1] + "…"
    return f"<p>{html.escape(shown, quote=False)}</p>"
