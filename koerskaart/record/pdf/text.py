"""THE one place where user text becomes text for the PDF.

Every piece of text a person typed (answers, names, table cells, the municipality's name) passes
through :class:`TextPreparer` before it reaches ReportLab: :meth:`~TextPreparer.markup` for
``Paragraph`` mini-markup (XML-escaped, newlines as ``<br/>``) and :meth:`~TextPreparer.plain`
for text drawn straight on the canvas (footer, drawings). Characters the font cannot draw, and
characters outside the Basic Multilingual Plane (emoji: ReportLab writes a broken ToUnicode
entry for them), are replaced by a visible marker such as ``[U+1F984]`` and recorded, so a
reader never meets a silent empty box and the caller can warn. Very long words and URLs are not
touched here: every paragraph style keeps ReportLab's ``splitLongWords`` on, which breaks them
at the line width without inserting characters (a URL copied from the PDF stays intact).
Right-to-left text (Hebrew, Arabic) is put in visual order per line with python-bidi, Arabic
letters first get their joined shapes (:mod:`~koerskaart.record.pdf.arabic`) and are drawn in
the Arabic face; each marker tells the page's canvas it was drawn, so that page gets a legend
line (see ``page.py``). Tabs become four non-breaking spaces and leading spaces stay, so an
indented list keeps its indentation (ReportLab would collapse ordinary spaces). Words longer than
40 characters are marked ``<nobr>`` so ReportLab splits them at the line width without trying
every hyphenation point (quadratic in the word's length).
Nothing else in the package may escape or filter user text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from bidi import get_display

from koerskaart.record.pdf.arabic import shape_arabic
from koerskaart.record.pdf.fonts import ARABIC, is_arabic_code, register_fonts
from koerskaart.record.pdf.page import MARKER_CALLBACK

_TAB = "\u00a0" * 4
_NBSP = "\u00a0"
_LEADING = re.compile(r"^ +")
# Words this long are no Dutch words (codes, URLs, pasted strings): they are split at the line
# width without hyphenation, which would cost time quadratic in their length.
_LONG_WORD = re.compile(r"[^\s<>]{41,}")
# A placeholder per replaced character while a line is reordered: one private-use character
# cannot be split or swapped by the bidi algorithm (user text never holds one: private-use
# characters are not drawable and were replaced before).
_PLACEHOLDER_BASE = 0xF0000


def _is_rtl(char: str) -> bool:
    code = ord(char)
    return 0x0590 <= code <= 0x08FF or 0xFB1D <= code <= 0xFDFF or 0xFE70 <= code <= 0xFEFF


def visual(line: str) -> str:
    """One line in the order it is drawn: Arabic shaped, right-to-left runs reversed."""
    if not any(_is_rtl(c) for c in line):
        return line
    return get_display(shape_arabic(line))


@dataclass(frozen=True)
class ReplacedCharacter:
    """A character that could not be drawn and was shown as ``marker`` instead."""

    char: str
    codepoint: str  # "U+1F984"
    name: str  # the Unicode name, or "" when it has none

    @property
    def marker(self) -> str:
        return f"[{self.codepoint}]"

    def describe(self) -> str:
        return f"{self.codepoint} {self.name}".strip()


@dataclass
class TextPreparer:
    """Prepares user text for one document and remembers every replaced character."""

    replaced: dict[str, ReplacedCharacter] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._drawable = register_fonts()

    # ---------------------------------------------------------------- public
    def markup(self, text: object) -> str:
        """User text as safe ``Paragraph`` markup; ``None`` becomes the empty string."""
        if text is None:
            return ""
        lines = self._normalise(str(text)).split("\n")
        return "<br/>".join(self._line_markup(line) for line in lines)

    def _line_markup(self, line: str) -> str:
        line = _LEADING.sub(lambda m: _NBSP * len(m.group(0)), line)
        held, line = _hold_markers(line)
        out: list[str] = []
        run: list[str] = []
        arabic = False

        def flush() -> None:
            if run:
                escaped = _LONG_WORD.sub(r"<nobr>\g<0></nobr>", escape("".join(run), {'"': "&quot;"}))
                out.append(f'<font name="{ARABIC}">{escaped}</font>' if arabic else escaped)
                run.clear()

        for char in visual(line):
            code = ord(char)
            if code >= _PLACEHOLDER_BASE:
                flush()
                replaced = held[code - _PLACEHOLDER_BASE]
                out.append(
                    f'<font color="#b00020">{escape(replaced.marker)}</font>'
                    f'<onDraw name="{MARKER_CALLBACK}" label="{replaced.codepoint}"/>'
                )
                continue
            is_arabic = is_arabic_code(code)
            if is_arabic != arabic and not char.isspace():
                flush()
                arabic = is_arabic
            run.append(char)
        flush()
        return "".join(out)

    def plain(self, text: object) -> str:
        """User text for the canvas (no markup): line breaks become spaces."""
        if text is None:
            return ""
        held, line = _hold_markers(self._normalise(str(text)).replace("\n", " "))
        return "".join(
            held[ord(c) - _PLACEHOLDER_BASE].marker if ord(c) >= _PLACEHOLDER_BASE else c
            for c in visual(line)
        )

    def legends(self) -> dict[str, str]:
        """Code point → description of every replaced character, for the page legends."""
        return {r.codepoint: r.describe() for r in self.replaced_characters}

    @property
    def replaced_characters(self) -> list[ReplacedCharacter]:
        return sorted(self.replaced.values(), key=lambda r: ord(r.char))

    # ---------------------------------------------------------------- internals
    def _normalise(self, text: str) -> str:
        text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\t", _TAB)
        result = []
        for char in text:
            if char == "\n" or self._can_draw(char):
                result.append(char)
            elif unicodedata.category(char) in ("Cc", "Cf") and ord(char) < 0x10000:
                # Invisible controls (NUL, BEL, direction marks the font lacks): nothing to show.
                continue
            else:
                self.replaced.setdefault(char, _describe(char))
                result.append(_MARK_START + char + _MARK_END)
        return "".join(result)

    def _can_draw(self, char: str) -> bool:
        return ord(char) < 0x10000 and ord(char) in self._drawable


# Private-use sentinels that frame a replaced character between normalising and output; they can
# never come from user text because private-use characters are not drawable and get replaced.
_MARK_START = "\ue000"
_MARK_END = "\ue001"
_MARKED = re.compile(f"{_MARK_START}(.){_MARK_END}", re.DOTALL)


def _describe(char: str) -> ReplacedCharacter:
    return ReplacedCharacter(char, f"U+{ord(char):04X}", unicodedata.name(char, ""))


def _hold_markers(text: str) -> tuple[list[ReplacedCharacter], str]:
    """The framed markers of ``text`` as single placeholder characters, and what they stand for."""
    held: list[ReplacedCharacter] = []

    def hold(match: re.Match[str]) -> str:
        held.append(_describe(match.group(1)))
        return chr(_PLACEHOLDER_BASE + len(held) - 1)

    return held, _MARKED.sub(hold, text)
