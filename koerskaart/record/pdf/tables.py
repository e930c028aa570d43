"""The tables of the contracteringsformat: people at the table, activities, priorities, partners, timeline.

Each function turns rows of a :class:`~koerskaart.conversation.snapshot.ContractSnapshot` into a
flowable. Cells are Paragraphs (user text wraps, Dutch words break between syllables), column
widths follow the content (:mod:`~koerskaart.record.pdf.grid`), header rows repeat when a table
continues on the next page, and a very tall row may itself split (``splitInRow``), repeating its
first cell with "(vervolg)". Codes are shown with their
labels from :mod:`koerskaart.record.display`; all user text goes through the document's
:class:`~koerskaart.record.pdf.text.TextPreparer`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table

from koerskaart.conversation.capacity import confirmed_amount, summarize_lines
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.record.display import format_date, format_number, format_short_moment, mood_text, value_label
from koerskaart.record.pdf.grid import ContinuedTable, content_widths
from koerskaart.record.pdf.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    GAP_ORANGE,
    GAP_ORANGE_BG,
    GAP_RED,
    GAP_RED_BG,
    OK_GREEN,
    OK_GREEN_BG,
    Styles,
    table_style,
)
from koerskaart.record.pdf.text import TextPreparer
from koerskaart.storage.models import STEERING_TRIANGLE, Activity, Participant, Partner, TimelineEvent

EMPTY = "–"


class TableMaker:
    """Builds the tables of one document with its styles and text preparer."""

    def __init__(self, styles: Styles, text: TextPreparer) -> None:
        self.styles = styles
        self.text = text

    # ---------------------------------------------------------------- helpers
    def cell(self, value: object, *, bold: bool = False, name: bool = False) -> Paragraph:
        """A cell with user text; ``name``: a person's name, which is never hyphenated."""
        markup = self.text.markup(value) if value not in (None, "") else EMPTY
        if name:
            style = self.styles.cell_name_bold if bold else self.styles.cell_name
        else:
            style = self.styles.cell_bold if bold else self.styles.cell
        return Paragraph(markup, style)

    def fixed(self, markup: str) -> Paragraph:
        """A cell with text made by the program (labels, dates), not typed by a person."""
        return Paragraph(markup or EMPTY, self.styles.cell)

    def grid(
        self, header: Sequence[str], rows: list[list[Flowable]], widths: Sequence[float] = (), *extra
    ) -> Table:
        """A table with its column widths from the content (``widths`` is ignored; kept for callers)."""
        head = [Paragraph(h, self.styles.cell_head) for h in header]
        col_widths = content_widths([head, *rows], FRAME_WIDTH)
        table = ContinuedTable(
            [head, *rows],
            colWidths=col_widths,
            repeatRows=1,
            # Rows stay whole (a row cut in two reads badly) unless one is too tall for any page.
            splitInRow=1 if _has_giant_row(rows, col_widths) else 0,
            style=table_style(*extra),
            hAlign="LEFT",
        )
        table.continued_style = self.styles.cell_name_bold  # "(vervolg)" is never hyphenated
        return table

    # ---------------------------------------------------------------- tables
    def others_at_table(self, participants: Sequence[Participant]) -> Table | None:
        """Everyone who is not in the sturingsdriehoek: team leaders, facilitator, partners, others."""
        triangle = {r.value for r in STEERING_TRIANGLE}
        others = [
            p for p in participants if p.role not in triangle and (p.name.strip() or p.function.strip())
        ]
        if not others:
            return None
        order = {"teamleider": 0, "facilitator": 1, "partner": 2}
        others.sort(key=lambda p: (order.get(p.role, 3), p.position))
        rows = []
        for p in others:
            where = p.organisation
            rows.append(
                [
                    self.fixed(value_label("role", p.role)),
                    self.cell(p.name, bold=True, name=True),
                    self.cell(p.function),
                    self.cell(where),
                ]
            )
        return self.grid(["Rol", "Naam", "Functie", "Team of organisatie"], rows, [30, 45, 50, 45])

    def activities(self, activities: Sequence[Activity]) -> Table | None:
        rows = []
        for a in activities:
            if not (a.name.strip() or a.reason.strip()):
                continue
            rows.append(
                [
                    self.cell(a.name, bold=True),
                    self.fixed(value_label("approach", a.approach) if a.approach else ""),
                    self.cell(a.reason),
                    self.fixed(value_label("priority", a.priority) if a.priority else ""),
                    self.fixed(f"{a.complexity} van 5" if a.complexity else ""),
                    self.fixed(_period(a.start, a.end)),
                    self.cell(a.owner, name=True),
                ]
            )
        if not rows:
            return None
        return self.grid(
            [
                "Activiteit",
                "Aanpak",
                "Waarom deze aanpak",
                "Prioriteit",
                "Complexiteit",
                "Periode",
                "Eigenaar",
            ],
            rows,
            [31, 27, 28, 18, 24.5, 22, 19.5],
        )

    def priorities(self, activities: Sequence[Activity]) -> Table | None:
        named = [a for a in activities if a.name.strip()]
        if not named:
            return None
        rows = []
        for code in ("nu", "later", "niet"):
            group = [a for a in named if a.priority == code]
            names = "<br/>".join("• " + self.text.markup(a.name) for a in group) or EMPTY
            rows.append(
                [Paragraph(f"<b>{value_label('priority', code)}</b>", self.styles.cell), self.fixed(names)]
            )
        return self.grid(["Prioriteit", "Activiteiten"], rows, [25, 145])

    def partners(self, partners: Sequence[Partner]) -> Table | None:
        rows = []
        for p in partners:
            if not (p.organisation.strip() or p.contact.strip()):
                continue
            who = self.text.markup(p.organisation) or EMPTY
            if p.contact.strip():
                who = f"<b>{who}</b><br/>{self.text.markup(p.contact)}"
            else:
                who = f"<b>{who}</b>"
            if p.holds_regie:
                regie = "Ja, " + (
                    f"voor: {self.text.markup(p.regie_scope)}" if p.regie_scope.strip() else "overall"
                )
            else:
                regie = "Nee"
            rows.append(
                [
                    self.fixed(who),
                    self.fixed(value_label("involvement", p.involvement) if p.involvement else ""),
                    self.fixed(regie),
                    self.cell(p.binding),
                ]
            )
        if not rows:
            return None
        return self.grid(
            ["Organisatie", "Betrokkenheid", "Regie", "Verbonden met de eigen organisatie"],
            rows,
            [45, 35, 35, 55],
        )

    def timeline(self, events: Sequence[TimelineEvent]) -> Table | None:
        shown = [e for e in events if e.title.strip() or e.description.strip() or e.event_date]
        if not shown:
            return None
        rows = []
        for e in chronological(shown):
            text = self.text.markup(e.title)
            if e.description.strip():
                text = (
                    f"<b>{text}</b><br/>{self.text.markup(e.description)}"
                    if text
                    else self.text.markup(e.description)
                )
            else:
                text = f"<b>{text}</b>"
            rows.append(
                [
                    self.fixed(format_date(e.event_date) if e.event_date else "Geen datum"),
                    self.fixed(value_label("timeline", e.kind)),
                    self.fixed(text),
                    self.fixed(_mood(e.mood)),
                ]
            )
        return self.grid(["Datum", "Fase", "Gebeurtenis", "Gevoel"], rows, [28, 40, 78, 24])


