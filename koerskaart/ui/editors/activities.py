"""The activities of the opgave with their approach, reason, priority, complexity, dates and owner.

One row per activity, stored when a cell edit ends. The approach (lijnwerk, project, programma,
opgavegerichte aanpak) is a deliberate choice: a row with an approach but no reason gets a
warning marker in its reason cell, an end date before the start date one in its end cell, and a
line below the table counts both. These are warnings, never blocks: a live talk moves on.

What this module must not do: decide the rules themselves (see
:mod:`koerskaart.conversation.row_checks`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from koerskaart.conversation.row_checks import ends_before_start, reason_missing
from koerskaart.questions.model import Question
from koerskaart.storage.models import Activity
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.labels import approach_choices, priority_choices
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind, RowTableModel
from koerskaart.ui.session import ContractSession

WARNING_STYLE = (
    "background: #fff1d6; border: 1px solid #e0a030; border-radius: 4px; padding: 6px; color: #3d2a00;"
)


class ActivitiesEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        columns = [
            Column("name", self.tr("Activiteit"), stretch=True, placeholder=self.tr("Wat gaan we doen?")),
            Column(
                "approach",
                self.tr("Aanpak"),
                Kind.CHOICE,
                choices=tuple(approach_choices()),
                empty_text=self.tr("kies…"),
                width=23,
            ),
            Column(
                "reason",
                self.tr("Reden voor deze aanpak"),
                stretch=True,
                placeholder=self.tr("Waarom kiezen we deze aanpak?"),
                row_text=self.reason_text,
            ),
            Column(
                "priority", self.tr("Prioriteit"), Kind.CHOICE, choices=tuple(priority_choices()), width=10
            ),
            Column(
                "complexity",
                self.tr("Complexiteit"),
                Kind.INT,
                minimum=1,
                maximum=5,
                tooltip=self.tr("1 = eenvoudig … 5 = zeer complex"),
                width=11,
            ),
            Column("start", self.tr("Start"), Kind.DATE, width=13),
            Column("end", self.tr("Einde"), Kind.DATE, width=15),
            Column("owner", self.tr("Eigenaar"), placeholder=self.tr("Wie is trekker?"), width=15),
        ]
        self.model = RowTableModel(session, Activity, columns, cell_problem=self.cell_problem, parent=self)
        self.table = RowTableEditor(
            self.model, accessible_name=self.tr("Activiteiten en aanpak"), parent=self
        )
        self.setFocusProxy(self.table)
        self.warnings = QLabel(self)
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Waarschuwingen bij de activiteiten"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warnings)

        self.table.changed.connect(self.changed)
        self.follow_model(self.model, self._show_warnings)

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self.model.reload()
        if self.session.read_only:  # a signed version opens read-only whoever shows it
            self.set_read_only(True)

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)

    # ------------------------------------------------------------------ warnings
    def cell_problem(self, activity: Activity, attribute: str) -> str:
        if attribute == "reason" and reason_missing(activity):
            return self.tr("Er is een aanpak gekozen, maar nog geen reden. Waarom deze aanpak?")
        if attribute == "end" and ends_before_start(activity):
            return self.tr("De einddatum ligt vóór de startdatum.")
        return ""

    def reason_text(self, activity: Activity) -> str:
        """The reason, or words (not only an icon) saying it is missing, readable when shared."""
        if reason_missing(activity):
            return self.tr("reden ontbreekt")
        return activity.reason

    def warning_text(self) -> str:
        rows = self.model.rows
        lines = []
        no_reason = sum(reason_missing(a) for a in rows)
        if no_reason == 1:
            lines.append(self.tr("1 activiteit heeft een aanpak zonder reden."))
        elif no_reason:
            lines.append(
                self.tr("%1 activiteiten hebben een aanpak zonder reden.").replace("%1", str(no_reason))
            )
        backwards = sum(ends_before_start(a) for a in rows)
        if backwards == 1:
            lines.append(self.tr("1 activiteit eindigt vóór de startdatum."))
        elif backwards:
            lines.append(
                self.tr("%1 activiteiten eindigen vóór de startdatum.").replace("%1", str(backwards))
            )
        return " ".join(lines)

    def _show_warnings(self, *_args: object) -> None:
        text = self.warning_text()
        self.warnings.setText("⚠ " + text if text else "")
        self.warnings.setVisible(bool(text))
