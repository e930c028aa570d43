"""The facilitator never needs the mouse: where the keyboard lands, which keys change the step,
the keyboard-help window, the Alt+letter keys of every window, and a keyboard path to every action.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from koerskaart.demo.build import load_demo
from koerskaart.record.versions import recontract
from koerskaart.storage.models import Partner
from koerskaart.ui.conversation.focus import takes_typing
from koerskaart.ui.conversation.window import REVIEW_KEY
from koerskaart.ui.editors.table_editor import RowTableView
from koerskaart.ui.record.hooks import attach_to_conversation
from koerskaart.ui.settings import UiSettings
from tests.gui.conversation_support import default_question_set, new_contract, open_window, stored
from tests.gui.mnemonics import clashes, collect
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

SENTENCE = "Wij gaan nu verder met de wijk"


@pytest.fixture
def window(qtbot, repo, ui_settings, popups):
    win = open_window(qtbot, repo, new_contract(repo, default_question_set()), ui_settings)
    attach_to_conversation(win)
    shown(qtbot, win)
    yield win
    win.close()


@pytest.fixture
def europaplein(repo) -> int:
    """The demo's Europaplein, re-opened as version 2 so every editor is writable and filled."""
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    return recontract(repo, signed.id, "Opnieuw besproken", default_question_set()).id


