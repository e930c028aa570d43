"""The safety net against layout errors: whatever the data layer accepts fits on a page.

:func:`fit_on_page` wraps a flowable that cannot split (the steering triangle, a signature
block, the QR box, the cover's facts) in ReportLab's ``KeepInFrame`` in shrink mode: normal
content is left exactly as it is, and content taller than a page is scaled down until it fits
instead of raising ``LayoutError``. :func:`shorten` cuts a very long user text for a place with
little room, where the full text is printed elsewhere. Nothing here prepares user text.
"""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepInFrame

from koerskaart.record.pdf.styles import FRAME_HEIGHT, FRAME_WIDTH

# Somewhat less than the frame: a CondPageBreak or heading before it must still fit.
MAX_HEIGHT = FRAME_HEIGHT * 0.92


def fit_on_page(*content: Flowable, height: float = MAX_HEIGHT) -> Flowable:
    return KeepInFrame(FRAME_WIDTH, height, list(content), mode="shrink", hAlign="LEFT")


def shorten(text: str, limit: int) -> str:
    """``text`` cut at a word boundary near ``limit`` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip() + " …"
