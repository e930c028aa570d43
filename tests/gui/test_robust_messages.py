"""Message boxes show user text exactly as typed: never as formatting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from koerskaart.ui import messages

pytestmark = pytest.mark.gui


def test_message_box_text_is_plain_text(qtbot) -> None:
    text = "Opgave '<b>x</b> & R&D \"€\" ë 😀' wordt verwijderd."
    box, buttons = messages.build_box(None, messages.QUESTION, "Verwijderen", text, ["Ja", "Nee"], default=1)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == text
    assert box.defaultButton() is buttons[1]
    assert box.escapeButton() is buttons[1]
