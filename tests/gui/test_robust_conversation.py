"""A conversation whose database file is moved away while it runs: the save says why, keeps the input.

SQLite would otherwise go on writing into the moved file, or make a fresh empty file at the old
place on its next connection; the facilitator would see "Opgeslagen" while nothing is where the
app will look next time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from koerskaart.storage.repository import Repository
from tests.gui.conversation_support import (
    default_question_set,
    new_contract,
    open_window,
    stored,
    type_into,
    wait_saved,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

SUFFIXES = ("", "-wal", "-shm")


def _move(source: Path, target: Path) -> None:
    for suffix in SUFFIXES:
        here = Path(f"{source}{suffix}")
        if here.exists():
            here.rename(f"{target}{suffix}")


def test_a_save_while_the_file_is_moved_away_fails_clearly_and_can_be_retried(
    qtbot, repo: Repository, db_path: Path, ui_settings, popups
) -> None:
    contract_id = new_contract(repo, default_question_set())
    window = open_window(qtbot, repo, contract_id, ui_settings)
    try:
        aside = db_path.with_name("weg.sqlite")
        _move(db_path, aside)
        type_into(window, "escalation", "Naar de wethouder € <snel> & 🙂")
        qtbot.waitUntil(lambda: window.save_banner.isVisible(), timeout=3000)
        assert window.save_label.text() == "Opslaan mislukt"
        assert "verwijderd of verplaatst" in window.save_banner.text()
        assert window.editor("escalation").value() == "Naar de wethouder € <snel> & 🙂"
        assert not db_path.exists()  # no fresh empty file at the old place
        _move(aside, db_path)
        qtbot.mouseClick(window.save_banner.button, Qt.MouseButton.LeftButton)
        wait_saved(qtbot, window)
        assert stored(repo, contract_id, "escalation") == "Naar de wethouder € <snel> & 🙂"
    finally:
        window.close()
