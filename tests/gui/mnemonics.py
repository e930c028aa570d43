"""Collecting the Alt+letter keys (mnemonics) a window offers at one moment, to find clashes.

A mnemonic is active only while its widget is visible, so the collection is of what the window
shows now: the menu bar's menus, buttons, group boxes and labels with a buddy. Two entries with
the same letter in one window means Alt+letter does something other than the label promises.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow, QWidget

_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).lower() if match else None


def collect(window: QWidget) -> dict[str, list[str]]:
    """letter -> the texts in ``window`` that claim Alt+letter now."""
    found: dict[str, list[str]] = defaultdict(list)
    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible() and (letter := mnemonic(action.text())):
                found[letter].append(f"menu {action.text()!r}")
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        text = ""
        if isinstance(widget, QAbstractButton):
            text = widget.text()
        elif isinstance(widget, QGroupBox):
            text = widget.title()
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            if widget.textFormat() == Qt.TextFormat.RichText:
                continue
            text = widget.text()
        letter = mnemonic(text) if text else None
        if letter:
            found[letter].append(f"{type(widget).__name__} {text!r}")
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: texts for letter, texts in collect(window).items() if len(texts) > 1}
