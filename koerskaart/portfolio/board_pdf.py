"""The report for the opgavenboard: one PDF with the whole portfolio over one period.

Cover (municipality, period, the lights counted), the complexity x time map on a landscape page
(the very scene the window paints, drawn with ReportLab), the traffic-light table with the
explanations of orange and red, capacity per team for the period's year with over-commitment in
words, the opgaven without a report for the period, and half a page per opgave (facts, the light
strip of twelve months, the latest report). Fonts, styles and the escaping of user text are the
record's own (:mod:`koerskaart.record.pdf`). Renders bytes only; writing is the caller's. No Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from io import BytesIO

from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)

from koerskaart.portfolio import scene_pdf
from koerskaart.portfolio.capacity import OVERASKED, team_years
from koerskaart.portfolio.data import PortfolioData
from koerskaart.portfolio.figures import LIGHT_ORDER, OpgaveFacts, latest_reports, light_counts, light_strip
from koerskaart.portfolio.map_layout import LIGHT_COLOURS, LIGHT_WORDS, layout_map
from koerskaart.portfolio.numbers import fte_text
from koerskaart.portfolio.periods import parse_period, period_label, recent
from koerskaart.record.pdf.fonts import BOLD, REGULAR
from koerskaart.record.pdf.page import marker_canvas
from koerskaart.record.pdf.styles import (
    GAP_RED,
    GAP_RED_BG,
    GREY,
    NAVY,
    PAGE_SIZE,
    Styles,
    make_styles,
    table_style,
)
from koerskaart.record.pdf.text import ReplacedCharacter, TextPreparer

MARGIN = 18 * mm
STATUS_WORDS = {
    "concept": "concept",
    "in_gesprek": "in gesprek",
    "ter_ondertekening": "ter ondertekening",
    "getekend": "getekend",
    "herzien": "herzien",
}


@dataclass(frozen=True)
class BoardPdf:
    data: bytes
    pages: int
    replaced_characters: list[ReplacedCharacter]


def render_board_pdf(
    data: PortfolioData, facts: Sequence[OpgaveFacts], *, period: str, today: date, selection: str = ""
) -> BoardPdf:
    """The report over ``period`` for ``facts`` (all opgaven, or the window's filtered ones)."""
    parse_period(period)
    text = TextPreparer()
    styles = make_styles()
    story: list[Flowable] = []
    story += _cover(data, facts, period, today, selection, styles, text)
    story += [NextPageTemplate("landscape"), PageBreak()]
    story += _map_page(facts, period, styles, text)
    story += [NextPageTemplate("portrait"), PageBreak()]
    story += _light_table(facts, period, styles, text)
    story += _capacity(data, facts, period, styles, text)
    story += _missing(facts, period, styles, text)
    story += [PageBreak(), Paragraph("Per opgave", styles.h1)]
    if not facts:
        story.append(Paragraph("Er staan (in deze selectie) geen opgaven in de portefeuille.", styles.body))
    for item in sorted(facts, key=lambda f: f.title.casefold()):
        story.append(CondPageBreak(PAGE_SIZE[1] / 2 - 2 * MARGIN))
        story.append(_half_page(item, period, styles, text))

    buffer = BytesIO()
    municipality = data.municipality.strip() or "Koerskaart"
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        title=f"Rapport voor het opgavenboard – {period_label(period)}",
        author=municipality,
        subject="Voortgang, stoplichten en capaciteit van de opgaven",
        keywords=["opgavenboard", "portfolio", "stoplicht", period],
        creator="Koerskaart",
        producer="Koerskaart (ReportLab)",
        lang="nl",
    )
    footer = f"{text.plain(municipality)} · Rapport voor het opgavenboard · {period_label(period)}"

    def on_page(canvas, document) -> None:  # type: ignore[no-untyped-def]  # ReportLab's callback
        canvas.saveState()
        canvas.setFont(REGULAR, 8)
        canvas.setFillColor(GREY)
        width = canvas._pagesize[0]  # the page's own size: the map page lies in landscape
        canvas.drawString(MARGIN, 10 * mm, footer)
        canvas.drawRightString(width - MARGIN, 10 * mm, f"pagina {document.page}")
        canvas.restoreState()

    portrait = Frame(MARGIN, MARGIN, PAGE_SIZE[0] - 2 * MARGIN, PAGE_SIZE[1] - 2 * MARGIN, id="portrait")
    wide = landscape(PAGE_SIZE)
    across = Frame(MARGIN, MARGIN, wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN, id="landscape")
    doc.addPageTemplates(
        [
            PageTemplate(id="portrait", frames=[portrait], onPage=on_page, pagesize=PAGE_SIZE),
            PageTemplate(id="landscape", frames=[across], onPage=on_page, pagesize=wide),
        ]
    )
    doc.build(story, canvasmaker=marker_canvas(text.legends()))
    return BoardPdf(buffer.getvalue(), doc.page, text.replaced_characters)


