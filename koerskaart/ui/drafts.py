"""Text typed into a form that is not stored content yet, kept so a crash never loses it.

Some fields are only stored as content when a button is pressed: a signatory's name, function
and place before "Ondertekenen", a team leader's name and remark before "Bevestigen". What is
typed there is kept as a draft by the autosave rule (at most ~0.5 s after the last keystroke)
in the facilitator's private notes (``NoteKind.DRAFT``, one note per field key), which are never
shown on the shared screen, printed or exported. A window that opens the contract again puts
the drafts back; pressing the button (or choosing another version) discards them.

What this module must not do: decide what a draft means. The screen that owns a field names it
with a key and asks for it back.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLineEdit

from koerskaart.errors import UserFacingError
from koerskaart.storage.models import FacilitatorNote, NoteKind
from koerskaart.storage.repository import Repository
from koerskaart.ui.conversation.autosave import DEBOUNCE_MS, MAX_DELAY_MS


class Drafts(QObject):
    """The drafts of one contract: ``keep`` a field under a key, ``get`` one back, ``discard``."""

    def __init__(self, repo: Repository, contract_id: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.contract_id = contract_id
        self._notes: dict[str, FacilitatorNote] = {}
        self._pending: dict[str, str] = {}
        self._first: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)
        self.reload()

    def reload(self) -> None:
        try:
            notes = self.repo.notes(self.contract_id, NoteKind.DRAFT)
        except UserFacingError:
            notes = []
        self._notes = {note.question_key: note for note in notes}

    def get(self, key: str) -> str | None:
        """The draft kept under ``key`` (including what is typed but not yet written), or None."""
        if key in self._pending:
            return self._pending[key]
        note = self._notes.get(key)
        return note.text if note is not None else None

    def keep(self, edit: QLineEdit, key: str | Callable[[], str]) -> None:
        """Keep what is typed into ``edit`` under ``key`` (or the key a callable gives now)."""
        edit.textEdited.connect(lambda text: self._typed(key() if callable(key) else key, text))

    def _typed(self, key: str, text: str) -> None:
        if not key:
            return
        self._pending[key] = text
        now = monotonic()
        if self._first is None:
            self._first = now
        waited_ms = (now - self._first) * 1000
        self._timer.start(int(max(0, min(DEBOUNCE_MS, MAX_DELAY_MS - waited_ms))))

    def flush(self) -> None:
        """Write every draft typed since the last write."""
        self._timer.stop()
        self._first = None
        pending, self._pending = self._pending, {}
        for key, text in pending.items():
            note = self._notes.get(key) or FacilitatorNote(
                contract_id=self.contract_id, kind=NoteKind.DRAFT, question_key=key
            )
            note.text = text
            try:
                self._notes[key] = self.repo.save_note(note)
            except UserFacingError:
                self._pending.setdefault(key, text)  # tried again with the next keystroke

    def discard(self, prefix: str) -> None:
        """Forget the drafts whose key starts with ``prefix`` (the form was stored)."""
        for key in [k for k in self._pending if k.startswith(prefix)]:
            del self._pending[key]
        for key in [k for k in self._notes if k.startswith(prefix)]:
            note = self._notes.pop(key)
            if note.id is not None:
                try:
                    self.repo.delete_note(note.id)
                except UserFacingError:
                    pass  # a left-over draft only fills a field in again; never content
