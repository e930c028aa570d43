"""One keyboard rule for the whole app: Alt with a letter never types that letter.

Qt's text fields insert the text of a key pressed with Alt when no shortcut claims it, so a
facilitator who presses Alt+G expecting a menu gets a stray "g" in the answer being typed. The
filter installed here swallows such presses in text inputs (Alt alone, never AltGr, which Qt
reports without the Alt modifier on Linux and as Ctrl+Alt on Windows). Shortcuts and mnemonics
are matched before a key press is delivered, so every Alt key that means something still works.

What this module must not do: bind keys or change what any key does apart from dropping the
stray letter.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit


class _AltNeverTypes(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() != QEvent.Type.KeyPress:
            return False
        key_event: QKeyEvent = event  # type: ignore[assignment]  (a KeyPress is a QKeyEvent)
        if key_event.modifiers() & Qt.KeyboardModifier.AltModifier and not (
            key_event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            text = key_event.text()
            if (
                text
                and text.isprintable()
                and isinstance(watched, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox)
            ):
                return True
        return False


_FILTER: _AltNeverTypes | None = None


def install_alt_filter() -> None:
    """Install the rule once for the running application (later calls do nothing)."""
    global _FILTER
    app = QApplication.instance()
    if _FILTER is not None or app is None:
        return
    _FILTER = _AltNeverTypes(app)
    app.installEventFilter(_FILTER)