def _has_giant_row(rows: list[list[Flowable]], widths: Sequence[float]) -> bool:
    """Whether some cell may be taller than half a page, by a generous estimate from its length.

    Estimated rather than wrapped: wrapping every cell once more costs a third of the render time.
    An average character is narrower than half the font size; counting it as 0.45 of the size and
    every line break as a full line errs towards splitting, which is always safe.
    """
    limit = FRAME_HEIGHT * 0.5
    for row in rows:
        for cell, width in zip(row, widths, strict=True):
            if not isinstance(cell, Paragraph):
                continue
            style = cell.style
            per_line = max(1.0, (width - 8) / (style.fontSize * 0.45))
            text = cell.getPlainText()
            lines = len(text) / per_line + text.count("\n") + cell.text.count("<br/>") + 1
            if lines * style.leading > limit:
                return True
    return False


def chronological(events: Sequence[TimelineEvent]) -> list[TimelineEvent]:
    """By date; undated events keep their place in the conversation after the dated ones."""
    return sorted(events, key=lambda e: (e.event_date is None, e.event_date or date.min, e.position))


def _period(start: date | None, end: date | None) -> str:
    """Compact, for a narrow column: "01-01-2027 – 31-12-2027"."""
    if start and end:
        return f"{start:%d-%m-%Y} – {end:%d-%m-%Y}"
    if start:
        return f"vanaf {start:%d-%m-%Y}"
    if end:
        return f"tot {end:%d-%m-%Y}"
    return ""


