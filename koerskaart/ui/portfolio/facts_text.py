"""The key facts of one opgave in a few plain lines, for the map's hover and the side panel."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.ui.portfolio.words import fte, light_text, period_text, status_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


def key_facts(item: OpgaveFacts) -> str:
    record = item.record
    lines = [record.title]
    light = light_text(item.light)
    if item.light_period:
        light = _tr("%1 (over %2)").replace("%1", light).replace("%2", period_text(item.light_period))
    lines.append(_tr("Stoplicht: %1").replace("%1", light))
    version = (
        _tr("versie %1").replace("%1", str(record.version)) if record.version else _tr("nog geen versie")
    )
    signed = _tr("ondertekend") if record.signed else _tr("niet ondertekend")
    lines.append(f"{status_text(record.status)} · {version} · {signed}")
    if record.alderman:
        lines.append(_tr("Bestuurlijk opdrachtgever: %1").replace("%1", record.alderman))
    if record.task_leader:
        lines.append(_tr("Opdrachtnemer: %1").replace("%1", record.task_leader))
    lines.append(
        _tr("Capaciteit: %1 fte gevraagd, %2 toegezegd")
        .replace("%1", fte(item.asked_fte))
        .replace("%2", fte(item.confirmed_fte))
    )
    if item.complexity is not None and item.duration_months is not None:
        lines.append(
            _tr("Complexiteit %1 · duur in maanden: %2")
            .replace("%1", fte(item.complexity))
            .replace("%2", str(round(item.duration_months)))
        )
    if item.next_milestone is not None:
        lines.append(
            _tr("Volgende mijlpaal: %1 (%2)")
            .replace("%1", item.next_milestone.title)
            .replace("%2", item.next_milestone.day.strftime("%d-%m-%Y"))
        )
    if item.missing_report:
        lines.append(_tr("Geen rapportage over deze periode."))
    return "\n".join(lines)
