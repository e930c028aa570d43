"""A portfolio :class:`~koerskaart.portfolio.scene.Scene` as a ReportLab drawing, for the PDF.

The same scene the window paints with QPainter, translated shape by shape: y is flipped (the
scene points down, a PDF up) and text uses the record's embedded DejaVu family. No Qt.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.graphics.shapes import Circle as RlCircle
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.shapes import Line as RlLine
from reportlab.graphics.shapes import Rect as RlRect
from reportlab.lib.colors import Color, HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth

from koerskaart.portfolio.scene import Circle, Line, Rect, Scene, Text
from koerskaart.record.pdf.fonts import BOLD, REGULAR, register_fonts


def colour(text: str | None) -> Color | None:
    """ "#RRGGBB" or "#RRGGBBAA" as a ReportLab colour; None stays None (no fill / no line)."""
    if text is None:
        return None
    if len(text) == 9:
        base = HexColor(text[:7])
        return Color(base.red, base.green, base.blue, alpha=int(text[7:], 16) / 255)
    return HexColor(text)


def measure(text: str, size: float) -> float:
    """Text width in points in the PDF's regular face."""
    register_fonts()
    return stringWidth(text, REGULAR, size)


def to_drawing(scene: Scene, scale: float = 1.0, plain: Callable[[str], str] = str) -> Drawing:
    """``plain`` prepares each text for the canvas (the record's one escaping place)."""
    register_fonts()
    height = scene.height
    drawing = Drawing(scene.width * scale, height * scale)

    def y(value: float) -> float:
        return (height - value) * scale

    for shape in scene.shapes:
        if isinstance(shape, Rect):
            drawing.add(
                RlRect(
                    shape.x * scale,
                    y(shape.y + shape.h),
                    shape.w * scale,
                    shape.h * scale,
                    fillColor=colour(shape.fill),
                    strokeColor=colour(shape.stroke),
                    strokeWidth=shape.width * scale,
                )
            )
        elif isinstance(shape, Line):
            drawing.add(
                RlLine(
                    shape.x1 * scale,
                    y(shape.y1),
                    shape.x2 * scale,
                    y(shape.y2),
                    strokeColor=colour(shape.stroke),
                    strokeWidth=shape.width * scale,
                    strokeDashArray=[d * scale for d in shape.dash] or None,
                )
            )
        elif isinstance(shape, Circle):
            drawing.add(
                RlCircle(
                    shape.cx * scale,
                    y(shape.cy),
                    shape.r * scale,
                    fillColor=colour(shape.fill),
                    strokeColor=colour(shape.stroke),
                    strokeWidth=shape.width * scale,
                    strokeDashArray=[d * scale for d in shape.dash] or None,
                )
            )
        elif isinstance(shape, Text):
            drawing.add(
                String(
                    shape.x * scale,
                    y(shape.y),
                    plain(shape.text),
                    fontName=BOLD if shape.bold else REGULAR,
                    fontSize=shape.size * scale,
                    fillColor=colour(shape.color),
                    textAnchor=shape.anchor,
                )
            )
    return drawing
