"""The fonts of the PDF: DejaVu Sans for Latin, Greek, Cyrillic and Hebrew, Noto Sans Arabic for Arabic.

Registers the four faces with ReportLab once per process, makes the family the canvas default
so that no unembedded Helvetica is ever referenced, and answers which characters the family can
draw (a character is drawable only when every face of its family has a glyph for it; Arabic
characters count as drawable when the Arabic faces have them). Both are shipped in
``resources/fonts`` with their licences and embedded as subsets. It draws nothing itself
and never looks at the system's fonts, so a PDF looks the same on every computer.
"""

from __future__ import annotations

import threading
from functools import cache

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from koerskaart.paths import FONTS_DIR

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
    BOLD_ITALIC: "DejaVuSans-BoldOblique.ttf",
}
# Arabic, which DejaVu's oblique faces lack, is drawn in Noto Sans Arabic (OFL); its italic
# faces are the upright ones (Arabic has no oblique tradition).
ARABIC = "NotoSansArabic"
ARABIC_BOLD = "NotoSansArabic-Bold"
_ARABIC_FILES = {ARABIC: "NotoSansArabic-Regular.ttf", ARABIC_BOLD: "NotoSansArabic-Bold.ttf"}


_LOCK = threading.Lock()


def register_fonts() -> frozenset[int]:
    """Register the family (idempotent); returns the code points all four faces can draw.

    The preview renders in a worker thread while the command line or a test may render in the
    main one: the lock makes sure the fonts are registered exactly once.
    """
    with _LOCK:
        return _register()


@cache
def _register() -> frozenset[int]:
    drawable: frozenset[int] | None = None
    for name, filename in _FILES.items():
        font = TTFont(name, str(FONTS_DIR / filename))
        pdfmetrics.registerFont(font)
        points = frozenset(font.face.charToGlyph)
        drawable = points if drawable is None else drawable & points
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    # <b>/<i> inside Paragraph markup are resolved through this mapping.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    # A canvas starts with this font; left at Helvetica, an unembedded font entry stays in the file.
    rl_config.canvas_basefontname = REGULAR
    # Binary streams rather than ASCII85: smaller, and a fifth faster (the archival step
    # rewrites every stream anyway).
    rl_config.useA85 = 0
    # The same for reportlab.graphics drawings (triangle, QR code, mood curve): each drawing starts by
    # setting this font, even when it draws no text.
    STATE_DEFAULTS["fontName"] = REGULAR
    assert drawable is not None
    arabic: frozenset[int] | None = None
    for name, filename in _ARABIC_FILES.items():
        font = TTFont(name, str(FONTS_DIR / filename))
        pdfmetrics.registerFont(font)
        points = frozenset(c for c in font.face.charToGlyph if is_arabic_code(c))
        arabic = points if arabic is None else arabic & points
    pdfmetrics.registerFontFamily(
        ARABIC, normal=ARABIC, bold=ARABIC_BOLD, italic=ARABIC, boldItalic=ARABIC_BOLD
    )
    addMapping(ARABIC, 0, 0, ARABIC)
    addMapping(ARABIC, 1, 0, ARABIC_BOLD)
    addMapping(ARABIC, 0, 1, ARABIC)
    addMapping(ARABIC, 1, 1, ARABIC_BOLD)
    assert arabic is not None
    return drawable | arabic


def is_arabic_code(code: int) -> bool:
    """Arabic letters, marks and presentation forms: drawn in the Arabic face."""
    return (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    )


def can_draw(char: str) -> bool:
    """Whether the family has a glyph for ``char`` in every face (one code point)."""
    return ord(char) in register_fonts()
