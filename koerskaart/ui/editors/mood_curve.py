"""The gevoelsgrafiek: a timeline with past | now | future zones and the mood of each event.

Participants mark high and low moments above and below a horizontal time axis; the connected
dots form the emotion curve the table talks about. :func:`curve_layout` is the pure geometry
(which zone, where each dot sits) so it can be tested without painting; :class:`MoodCurve`
paints it, lets a click or the arrow keys select an event and Up/Down change its mood. The
widget only announces requests (``selected``, ``moodEdited``); it never writes to the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from koerskaart.storage.models import TimelineKind

MOOD_MIN = -2
MOOD_MAX = 2
ZONES: tuple[str, ...] = (TimelineKind.PAST, TimelineKind.NOW, TimelineKind.FUTURE)
ZONE_MIN_WEIGHT = 1.5  # in events: the least room a zone gets


@dataclass(frozen=True)
class MoodPoint:
    """One event as the curve needs it."""

    kind: str
    mood: int
    title: str
    when: date | None = None


@dataclass(frozen=True)
class CurveLayout:
    """Where everything goes inside a plot rectangle; ``dots[i]`` belongs to ``points[i]``."""

    zones: tuple[tuple[str, QRectF], ...]
    axis_y: float
    mood_step: float  # pixels per mood point
    dots: tuple[QPointF, ...]
    order: tuple[int, ...]  # indexes of the points from left to right (the curve's path)
    slot_width: float  # the narrowest horizontal room of one dot
    slots: tuple[float, ...] = ()  # the horizontal room of each dot, for its title


def zone_of(kind: str) -> int:
    """Index of the zone an event kind belongs to; unknown kinds count as the past."""
    return ZONES.index(kind) if kind in ZONES else 0


def clamp_mood(mood: int) -> int:
    return max(MOOD_MIN, min(MOOD_MAX, int(mood)))


def curve_layout(points: Sequence[MoodPoint], plot: QRectF) -> CurveLayout:
    """Place the zones and dots in ``plot``.

    Each zone gets a width in proportion to its number of events (at least
    :data:`ZONE_MIN_WEIGHT`, so an empty zone and its heading stay visible). Inside a zone dated
    events are sorted by date, undated ones keep their given order after them; the dots are
    spread evenly over their zone. Mood +2 is at the
    top of the plot, −2 at the bottom, 0 on the axis.
    """
    per_zone: list[list[int]] = [[] for _ in ZONES]
    for index, point in enumerate(points):
        per_zone[zone_of(point.kind)].append(index)
    for members in per_zone:
        members.sort(key=lambda i: (points[i].when is None, points[i].when or date.min))
    # An empty or single-event zone still gets room for its heading.
    weights = [max(len(members), ZONE_MIN_WEIGHT) for members in per_zone]
    unit = plot.width() / sum(weights)
    axis_y = plot.center().y()
    mood_step = plot.height() / (MOOD_MAX - MOOD_MIN)
    zones: list[tuple[str, QRectF]] = []
    dots: dict[int, QPointF] = {}
    slots: dict[int, float] = {}
    left = plot.left()
    for kind, members, weight in zip(ZONES, per_zone, weights, strict=True):
        width = unit * weight
        zones.append((kind, QRectF(left, plot.top(), width, plot.height())))
        slot = width / max(len(members), 1)
        for number, index in enumerate(members):
            x = left + slot * (number + 0.5)
            dots[index] = QPointF(x, axis_y - clamp_mood(points[index].mood) * mood_step)
            slots[index] = slot
        left += width
    order = tuple(index for members in per_zone for index in members)
    return CurveLayout(
        zones=tuple(zones),
        axis_y=axis_y,
        mood_step=mood_step,
        dots=tuple(dots[i] for i in range(len(points))),
        order=order,
        slot_width=min(slots.values(), default=unit),
        slots=tuple(slots[i] for i in range(len(points))),
    )


_ZONE_TINTS = {
    TimelineKind.PAST: QColor("#eef1f5"),
    TimelineKind.NOW: QColor("#fdf3d8"),
    TimelineKind.FUTURE: QColor("#e8f3ec"),
}
_POSITIVE = QColor("#1b7a3d")
_NEGATIVE = QColor("#b3261e")
_NEUTRAL = QColor("#5f6368")
_INK = QColor("#1f2328")
_HALO = QColor(255, 255, 255, 200)


class MoodCurve(QWidget):
    """Paints the gevoelsgrafiek of a list of :class:`MoodPoint`."""

    selected = Signal(int)  # index of the event the user picked
    moodEdited = Signal(int, int)  # (index, new mood) asked with Up/Down, +/-

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._points: tuple[MoodPoint, ...] = ()
        self._current = -1
        self._read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Gevoelsgrafiek"))
        self.setToolTip(
            self.tr("Pijl links/rechts: kies een gebeurtenis. Pijl omhoog/omlaag: stemming hoger/lager.")
        )

    # ------------------------------------------------------------------ data
    def set_points(self, points: Sequence[MoodPoint]) -> None:
        self._points = tuple(points)
        if self._current >= len(self._points):
            self._current = len(self._points) - 1
        self._describe()
        self.update()

    def points(self) -> tuple[MoodPoint, ...]:
        return self._points

    def current(self) -> int:
        return self._current

    def set_current(self, index: int) -> None:
        """Highlight an event (called by the editor when the table selection moves)."""
        index = index if 0 <= index < len(self._points) else -1
        if index != self._current:
            self._current = index
            self._describe()
            self.update()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only

    # ------------------------------------------------------------------ geometry
    def plot_rect(self) -> QRectF:
        """The area of the dots: room for zone titles above, scale left, labels all round."""
        metrics = QFontMetricsF(self._label_font())
        line = metrics.height()
        left = self._scale_width()
        top = self._heading_height() + 2 * line + 16
        bottom = 2 * line + 16
        return QRectF(self.rect()).adjusted(left, top, -12, -bottom)

    def layout(self) -> CurveLayout:  # type: ignore[override]  # not a QLayout: the curve's geometry
        return curve_layout(self._points, self.plot_rect())

    def index_at(self, pos: QPointF) -> int:
        """The event whose dot is nearest to ``pos`` (within a finger's reach), or -1."""
        reach = max(self._dot_radius() * 2.2, 18.0)
        best, best_distance = -1, reach
        for index, dot in enumerate(self.layout().dots):
            distance = ((dot.x() - pos.x()) ** 2 + (dot.y() - pos.y()) ** 2) ** 0.5
            if distance <= best_distance:
                best, best_distance = index, distance
        return best

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        line = QFontMetricsF(self.font()).height()
        return QSize(900, int(line * 20))  # room for headings, five mood levels and titles

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = QFontMetricsF(self.font()).height()
        return QSize(300, int(line * 15))  # below this the five levels run into the titles

    # ------------------------------------------------------------------ input
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        index = self.index_at(event.position())
        if index >= 0:
            self._pick(index)
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if not self._points:
            super().keyPressEvent(event)
            return
        order = self.layout().order
        position = order.index(self._current) if self._current in order else -1
        key = event.key()
        if key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_Home, Qt.Key.Key_End):
            if key == Qt.Key.Key_Right:
                position = min(position + 1, len(order) - 1)
            elif key == Qt.Key.Key_Left:
                position = max(position - 1, 0)
            elif key == Qt.Key.Key_Home:
                position = 0
            else:
                position = len(order) - 1
            self._pick(order[position])
            return
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Plus: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_Minus: -1}.get(
            Qt.Key(key)
        )
        if step is not None and self._current >= 0:
            if not self._read_only:
                mood = clamp_mood(self._points[self._current].mood + step)
                if mood != self._points[self._current].mood:
                    self.moodEdited.emit(self._current, mood)
            return
        super().keyPressEvent(event)

    def event(self, event: QEvent) -> bool:
        """A dot's tooltip gives its whole title (the label may be shortened)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.index_at(QPointF(event.pos()))
            if index >= 0:
                point = self._points[index]
                QToolTip.showText(event.globalPos(), f"{point.title} ({point.mood:+d})", self)
                return True
        return super().event(event)

    def _pick(self, index: int) -> None:
        self.set_current(index)
        self.selected.emit(index)

    def _describe(self) -> None:
        """Say in words what the curve shows, for screen readers."""
        if not self._points:
            self.setAccessibleDescription(self.tr("Nog geen gebeurtenissen."))
            return
        parts = [f"{p.title or self.tr('(zonder titel)')}: {p.mood:+d}" for p in self._points]
        self.setAccessibleDescription("; ".join(parts))

    # ------------------------------------------------------------------ painting
    def _label_font(self) -> QFont:
        return QFont(self.font())

    def _heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        return font

    def _heading_height(self) -> float:
        """Room for the zone titles, wrapped when a title does not fit its zone."""
        metrics = QFontMetricsF(self._heading_font())
        probe = curve_layout(self._points, QRectF(self.rect()).adjusted(self._scale_width(), 0, -12, 0))
        flags = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.TextFlag.TextWordWrap)
        tallest = max(
            metrics.boundingRect(
                QRectF(0, 0, max(zone.width() - 8, 1), 10000), flags, self._zone_title(kind)
            ).height()
            for kind, zone in probe.zones
        )
        return tallest + 8

    def _scale_width(self) -> float:
        return QFontMetricsF(self._label_font()).horizontalAdvance("−2 ") + 16

    def _dot_radius(self) -> float:
        return max(7.0, QFontMetricsF(self.font()).height() * 0.45)

    def _zone_title(self, kind: str) -> str:
        return {
            TimelineKind.PAST: self.tr("Waar komen we vandaan"),
            TimelineKind.NOW: self.tr("Waar staan we nu"),
            TimelineKind.FUTURE: self.tr("Waar gaan we heen"),
        }[kind]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        geometry = self.layout()
        self._paint_zones(painter, geometry)
        self._paint_scale(painter, geometry)
        self._paint_curve(painter, geometry)
        if not self._points:
            painter.setPen(_NEUTRAL)
            painter.setFont(self._label_font())
            painter.drawText(
                QRectF(self.rect()).adjusted(0, self._heading_height(), 0, 0),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Voeg gebeurtenissen toe; ze verschijnen hier als punten boven of onder de lijn."),
            )
        if self.hasFocus():
            pen = QPen(QColor("#1a5fb4"), 2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_zones(self, painter: QPainter, geometry: CurveLayout) -> None:
        heading = self._heading_font()
        for kind, zone in geometry.zones:
            band = QRectF(zone.left(), 0, zone.width(), self.height())
            painter.fillRect(band, _ZONE_TINTS[kind])
            painter.setPen(_INK)
            painter.setFont(heading)
            painter.drawText(
                QRectF(zone.left() + 4, 4, zone.width() - 8, self._heading_height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap,
                self._zone_title(kind),
            )
        painter.setPen(QPen(QColor("#9aa0a6"), 1, Qt.PenStyle.DashLine))
        for _kind, zone in geometry.zones[1:]:
            painter.drawLine(QPointF(zone.left(), 0), QPointF(zone.left(), self.height()))

    def _paint_scale(self, painter: QPainter, geometry: CurveLayout) -> None:
        plot = self.plot_rect()
        painter.setFont(self._label_font())
        for mood in range(MOOD_MIN, MOOD_MAX + 1):
            y = geometry.axis_y - mood * geometry.mood_step
            if mood:
                painter.setPen(QPen(QColor("#d0d4d9"), 1, Qt.PenStyle.DotLine))
                painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(_POSITIVE if mood > 0 else _NEGATIVE if mood < 0 else _INK)
            text = f"+{mood}" if mood > 0 else ("−" + str(-mood) if mood < 0 else "0")
            painter.drawText(
                QRectF(0, y - 12, plot.left() - 6, 24),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.setPen(QPen(_INK, 2))
        painter.drawLine(QPointF(plot.left(), geometry.axis_y), QPointF(plot.right(), geometry.axis_y))

    def _paint_curve(self, painter: QPainter, geometry: CurveLayout) -> None:
        if not self._points:
            return
        path = QPainterPath(geometry.dots[geometry.order[0]])
        for index in geometry.order[1:]:
            path.lineTo(geometry.dots[index])
        painter.setPen(QPen(QColor("#1a5fb4"), 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        radius = self._dot_radius()
        font = self._label_font()
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        for rank, index in enumerate(geometry.order):
            point, dot = self._points[index], geometry.dots[index]
            colour = _POSITIVE if point.mood > 0 else _NEGATIVE if point.mood < 0 else _NEUTRAL
            if index == self._current:
                painter.setPen(QPen(QColor("#1a5fb4"), 3))
                painter.setBrush(QColor("white"))
                painter.drawEllipse(dot, radius + 6, radius + 6)
            painter.setPen(QPen(QColor("white"), 2))
            painter.setBrush(colour)
            painter.drawEllipse(dot, radius, radius)
            gap = radius + (10 if index == self._current else 4)
            self._paint_title(painter, metrics, point, dot, geometry.slots[index], gap, rank)

    def _paint_title(
        self,
        painter: QPainter,
        metrics: QFontMetricsF,
        point: MoodPoint,
        dot: QPointF,
        slot: float,
        gap: float,
        rank: int,
    ) -> None:
        """The title above a high dot and below a low one.

        With room, it wraps over two lines within its own slot. Where dots stand close together
        it is one line, twice as wide, and every other title sits a line further out, so that
        neighbours never cover each other.
        """
        text = point.title or self.tr("(zonder titel)")
        below = point.mood < 0
        line = metrics.height()
        if slot >= metrics.averageCharWidth() * 16:
            width, height = slot - 8, 2 * line
            longest = max((metrics.horizontalAdvance(word) for word in text.split()), default=0.0)
            # A word longer than the line cannot wrap: then one line, shortened with "…".
            room = width if longest > width else width * 1.8
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            offset = 0.0
        else:
            width, height = 1.9 * slot - 8, line
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            offset = line if rank % 2 else 0.0
        top = dot.y() + gap + offset if below else dot.y() - gap - offset - height
        left = min(max(dot.x() - width / 2, 2.0), self.width() - width - 2)  # stay on screen
        vertical = Qt.AlignmentFlag.AlignTop if below else Qt.AlignmentFlag.AlignBottom
        box = QRectF(left, top, width, height)
        flags = Qt.AlignmentFlag.AlignHCenter | vertical | Qt.TextFlag.TextWordWrap
        used = painter.boundingRect(box, flags, text).adjusted(-3, -1, 3, 1)
        painter.fillRect(used, _HALO)  # keeps the title readable where the curve crosses it
        painter.setPen(_INK)
        painter.drawText(box, flags, text)
