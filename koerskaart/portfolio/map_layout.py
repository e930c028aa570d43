"""The complexity x time map: where each opgave goes, how big and in which colour, and its label.

x is the duration in months (from the activities' dates, else the answered duration), y the
complexity 1–5; the bubble's area follows the fte asked, its fill the latest traffic light (grey
without a report), a solid outline means the newest version is signed, a dashed one that it is
not (on a crowded map a thin one: dashes are slow to draw 300 times). Two lines split the map in
four quadrants (short/long at :data:`LONG_MONTHS`, simple/complex at :data:`COMPLEX_FROM`), each
with its meaning. Bubbles that would sit on top of each other are
pushed apart; labels are placed around their bubble where they overlap nothing, further out with
a leader line when that is full. :func:`layout_map` returns a :class:`MapLayout` with the scene
(drawn by the screen and the PDF alike), the hit areas and the keyboard order. Text widths are
measured by the caller's ``measure`` (each renderer its own font). No Qt, no ReportLab.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.periods import months_between
from koerskaart.portfolio.scene import Circle, Line, Rect, Scene, Text

LONG_MONTHS = 24.0  # longer than two years is "lang"
COMPLEX_FROM = 3.5  # 4 and 5 on the scale of 1–5 are "complex"
MIN_MONTHS = 48.0
CROWDED = 40  # more bubbles than this: fewer labels, a quicker layout
BUDGET = 600  # rings of label candidates searched before the rest of the labels search less

LIGHT_COLOURS = {"groen": "#2E7D32", "oranje": "#E08600", "rood": "#C62828", None: "#9AA0A6"}
LIGHT_WORDS = {"groen": "groen", "oranje": "oranje", "rood": "rood", None: "geen rapportage"}
INK = "#1A1A1A"
MUTED = "#5F6368"
GRID = "#C9CED6"
QUADRANT_TINTS = ("#F4F8FB", "#F7F4FB", "#F3F8F3", "#FBF6EF")

Measure = Callable[[str, float], float]


class Quadrant(StrEnum):
    SHORT_SIMPLE = "kort_eenvoudig"
    SHORT_COMPLEX = "kort_complex"
    LONG_SIMPLE = "lang_eenvoudig"
    LONG_COMPLEX = "lang_complex"


QUADRANT_TEXTS = {
    Quadrant.SHORT_SIMPLE: ("Kort en eenvoudig", "lijnwerk in het team"),
    Quadrant.SHORT_COMPLEX: ("Kort en complex", "een project met een vast resultaat"),
    Quadrant.LONG_SIMPLE: ("Lang en eenvoudig", "een programma dat samenhang houdt"),
    Quadrant.LONG_COMPLEX: ("Complex en lang", "opgavegerichte aanpak met partners"),
}


@dataclass(frozen=True)
class MapTexts:
    """Every word the map draws, so a window can pass its translation (Dutch by default)."""

    x_axis: str = "Duur (van de eerste tot de laatste activiteit)"
    y_axis: str = "Complexiteit"
    years: str = "{n} jaar"
    simple: str = "eenvoudig"
    complex: str = "zeer complex"
    signed: str = "ondertekend"
    unsigned: str = "nog niet ondertekend"
    size: str = "grootte: gevraagde fte"
    lights: dict[str | None, str] = field(default_factory=lambda: dict(LIGHT_WORDS))
    quadrants: dict[Quadrant, tuple[str, str]] = field(default_factory=lambda: dict(QUADRANT_TEXTS))


def quadrant_of(months: float, complexity: float) -> Quadrant:
    long = months > LONG_MONTHS
    complex_ = complexity >= COMPLEX_FROM
    if long:
        return Quadrant.LONG_COMPLEX if complex_ else Quadrant.LONG_SIMPLE
    return Quadrant.SHORT_COMPLEX if complex_ else Quadrant.SHORT_SIMPLE


def placeable(item: OpgaveFacts) -> bool:
    return item.duration_months is not None and item.complexity is not None


@dataclass(frozen=True)
class Bubble:
    opgave_id: int
    title: str
    cx: float
    cy: float
    r: float
    light: str | None
    signed: bool
    quadrant: Quadrant
    label: tuple[Text, ...] = ()
    label_box: Rect | None = None
    leader: Line | None = None
    activity: str = ""  # set for an activity's bubble (shown when activities are toggled on)

    def hit(self, x: float, y: float, slack: float = 3.0) -> bool:
        inside = math.hypot(x - self.cx, y - self.cy) <= self.r + slack
        return inside or (self.label_box is not None and self.label_box.contains(x, y))


@dataclass
class MapLayout:
    scene: Scene
    plot: Rect
    bubbles: list[Bubble]
    unplaced: list[OpgaveFacts]
    zoom: Quadrant | None = None

    def bubble_at(self, x: float, y: float) -> Bubble | None:
        # The smallest bubble on top wins: big ones are drawn first.
        for bubble in sorted(self.bubbles, key=lambda b: b.r):
            if bubble.hit(x, y):
                return bubble
        return None

    def index_of(self, opgave_id: int | None) -> int | None:
        """The opgave's own bubble (not one of its activities)."""
        for index, bubble in enumerate(self.bubbles):
            if bubble.opgave_id == opgave_id and not bubble.activity:
                return index
        return None

    def neighbour(self, current: int | None, dx: int, dy: int) -> int | None:
        """The nearest bubble from ``current`` in the direction (dx, dy); the first one to start."""
        opgaven = [index for index, bubble in enumerate(self.bubbles) if not bubble.activity]
        if not opgaven:
            return None
        if current is None:
            return opgaven[0]
        here = self.bubbles[current]
        best: tuple[float, int] | None = None
        for index in opgaven:
            other = self.bubbles[index]
            if index == current:
                continue
            ox, oy = other.cx - here.cx, other.cy - here.cy
            along = ox * dx + oy * dy
            if along <= 0.5:
                continue
            across = abs(ox * dy - oy * dx)
            score = along + 2.5 * across  # prefer what lies straight ahead
            if best is None or score < best[0]:
                best = (score, index)
        return best[1] if best else current


