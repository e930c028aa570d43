"""Killing the program mid-conversation (SIGKILL) loses nothing the status bar showed as saved.

A child Python process opens the conversation window (offscreen) on a database file in
``tmp_path`` and types answers through the real widgets, step after step. Each time the status
bar says "Opgeslagen" after an answer, it prints ``SAVED <key> <step>``; each step it moves to is
printed as ``STEP <key>``. The parent kills it with SIGKILL while it is typing the next answer,
then reopens the file: every reported answer must be there in full, and the conversation must
reopen at the step it was on.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.gui.conversation_support import default_question_set, new_contract

pytestmark = [pytest.mark.gui, pytest.mark.slow, pytest.mark.qt_log_ignore("propagateSizeHints")]

ROOT = Path(__file__).resolve().parents[2]
KEYS = [
    "opgave_what",
    "opgave_why_now",
    "story_no_longer",
    "story_dream",
    "past_honoured",
    "mandate",
    "escalation",
]
SAVED_BEFORE_KILL = 4


def answer_text(key: str) -> str:
    return f"Antwoord op {key}: Zoë’s plein kost € 40.000 – de buurt wil ’s avonds veilig over straat. " * 3


CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.settings import UiSettings
    from tests.gui.conversation_support import default_question_set, input_widget
    from tests.gui.test_kill import KEYS, answer_text
    from tests.gui.typing import type_text
    from koerskaart.ui.conversation.window import ConversationWindow

    db_path, contract_id, settings_path = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    repo = Repository(Database.open(db_path))
    window = ConversationWindow(repo, contract_id, default_question_set(), UiSettings(settings_path))
    window.resize(1280, 720)
    window.show()
    window.stepChanged.connect(lambda key: print("STEP", key, flush=True))
    for key in KEYS + KEYS:
        window.focus_question(key)
        field = input_widget(window, key)
        for char in answer_text(key):
            type_text(field, char)
            app.processEvents()
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            app.processEvents()
            if not window.autosave.pending and window.save_label.text().startswith("Opgeslagen"):
                print("SAVED", key, window.current_step_key(), flush=True)
                break
            time.sleep(0.005)
    print("DONE", flush=True)
    """
)


