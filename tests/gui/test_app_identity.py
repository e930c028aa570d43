"""The application says who it is (name, organisation, version, icon) and starts usable."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from koerskaart import __version__
from koerskaart.app import start_gui
from koerskaart.paths import APP_ID
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def test_name_version_icon_and_the_search_field_has_the_keyboard(qtbot, tmp_path: Path, popups):
    db = tmp_path / "k.sqlite"
    repo = Repository(Database.open(db), actor="test")
    for title in ("Zoëlaan", "Energie"):
        repo.create_opgave(title)
    repo.db.close()
    window = start_gui(
        argparse.Namespace(db=str(db), language=None, command=None), settings_path=tmp_path / "s.ini"
    )
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.listShown, timeout=10000):
        pass
    app = QApplication.instance()
    assert (app.applicationName(), app.organizationName(), app.applicationVersion()) == (
        "Koerskaart",
        "Koerskaart",
        __version__,
    )
    assert app.desktopFileName() == APP_ID
    assert not app.windowIcon().isNull() and not window.windowIcon().isNull()
    assert window.start.model.rowCount() == 2
    qtbot.waitUntil(lambda: window.start.ui.searchEdit.hasFocus())
    with qtbot.waitSignal(window.databaseOpened, timeout=30000):
        pass  # the repository follows once the ORM is loaded
    assert window.repo is not None and window.ui.actionNewConversation.isEnabled()
    assert window.start.ui.searchEdit.hasFocus()  # opening the repository did not take the keyboard


def test_an_opgave_opened_before_the_repository_is_ready_opens_once_it_is(qtbot, tmp_path: Path, popups):
    db = tmp_path / "k.sqlite"
    repo = Repository(Database.open(db), actor="test")
    opgave = repo.create_opgave("Zoëlaan")
    repo.db.close()
    window = start_gui(
        argparse.Namespace(db=str(db), language=None, command=None), settings_path=tmp_path / "s.ini"
    )
    qtbot.addWidget(window)
    asked: list[bool] = []

    def press_enter_at_once() -> None:
        asked.append(window.repo is None)  # the list is there, the repository is not yet
        window.start.openRequested.emit(opgave.id)

    window.listShown.connect(press_enter_at_once)
    with qtbot.waitSignal(window.conversationOpened, timeout=30000):
        pass
    assert asked == [True]
    assert len(window.conversations) == 1
    for conversation in list(window.conversations.values()):
        conversation.close()
