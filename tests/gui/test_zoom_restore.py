"""Zooming in and back (Ctrl++ then Ctrl+0) gives exactly the layout the window started with."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from koerskaart.ui.settings import UiSettings
from tests.gui.conversation_support import default_question_set, new_contract, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


def layout_of(window) -> dict[str, object]:
    """Where everything that matters sits: the step list's rows and scroll state, the page."""
    view = window.step_view
    rows = [view.visualRect(window.step_model.index(r)) for r in range(window.step_model.rowCount())]
    return {
        "step list": view.geometry(),
        "step rows": [(r.top(), r.height()) for r in rows],
        "step scroll": (view.verticalScrollBar().isVisible(), view.verticalScrollBar().value()),
        "title": window.title_label.geometry(),
        "stack": window.stack.geometry(),
        "font": window.font().pointSizeF(),
        "focus": type(QApplication.focusWidget()).__name__,
        "page widgets": [
            (type(w).__name__, w.geometry())
            for w in window.stack.currentWidget().findChildren(QWidget)
            if w.isVisible()
        ][:60],
    }


@pytest.mark.parametrize("presentation", [False, True], ids=["normaal", "presentatie"])
def test_ctrl_0_after_ctrl_plus_restores_the_layout_exactly(qtbot, repo, tmp_path, presentation, popups):
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = presentation
    window = open_window(qtbot, repo, new_contract(repo, default_question_set()), settings)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.show_step("capaciteit")
    QApplication.processEvents()
    before = layout_of(window)
    assert all(top >= 0 for top, _ in before["step rows"])
    focus = QApplication.focusWidget()
    for _ in range(2):
        qtbot.keyClick(focus, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
    assert settings.zoom == 2
    assert layout_of(window)["font"] != before["font"] or presentation is False
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    for _ in range(3):
        QApplication.processEvents()
    assert settings.zoom == 0
    after = layout_of(window)
    for key in before:
        assert after[key] == before[key], key
    window.close()
