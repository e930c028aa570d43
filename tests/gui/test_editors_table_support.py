"""The shared table pieces: RowTableModel on a real contract, and RowTableEditor driven by keys."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from koerskaart.storage.models import Activity
from koerskaart.ui import messages
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind, RowTableModel
from tests.gui.editor_support import lock, open_session
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

COLUMNS = [
    Column("name", "Activiteit", stretch=True),
    Column(
        "priority", "Prioriteit", Kind.CHOICE, choices=(("nu", "Nu"), ("later", "Later"), ("niet", "Niet"))
    ),
    Column("complexity", "Complexiteit", Kind.INT, minimum=1, maximum=5),
    Column("start", "Start", Kind.DATE),
]


@pytest.fixture
def session(repo):
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    model = RowTableModel(session, Activity, COLUMNS)
    model.reload()
    widget = RowTableEditor(model, accessible_name="Activiteiten")
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget


def stored(session):
    return session.rows(Activity)


def test_model_passes_qtmodeltester(qtmodeltester, session):
    for name in ("Wijkschouw", "Camera’s <plaatsen> & € 5.000", ""):
        session.save_row(
            Activity(contract_id=session.contract_id, name=name, complexity=3, start=date(2026, 3, 1))
        )
    model = RowTableModel(session, Activity, COLUMNS)
    model.reload()
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 0)) == "Camera’s <plaatsen> & € 5.000"
    assert model.data(model.index(0, 3)) == "01-03-2026"
    assert model.data(model.index(0, 3), Qt.ItemDataRole.EditRole) == QDate(2026, 3, 1)


def test_add_type_and_tab_through_cells(qtbot, editor, session):
    editor.view.setFocus()
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(session)) == 1
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Wijkschouw")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert stored(session)[0].name == "Wijkschouw"
    # Tab went on to the next cell, in edit mode: the priority combo box.
    assert editor.view.currentIndex().column() == 1
    combo = QApplication.focusWidget()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert stored(session)[0].priority == "later"
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "4")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert stored(session)[0].complexity == 4
    # The last cell: Tab stores and leaves the table for the next widget.
    date_edit = QApplication.focusWidget()
    qtbot.keyClick(date_edit, Qt.Key.Key_Delete)
    qtbot.keyClick(date_edit, Qt.Key.Key_Tab)
    assert stored(session)[0].start is None
    assert not editor.view.isAncestorOf(QApplication.focusWidget())
    assert QApplication.focusWidget() is not editor.view


def test_non_ascii_text_is_stored(qtbot, editor, session):
    editor.add_row()
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    type_text(line, "Overleg met de Coöperatie ‘t Plein – € 12.500 🙂")
    qtbot.keyClick(line, Qt.Key.Key_Return)  # Qt commits on Enter through a queued call
    qtbot.waitUntil(lambda: stored(session)[0].name == "Overleg met de Coöperatie ‘t Plein – € 12.500 🙂")


def test_move_and_delete_with_keys(qtbot, editor, session):
    for name in ("Een", "Twee", "Drie"):
        editor.model.insert_row(name=name)
    editor.select_cell(0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in stored(session)] == ["Twee", "Een", "Drie"]
    assert editor.current_row() == 1
    qtbot.keyClick(editor.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [a.name for a in stored(session)] == ["Een", "Twee", "Drie"]

    editor.select_cell(2, 0)
    with messages.recording() as rec:
        rec.reply(1)  # "Annuleren"
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
        assert [a.name for a in stored(session)] == ["Een", "Twee", "Drie"]
        rec.reply(0)  # "Verwijderen"
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [a.name for a in stored(session)] == ["Een", "Twee"]
    assert "Drie" in rec.texts()[0]


def test_empty_row_is_deleted_without_asking(qtbot, editor, session):
    editor.model.insert_row()
    editor.select_cell(0, 0)
    with messages.recording() as rec:
        qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert rec.messages == []
    assert stored(session) == []


def test_refused_write_keeps_the_stored_value(qtbot, editor, session, repo):
    editor.model.insert_row(name="Wijkschouw")
    lock(repo, session)
    with qtbot.waitSignal(session.failed):
        ok = editor.model.setData(editor.model.index(0, 0), "Anders")
    assert not ok
    assert editor.model.data(editor.model.index(0, 0)) == "Wijkschouw"
    assert stored(session)[0].name == "Wijkschouw"


def test_read_only_refuses_editing(qtbot, editor, session):
    editor.model.insert_row(name="Wijkschouw")
    editor.set_read_only(True)
    assert not editor.add_button.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    editor.select_cell(0, 0)
    qtbot.keyClick(editor.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [a.name for a in stored(session)] == ["Wijkschouw"]


def test_other_editor_changes_are_shown(qtbot, editor, session):
    other = RowTableModel(session, Activity, COLUMNS)
    other.reload()
    other.insert_row(name="Uit een ander scherm")
    assert editor.model.rowCount() == 1
    assert editor.model.data(editor.model.index(0, 0)) == "Uit een ander scherm"


def test_change_made_in_another_window_is_reported_not_overwritten(qtbot, editor, session, repo):
    from koerskaart.ui.session import ContractSession

    editor.model.insert_row(name="Wijkschouw")
    other = ContractSession(repo, session.contract_id, session.question_set)
    row = other.rows(Activity)[0]
    row.name = "Elders gewijzigd"
    assert other.save_row(row) is not None
    with qtbot.waitSignal(session.conflict):
        assert not editor.model.setData(editor.model.index(0, 0), "Hier gewijzigd")
    assert editor.model.data(editor.model.index(0, 0)) == "Wijkschouw"  # the cell shows no unsaved text
    assert stored(session)[0].name == "Elders gewijzigd"