# ---------------------------------------------------------------------------- sections
def _cover(data, facts, period, today, selection, styles: Styles, text: TextPreparer) -> list[Flowable]:  # type: ignore[no-untyped-def]  # section helper
    counts = light_counts(facts)
    missing = sum(1 for f in facts if f.missing_report)
    year = parse_period(period)[0]
    over = [t for t in team_years(data, facts, year) if t.overcommitted]
    lines = [
        f"Over de maand <b>{period_label(period)}</b> · opgesteld op {today.strftime('%d-%m-%Y')}",
        f"{len(facts)} opgaven: {counts['groen']} groen, {counts['oranje']} oranje, {counts['rood']} rood, "
        f"{counts['geen']} zonder rapportage",
        f"Geen rapportage over deze maand: {missing}",
        f"Teams met meer toegezegd dan beschikbaar in {year}: {len(over)}",
    ]
    if selection:
        lines.append(f"Selectie: {text.markup(selection)}")
    return [
        Paragraph(text.markup(data.municipality or "Gemeente"), styles.cover_municipality),
        Paragraph("Rapport voor het opgavenboard", styles.cover_kind),
        Paragraph(f"Opgaven in beeld – {period_label(period)}", styles.cover_title),
        *[Paragraph(line, styles.cover_meta) for line in lines],
        Spacer(1, 10 * mm),
        Paragraph(
            "Dit rapport laat alle opgaven samen zien: waar ze staan op de kaart van complexiteit en "
            "tijd, hoe hun stoplicht staat, wat de teams aankunnen en wie nog niet heeft gerapporteerd. "
            "Sta je er niet op, dan bestaat het niet.",
            styles.body,
        ),
    ]


def _map_page(facts, period, styles: Styles, text: TextPreparer) -> list[Flowable]:  # type: ignore[no-untyped-def]
    wide = landscape(PAGE_SIZE)
    width, height = wide[0] - 2 * MARGIN, wide[1] - 2 * MARGIN - 56  # room for the heading
    # Paper has time: every label may search as far as it needs.
    layout = layout_map(facts, width, height, scene_pdf.measure, font_size=9.5, budget=100_000)
    story: list[Flowable] = [
        Paragraph(f"De kaart: complexiteit en tijd – {period_label(period)}", styles.h1),
        scene_pdf.to_drawing(layout.scene, plain=text.plain),
    ]
    if not layout.bubbles:
        story.append(Paragraph("Er staan (in deze selectie) geen opgaven op de kaart.", styles.body))
    if layout.unplaced:
        names = ", ".join(text.markup(item.title) for item in layout.unplaced)
        story.append(Paragraph(f"Niet op de kaart (duur of complexiteit onbekend): {names}", styles.small))
    return story


