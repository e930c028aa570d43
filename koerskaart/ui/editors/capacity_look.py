"""How a capacity traffic light looks and reads: colour, symbol and words, never colour alone.

Shared by the requests table, the confirmation panel and the gap overview so that green,
orange and red mean the same everywhere and always come with a symbol and a word (for a
colour-blind viewer and a grey beamer). Only presentation: the rule that picks the light is
in :mod:`koerskaart.conversation.capacity_status`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from koerskaart.record.display import format_number
from koerskaart.storage.models import CapacityUnit, TrafficLight

INK = {
    TrafficLight.GREEN: QColor("#0f5c2c"),
    TrafficLight.ORANGE: QColor("#7a3e00"),
    TrafficLight.RED: QColor("#8f1d16"),
}
BACKGROUND = {
    TrafficLight.GREEN: QColor("#d9f0e0"),
    TrafficLight.ORANGE: QColor("#ffe4b8"),
    TrafficLight.RED: QColor("#fbd9d6"),
}
BORDER = {
    TrafficLight.GREEN: QColor("#1b7a3d"),
    TrafficLight.ORANGE: QColor("#d97a00"),
    TrafficLight.RED: QColor("#b3261e"),
}
SYMBOL = {TrafficLight.GREEN: "✔", TrafficLight.ORANGE: "◐", TrafficLight.RED: "✖"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("capacity", text)


def light_word(light: TrafficLight, *, waiting: bool = False) -> str:
    """The word beside the colour: "Bevestigd", "Deels bevestigd", "Niet bevestigd" (the shared
    vocabulary of :mod:`koerskaart.record.display`), or "Nog geen antwoord"."""
    from koerskaart.record.display import value_label
    from koerskaart.ui.language import current_language

    if light == TrafficLight.RED and waiting:
        return _tr("Nog geen antwoord")
    code = {TrafficLight.GREEN: "bevestigd", TrafficLight.ORANGE: "deels"}.get(light, "niet")
    return value_label("confirmation", code, current_language())


def badge_text(light: TrafficLight, *, waiting: bool = False) -> str:
    return f"{SYMBOL[light]} {light_word(light, waiting=waiting)}"


def badge_style(light: TrafficLight, *, scale: float = 1.0) -> str:
    return (
        f"background: {BACKGROUND[light].name()}; color: {INK[light].name()};"
        f" border: 2px solid {BORDER[light].name()}; border-radius: 6px;"
        f" padding: {int(3 * scale)}px {int(8 * scale)}px; font-weight: bold;"
    )


def unit_word(unit: str) -> str:
    """The unit after an amount: "fte", "uur" (English: "hours")."""
    return {CapacityUnit.FTE: "fte", CapacityUnit.HOURS: _tr("uur")}.get(unit, unit)


def unit_name(unit: str) -> str:
    """The unit on its own, as in "Totaal in uren": "fte", "uren" (English: "hours")."""
    return {CapacityUnit.FTE: "fte", CapacityUnit.HOURS: _tr("uren")}.get(unit, unit)


def period_word(period: str) -> str:
    """A stored period ("week", "maand", "jaar") in the window's language; unknown ones as they are."""
    return {"week": _tr("week"), "maand": _tr("maand"), "jaar": _tr("jaar")}.get(period, period)


def amount_text(amount: float, unit: str) -> str:
    """0.8, "fte" → "0,8 fte"; 16, "uren" → "16 uur" (in English "16 hours")."""
    from koerskaart.ui.language import current_language

    return format_number(amount, current_language(), unit=unit_word(unit))


def period_text(period: str) -> str:
    """ "week" → "per week"; empty stays empty."""
    return _tr("per %1").replace("%1", period_word(period)) if period else ""


def gap_text(gap: float, unit: str) -> str:
    """The gap in words: "tekort 0,4 fte", "geen tekort", "0,2 fte meer dan gevraagd"."""
    if gap > 0:
        return _tr("tekort %1").replace("%1", amount_text(gap, unit))
    if gap < 0:
        return _tr("%1 meer dan gevraagd").replace("%1", amount_text(-gap, unit))
    return _tr("geen tekort")