def _ranges(zoom: Quadrant | None, max_months: float) -> tuple[float, float, float, float]:
    if zoom is None:
        return 0.0, max_months, 0.5, 5.5
    x0, x1 = (
        (0.0, LONG_MONTHS)
        if zoom in (Quadrant.SHORT_SIMPLE, Quadrant.SHORT_COMPLEX)
        else (
            LONG_MONTHS,
            max_months,
        )
    )
    simple = zoom in (Quadrant.SHORT_SIMPLE, Quadrant.LONG_SIMPLE)
    y0, y1 = (0.5, COMPLEX_FROM) if simple else (COMPLEX_FROM, 5.5)
    return x0, x1, y0, y1


def wrap(text: str, width: float, size: float, measure: Measure, max_lines: int = 2) -> list[str]:
    """``text`` in at most ``max_lines`` lines of ``width``; the last one ends in "…" when cut."""
    words = text.split()
    lines: list[str] = []
    current = ""
    for index, word in enumerate(words):
        candidate = f"{current} {word}".strip()
        if measure(candidate, size) <= width or not current:
            current = candidate
            continue
        lines.append(current)
        current = word
        if len(lines) == max_lines:
            current = ""
            rest = " ".join(words[index:])
            lines[-1] = _ellipsis(f"{lines[-1]} {rest}", width, size, measure)
            break
    if current:
        lines.append(current)
    return [_ellipsis(line, width, size, measure) if measure(line, size) > width else line for line in lines]


def _ellipsis(text: str, width: float, size: float, measure: Measure) -> str:
    while text and measure(text + "…", size) > width:
        text = text[:-1].rstrip()
    return text + "…"


