"""The team leader's capacity step: what is asked of each team, what each team leader confirms.

Above, the requests (team, amount, fte or hours, per week/month/year, skills) stored row by row,
with the answer of each team leader in colour; below them the confirmation panel of the chosen
request and the gap overview in total and per team: side by side when there is room, else
(large type on a shared screen) one under the other, the gaps two by two at full length. Every
confirmation is stored at once as a new entry with name and time
(:meth:`ContractSession.confirm_capacity`); the sums come from :mod:`koerskaart.conversation.capacity`.

What this module must not do: add anything up or decide a colour itself.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QBoxLayout, QSplitter, QVBoxLayout, QWidget

from koerskaart.conversation.capacity import summarize_lines
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.questions.model import Question
from koerskaart.storage.models import CapacityConfirmation, CapacityRequest, Participant, Role
from koerskaart.ui.drafts import Drafts
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.capacity_gap import GapOverview
from koerskaart.ui.editors.capacity_panel import ConfirmationPanel
from koerskaart.ui.editors.capacity_table import (
    AmountDelegate,
    CapacityRequestModel,
    TeamDelegate,
    period_choices,
    unit_choices,
)
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind
from koerskaart.ui.session import ContractSession


class CapacityEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self._history: dict[int, tuple[CapacityConfirmation, ...]] = {}
        columns = [
            Column(
                "team_name",
                self.tr("Team"),
                stretch=True,
                placeholder=self.tr("Kies of typ een team"),
                empty_text=self.tr("kies een team…"),
            ),
            Column("amount", self.tr("Gevraagd"), width=9, tooltip=self.tr("Hoeveel, bijvoorbeeld 0,8")),
            Column("unit", self.tr("Eenheid"), Kind.CHOICE, choices=unit_choices(), width=8),
            Column("period", self.tr("Periode"), Kind.CHOICE, choices=period_choices(), width=11),
            Column(
                "skills",
                self.tr("Kennis en vaardigheden"),
                stretch=True,
                placeholder=self.tr("Welke kennis en vaardigheden zijn nodig?"),
            ),
            Column("id", self.tr("Teamleider zegt"), width=21),
        ]
        self.model = CapacityRequestModel(session, columns, line_of=self.line_of, parent=self)
        self.table = RowTableEditor(self.model, accessible_name=self.tr("Gevraagde capaciteit per team"))
        view = self.table.view
        self._team_delegate = TeamDelegate(columns[0], self.model, view)
        self._amount_delegate = AmountDelegate(columns[1], view)
        view.setItemDelegateForColumn(0, self._team_delegate)
        view.setItemDelegateForColumn(1, self._amount_delegate)
        self.panel = ConfirmationPanel()
        self.gaps = GapOverview()

        # The table gets the full width (its columns need it); the team leader's panel and the
        # overview of the gaps sit below it, side by side or stacked (see _arrange).
        self.lower = QWidget()
        self._lower_layout = QBoxLayout(QBoxLayout.Direction.LeftToRight, self.lower)
        self._lower_layout.setContentsMargins(0, 0, 0, 0)
        self._lower_layout.addWidget(self.panel, 1)
        self._lower_layout.addWidget(self.gaps, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.lower)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([240, 410])
        self.splitter.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.table.down_button, self.panel.radios["bevestigd"])

        self.table.changed.connect(self.changed)
        self.table.changed.connect(self._refresh)
        self.model.modelReset.connect(self._refresh)
        view.selectionModel().currentChanged.connect(self._show_current)
        self.panel.confirmRequested.connect(self.confirm)
        session.contentChanged.connect(self._on_content_changed)
        # The name and remark typed before "Bevestigen" survive a crash (and a refresh).
        self.drafts = Drafts(session.repo, session.contract_id, self)
        self.drafts.keep(self.panel.name, lambda: self._draft_key("naam"))
        self.drafts.keep(self.panel.remark, lambda: self._draft_key("opmerking"))

    def stacked(self) -> bool:
        return self._lower_layout.direction() == QBoxLayout.Direction.TopToBottom

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        """Side by side: tall enough for table and panel, short enough to fit under the question
        at 1280x720. Stacked: tall enough for everything, the page scrolls instead."""
        if not self.stacked():
            return QSize(900, self.fontMetrics().height() * 34)
        return QSize(900, sum(self._stacked_heights()) + self.splitter.handleWidth())

    def _stacked_heights(self) -> tuple[int, int]:
        width = max(self.width(), 1)
        spacing = self._lower_layout.spacing()
        panel = self.panel.sizeHint().height()
        if self.panel.hasHeightForWidth():
            panel = max(panel, self.panel.heightForWidth(width))
        self.gaps._fit_height()
        gaps = self.gaps.sizeHint().expandedTo(self.gaps.minimumSizeHint()).height()
        return self.table.sizeHint().height(), panel + spacing + gaps

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._arrange(event.size().width())
            if self.stacked():
                self.updateGeometry()  # the wrapped panel's height follows the width
        self._split()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            self._split()  # the splitter is laid out after this editor's own resize
        return False

    def _split(self) -> None:
        """The table's and the panel's share of the height follow from the type size and the
        window alone, so zooming in and back gives the same picture."""
        if self.stacked():
            self.splitter.setSizes(list(self._stacked_heights()))
        else:
            room = max(self.splitter.height() - self.splitter.handleWidth(), 2)
            table = room * 37 // 100  # as at the start: 240 of 650 px
            self.splitter.setSizes([table, room - table])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._arrange(self.width())  # presentation mode or zoom: the type size decides
            self._split()

    def _arrange(self, width: int) -> None:
        """Panel and gaps side by side only when both keep room to breathe; else stacked."""
        char = self.fontMetrics().averageCharWidth()
        # The panel's own minimum is only right once it is polished; the type size always is.
        side_by_side = width >= max(self.panel.minimumSizeHint().width() + char * 44, char * 100)
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if direction == self._lower_layout.direction():
            return
        self._lower_layout.setDirection(direction)
        self.gaps.set_wide(not side_by_side)
        self.updateGeometry()

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self._read_history()
        self.model.reload()
        if self.model.rowCount() and self.table.current_row() < 0:
            self.table.view.setCurrentIndex(self.model.index(0, 0))

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)
        self.panel.set_read_only(read_only)

    # ------------------------------------------------------------------ verbs
    def line_of(self, request: CapacityRequest) -> CapacityLine:
        return CapacityLine(request, self._history.get(request.id or 0, ()))

    def lines(self) -> list[CapacityLine]:
        return [self.line_of(r) for r in self.model.rows]

    def confirm(self, status: str, amount: float, confirmed_by: str, remark: str) -> bool:
        """Record the team leader's answer to the chosen request as a new entry."""
        row = self.table.current_row()
        if row < 0:
            return False
        request = self.model.rows[row]
        stored = self.session.confirm_capacity(
            request.id, status=status, confirmed_amount=amount, confirmed_by=confirmed_by, remark=remark
        )
        if stored is None:
            return False
        self.drafts.discard(f"capaciteit:{request.id}:")
        self._read_history()  # read back rather than appended: the stored history is the truth
        self._refresh()
        self.changed.emit()
        return True

    # ------------------------------------------------------------------ internals
    def _read_history(self) -> None:
        self._history = {
            r.id: tuple(self.session.repo.confirmations(r.id))
            for r in self.session.rows(CapacityRequest)
            if r.id is not None
        }

    def _team_leader(self, row: int) -> str:
        """Registered leader of the team, else a team leader at the table from that team."""
        name = self.model.team_leader(row)
        if name:
            return name
        team_id = self.model.rows[row].team_id
        if team_id is None:
            return ""
        for person in self.session.rows(Participant):
            if person.role == Role.TEAM_LEADER and person.team_id == team_id:
                return person.name
        return ""

    def _refresh(self, *_args: object) -> None:
        self.gaps.show_summary(summarize_lines(self.lines()))
        if self.model.rowCount():
            column = self.model.column_of("id")
            self.model.dataChanged.emit(
                self.model.index(0, column), self.model.index(self.model.rowCount() - 1, column)
            )
        self._show_current()

    def _show_current(self, *_args: object) -> None:
        row = self.table.current_row()
        if row < 0:
            self.panel.show_line(None)
            return
        self.panel.show_line(self.model.line(row), self._team_leader(row))
        if not self.model.read_only:
            for field, edit in (("naam", self.panel.name), ("opmerking", self.panel.remark)):
                draft = self.drafts.get(self._draft_key(field))
                if draft is not None:
                    edit.setText(draft)

    def _draft_key(self, field: str) -> str:
        row = self.table.current_row()
        request_id = self.model.rows[row].id if 0 <= row < len(self.model.rows) else None
        return f"capaciteit:{request_id}:{field}" if request_id is not None else ""

    def _on_content_changed(self, what: str) -> None:
        """Another window part stored capacity rows or answers: read the history again."""
        if what in ("capacityrequest", "capacityconfirmation", "team"):
            self._read_history()
            self._refresh()