def _light_table(facts, period, styles: Styles, text: TextPreparer) -> list[Flowable]:  # type: ignore[no-untyped-def]
    rank = {light: index for index, light in enumerate(LIGHT_ORDER)}
    rows: list[list[Flowable | str]] = [
        [Paragraph(h, styles.cell_head) for h in ("Opgave", "Stoplicht", "Over", "Toelichting")]
    ]
    commands: list[tuple] = []
    for item in sorted(facts, key=lambda f: (rank[f.light or "geen"], f.title.casefold())):
        report = item.latest_report
        explanation = report.text if report and item.light in ("oranje", "rood") else ""
        if report and report.help_asked and item.light in ("oranje", "rood"):
            explanation = f"{explanation}\nHulp gevraagd: {report.help_asked}".strip()
        rows.append(
            [
                Paragraph(text.markup(item.title), styles.cell_bold),
                Paragraph(LIGHT_WORDS.get(item.light, "geen rapportage"), styles.cell),
                Paragraph(period_label(item.light_period) if item.light_period else "–", styles.cell),
                Paragraph(text.markup(explanation), styles.cell),
            ]
        )
        if item.light:
            commands.append(("BACKGROUND", (1, len(rows) - 1), (1, len(rows) - 1), _tint(item.light)))
    table = Table(rows, colWidths=[55 * mm, 22 * mm, 28 * mm, None], repeatRows=1)
    table.setStyle(table_style(*commands))
    return [Paragraph("Stoplichten", styles.h1), table]


def _capacity(data, facts, period, styles: Styles, text: TextPreparer) -> list[Flowable]:  # type: ignore[no-untyped-def]
    year = parse_period(period)[0]
    teams = team_years(data, facts, year)
    head = ParagraphStyle("capacity_head", parent=styles.cell_head, alignment=TA_RIGHT, fontSize=7)
    rows: list[list[Flowable]] = [
        [Paragraph("Team en de opgaven erachter", styles.cell_head)]
        + [Paragraph(h, head) for h in ("Beschikbaar", "Gevraagd", "Toegezegd", "Gat", "Vrij")]
    ]
    commands: list[tuple] = []
    share_style = ParagraphStyle(
        "share", parent=styles.cell, fontSize=7.5, leading=9.5, leftIndent=8, textColor=GREY
    )
    share_right = ParagraphStyle("share_right", parent=share_style, leftIndent=0, alignment=TA_RIGHT)
    for team in teams:
        rows.append(
            [Paragraph(text.markup(team.team), styles.cell_bold)]
            + [
                Paragraph(value, styles.cell_right)
                for value in (
                    "–" if team.available is None else fte_text(team.available),
                    fte_text(team.asked),
                    fte_text(team.confirmed),
                    fte_text(team.gap),
                    "–" if team.free is None else fte_text(team.free),
                )
            ]
        )
        row = len(rows) - 1
        commands.append(("LINEABOVE", (0, row), (-1, row), 0.8, NAVY))
        if team.overcommitted:
            commands += [("BACKGROUND", (0, row), (-1, row), GAP_RED_BG)]
            commands += [("TEXTCOLOR", (0, row), (-1, row), GAP_RED)]
        for share in team.shares:
            rows.append(
                [Paragraph(text.markup(share.title), share_style), Paragraph("", share_right)]
                + [Paragraph(fte_text(v), share_right) for v in (share.asked, share.confirmed)]
                + [
                    Paragraph(fte_text(share.asked - share.confirmed), share_right),
                    Paragraph("", share_right),
                ]
            )
    table = Table(rows, colWidths=[None] + [20 * mm] * 5, repeatRows=1)
    table.setStyle(
        table_style(
            ("TOPPADDING", (0, 1), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 1), (-1, -1), 1.5), *commands
        )
    )
    story: list[Flowable] = [
        CondPageBreak(60 * mm),
        Paragraph(f"Wat kunnen we aan? Capaciteit per team in {year} (fte)", styles.h1),
        table,
        Spacer(1, 3 * mm),
    ]
    for team in teams:
        if team.overcommitted:
            story.append(
                Paragraph(f'<font color="#b00020"><b>{text.markup(team.sentence())}</b></font>', styles.body)
            )
        elif team.overasked:
            story.append(Paragraph(text.markup(team.sentence(OVERASKED)), styles.body))
    story.append(
        Paragraph(
            "Een opgave telt mee naar rato van de maanden dat haar activiteiten in het jaar lopen; "
            "uren zijn omgerekend met een werkweek van 36 uur.",
            styles.small,
        )
    )
    return story


