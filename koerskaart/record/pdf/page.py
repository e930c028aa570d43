"""What is printed on every page: the footer with "Pagina x van y", the concept or "changed" mark, legends.

The total page count is only known at the end, so :func:`canvas_factory` returns a canvas class
that keeps each finished page's state and draws the footers in :meth:`save` (the usual two-pass
trick for ReportLab); the same pass adds, on a page showing a marker for an undrawable character,
a legend line saying what it stands for. A record changed after signing gets a red band and
"GEWIJZIGD NA ONDERTEKENING — niet geldig" across every page. The "CONCEPT" watermark is
drawn last, translucent, over the content:
drawn underneath, table backgrounds would hide it. Texts arrive already prepared by
:class:`~koerskaart.record.pdf.text.TextPreparer`; nothing here touches user input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from koerskaart.record.pdf.fonts import BOLD, REGULAR
from koerskaart.record.pdf.styles import (
    FRAME_WIDTH,
    GAP_RED,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)

CHANGED_WATERMARK = colors.Color(0.69, 0.0, 0.13, alpha=0.22)

FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Footer:
    """The fixed part of every footer (page numbers are added per page)."""

    opgave_title: str  # plain text, already prepared
    version_text: str  # "Versie 2 · vragenlijst 1.0"
    fingerprint_text: str  # "Vingerafdruk 3f2a…" or "Concept – nog geen vingerafdruk"
    concept: bool
    changed_text: str = ""  # "GEWIJZIGD NA ONDERTEKENING — niet geldig" on a changed record


# The callback name a replaced character's marker carries (``<onDraw name=... label=U+XXXX/>``,
# see text.py): the canvas notes on which page each marker was drawn, for that page's legend.
MARKER_CALLBACK = "koerskaartMarker"
LEGEND_SIZE = 6.5


def page_label(number: int, total: int) -> str:
    return f"Pagina {number} van {total}"


def draw_watermark(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFont(BOLD, 96)
    canvas.setFillColor(WATERMARK)
    canvas.translate(PAGE_SIZE[0] / 2, PAGE_SIZE[1] / 2)
    canvas.rotate(55)
    canvas.drawCentredString(0, -34, "CONCEPT")
    canvas.restoreState()


def draw_changed(canvas: Canvas, text: str) -> None:
    """A changed record: a red band at the top and the warning across the page, on every page."""
    canvas.saveState()
    canvas.setFillColor(GAP_RED)
    width, height = PAGE_SIZE
    canvas.rect(0, height - 12 * mm, width, 12 * mm, stroke=0, fill=1)
    canvas.setFillColor(colors.white)
    canvas.setFont(BOLD, 11)
    canvas.drawCentredString(width / 2, height - 8 * mm, text)
    canvas.setFillColor(CHANGED_WATERMARK)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(55)
    canvas.setFont(BOLD, 30)
    canvas.drawCentredString(0, 0, text)
    canvas.restoreState()


def _fit(text: str, width: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points (halving first: fast)."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while len(text) > 64 and stringWidth(text[: len(text) // 2] + "…", REGULAR, size) > width:
        text = text[: len(text) // 2]
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


LEGEND_LINES = 3


def draw_legend(canvas: Canvas, described: list[str]) -> None:
    """Below the footer: what the red markers on this page stand for (at most three lines)."""
    canvas.saveState()
    canvas.setFont(REGULAR, LEGEND_SIZE)
    canvas.setFillColor(GAP_RED)
    lines = [
        "[U+…] in rood staat voor een teken dat het lettertype niet kan weergeven "
        "(de vastgelegde inhoud heeft het teken zelf):"
    ]
    for item in described:
        candidate = f"{lines[-1]}  {item};" if len(lines) > 1 else ""
        if len(lines) > 1 and stringWidth(candidate, REGULAR, LEGEND_SIZE) <= FRAME_WIDTH:
            lines[-1] = candidate
        else:
            lines.append(f"{item};")
    for index, line in enumerate(lines[:LEGEND_LINES]):
        if index == LEGEND_LINES - 1 and len(lines) > LEGEND_LINES:
            line += " …"
        canvas.drawString(
            MARGIN_LEFT, MARGIN_BOTTOM - 38 - index * 8, _fit(line.rstrip(";"), FRAME_WIDTH, LEGEND_SIZE)
        )
    canvas.restoreState()


def draw_footer(canvas: Canvas, footer: Footer, number: int, total: int) -> None:
    canvas.saveState()
    top = MARGIN_BOTTOM - 8
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(MARGIN_LEFT, top, MARGIN_LEFT + FRAME_WIDTH, top)
    canvas.setFillColor(GREY)
    right = MARGIN_LEFT + FRAME_WIDTH
    label = page_label(number, total)
    canvas.setFont(BOLD, FOOTER_SIZE)
    canvas.drawRightString(right, top - 11, label)
    canvas.setFont(REGULAR, FOOTER_SIZE)
    room = FRAME_WIDTH - stringWidth(label, BOLD, FOOTER_SIZE) - 12
    canvas.drawString(MARGIN_LEFT, top - 11, _fit(footer.opgave_title, room, FOOTER_SIZE))
    canvas.drawString(MARGIN_LEFT, top - 21, footer.version_text)
    canvas.drawRightString(right, top - 21, footer.fingerprint_text)
    canvas.restoreState()


class MarkerCanvas(Canvas):
    """A Canvas that notes on which page each marker of an undrawable character was drawn and
    explains them in a legend at the foot of that page. ``descriptions`` maps a code point
    ("U+1F984") to what it stands for. Any document drawing text prepared by ``text.py`` uses it
    (or :func:`canvas_factory`'s subclass): ReportLab refuses a marker nobody handles."""

    descriptions: dict[str, str] = {}

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._markers: dict[int, list[str]] = {}

    def getNamedCB(self, name: str) -> Any:  # noqa: N802 (ReportLab's name)
        if name == MARKER_CALLBACK:
            return self._marker_seen
        return super().getNamedCB(name)

    def _marker_seen(self, _canvas: Canvas, _kind: str, label: str | None) -> None:
        seen = self._markers.setdefault(self._pageNumber, [])
        if label and label not in seen:
            seen.append(label)

    def _legend(self, number: int) -> None:
        if self._markers.get(number):
            draw_legend(self, [self.descriptions.get(code, code) for code in self._markers[number]])

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._legend(self._pageNumber)
        super().showPage()


def marker_canvas(legends: dict[str, str]) -> type[MarkerCanvas]:
    """A :class:`MarkerCanvas` class with ``legends`` as its descriptions (for ``canvasmaker``)."""
    return type("LegendCanvas", (MarkerCanvas,), {"descriptions": legends})


def canvas_factory(footer: Footer, legends: dict[str, str] | None = None) -> type[Canvas]:
    """A Canvas class that draws ``footer`` with the right "Pagina x van y" on every page.

    ``legends`` maps a marker's code point ("U+1F984") to its description; a page on which such
    a marker was drawn gets a legend line below its footer."""

    class FooterCanvas(marker_canvas(legends if legends is not None else {})):  # type: ignore[misc]  # a class made at run time
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []
            self._sections: dict[int, list[tuple[str, int]]] = {}

        def note_section(self, title: str, level: int) -> None:
            """A heading drawn on this page: it becomes a bookmark once the page is written."""
            self._sections.setdefault(self._pageNumber, []).append((title, level))

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            sections = self._sections
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                # Bookmarks only now: ReportLab's page reference is the page being written.
                for index, (title, level) in enumerate(sections.get(number, ())):
                    key = f"sectie-{number}-{index}"
                    self.bookmarkPage(key)
                    self.addOutlineEntry(title, key, level=level)
                draw_footer(self, footer, number, total)
                self._legend(number)
                if footer.changed_text:
                    draw_changed(self, footer.changed_text)
                elif footer.concept:
                    draw_watermark(self)
                Canvas.showPage(self)  # the legend is drawn above, with the footer
            if sections:
                self.showOutline()
            super().save()

    return FooterCanvas
