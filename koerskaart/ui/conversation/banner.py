"""A message strip at the top of the conversation window, with an optional button.

Used for what must stay in sight without blocking the talk with a pop-up: a signed version that
is read-only, a change made in another window, a failed save. Three kinds: ``info``, ``warning``
and ``error``, each with its own colour and a word in front of the text (colour is never the
only signal). It decides nothing; the window says what to show.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

STYLES = {
    "info": "QFrame#banner { background-color: #e4eef8; border: 2px solid #0b4f8a; border-radius: 4px; }",
    "warning": "QFrame#banner { background-color: #fff4dc; border: 2px solid #c98a00; border-radius: 4px; }",
    "error": "QFrame#banner { background-color: #fde7ea; border: 2px solid #b00020; border-radius: 4px; }",
}


class Banner(QFrame):
    actionTriggered = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.kind = "info"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet("QLabel { background: transparent; color: #111417; }")
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.actionTriggered)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setVisible(False)

    def show_message(self, kind: str, text: str, action: str = "") -> None:
        self.kind = kind
        self.setStyleSheet(STYLES[kind])
        self.label.setText(text)
        self.setAccessibleName(text)
        self.button.setText(action)
        self.button.setVisible(bool(action))
        self.setVisible(True)

    def text(self) -> str:
        return self.label.text()
