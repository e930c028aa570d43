"""Where the facilitator's own window goes: beside the shared conversation window, never on it.

:func:`facilitator_rect` is plain geometry. With a second screen the facilitator window fills
(a part of) that one, so only the conversation window is shared. On one screen it goes into the
widest free band to the right or left of the conversation window; when there is no usable band
(the conversation fills the screen, as on a 1280x720 projector), :func:`place_facilitator`
opens it behind the conversation window, so that it never hides what the room sees, and the
facilitator brings it forward with Beeld → Facilitatorvenster or the task bar.

What this module must not do: remember positions (the settings do) or open windows.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

MIN_WIDTH = 360  # narrower than this, notes and the timer are not usable
WIDTH = 520


@dataclass(frozen=True)
class Placement:
    rect: QRect
    behind: bool  # True: no free room; open it behind the conversation window


def facilitator_rect(conversation: QRect, shared: QRect, others: list[QRect]) -> Placement:
    """Where to put the facilitator window, given the conversation window's frame, the area of
    the screen it is on and the areas of the other screens."""
    if others:
        area = others[0]
        return Placement(QRect(area.left(), area.top(), min(WIDTH, area.width()), area.height()), False)
    right = shared.right() - conversation.right()
    left = conversation.left() - shared.left()
    if max(right, left) >= MIN_WIDTH:
        width = min(WIDTH, max(right, left))
        x = conversation.right() + 1 if right >= left else conversation.left() - width
        return Placement(QRect(x, shared.top(), width, shared.height()), False)
    width = min(WIDTH, shared.width())
    return Placement(QRect(shared.right() - width + 1, shared.top(), width, shared.height()), True)


def place_facilitator(facilitator: QWidget, conversation: QWidget) -> Placement:
    """Move and size ``facilitator`` beside ``conversation`` (see :func:`facilitator_rect`)."""
    screen = conversation.screen()
    others = [s.availableGeometry() for s in QGuiApplication.screens() if s is not screen]
    placement = facilitator_rect(conversation.frameGeometry(), screen.availableGeometry(), others)
    facilitator.setGeometry(placement.rect)
    if placement.behind:
        facilitator.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    return placement
