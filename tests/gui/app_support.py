"""Helpers for the app-shell tests: the default question set, a small filled portfolio, screenshots."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from koerskaart.conversation.opening import first_contract
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.models import Participant, Role
from koerskaart.storage.repository import Repository

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
SIZE = (1280, 720)

_QUESTION_SET: QuestionSet | None = None


def question_set() -> QuestionSet:
    global _QUESTION_SET
    if _QUESTION_SET is None:
        _QUESTION_SET = load_question_set(DEFAULT_QUESTION_SET)
    return _QUESTION_SET


def screenshot(widget: QWidget, name: str) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    for _ in range(3):  # style and layout changes are applied through posted events
        QApplication.processEvents()
    assert widget.grab().save(str(path)), path
    return path


def fill(repo: Repository) -> dict[str, int]:
    """A small portfolio: opgaven in different states, one with an opdrachtnemer."""
    ids: dict[str, int] = {}
    titles = [
        "Veilige en leefbare buurt Europaplein",
        "Energietransitie in de wijk",
        "Zoëlaan: ontmoeten & bewegen",
        "Armoede <en> schulden",
    ]
    for title in titles:
        opgave = repo.create_opgave(title)
        assert opgave.id is not None
        ids[title] = opgave.id
    europa = first_contract(repo, ids[titles[0]], question_set())
    assert europa.id is not None
    repo.save_row(Participant(contract_id=europa.id, role=Role.TASK_LEADER, name="Anouk Bakker"))
    repo.set_contract_status(europa.id, "in_gesprek")
    energie = first_contract(repo, ids[titles[1]], question_set())
    assert energie.id is not None
    repo.set_contract_status(energie.id, "getekend")
    return ids
