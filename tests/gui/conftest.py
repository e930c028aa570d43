"""Fixtures for the widget tests: settings in tmp_path, pop-ups recorded instead of shown, the main window."""

from __future__ import annotations

from pathlib import Path

import pytest

from koerskaart.ui import messages
from koerskaart.ui.main_window import MainWindow
from koerskaart.ui.settings import UiSettings
from tests.gui.app_support import SIZE


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    return UiSettings(tmp_path / "koerskaart.ini")


@pytest.fixture
def popups():
    with messages.recording() as recorder:
        yield recorder


@pytest.fixture
def main_window(qtbot, ui_settings: UiSettings, popups) -> MainWindow:
    window = MainWindow(ui_settings)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    yield window
    for other in list(window.conversations.values()) + list(window.facilitators.values()):
        other.close()
