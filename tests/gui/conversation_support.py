"""Shared set-up for the conversation-window tests: a contract on a real file, the window, waits."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.repository import Repository
from koerskaart.ui.conversation.step_list import StateRole
from koerskaart.ui.conversation.window import ConversationWindow
from koerskaart.ui.settings import UiSettings
from tests.gui.typing import type_text

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
SIZE = (1280, 720)

_DEFAULT: QuestionSet | None = None


def default_question_set() -> QuestionSet:
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = load_question_set(DEFAULT_QUESTION_SET)
    return _DEFAULT


def new_contract(
    repo: Repository, question_set: QuestionSet, title: str = "Europaplein veilig en levendig"
) -> int:
    opgave = repo.create_opgave(title)
    contract = repo.create_contract(
        opgave.id,
        question_set_id=question_set.id,
        question_set_version=question_set.version,
        question_set_sha256=question_set.sha256,
        question_set_text=question_set.text,
    )
    return contract.id


def open_window(
    qtbot, repo: Repository, contract_id: int, settings: UiSettings, question_set: QuestionSet | None = None
) -> ConversationWindow:
    window = ConversationWindow(repo, contract_id, question_set or default_question_set(), settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    return window


def input_widget(window: ConversationWindow, key: str) -> QWidget:
    """The widget that receives the keys for question ``key`` (the editor's focus proxy)."""
    editor = window.editor(key)
    assert editor is not None, key
    widget: QWidget = editor
    while widget.focusProxy() is not None:
        widget = widget.focusProxy()
    return widget


def type_into(window: ConversationWindow, key: str, text: str) -> None:
    """Put the cursor in question ``key`` (as a jump to it does) and type ``text``, any characters."""
    window.focus_question(key)
    type_text(input_widget(window, key), text)


def state_of(window: ConversationWindow, step_key: str) -> str:
    """The state the step list shows for a step (a ``StepState`` value)."""
    model = window.step_model
    return model.index(model.row_of(step_key)).data(StateRole)


def stored(repo: Repository, contract_id: int, key: str) -> object:
    answer = repo.answers(contract_id).get(key)
    return answer.value if answer else None


def wait_saved(qtbot, window: ConversationWindow) -> None:
    """Until the status bar says everything typed is written (within the autosave's ~0.5 s)."""
    qtbot.waitUntil(
        lambda: not window.autosave.pending and window.save_label.text().startswith("Opgeslagen"),
        timeout=3000,
    )