def layout_map(
    facts: Sequence[OpgaveFacts],
    width: float,
    height: float,
    measure: Measure,
    *,
    font_size: float = 12.0,
    zoom: Quadrant | None = None,
    texts: MapTexts | None = None,
    max_bubble: float | None = None,
    max_labels: int = 40,
    activities: bool = False,
    budget: int = BUDGET,
) -> MapLayout:
    """The whole map for ``facts`` in a box of ``width`` x ``height``."""
    texts = texts or MapTexts()
    small = font_size * 0.85
    scene = Scene(width, height)
    left = measure(f"5 {texts.complex}", small) + font_size * 2.4
    plot = Rect(left, font_size * 1.0, width - left - font_size * 2.2, height - font_size * 6.8)
    on_map = [item for item in facts if placeable(item)]
    unplaced = [item for item in facts if not placeable(item)]
    longest = max((item.duration_months or 0.0 for item in on_map), default=0.0)
    max_months = max(MIN_MONTHS, math.ceil((longest + 1) / 12) * 12)
    x0, x1, y0, y1 = _ranges(zoom, max_months)

    def px(months: float) -> float:
        return plot.x + (months - x0) / (x1 - x0) * plot.w

    def py(complexity: float) -> float:
        return plot.y + plot.h - (complexity - y0) / (y1 - y0) * plot.h

    fixed = _frame(scene, plot, px, py, x0, x1, y0, y1, texts, font_size, small, measure)

    biggest = max_bubble or min(plot.w, plot.h) / (9.0 if zoom is None else 6.0)
    shown = sum(
        1 for item in on_map if x0 <= (item.duration_months or 0) <= x1 and y0 <= (item.complexity or 0) <= y1
    )
    if shown > CROWDED:  # many bubbles: smaller ones, so they stay apart (and draw quickly)
        biggest *= math.sqrt(CROWDED / shown)
    most = max((item.asked_fte for item in on_map), default=0.0) or 1.0
    circles = []
    for item in sorted(on_map, key=lambda i: (-i.asked_fte, i.title.casefold(), i.id)):
        months, complexity = item.duration_months or 0.0, item.complexity or 0.0
        if not (x0 <= months <= x1 and y0 <= complexity <= y1):
            continue
        r = max(min(font_size * 0.55, biggest * 0.4), biggest * math.sqrt(item.asked_fte / most))
        circles.append([item, px(months), py(complexity), r])
    crowded = len(circles) > CROWDED
    _legend(scene, plot, texts, font_size, small, measure, dashed=not crowded)
    _separate(circles, plot, rounds=1 if crowded else 40)
    dots = _activity_dots(on_map, px, py, x0, x1, y0, y1, font_size * 0.4) if activities else []

    placed_boxes: list[Rect] = list(fixed)
    discs = _DiscGrid([(cx, cy, r) for _, cx, cy, r in circles] + [(d.cx, d.cy, d.r) for d in dots])
    if crowded:  # a full map names its biggest opgaven; hover, the table and the text name all
        max_labels = min(max_labels, 12)
    bubbles: list[Bubble] = []
    label_width = max(font_size * 9, min(font_size * 15, plot.w / 5))
    line_h = small * 1.2
    spent = 0  # rings searched so far: bounds the work on a map where labels find no room
    for index, (item, cx, cy, r) in enumerate(circles):
        if index >= max_labels:  # a crowded map names its biggest bubbles; hover names the rest
            lines: list[str] = []
            box, leader = None, None
        else:
            options = []
            # Full title first (all rings), then on one line, then shortened: the first free spot wins.
            variants = [(label_width, 2, 9), (plot.w / 2.2, 1, 5), (label_width * 1.35, 2, 9)]
            variants += [(label_width * 0.8, 2, 9), (label_width * 0.75, 1, 3)]
            if crowded or spent > budget:  # a full map names its biggest opgaven, quickly
                variants = [(label_width, 2, 3), (label_width * 0.75, 1, 2)]
            for width, rows, rings in variants:
                lines = wrap(item.title, width, small, measure, max_lines=rows)
                text_w = max(measure(line, small) for line in lines)
                box_w, box_h = text_w + 4, line_h * len(lines) + 2
                found, leader, cost, free = _place_label(
                    cx, cy, r, box_w, box_h, plot, placed_boxes, discs, rings=rings
                )
                spent += rings
                # A cut title costs as much as a box that covers others by its own size: a full name
                # that touches a neighbour a little reads better than half a name on its own.
                cut = any(line.endswith("…") for line in lines)
                options.append((cost + (box_w * box_h if cut else 0.0), cost, lines, found, leader))
                # Free, or a full title that only grazes its neighbours: no need to look further.
                if free or (not cut and cost <= 30.0 * rings + 0.02 * box_w * box_h):
                    break
            _, _, lines, box, leader = min(options, key=lambda option: option[0])
            placed_boxes.append(box)
        label = tuple(
            Text(box.x + 2, box.y + 1 + small + n * line_h - small * 0.15, line, small, INK)
            for n, line in enumerate(lines)
            if box is not None
        )
        bubbles.append(
            Bubble(
                opgave_id=item.id,
                title=item.title,
                cx=cx,
                cy=cy,
                r=r,
                light=item.light,
                signed=item.record.signed,
                quadrant=quadrant_of(item.duration_months or 0.0, item.complexity or 0.0),
                label=label,
                label_box=box,
                leader=leader,
            )
        )
    for dot in dots:  # under the opgaven: the activities are the detail, not the story
        scene.add(Circle(dot.cx, dot.cy, dot.r, fill=LIGHT_COLOURS.get(dot.light, LIGHT_COLOURS[None]) + "99",
                         stroke="#3C4043", width=0.8))  # fmt: skip
    for bubble in bubbles:  # big ones first, so small ones stay visible on top
        scene.add(
            Circle(
                bubble.cx,
                bubble.cy,
                bubble.r,
                fill=LIGHT_COLOURS.get(bubble.light, LIGHT_COLOURS[None]),
                stroke=INK if bubble.signed else "#3C4043",
                width=2.4 if bubble.signed else 1.6,
                dash=() if bubble.signed or crowded else (4.0, 3.0),  # dashes cost much at 300
            )
        )
    for bubble in bubbles:
        if bubble.leader is not None:
            scene.add(bubble.leader)
        if bubble.label_box is not None:
            scene.add(Rect(*_xywh(bubble.label_box), fill="#FFFFFFD9"))
        scene.add(*bubble.label)
    bubbles.extend(dots)
    # Keyboard order: left to right, then top to bottom, as a person reads the map.
    bubbles.sort(key=lambda b: (round(b.cx / 8), b.cy))
    return MapLayout(scene, plot, bubbles, unplaced, zoom)


