"""The conflict dialog: another person changed the same answers; choose per field what stays.

:func:`resolve_conflict` is the conversation window's one hook: it collects the window's unsaved
values, reads what is stored now and, where they differ, opens a :class:`ConflictDialog` with
both texts per field ("Van A. de Vries" — the other person, named from the audit trail — and
"Van u"). Nothing is preselected: the facilitator chooses every field, then "Keuze opslaan"
writes the chosen own values on top of the newest stored state and the window reloads. Fields
where the other person's text was chosen are simply not written. Cancel leaves the conflict
banner (and the unsaved text) as it was.

The dialog shows user text as plain text only (never as rich text) and holds no rules: the
comparison is ``conversation.conflicts``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from koerskaart.conversation.conflicts import FieldConflict, field_conflicts
from koerskaart.errors import UserFacingError
from koerskaart.ui import messages

if TYPE_CHECKING:
    from koerskaart.ui.conversation.window import ConversationWindow

THEIRS, YOURS = 0, 1


class ConflictDialog(QDialog):
    """Both values of every conflicting field, and a choice per field."""

    def __init__(self, conflicts: list[FieldConflict], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflicts = conflicts
        self.setWindowTitle(self.tr("Iemand anders heeft dit ook gewijzigd"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Iemand anders heeft deze antwoorden opgeslagen terwijl u typte. Kies per vraag "
                "welke tekst blijft. Er wordt niets overschreven voordat u kiest."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        inner = QWidget(self)
        fields = QVBoxLayout(inner)
        self.groups: list[QButtonGroup] = []
        for conflict in conflicts:
            box = QGroupBox(conflict.label, inner)
            box_layout = QVBoxLayout(box)
            group = QButtonGroup(box)
            for choice, (caption, value) in enumerate(
                (
                    (self._theirs_caption(conflict), conflict.theirs_text),
                    (self.tr("Van u"), conflict.yours_text),
                )
            ):
                button = QRadioButton(caption, box)
                button.setAccessibleName(f"{conflict.label}: {caption}")
                text = QLabel(value, box)
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.setWordWrap(True)
                text.setIndent(24)
                group.addButton(button, choice)
                box_layout.addWidget(button)
                box_layout.addWidget(text)
            group.idToggled.connect(lambda _id, _on: self._update())
            self.groups.append(group)
            fields.addWidget(box)
        fields.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout.addWidget(scroll, 1)
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self.tr("Keuze opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(760, 520)
        self._update()

    def _theirs_caption(self, conflict: FieldConflict) -> str:
        if conflict.theirs_by:
            return self.tr("Van %1").replace("%1", conflict.theirs_by)
        return self.tr("Van de ander")

    def choose(self, key: str, choice: int) -> None:
        """Choose THEIRS or YOURS for one field (as a click on its button would)."""
        for conflict, group in zip(self.conflicts, self.groups, strict=True):
            if conflict.key == key:
                group.button(choice).setChecked(True)

    def kept(self) -> dict[str, tuple[Any, str]]:
        """The own values chosen to stay: key → (value, role)."""
        return {
            c.key: (c.yours, c.role)
            for c, group in zip(self.conflicts, self.groups, strict=True)
            if group.checkedId() == YOURS
        }

    def _update(self) -> None:
        self.save_button.setEnabled(all(group.checkedId() in (THEIRS, YOURS) for group in self.groups))


def resolve_conflict(window: ConversationWindow) -> ConflictDialog | None:
    """Open the dialog for the window's unsaved answers; without real differences just reload."""
    yours = {
        editor.question.key: (editor.value(), getattr(editor, "role", ""))
        for editor in window.autosave.pending_editors()
        if editor.has_pending_changes() and hasattr(editor, "role")
    }
    try:
        conflicts = field_conflicts(
            window.question_set, window.session.answers(), yours, window.language, _authors(window)
        )
    except UserFacingError as exc:
        messages.error(window, window.tr("Niet opgeslagen"), exc.message)
        return None
    if not conflicts:
        window.reload_contract()
        return None
    dialog = ConflictDialog(conflicts, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: _keep(window, dialog.kept()))
    dialog.open()
    return dialog


def _authors(window: ConversationWindow) -> dict[str, str]:
    """question key → who else saved it last (the audit trail), to name them in the dialog."""
    authors: dict[str, str] = {}
    for event in window.repo.audit_events(contract_id=window.session.contract_id):
        if event.entity == "answer" and event.actor and event.actor != window.repo.actor:
            authors[event.field] = event.actor
        elif event.entity == "answer":
            authors.pop(event.field, None)
    return authors


def _keep(window: ConversationWindow, kept: dict[str, tuple[Any, str]]) -> None:
    """Write the chosen own values on the newest revision, then show the stored state."""
    window.session.reload()
    for key, (value, role) in kept.items():
        if not window.session.save_answer(key, value, role):
            return  # changed yet again, or out of reach: the window shows why; the text stays
    window.reload_contract()
