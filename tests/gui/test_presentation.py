"""Presentation mode: zoom remembered in the settings, F11 full screen, the style applied to windows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from koerskaart.ui.presentation import apply_presentation, font_point_size, stylesheet
from koerskaart.ui.settings import ZOOM_MAX, UiSettings

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, key, modifier)


def test_zoom_keys_are_remembered_across_a_new_settings_object(qtbot, main_window, ui_settings):
    before = font_point_size(ui_settings)
    press(qtbot, main_window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, main_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert ui_settings.zoom == 2
    assert font_point_size(ui_settings) > before
    assert f"{font_point_size(ui_settings)}pt" in main_window.styleSheet()
    reread = UiSettings(ui_settings.path)
    assert reread.zoom == 2
    press(qtbot, main_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert UiSettings(ui_settings.path).zoom == 1
    press(qtbot, main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert UiSettings(ui_settings.path).zoom == 0
    for _ in range(ZOOM_MAX + 5):
        main_window.ui.actionZoomIn.trigger()
    assert ui_settings.zoom == ZOOM_MAX


def test_presentation_mode_is_remembered_and_styles_every_registered_window(qtbot, main_window, ui_settings):
    other = QWidget()
    qtbot.addWidget(other)
    main_window.presentation.register(other)
    assert "#f7f5ef" not in main_window.styleSheet()
    main_window.ui.actionPresentation.trigger()
    assert UiSettings(ui_settings.path).presentation is True
    assert "#f7f5ef" in main_window.styleSheet()
    assert other.styleSheet() == main_window.styleSheet()
    assert font_point_size(ui_settings) >= 15


def test_f11_toggles_full_screen(qtbot, main_window):
    assert not main_window.isFullScreen()
    press(qtbot, main_window, Qt.Key.Key_F11)
    qtbot.waitUntil(main_window.isFullScreen)
    assert main_window.ui.actionFullScreen.isChecked()
    press(qtbot, main_window, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not main_window.isFullScreen())
    assert not main_window.ui.actionFullScreen.isChecked()


def test_apply_presentation_for_other_windows(qtbot, tmp_path):
    settings = UiSettings(tmp_path / "s.ini")
    settings.presentation = True
    settings.zoom = 3
    widget = QWidget()
    qtbot.addWidget(widget)
    apply_presentation(widget, settings)
    assert widget.styleSheet() == stylesheet(settings)
    assert "$" not in widget.styleSheet()  # every placeholder filled in


def test_settings_reject_wrong_types_and_unknown_keys(tmp_path):
    settings = UiSettings(tmp_path / "s.ini")
    assert settings.language == "nl" and settings.zoom == 0 and settings.presentation is False
    with pytest.raises(TypeError):
        settings.set("ui/zoom", "groot")
    with pytest.raises(KeyError):
        settings.get("ui/unknown")
    settings.language = "fr"  # not offered: falls back to Dutch
    assert settings.language == "nl"
