"""Versions as the room expects them: re-contract from the locked banner, a version picker, the
new version's own conversation date, and a locked version without controls that do nothing."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QLineEdit

from koerskaart.demo.build import load_demo
from koerskaart.record.versions import recontract
from koerskaart.storage.repository import Repository
from tests.gui.conversation_support import default_question_set, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


@pytest.fixture
def signed(repo: Repository) -> int:
    summary = load_demo(repo, default_question_set())
    contract = repo.latest_contract(summary.europaplein_id)
    assert contract.locked_at is not None
    return contract.id


def test_hercontracteren_in_the_banner_starts_the_next_version_with_a_reason(
    qtbot, repo, signed, ui_settings, popups
):
    window = open_window(qtbot, repo, signed, ui_settings)
    assert window.lock_banner.isVisible()
    assert window.lock_banner.button.isVisible()
    assert window.lock_banner.button.text() == "Hercontracteren…"
    popups.reply("")  # cancelled (nothing typed): nothing happens
    with qtbot.assertNotEmitted(window.versionRequested):
        window.lock_banner.button.click()
    opgave_id = window.opgave_id
    assert [c.version for c in repo.contracts_of(opgave_id)] == [1]
    popups.reply("De gemeenteraad wil ook de jeugd erbij")
    with qtbot.waitSignal(window.versionRequested) as shown:
        window.lock_banner.button.click()
    new_id = shown.args[0]
    new = repo.get_contract(new_id)
    assert (new.version, new.reason) == (2, "De gemeenteraad wil ook de jeugd erbij")
    assert "Waarom komt er een nieuwe versie?" in popups.messages[-1].text
    # Version 2 starts without a conversation date; the rest of version 1 comes along.
    answers = repo.answers(new_id)
    assert "meeting_date" not in answers or answers["meeting_date"].value is None
    assert repo.answers(signed)["meeting_date"].value
    assert answers["opgave_what"].value == repo.answers(signed)["opgave_what"].value
    # The old version now says there is a newer one and offers no re-contracting.
    window.reload_contract()
    assert not window.lock_banner.button.isVisible()
    window.close()


def test_the_version_picker_lists_every_version_and_asks_for_the_chosen_one(
    qtbot, repo, signed, ui_settings, popups
):
    new_id = recontract(repo, signed, "Bijsturen", default_question_set()).id
    window = open_window(qtbot, repo, new_id, ui_settings)
    picker = window.version_picker
    assert picker.isVisible()
    assert [picker.itemText(i).split(" – ")[0] for i in range(picker.count())] == ["Versie 1", "Versie 2"]
    assert picker.currentData() == new_id
    assert "Getekend" in picker.itemText(0)
    with qtbot.waitSignal(window.versionRequested) as shown:
        picker.activated.emit(0)
    assert shown.args == [signed]
    window.close()


def test_the_main_window_shows_the_picked_version_in_the_same_place(qtbot, main_window, db_path, popups):
    main_window.open_database(db_path)
    summary = load_demo(main_window.repo, default_question_set())
    main_window.refresh()
    main_window.open_opgave(summary.europaplein_id)
    window = next(iter(main_window.conversations.values()))
    geometry = window.geometry()
    popups.reply("Nieuwe afspraken met de politie")
    window.lock_banner.button.click()
    qtbot.waitUntil(
        lambda: len(main_window.conversations) == 1 and window not in main_window.conversations.values()
    )
    shown = next(iter(main_window.conversations.values()))
    assert main_window.repo.get_contract(shown.contract_id).version == 2
    assert shown.geometry() == geometry
    shown.close()


def test_a_locked_version_shows_no_controls_that_do_nothing(qtbot, repo, signed, ui_settings, popups):
    from koerskaart.ui.record.hooks import attach_to_conversation

    window = open_window(qtbot, repo, signed, ui_settings)
    attach_to_conversation(window)
    dead: dict[str, list[str]] = {}
    for key in window.step_keys():
        window.show_step(key)
        QApplication.processEvents()
        page = window.stack.currentWidget()
        found = []
        for widget in page.findChildren(QAbstractButton) + page.findChildren(QComboBox):
            if widget.isVisibleTo(page) and not widget.isEnabled():
                found.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
        for widget in page.findChildren(QAbstractButton):
            if widget.isVisibleTo(page) and widget.toolTip() == "Antwoord leegmaken":
                found.append(f"clear button {widget.accessibleName()!r}")
        for widget in page.findChildren(QLineEdit) + page.findChildren(QAbstractSpinBox):
            if widget.isVisibleTo(page) and widget.isEnabled() and not widget.isReadOnly():
                found.append(f"writable {type(widget).__name__} {widget.accessibleName()!r}")
        if found:
            dead[key] = found
    window.close()
    for key, found in dead.items():
        print("DEAD", key, found)
    assert not dead, dead
