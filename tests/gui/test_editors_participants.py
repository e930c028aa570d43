"""The participants editor: the triangle shows the three roles, the table stores every edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from koerskaart.storage.models import Participant, Role
from koerskaart.ui import messages
from koerskaart.ui.editors.participants import ParticipantsEditor
from tests.gui.editor_support import (
    lock,
    open_session,
    presentation_screenshot,
    screenshot,
    show_editor,
)
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def session(repo):
    repo.ensure_team("Openbare ruimte", team_leader="Joost van Rijn")
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "participants")
    assert isinstance(widget, ParticipantsEditor)
    return widget


def people(session):
    return [(p.name, p.function, p.role) for p in session.rows(Participant)]


def test_model_passes_qtmodeltester(qtmodeltester, editor, session):
    session.save_row(Participant(contract_id=session.contract_id, name="Zoë <B> & Co", role=Role.ALDERMAN))
    editor.load()
    qtmodeltester.check(editor.model, force_py=True)


def test_clicking_a_corner_adds_that_role_and_types_the_name(qtbot, editor, session):
    cards = editor.triangle.card_rects()
    with qtbot.waitSignal(editor.changed):
        qtbot.mouseClick(
            editor.triangle, Qt.MouseButton.LeftButton, pos=cards[Role.SENIOR_OFFICIAL].center().toPoint()
        )
    assert people(session) == [("", "", Role.SENIOR_OFFICIAL)]
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    type_text(line, "Inès Brouwer")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    function = QApplication.focusWidget()
    qtbot.keyClicks(function, "domeinmanager Fysiek")
    qtbot.keyClick(function, Qt.Key.Key_Tab)
    assert people(session) == [("Inès Brouwer", "domeinmanager Fysiek", Role.SENIOR_OFFICIAL)]
    person = editor.triangle.people[Role.SENIOR_OFFICIAL]
    assert person is not None and person.name == "Inès Brouwer"
    assert "Inès Brouwer" in editor.triangle.accessibleDescription()
    assert "nog niet ingevuld" in editor.triangle.accessibleDescription()  # BO and ON are still empty

    # Clicking the same corner again goes back to that row rather than adding one.
    qtbot.mouseClick(
        editor.triangle, Qt.MouseButton.LeftButton, pos=cards[Role.SENIOR_OFFICIAL].center().toPoint()
    )
    assert len(people(session)) == 1
    assert editor.table.current_row() == 0


def test_add_team_leader_with_keyboard_and_role_choice(qtbot, editor, session):
    editor.table.view.setFocus()
    qtbot.keyClick(editor.table.view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    line = QApplication.focusWidget()
    qtbot.keyClicks(line, "Joost van Rijn")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "teamleider")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    assert combo.accessibleName() == "Rol"
    combo.setCurrentIndex(combo.findText("Teamleider (TL)"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert people(session) == [("Joost van Rijn", "teamleider", Role.TEAM_LEADER)]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # organisation: unchanged
    team = QApplication.focusWidget()
    assert isinstance(team, QComboBox)
    team.setCurrentIndex(team.findText("Openbare ruimte"))
    qtbot.keyClick(team, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: session.rows(Participant)[0].team_id is not None)
    assert editor.triangle.people[Role.ALDERMAN] is None


def test_triangle_shows_names_and_move_delete(qtbot, editor, session):
    for name, role in (("Marieke de Vries", Role.ALDERMAN), ("Ahmed El Amrani", Role.TASK_LEADER)):
        editor.model.insert_row(name=name, function="functie", role=role)
    assert editor.triangle.people[Role.ALDERMAN].name == "Marieke de Vries"
    assert editor.triangle.people[Role.TASK_LEADER].name == "Ahmed El Amrani"
    assert editor.triangle.people[Role.SENIOR_OFFICIAL] is None
    editor.table.select_cell(1, 0)
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [p[0] for p in people(session)] == ["Ahmed El Amrani", "Marieke de Vries"]
    with messages.recording() as rec:
        rec.reply(0)
        qtbot.keyClick(editor.table.view, Qt.Key.Key_Delete)
    assert "Ahmed El Amrani" in rec.texts()[0]
    assert [p[0] for p in people(session)] == ["Marieke de Vries"]
    assert editor.triangle.people[Role.TASK_LEADER] is None


def test_keyboard_on_the_triangle(qtbot, editor, session):
    editor.triangle.setFocus()
    qtbot.keyClick(editor.triangle, Qt.Key.Key_3)
    assert people(session) == [("", "", Role.TASK_LEADER)]


def test_read_only_refuses_edits(qtbot, editor, session, repo):
    editor.model.insert_row(name="Marieke de Vries", role=Role.ALDERMAN)
    lock(repo, session)
    editor.set_read_only(True)
    cards = editor.triangle.card_rects()
    qtbot.mouseClick(
        editor.triangle, Qt.MouseButton.LeftButton, pos=cards[Role.TASK_LEADER].center().toPoint()
    )
    assert not editor.model.setData(editor.model.index(0, 0), "Anders")
    assert not editor.table.add_button.isEnabled()
    assert people(session) == [("Marieke de Vries", "", Role.ALDERMAN)]
    assert editor.commit() is True


def test_screenshot(qtbot, tmp_path, editor, session):
    for name, function, role in (
        ("Marieke de Vries", "wethouder Veiligheid en Wijken", Role.ALDERMAN),
        ("Ahmed El Amrani", "opgaveleider Europaplein", Role.TASK_LEADER),
        ("Joost van Rijn", "teamleider Openbare ruimte", Role.TEAM_LEADER),
        ("Sanne Bakker", "portfoliomanager", Role.FACILITATOR),
    ):
        editor.model.insert_row(name=name, function=function, role=role)
    path = screenshot(editor, "editor_participants")
    assert path.stat().st_size > 0
    assert editor.triangle.width() >= 440 and editor.table.view.width() >= 500
    assert editor.triangle.role_at(editor.triangle.card_rects()[Role.ALDERMAN].center()) == Role.ALDERMAN
    assert editor.triangle.role_at(QPoint(1, 1).toPointF()) is None

    path = presentation_screenshot(editor, "editor_participants_presentation", tmp_path / "ui.ini")
    assert path.stat().st_size > 0
    assert editor.width() <= 1280  # nothing forces the window wider than a shared screen


def test_narrow_step_puts_the_triangle_above_the_table(qtbot, editor):
    editor.resize(900, 700)
    qtbot.waitUntil(lambda: editor.triangle.geometry().bottom() < editor.table.geometry().top())
    editor.resize(1200, 600)
    qtbot.waitUntil(lambda: editor.triangle.geometry().right() < editor.table.geometry().left())
