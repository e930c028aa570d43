"""A conversation on a shared database: a conflict is resolved per field, a dropped server loses nothing.

The conflict test runs on a SQLite file (the rule is the same on both engines, the data-layer
tests prove that); the dropped connection needs a server and stops the PostgreSQL test server
in the middle of typing.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from koerskaart.cli import main
from koerskaart.storage.database import Database
from koerskaart.storage.models import Activity
from koerskaart.storage.repository import Repository
from koerskaart.ui.conversation.conflict_dialog import THEIRS, YOURS, ConflictDialog
from tests.gui.app_support import screenshot
from tests.gui.conversation_support import (
    default_question_set,
    new_contract,
    open_window,
    stored,
    type_into,
    wait_saved,
)

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_conflict_shows_both_values_and_the_facilitator_chooses_per_field(
    qtbot, repo: Repository, ui_settings, popups
) -> None:
    contract_id = new_contract(repo, default_question_set())
    window = open_window(qtbot, repo, contract_id, ui_settings)
    other = Repository(repo.db, actor="A. de Vries")  # another person on the same database
    try:
        type_into(window, "opgave_what", "Samen ")
        wait_saved(qtbot, window)
        revision = repo.get_contract(contract_id).revision
        other.save_answer(
            contract_id, "opgave_what", "Hun tekst: <veilig> & ‘schoon’", expected_revision=revision
        )
        other.save_answer(contract_id, "opgave_why_now", "Hun reden 😀")
        type_into(window, "opgave_what", "met de buurt € 5")
        qtbot.waitUntil(lambda: window.save_banner.isVisible() and window.save_banner.kind == "warning")
        type_into(window, "opgave_why_now", "Mijn reden ë")  # typed after the conflict: kept in memory
        assert stored(repo, contract_id, "opgave_what") == "Hun tekst: <veilig> & ‘schoon’"  # not overwritten

        qtbot.mouseClick(window.save_banner.button, Qt.MouseButton.LeftButton)
        dialog = window.conflict_dialog
        assert isinstance(dialog, ConflictDialog)
        assert [(c.key, c.theirs_text, c.yours_text) for c in dialog.conflicts] == [
            ("opgave_what", "Hun tekst: <veilig> & ‘schoon’", "Samen met de buurt € 5"),
            ("opgave_why_now", "Hun reden 😀", "Mijn reden ë"),
        ]
        assert [c.theirs_by for c in dialog.conflicts] == ["A. de Vries", "A. de Vries"]
        assert not dialog.save_button.isEnabled()  # nothing is chosen for the facilitator
        dialog.choose("opgave_what", YOURS)
        assert not dialog.save_button.isEnabled()
        dialog.choose("opgave_why_now", THEIRS)
        screenshot(dialog, "conflict-dialog")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

        assert stored(repo, contract_id, "opgave_what") == "Samen met de buurt € 5"
        assert stored(repo, contract_id, "opgave_why_now") == "Hun reden 😀"
        assert window.editor("opgave_what").value() == "Samen met de buurt € 5"
        assert window.editor("opgave_why_now").value() == "Hun reden 😀"
        assert not window.save_banner.isVisible()
        type_into(window, "opgave_why_now", " en meer")  # saving goes on from the newest revision
        wait_saved(qtbot, window)
        assert stored(repo, contract_id, "opgave_why_now") == window.editor("opgave_why_now").value()
        assert (
            "Hun reden 😀" in stored(repo, contract_id, "opgave_why_now")
            and "en meer" in window.editor("opgave_why_now").value()
        )
    finally:
        window.close()


def test_a_dropped_server_keeps_the_typing_retries_and_offers_a_file_on_close(
    qtbot, pg_server, pg_url: str, ui_settings, popups, tmp_path: Path
) -> None:
    repo = Repository(Database.open(pg_url), actor="facilitator")
    contract_id = new_contract(repo, default_question_set())
    window = open_window(qtbot, repo, contract_id, ui_settings)
    try:
        type_into(window, "opgave_what", "Voor de stop. ")
        wait_saved(qtbot, window)
        activities = window.editor("activities").model
        assert activities.insert_row(name="Buurtpreventie") == 0
        pg_server.pause()
        try:
            type_into(window, "opgave_what", "Tijdens de stop: ë € <b>")
            assert activities.set_value(0, "name", "Buurtpreventie & <wijkagent> ë")  # kept, not refused
            assert activities.pending
            qtbot.waitUntil(lambda: "weggevallen" in window.statusBar().currentMessage(), timeout=10000)
            assert window.save_label.text() == "Niet opgeslagen: geen verbinding"
            assert window.editor("opgave_what").value() == "Voor de stop. Tijdens de stop: ë € <b>"
        finally:
            pg_server.resume()
        qtbot.waitUntil(lambda: not window.connection.offline, timeout=15000)  # the retry saves it
        assert "verbinding is terug" in window.statusBar().currentMessage()
        assert stored(repo, contract_id, "opgave_what") == "Voor de stop. Tijdens de stop: ë € <b>"
        assert not activities.pending
        assert [a.name for a in repo.rows(contract_id, Activity)] == ["Buurtpreventie & <wijkagent> ë"]

        pg_server.pause()
        try:
            type_into(window, "opgave_why_now", "Niet verloren 🙂")
            qtbot.waitUntil(lambda: window.connection.offline, timeout=10000)
            rescue = tmp_path / "gered.json"
            popups.reply(0, str(rescue))  # "Opslaan in een bestand…", then the file name
            window.close()
            assert not window.isVisible()
            assert "koerskaart import-json" in popups.messages[0].text
        finally:
            pg_server.resume()
    finally:
        window.close()
    document = json.loads(rescue.read_text(encoding="utf-8"))
    answers = {a["key"]: a["value"] for a in document["contracts"][0]["answers"]}
    assert answers["opgave_why_now"] == "Niet verloren 🙂"
    assert answers["opgave_what"] == "Voor de stop. Tijdens de stop: ë € <b>"
    assert main(["import-json", str(rescue), "--db", pg_url]) == 0
    copies = [s for s in repo.list_opgaven() if s.title == "Europaplein veilig en levendig"]
    assert len(copies) == 2
    newest = max(copies, key=lambda s: s.id)
    assert stored(repo, newest.latest_contract_id, "opgave_why_now") == "Niet verloren 🙂"
    repo.db.close()
