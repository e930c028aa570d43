"""Paint a portfolio :class:`~koerskaart.portfolio.scene.Scene` with QPainter (the screen's renderer).

The PDF draws the same scene with ReportLab (:mod:`koerskaart.portfolio.scene_pdf`). This module
only translates shapes; it decides nothing about what is drawn.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen

from koerskaart.portfolio.scene import Circle, Line, Rect, Scene, Text


def qcolor(text: str | None) -> QColor:
    if text is None:
        return QColor(Qt.GlobalColor.transparent)
    if len(text) == 9:  # #RRGGBBAA
        colour = QColor(text[:7])
        colour.setAlpha(int(text[7:], 16))
        return colour
    return QColor(text)


def _pen(colour: str | None, width: float, dash: tuple[float, ...] = ()) -> QPen:
    if colour is None:
        return QPen(Qt.PenStyle.NoPen)
    pen = QPen(qcolor(colour), width)
    if dash:
        pen.setDashPattern([d / max(width, 0.1) for d in dash])  # Qt counts dashes in pen widths
    return pen


class FontMeasure:
    """Text widths in pixels for the map's layout, in the font the painter will use."""

    def __init__(self, family: str) -> None:
        self.family = family
        self._metrics: dict[tuple[float, bool], QFontMetricsF] = {}

    def font(self, size: float, bold: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPixelSize(max(1, round(size)))
        font.setBold(bold)
        return font

    def metrics(self, size: float, bold: bool = False) -> QFontMetricsF:
        key = (size, bold)
        found = self._metrics.get(key)
        if found is None:
            found = self._metrics[key] = QFontMetricsF(self.font(size, bold))
        return found

    def __call__(self, text: str, size: float) -> float:
        return self.metrics(size).horizontalAdvance(text)


NO_BRUSH = QBrush()  # made once: no new brush per shape


def paint_scene(painter: QPainter, scene: Scene, measure: FontMeasure) -> None:
    """Draw every shape of ``scene`` with ``painter``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    for shape in scene.shapes:
        if isinstance(shape, Rect):
            painter.setPen(_pen(shape.stroke, shape.width))
            painter.setBrush(QBrush(qcolor(shape.fill)) if shape.fill else NO_BRUSH)
            painter.drawRect(QRectF(shape.x, shape.y, shape.w, shape.h))
        elif isinstance(shape, Line):
            painter.setPen(_pen(shape.stroke, shape.width, shape.dash))
            painter.drawLine(QPointF(shape.x1, shape.y1), QPointF(shape.x2, shape.y2))
        elif isinstance(shape, Circle):
            painter.setPen(_pen(shape.stroke, shape.width, shape.dash))
            painter.setBrush(QBrush(qcolor(shape.fill)) if shape.fill else NO_BRUSH)
            painter.drawEllipse(QPointF(shape.cx, shape.cy), shape.r, shape.r)
        elif isinstance(shape, Text):
            painter.setFont(measure.font(shape.size, shape.bold))
            painter.setPen(qcolor(shape.color))
            x = shape.x
            if shape.anchor != "start":
                width = measure.metrics(shape.size, shape.bold).horizontalAdvance(shape.text)
                x -= width if shape.anchor == "end" else width / 2
            painter.drawText(QPointF(x, shape.y), shape.text)
