"""Dutch labels for the stored choice values (roles, approaches, priorities, involvement, ...).

The database keeps plain values such as ``"mede_eigenaar"``; people read "Mede-eigenaar van het
resultaat". Each function returns ``(value, label)`` pairs in the order a list should show them,
translated at call time so a language switch applies on the next load. Each text is written out
in a literal ``QCoreApplication.translate("labels", ...)`` call so that lupdate finds it.

What this module must not do: decide which value is valid for a question (the question engine
does) or import widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koerskaart.storage.models import Approach, Involvement, Priority, Role


def role_choices() -> list[tuple[str, str]]:
    return [
        (Role.ALDERMAN, QCoreApplication.translate("labels", "Bestuurlijk opdrachtgever (BO)")),
        (Role.SENIOR_OFFICIAL, QCoreApplication.translate("labels", "Ambtelijk opdrachtgever (AO)")),
        (Role.TASK_LEADER, QCoreApplication.translate("labels", "Opdrachtnemer (ON)")),
        (Role.TEAM_LEADER, QCoreApplication.translate("labels", "Teamleider (TL)")),
        (Role.FACILITATOR, QCoreApplication.translate("labels", "Facilitator")),
        (Role.PARTNER, QCoreApplication.translate("labels", "Partner")),
        (Role.OTHER, QCoreApplication.translate("labels", "Overig")),
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
        ("", QCoreApplication.translate("labels", "— nog niet gekozen —")),
        (Approach.LINE_WORK, QCoreApplication.translate("labels", "Lijnwerk")),
        (Approach.PROJECT, QCoreApplication.translate("labels", "Project")),
        (Approach.PROGRAMME, QCoreApplication.translate("labels", "Programma")),
        (Approach.MISSION, QCoreApplication.translate("labels", "Opgavegerichte aanpak")),
    ]


def priority_choices() -> list[tuple[str, str]]:
    return [
        (Priority.NOW, QCoreApplication.translate("labels", "Nu")),
        (Priority.LATER, QCoreApplication.translate("labels", "Later")),
        (Priority.NOT, QCoreApplication.translate("labels", "Niet")),
    ]


def involvement_choices() -> list[tuple[str, str]]:
    return [
        (Involvement.CO_OWNER, QCoreApplication.translate("labels", "Mede-eigenaar van het resultaat")),
        (Involvement.ADVISOR, QCoreApplication.translate("labels", "Adviseur")),
        (Involvement.INFORMED, QCoreApplication.translate("labels", "Alleen geïnformeerd")),
    ]
