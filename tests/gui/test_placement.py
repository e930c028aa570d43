"""The facilitator window opens beside the shared conversation window (or on a second screen),
never on top of it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from koerskaart.ui.placement import MIN_WIDTH, facilitator_rect

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def test_a_second_screen_takes_the_facilitator_window() -> None:
    placement = facilitator_rect(QRect(0, 0, 1280, 720), QRect(0, 0, 1280, 720), [QRect(1280, 0, 1920, 1080)])
    assert placement.rect.left() == 1280 and not placement.behind
    assert not placement.rect.intersects(QRect(0, 0, 1280, 720))


@pytest.mark.parametrize("conversation", [QRect(0, 0, 1280, 720), QRect(600, 0, 1280, 720)])
def test_on_one_wide_screen_it_goes_into_the_free_band(conversation: QRect) -> None:
    screen = QRect(0, 0, 1920, 1080)
    placement = facilitator_rect(conversation, screen, [])
    assert not placement.behind
    assert not placement.rect.intersects(conversation)
    assert screen.contains(placement.rect)
    assert placement.rect.width() >= MIN_WIDTH


def test_a_full_projector_screen_opens_it_behind_the_shared_window() -> None:
    conversation = QRect(0, 0, 1280, 720)
    placement = facilitator_rect(conversation, QRect(0, 0, 1280, 720), [])
    assert placement.behind


def test_the_app_opens_the_facilitator_window_beside_or_behind(qtbot, main_window, db_path, popups) -> None:
    from tests.gui.app_support import fill

    main_window.open_database(db_path)
    ids = fill(main_window.repo)
    main_window.refresh()
    assert main_window.settings.open_facilitator_window  # the default
    main_window.open_opgave(ids["Veilige en leefbare buurt Europaplein"])
    conversation = next(iter(main_window.conversations.values()))
    qtbot.waitExposed(conversation)
    facilitators = list(main_window.facilitators.values())
    assert len(facilitators) == 1
    facilitator = facilitators[0]
    overlaps = facilitator.frameGeometry().intersects(conversation.frameGeometry())
    if overlaps:  # the test screen has no room beside it: the shared window must be the active one
        qtbot.waitUntil(lambda: QApplication.activeWindow() is conversation, timeout=3000)
    conversation.close()
