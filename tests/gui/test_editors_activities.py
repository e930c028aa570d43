"""The activities editor: approach with its reason, complexity, dates with warnings, owner."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit

from koerskaart.storage.models import Activity
from koerskaart.ui import messages
from koerskaart.ui.editors.activities import ActivitiesEditor
from koerskaart.ui.editors.table_delegates import ClearableDateEdit  # a typed date field
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
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "activities")
    assert isinstance(widget, ActivitiesEditor)
    return widget


def stored(session) -> list[Activity]:
    return session.rows(Activity)


def test_model_passes_qtmodeltester(qtmodeltester, editor, session):
    session.save_row(
        Activity(contract_id=session.contract_id, name="Camera’s", approach="project", start=date(2026, 5, 1))
    )
    editor.load()
    qtmodeltester.check(editor.model, force_py=True)


def test_approach_without_reason_is_marked_until_a_reason_is_given(qtbot, editor, session):
    editor.table.view.setFocus()
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    line = QApplication.focusWidget()
    type_text(line, "Wijkschouw met bewoners – ‘s avonds")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert stored(session)[0].name == "Wijkschouw met bewoners – ‘s avonds"
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText("Opgavegerichte aanpak"))
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert stored(session)[0].approach == "opgavegericht"

    reason = editor.model.index(0, editor.model.column_of("reason"))
    assert "geen reden" in editor.model.data(reason, Qt.ItemDataRole.ToolTipRole)
    assert editor.model.data(reason, Qt.ItemDataRole.DecorationRole) is not None
    assert editor.model.data(reason) == "reden ontbreekt"
    assert editor.model.data(reason, Qt.ItemDataRole.EditRole) == ""  # typing starts from empty
    assert editor.warnings.isVisibleTo(editor)
    assert "aanpak zonder reden" in editor.warnings.text()

    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Niemand kan dit alleen")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert stored(session)[0].reason == "Niemand kan dit alleen"
    assert editor.model.data(reason, Qt.ItemDataRole.DecorationRole) is None
    assert not editor.warnings.isVisibleTo(editor)


def test_complexity_dates_and_owner(qtbot, editor, session):
    editor.model.insert_row(name="Camera’s bij het winkelcentrum")
    editor.table.select_cell(0, editor.model.column_of("complexity"), edit=True)
    spin = QApplication.focusWidget()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Tab)
    assert stored(session)[0].complexity == 5

    start = QApplication.focusWidget()
    assert isinstance(start, ClearableDateEdit)
    start.setDate(QDate(2026, 5, 1))
    qtbot.keyClick(start, Qt.Key.Key_Tab)
    end = QApplication.focusWidget()
    assert isinstance(end, ClearableDateEdit)
    end.setDate(QDate(2026, 2, 1))
    qtbot.keyClick(end, Qt.Key.Key_Tab)
    assert (stored(session)[0].start, stored(session)[0].end) == (date(2026, 5, 1), date(2026, 2, 1))
    assert "vóór de startdatum" in editor.warnings.text()
    end_index = editor.model.index(0, editor.model.column_of("end"))
    assert (
        editor.model.data(end_index, Qt.ItemDataRole.ToolTipRole) == "De einddatum ligt vóór de startdatum."
    )

    owner = QApplication.focusWidget()
    type_text(owner, "Team Veiligheid & Handhaving <VTH>")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    assert stored(session)[0].owner == "Team Veiligheid & Handhaving <VTH>"

    # Emptying the end date with Delete removes the warning.
    editor.table.select_cell(0, editor.model.column_of("end"), edit=True)
    end = QApplication.focusWidget()
    qtbot.keyClick(end, Qt.Key.Key_Delete)
    qtbot.keyClick(end, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stored(session)[0].end is None)
    assert not editor.warnings.isVisibleTo(editor)


def test_move_and_delete(qtbot, editor, session):
    for name in ("Een", "Twee"):
        editor.model.insert_row(name=name)
    editor.table.select_cell(0, 0)
    editor.table.down_button.click()
    assert [a.name for a in stored(session)] == ["Twee", "Een"]
    with messages.recording() as rec:
        rec.reply(0)
        editor.table.delete_button.click()  # the cursor moved along with "Een"
    assert "Een" in rec.texts()[0]
    assert [a.name for a in stored(session)] == ["Twee"]


def test_read_only_refuses_edits(qtbot, editor, session, repo):
    editor.model.insert_row(name="Wijkschouw")
    lock(repo, session)
    editor.set_read_only(True)
    editor.table.select_cell(0, 0)
    qtbot.keyClick(editor.table.view, Qt.Key.Key_W)
    assert editor.table.view.state() != editor.table.view.State.EditingState
    assert not editor.model.setData(editor.model.index(0, 0), "Anders")
    assert [a.name for a in stored(session)] == ["Wijkschouw"]


def test_screenshot(qtbot, tmp_path, editor, session):
    rows = [
        ("Wijkschouw met bewoners", "opgavegericht", "Samen met bewoners en politie", "nu", 4),
        ("Camera’s bij het winkelcentrum", "project", "", "nu", 3),
        ("Verlichting vervangen", "lijnwerk", "Hoort bij het beheer", "later", 1),
        ("Jongerenwerk in de avond", "programma", "Loopt al in drie wijken", "later", 2),
    ]
    for name, approach, reason, priority, complexity in rows:
        editor.model.insert_row(
            name=name,
            approach=approach,
            reason=reason,
            priority=priority,
            complexity=complexity,
            start=date(2026, 5, 1),
            end=date(2026, 2, 1) if complexity == 3 else date(2026, 12, 31),
            owner="Team Veiligheid",
        )
    screenshot(editor, "editor_activities")
    header = editor.table.view.horizontalHeader()
    end_column = editor.model.column_of("end")
    # The end date with its warning icon fits its column.
    needed = editor.table.view.fontMetrics().horizontalAdvance("01-02-2026") + 24
    assert header.sectionSize(end_column) >= needed

    presentation_screenshot(editor, "editor_activities_presentation", tmp_path / "ui.ini")
    needed = editor.table.view.fontMetrics().horizontalAdvance("01-02-2026") + 24
    assert header.sectionSize(end_column) >= needed  # the columns followed the larger type
    assert editor.width() <= 1280
