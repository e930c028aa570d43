"""The main window with odd input and a database that fails under it: a clear message, nothing lost.

Long titles with markup, emoji and accents go in and come back as typed; a database file that
vanishes, or a write that fails, gives a message instead of a traceback or a false "done".
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from koerskaart.errors import DatabaseBusy, DatabaseError
from koerskaart.storage.repository import MAX_TITLE, Repository
from koerskaart.ui.opgave_table_model import Column
from tests.gui.app_support import fill, screenshot
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

ODD = "<b>Zoë</b> & “R&D” — 1 000 € 😀 'x'"


def _open(window, db_path: Path) -> None:
    window.open_database(db_path)
    assert window.repo is not None


def _close_conversations(window) -> None:
    for other in list(window.conversations.values()) + list(window.facilitators.values()):
        other.close()


def _delete(db_path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)


def test_a_title_with_markup_and_emoji_is_kept_as_typed(qtbot, main_window, repo, db_path, popups):
    fill(repo)
    _open(main_window, db_path)
    main_window.ui.actionNewConversation.trigger()
    dialog = main_window.dialog
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    dialog.ui.titleEdit.setText("   \t ")
    assert not ok.isEnabled()  # only white space is no title
    dialog.ui.titleEdit.setText("lange titel " * 12)
    type_text(dialog.ui.titleEdit, ODD)
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    expected = ("lange titel " * 12 + ODD).strip()
    created = [s for s in repo.list_opgaven() if s.title == expected]
    assert len(created) == 1
    row = main_window.start.model.row_of(created[0].id)
    assert main_window.start.model.summary(row).title == expected
    assert not popups.texts("critical")
    _close_conversations(main_window)


def test_the_list_shows_a_title_of_the_longest_allowed_length(qtbot, main_window, repo, db_path, popups):
    title = (ODD + " " + "heel lange titel " * 300)[:MAX_TITLE]
    opgave = repo.create_opgave(title)
    _open(main_window, db_path)
    row = main_window.start.model.row_of(opgave.id)
    assert main_window.start.model.summary(row).title == title.strip()
    type_text(main_window.start.ui.searchEdit, "zoë 😀")
    assert main_window.start.proxy.rowCount() == 1
    screenshot(main_window, "robust_long_title")
    assert not popups.messages


def test_a_failed_removal_does_not_say_it_was_removed(qtbot, main_window, repo, db_path, popups, monkeypatch):
    ids = fill(repo)
    _open(main_window, db_path)
    opgave_id = ids["Armoede <en> schulden"]

    def refuse(_opgave_id: int) -> None:
        raise DatabaseBusy("De database is bezet door een ander venster of programma.")

    monkeypatch.setattr(main_window.repo, "remove_opgave", refuse)
    popups.reply(0)  # "Verwijderen"
    main_window.remove_opgave(opgave_id)
    assert "bezet" in popups.messages[-1].text
    assert "verwijderd" not in main_window.statusBar().currentMessage()
    assert opgave_id in [s.id for s in repo.list_opgaven()]
    assert main_window.start.model.row_of(opgave_id) is not None


def test_a_failed_demo_does_not_say_it_was_loaded(qtbot, main_window, db_path, popups, monkeypatch):
    import koerskaart.demo

    def refuse(*_args: object) -> None:
        raise DatabaseBusy("De database is bezet door een ander venster of programma.")

    monkeypatch.setattr(koerskaart.demo, "load_demo", refuse)
    _open(main_window, db_path)
    main_window.load_demo()
    assert "bezet" in popups.messages[-1].text
    assert "geladen" not in main_window.statusBar().currentMessage()
    assert main_window.ui.pages.currentWidget() is main_window.welcome  # not stuck on "loading"


def test_a_database_deleted_while_the_app_runs(qtbot, main_window, repo: Repository, db_path, popups):
    fill(repo)
    _open(main_window, db_path)
    rows_before = main_window.start.model.rowCount()
    _delete(db_path)
    main_window.refresh()  # e.g. after closing a conversation
    assert "verwijderd of verplaatst" in popups.messages[-1].text
    assert main_window.start.model.rowCount() == rows_before  # the list stays as it was
    main_window.ui.actionNewConversation.trigger()
    assert "verwijderd of verplaatst" in popups.messages[-1].text
    assert main_window.dialog is None
    assert not db_path.exists()  # nothing wrote a fresh empty file in its place


def test_a_removal_on_a_vanished_database_says_why(qtbot, main_window, repo, db_path, popups):
    ids = fill(repo)
    _open(main_window, db_path)
    _delete(db_path)
    popups.reply(0)
    main_window.remove_opgave(ids["Armoede <en> schulden"])
    assert any("verwijderd of verplaatst" in text for text in popups.texts("critical"))
    assert "is verwijderd" not in main_window.statusBar().currentMessage()
    assert isinstance(DatabaseError("x"), Exception)


def test_the_title_tool_tip_shows_markup_as_typed_and_wraps(qtbot, main_window, repo, db_path, popups):
    from PySide6.QtGui import Qt as QtGuiQt
    from PySide6.QtGui import QTextDocument

    short = repo.create_opgave(ODD)
    long = repo.create_opgave((ODD + " " + "heel lange titel " * 300)[:MAX_TITLE])
    _open(main_window, db_path)
    model = main_window.start.model
    tips = {}
    for opgave in (short, long):
        index = model.index(model.row_of(opgave.id), Column.TITLE)
        tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
        assert QtGuiQt.mightBeRichText(tip)  # rich text wraps; the markup in it is escaped
        document = QTextDocument()
        document.setHtml(tip)
        tips[opgave.id] = document.toPlainText()
    assert tips[short.id] == ODD
    assert tips[long.id] == long.title


def test_a_database_held_by_another_program_can_be_retried(qtbot, main_window, tmp_path, popups, monkeypatch):
    """The message says "try again soon": the box offers exactly that, and the retry opens the file."""
    import shutil
    import sqlite3
    import time

    from koerskaart.storage.database import Database

    path = tmp_path / "oud.sqlite"  # an older file in SQLite's default journal: a lock blocks reading
    shutil.copy(Path(__file__).parents[1] / "data" / "koerskaart-0001_initial.sqlite", path)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    real_open = Database.open.__func__
    waits: list[float] = []

    def open_quickly(cls, target, **kwargs):
        started = time.monotonic()
        try:
            return real_open(cls, target, busy_timeout_ms=300)
        finally:
            waits.append(time.monotonic() - started)
            if holder.in_transaction:
                holder.execute("ROLLBACK")  # the other program lets go while the message is up

    monkeypatch.setattr(Database, "open", classmethod(open_quickly))
    popups.reply(0)
    assert main_window.open_database(path)
    holder.close()
    first = popups.messages[0]
    assert "bezet" in first.text
    assert first.choices == ("Opnieuw proberen", "Ander bestand kiezen…", "Afsluiten")
    assert main_window.repo is not None and main_window.exit_status == 0
    assert len(waits) == 2 and waits[0] < 3  # the wait is the busy timeout, not longer


def test_the_municipality_name_shows_markup_as_typed(qtbot, main_window, repo, db_path, popups):
    from koerskaart.storage.setting_keys import MUNICIPALITY_NAME

    repo.create_opgave("Iets")
    repo.set_setting(MUNICIPALITY_NAME, "<i>Gemeente</i> Zoë & Co")
    _open(main_window, db_path)
    label = main_window.start.ui.municipalityLabel
    assert label.text() == "<i>Gemeente</i> Zoë & Co"
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_the_facilitator_window_shows_titles_as_typed(qtbot, repo, ui_settings, popups):
    from koerskaart.conversation.opening import first_contract
    from koerskaart.questions.loader import parse_question_set
    from koerskaart.ui.facilitator_window import FacilitatorWindow
    from tests.gui.app_support import question_set

    text = question_set().text.replace('label_nl = "', 'label_nl = "<b>', 1)
    odd = parse_question_set(text, "vreemd")
    opgave = repo.create_opgave("<b>x</b>")
    contract = first_contract(repo, opgave.id, odd)
    window = FacilitatorWindow(repo, contract.id, odd, ui_settings)
    qtbot.addWidget(window)
    first = odd.steps[0].questions[0]
    window.set_question(first.key)
    assert window.ui.questionLabel.text().startswith("<b>")
    for label in (window.ui.stepLabel, window.ui.questionLabel, window.ui.noteStateLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    window.close()


def test_an_opgave_cannot_be_removed_while_its_conversation_is_open(
    qtbot, main_window, repo, db_path, popups
):
    ids = fill(repo)
    _open(main_window, db_path)
    opgave_id = ids["Armoede <en> schulden"]
    main_window.open_opgave(opgave_id)
    assert main_window.conversations, "the conversation window opened"
    main_window.remove_opgave(opgave_id)
    assert popups.messages[-1].text == "Sluit eerst het gesprek van deze opgave."
    assert opgave_id in [s.id for s in repo.list_opgaven()]
    _close_conversations(main_window)
    qtbot.waitUntil(lambda: not main_window.conversations, timeout=3000)
    popups.reply(0)  # "Verwijderen"
    main_window.remove_opgave(opgave_id)
    assert opgave_id not in [s.id for s in repo.list_opgaven()]
    assert "“Armoede <en> schulden” is verwijderd." == main_window.statusBar().currentMessage()
