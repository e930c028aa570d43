"""A section heading that also becomes a bookmark (the PDF's outline) on the page it lands on.

The page canvas (``page.py``) writes the bookmark once the page itself is written, because
its pages are kept back until the total page count is known. What this module must not do:
prepare user text (the heading arrives as prepared markup and plain outline text).
"""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph


class Heading(Paragraph):
    def __init__(self, markup: str, style: ParagraphStyle, outline: str, level: int = 0) -> None:
        super().__init__(markup, style)
        self.outline = outline
        self.level = level

    def draw(self) -> None:
        note = getattr(self.canv, "note_section", None)
        if note is not None:
            note(self.outline, self.level)
        super().draw()
