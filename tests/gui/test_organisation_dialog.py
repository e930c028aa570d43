"""Setting up the organisation without the demo: domains and teams with their team leader, then
offered in the capacity step with the team leader filled in."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QComboBox

from koerskaart.storage.models import CapacityRequest
from koerskaart.ui.organisation_dialog import OrganisationDialog
from tests.gui.conversation_support import default_question_set, new_contract, open_window
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def fill_team(dialog: OrganisationDialog, row: int, name: str, leader: str, domain: str) -> None:
    dialog.teams.item(row, 0).setText(name)
    dialog.teams.item(row, 1).setText(leader)
    combo = dialog.teams.cellWidget(row, 2)
    assert isinstance(combo, QComboBox)
    combo.setCurrentText(domain)


def test_a_fresh_file_gets_its_own_teams_and_the_capacity_step_offers_them(qtbot, repo, ui_settings, popups):
    assert repo.teams() == []
    dialog = OrganisationDialog(repo)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.domains.setFocus()
    type_text(dialog.domains, "Fysiek\nSociaal\nBedrijfsvoering")
    fill_team(dialog, dialog.add_team(), "Openbare Ruimte", "Dhr. J. (Jeroen) van den Berg", "Fysiek")
    fill_team(dialog, dialog.add_team(), "Jeugd & Onderwijs", "Zoë Öztürk", "Sociaal")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    domains = {d.id: d.name for d in repo.domains()}
    assert sorted(domains.values()) == ["Bedrijfsvoering", "Fysiek", "Sociaal"]
    teams = {t.name: (t.team_leader, domains.get(t.domain_id)) for t in repo.teams()}
    assert teams == {
        "Openbare Ruimte": ("Dhr. J. (Jeroen) van den Berg", "Fysiek"),
        "Jeugd & Onderwijs": ("Zoë Öztürk", "Sociaal"),
    }
    # The capacity step offers them and fills in the team leader.
    contract_id = new_contract(repo, default_question_set())
    team = next(t for t in repo.teams() if t.name == "Openbare Ruimte")
    repo.save_row(CapacityRequest(contract_id=contract_id, team_name=team.name, team_id=team.id, amount=0.8))
    window = open_window(qtbot, repo, contract_id, ui_settings)
    window.show_step("capaciteit")
    QApplication.processEvents()
    editor = window.editor("capacity")
    assert {t.name for t in editor.model.teams} == {"Openbare Ruimte", "Jeugd & Onderwijs"}
    assert editor.panel.name.text() == "Dhr. J. (Jeroen) van den Berg"
    window.close()


def test_changing_a_team_and_refusing_a_double_name(qtbot, repo, popups):
    repo.save_team("Veiligheid", team_leader="A. de Wit")
    dialog = OrganisationDialog(repo)
    qtbot.addWidget(dialog)
    assert dialog.teams.rowCount() == 1
    dialog.teams.item(0, 1).setText("B. Zwart")
    fill_team(dialog, dialog.add_team(), "Veiligheid", "C. Groen", "")
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "twee keer" in dialog.problem.text()
    assert [t.team_leader for t in repo.teams()] == ["A. de Wit"]  # nothing written
    dialog.teams.removeRow(1)
    dialog.accept()
    assert [t.team_leader for t in repo.teams()] == ["B. Zwart"]


def test_the_main_window_offers_the_dialog(qtbot, main_window, db_path, popups):
    main_window.open_database(db_path)
    assert main_window.organisation_action.isEnabled()
    assert main_window.organisation_action in main_window.ui.menuFile.actions()
    main_window.organisation_action.trigger()
    assert isinstance(main_window.dialog, OrganisationDialog)
    main_window.dialog.reject()


def test_demo_openen_opens_a_separate_demo_file_and_leaves_the_real_one_alone(
    qtbot, main_window, db_path, popups
):
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository
    from tests.gui.app_support import fill

    main_window.open_database(db_path)
    fill(main_window.repo)
    before = sorted(s.title for s in main_window.repo.list_opgaven())
    assert main_window.demo_action in main_window.ui.menuHelp.actions()
    main_window.demo_action.trigger()
    assert main_window.database_path == db_path.with_name("koerskaart-demo.sqlite")
    titles = [s.title for s in main_window.repo.list_opgaven()]
    assert len(titles) == 19 and "Zoëlaan: ontmoeten & bewegen" not in titles  # the demo portfolio
    real = Database.open(db_path)
    try:
        assert sorted(s.title for s in Repository(real).list_opgaven()) == before  # no fiction in it
    finally:
        real.close()
