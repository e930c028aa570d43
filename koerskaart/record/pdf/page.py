"""What is printed on every page: the footer with "Pagina x van y" and, on a concept, the watermark.

The total page count is only known at the end, so :func:`canvas_factory` returns a canvas class
that keeps each finished page's state and draws the footers in :meth:`save` (the usual two-pass
trick for ReportLab). The "CONCEPT" watermark is drawn last, translucent, over the content:
drawn underneath, table backgrounds would hide it. Texts arrive already prepared by
:class:`~koerskaart.record.pdf.text.TextPreparer`; nothing here touches user input.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from koerskaart.record.pdf.fonts import BOLD, REGULAR
from koerskaart.record.pdf.styles import (
    FRAME_WIDTH,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    PAGE_SIZE,
    RULE,
    WATERMARK,
)

FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class Footer:
    """The fixed part of every footer (page numbers are added per page)."""

    opgave_title: str  # plain text, already prepared
    version_text: str  # "Versie 2 · vragenlijst 1.0"
    fingerprint_text: str  # "Vingerafdruk 3f2a…" or "Concept – nog geen vingerafdruk"
    concept: bool


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


def _fit(text: str, width: float, size: float) -> str:
    """Shorten ``text`` with an ellipsis until it fits ``width`` points."""
    if stringWidth(text, REGULAR, size) <= width:
        return text
    while text and stringWidth(text + "…", REGULAR, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


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


def canvas_factory(footer: Footer) -> type[Canvas]:
    """A Canvas class that draws ``footer`` with the right "Pagina x van y" on every page."""

    class FooterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, start=1):
                self.__dict__.update(state)
                draw_footer(self, footer, number, total)
                if footer.concept:
                    draw_watermark(self)
                super().showPage()
            super().save()

    return FooterCanvas
