"""The partners editor: involvement, who holds regie (overall or per sub-theme), binding."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from koerskaart.storage.models import Involvement, Partner
from koerskaart.ui.editors.partners import PartnersEditor
from koerskaart.ui.editors.registry import create_editor
from tests.gui.editor_support import (
    lock,
    open_session,
    presentation_screenshot,
    question_of_type,
    screenshot,
    show_editor,
)
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def session(repo):
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "partners")
    assert isinstance(widget, PartnersEditor)
    return widget


def stored(session) -> list[Partner]:
    return session.rows(Partner)


def test_model_passes_qtmodeltester(qtmodeltester, editor, session):
    session.save_row(Partner(contract_id=session.contract_id, organisation="Politie", holds_regie=True))
    editor.load()
    qtmodeltester.check(editor.model, force_py=True)


def test_type_a_partner_and_give_it_regie(qtbot, editor, session):
    assert editor.summary.text() == "Nog niemand houdt de regie over het geheel."
    editor.table.view.setFocus()
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    line = QApplication.focusWidget()
    type_text(line, "Woonstichting ‘De Kennemer’")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    contact = QApplication.focusWidget()
    type_text(contact, "Fatma Yıldız")
    qtbot.keyClick(contact, Qt.Key.Key_Tab)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Mede-eigenaar van het resultaat"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    partner = stored(session)[0]
    assert (partner.organisation, partner.contact, partner.involvement) == (
        "Woonstichting ‘De Kennemer’",
        "Fatma Yıldız",
        Involvement.CO_OWNER,
    )
    # The check box: Tab ended on it (no editor), Space ticks it.
    assert editor.table.view.currentIndex().column() == editor.model.column_of("holds_regie")
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Space)
    assert stored(session)[0].holds_regie is True
    assert editor.summary.text() == "Regie over het geheel: Woonstichting ‘De Kennemer’."
    scope = editor.model.index(0, editor.model.column_of("regie_scope"))
    assert editor.model.data(scope) == "het geheel"


def test_regie_per_sub_theme_and_contested(qtbot, editor, session):
    editor.model.insert_row(organisation="Gemeente", holds_regie=True)
    editor.model.insert_row(organisation="Politie Kennemerland", holds_regie=True, regie_scope="Veiligheid")
    assert "Per deelthema — Veiligheid: Politie Kennemerland." in editor.summary.text()
    editor.model.insert_row(organisation="Woonstichting", holds_regie=True)
    assert "meer dan één partner houdt regie over het geheel" in editor.summary.text()

    editor.table.select_cell(2, editor.model.column_of("regie_scope"), edit=True)
    line = QApplication.focusWidget()
    qtbot.keyClicks(line, "Wonen")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert stored(session)[2].regie_scope == "Wonen"
    assert "meer dan één" not in editor.summary.text()
    binding = QApplication.focusWidget()
    type_text(binding, "Blijft in dienst van de corporatie; mandaat via directeur € 50.000")
    qtbot.keyClick(binding, Qt.Key.Key_Tab)  # the last cell: the edit is stored and focus leaves
    assert stored(session)[2].binding == "Blijft in dienst van de corporatie; mandaat via directeur € 50.000"
    assert not editor.table.view.isAncestorOf(QApplication.focusWidget())


def test_read_only_refuses_edits(qtbot, editor, session, repo):
    editor.model.insert_row(organisation="Politie")
    lock(repo, session)
    editor.set_read_only(True)
    editor.table.select_cell(0, editor.model.column_of("holds_regie"))
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Space)
    assert stored(session)[0].holds_regie is False
    assert not editor.model.flags(editor.model.index(0, 3)) & Qt.ItemFlag.ItemIsUserCheckable


def test_screenshot(qtbot, tmp_path, editor, session):
    rows = [
        ("Politie Kennemerland", "Wijkagent Petra Jansen", "mede_eigenaar", True, "Veiligheid", "Eigen lijn"),
        ("Woonstichting Heemskerk", "Karel Smit", "mede_eigenaar", True, "", "Directeur wonen houdt mandaat"),
        ("Jongerenwerk Spot", "", "adviseur", False, "", ""),
        ("Winkeliersvereniging Europaplein", "Fatma Yıldız", "geinformeerd", True, "Ondernemers", ""),
    ]
    for organisation, contact, involvement, regie, scope, binding in rows:
        editor.model.insert_row(
            organisation=organisation,
            contact=contact,
            involvement=involvement,
            holds_regie=regie,
            regie_scope=scope,
            binding=binding,
        )
    screenshot(editor, "editor_partners")
    header = editor.table.view.horizontalHeader()
    column = editor.model.column_of("involvement")
    needed = editor.table.view.fontMetrics().horizontalAdvance("Mede-eigenaar van het resultaat") + 8
    assert header.sectionSize(column) >= needed

    presentation_screenshot(editor, "editor_partners_presentation", tmp_path / "ui.ini")
    assert editor.width() <= 1280


def test_a_signed_contract_opens_read_only(qtbot, session, repo):
    session.save_row(Partner(contract_id=session.contract_id, organisation="Politie"))
    lock(repo, session)
    widget = create_editor(question_of_type("partners"), session)
    qtbot.addWidget(widget)
    assert widget.model.read_only
    assert not widget.table.add_button.isEnabled()
    assert not widget.model.flags(widget.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
