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
Nothing else in the package may escape or filter user text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from koerskaart.record.pdf.fonts import register_fonts

_TAB = "    "


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
        out = []
        for line in lines:
            pieces = []
            for part in _split_keep(line):
                if isinstance(part, ReplacedCharacter):
                    pieces.append(f'<font color="#b00020">{escape(part.marker)}</font>')
                else:
                    pieces.append(escape(part, {'"': "&quot;"}))
            out.append("".join(pieces))
        return "<br/>".join(out)

    def plain(self, text: object) -> str:
        """User text for the canvas (no markup): line breaks become spaces."""
        if text is None:
            return ""
        parts = _split_keep(self._normalise(str(text)).replace("\n", " "))
        return "".join(p.marker if isinstance(p, ReplacedCharacter) else p for p in parts)

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


def _split_keep(text: str) -> list[str | ReplacedCharacter]:
    parts: list[str | ReplacedCharacter] = []
    last = 0
    for match in _MARKED.finditer(text):
        if match.start() > last:
            parts.append(text[last : match.start()])
        parts.append(_describe(match.group(1)))
        last = match.end()
    if last < len(text):
        parts.append(text[last:])
    return parts