def shown(qtbot, window: QWidget) -> QWidget:
    """Make ``window`` the active one: shortcuts and the focus widget belong to it then."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def type_here(text: str) -> None:
    """Type ``text`` as a keyboard does: every key goes to whatever has the focus at that moment."""
    for char in text:
        type_text(focused(), char)


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def typed_text(widget: QWidget) -> str:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return ""


def test_after_every_step_change_the_keyboard_is_in_the_first_field_and_types_a_sentence(qtbot, window, repo):
    keys = window.step_keys()
    assert window.current_step_key() == keys[0]
    for number, key in enumerate(keys[1:], start=1):
        qtbot.keyClick(focused(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert window.current_step_key() == key
        page = window._widgets[key]
        target = focused()
        assert page.isAncestorOf(target), (key, target)
        if key == REVIEW_KEY:
            continue  # nothing to type into: the review reads (PageUp/PageDown scroll it)
        assert takes_typing(target), (key, type(target).__name__)
        type_here(SENTENCE)
        assert window.current_step_key() == key, f"typing a sentence changed the step at {key}"
        # The sentence went in where the keyboard was: a field, or (a table) the cell now open.
        assert SENTENCE in typed_text(focused()) or key in ("aan_tafel", "_ondertekenen"), key
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        if number > 3:
            break
    # Back with Alt+Left lands in the first field again.
    qtbot.keyClick(focused(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page_of(window, focused()) == window.current_step_key()


def page_of(window, widget: QWidget) -> str:
    return next(key for key, page in window._widgets.items() if page.isAncestorOf(widget))


def test_every_step_lands_in_a_typing_field(qtbot, window):
    for key in window.step_keys():
        window.show_step(key)
        target = focused()
        assert window._widgets[key].isAncestorOf(target), key
        assert key == REVIEW_KEY or takes_typing(target), (key, type(target).__name__)


def test_typing_in_an_empty_table_starts_its_first_row_and_saves_the_text(qtbot, window, repo):
    window.show_step("partners_regie")
    view = focused()
    assert isinstance(view, RowTableView)
    assert view.model().rowCount() == 0
    type_here("Woningcorporatie Ons Huis")
    assert view.model().rowCount() == 1
    assert isinstance(focused(), QLineEdit)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    assert view.model().index(0, view.typing_column()).data() == "Woningcorporatie Ons Huis"
    assert [p.organisation for p in repo.rows(window.contract_id, Partner)] == ["Woningcorporatie Ons Huis"]
    # F2 and Enter open the current cell for editing.
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == QAbstractItemView.State.EditingState
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert view.state() == QAbstractItemView.State.EditingState


def test_page_up_and_down_scroll_and_never_change_the_step(qtbot, repo, europaplein, ui_settings, popups):
    window = shown(qtbot, open_window(qtbot, repo, europaplein, ui_settings))
    window.show_step("sturing")
    page = window.pages["sturing"]
    bar = page.verticalScrollBar()
    assert bar.maximum() > 0, "the step must be long enough to scroll"
    bar.setValue(0)
    radio = next(w for w in page.findChildren(QRadioButton) if w.isVisible())
    radio.setFocus()
    qtbot.keyClick(radio, Qt.Key.Key_PageDown)
    assert window.current_step_key() == "sturing"
    assert bar.value() > 0
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp)
    assert window.current_step_key() == "sturing"
    window.show_step(REVIEW_KEY)
    review = focused()
    qtbot.keyClick(review, Qt.Key.Key_PageDown)
    assert window.current_step_key() == REVIEW_KEY
    # The explicit step keys.
    qtbot.keyClick(review, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step_key() == "afspraak"
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step_key() == REVIEW_KEY
    window.close()


def test_alt_with_a_letter_never_types_into_a_field(qtbot, window):
    window.show_step("opgave")
    edit = focused()
    assert isinstance(edit, QPlainTextEdit)
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier, "g"))
    assert edit.toPlainText() == ""


@pytest.mark.parametrize("key", ["F1", "?"])
def test_the_keyboard_help_lists_the_step_keys_and_fits_the_shared_screen(qtbot, repo, key, tmp_path, popups):
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    settings.zoom = 2
    window = shown(qtbot, open_window(qtbot, repo, new_contract(repo, default_question_set()), settings))
    window.show_step("sturing")
    radio = next(w for w in window.pages["sturing"].findChildren(QRadioButton) if w.isVisible())
    radio.setFocus()
    if key == "F1":
        qtbot.keyClick(radio, Qt.Key.Key_F1)
    else:
        qtbot.keyClick(radio, Qt.Key.Key_Question, Qt.KeyboardModifier.ShiftModifier)
    help_window = window.keyboard_help
    assert help_window is not None and help_window.isVisible()
    qtbot.waitExposed(help_window)
    help_window.fit_to(QSize(1280, 720))  # the shared screen (the test screen may be another size)
    QApplication.processEvents()
    help_window.grab().save(f"artifacts/keyboard_help_{'f1' if key == 'F1' else 'vraag'}.png")
    texts = " ".join(label.text() for label in help_window.lists)
    for expected in ("Alt+→", "Ctrl+PageDown", "Alt+←", "Ctrl+PageUp", "PageUp / PageDown", "F1 of ?"):
        assert expected in texts
    assert help_window.width() <= 1280 and help_window.height() <= 720
    assert not help_window.scroll.verticalScrollBar().isVisible(), "the key list must fit without scrolling"
    assert not help_window.scroll.horizontalScrollBar().isVisible()
    window.close()


def test_no_two_things_claim_the_same_alt_letter_in_any_window(
    qtbot, repo, europaplein, ui_settings, popups, main_window, db_path, tmp_path
):
    found: dict[str, dict[str, list[str]]] = {}
    window = open_window(qtbot, repo, europaplein, ui_settings)
    attach_to_conversation(window)
    for key in window.step_keys():
        window.show_step(key)
        QApplication.processEvents()
        if bad := clashes(window):
            found[f"conversation/{key}"] = bad
    assert "l" in collect(window), "the Beeld menu has its letter"
    window.close()
    # The main window, empty (welcome page), then with a portfolio (start window), and its dialogs.
    main_window.open_database(tmp_path / "leeg.sqlite")
    QApplication.processEvents()
    if bad := clashes(main_window):
        found["main/welcome"] = bad
    main_window.open_database(db_path)
    QApplication.processEvents()
    if bad := clashes(main_window):
        found["main/start"] = bad
    main_window.new_conversation()
    QApplication.processEvents()
    dialog = main_window.dialog
    assert dialog is not None
    assert "g" in collect(dialog), "Alt+G is Gesprek beginnen"
    if bad := clashes(dialog):
        found["new conversation"] = bad
    dialog.reject()
    main_window.open_settings()
    QApplication.processEvents()
    if bad := clashes(main_window.dialog):
        found["settings"] = bad
    main_window.dialog.reject()
    assert not found, found


def test_the_check_sees_a_clash(qtbot):
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(QPushButton("&Demo laden"))
    layout.addWidget(QPushButton("&Deels"))
    widget.show()
    assert set(clashes(widget)) == {"d"}


def test_gesprek_beginnen_is_reached_by_keyboard(qtbot, main_window, db_path, popups):
    main_window.open_database(db_path)
    main_window.new_conversation()
    dialog = main_window.dialog
    shown(qtbot, dialog)
    type_here("Schone buurt")
    qtbot.keyClick(focused(), Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: bool(main_window.conversations), timeout=3000)
    window = next(iter(main_window.conversations.values()))
    assert "Schone buurt" in window.windowTitle()
    assert window.windowTitle().startswith("Schone buurt –")  # no stray "g" in the title
    window.close()


def test_the_triangle_and_the_signing_buttons_have_keyboard_paths(
    qtbot, repo, europaplein, ui_settings, popups
):
    window = open_window(qtbot, repo, europaplein, ui_settings)
    page = attach_to_conversation(window)
    shown(qtbot, window)
    window.show_step("aan_tafel")
    triangle = window.editor("participants").triangle
    assert triangle.focusPolicy() & Qt.FocusPolicy.TabFocus
    with qtbot.waitSignal(triangle.roleActivated) as activated:
        triangle.setFocus()
        qtbot.keyClick(triangle, Qt.Key.Key_2)
    assert activated.args
    window.show_step("_ondertekenen")
    chain: list[QWidget] = []
    widget = focused()
    for _ in range(200):
        chain.append(widget)
        widget = widget.nextInFocusChain()
    for block in page.blocks.values():
        assert block.sign_button in chain
        assert block.sign_button.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.close()


def test_a_typed_partner_in_a_new_row_is_stored_with_the_row(qtbot, window, repo):
    window.show_step("partners_regie")
    type_here("Politie")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: bool(repo.rows(window.contract_id, Partner)[0].organisation))
    assert [p.organisation for p in repo.rows(window.contract_id, Partner)] == ["Politie"]
    assert stored(repo, window.contract_id, "regie_overall") is None


def test_the_beeld_menu_holds_every_view_action(qtbot, main_window, db_path, popups):
    from tests.gui.app_support import fill

    main_window.open_database(db_path)
    ids = fill(main_window.repo)
    main_window.refresh()
    main_window.open_opgave(ids["Veilige en leefbare buurt Europaplein"])
    window = next(iter(main_window.conversations.values()))
    texts = [a.text().replace("&", "") for a in window.view_menu.actions() if not a.isSeparator()]
    assert texts == [
        "Presentatiemodus",
        "Groter",
        "Kleiner",
        "Normale grootte",
        "Volledig scherm",
        "Facilitatorvenster",
        "Toetsen…",
    ]
    # The app-wide zoom and presentation actions are shared, so one key never has two meanings.
    assert window.view_actions["zoom_in"] is main_window.ui.actionZoomIn
    window.view_actions["presentation"].trigger()
    assert main_window.settings.presentation
    window.view_actions["presentation"].trigger()
    window.close()