def _missing(facts, period, styles: Styles, text: TextPreparer) -> list[Flowable]:  # type: ignore[no-untyped-def]
    missing = [item for item in facts if item.missing_report]
    story: list[Flowable] = [
        CondPageBreak(40 * mm),
        Paragraph(f"Geen rapportage over {period_label(period)}", styles.h1),
    ]
    if not missing:
        story.append(Paragraph("Elke opgave heeft over deze maand gerapporteerd.", styles.body))
        return story
    story.append(Paragraph("Sta je er niet op, dan bestaat het niet.", styles.body))
    for item in missing:
        who = f" – opdrachtnemer {text.markup(item.record.task_leader)}" if item.record.task_leader else ""
        story.append(Paragraph(f"• {text.markup(item.title)}{who}", styles.bullet))
    return story


def _half_page(item: OpgaveFacts, period: str, styles: Styles, text: TextPreparer) -> Flowable:
    record = item.record
    if record.version:
        version = f"versie {record.version}, " + ("ondertekend" if record.signed else "niet ondertekend")
    else:
        version = "nog geen versie"
    domains = text.markup(", ".join(record.domains)) or "geen domein"
    facts = [
        f"{STATUS_WORDS.get(record.status, record.status)} · {version} · {domains}",
        f"Bestuurlijk opdrachtgever: {text.markup(record.alderman or '–')} · "
        f"Opdrachtnemer: {text.markup(record.task_leader or '–')}",
        f"Capaciteit: {fte_text(item.asked_fte)} fte gevraagd, {fte_text(item.confirmed_fte)} toegezegd"
        + (f", gat {fte_text(item.gap_fte)}" if item.gap_fte > 0 else ""),
    ]
    if item.next_milestone:
        facts.append(
            f"Volgende mijlpaal: {text.markup(item.next_milestone.title)} "
            f"({item.next_milestone.day.strftime('%d-%m-%Y')})"
        )
    parts: list[Flowable] = [Paragraph(text.markup(item.title), styles.h2)]
    parts += [Paragraph(line, styles.small) for line in facts]
    periods = recent(period, 12)
    parts += [Spacer(1, 2 * mm), _strip(periods, light_strip(record, periods)), Spacer(1, 2 * mm)]
    report = latest_reports(record).get(period) or item.latest_report
    if report is None:
        parts.append(Paragraph("Nog geen rapportage.", styles.unanswered))
    else:
        parts.append(
            Paragraph(
                f"<b>Rapportage over {period_label(report.period)}</b> · "
                f"{LIGHT_WORDS.get(report.light, report.light)} · {text.markup(report.author)}",
                styles.body,
            )
        )
        for label, value in (
            ("Toelichting", report.text),
            ("Gedaan", report.done),
            ("Hierna", report.next_steps),
            ("Hulp gevraagd van het opgavenboard", report.help_asked),
        ):
            if value:
                parts.append(Paragraph(f"<b>{label}:</b> {text.markup(value)}", styles.answer))
    parts.append(Spacer(1, 4 * mm))
    return KeepTogether(parts)


def _strip(periods: Sequence[str], lights: Sequence[str | None]) -> Drawing:
    width = PAGE_SIZE[0] - 2 * MARGIN
    gap = 3.0
    cell = (width - gap * (len(periods) - 1)) / len(periods)
    drawing = Drawing(width, 26)
    months = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
    for index, (period, light) in enumerate(zip(periods, lights, strict=True)):
        x = index * (cell + gap)
        fill = colors.HexColor(LIGHT_COLOURS[light]) if light else colors.HexColor("#E8EAED")
        drawing.add(
            Rect(x, 10, cell, 14, fillColor=fill, strokeColor=colors.HexColor("#3C4043"), strokeWidth=0.5)
        )
        letter = {"groen": "G", "oranje": "O", "rood": "R"}.get(light or "", "–")
        drawing.add(
            String(x + cell / 2, 13.5, letter, fontName=BOLD, fontSize=8,
                   fillColor=colors.white if light else GREY, textAnchor="middle")
        )  # fmt: skip
        month = months[parse_period(period)[1] - 1]
        drawing.add(
            String(x + cell / 2, 1, month, fontName=REGULAR, fontSize=7, fillColor=NAVY, textAnchor="middle")
        )
    return drawing


def _tint(light: str) -> colors.Color:
    return {
        "groen": colors.HexColor("#E2F3E6"),
        "oranje": colors.HexColor("#FDF0DC"),
        "rood": colors.HexColor("#FBE3E6"),
    }[light]
