"""Tables that read well on paper: column widths from their content, rows that say where they go on.

:func:`content_widths` gives each column room after what it holds, the way a browser lays out a
table. A column is never narrower than its longest word (a long Dutch word, which may break once
between syllables, counts for most of its width), so "Nu" gets a narrow column and a word only
breaks between syllables or when it is longer than any column could be. Columns whose whole text
fits in a fair share get exactly that; the long ones share the rest, dampened so one very long
column does not starve the others. :class:`ContinuedTable` is a ``Table`` whose row, when split
over two pages, repeats its first cell on the new page with "(vervolg)", so a reader sees to
which activity (or team, or partner) the continued text belongs. Nothing here prepares user text.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

import pyphen
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table

PADDING = 10.0  # left + right cell padding of the shared table style, plus slack for rounding
LONGEST_WORD_SHARE = 0.34  # no single word claims more than a third of the width
CONTINUED = "(vervolg)"
HYPHENATED_WORD = 15  # letters from which a word may break between syllables (shorter ones stay whole)


def _measure(cell: Flowable) -> tuple[float, float]:
    """(longest word, whole text) in points for one cell."""
    if not isinstance(cell, Paragraph):
        return 20.0, 20.0
    style = cell.style
    font, size = style.fontName, style.fontSize
    language = getattr(style, "hyphenationLang", "") or ""
    space = _word_width(" ", font, size)
    longest = whole = 0.0
    for line in cell.getPlainText().split("\n"):
        if len(line) > 2000:  # a very long cell is wide enough whatever its exact length
            whole = 1e6
            line = line[:2000]
        words = line.split()
        line_width = space * max(0, len(words) - 1)
        for word in words:
            word = word[:40]
            width = _word_width(word, font, size)
            line_width += width
            if language and sum(c.isalpha() for c in word) >= HYPHENATED_WORD:
                width = _broken_width(word, language, font, size)
            longest = max(longest, width)
        whole = max(whole, line_width)
    return longest, whole


@lru_cache(maxsize=16384)
def _word_width(word: str, font: str, size: float) -> float:
    return stringWidth(word, font, size)


@lru_cache(maxsize=4096)
def _broken_width(word: str, language: str, font: str, size: float) -> float:
    """The width a word needs when it may break once between syllables (with a hyphen)."""
    whole = stringWidth(word, font, size)
    best = whole
    for head, tail in _hyphenator(language).iterate(word):
        best = min(best, max(stringWidth(head + "-", font, size), stringWidth(tail, font, size)))
    return best


@lru_cache(maxsize=4)
def _hyphenator(language: str) -> pyphen.Pyphen:
    return pyphen.Pyphen(lang=language)


def content_widths(rows: Sequence[Sequence[Flowable]], total: float) -> list[float]:
    columns = len(rows[0])
    minimum = [0.0] * columns
    natural = [0.0] * columns
    for row in rows:
        for index, cell in enumerate(row):
            longest, whole = _measure(cell)
            minimum[index] = max(minimum[index], min(longest, total * LONGEST_WORD_SHARE) + PADDING)
            natural[index] = max(natural[index], whole + PADDING)
    natural = [max(n, m) for n, m in zip(natural, minimum, strict=True)]
    if sum(natural) <= total:
        spare = total - sum(natural)
        return [n + spare * n / sum(natural) for n in natural]
    if sum(minimum) >= total:
        return [m * total / sum(minimum) for m in minimum]
    # Columns whose whole text fits in a fair share get exactly that ("Nu", a date); the long
    # ones share the rest in proportion to their text to the power 0.75 (so one very long
    # column does not starve another long one), never below their longest word.
    widths: list[float | None] = [None] * columns
    remaining = total
    changed = True
    while changed:
        changed = False
        open_columns = [i for i in range(columns) if widths[i] is None]
        share = remaining / len(open_columns)
        for i in open_columns:
            others = sum(minimum[j] for j in open_columns if j != i and widths[j] is None)
            if natural[i] <= share and remaining - natural[i] >= others:
                widths[i] = natural[i]
                remaining -= natural[i]
                changed = True
        if len(open_columns) == 1 or not any(w is None for w in widths):
            break
    open_columns = [i for i in range(columns) if widths[i] is None]
    if open_columns:
        floor = sum(minimum[i] for i in open_columns)
        if floor >= remaining:
            for i in open_columns:
                widths[i] = minimum[i] * remaining / floor
        else:
            # Proportional shares, but a column whose share is below its longest word gets that
            # word's width and the others share what is left.
            pending = list(open_columns)
            while pending:
                wants = {i: natural[i] ** 0.75 for i in pending}
                whole = sum(wants.values())
                short = [i for i in pending if remaining * wants[i] / whole < minimum[i]]
                if not short:
                    for i in pending:
                        widths[i] = remaining * wants[i] / whole
                    break
                for i in short:
                    widths[i] = minimum[i]
                    remaining -= minimum[i]
                    pending.remove(i)
    result = [w or 0.0 for w in widths]
    scale = total / sum(result)
    return [w * scale for w in result]


class ContinuedTable(Table):
    """A Table whose split row starts again on the next page with its first cell plus "(vervolg)"."""

    continued_style: Any = None  # the ParagraphStyle of the repeated first cell

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803 (ReportLab's names)
        parts = super().split(availWidth, availHeight)
        if len(parts) != 2 or not all(isinstance(p, Table) for p in parts):
            return parts
        first, second = parts
        for part in parts:
            part.continued_style = self.continued_style  # type: ignore[attr-defined]
        head = self.repeatRows if isinstance(self.repeatRows, int) else len(self.repeatRows)
        before = len(first._cellvalues) - head
        after = len(second._cellvalues) - head
        own = len(self._cellvalues) - head
        if before + after == own + 1 and self.continued_style is not None and after > 0:
            # One row was cut in two: its last part opens the new page; name it.
            original = self._cellvalues[head + before - 1][0]
            if isinstance(original, list | tuple):  # a cell split before holds its pieces
                original = next((f for f in original if isinstance(f, Paragraph)), None)
            if isinstance(original, Paragraph):
                name = original.getPlainText().strip()
                name = name.removesuffix(CONTINUED).strip()
                label = f"{name[:120]} {CONTINUED}" if name else CONTINUED
                from xml.sax.saxutils import escape

                second._cellvalues[head][0] = [Paragraph(f"<i>{escape(label)}</i>", self.continued_style)]
        return parts
