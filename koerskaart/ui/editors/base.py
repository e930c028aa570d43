"""The contract between the conversation window and the editor of one question.

Plain editors (text, choice, date, number, scale) keep their value in the widget and write it
when :meth:`QuestionEditor.commit` is called: the window's autosave calls it at most ~0.5 s
after ``changed`` and on every step change and on close. Structured editors (participants,
activities, ...) write each row through the session as soon as a cell edit is finished, so
their :meth:`commit` has nothing left to do.

An editor never decides whether a question is visible or required; the window does that from
:mod:`koerskaart.conversation.progress`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, Signal
from PySide6.QtWidgets import QWidget

from koerskaart.questions.model import Question
from koerskaart.ui.session import ContractSession


class QuestionEditor(QWidget):
    """Base class of every editor; subclasses implement the four verbs below."""

    changed = Signal()  # the user edited something; autosave debounces and calls commit()

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.session = session
        self.role = ""  # the answering role stored with the answer (BO/AO/ON/TL/...)
        self.setAccessibleName(question.label_nl)

    def load(self) -> None:
        """Show what is stored (called on open and after a reload)."""
        raise NotImplementedError

    def commit(self) -> bool:
        """Write pending edits; True when nothing is left unsaved."""
        raise NotImplementedError

    def has_pending_changes(self) -> bool:
        """True while an edit has not been written yet."""
        return False

    def value(self) -> Any:
        """The current value of a plain question (what ``commit`` writes); None for structured ones."""
        return None

    def set_read_only(self, read_only: bool) -> None:
        """A signed version is shown but cannot be changed."""
        self.setEnabled(True)
        for child in self.findChildren(QWidget):
            if hasattr(child, "setReadOnly"):
                child.setReadOnly(read_only)


class StructuredEditor(QuestionEditor):
    """Base of the editors whose rows are stored as soon as an edit ends (tables, boards)."""

    def commit(self) -> bool:
        return True  # nothing waits: every row, move or confirmation is stored when it is made

    @staticmethod
    def follow_model(model: QAbstractItemModel, slot: Callable[[], object]) -> None:
        """Call ``slot`` now and whenever the rows of ``model`` change (for summaries, warnings)."""
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(slot)
        slot()
