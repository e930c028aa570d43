"""The "Nieuw gesprek" dialog: a new opgave with a title, or re-contracting an existing one.

Re-contracting needs a reason (it is recorded with the new version). The dialog only collects
and checks the input and returns a :class:`NewConversationRequest`; the main window does the
writing. Layout: ``forms/new_conversation_dialog.ui``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from koerskaart.storage.limits import MAX_TITLE
from koerskaart.ui.generated.ui_new_conversation_dialog import Ui_NewConversationDialog


@dataclass(frozen=True)
class RecontractChoice:
    """An opgave that can be re-contracted: its latest contract version is signed."""

    opgave_id: int
    title: str
    contract_id: int
    version: int


@dataclass(frozen=True)
class NewConversationRequest:
    title: str = ""  # a new opgave when set
    recontract: RecontractChoice | None = None
    reason: str = ""


class NewConversationDialog(QDialog):
    def __init__(
        self,
        choices: Sequence[RecontractChoice],
        *,
        preselect_opgave: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NewConversationDialog()
        self.ui.setupUi(self)
        self._choices = list(choices)
        for choice in self._choices:
            self.ui.opgaveCombo.addItem(
                self.tr("%1 (nu versie %2)").replace("%1", choice.title).replace("%2", str(choice.version))
            )
        if not self._choices:
            self.ui.recontractRadio.setEnabled(False)
            self.ui.recontractRadio.setToolTip(self.tr("Er is nog geen opgave met een ondertekend contract."))
        elif preselect_opgave is not None:
            for row, choice in enumerate(self._choices):
                if choice.opgave_id == preselect_opgave:
                    self.ui.opgaveCombo.setCurrentIndex(row)
        self.ui.newRadio.toggled.connect(self._update)
        self.ui.titleEdit.setMaxLength(MAX_TITLE)
        self.ui.titleEdit.textChanged.connect(self._update)
        self.ui.reasonEdit.textChanged.connect(self._update)
        self.ui.opgaveCombo.currentIndexChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Gesprek beginnen"))
        self._update()
        self.ui.titleEdit.setFocus()

    def set_recontract(self, on: bool) -> None:
        (self.ui.recontractRadio if on else self.ui.newRadio).setChecked(True)

    def request(self) -> NewConversationRequest:
        if self.ui.newRadio.isChecked():
            return NewConversationRequest(title=self.ui.titleEdit.text().strip())
        row = self.ui.opgaveCombo.currentIndex()
        choice = self._choices[row] if 0 <= row < len(self._choices) else None
        return NewConversationRequest(recontract=choice, reason=self.ui.reasonEdit.toPlainText().strip())

    def problem(self) -> str:
        """What still has to be filled in, in one sentence; empty when the input is complete."""
        request = self.request()
        if self.ui.newRadio.isChecked():
            return "" if request.title else self.tr("Geef de nieuwe opgave een titel.")
        if request.recontract is None:
            return self.tr("Kies de opgave die u opnieuw wilt contracteren.")
        if not request.reason:
            return self.tr("Schrijf op waarom u opnieuw contracteert; de reden komt bij de nieuwe versie.")
        return ""

    def _update(self) -> None:
        new = self.ui.newRadio.isChecked()
        for widget in (self.ui.newTitleLabel, self.ui.titleEdit):
            widget.setEnabled(new)
        for widget in (self.ui.opgaveLabel, self.ui.opgaveCombo, self.ui.reasonLabel, self.ui.reasonEdit):
            widget.setEnabled(not new)
        problem = self.problem()
        self.ui.problemLabel.setText(problem)
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def accept(self) -> None:
        if not self.problem():
            super().accept()
