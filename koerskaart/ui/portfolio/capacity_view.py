""" "Wat kunnen we aan": per team available, asked, confirmed, gap and free fte for one year.

Each team row opens into the opgaven behind its numbers. Over-committed teams are red and named
in a sentence above the table. On the right, the what-if: tick opgaven whose priority would move
to "later" and see what that frees for every team. The numbers are
:func:`koerskaart.portfolio.capacity.team_years`; this widget only shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerskaart.portfolio.capacity import TeamYear, team_years, years_of
from koerskaart.ui.portfolio.state import PortfolioState
from koerskaart.ui.portfolio.words import decimal, fte


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


RED = QColor("#B3261E")


class CapacityView(QWidget):
    editRequested = Signal()

    def __init__(self, state: PortfolioState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.teams: tuple[TeamYear, ...] = ()
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(_tr("Jaar")))
        self.year = QComboBox()
        self.year.setAccessibleName(_tr("Jaar"))
        top.addWidget(self.year)
        top.addStretch(1)
        self.edit_button = QPushButton(_tr("Beschikbare capaciteit invullen…"))
        self.edit_button.clicked.connect(self.editRequested)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        self.summary = QLabel()
        self.summary.setObjectName("overcommitment")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.summary)
        self.asked_summary = QLabel()
        self.asked_summary.setObjectName("overasked")
        self.asked_summary.setWordWrap(True)
        self.asked_summary.setTextFormat(Qt.TextFormat.PlainText)
        self.asked_summary.setStyleSheet("color: #8A4B00;")
        layout.addWidget(self.asked_summary)

        splitter = QSplitter()
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(_tr("Capaciteit per team"))
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [
                _tr("Team en opgaven"),
                _tr("Beschikbaar"),
                _tr("Gevraagd"),
                _tr("Toegezegd"),
                _tr("Gat"),
                _tr("Vrij"),
            ]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        splitter.addWidget(self.tree)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        what_if = QLabel(_tr("Wat als deze opgaven naar ‘later’ gaan?"))
        what_if.setWordWrap(True)
        side_layout.addWidget(what_if)
        self.later = QListWidget()
        self.later.setAccessibleName(_tr("Opgaven die naar later gaan"))
        self.later.itemChanged.connect(self._later_changed)
        side_layout.addWidget(self.later)
        self.freed = QLabel()
        self.freed.setWordWrap(True)
        side_layout.addWidget(self.freed)
        side.setMaximumWidth(340)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.year.currentIndexChanged.connect(lambda _=0: self.refresh())
        self._stale = True  # filled when first shown: hidden tabs cost nothing at start-up
        state.changed.connect(self.refresh)

    def chosen_year(self) -> int:
        data = self.year.currentData()
        return int(data) if data is not None else int(self.state.period[:4])

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Show the state's figures; a hidden tab only notes that it is behind and catches up when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        state = self.state
        around = int(state.period[:4])
        years = years_of(state.all_facts, around)
        wanted = self.year.currentData() or around
        self.year.blockSignals(True)
        self.year.clear()
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(0, self.year.findData(wanted)))
        self.year.blockSignals(False)
        self.teams = team_years(state.data, state.facts, self.chosen_year(), later=state.later)
        self._fill_tree()
        self._fill_later()

    def _fill_tree(self) -> None:
        self.tree.clear()
        bold = QFont(self.font())
        bold.setBold(True)
        for team in self.teams:
            row = QTreeWidgetItem(
                [
                    team.team,
                    "–" if team.available is None else fte(team.available),
                    fte(team.asked),
                    fte(team.confirmed),
                    fte(team.gap),
                    "–" if team.free is None else fte(team.free),
                ]
            )
            row.setFont(0, bold)
            if team.overcommitted:
                for column in range(6):
                    row.setForeground(column, QBrush(RED))
                row.setToolTip(0, self._sentence(team))
            for share in team.shares:
                name = share.title + (f" ({_tr('later')})" if share.later else "")
                gap = fte(share.asked - share.confirmed)
                child = QTreeWidgetItem([name, "", fte(share.asked), fte(share.confirmed), gap, ""])
                if share.later:
                    for column in range(6):
                        child.setForeground(column, QBrush(QColor("#80868B")))
                row.addChild(child)
            for column in range(1, 6):
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(row)
        self._fit_columns()
        lines = [self._sentence(team) for team in self.teams if team.overcommitted]
        asked = [self._asked(team) for team in self.teams if team.overasked and not team.overcommitted]
        if lines:
            self.summary.setText("\n".join(lines))
            self.summary.setStyleSheet("color: #B3261E; font-weight: bold;")
        else:
            self.summary.setText(_tr("Geen team heeft meer toegezegd dan het beschikbaar heeft."))
            self.summary.setStyleSheet("")
        self.asked_summary.setText("\n".join(asked))
        self.asked_summary.setVisible(bool(asked))

    def _fit_columns(self) -> None:
        for column in range(1, 6):
            self.tree.resizeColumnToContents(column)

    def changeEvent(self, event: QEvent) -> None:
        # Presentation mode and zoom change the type size: the number columns follow.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_columns()
        super().changeEvent(event)

    def _sentence(self, team: TeamYear) -> str:
        template = _tr("{team}: {confirmed} fte toegezegd van {available} beschikbaar")
        return team.sentence(template, decimal())

    def _asked(self, team: TeamYear) -> str:
        template = _tr("{team}: {asked} fte gevraagd van {available} beschikbaar")
        return team.sentence(template, decimal())

    def _fill_later(self) -> None:
        self.later.blockSignals(True)
        self.later.clear()
        for item in self.state.facts:
            if not item.record.asks:
                continue
            entry = QListWidgetItem(item.title)
            entry.setData(Qt.ItemDataRole.UserRole, item.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = item.id in self.state.later
            entry.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.later.addItem(entry)
        self.later.blockSignals(False)
        freed = sum(share.asked for team in self.teams for share in team.shares if share.later)
        if self.state.later:
            text = _tr("Naar later: %1 fte gevraagde capaciteit vrij in %2.")
            text = text.replace("%1", fte(freed)).replace("%2", str(self.chosen_year()))
        else:
            text = _tr("Vink een opgave aan om te zien wat dat de teams oplevert.")
        self.freed.setText(text)

    def _later_changed(self, _item: QListWidgetItem) -> None:
        chosen = frozenset(
            int(self.later.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.later.count())
            if self.later.item(row).checkState() == Qt.CheckState.Checked
        )
        self.state.set_later(chosen)
