"""Typing any text into a widget in tests, including ë, ’ and €.

``qtbot.keyClicks`` aborts the process on non-ASCII characters (Qt's qasciikey assertion), so
each character is sent as a key press and release carrying the text, which is what a keyboard
with that character would deliver.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` one character at a time."""
    for char in text:
        key = Qt.Key.Key_Return if char == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, char))
