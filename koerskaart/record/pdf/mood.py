"""The gevoelsgrafiek: the timeline's high and low moments as a small curve under the timeline table.

Events are placed at equal distances in chronological order (dates are often uneven, and the
curve is about the order of highs and lows, not about time scale), above or below a middle line
by their mood (-2..+2), and joined into a line. It shows only program-made text (dates), so it
needs no text preparer.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from koerskaart.record.pdf.fonts import REGULAR
from koerskaart.record.pdf.styles import ACCENT, GAP_RED, GREY, OK_GREEN, RULE
from koerskaart.storage.models import TimelineEvent

HEIGHT = 38 * mm
MAX_DATE_LABELS = 14


def mood_curve(events: Sequence[TimelineEvent], width: float) -> Drawing | None:
    """A drawing of the curve, or None when fewer than two events carry a mood."""
    if len(events) < 2:
        return None
    drawing = Drawing(width, HEIGHT)
    left, right = 16 * mm, width - 6 * mm
    bottom, top = 9 * mm, HEIGHT - 4 * mm
    middle = (bottom + top) / 2
    step = (top - bottom) / 4
    drawing.add(Line(left, middle, right, middle, strokeColor=GREY, strokeWidth=0.6))
    for level, label in ((2, "+2"), (0, "0"), (-2, "−2")):
        drawing.add(
            String(
                left - 4,
                middle + level * step - 3,
                label,
                fontName=REGULAR,
                fontSize=7,
                fillColor=GREY,
                textAnchor="end",
            )
        )
        if level:
            drawing.add(
                Line(
                    left,
                    middle + level * step,
                    right,
                    middle + level * step,
                    strokeColor=RULE,
                    strokeWidth=0.3,
                    strokeDashArray=[2, 2],
                )
            )
    span = (right - left) / (len(events) - 1)
    points = []
    for index, event in enumerate(events):
        mood = max(-2, min(2, event.mood))
        points.append((left + index * span, middle + mood * step))
    drawing.add(PolyLine([c for p in points for c in p], strokeColor=ACCENT, strokeWidth=1.4))
    for (x, y), event in zip(points, events, strict=True):
        fill = OK_GREEN if event.mood > 0 else GAP_RED if event.mood < 0 else GREY
        drawing.add(Circle(x, y, 2.6, fillColor=fill, strokeColor=colors.white, strokeWidth=0.6))
        if len(events) <= MAX_DATE_LABELS and event.event_date:
            drawing.add(
                String(
                    x,
                    2 * mm,
                    event.event_date.strftime("%m-%Y"),
                    fontName=REGULAR,
                    fontSize=6,
                    fillColor=GREY,
                    textAnchor="middle",
                )
            )
    return drawing
