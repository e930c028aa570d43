"""The editors stop at the limits of ``storage/limits.py`` and say so in Dutch near the limit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from koerskaart.storage import limits
from koerskaart.storage.models import Participant
from koerskaart.storage.repository import Repository
from koerskaart.ui.editors.registry import create_editor
from koerskaart.ui.editors.table_delegates import TextDelegate
from tests.gui.editor_support import open_session, question_of_type, screenshot

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def test_a_long_text_shows_a_counter_near_the_limit_and_refuses_a_text_beyond_it(
    qtbot, repo: Repository
) -> None:
    session = open_session(repo)
    failures: list[str] = []
    session.failed.connect(failures.append)
    editor = create_editor(question_of_type("long_text"), session)
    qtbot.addWidget(editor)
    editor.load()
    editor.show()
    editor.edit.setPlainText("kort")
    assert editor.counter.isHidden()

    editor.edit.setPlainText("a" * (limits.MAX_ANSWER_TEXT - 50))
    assert editor.counter.isVisible() and editor.counter.text() == "Nog 50 tekens over."
    assert editor.commit()

    editor.edit.setPlainText("ë" * (limits.MAX_ANSWER_TEXT + 5))  # a paste past the limit
    assert "Te lang: 10.005 van de 10.000 tekens" in editor.counter.text()
    screenshot(editor, "long_text_too_long", (900, 300))
    assert not editor.commit()
    assert failures and "10.005 tekens lang; dat mag hoogstens 10.000 zijn" in failures[-1]
    stored = repo.answers(session.contract_id)[editor.question.key].value
    assert stored == "a" * (limits.MAX_ANSWER_TEXT - 50)  # the last text that fitted stays


def test_short_text_and_table_cells_stop_typing_at_the_declared_length(qtbot, repo: Repository) -> None:
    session = open_session(repo)
    editor = create_editor(question_of_type("short_text"), session)
    qtbot.addWidget(editor)
    assert editor.edit.maxLength() == limits.MAX_ANSWER_TEXT

    table = create_editor(question_of_type("participants"), session)
    qtbot.addWidget(table)
    table.load()
    names = {d.column.attribute: d.max_length for d in table.table.delegates if isinstance(d, TextDelegate)}
    assert names["name"] == limits.MAX_NAME and names["function"] == limits.MAX_NAME
    delegate = next(d for d in table.table.delegates if isinstance(d, TextDelegate))
    cell = delegate.createEditor(table, None, table.table.model.index(0, 0))  # type: ignore[arg-type]  # option unused
    assert isinstance(cell, QLineEdit) and cell.maxLength() == limits.MAX_NAME
    assert Participant.__tablename__ == "participant"