def _activity_dots(facts, px, py, x0, x1, y0, y1, r) -> list[Bubble]:  # type: ignore[no-untyped-def]  # layout_map's helper
    """One small bubble per activity with dates and a complexity, in its opgave's colour."""
    dots = []
    for item in facts:
        for activity in item.record.activities:
            if activity.start is None or activity.end is None or activity.complexity is None:
                continue
            if activity.end < activity.start:
                continue
            months = float(months_between(activity.start, activity.end))
            complexity = float(activity.complexity)
            if not (x0 <= months <= x1 and y0 <= complexity <= y1):
                continue
            dots.append(
                Bubble(
                    opgave_id=item.id,
                    title=item.title,
                    cx=px(months),
                    cy=py(complexity),
                    r=r,
                    light=item.light,
                    signed=item.record.signed,
                    quadrant=quadrant_of(months, complexity),
                    activity=activity.name or "–",
                )
            )
    return dots


def _xywh(rect: Rect) -> tuple[float, float, float, float]:
    return rect.x, rect.y, rect.w, rect.h


def _frame(scene, plot, px, py, x0, x1, y0, y1, texts, font_size, small, measure) -> list[Rect]:  # type: ignore[no-untyped-def]  # local helper of layout_map
    """Quadrant tints, lines and meanings, the axes with their ticks and titles.

    Returns the boxes of the quadrant texts, which labels must not cover.
    """
    obstacles: list[Rect] = []
    split_x = min(max(px(LONG_MONTHS), plot.x), plot.x + plot.w)
    split_y = min(max(py(COMPLEX_FROM), plot.y), plot.y + plot.h)
    quads = [
        (Quadrant.SHORT_COMPLEX, Rect(plot.x, plot.y, split_x - plot.x, split_y - plot.y)),
        (Quadrant.LONG_COMPLEX, Rect(split_x, plot.y, plot.x + plot.w - split_x, split_y - plot.y)),
        (Quadrant.SHORT_SIMPLE, Rect(plot.x, split_y, split_x - plot.x, plot.y + plot.h - split_y)),
        (Quadrant.LONG_SIMPLE, Rect(split_x, split_y, plot.x + plot.w - split_x, plot.y + plot.h - split_y)),
    ]
    for (quadrant, area), tint in zip(quads, QUADRANT_TINTS, strict=True):
        if area.w < 2 or area.h < 2:
            continue
        scene.add(Rect(area.x, area.y, area.w, area.h, fill=tint))
        title, meaning = texts.quadrants[quadrant]
        top = quadrant in (Quadrant.SHORT_COMPLEX, Quadrant.LONG_COMPLEX)
        right = quadrant in (Quadrant.LONG_COMPLEX, Quadrant.LONG_SIMPLE)
        x = area.x + area.w - 8 if right else area.x + 8
        anchor = "end" if right else "start"
        y = area.y + font_size * 1.3 if top else area.y + area.h - font_size * 1.5
        scene.add(Text(x, y, title, font_size, MUTED, bold=True, anchor=anchor))
        scene.add(Text(x, y + font_size * 1.15, meaning, small, MUTED, anchor=anchor))
        w = max(measure(title, font_size) * 1.08, measure(meaning, small))
        obstacles.append(Rect(x - w if right else x, y - font_size, w, font_size * 2.5))
    scene.add(Rect(plot.x, plot.y, plot.w, plot.h, stroke=GRID, width=1.0))
    if plot.x < split_x < plot.x + plot.w:
        scene.add(Line(split_x, plot.y, split_x, plot.y + plot.h, "#7A828C", 1.4, (6.0, 4.0)))
    if plot.y < split_y < plot.y + plot.h:
        scene.add(Line(plot.x, split_y, plot.x + plot.w, split_y, "#7A828C", 1.4, (6.0, 4.0)))
    bottom = plot.y + plot.h
    for months in range(0, int(x1) + 1, 12):
        if months < x0:
            continue
        x = px(months)
        scene.add(Line(x, bottom, x, bottom + 5, MUTED, 1.0))
        label = "0" if months == 0 else texts.years.format(n=months // 12)
        scene.add(Text(x, bottom + 5 + small * 1.1, label, small, MUTED, anchor="middle"))
    for level in range(1, 6):
        if not y0 <= level <= y1:
            continue
        y = py(level)
        scene.add(Line(plot.x - 5, y, plot.x, y, MUTED, 1.0))
        word = {1: f" {texts.simple}", 5: f" {texts.complex}"}.get(level, "")
        scene.add(Text(plot.x - 8, y + small * 0.35, f"{level}{word}", small, MUTED, anchor="end"))
    scene.add(Text(plot.x + plot.w / 2, bottom + font_size * 3.0, f"{texts.x_axis} →", font_size, INK,
                   bold=True, anchor="middle"))  # fmt: skip
    scene.add(Text(font_size * 0.4, plot.y + font_size * 0.2, f"↑ {texts.y_axis}", font_size, INK, bold=True))
    return obstacles


def _legend(
    scene: Scene,
    plot: Rect,
    texts: MapTexts,
    font_size: float,
    small: float,
    measure: Measure,
    *,
    dashed: bool,
) -> None:
    """One line under the map: what colour, outline and size mean."""
    y = plot.y + plot.h + font_size * 5.1
    x = plot.x
    r = small * 0.55
    for light in ("groen", "oranje", "rood", None):
        scene.add(Circle(x + r, y - small * 0.35, r, fill=LIGHT_COLOURS[light], stroke=INK, width=0.8))
        word = texts.lights[light]
        scene.add(Text(x + 2 * r + 5, y, word, small, INK))
        x += 2 * r + 5 + measure(word, small) + small * 1.4
    x += small
    for signed in (True, False):
        scene.add(
            Circle(
                x + r,
                y - small * 0.35,
                r,
                fill="#FFFFFF",
                stroke=INK,
                width=2.0 if signed else 1.4,
                dash=() if signed or not dashed else (2.5, 2.0),
            )
        )
        word = texts.signed if signed else texts.unsigned
        scene.add(Text(x + 2 * r + 5, y, word, small, INK))
        x += 2 * r + 5 + measure(word, small) + small * 1.4
    scene.add(Text(x + small, y, texts.size, small, MUTED))


def _separate(circles: list[list], plot: Rect, rounds: int = 40) -> None:  # type: ignore[type-arg]  # [facts, cx, cy, r]
    """Push overlapping bubbles apart (relaxation rounds), keeping them inside the plot.

    Only bubbles in neighbouring grid cells are compared, so 300 opgaven stay quick.
    """
    if not circles:
        return
    cell = max(c[3] for c in circles) * 2 + 2
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[int]] = {}
        for index, c in enumerate(circles):
            grid.setdefault((int(c[1] // cell), int(c[2] // cell)), []).append(index)
        moved = False
        for (gx, gy), members in grid.items():
            near = [j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in grid.get((gx + dx, gy + dy), ())]
            for i in members:
                for j in near:
                    if j <= i:
                        continue
                    a, b = circles[i], circles[j]
                    dx, dy = b[1] - a[1], b[2] - a[2]
                    distance = math.hypot(dx, dy)
                    wanted = a[3] + b[3] + 2
                    if distance >= wanted:
                        continue
                    if distance < 1e-6:  # exactly on top of each other: spread along a fixed angle
                        angle = (i * 2.399 + j) % (2 * math.pi)
                        dx, dy, distance = math.cos(angle), math.sin(angle), 1.0
                    push = (wanted - distance) / 2
                    ux, uy = dx / distance, dy / distance
                    a[1], a[2] = a[1] - ux * push, a[2] - uy * push
                    b[1], b[2] = b[1] + ux * push, b[2] + uy * push
                    moved = True
        for c in circles:
            c[1] = min(max(c[1], plot.x + c[3]), plot.x + plot.w - c[3])
            c[2] = min(max(c[2], plot.y + c[3]), plot.y + plot.h - c[3])
        if not moved:
            return


_GAPS = (4.0, 16.0, 32.0, 52.0, 76.0, 104.0, 136.0, 172.0, 212.0)
_DIRECTIONS = tuple(
    (math.cos(step * math.pi / 6 + math.pi / 12), math.sin(step * math.pi / 6 + math.pi / 12))
    for step in range(12)
)


def _place_label(
    cx: float,
    cy: float,
    r: float,
    w: float,
    h: float,
    plot: Rect,
    labels: list[Rect],
    discs: _DiscGrid,
    rings: int = 9,
) -> tuple[Rect, Line | None, float, bool]:
    """The first free spot around the bubble, further out with a leader line, else the least bad.

    Returns the box, its leader line (None right beside the bubble), its cost and whether it is free.
    Written with plain numbers rather than shapes: it runs for every candidate of every label.
    """
    left, top, right, bottom = plot.x, plot.y, plot.x + plot.w, plot.y + plot.h
    near = [
        (o.x, o.y, o.x + o.w, o.y + o.h)
        for o in labels
        if abs(o.x + o.w / 2 - cx) < o.w / 2 + w + r + 220 and abs(o.y + o.h / 2 - cy) < o.h / 2 + h + r + 220
    ]
    far = r + _GAPS[rings - 1] + 4
    reach = Rect(cx - far - w, cy - far - h, 2 * (far + w), 2 * (far + h))
    bubbles = [disc for disc in discs.near(reach) if disc != (cx, cy, r)]
    area = w * h
    best_cost = math.inf
    best: tuple[float, float, int] | None = None
    for ring, gap in enumerate(_GAPS[:rings]):
        d = r + gap
        spots = [
            (cx + d, cy - h / 2),
            (cx - d - w, cy - h / 2),
            (cx - w / 2, cy - d - h),
            (cx - w / 2, cy + d),
        ]
        spots += [
            (cx + ux * d - (w if ux < 0 else 0), cy + uy * d - (h if uy < 0 else 0)) for ux, uy in _DIRECTIONS
        ]
        base = ring * 30.0
        for x, y in spots:
            x1, y1 = x + w, y + h
            inner_w = min(x1, right) - max(x, left)
            inner_h = min(y1, bottom) - max(y, top)
            inner = inner_w * inner_h if inner_w > 0 and inner_h > 0 else 0.0
            cost = base + (area - inner) * 10
            if cost >= best_cost:
                continue
            for a0, b0, a1, b1 in near:
                dx = min(x1, a1) - max(x, a0)
                if dx > 0:
                    dy = min(y1, b1) - max(y, b0)
                    if dy > 0:
                        cost += dx * dy * 3
                        if cost >= best_cost:
                            break
            if cost >= best_cost:
                continue
            for bx, by, br in bubbles:
                if bx + br <= x or bx - br >= x1 or by + br <= y or by - br >= y1:
                    continue
                nx = x if bx < x else (x1 if bx > x1 else bx)
                ny = y if by < y else (y1 if by > y1 else by)
                depth = br - math.hypot(nx - bx, ny - by)
                if depth > 0:
                    cost += depth * min(w, h, 2 * br) * 2
            if cost < best_cost:
                best_cost, best = cost, (x, y, ring)
                if cost == base and inner == area:
                    break
        if best is not None and best_cost == best[2] * 30.0 and best_cost == base:
            break
    assert best is not None
    x, y, ring = best
    box = Rect(x, y, w, h)
    leader = None
    if ring > 0:
        nx = min(max(cx, x), x + w)
        ny = min(max(cy, y), y + h)
        distance = math.hypot(nx - cx, ny - cy) or 1.0
        ux, uy = (nx - cx) / distance, (ny - cy) / distance
        leader = Line(cx + ux * r, cy + uy * r, nx, ny, MUTED, 1.0)
    free = best_cost == ring * 30.0 and _outside(box, plot) == 0
    return box, leader, best_cost, free


class _DiscGrid:
    """The bubbles bucketed by position, so a label only looks at the bubbles it could touch."""

    def __init__(self, discs: list[tuple[float, float, float]], cell: float = 48.0) -> None:
        self.cell = cell
        self.grid: dict[tuple[int, int], list[tuple[float, float, float]]] = {}
        for disc in discs:
            cx, cy, r = disc
            for gx in range(int((cx - r) // cell), int((cx + r) // cell) + 1):
                for gy in range(int((cy - r) // cell), int((cy + r) // cell) + 1):
                    self.grid.setdefault((gx, gy), []).append(disc)

    def near(self, box: Rect) -> set[tuple[float, float, float]]:
        found: set[tuple[float, float, float]] = set()
        cell = self.cell
        for gx in range(int(box.x // cell), int((box.x + box.w) // cell) + 1):
            for gy in range(int(box.y // cell), int((box.y + box.h) // cell) + 1):
                found.update(self.grid.get((gx, gy), ()))
        return found


def _disc_overlap(box: Rect, disc: tuple[float, float, float]) -> float:
    """Roughly how much of a bubble the box covers: how deep it reaches in, times its size."""
    cx, cy, r = disc
    nx = min(max(cx, box.x), box.x + box.w)
    ny = min(max(cy, box.y), box.y + box.h)
    depth = r - math.hypot(nx - cx, ny - cy)
    return depth * min(box.w, box.h, 2 * r) * 2 if depth > 0 else 0.0


def _outside(box: Rect, plot: Rect) -> float:
    inner = box.overlap_area(plot)
    return box.w * box.h - inner
