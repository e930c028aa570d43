"""The team leader enters what the team has available in a year (fte), by name; audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from koerskaart.errors import UserFacingError
from koerskaart.portfolio.data import PortfolioData
from koerskaart.storage.repository import Repository


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


class CapacityDialog(QDialog):
    def __init__(
        self, repo: Repository, data: PortfolioData, year: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.data = data
        self.setWindowTitle(_tr("Beschikbare capaciteit"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.team = QComboBox()
        self.team.setAccessibleName(_tr("Team"))
        for team in data.teams:
            self.team.addItem(team.name, team.id)
        form.addRow(_tr("Team"), self.team)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(year)
        self.year.setAccessibleName(_tr("Jaar"))
        form.addRow(_tr("Jaar"), self.year)
        self.fte = QDoubleSpinBox()
        self.fte.setRange(0, 10000)
        self.fte.setDecimals(2)
        self.fte.setSingleStep(0.1)
        self.fte.setSuffix(" fte")
        self.fte.setAccessibleName(_tr("Beschikbaar voor opgaven (fte)"))
        form.addRow(_tr("Beschikbaar voor opgaven"), self.fte)
        self.leader = QLineEdit()
        self.leader.setAccessibleName(_tr("Teamleider"))
        form.addRow(_tr("Teamleider"), self.leader)
        layout.addLayout(form)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #B3261E; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        buttons.addButton(_tr("Opslaan"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_tr("Annuleren"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.team.currentIndexChanged.connect(lambda _=0: self._load())
        self.year.valueChanged.connect(lambda _=0: self._load())
        self._load()

    def _load(self) -> None:
        name = self.team.currentText()
        current = self.data.available_fte(name, self.year.value())
        self.fte.setValue(current or 0.0)
        leader = next((t.team_leader for t in self.data.teams if t.name == name), "")
        self.leader.setText(leader)

    def save(self) -> None:
        try:
            self.repo.set_team_capacity(
                int(self.team.currentData()), self.year.value(), self.fte.value(), set_by=self.leader.text()
            )
        except UserFacingError as exc:
            self.problem.setText(exc.message)
            self.problem.show()
            return
        self.accept()
