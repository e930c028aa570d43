"""Saving while typing: edits are written at most ~0.5 s after they are made, and on demand.

:class:`Autosave` watches the editors' ``changed`` signal. Each edit restarts a short single-shot
timer, but never beyond :data:`MAX_DELAY_MS` after the first unsaved edit, so a facilitator who
types without pause is still saved twice a second. :meth:`flush` writes everything now (the
window calls it on every step change and on close). After a conflict (the contract was changed
in another window) nothing more is written until :meth:`resume` is called: Koerskaart never
overwrites a change made elsewhere.

This object holds no widgets and shows nothing; the window turns its signals into the status.
"""

from __future__ import annotations

from time import monotonic

from PySide6.QtCore import QObject, QTimer, Signal

from koerskaart.ui.editors.base import QuestionEditor
from koerskaart.ui.session import ContractSession

DEBOUNCE_MS = 300
MAX_DELAY_MS = 500


class Autosave(QObject):
    pendingChanged = Signal(bool)  # True while at least one edit is not yet written

    def __init__(self, session: ContractSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.blocked = False
        self._dirty: dict[QuestionEditor, None] = {}  # insertion-ordered set
        self._first_pending: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        session.conflict.connect(self._block)

    def watch(self, editor: QuestionEditor) -> None:
        editor.changed.connect(lambda e=editor: self.note_change(e))

    def note_change(self, editor: QuestionEditor) -> None:
        was_pending = bool(self._dirty)
        self._dirty[editor] = None
        now = monotonic()
        if self._first_pending is None:
            self._first_pending = now
        waited_ms = (now - self._first_pending) * 1000
        self._timer.start(int(max(0, min(DEBOUNCE_MS, MAX_DELAY_MS - waited_ms))))
        if not was_pending:
            self.pendingChanged.emit(True)

    @property
    def pending(self) -> bool:
        return bool(self._dirty) or any(e.has_pending_changes() for e in self._dirty)

    def pending_editors(self) -> list[QuestionEditor]:
        return list(self._dirty)

    def flush(self) -> bool:
        """Write every pending edit now; True when nothing is left unsaved."""
        self._timer.stop()
        if self.blocked:
            return not self._dirty
        if not self._dirty:
            return True
        for editor in list(self._dirty):
            if not editor.commit():
                break
            del self._dirty[editor]
        if self._dirty:
            self._first_pending = monotonic()
            return False
        self._first_pending = None
        self.pendingChanged.emit(False)
        return True

    def discard(self) -> None:
        """Forget unsaved edits (after the user chose to reload the newest stored state)."""
        self._timer.stop()
        self._dirty.clear()
        self._first_pending = None
        self.pendingChanged.emit(False)

    def resume(self) -> None:
        self.blocked = False

    def _block(self, _message: str) -> None:
        self.blocked = True
        self._timer.stop()
