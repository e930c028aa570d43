"""Holds the lease of one open conversation window: taken on open, renewed, released on close.

A :class:`LeaseKeeper` is a QtCore object (no widgets) owned by the main window for each
conversation window it opens (see ``storage.leases`` for what a lease is). A failing renewal
(a dropped connection) is not worth a message of its own: the conversation window reports the
connection, and the next renewal after it is back takes the lease again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from koerskaart.errors import UserFacingError
from koerskaart.storage.leases import RENEW_EVERY, Leases, new_token


class LeaseKeeper(QObject):
    """The lease of ``contract_id`` under a token of its own, as long as this object lives."""

    def __init__(self, leases: Leases, contract_id: int, holder: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.leases = leases
        self.contract_id = contract_id
        self.holder = holder
        self.token = new_token()
        self._timer = QTimer(self)
        self._timer.setInterval(int(RENEW_EVERY.total_seconds() * 1000))
        self._timer.timeout.connect(self.renew)
        self._try(lambda: self.leases.take(contract_id, holder, self.token))
        self._timer.start()

    def renew(self) -> None:
        self._try(lambda: self.leases.renew(self.contract_id, self.holder, self.token))

    def release(self) -> None:
        self._timer.stop()
        self._try(lambda: self.leases.release(self.contract_id, self.token))

    @staticmethod
    def _try(action) -> None:  # noqa: ANN001  (a no-argument callable)
        try:
            action()
        except UserFacingError:
            pass  # a lease is a courtesy to others; the window reports what matters to its user
