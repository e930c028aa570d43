"""Shared set-up for the structured-editor tests: a real contract, session and question."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.questions.model import Question, QuestionSet
from koerskaart.storage.repository import Repository
from koerskaart.ui.editors.registry import create_editor
from koerskaart.ui.session import ContractSession

SCREENSHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"

_QUESTION_SET: QuestionSet | None = None


def question_set() -> QuestionSet:
    global _QUESTION_SET
    if _QUESTION_SET is None:
        _QUESTION_SET = load_question_set(DEFAULT_QUESTION_SET)
    return _QUESTION_SET


def question_of_type(type_name: str) -> Question:
    return next(q for q in question_set().questions() if q.type == type_name)


def open_session(repo: Repository, title: str = "Europaplein veilig en levendig") -> ContractSession:
    qs = question_set()
    opgave = repo.create_opgave(title)
    contract = repo.create_contract(
        opgave.id,
        question_set_id=qs.id,
        question_set_version=qs.version,
        question_set_sha256=qs.sha256,
        question_set_text=qs.text,
    )
    return ContractSession(repo, contract.id, qs)


def lock(repo: Repository, session: ContractSession) -> None:
    """Sign (lock) the contract the way the signing step does, then let the session see it."""
    from datetime import UTC, datetime

    from sqlmodel import col, update

    from koerskaart.storage.models import Contract

    with repo.db.session() as s:
        s.execute(
            update(Contract)
            .where(col(Contract.id) == session.contract_id)
            .values(locked_at=datetime.now(UTC))
        )
    session.reload()


def screenshot(widget: QWidget, name: str, size: tuple[int, int] = (1200, 600)) -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    widget.resize(*size)
    widget.show()
    path = SCREENSHOTS / f"{name}.png"
    widget.grab().save(str(path))
    return path


def presentation_screenshot(widget: QWidget, name: str, settings_path: Path) -> Path:
    """The editor as shared in presentation mode (large type) at 1280x720."""
    from koerskaart.ui.presentation import apply_presentation
    from koerskaart.ui.settings import UiSettings

    settings = UiSettings(settings_path)
    settings.presentation = True
    apply_presentation(widget, settings)
    return screenshot(widget, name, (1280, 720))


def show_editor(qtbot, session: ContractSession, type_name: str, size: tuple[int, int] = (1200, 600)):
    """The editor the registry picks for a question of ``type_name``, shown and focused."""
    widget = create_editor(question_of_type(type_name), session)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    return widget
