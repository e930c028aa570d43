"""The activities of a contract sorted into Nu / Later / Niet, as three list models over one board.

:class:`PriorityBoard` holds all activities of the contract in their stored order and does the
writes (add by name, rename, move to another priority and place, delete) through the session.
:class:`PriorityListModel` shows the activities of one priority, lets their name be edited in
place, and supports drag and drop between the three lists with a MIME type of activity ids.
The activities editor edits the same rows: each side reloads when the other writes.

What this module must not do: lay out widgets (see :mod:`koerskaart.ui.editors.priorities`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from koerskaart.storage.models import Activity
from koerskaart.ui.editors.table_model import copy_row
from koerskaart.ui.session import ContractSession

MIME_TYPE = "application/x-koerskaart-activity-ids"
AnyIndex = QModelIndex | QPersistentModelIndex


class PriorityBoard(QObject):
    """All activities of one contract and the writes that sort them."""

    changed = Signal()  # the activities changed (here or in another editor): lists must refresh
    written = Signal()  # a change made here was stored

    def __init__(self, session: ContractSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.activities: list[Activity] = []
        self.read_only = False
        self._writing = False
        session.contentChanged.connect(self._on_content_changed)

    def reload(self) -> None:
        self.activities = list(self.session.rows(Activity))
        self.changed.emit()

    def of_priority(self, priority: str) -> list[Activity]:
        return [a for a in self.activities if a.priority == priority]

    def find(self, activity_id: int) -> Activity | None:
        return next((a for a in self.activities if a.id == activity_id), None)

    # ------------------------------------------------------------------ writes
    def add(self, name: str, priority: str) -> Activity | None:
        name = name.strip()
        if not name or self.read_only:
            return None
        stored = self._save(Activity(contract_id=self.session.contract_id, name=name, priority=priority))
        if stored is not None:
            self.activities.append(stored)
            self._done()
        return stored

    def rename(self, activity_id: int, name: str) -> bool:
        current = self.find(activity_id)
        name = name.strip()
        if current is None or self.read_only or not name:
            return False
        if current.name == name:
            return True
        candidate = copy_row(current)
        candidate.name = name
        return self._replace(self._save(candidate))

    def delete(self, activity_id: int) -> bool:
        if self.read_only:
            return False
        self._writing = True
        try:
            ok = self.session.delete_row(Activity, activity_id)
        finally:
            self._writing = False
        if ok:
            self.activities = [a for a in self.activities if a.id != activity_id]
            self._done()
        return ok

    def move(
        self, ids: Sequence[int], priority: str, *, before_id: int | None = None, place: bool = False
    ) -> bool:
        """Give the activities ``ids`` the priority ``priority``.

        With ``place`` they are also put just before ``before_id`` (or after the last activity of
        that priority when ``before_id`` is None), as a drop at a spot in the list does.
        """
        if self.read_only:
            return False
        moving = [a for a in self.activities if a.id in ids]
        if not moving:
            return False
        for activity in moving:
            if activity.priority != priority:
                candidate = copy_row(activity)
                candidate.priority = priority
                if not self._replace(self._save(candidate), emit=False):
                    self.changed.emit()
                    return False
        if place:
            self._place([a.id for a in moving if a.id is not None], priority, before_id)
        self._done()
        return True

    # ------------------------------------------------------------------ internals
    def _place(self, ids: list[int], priority: str, before_id: int | None) -> None:
        moving = [a for a in self.activities if a.id in ids]
        rest = [a for a in self.activities if a.id not in ids]
        if before_id is not None and before_id not in ids:
            at = next(i for i, a in enumerate(rest) if a.id == before_id)
        else:
            same = [i for i, a in enumerate(rest) if a.priority == priority]
            at = same[-1] + 1 if same else len(rest)
        order = rest[:at] + moving + rest[at:]
        if [a.id for a in order] == [a.id for a in self.activities]:
            return
        self._writing = True
        try:
            ok = self.session.reorder_rows(Activity, [a.id for a in order if a.id is not None])
        finally:
            self._writing = False
        if ok:
            for position, activity in enumerate(order, start=1):
                activity.position = position
            self.activities = order

    def _save(self, candidate: Activity) -> Activity | None:
        self._writing = True
        try:
            return self.session.save_row(candidate)
        finally:
            self._writing = False

    def _replace(self, stored: Activity | None, *, emit: bool = True) -> bool:
        if stored is None:
            return False
        self.activities = [stored if a.id == stored.id else a for a in self.activities]
        if emit:
            self._done()
        return True

    def _done(self) -> None:
        self.changed.emit()
        self.written.emit()

    def _on_content_changed(self, what: str) -> None:
        if what == Activity.__tablename__ and not self._writing:
            self.reload()


class PriorityListModel(QAbstractListModel):
    """The activities of one priority; names editable in place; a drag source and drop target."""

    def __init__(self, board: PriorityBoard, priority: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board = board
        self.priority = priority
        self.items: list[Activity] = board.of_priority(priority)
        board.changed.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self.items = self.board.of_priority(self.priority)
        self.endResetModel()

    def row_of_id(self, activity_id: int | None) -> int:
        return next((i for i, a in enumerate(self.items) if a.id == activity_id), -1)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        activity = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return activity.name
        if role == Qt.ItemDataRole.ToolTipRole:
            return activity.name
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        activity = self.items[index.row()]
        return activity.id is not None and self.board.rename(activity.id, str(value or ""))

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags if self.board.read_only else Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.board.read_only:
            return flags
        return (
            flags | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        )

    # ------------------------------------------------------------------ drag and drop
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.items[i.row()].id for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, json.dumps(ids).encode())
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        return not self.board.read_only and data.hasFormat(MIME_TYPE)

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            ids = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE).data()).decode())]
        except (ValueError, TypeError):
            return False
        before: int | None = None
        if parent.isValid():
            before = self.items[parent.row()].id
        elif 0 <= row < len(self.items):
            before = self.items[row].id
        # The board refreshes both lists itself; removeRows is deliberately not implemented, so
        # the source view's "remove after a move" after the drag does nothing.
        return self.board.move(ids, self.priority, before_id=before, place=True)
