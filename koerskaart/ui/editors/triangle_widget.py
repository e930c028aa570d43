"""The sturingsdriehoek drawn as a triangle: BO at the top, AO bottom left, ON bottom right.

Each corner is a card with the role badge, the role's name, and the person's name and function,
or "nog niet ingevuld" in grey. Clicking a card — or pressing 1, 2 or 3, or Enter on the
highlighted card (arrow keys move the highlight) — emits ``roleActivated`` so the editor can put
the cursor in that person's row. The widget only draws what it is given.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from koerskaart.storage.models import Role
from koerskaart.ui.editors.labels import role_short

CORNERS = (Role.ALDERMAN, Role.SENIOR_OFFICIAL, Role.TASK_LEADER)
CARD_W = 200.0
LINE = QColor("#4a6274")
FILL = QColor("#eef3f7")
CARD = QColor("#ffffff")
BADGE = QColor("#1f4e79")
TEXT = QColor("#1a1a1a")
MUTED = QColor("#6b6b6b")
FOCUS = QColor("#e08a00")


@dataclass(frozen=True)
class Person:
    name: str
    function: str


class TriangleWidget(QWidget):
    """Shows who fills the three roles of the sturingsdriehoek."""

    roleActivated = Signal(str)  # the Role value of the card that was chosen

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[str, Person | None] = dict.fromkeys(CORNERS)
        self.highlighted = 0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(440, 330)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Sturingsdriehoek"))
        self.setToolTip(self.tr("Klik op een hoek (of druk 1, 2 of 3) om die persoon in te vullen."))
        self._update_description()

    def role_title(self, role: str) -> str:
        return {
            Role.ALDERMAN: self.tr("Bestuurlijk opdrachtgever"),
            Role.SENIOR_OFFICIAL: self.tr("Ambtelijk opdrachtgever"),
            Role.TASK_LEADER: self.tr("Opdrachtnemer"),
        }[Role(role)]

    def set_people(self, people: dict[str, Person | None]) -> None:
        self.people = {role: people.get(role) for role in CORNERS}
        self._update_description()
        self.update()

    # ------------------------------------------------------------------ geometry
    def card_size(self) -> tuple[float, float]:
        """Wide enough for the longest name shown (within the room there is), tall enough for
        badge, name and two lines of function."""
        line = self.fontMetrics().height()
        name_font = QFont(self.font())
        size = name_font.pointSizeF() if name_font.pointSizeF() > 0 else 10.0
        name_font.setPointSizeF(size * 1.15)  # as the card paints the name
        name_font.setBold(True)
        metrics = QFontMetrics(name_font)
        names = [person.name for person in self.people.values() if person is not None and person.name]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0) + 28  # card margins
        return max(CARD_W, line * 11.0, widest), line * 4.6 + 20

    def card_rects(self) -> dict[str, QRectF]:
        area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
        w, h = self.card_size()
        w = min(w, area.width() / 2 - 8)
        base = area.width() - w  # between the centres of the two bottom cards
        rise = min(area.height() - h, base * 0.75)  # a calm, wide triangle rather than a spire
        top_y = area.top() + (area.height() - h - rise) / 2
        top = QRectF(area.center().x() - w / 2, top_y, w, h)
        left = QRectF(area.left(), top_y + rise, w, h)
        right = QRectF(area.right() - w, top_y + rise, w, h)
        return dict(zip(CORNERS, (top, left, right), strict=True))

    def role_at(self, point: QPointF) -> str | None:
        return next((role for role, rect in self.card_rects().items() if rect.contains(point)), None)

    # ------------------------------------------------------------------ events
    def mousePressEvent(self, event: QMouseEvent) -> None:
        role = self.role_at(event.position())
        if role is None:
            super().mousePressEvent(event)
            return
        self.highlighted = CORNERS.index(Role(role))
        self.update()
        self.roleActivated.emit(str(role))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
            self.highlighted = key - Qt.Key.Key_1
            self.roleActivated.emit(str(CORNERS[self.highlighted]))
        elif key in (Qt.Key.Key_Right, Qt.Key.Key_Down):
            self.highlighted = (self.highlighted + 1) % 3
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Up):
            self.highlighted = (self.highlighted - 1) % 3
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.roleActivated.emit(str(CORNERS[self.highlighted]))
        else:
            super().keyPressEvent(event)
            return
        self.update()

    # ------------------------------------------------------------------ painting
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cards = self.card_rects()
        corners = [cards[role].center() for role in CORNERS]
        painter.setPen(QPen(LINE, 3))
        painter.setBrush(FILL)
        painter.drawPolygon(QPolygonF(corners))
        for number, role in enumerate(CORNERS):
            self._paint_card(
                painter, role, cards[role], focused=self.hasFocus() and number == self.highlighted
            )
        painter.end()

    def _paint_card(self, painter: QPainter, role: str, rect: QRectF, *, focused: bool) -> None:
        painter.setPen(QPen(FOCUS if focused else LINE, 3 if focused else 1.5))
        painter.setBrush(CARD)
        painter.drawRoundedRect(rect, 8, 8)
        inner = rect.adjusted(12, 8, -12, -8)
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0

        badge = QFont(base)
        badge.setBold(True)
        badge.setPointSizeF(size)
        painter.setFont(badge)
        painter.setPen(BADGE)
        line_h = painter.fontMetrics().height()
        badge_text = role_short(role)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line_h), badge_text)
        small = QFont(base)
        small.setPointSizeF(size * 0.9)
        painter.setFont(small)
        painter.setPen(MUTED)
        offset = painter.fontMetrics().horizontalAdvance(badge_text + "  ") + 4
        title = painter.fontMetrics().elidedText(
            self.role_title(role), Qt.TextElideMode.ElideRight, int(inner.width() - offset)
        )
        painter.drawText(QRectF(inner.left() + offset, inner.top(), inner.width() - offset, line_h), title)

        person = self.people.get(role)
        y = inner.top() + line_h + 6
        name_font = QFont(base)
        name_font.setPointSizeF(size * 1.15)
        if person is None or not person.name:
            name_font.setItalic(True)
            painter.setFont(name_font)
            painter.setPen(MUTED)
            metrics = painter.fontMetrics()
            empty = metrics.elidedText(
                self.tr("nog niet ingevuld"), Qt.TextElideMode.ElideRight, int(inner.width())
            )
            painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), empty)
            return
        name_font.setBold(True)
        painter.setFont(name_font)
        painter.setPen(TEXT)
        metrics = painter.fontMetrics()
        name = metrics.elidedText(person.name, Qt.TextElideMode.ElideRight, int(inner.width()))
        painter.drawText(QRectF(inner.left(), y, inner.width(), metrics.height()), name)
        y += metrics.height() + 2
        painter.setFont(base)
        painter.setPen(TEXT)
        room = QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
        painter.save()
        painter.setClipRect(room)  # a very long function stays inside its card
        painter.drawText(room, Qt.TextFlag.TextWordWrap, person.function)
        painter.restore()

    def _update_description(self) -> None:
        parts = []
        for role in CORNERS:
            person = self.people.get(role)
            who = f"{person.name}, {person.function}".strip(", ") if person else self.tr("nog niet ingevuld")
            parts.append(f"{self.role_title(role)}: {who}")
        self.setAccessibleDescription("; ".join(parts))
