"""The sturingsdriehoek drawn as a triangle with the name and function of each of its three roles.

The shape (edges, corner dots, the word in the middle) is a ``reportlab.graphics`` drawing; the
labels at the corners are Paragraphs so that long names and functions wrap instead of running
off the page. The flowable receives prepared markup and knows nothing of the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph

from koerskaart.record.pdf.fonts import BOLD
from koerskaart.record.pdf.styles import ACCENT, GREY, LIGHT, NAVY, Styles

LABEL_WIDTH = 66 * mm
TRIANGLE_HEIGHT = 48 * mm
GAP = 5


@dataclass(frozen=True)
class Corner:
    """One corner: the role's label and the prepared markup of who holds it."""

    role_label: str
    people_markup: str  # "<b>Name</b><br/>Function", or "" when nobody is recorded


class SteeringTriangle(Flowable):
    """Top: bestuurlijk opdrachtgever; bottom left: ambtelijk; bottom right: opdrachtnemer."""

    def __init__(self, top: Corner, left: Corner, right: Corner, styles: Styles, empty_text: str) -> None:
        super().__init__()
        self.corners = (top, left, right)
        self.styles = styles
        self.empty_text = empty_text
        self._labels: list[Paragraph] = []
        self._sizes: list[tuple[float, float]] = []

    def _label(self, corner: Corner) -> Paragraph:
        people = corner.people_markup or f'<font color="#5f6b7a"><i>{self.empty_text}</i></font>'
        return Paragraph(
            f'<font size="7.5" color="#2f6f9f"><b>{corner.role_label.upper()}</b></font><br/>{people}',
            self.styles.caption.clone("triangle", fontSize=9, leading=12, textColor=NAVY),
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._labels = [self._label(c) for c in self.corners]
        self._sizes = [p.wrap(LABEL_WIDTH, avail_height) for p in self._labels]
        top_h = self._sizes[0][1]
        bottom_h = max(self._sizes[1][1], self._sizes[2][1])
        self.height = top_h + GAP + TRIANGLE_HEIGHT + GAP + bottom_h
        return self.width, self.height

    def draw(self) -> None:
        width = self.width
        bottom_h = max(self._sizes[1][1], self._sizes[2][1])
        base_y = bottom_h + GAP
        apex = (width / 2, base_y + TRIANGLE_HEIGHT)
        left = (width / 2 - LABEL_WIDTH * 0.62, base_y)
        right = (width / 2 + LABEL_WIDTH * 0.62, base_y)

        drawing = Drawing(width, self.height)
        drawing.add(
            Polygon(
                [*apex, *right, *left],
                fillColor=LIGHT,
                strokeColor=NAVY,
                strokeWidth=1.6,
            )
        )
        for x, y in (apex, left, right):
            drawing.add(Circle(x, y, 4.2, fillColor=ACCENT, strokeColor=NAVY, strokeWidth=1))
        drawing.add(
            String(
                width / 2,
                base_y + TRIANGLE_HEIGHT * 0.3,
                "Sturingsdriehoek",
                fontName=BOLD,
                fontSize=8.5,
                fillColor=GREY,
                textAnchor="middle",
            )
        )
        renderPDF.draw(drawing, self.canv, 0, 0)

        top_label, left_label, right_label = self._labels
        (tw, th), (lw, lh), (rw, rh) = self._sizes
        top_label.drawOn(self.canv, apex[0] - LABEL_WIDTH / 2, apex[1] + GAP)
        left_label.drawOn(self.canv, left[0] - LABEL_WIDTH / 2, base_y - GAP - lh)
        right_label.drawOn(self.canv, right[0] - LABEL_WIDTH / 2, base_y - GAP - rh)
