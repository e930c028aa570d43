"""The drawing primitives of a portfolio chart, shared by the screen (QPainter) and the PDF.

A :class:`Scene` is a list of shapes in a box of ``width`` x ``height`` units with the origin at
the top left and y pointing down (screen pixels, or points in the PDF). The map is laid out once
into a scene by :mod:`~koerskaart.portfolio.map_layout`; ``ui/portfolio/painter.py`` and
:mod:`~koerskaart.portfolio.scene_pdf` only translate the shapes. Plain data: no Qt, no ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Rect:
    x: float
    y: float
    w: float
    h: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0

    def overlaps(self, other: Rect, margin: float = 0.0) -> bool:
        return not (
            self.x + self.w + margin <= other.x
            or other.x + other.w + margin <= self.x
            or self.y + self.h + margin <= other.y
            or other.y + other.h + margin <= self.y
        )

    def overlap_area(self, other: Rect) -> float:
        dx = min(self.x + self.w, other.x + other.w) - max(self.x, other.x)
        dy = min(self.y + self.h, other.y + other.h) - max(self.y, other.y)
        return dx * dy if dx > 0 and dy > 0 else 0.0

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x <= self.x + self.w and self.y <= y <= self.y + self.h


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    stroke: str = "#000000"
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Circle:
    cx: float
    cy: float
    r: float
    fill: str | None = None
    stroke: str | None = None
    width: float = 1.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Text:
    """One line of text; ``y`` is its baseline, ``anchor`` start / middle / end."""

    x: float
    y: float
    text: str
    size: float
    color: str = "#1A1A1A"
    bold: bool = False
    anchor: str = "start"


Shape = Rect | Line | Circle | Text


@dataclass
class Scene:
    width: float
    height: float
    shapes: list[Shape] = field(default_factory=list)

    def add(self, *shapes: Shape) -> None:
        self.shapes.extend(shapes)
