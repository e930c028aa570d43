"""The portfolio's words on screen, in the window's language: lights, statuses, quadrants, map texts.

One place for the translations of stored codes (``groen``, ``in_gesprek``) so that every view of
the portfolio names them the same way. Text only: no widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koerskaart.portfolio.map_layout import MapTexts, Quadrant
from koerskaart.portfolio.numbers import fte_text
from koerskaart.portfolio.periods import parse_period


def tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


def light_text(light: str | None) -> str:
    return {
        "groen": tr("groen"),
        "oranje": tr("oranje"),
        "rood": tr("rood"),
        "geen": tr("geen rapportage"),
        None: tr("geen rapportage"),
    }.get(light, light or "")


def status_text(status: str) -> str:
    return {
        "concept": tr("concept"),
        "in_gesprek": tr("in gesprek"),
        "ter_ondertekening": tr("ter ondertekening"),
        "getekend": tr("getekend"),
        "herzien": tr("herzien"),
    }.get(status, status)


def quadrant_texts() -> dict[Quadrant, tuple[str, str]]:
    return {
        Quadrant.SHORT_SIMPLE: (tr("Kort en eenvoudig"), tr("lijnwerk in het team")),
        Quadrant.SHORT_COMPLEX: (tr("Kort en complex"), tr("een project met een vast resultaat")),
        Quadrant.LONG_SIMPLE: (tr("Lang en eenvoudig"), tr("een programma dat samenhang houdt")),
        Quadrant.LONG_COMPLEX: (tr("Complex en lang"), tr("opgavegerichte aanpak met partners")),
    }


def map_texts() -> MapTexts:
    return MapTexts(
        x_axis=tr("Duur (van de eerste tot de laatste activiteit)"),
        y_axis=tr("Complexiteit"),
        years=tr("{n} jaar"),
        simple=tr("eenvoudig"),
        complex=tr("zeer complex"),
        signed=tr("ondertekend"),
        unsigned=tr("nog niet ondertekend"),
        size=tr("grootte: gevraagde fte"),
        lights={light: light_text(light) for light in ("groen", "oranje", "rood", None)},
        quadrants=quadrant_texts(),
    )


def decimal() -> str:
    return tr(",")  # the decimal separator of the window's language


def fte(value: float) -> str:
    return fte_text(value, decimal())


def period_text(period: str) -> str:
    months = (
        tr("januari"), tr("februari"), tr("maart"), tr("april"), tr("mei"), tr("juni"),
        tr("juli"), tr("augustus"), tr("september"), tr("oktober"), tr("november"), tr("december"),
    )  # fmt: skip
    year, month = parse_period(period)
    return f"{months[month - 1]} {year}"


def short_month(period: str) -> str:
    months = (
        tr("jan"), tr("feb"), tr("mrt"), tr("apr"), tr("mei"), tr("jun"),
        tr("jul"), tr("aug"), tr("sep"), tr("okt"), tr("nov"), tr("dec"),
    )  # fmt: skip
    return months[parse_period(period)[1] - 1]
