"""The map in words: the accessible alternative to the picture, quadrant by quadrant.

Built from the same layout as the picture, so the text and the bubbles never disagree.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.map_layout import MapLayout, Quadrant
from koerskaart.ui.portfolio.words import fte, light_text, quadrant_texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


ORDER = (Quadrant.LONG_COMPLEX, Quadrant.SHORT_COMPLEX, Quadrant.LONG_SIMPLE, Quadrant.SHORT_SIMPLE)


def describe_map(layout: MapLayout, facts: Sequence[OpgaveFacts]) -> str:
    by_id = {item.id: item for item in facts}
    lines = [
        _tr("De kaart toont %1 opgaven: links kort, rechts lang, onder eenvoudig, boven complex.").replace(
            "%1", str(len(layout.bubbles))
        )
    ]
    texts = quadrant_texts()
    for quadrant in ORDER:
        inside = [b for b in layout.bubbles if b.quadrant == quadrant and not b.activity]
        if not inside:
            continue
        title, meaning = texts[quadrant]
        lines.append("")
        lines.append(f"{title} ({meaning}): {len(inside)}")
        for bubble in sorted(inside, key=lambda b: b.title.casefold()):
            item = by_id.get(bubble.opgave_id)
            if item is None:
                continue
            signed = _tr("ondertekend") if bubble.signed else _tr("niet ondertekend")
            lines.append(
                _tr("- %1: %2, %3 fte gevraagd, %4")
                .replace("%1", bubble.title)
                .replace("%2", light_text(item.light))
                .replace("%3", fte(item.asked_fte))
                .replace("%4", signed)
            )
    if layout.unplaced:
        lines.append("")
        lines.append(_tr("Niet op de kaart (duur of complexiteit onbekend):"))
        lines.extend(f"- {item.title}" for item in layout.unplaced)
    return "\n".join(lines)
