"""Dates and numbers are typed as a Dutch facilitator types them, and an open table cell is saved
while typing, by the same rule as a plain field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from koerskaart.storage.models import Partner
from koerskaart.ui.editors.date_field import DateLineEdit
from tests.gui.conversation_support import (
    default_question_set,
    input_widget,
    new_contract,
    open_window,
    stored,
    wait_saved,
)
from tests.gui.typing import type_text

pytestmark = [
    pytest.mark.gui,
    # a popup (the calendar) asks for these; the offscreen platform has neither
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard"),
]


@pytest.fixture
def window(qtbot, repo, ui_settings, popups):
    win = open_window(qtbot, repo, new_contract(repo, default_question_set()), ui_settings)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    yield win
    win.close()


def date_field(window) -> DateLineEdit:
    field = input_widget(window, "meeting_date")
    assert isinstance(field, DateLineEdit)
    return field


@pytest.mark.parametrize("typed", ["12-3-2025", "12-03-2025", "120325", "12032025"])
def test_a_date_typed_the_dutch_way_is_12_march_2025(qtbot, window, repo, typed):
    window.focus_question("meeting_date")
    field = date_field(window)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    wait_saved(qtbot, window)
    assert stored(repo, window.contract_id, "meeting_date") == "2025-03-12"
    assert field.text() == "12-03-2025"  # as every date in a table reads
    assert not window.editor("meeting_date").problem_label.isVisible()


def test_a_filled_date_is_selected_and_overtyped(qtbot, window, repo):
    window.focus_question("meeting_date")
    qtbot.keyClicks(date_field(window), "12-3-2025")
    qtbot.keyClick(date_field(window), Qt.Key.Key_Tab)
    window.focus_question("meeting_date")  # back into the field: its text is selected
    field = date_field(window)
    assert field.selectedText() == "12-03-2025"
    qtbot.keyClicks(field, "01042025")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    wait_saved(qtbot, window)
    assert stored(repo, window.contract_id, "meeting_date") == "2025-04-01"


def test_an_impossible_date_is_refused_with_the_reason_beside_it(qtbot, window, repo):
    window.focus_question("meeting_date")
    field = date_field(window)
    qtbot.keyClicks(field, "12-3-2025")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    wait_saved(qtbot, window)
    window.focus_question("meeting_date")
    qtbot.keyClicks(field, "30-02-2025")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    label = window.editor("meeting_date").problem_label
    assert label.isVisible()
    assert label.text() == "30 februari 2025 bestaat niet: februari heeft 28 dagen."
    assert field.text() == "30-02-2025"  # what was typed stays, to correct it
    window.save_now()
    assert stored(repo, window.contract_id, "meeting_date") == "2025-03-12"  # nothing else changed
    assert label.geometry().left() > field.geometry().right()  # next to the field
    # Corrected: the reason goes.
    window.focus_question("meeting_date")
    qtbot.keyClicks(field, "28-02-2025")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert not label.isVisible()
    wait_saved(qtbot, window)
    assert stored(repo, window.contract_id, "meeting_date") == "2025-02-28"


def test_unfinished_text_says_how_to_type_a_date(qtbot, window):
    window.focus_question("meeting_date")
    qtbot.keyClicks(date_field(window), "morgen")
    qtbot.keyClick(date_field(window), Qt.Key.Key_Tab)
    assert "bijvoorbeeld 12-3-2025" in window.editor("meeting_date").problem_label.text()


def test_the_calendar_stays_for_the_mouse(qtbot, window, repo):
    field = date_field(window)
    field.calendar_action.trigger()
    popup = field.popup
    assert popup is not None and popup.isVisible()
    popup.calendar.setSelectedDate(QDate(2025, 3, 12))
    popup.calendar.activated.emit(QDate(2025, 3, 12))
    assert not popup.isVisible()
    wait_saved(qtbot, window)
    assert stored(repo, window.contract_id, "meeting_date") == "2025-03-12"
    # And Alt+Down opens it from the keyboard.
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert popup.isVisible()
    popup.hide()


def test_a_locked_date_has_no_calendar_or_clear_button(qtbot, window):
    window.editor("meeting_date").set_read_only(True)
    assert not date_field(window).calendar_action.isVisible()
    assert not window.editor("meeting_date").clear_button.isVisibleTo(window)


def test_digits_typed_into_an_empty_number_field_are_taken(qtbot, window, repo):
    window.focus_question("duration_months")
    spin = input_widget(window, "duration_months")
    assert spin.text() == "niet ingevuld"
    qtbot.keyClicks(spin, "18")  # no Ctrl+A first
    wait_saved(qtbot, window)
    assert stored(repo, window.contract_id, "duration_months") == 18
    assert spin.text() == "18 maanden"


def test_a_table_cell_still_being_edited_is_saved_while_typing(qtbot, window, repo):
    window.show_step("partners_regie")
    view = QApplication.focusWidget()
    for char in "Woningcorporatie Ons Huis":
        type_text(QApplication.focusWidget(), char)
    assert isinstance(QApplication.focusWidget(), QLineEdit)
    assert view.state() == QAbstractItemView.State.EditingState

    # No Tab, no Enter: the cell is still open, and the name is in the file within the autosave time.
    def names() -> list[str]:
        return [p.organisation for p in repo.rows(window.contract_id, Partner)]

    qtbot.waitUntil(lambda: names() == ["Woningcorporatie Ons Huis"], timeout=2000)
    assert view.state() == QAbstractItemView.State.EditingState
    assert QApplication.focusWidget().text() == "Woningcorporatie Ons Huis"
