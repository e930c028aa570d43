"""Presentation mode and zoom: large, calm, high-contrast type for a screen shared at 1280x720.

:func:`apply_presentation` styles one top-level window from the settings (the conversation
window calls it too); :class:`PresentationController` owns the actions' behaviour (zoom in/out/
reset, presentation on/off, full screen) and announces ``changed`` so every open window follows.
The zoom level and the mode are remembered in :class:`~koerskaart.ui.settings.UiSettings`.

What this module must not do: know which windows exist beyond those registered with it.
"""

from __future__ import annotations

from string import Template

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from koerskaart.paths import RESOURCES_DIR
from koerskaart.ui.settings import ZOOM_MAX, ZOOM_MIN, UiSettings

STYLES_DIR = RESOURCES_DIR / "styles"
BASE_POINT_SIZE = {False: 10.0, True: 15.0}
ZOOM_FACTOR = 1.12  # each Ctrl + step: 12 % larger

_templates: dict[str, Template] = {}


def font_point_size(settings: UiSettings) -> float:
    """The body text size for the current mode and zoom level."""
    return round(BASE_POINT_SIZE[settings.presentation] * ZOOM_FACTOR**settings.zoom, 1)


def stylesheet(settings: UiSettings) -> str:
    name = "presentation.qss" if settings.presentation else "normal.qss"
    template = _templates.get(name)
    if template is None:
        template = Template((STYLES_DIR / name).read_text(encoding="utf-8"))
        _templates[name] = template
    size = font_point_size(settings)
    return template.substitute(font_pt=f"{size}pt", title_pt=f"{round(size * 1.5, 1)}pt")


def apply_presentation(widget: QWidget, settings: UiSettings) -> None:
    """Style ``widget`` (a window) and its children for the current mode and zoom."""
    widget.setStyleSheet(stylesheet(settings))
    widget.setProperty("presentation", settings.presentation)


def toggle_full_screen(window: QWidget) -> bool:
    """F11: full screen on or off; returns the new state."""
    if window.windowState() & Qt.WindowState.WindowFullScreen:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
        return False
    window.setWindowState(window.windowState() | Qt.WindowState.WindowFullScreen)
    return True


class PresentationController(QObject):
    """Changes mode and zoom in the settings and restyles every registered window."""

    changed = Signal()

    def __init__(self, settings: UiSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._windows: list[QWidget] = []

    def register(self, window: QWidget) -> None:
        """Style ``window`` now and whenever the mode or zoom changes, until it is destroyed."""
        self._windows.append(window)
        window.destroyed.connect(lambda _=None, w=window: self._forget(w))
        apply_presentation(window, self.settings)

    def _forget(self, window: QWidget) -> None:
        self._windows = [w for w in self._windows if w is not window]

    def zoom_in(self) -> None:
        self._set_zoom(self.settings.zoom + 1)

    def zoom_out(self) -> None:
        self._set_zoom(self.settings.zoom - 1)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    def set_presentation(self, on: bool) -> None:
        if on != self.settings.presentation:
            self.settings.presentation = on
            self._apply()

    def _set_zoom(self, level: int) -> None:
        level = max(ZOOM_MIN, min(ZOOM_MAX, level))
        if level != self.settings.zoom:
            self.settings.zoom = level
            self._apply()

    def _apply(self) -> None:
        self.settings.sync()
        for window in list(self._windows):
            apply_presentation(window, self.settings)
        self.changed.emit()
