"""The portfolio's words on screen, in the window's language: lights, statuses, quadrants, map texts.

One place for the translations of stored codes (``groen``, ``in_gesprek``) so that every view of
the portfolio names them the same way. Text only: no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koerskaart.portfolio.map_layout import MapTexts, Quadrant
from koerskaart.portfolio.numbers import fte_text
from koerskaart.portfolio.periods import parse_period


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


def light_text(light: str | None) -> str:
    return {
        "groen": _tr("groen"),
        "oranje": _tr("oranje"),
        "rood": _tr("rood"),
        "geen": _tr("geen rapportage"),
        None: _tr("geen rapportage"),
    }.get(light, light or "")


def status_text(status: str) -> str:
    return {
        "concept": _tr("concept"),
        "in_gesprek": _tr("in gesprek"),
        "ter_ondertekening": _tr("ter ondertekening"),
        "getekend": _tr("getekend"),
        "herzien": _tr("herzien"),
    }.get(status, status)


def quadrant_texts() -> dict[Quadrant, tuple[str, str]]:
    return {
        Quadrant.SHORT_SIMPLE: (_tr("Kort en eenvoudig"), _tr("lijnwerk in het team")),
        Quadrant.SHORT_COMPLEX: (_tr("Kort en complex"), _tr("een project met een vast resultaat")),
        Quadrant.LONG_SIMPLE: (_tr("Lang en eenvoudig"), _tr("een programma dat samenhang houdt")),
        Quadrant.LONG_COMPLEX: (_tr("Complex en lang"), _tr("opgavegerichte aanpak met partners")),
    }


def map_texts() -> MapTexts:
    return MapTexts(
        x_axis=_tr("Duur (van de eerste tot de laatste activiteit)"),
        y_axis=_tr("Complexiteit"),
        years=_tr("{n} jaar"),
        simple=_tr("eenvoudig"),
        complex=_tr("zeer complex"),
        signed=_tr("ondertekend"),
        unsigned=_tr("nog niet ondertekend"),
        size=_tr("grootte: gevraagde fte"),
        lights={light: light_text(light) for light in ("groen", "oranje", "rood", None)},
        quadrants=quadrant_texts(),
    )


def decimal() -> str:
    return _tr(",")  # the decimal separator of the window's language


def fte(value: float) -> str:
    return fte_text(value, decimal())


def period_text(period: str) -> str:
    months = (
        _tr("januari"), _tr("februari"), _tr("maart"), _tr("april"), _tr("mei"), _tr("juni"),
        _tr("juli"), _tr("augustus"), _tr("september"), _tr("oktober"), _tr("november"), _tr("december"),
    )  # fmt: skip
    year, month = parse_period(period)
    return f"{months[month - 1]} {year}"


def short_month(period: str) -> str:
    months = (
        _tr("jan"), _tr("feb"), _tr("mrt"), _tr("apr"), _tr("mei"), _tr("jun"),
        _tr("jul"), _tr("aug"), _tr("sep"), _tr("okt"), _tr("nov"), _tr("dec"),
    )  # fmt: skip
    return months[parse_period(period)[1] - 1]
