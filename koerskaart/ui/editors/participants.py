"""Who is at the table: the sturingsdriehoek as a triangle beside the list of everyone present.

The table holds every participant (the three roles of the triangle, team leaders, facilitator,
partners, others) with name, function, role, organisation and team; each finished cell is stored
at once. The triangle shows the first person of each of the three steering roles; clicking one
of its corners puts the cursor in that person's name (or adds the row when the role is empty).

What this module must not do: decide whether the triangle is complete enough to sign; the
conversation's progress rules do that.
"""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QLabel, QVBoxLayout, QWidget

from koerskaart.questions.model import Question
from koerskaart.storage.models import Participant
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.labels import role_choices
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind, RowTableModel
from koerskaart.ui.editors.triangle_widget import CORNERS, Person, TriangleWidget
from koerskaart.ui.session import ContractSession

STACK_BELOW_WIDTH = 1100  # narrower than this (large type, step list beside it): stack vertically


class ParticipantsEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        teams = tuple((team.id, team.name) for team in session.repo.teams())
        columns = [
            Column("name", self.tr("Naam"), stretch=True, placeholder=self.tr("Voor- en achternaam")),
            Column("function", self.tr("Functie"), stretch=True, placeholder=self.tr("bijv. wethouder")),
            Column("role", self.tr("Rol"), Kind.CHOICE, choices=tuple(role_choices()), width=24),
            Column(
                "organisation", self.tr("Organisatie"), placeholder=self.tr("leeg = de gemeente"), width=13
            ),
            Column(
                "team_id",
                self.tr("Team"),
                Kind.CHOICE,
                choices=((None, self.tr("— geen team —")), *teams),
                tooltip=self.tr("Het team van een teamleider"),
                width=13,
            ),
        ]
        self.model = RowTableModel(session, Participant, columns, parent=self)
        self.table = RowTableEditor(
            self.model, accessible_name=self.tr("Deelnemers aan het gesprek"), parent=self
        )
        self.triangle = TriangleWidget(self)
        self.triangle.roleActivated.connect(self.edit_role)
        self.setFocusProxy(self.table)  # a jump to this question puts the cursor in the table

        hint = QLabel(self.tr("Klik op een hoek om die persoon in te vullen."), self)
        hint.setWordWrap(True)
        hint.setObjectName("hintLabel")  # the window style greys hints
        left = QVBoxLayout()
        left.addWidget(self.triangle, 1)
        left.addWidget(hint)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(16)
        self.box.addLayout(left, 4)
        self.box.addWidget(self.table, 5)

        self.table.changed.connect(self.changed)
        for signal in (
            self.model.modelReset,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._show_triangle)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Side by side on a wide screen; triangle above the table when there is no room."""
        stacked = event.size().width() < STACK_BELOW_WIDTH
        direction = QBoxLayout.Direction.TopToBottom if stacked else QBoxLayout.Direction.LeftToRight
        if self.box.direction() != direction:
            self.box.setDirection(direction)
            self.box.setStretch(0, 0 if stacked else 4)
            self.box.setStretch(1, 1 if stacked else 5)
        super().resizeEvent(event)

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self.model.reload()
        if self.session.read_only:  # a signed version opens read-only whoever shows it
            self.set_read_only(True)

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)

    # ------------------------------------------------------------------ the triangle
    def edit_role(self, role: str) -> None:
        """Put the cursor in the name of the person holding ``role``; add the row if nobody does."""
        name_column = self.model.column_of("name")
        for number, row in enumerate(self.model.rows):
            if row.role == role:
                self.table.select_cell(number, name_column, edit=not self.model.read_only)
                return
        if not self.model.read_only:
            self.table.add_row(role=role)

    def _show_triangle(self, *_args: object) -> None:
        people: dict[str, Person | None] = {}
        for role in CORNERS:
            row = next((r for r in self.model.rows if r.role == role), None)
            people[role] = Person(row.name, row.function) if row is not None else None
        self.triangle.set_people(people)
