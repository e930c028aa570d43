"""Keeps saving through a dropped connection to the database server: retry until it is back.

:class:`ConnectionWatch` listens to the window's :class:`~koerskaart.ui.session.ContractSession`.
On ``disconnected`` it goes offline: every typed character stays in the editors (plain answers
stay pending in :class:`~koerskaart.ui.conversation.autosave.Autosave`, table cells in their
model until ``ContractSession.connectionRestored``), and every
:data:`RETRY_MS` it asks the autosave to write again. The first write that lands brings it back
online (``restored``). The window shows both in its status bar; while offline, closing the
window offers to save the unsaved answers to a file (``exchange.rescue``).

No widgets: the window turns its signals into text.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from koerskaart.ui.conversation.autosave import Autosave
from koerskaart.ui.session import ContractSession

RETRY_MS = 3000


class ConnectionWatch(QObject):
    lost = Signal(str)  # Dutch message from the storage layer
    restored = Signal()

    def __init__(self, session: ContractSession, autosave: Autosave, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.autosave = autosave
        self.offline = False
        self._timer = QTimer(self)
        self._timer.setInterval(RETRY_MS)
        self._timer.timeout.connect(self.retry)
        session.disconnected.connect(self._lost)
        session.saved.connect(self._saved)

    def retry(self) -> None:
        """Write what is pending now; with nothing pending, test the connection with a read."""
        if self.autosave.pending:
            self.autosave.flush()
            return
        try:
            self.session.reload()
        except Exception:  # noqa: BLE001  (any failure means: still away; try again later)
            return
        self._back()

    def _lost(self, message: str) -> None:
        if not self.offline:
            self.offline = True
            self._timer.start()
        self.lost.emit(message)

    def _saved(self, _moment: object) -> None:
        if self.offline:
            self._back()

    def _back(self) -> None:
        self.offline = False
        self._timer.stop()
        self.session.mark_online()  # table editors write the rows changed meanwhile
        self.restored.emit()
