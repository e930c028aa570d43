"""The team leader's confirmation of one capacity request, with its history.

Shows what is asked of the team, the answer that holds now, and a form to give a (new)
answer: confirm, partly confirm or cannot confirm, the amount confirmed (filled in with the
amount asked for "confirm" and 0 for "cannot"), a remark and the team leader's name. The
"Bevestigen" button emits :attr:`ConfirmationPanel.confirmRequested`; the editor stores it as
a new entry, so earlier answers stay listed under "Eerdere toezeggingen".

What this module must not do: write to the database or decide the colour rule.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koerskaart.conversation.capacity_status import light_of, line_sum, waiting_for_answer
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.record.display import format_moment, value_label
from koerskaart.storage import limits
from koerskaart.storage.models import CapacityConfirmation, ConfirmationStatus
from koerskaart.ui.editors.capacity_look import amount_text, badge_style, badge_text, period_text, unit_word
from koerskaart.ui.language import current_language

STATUSES = (ConfirmationStatus.CONFIRMED, ConfirmationStatus.PARTLY, ConfirmationStatus.NOT_CONFIRMED)


class ConfirmationPanel(QFrame):
    confirmRequested = Signal(str, float, str, str)  # status, amount, confirmed by, remark

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Toezegging van de teamleider"))
        self.line: CapacityLine | None = None
        self._read_only = False

        self.heading = QLabel(self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.asked = QLabel(self)
        self.asked.setWordWrap(True)
        self.badge = QLabel(self)
        self.current = QLabel(self)
        self.current.setWordWrap(True)
        self.current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)

        self.choice = QButtonGroup(self)
        labels = {
            ConfirmationStatus.CONFIRMED: self.tr("&Ja, bevestigd"),
            ConfirmationStatus.PARTLY: self.tr("&Deels bevestigd"),
            ConfirmationStatus.NOT_CONFIRMED: self.tr("N&ee, niet bevestigd"),
        }
        self.radios: dict[str, QRadioButton] = {}
        choices = QHBoxLayout()
        for number, status in enumerate(STATUSES):
            radio = QRadioButton(labels[status], self)
            radio.setAccessibleName(labels[status].replace("&", ""))
            self.choice.addButton(radio, number)
            self.radios[status] = radio
            choices.addWidget(radio)
        choices.addStretch(1)

        self.amount = QDoubleSpinBox(self)
        self.amount.setLocale(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        self.amount.setDecimals(2)
        self.amount.setRange(0, 100000)
        self.amount.setSingleStep(0.1)
        self.amount.setAccessibleName(self.tr("Bevestigde hoeveelheid"))
        self.amount.setMinimumWidth(self.fontMetrics().averageCharWidth() * 14)
        self.remark = QLineEdit(self)
        self.remark.setPlaceholderText(self.tr("Bijvoorbeeld: pas vanaf september, of alleen met inhuur"))
        self.remark.setAccessibleName(self.tr("Opmerking bij de toezegging"))
        self.remark.setMaxLength(limits.MAX_TEXT)
        self.name = QLineEdit(self)
        self.name.setMaxLength(limits.MAX_NAME)
        self.name.setPlaceholderText(self.tr("Naam van de teamleider"))
        self.name.setAccessibleName(self.tr("Naam van de teamleider die toezegt"))
        self.button = QPushButton(self.tr("&Bevestigen"), self)
        self.button.setAccessibleName(self.tr("Bevestigen"))
        self.button.setToolTip(self.tr("Legt de toezegging vast met naam en tijd (Enter)"))
        self.button.setAutoDefault(False)
        self.button.setStyleSheet("font-weight: bold; padding: 4px 16px;")
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #8f1d16; font-weight: bold;")
        self.problem.setVisible(False)

        self.form_box = QWidget(self)  # the answer form: hidden in a signed version
        form = QFormLayout(self.form_box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Antwoord:"), choices)
        amount_row = QHBoxLayout()
        amount_row.addWidget(self.amount)
        amount_row.addStretch(1)
        form.addRow(self.tr("Be&vestigd:"), amount_row)
        form.addRow(self.tr("&Opmerking:"), self.remark)
        name_row = QHBoxLayout()
        name_row.addWidget(self.name, 1)
        name_row.addWidget(self.button)
        form.addRow(self.tr("Teamleide&r:"), name_row)
        self._buddy(form, amount_row, self.amount)
        self._buddy(form, name_row, self.name)

        self.history_toggle = QToolButton(self)
        self.history_toggle.setCheckable(True)
        self.history_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.history_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.history_toggle.setAutoRaise(True)
        self.history = QLabel(self)
        self.history.setWordWrap(True)
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setAccessibleName(self.tr("Eerdere toezeggingen"))
        self.history.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.history.setVisible(False)
        self.history_toggle.toggled.connect(self._show_history)

        self.placeholder = QLabel(self.tr("Kies links een team om de toezegging vast te leggen."), self)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #5f6368;")

        head = QHBoxLayout()
        head.addWidget(self.heading, 1)
        head.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        self.body = QWidget(self)
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.addLayout(head)
        body.addWidget(self.asked)
        body.addWidget(self.current)
        body.addWidget(self.form_box)
        body.addWidget(self.problem)
        body.addWidget(self.history_toggle)
        body.addWidget(self.history)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        layout.addStretch(1)

        self.choice.idToggled.connect(self._on_choice)
        self.button.clicked.connect(self.request_confirmation)
        self.remark.returnPressed.connect(self.request_confirmation)
        self.name.returnPressed.connect(self.request_confirmation)
        self.amount.lineEdit().returnPressed.connect(self.request_confirmation)
        self.show_line(None)

    # ------------------------------------------------------------------ showing
    def show_line(self, line: CapacityLine | None, team_leader: str = "") -> None:
        """Show a request and its history; ``team_leader`` fills in the name when none is known."""
        self.line = line
        self.placeholder.setVisible(line is None)
        self.body.setVisible(line is not None)
        self.problem.setVisible(False)
        if line is None:
            return
        request = line.request
        team = request.team_name or self.tr("(nog geen team)")
        self.heading.setText(self.tr("Toezegging van de teamleider van %1").replace("%1", team))
        asked = self.tr("Gevraagd: %1 %2").replace("%1", amount_text(request.amount, request.unit))
        asked = asked.replace("%2", period_text(request.period)).strip()
        if request.skills:
            asked += " · " + self.tr("met: %1").replace("%1", request.skills)
        self.asked.setText(asked)
        total = line_sum(line)
        light = light_of(total)
        self.badge.setText(badge_text(light, waiting=waiting_for_answer(total)))
        self.badge.setStyleSheet(badge_style(light, scale=1.3))
        self.amount.setSuffix(" " + unit_word(request.unit))
        latest = line.confirmation
        if latest is None:
            self.current.setText(self.tr("De teamleider heeft nog niet geantwoord."))
            self.choice.setExclusive(False)
            for radio in self.radios.values():
                radio.setChecked(False)
            self.choice.setExclusive(True)
            self.amount.setValue(request.amount)
            self.name.setText(team_leader)
        else:
            self.current.setText(self.tr("Nu geldt: %1").replace("%1", self.describe(latest, request.unit)))
            self.radios.get(latest.status, self.radios[ConfirmationStatus.CONFIRMED]).setChecked(True)
            self.amount.setValue(latest.confirmed_amount)
            self.name.setText(latest.confirmed_by or team_leader)
        self.remark.clear()
        earlier = list(line.history[:-1])
        self.history_toggle.setText(self.tr("Eerdere toezeggingen (%1)").replace("%1", str(len(earlier))))
        self.history_toggle.setVisible(bool(earlier))
        self.history.setText("\n".join("• " + self.describe(c, request.unit) for c in reversed(earlier)))
        self._show_history(self.history_toggle.isChecked())
        self._update_enabled()

    def describe(self, confirmation: CapacityConfirmation, unit: str) -> str:
        """ "Deels bevestigd: 0,4 fte, door Jan op 28 november 2026 14:05 (“opmerking”)"."""
        text = (
            self.tr("%1: %2, door %3 op %4")
            .replace("%1", self.status_label(confirmation.status))
            .replace("%2", amount_text(confirmation.confirmed_amount, unit))
            .replace("%3", confirmation.confirmed_by)
            .replace("%4", format_moment(confirmation.confirmed_at, current_language()))
        )
        if confirmation.remark:
            text += f" (“{confirmation.remark}”)"
        return text

    def status_label(self, status: str) -> str:
        """The shared word for a confirmation state (the PDF and the review say the same)."""
        return value_label("confirmation", status, current_language())

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._update_enabled()

    # ------------------------------------------------------------------ input
    def chosen_status(self) -> str:
        number = self.choice.checkedId()
        return STATUSES[number] if number >= 0 else ""

    def choose(self, status: str) -> None:
        """Pick an answer as a click would (fills in the amount)."""
        self.radios[status].click()

    def request_confirmation(self) -> None:
        if self.line is None or self._read_only:
            return
        status = self.chosen_status()
        if not status:
            self._complain(
                self.tr("Kies eerst: bevestigd, deels bevestigd of niet bevestigd."), self.radios[STATUSES[0]]
            )
            return
        if not self.name.text().strip():
            self._complain(self.tr("Vul de naam in van de teamleider die toezegt."), self.name)
            return
        self.amount.interpretText()
        self.problem.setVisible(False)
        self.confirmRequested.emit(
            status, float(self.amount.value()), self.name.text().strip(), self.remark.text()
        )

    # ------------------------------------------------------------------ internals
    def _on_choice(self, number: int, checked: bool) -> None:
        if not checked or self.line is None:
            return
        status = STATUSES[number]
        if status == ConfirmationStatus.CONFIRMED:
            self.amount.setValue(self.line.request.amount)
        elif status == ConfirmationStatus.NOT_CONFIRMED:
            self.amount.setValue(0)
        self._update_enabled()

    def _update_enabled(self) -> None:
        writable = not self._read_only
        self.form_box.setVisible(writable)  # a signed version shows the answer, not a dead form
        for radio in self.radios.values():
            radio.setEnabled(writable)
        self.amount.setEnabled(writable and self.chosen_status() != ConfirmationStatus.NOT_CONFIRMED)
        self.remark.setReadOnly(not writable)
        self.name.setReadOnly(not writable)
        self.button.setEnabled(writable)

    def _show_history(self, shown: bool) -> None:
        self.history.setVisible(shown and self.history_toggle.isVisible())
        self.history_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    def _complain(self, text: str, focus: QWidget) -> None:
        self.problem.setText("⚠ " + text)
        self.problem.setVisible(True)
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def _buddy(form: QFormLayout, row_layout: QHBoxLayout, field: QWidget) -> None:
        label = form.labelForField(row_layout)
        if isinstance(label, QLabel):
            label.setBuddy(field)
