"""The organisation of the municipality without the demo: its domains and its teams.

A first user of an empty file types the domains (one per line) and the teams, each with its team
leader and domain. The capacity step then offers these teams and fills in the team leader's name
when the team is chosen. The municipality's name and logo are in Instellingen (the settings
dialog); this dialog says so. The page keeps Picard's four verbs: ``load``, ``check`` (a Dutch
sentence, empty when all is well), ``save`` and — there are no defaults — nothing to restore.

What this module must not do: write anything before "Opslaan", or decide names are unique (the
repository refuses a duplicate team with its own sentence).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from koerskaart.errors import UserFacingError
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages

TEAM_ID = Qt.ItemDataRole.UserRole + 1


class OrganisationDialog(QDialog):
    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.setWindowTitle(self.tr("Organisatie – Koerskaart"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Leg hier de domeinen en teams van uw gemeente vast. In de stap Capaciteit kiest u "
                "daarna een team en staat de naam van de teamleider er al. Naam en logo van de "
                "gemeente staan bij Bestand → Instellingen."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        domains_label = QLabel(self.tr("&Domeinen (één per regel):"), self)
        self.domains = QPlainTextEdit(self)
        self.domains.setTabChangesFocus(True)
        self.domains.setAccessibleName(self.tr("Domeinen, één per regel"))
        self.domains.setMaximumHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        domains_label.setBuddy(self.domains)
        layout.addWidget(domains_label)
        layout.addWidget(self.domains)
        teams_label = QLabel(self.tr("T&eams:"), self)
        self.teams = QTableWidget(0, 3, self)
        self.teams.setHorizontalHeaderLabels([self.tr("Team"), self.tr("Teamleider"), self.tr("Domein")])
        self.teams.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.teams.verticalHeader().setVisible(False)
        self.teams.setAccessibleName(self.tr("Teams met hun teamleider en domein"))
        self.teams.setTabKeyNavigation(False)
        teams_label.setBuddy(self.teams)
        layout.addWidget(teams_label)
        layout.addWidget(self.teams, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Team &toevoegen"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_team())
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #8f1d16; font-weight: bold;")
        self.problem.setWordWrap(True)
        self.problem.setVisible(False)
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 560)
        self.load()

    # ------------------------------------------------------------------ the four verbs
    def load(self) -> None:
        self._domain_names = {d.id: d.name for d in self.repo.domains()}
        self.domains.setPlainText("\n".join(self._domain_names.values()))
        self.teams.setRowCount(0)
        for team in self.repo.teams():
            self.add_team(team.name, team.team_leader, self._domain_names.get(team.domain_id, ""), team.id)

    def domain_list(self) -> list[str]:
        seen: list[str] = []
        for line in self.domains.toPlainText().splitlines():
            name = line.strip()
            if name and name not in seen:
                seen.append(name)
        return seen

    def team_rows(self) -> list[tuple[int | None, str, str, str]]:
        rows = []
        for row in range(self.teams.rowCount()):
            name_item = self.teams.item(row, 0)
            leader_item = self.teams.item(row, 1)
            combo = self.teams.cellWidget(row, 2)
            name = name_item.text().strip() if name_item else ""
            leader = leader_item.text().strip() if leader_item else ""
            domain = combo.currentText().strip() if isinstance(combo, QComboBox) else ""
            team_id = name_item.data(TEAM_ID) if name_item else None
            if name or leader:
                rows.append((team_id, name, leader, domain))
        return rows

    def check(self) -> str:
        names = [name for _id, name, _leader, _domain in self.team_rows()]
        if any(not name for name in names):
            return self.tr("Geef elk team een naam (of maak de regel helemaal leeg).")
        doubles = sorted({name for name in names if names.count(name) > 1})
        if doubles:
            return self.tr("Deze teamnaam staat er twee keer: %1.").replace("%1", ", ".join(doubles))
        return ""

    def save(self) -> bool:
        problem = self.check()
        if problem:
            self.problem.setText("⚠ " + problem)
            self.problem.setVisible(True)
            return False
        try:
            ids = {name: self.repo.ensure_domain(name).id for name in self.domain_list()}
            for team_id, name, leader, domain in self.team_rows():
                domain_id = ids.get(domain) if domain else None
                if domain and domain_id is None:
                    domain_id = self.repo.ensure_domain(domain).id
                self.repo.save_team(name, team_leader=leader, domain_id=domain_id, team_id=team_id)
        except UserFacingError as exc:
            messages.error(self, self.tr("Organisatie"), exc.message)
            return False
        return True

    # ------------------------------------------------------------------ rows
    def add_team(self, name: str = "", leader: str = "", domain: str = "", team_id: int | None = None) -> int:
        row = self.teams.rowCount()
        self.teams.insertRow(row)
        name_item = QTableWidgetItem(name)
        name_item.setData(TEAM_ID, team_id)
        self.teams.setItem(row, 0, name_item)
        self.teams.setItem(row, 1, QTableWidgetItem(leader))
        combo = QComboBox(self.teams)
        combo.setEditable(True)
        combo.setAccessibleName(self.tr("Domein van het team"))
        combo.addItem("")
        combo.addItems(self.domain_list())
        combo.setCurrentText(domain)
        self.teams.setCellWidget(row, 2, combo)
        if not name:
            self.teams.setCurrentCell(row, 0)
            self.teams.setFocus()
            self.teams.editItem(self.teams.item(row, 0))
        return row

    def accept(self) -> None:
        if self.save():
            super().accept()
