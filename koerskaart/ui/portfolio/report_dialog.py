"""Filing a voortgangsrapportage: light, explanation, done, next, help asked, author, for one period.

The contract's traffic-light criteria (its steering step) stand beside the choice of light. The
rules are :func:`koerskaart.portfolio.reports.check_report`: a refusal puts each reason next to
its field and keeps everything typed. A saved report is audited by the repository and never
touches the contract.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from koerskaart.errors import UserFacingError
from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.periods import recent
from koerskaart.portfolio.reports import ReportDraft, ReportRefused, file_report
from koerskaart.storage.repository import Repository
from koerskaart.ui.portfolio.progress_view import light_icon
from koerskaart.ui.portfolio.words import light_text, period_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


LIGHTS = ("groen", "oranje", "rood")


class ReportDialog(QDialog):
    filed = Signal(int)  # opgave id

    def __init__(
        self, repo: Repository, item: OpgaveFacts, period: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.item = item
        self.setWindowTitle(_tr("Voortgangsrapportage"))
        self.setObjectName("reportDialog")
        layout = QVBoxLayout(self)
        heading = QLabel(item.title)
        heading.setObjectName("titleLabel")
        heading.setWordWrap(True)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(heading)

        form = QFormLayout()
        self.period = QComboBox()
        self.period.setAccessibleName(_tr("Periode"))
        for value in reversed(recent(period, 12)):
            self.period.addItem(period_text(value), value)
        form.addRow(_tr("Over de maand"), self._with_problem(self.period, "period"))

        lights = QWidget()
        grid = QGridLayout(lights)
        grid.setContentsMargins(0, 0, 0, 0)
        self.light_group = QButtonGroup(self)
        self.light_buttons: dict[str, QRadioButton] = {}
        for row, light in enumerate(LIGHTS):
            button = QRadioButton(light_text(light))
            button.setIcon(QIcon(light_icon(light, 16)))
            button.setObjectName(f"light_{light}")
            self.light_group.addButton(button, row)
            self.light_buttons[light] = button
            grid.addWidget(button, row, 0)
        criteria = item.record.criteria.strip() or _tr(
            "In het contract staan geen afspraken over het stoplicht."
        )
        self.criteria = QLabel(_tr("Afspraak in het contract: %1").replace("%1", criteria))
        self.criteria.setObjectName("criteriaLabel")
        self.criteria.setStyleSheet(
            "QLabel#criteriaLabel { background: #F3F6FA; border: 1px solid #C9CED6; padding: 6px; }"
        )
        self.criteria.setWordWrap(True)
        self.criteria.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(self.criteria, 0, 1, len(LIGHTS), 1)
        grid.setColumnStretch(1, 1)
        form.addRow(_tr("Stoplicht"), self._with_problem(lights, "light"))

        self.explanation = self._text(_tr("Toelichting (verplicht bij oranje en rood)"))
        form.addRow(_tr("Toelichting"), self._with_problem(self.explanation, "explanation"))
        # Not "self.done": that would hide QDialog.done(), which accept() calls.
        self.done_text = self._text(_tr("Wat is er gedaan?"))
        form.addRow(_tr("Gedaan"), self._with_problem(self.done_text, "done"))
        self.next_text = self._text(_tr("Wat komt hierna?"))
        form.addRow(_tr("Hierna"), self._with_problem(self.next_text, "next_steps"))
        self.help_text = self._text(_tr("Welke hulp vraagt u van het opgavenboard?"))
        form.addRow(_tr("Hulp gevraagd"), self._with_problem(self.help_text, "help_asked"))
        self.author = QLineEdit(item.record.task_leader)
        self.author.setAccessibleName(_tr("Opgesteld door"))
        form.addRow(_tr("Opgesteld door"), self._with_problem(self.author, "author"))
        layout.addLayout(form)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            _tr("Rapportage opslaan"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    problems: dict[str, QLabel]

    def _with_problem(self, field: QWidget, name: str) -> QWidget:
        """``field`` with a (hidden) line under it that tells why it cannot be stored."""
        if not hasattr(self, "problems"):
            self.problems = {}
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(field, 1)
        column.addLayout(row)
        problem = QLabel()
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        problem.setStyleSheet("color: #B3261E; font-weight: bold;")
        problem.setTextFormat(Qt.TextFormat.PlainText)
        problem.hide()
        column.addWidget(problem)
        self.problems[name] = problem
        return box

    def _text(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setPlaceholderText(name)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(self.fontMetrics().height() * 3)
        return edit

    def chosen_light(self) -> str:
        for light, button in self.light_buttons.items():
            if button.isChecked():
                return light
        return ""

    def draft(self) -> ReportDraft:
        return ReportDraft(
            opgave_id=self.item.id,
            period=str(self.period.currentData()),
            light=self.chosen_light(),
            explanation=self.explanation.toPlainText(),
            done=self.done_text.toPlainText(),
            next_steps=self.next_text.toPlainText(),
            help_asked=self.help_text.toPlainText(),
            author=self.author.text(),
        )

    def save(self) -> None:
        for label in self.problems.values():
            label.hide()
        try:
            file_report(self.repo, self.draft())
        except ReportRefused as exc:
            first = None
            for name, reason in exc.problems.items():
                label = self.problems.get(name)
                if label is not None:
                    label.setText(self._translated(name, reason))
                    label.show()
                    first = first or name
            field = {
                "explanation": self.explanation,
                "author": self.author,
                "period": self.period,
                "done": self.done_text,
                "next_steps": self.next_text,
                "help_asked": self.help_text,
            }.get(first or "")
            if field is not None:
                field.setFocus()
            elif first == "light":
                self.light_buttons["groen"].setFocus()
            return
        except UserFacingError as exc:
            self.problems["light"].setText(exc.message)
            self.problems["light"].show()
            return
        self.filed.emit(self.item.id)
        self.accept()

    def _translated(self, name: str, reason: str) -> str:
        """The refusal in the window's language (the rules speak Dutch)."""
        known = {
            "light": _tr("Kies een stoplicht: groen, oranje of rood."),
            "explanation": _tr(
                "Leg uit waarom het stoplicht op %1 staat: bij oranje en rood is een toelichting verplicht."
            ).replace("%1", light_text(self.chosen_light())),
            "author": _tr("Vul in wie de rapportage opstelt."),
        }
        if name == "period" and "nog moet komen" in reason:
            return _tr("Over een maand die nog moet komen kunt u nog niet rapporteren.")
        if reason.startswith("Houd deze tekst"):
            return _tr("Deze tekst is te lang; houd hem korter dan 4001 tekens.")
        return known.get(name, reason)
