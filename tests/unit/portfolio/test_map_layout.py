"""The complexity x time map: placement, size, colour, outline, quadrants, labels, keyboard order."""

from __future__ import annotations

import itertools
import math

from koerskaart.portfolio.figures import portfolio_facts
from koerskaart.portfolio.map_layout import (
    LIGHT_COLOURS,
    Quadrant,
    layout_map,
    quadrant_of,
    wrap,
)
from koerskaart.portfolio.scene import Circle, Text
from tests.unit.portfolio.portfolio_support import PERIOD, TODAY, portfolio


def measure(text: str, size: float) -> float:
    return len(text) * size * 0.55  # a stand-in for a font: every character half an em wide


def test_quadrants() -> None:
    assert quadrant_of(36, 4.5) == Quadrant.LONG_COMPLEX
    assert quadrant_of(24, 4) == Quadrant.SHORT_COMPLEX  # two years is not yet long
    assert quadrant_of(30, 3) == Quadrant.LONG_SIMPLE  # 3 on the scale is not yet complex
    assert quadrant_of(6, 1) == Quadrant.SHORT_SIMPLE


def test_wrap_keeps_two_lines_and_marks_a_cut() -> None:
    assert wrap("Veilig naar school", 200, 10, measure) == ["Veilig naar school"]
    lines = wrap("Een heel lange titel die nooit op twee korte regels past", 60, 10, measure)
    assert len(lines) == 2 and lines[1].endswith("…")
    assert all(measure(line, 10) <= 60 for line in lines)


def test_placement_size_colour_and_outline() -> None:
    facts = portfolio_facts(portfolio(), period=PERIOD, today=TODAY)
    layout = layout_map(facts, 1000, 600, measure, font_size=12)
    assert [item.title for item in layout.unplaced] == ["Idee: buurtbudget"]  # no dates, no complexity
    school, winkels = (layout.bubbles[layout.index_of(i) or 0] for i in (1, 2))
    assert school.quadrant == Quadrant.SHORT_COMPLEX and winkels.quadrant == Quadrant.SHORT_SIMPLE
    # x follows the duration (24 and 6 months), y the complexity (4.5 and 2): up is more complex.
    assert school.cx > winkels.cx and school.cy < winkels.cy
    plot = layout.plot
    assert math.isclose(school.cx, plot.x + 24 / 48 * plot.w)
    assert math.isclose(school.cy, plot.y + plot.h - (4.5 - 0.5) / 5 * plot.h)
    # Area follows the fte asked (2.0 and 1.6).
    assert math.isclose((school.r / winkels.r) ** 2, 2.0 / 1.6)
    circles = {round(s.cx): s for s in layout.scene.shapes if isinstance(s, Circle) and s.r == school.r}
    drawn = circles[round(school.cx)]
    assert drawn.fill == LIGHT_COLOURS["oranje"] and drawn.dash == ()  # signed: a solid outline
    unsigned = next(s for s in layout.scene.shapes if isinstance(s, Circle) and s.r == winkels.r)
    assert unsigned.fill == LIGHT_COLOURS["groen"] and unsigned.dash  # not signed: dashed
    words = {s.text for s in layout.scene.shapes if isinstance(s, Text)}
    assert {"Complex en lang", "opgavegerichte aanpak met partners", "Kort en eenvoudig"} <= words


def test_bubbles_on_the_same_spot_are_pushed_apart_and_labels_never_overlap() -> None:
    base = portfolio().opgaven[0]
    same = [
        type(base)(**{**base.__dict__, "id": n, "title": f"Opgave nummer {n} met een naam"})
        for n in range(12)
    ]
    data = type(portfolio())(tuple(same))
    facts = portfolio_facts(data, period=PERIOD, today=TODAY)
    layout = layout_map(facts, 1280, 720, measure, font_size=13)
    assert len(layout.bubbles) == 12
    for a, b in itertools.combinations(layout.bubbles, 2):
        assert math.hypot(a.cx - b.cx, a.cy - b.cy) >= a.r + b.r, (a.title, b.title)
    boxes = [b.label_box for b in layout.bubbles if b.label_box is not None]
    assert len(boxes) == 12
    overlapping = [(a, b) for a, b in itertools.combinations(boxes, 2) if a.overlaps(b)]
    assert overlapping == []


def test_keyboard_neighbours_and_zoom() -> None:
    facts = portfolio_facts(portfolio(), period=PERIOD, today=TODAY)
    layout = layout_map(facts, 1000, 600, measure)
    school, winkels = layout.index_of(1), layout.index_of(2)
    assert layout.neighbour(None, 1, 0) == 0
    assert layout.neighbour(winkels, 1, 0) == school  # right of the short one lies the longer one
    assert layout.neighbour(school, -1, 0) == winkels
    assert layout.neighbour(school, 1, 0) == school  # nothing further right: stay
    hit = layout.bubbles[school or 0]
    assert layout.bubble_at(hit.cx, hit.cy) is hit
    zoomed = layout_map(facts, 1000, 600, measure, zoom=Quadrant.SHORT_SIMPLE)
    assert [b.opgave_id for b in zoomed.bubbles] == [2]
