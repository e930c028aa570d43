"""The key facts of one opgave in a few plain lines, for the map's hover and the side panel."""

from __future__ import annotations

from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.ui.portfolio.words import fte, light_text, period_text, status_text, tr


def key_facts(item: OpgaveFacts) -> str:
    record = item.record
    lines = [record.title]
    light = light_text(item.light)
    if item.light_period:
        light = tr("%1 (over %2)").replace("%1", light).replace("%2", period_text(item.light_period))
    lines.append(tr("Stoplicht: %1").replace("%1", light))
    version = tr("versie %1").replace("%1", str(record.version)) if record.version else tr("nog geen versie")
    signed = tr("ondertekend") if record.signed else tr("niet ondertekend")
    lines.append(f"{status_text(record.status)} · {version} · {signed}")
    if record.alderman:
        lines.append(tr("Bestuurlijk opdrachtgever: %1").replace("%1", record.alderman))
    if record.task_leader:
        lines.append(tr("Opdrachtnemer: %1").replace("%1", record.task_leader))
    lines.append(
        tr("Capaciteit: %1 fte gevraagd, %2 toegezegd")
        .replace("%1", fte(item.asked_fte))
        .replace("%2", fte(item.confirmed_fte))
    )
    if item.complexity is not None and item.duration_months is not None:
        lines.append(
            tr("Complexiteit %1 · duur %2 maanden")
            .replace("%1", fte(item.complexity))
            .replace("%2", str(round(item.duration_months)))
        )
    if item.next_milestone is not None:
        lines.append(
            tr("Volgende mijlpaal: %1 (%2)")
            .replace("%1", item.next_milestone.title)
            .replace("%2", item.next_milestone.day.strftime("%d-%m-%Y"))
        )
    if item.missing_report:
        lines.append(tr("Geen rapportage over deze periode."))
    return "\n".join(lines)