def _mood(mood: int) -> str:
    return mood_text(mood)  # the same words as on screen


class CapacityTableMaker(TableMaker):
    """The capacity table: per request what was asked and confirmed, by whom and when, and the gap."""

    def capacity(self, lines: Sequence[CapacityLine]) -> list[Flowable]:
        shown = [line for line in lines if line.request.team_name.strip() or line.request.amount]
        if not shown:
            return []
        rows: list[list[Flowable]] = []
        extra: list[tuple] = []
        for index, line in enumerate(shown, start=1):
            request, confirmation = line.request, line.confirmation
            team = f"<b>{self.text.markup(request.team_name) or EMPTY}</b>"
            if request.skills.strip():
                team += f"<br/><font color='#5f6b7a'>{self.text.markup(request.skills)}</font>"
            gap = summarize_lines([line]).totals[0].gap
            remark = ""
            if confirmation is not None and confirmation.remark.strip():
                remark = f"<br/><i>{self.text.markup(confirmation.remark)}</i>"
            if confirmation is not None:
                status = value_label("confirmation", confirmation.status) + remark
                who = (
                    f"{self.text.markup(confirmation.confirmed_by)}<br/>{_moment(confirmation.confirmed_at)}"
                )
            else:
                status, who = "Nog niet bevestigd", EMPTY
            rows.append(
                [
                    self.fixed(team),
                    self.fixed(_amount(request.amount, request.unit, self.text.markup(request.period))),
                    self.fixed(_amount(confirmed_amount(line), request.unit) if confirmation else EMPTY),
                    self.fixed(status),
                    self.fixed(who),
                    self.fixed(_gap_markup(gap, request.unit, confirmation is not None)),
                ]
            )
            extra += _gap_background(index, gap, confirmation is not None, column=5)
        table = self.grid(
            ["Team en vaardigheden", "Gevraagd", "Bevestigd", "Status", "Door wie, wanneer", "Tekort"],
            rows,
            [38, 21, 19, 39, 33, 20],
            *extra,
        )
        summary = summarize_lines(shown)
        total_rows = []
        total_extra: list[tuple] = []
        for index, total in enumerate(summary.totals, start=1):
            total_rows.append(
                [
                    self.fixed(f"<b>Totaal in {_unit(total.unit)} per {self.text.markup(total.period)}</b>"),
                    self.fixed(_amount(total.asked, total.unit)),
                    self.fixed(_amount(total.confirmed, total.unit)),
                    self.fixed(_gap_markup(total.gap, total.unit, total.unconfirmed == 0)),
                ]
            )
            total_extra += _gap_background(index, total.gap, total.unconfirmed == 0, column=3)
        totals = self.grid(
            ["Totaal", "Gevraagd", "Bevestigd", "Tekort"], total_rows, [64, 36, 36, 34], *total_extra
        )
        return [table, Spacer(1, 4), KeepTogether([totals])]


def _moment(moment: datetime) -> str:
    """Compact Dutch date and time for a narrow column: "28-11-2026 14:05 CET"."""
    return format_short_moment(moment)


def _unit(unit: str) -> str:
    return value_label("unit", unit)


def _amount(amount: float, unit: str, period: str = "") -> str:
    text = format_number(amount, unit=_unit(unit))
    return f"{text} per {period}" if period else text


def _gap_colours(gap: float, confirmed: bool):
    """Red for a gap nobody covers, orange while a confirmation is still open, green when covered."""
    if gap <= 0 and confirmed:
        return OK_GREEN, OK_GREEN_BG
    if confirmed:
        return GAP_RED, GAP_RED_BG
    return GAP_ORANGE, GAP_ORANGE_BG


def _gap_markup(gap: float, unit: str, confirmed: bool) -> str:
    colour = _gap_colours(gap, confirmed)[0].hexval()[2:]
    text = _amount(gap, unit) if gap > 0 else "Geen"
    if not confirmed:
        text += "<br/>(open)"
    return f'<font color="#{colour}"><b>{text}</b></font>'


def _gap_background(row: int, gap: float, confirmed: bool, column: int = 6) -> list[tuple]:
    background = _gap_colours(gap, confirmed)[1]
    return [("BACKGROUND", (column, row), (column, row), background)]
