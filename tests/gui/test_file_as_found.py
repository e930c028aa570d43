"""The database file as found: an empty file is only set up after asking; a read-only file says so."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from koerskaart.app import start_gui
from koerskaart.storage import database as database_module
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from tests.gui.app_support import screenshot

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), language=None, command=None)


def test_an_empty_file_becomes_a_database_only_after_the_question(qtbot, tmp_path: Path, popups) -> None:
    empty = tmp_path / "leeg.sqlite"
    empty.touch()
    popups.reply(0)  # "Nieuwe database maken"
    window = start_gui(args(empty), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.databaseOpened):
        pass
    assert [m.title for m in popups.messages] == ["Nieuwe database maken?"]
    question = popups.messages[0]
    assert question.kind == messages.QUESTION and "is leeg (0 bytes)" in question.text
    assert question.choices == ("Nieuwe database maken", "Ander bestand kiezen…")
    assert empty.stat().st_size > 0 and window.ui.pages.currentWidget() is window.welcome


def test_an_empty_file_is_left_alone_when_another_file_is_chosen(qtbot, tmp_path: Path, popups) -> None:
    empty = tmp_path / "leeg.sqlite"
    empty.touch()
    other = tmp_path / "ander.sqlite"
    popups.reply(1, str(other))  # "Ander bestand kiezen…", then the picker's answer
    window = start_gui(args(empty), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.databaseOpened):
        pass
    assert empty.stat().st_size == 0 and other.exists()


def test_a_read_only_database_shows_the_banner_from_the_start(
    qtbot, tmp_path: Path, popups, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "k.sqlite"
    db = Database.open(path)
    Repository(db).create_opgave("Alleen te lezen")
    db.close()
    # Root may write anywhere, so the rights are taken away where the check asks for them; the
    # command-line test in tests/unit/test_robust_files.py does it with real rights as another user.
    monkeypatch.setattr(database_module, "is_read_only", lambda p: Path(p) == path)
    window = start_gui(args(path), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    window.resize(1280, 720)
    with qtbot.waitSignal(window.databaseOpened):
        pass
    banner = window.read_only_banner
    assert banner is not None and banner.isVisible()
    assert banner.text().startswith("Alleen lezen: wijzigingen worden niet opgeslagen.")
    assert window.windowTitle().endswith("(alleen lezen)")
    assert window.repo is not None and window.repo.db.read_only
    assert [s.title for s in window.repo.list_opgaven()] == ["Alleen te lezen"]
    screenshot(window, "main_window_read_only")
    with pytest.raises(Exception, match="alleen-lezen"):
        window.repo.create_opgave("Mag niet")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["k.sqlite", "s.ini"]


def test_a_conversation_on_a_read_only_database_is_read_only_from_the_start(
    qtbot, tmp_path: Path, ui_settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.gui.conversation_support import default_question_set, new_contract, open_window

    path = tmp_path / "k.sqlite"
    db = Database.open(path)
    contract_id = new_contract(Repository(db), default_question_set())
    db.close()
    monkeypatch.setattr(database_module, "is_read_only", lambda p: Path(p) == path)
    db = Database.open(path)
    try:
        window = open_window(qtbot, Repository(db), contract_id, ui_settings)
        assert window.session.read_only and window.session.file_read_only
        assert window.lock_banner.isVisible()
        assert window.lock_banner.text().startswith("Alleen lezen: wijzigingen worden niet opgeslagen.")
        assert window.save_label.text() == "Alleen lezen"
        screenshot(window, "conversation_read_only")
        window.close()
    finally:
        db.close()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("k.sqlite")) == ["k.sqlite"]