def test_nothing_reported_as_saved_is_lost_after_kill_9(tmp_path: Path, repo: Repository, db_path: Path):
    contract_id = new_contract(repo, default_question_set())
    script = tmp_path / "child.py"
    script.write_text(CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, str(script), str(ROOT), str(db_path), str(contract_id), str(tmp_path / "ui.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    saved: dict[str, str] = {}
    last_step = ""
    deadline = time.monotonic() + 60
    try:
        assert child.stdout is not None
        for line in child.stdout:
            words = line.split()
            if words[:1] == ["STEP"]:
                last_step = words[1]
            elif words[:1] == ["SAVED"]:
                saved[words[1]] = words[2]
                if len(saved) >= SAVED_BEFORE_KILL:
                    time.sleep(0.15)  # into the typing of the next answer, before its autosave
                    child.send_signal(signal.SIGKILL)
                    break
            assert "DONE" not in line, "the child finished before it could be killed"
            assert time.monotonic() < deadline, "the child took too long"
        # What the child printed between the last line read and its death still counts.
        for line in child.stdout.read().splitlines():
            words = line.split()
            if words[:1] == ["STEP"]:
                last_step = words[1]
            elif words[:1] == ["SAVED"]:
                saved[words[1]] = words[2]
    finally:
        child.kill()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    assert len(saved) >= SAVED_BEFORE_KILL

    QApplication.processEvents()
    reopened = Database.open(db_path)
    try:
        after = Repository(reopened)
        answers = after.answers(contract_id)
        for key in saved:
            assert answers[key].value == answer_text(key), key
        assert after.get_contract(contract_id).current_step == last_step
        # The answer being typed at the kill was never reported; whatever of it was saved is a
        # prefix of what was typed, never garbage.
        typing_key = KEYS[len(saved)]
        if typing_key in answers and typing_key not in saved:
            assert answer_text(typing_key).startswith(answers[typing_key].value)
    finally:
        reopened.close()


# ---------------------------------------------------------------- text not yet "finished"
# Typed into an open table cell (a new partner row, a timeline event), the capacity panel (a team
# leader's name and remark before "Bevestigen") and the signing names (before "Ondertekenen"):
# none of it is left or confirmed when the program dies, and all of it must come back.
PARTNER = "Woningcorporatie “Ons Huis” & Zoë"
EVENT = "Eerste buurtavond in De Plataan – 120 bewoners"
LEADER = "Dhr. J. (Jeroen) van den Berg"
REMARK = "Pas vanaf september, na de zomer"
SIGNER = "Wethouder Anna de Vries-Öztürk"

UNFINISHED_CHILD = textwrap.dedent(
    """
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.settings import UiSettings
    from koerskaart.ui.record.hooks import attach_to_conversation
    from tests.gui.conversation_support import default_question_set
    from tests.gui.test_kill import PARTNER, EVENT, LEADER, REMARK, SIGNER
    from tests.gui.typing import type_text
    from koerskaart.ui.conversation.window import ConversationWindow

    db_path, contract_id, settings_path = sys.argv[2], int(sys.argv[3]), sys.argv[4]
    repo = Repository(Database.open(db_path))
    window = ConversationWindow(repo, contract_id, default_question_set(), UiSettings(settings_path))
    page = attach_to_conversation(window)
    window.resize(1280, 720)
    window.show()
    window.activateWindow()

    def settle(seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)

    def type_here(text, widget=None):
        for char in text:
            type_text(widget or QApplication.focusWidget(), char)
            app.processEvents()

    settle(0.3)
    window.show_step("partners_regie")  # the keyboard is in the empty partner table
    type_here(PARTNER)                  # the first key makes the row, the rest goes into its cell
    window.show_step("tijdlijn")
    type_here(EVENT)
    window.show_step("capaciteit")
    panel = window.editor("capacity").panel
    panel.name.setFocus()
    panel.name.selectAll()
    type_here(LEADER, panel.name)
    panel.remark.setFocus()
    type_here(REMARK, panel.remark)
    window.show_step("_ondertekenen")
    block = page.blocks["bestuurlijk_opdrachtgever"]
    block.name_edit.setFocus()
    block.name_edit.selectAll()
    type_here(SIGNER, block.name_edit)
    print("TYPED", flush=True)
    settle(60)
    """
)


def test_open_cells_the_capacity_panel_and_signing_names_survive_kill_9(
    qtbot, tmp_path: Path, repo: Repository, db_path: Path, ui_settings, popups
):
    from koerskaart.storage.models import CapacityRequest, Partner, TimelineEvent
    from koerskaart.ui.record.hooks import attach_to_conversation
    from tests.gui.conversation_support import open_window

    contract_id = new_contract(repo, default_question_set())
    repo.save_row(CapacityRequest(contract_id=contract_id, team_name="Team Openbare Ruimte", amount=0.8))
    script = tmp_path / "unfinished.py"
    script.write_text(UNFINISHED_CHILD, encoding="utf-8")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    child = subprocess.Popen(
        [sys.executable, str(script), str(ROOT), str(db_path), str(contract_id), str(tmp_path / "ui.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()
        assert line.split()[:1] == ["TYPED"], line
        # Nothing is left or confirmed; the child keeps running its event loop. The autosave rule
        # writes within 0.5 s of the last key; this waits for three times that, then kills.
        time.sleep(1.5)
        child.send_signal(signal.SIGKILL)
    finally:
        child.kill()
        child.wait(timeout=10)
        if child.stdout is not None:
            child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    QApplication.processEvents()
    reopened = Database.open(db_path)
    try:
        after = Repository(reopened)
        assert [p.organisation for p in after.rows(contract_id, Partner)] == [PARTNER]
        assert [e.title for e in after.rows(contract_id, TimelineEvent)] == [EVENT]
        # Not confirmed and not signed, so no content yet: kept as drafts, and put back on opening.
        assert after.rows(contract_id, CapacityRequest)[0].id is not None
        assert not after.confirmations(after.rows(contract_id, CapacityRequest)[0].id)
        window = open_window(qtbot, after, contract_id, ui_settings)
        page = attach_to_conversation(window)
        window.show_step("capaciteit")
        panel = window.editor("capacity").panel
        assert (panel.name.text(), panel.remark.text()) == (LEADER, REMARK)
        window.show_step("_ondertekenen")
        assert page.blocks["bestuurlijk_opdrachtgever"].name_edit.text() == SIGNER
        window.close()
    finally:
        reopened.close()
