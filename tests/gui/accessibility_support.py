"""What a screen reader is told about a window: every focusable widget's name and role, through
Qt's accessibility interface (the same one AT-SPI reads on Linux)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QHeaderView, QWidget


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed(window: QWidget) -> list[str]:
    """Every widget the keyboard can reach in ``window`` (as shown now) that has no name."""
    missing = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox):
            continue  # parts of a table or a combo box, named with their owner
        if widget.focusProxy() is not None:
            continue  # the keyboard goes to the proxy, which is checked itself
        if not accessible_name(widget):
            parent = widget.parentWidget()
            owner = type(parent).__name__ if parent is not None else ""
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {owner}")
    return missing
