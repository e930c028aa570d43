"""The priorities editor: Nu / Later / Niet columns, moved by keys, buttons and drag and drop."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from koerskaart.storage.models import Activity
from koerskaart.ui import messages
from koerskaart.ui.editors.activities import ActivitiesEditor
from koerskaart.ui.editors.priorities import PrioritiesEditor
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
    session = open_session(repo)
    for name, priority in (
        ("Wijkschouw", "nu"),
        ("Camera’s", "nu"),
        ("Verlichting", "later"),
        ("Nieuwbouw", "niet"),
    ):
        session.save_row(Activity(contract_id=session.contract_id, name=name, priority=priority))
    return session


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "priorities")
    assert isinstance(widget, PrioritiesEditor)
    return widget


def by_priority(session) -> dict[str, list[str]]:
    result: dict[str, list[str]] = {"nu": [], "later": [], "niet": []}
    for activity in session.rows(Activity):
        result[activity.priority].append(activity.name)
    return result


def names(column) -> list[str]:
    return [column.model.data(column.model.index(i, 0)) for i in range(column.model.rowCount())]


def test_models_pass_qtmodeltester(qtmodeltester, editor):
    for column in editor.columns:
        qtmodeltester.check(column.model, force_py=True)
    assert names(editor.columns[0]) == ["Wijkschouw", "Camera’s"]


def test_keyboard_moves_between_columns(qtbot, editor, session):
    now, later, never = editor.columns
    now.view.setFocus()
    now.view.setCurrentIndex(now.model.index(1, 0))
    with qtbot.waitSignal(editor.changed):
        qtbot.keyClick(now.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert by_priority(session) == {
        "nu": ["Wijkschouw"],
        "later": ["Verlichting"],
        "niet": ["Camera’s", "Nieuwbouw"],
    }
    # The cursor went along: the next key moves the same activity again.
    assert QApplication.focusWidget() is never.view
    qtbot.keyClick(never.view, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert by_priority(session)["later"] == ["Camera’s", "Verlichting"]
    qtbot.keyClick(later.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert by_priority(session)["nu"] == ["Wijkschouw", "Camera’s"]
    assert names(now) == ["Wijkschouw", "Camera’s"]


def test_buttons_move_the_chosen_activity(qtbot, editor, session):
    now = editor.columns[0]
    now.view.setFocus()
    now.view.setCurrentIndex(now.model.index(0, 0))
    editor.move_buttons[1].click()  # "Naar Later"
    assert by_priority(session)["later"] == ["Wijkschouw", "Verlichting"]


def test_drag_and_drop_onto_a_place_in_another_column(qtbot, editor, session):
    now, later, never = editor.columns
    data = now.model.mimeData([now.model.index(0, 0)])
    assert later.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert later.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert by_priority(session) == {
        "nu": ["Camera’s"],
        "later": ["Wijkschouw", "Verlichting"],
        "niet": ["Nieuwbouw"],
    }
    assert names(later) == ["Wijkschouw", "Verlichting"]
    # Dropped on empty space at the end of a column: after its last activity.
    data = later.model.mimeData([later.model.index(0, 0)])
    assert never.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert by_priority(session)["niet"] == ["Nieuwbouw", "Wijkschouw"]
    # The source view's "remove after move" must not remove anything else.
    assert not later.model.removeRows(0, 1)
    assert names(later) == ["Verlichting"]


def test_add_by_name_rename_and_delete(qtbot, editor, session):
    later = editor.columns[1]
    later.new_name.setFocus()
    type_text(later.new_name, "Bankjes bij de fontein – € 8.000")
    qtbot.keyClick(later.new_name, Qt.Key.Key_Return)
    assert by_priority(session)["later"] == ["Verlichting", "Bankjes bij de fontein – € 8.000"]
    assert later.new_name.text() == ""

    later.view.setFocus()
    later.view.setCurrentIndex(later.model.index(0, 0))
    qtbot.keyClick(later.view, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    line.selectAll()
    qtbot.keyClicks(line, "Ledverlichting")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: by_priority(session)["later"][0] == "Ledverlichting")

    later.view.setFocus()
    later.view.setCurrentIndex(later.model.index(0, 0))
    with messages.recording() as rec:
        rec.reply(0)
        qtbot.keyClick(later.view, Qt.Key.Key_Delete)
    assert "Ledverlichting" in rec.texts()[0]
    assert by_priority(session)["later"] == ["Bankjes bij de fontein – € 8.000"]


def test_activities_editor_on_the_same_session_follows(qtbot, editor, session):
    activities = create_editor(question_of_type("activities"), session)
    assert isinstance(activities, ActivitiesEditor)
    qtbot.addWidget(activities)
    editor.columns[2].new_name.setText("Parkeergarage")
    editor.columns[2].add_from_field()
    names_there = [activities.model.rows[i].name for i in range(activities.model.rowCount())]
    assert "Parkeergarage" in names_there
    activities.model.set_value(0, "priority", "niet")
    assert names(editor.columns[2]) == ["Wijkschouw", "Nieuwbouw", "Parkeergarage"]


def test_read_only_refuses_moves(qtbot, editor, session, repo):
    lock(repo, session)
    editor.set_read_only(True)
    now = editor.columns[0]
    now.view.setFocus()
    now.view.setCurrentIndex(now.model.index(0, 0))
    qtbot.keyClick(now.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    data = now.model.mimeData([now.model.index(0, 0)])
    assert not editor.columns[1].model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert not editor.columns[0].new_name.isEnabled()
    assert by_priority(session)["nu"] == ["Wijkschouw", "Camera’s"]


def test_screenshot(qtbot, tmp_path, editor):
    screenshot(editor, "editor_priorities")
    for column in editor.columns:
        assert column.width() > 300

    presentation_screenshot(editor, "editor_priorities_presentation", tmp_path / "ui.ini")
    assert editor.width() <= 1280


def test_keys_inside_the_conversation_window(qtbot, repo, session, tmp_path):
    """In the real window: a jump lands in the Nu list, Ctrl+3 moves, Alt+Right still turns the page."""
    from koerskaart.ui.settings import UiSettings
    from tests.gui.conversation_support import open_window

    window = open_window(qtbot, repo, session.contract_id, UiSettings(tmp_path / "ui.ini"))
    window.activateWindow()
    assert window.focus_question("priorities")
    editor = window.editor("priorities")
    now = editor.columns[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is now.view)
    step = window.current_step_key()
    qtbot.keyClick(now.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert by_priority(session)["niet"] == ["Wijkschouw", "Nieuwbouw"]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.current_step_key() != step)
    window.close()
