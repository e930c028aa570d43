"""Arabic letters in their joined shapes, for a PDF library that does not shape text.

ReportLab draws one glyph per character, so Arabic written as base letters would print as
unconnected isolated letters. :func:`shape_arabic` replaces each letter by its isolated,
initial, medial or final presentation form (Unicode's "Arabic Presentation Forms", which the
bundled Noto Sans Arabic draws) according to its neighbours, and joins lam + alef into their
ligature. The table is derived from the Unicode character names at import, so it needs no data
file. Marks (harakat) are transparent: they keep their place and do not break a join. What this
module must not do: reorder text (that is python-bidi's job, in :mod:`~koerskaart.record.pdf.scripts`).
"""

from __future__ import annotations

import unicodedata
from functools import cache

_FORMS = ("ISOLATED", "FINAL", "INITIAL", "MEDIAL")
_TATWEEL = "\u0640"
_LAM = "\u0644"


@cache
def _tables() -> tuple[dict[str, dict[str, str]], dict[str, dict[str, str]]]:
    """letter → {form: presentation char}, and alef → {form: lam-alef ligature}."""
    forms: dict[str, dict[str, str]] = {}
    ligatures: dict[str, dict[str, str]] = {}
    for start, end in ((0xFE70, 0xFEFF), (0xFB50, 0xFDFF)):
        for code in range(start, end + 1):
            name = unicodedata.name(chr(code), "")
            for form in _FORMS:
                suffix = f" {form} FORM"
                if not name.endswith(suffix):
                    continue
                base_name = name[: -len(suffix)]
                if base_name.startswith("ARABIC LIGATURE") and "LAM WITH ALEF" not in base_name:
                    continue
                if base_name.startswith("ARABIC LIGATURE LAM WITH "):
                    rest = base_name[len("ARABIC LIGATURE LAM WITH ") :]
                    if not rest.startswith("ALEF"):
                        continue  # other lam ligatures are optional typography
                    try:
                        alef = unicodedata.lookup("ARABIC LETTER " + rest)
                    except KeyError:
                        continue
                    ligatures.setdefault(alef, {}).setdefault(form, chr(code))
                    continue
                try:
                    base = unicodedata.lookup(base_name)
                except KeyError:
                    continue
                forms.setdefault(base, {}).setdefault(form, chr(code))
    return forms, ligatures


def _dual(char: str, forms: dict[str, dict[str, str]]) -> bool:
    """Whether the letter joins to the letter after it (it has an initial or medial form)."""
    return char == _TATWEEL or "INITIAL" in forms.get(char, {}) or "MEDIAL" in forms.get(char, {})


def _joins_back(char: str, forms: dict[str, dict[str, str]]) -> bool:
    return char == _TATWEEL or "FINAL" in forms.get(char, {})


def _transparent(char: str) -> bool:
    return unicodedata.category(char) == "Mn"


def has_arabic(text: str) -> bool:
    return any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text)


def shape_arabic(text: str) -> str:
    """``text`` with every Arabic letter in its contextual presentation form (logical order)."""
    if not has_arabic(text):
        return text
    forms, ligatures = _tables()
    chars = list(text)
    out: list[str] = []
    i = 0

    def neighbour(index: int, step: int) -> str:
        index += step
        while 0 <= index < len(chars) and _transparent(chars[index]):
            index += step
        return chars[index] if 0 <= index < len(chars) else ""

    while i < len(chars):
        char = chars[i]
        if char not in forms:
            out.append(char)
            i += 1
            continue
        before = neighbour(i, -1)
        after = neighbour(i, 1)
        joined_before = bool(before) and _dual(before, forms) and (before in forms or before == _TATWEEL)
        if char == _LAM and after in ligatures:
            ligature = ligatures[after].get("FINAL" if joined_before else "ISOLATED")
            if ligature:
                out.append(ligature)
                # keep the marks between lam and alef; skip the alef itself
                j = i + 1
                while j < len(chars) and _transparent(chars[j]):
                    out.append(chars[j])
                    j += 1
                i = j + 1
                continue
        joined_after = _dual(char, forms) and bool(after) and _joins_back(after, forms)
        if joined_before and joined_after:
            form = "MEDIAL"
        elif joined_before:
            form = "FINAL"
        elif joined_after:
            form = "INITIAL"
        else:
            form = "ISOLATED"
        out.append(forms[char].get(form) or forms[char].get("ISOLATED") or char)
        i += 1
    return "".join(out)
