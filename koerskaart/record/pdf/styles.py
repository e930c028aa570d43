"""The look of the contracteringsformat: page geometry, colours and paragraph/table styles.

One place for sizes and colours so the document stays calm and consistent: a municipal navy for
headings, grey for secondary text, body text at 10 pt and tables at 8.5 pt. Every paragraph style
keeps ReportLab's ``splitLongWords`` on, so long words and URLs wrap at the line width. This module
holds no content and no user text.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from koerskaart.record.pdf.fonts import BOLD, ITALIC, REGULAR, register_fonts

PAGE_SIZE = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm  # room for the two-line footer
FRAME_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
FRAME_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM

NAVY = colors.HexColor("#1f3a5f")
ACCENT = colors.HexColor("#2f6f9f")
GREY = colors.HexColor("#5f6b7a")
LIGHT = colors.HexColor("#e8eef5")
RULE = colors.HexColor("#b8c4d2")
GAP_RED = colors.HexColor("#b00020")
GAP_RED_BG = colors.HexColor("#fbe3e6")
GAP_ORANGE = colors.HexColor("#a65c00")
GAP_ORANGE_BG = colors.HexColor("#fdf0dc")
OK_GREEN = colors.HexColor("#1e6b35")
OK_GREEN_BG = colors.HexColor("#e2f3e6")
WATERMARK = colors.Color(0.75, 0.1, 0.1, alpha=0.13)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    answer: ParagraphStyle
    unanswered: ParagraphStyle
    bullet: ParagraphStyle
    question: ParagraphStyle
    small: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    cover_municipality: ParagraphStyle
    cover_kind: ParagraphStyle
    cover_title: ParagraphStyle
    cover_meta: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_name: ParagraphStyle
    cell_name_bold: ParagraphStyle
    cell_head: ParagraphStyle
    cell_right: ParagraphStyle
    caption: ParagraphStyle


def make_styles() -> Styles:
    register_fonts()
    # No widows or orphans: a paragraph split over two pages leaves at least two lines on each.
    body = ParagraphStyle(
        "body",
        fontName=REGULAR,
        bulletFontName=REGULAR,
        fontSize=10,
        leading=14,
        splitLongWords=1,
        allowWidows=0,
        allowOrphans=0,
    )
    # Narrow table columns break long Dutch words between syllables, with a hyphen (pyphen).
    cell = ParagraphStyle("cell", parent=body, fontSize=8.5, leading=11, hyphenationLang="nl_NL")
    return Styles(
        body=body,
        answer=ParagraphStyle("answer", parent=body, leftIndent=4 * mm, spaceAfter=7),
        bullet=ParagraphStyle("bullet", parent=body, leftIndent=7 * mm, bulletIndent=2 * mm, spaceAfter=4),
        unanswered=ParagraphStyle(
            "unanswered", parent=body, fontName=ITALIC, textColor=GREY, leftIndent=4 * mm, spaceAfter=7
        ),
        question=ParagraphStyle(
            "question", parent=body, fontName=BOLD, textColor=NAVY, spaceBefore=4, spaceAfter=2
        ),
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=GREY),
        h1=ParagraphStyle(
            "h1",
            parent=body,
            fontName=BOLD,
            fontSize=15,
            leading=19,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=8,
        ),
        h2=ParagraphStyle(
            "h2",
            parent=body,
            fontName=BOLD,
            fontSize=11.5,
            leading=15,
            textColor=NAVY,
            spaceBefore=8,
            spaceAfter=4,
        ),
        cover_municipality=ParagraphStyle(
            "cover_municipality", parent=body, fontName=BOLD, fontSize=16, leading=20, textColor=NAVY
        ),
        cover_kind=ParagraphStyle(
            "cover_kind", parent=body, fontSize=13, leading=17, textColor=ACCENT, spaceBefore=50
        ),
        cover_title=ParagraphStyle(
            "cover_title",
            parent=body,
            fontName=BOLD,
            fontSize=24,
            leading=30,
            textColor=NAVY,
            spaceBefore=6,
            spaceAfter=24,
        ),
        cover_meta=ParagraphStyle("cover_meta", parent=body, fontSize=10.5, leading=15),
        cell=cell,
        cell_bold=ParagraphStyle("cell_bold", parent=cell, fontName=BOLD),
        # Names are not words: "Öztürk-De-mo" would read as three names.
        cell_name=ParagraphStyle("cell_name", parent=cell, hyphenationLang=""),
        cell_name_bold=ParagraphStyle("cell_name_bold", parent=cell, fontName=BOLD, hyphenationLang=""),
        cell_head=ParagraphStyle(
            "cell_head",
            parent=cell,
            fontName=BOLD,
            fontSize=7.5,
            leading=9.5,
            textColor=colors.white,
            hyphenationLang="",  # a column is never narrower than its heading's longest word
        ),
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        caption=ParagraphStyle("caption", parent=cell, alignment=TA_CENTER, textColor=GREY),
    )


def table_style(*extra: tuple) -> TableStyle:
    """The shared grid: navy header row, light rules, zebra rows, top-aligned cells."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), REGULAR),
            ("BACKGROUND", (0, 0), (-1, 0), NAVY),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f8fb")]),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            *extra,
        ]
    )


def layout_style(commands: list[tuple]) -> TableStyle:
    """A TableStyle for layout tables; sets our font, since ReportLab's cell default is Helvetica."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])
