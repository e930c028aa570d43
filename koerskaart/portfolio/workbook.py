"""The portfolio as an Excel workbook: one sheet per view, typed cells, a frozen header, autofilters.

Sheets: Opgaven (the table of the window), Activiteiten, Capaciteit (per team and year),
Capaciteit per opgave (the opgaven behind each team's numbers) and Rapportages. Numbers are
numbers, dates are dates, yes/no are booleans, so municipal staff can sort, filter and add up in
Excel. Text that starts like a formula (``=``, ``+``, ``-``, ``@``) is stored as text and never
runs as one. Renders bytes only; writing is the caller's. No Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from io import BytesIO
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from koerskaart.portfolio.capacity import team_years, years_of
from koerskaart.portfolio.data import PortfolioData
from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.map_layout import QUADRANT_TEXTS, quadrant_of
from koerskaart.portfolio.periods import parse_period

HEADER_FILL = PatternFill("solid", fgColor="1F3A5F")
HEADER_FONT = Font(bold=True, color="FFFFFF")
RED_FONT = Font(color="B00020", bold=True)
DATE_FORMAT = "DD-MM-YYYY"
FTE_FORMAT = "0.00"
LIGHTS = {"groen": "groen", "oranje": "oranje", "rood": "rood", None: "geen rapportage"}


def render_workbook(data: PortfolioData, facts: Sequence[OpgaveFacts], *, period: str) -> bytes:
    parse_period(period)
    book = Workbook()
    book.remove(book.active)
    _sheet(
        book,
        "Opgaven",
        (
            "Opgave",
            "Domeinen",
            "Bestuurlijk opdrachtgever",
            "Ambtelijk opdrachtgever",
            "Opdrachtnemer",
            "Status",
            "Versie",
            "Ondertekend",
            "Stoplicht",
            "Stoplicht over",
            "Dagen sinds rapportage",
            f"Rapportage over {period}",
            "Gevraagd (fte)",
            "Toegezegd (fte)",
            "Gat (fte)",
            "Complexiteit",
            "Begin",
            "Einde",
            "Duur (maanden)",
            "Kwadrant",
            "Volgende mijlpaal",
            "Datum mijlpaal",
        ),  # fmt: skip
        (
            [
                f.title,
                ", ".join(f.record.domains),
                f.record.alderman,
                f.record.senior_official,
                f.record.task_leader,
                f.record.status,
                f.record.version,
                f.record.signed,
                LIGHTS.get(f.light, f.light),
                f.light_period,
                f.light_age_days,
                f.reported_current,
                f.asked_fte,
                f.confirmed_fte,
                f.gap_fte,
                f.complexity,
                f.start,
                f.end,
                f.duration_months,
                _quadrant(f),
                f.next_milestone.title if f.next_milestone else None,
                f.next_milestone.day if f.next_milestone else None,
            ]
            for f in facts
        ),
    )
    _sheet(
        book,
        "Activiteiten",
        ("Opgave", "Activiteit", "Aanpak", "Prioriteit", "Complexiteit", "Begin", "Einde"),
        (
            [f.title, a.name, a.approach, a.priority, a.complexity, a.start, a.end]
            for f in facts
            for a in f.record.activities
        ),
    )
    years = years_of(facts, parse_period(period)[0])
    teams = [team for year in years for team in team_years(data, facts, year)]
    sheet = _sheet(
        book,
        "Capaciteit",
        (
            "Team",
            "Jaar",
            "Beschikbaar (fte)",
            "Gevraagd (fte)",
            "Toegezegd (fte)",
            "Gat (fte)",
            "Vrij (fte)",
            "Meer toegezegd dan beschikbaar",
        ),  # fmt: skip
        ([t.team, t.year, t.available, t.asked, t.confirmed, t.gap, t.free, t.overcommitted] for t in teams),
    )
    for row, team in enumerate(teams, start=2):
        if team.overcommitted:
            for column in range(1, 9):
                sheet.cell(row, column).font = RED_FONT
    _sheet(
        book,
        "Capaciteit per opgave",
        ("Team", "Jaar", "Opgave", "Gevraagd (fte)", "Toegezegd (fte)"),
        ([t.team, t.year, s.title, s.asked, s.confirmed] for t in teams for s in t.shares),
    )
    _sheet(
        book,
        "Rapportages",
        (
            "Opgave",
            "Periode",
            "Datum",
            "Stoplicht",
            "Toelichting",
            "Gedaan",
            "Hierna",
            "Hulp gevraagd",
            "Opgesteld door",
        ),  # fmt: skip
        (
            [f.title, r.period, r.report_date, r.light, r.text, r.done, r.next_steps, r.help_asked, r.author]
            for f in facts
            for r in f.record.reports
        ),
    )
    buffer = BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _quadrant(item: OpgaveFacts) -> str | None:
    if item.duration_months is None or item.complexity is None:
        return None
    return QUADRANT_TEXTS[quadrant_of(item.duration_months, item.complexity)][0]


def _sheet(book: Workbook, title: str, headers: Sequence[str], rows: Iterable[list[Any]]) -> Any:
    sheet = book.create_sheet(title)
    sheet.append(list(headers))
    for cell in sheet[1]:
        cell.fill = HEADER_FILL
        cell.font = HEADER_FONT
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    widths = [len(header) for header in headers]
    count = 1
    for values in rows:
        count += 1
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(count, column)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever the text starts with
                widths[column - 1] = max(widths[column - 1], min(60, len(value)))
            elif isinstance(value, date):
                cell.number_format = DATE_FORMAT
                widths[column - 1] = max(widths[column - 1], 11)
            elif isinstance(value, float):
                cell.number_format = FTE_FORMAT
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width + 2
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{count}"
    return sheet
