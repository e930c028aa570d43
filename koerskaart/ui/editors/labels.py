"""Dutch labels for the stored choice values (roles, approaches, priorities, involvement, ...).

The database keeps plain values such as ``"mede_eigenaar"``; people read "Mede-eigenaar van het
resultaat". Each function returns ``(value, label)`` pairs in the order a list should show them,
translated through ``tr`` at call time so a language switch applies on the next load.

What this module must not do: decide which value is valid for a question (the question engine
does) or import widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koerskaart.storage.models import Approach, Involvement, Priority, Role


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def role_choices() -> list[tuple[str, str]]:
    return [
        (Role.ALDERMAN, _tr("Bestuurlijk opdrachtgever (BO)")),
        (Role.SENIOR_OFFICIAL, _tr("Ambtelijk opdrachtgever (AO)")),
        (Role.TASK_LEADER, _tr("Opdrachtnemer (ON)")),
        (Role.TEAM_LEADER, _tr("Teamleider (TL)")),
        (Role.FACILITATOR, _tr("Facilitator")),
        (Role.PARTNER, _tr("Partner")),
        (Role.OTHER, _tr("Overig")),
    ]


def role_short(role: str) -> str:
    """The badge of a role: BO, AO, ON, TL; empty for the others."""
    return {
        Role.ALDERMAN: "BO",
        Role.SENIOR_OFFICIAL: "AO",
        Role.TASK_LEADER: "ON",
        Role.TEAM_LEADER: "TL",
    }.get(role, "")


def approach_choices() -> list[tuple[str, str]]:
    return [
        ("", _tr("— nog niet gekozen —")),
        (Approach.LINE_WORK, _tr("Lijnwerk")),
        (Approach.PROJECT, _tr("Project")),
        (Approach.PROGRAMME, _tr("Programma")),
        (Approach.MISSION, _tr("Opgavegerichte aanpak")),
    ]


def priority_choices() -> list[tuple[str, str]]:
    return [
        (Priority.NOW, _tr("Nu")),
        (Priority.LATER, _tr("Later")),
        (Priority.NOT, _tr("Niet")),
    ]


def involvement_choices() -> list[tuple[str, str]]:
    return [
        (Involvement.CO_OWNER, _tr("Mede-eigenaar van het resultaat")),
        (Involvement.ADVISOR, _tr("Adviseur")),
        (Involvement.INFORMED, _tr("Alleen geïnformeerd")),
    ]


def complexity_label(value: int | None) -> str:
    return {
        1: _tr("1 – eenvoudig"),
        2: _tr("2"),
        3: _tr("3 – gemiddeld"),
        4: _tr("4"),
        5: _tr("5 – zeer complex"),
    }.get(value or 0, "")
