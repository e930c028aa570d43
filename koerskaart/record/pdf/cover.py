"""The cover page: municipality (name and logo), "Contracteringsformat", the opgave, version, status, date.

A logo that cannot be read is left out with a warning rather than blocking the export of a
signed record. User text goes through the document's TextPreparer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from io import BytesIO

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, Paragraph, Spacer, Table

from koerskaart.record.display import format_date, value_label
from koerskaart.record.pdf.styles import FRAME_WIDTH, NAVY, RULE, Styles, layout_style
from koerskaart.record.pdf.text import TextPreparer

LOGO_MAX_WIDTH = 45 * mm
LOGO_MAX_HEIGHT = 25 * mm


@dataclass(frozen=True)
class CoverFacts:
    municipality_name: str
    logo: bytes | None
    opgave_title: str
    opgave_description: str
    version: int
    status: str
    signed_on: date | None
    locked_text: str  # "28 november 2026 14:05" or ""
    printed_on: date
    question_set_title: str
    question_set_version: str
    reason: str = ""
    warnings: list[str] = field(default_factory=list)


def logo_flowable(data: bytes) -> Image:
    """The logo scaled into its box; raises ValueError/OSError when the bytes are no image."""
    reader = ImageReader(BytesIO(data))
    width, height = reader.getSize()
    if width <= 0 or height <= 0:
        raise ValueError("empty image")
    scale = min(LOGO_MAX_WIDTH / width, LOGO_MAX_HEIGHT / height)
    image = Image(BytesIO(data), width=width * scale, height=height * scale)
    image.hAlign = "LEFT"
    return image


def cover(facts: CoverFacts, styles: Styles, text: TextPreparer) -> list[Flowable]:
    story: list[Flowable] = []
    if facts.logo:
        try:
            story += [logo_flowable(facts.logo), Spacer(1, 6 * mm)]
        except Exception:  # noqa: BLE001 - any unreadable image: leave it out, say so
            facts.warnings.append(
                "Het logo van de gemeente kon niet worden gelezen en staat niet in de pdf. "
                "Kies in de instellingen een PNG- of JPEG-bestand."
            )
    if facts.municipality_name.strip():
        story.append(Paragraph(text.markup(facts.municipality_name), styles.cover_municipality))
    story.append(Paragraph("Contracteringsformat", styles.cover_kind))
    story.append(Paragraph(text.markup(facts.opgave_title), styles.cover_title))
    if facts.opgave_description.strip():
        story += [Paragraph(text.markup(facts.opgave_description), styles.body), Spacer(1, 8 * mm)]

    status = value_label("status", facts.status)
    rows = [
        ("Versie", str(facts.version)),
        ("Status", status),
    ]
    if facts.signed_on:
        rows.append(("Ondertekend op", format_date(facts.signed_on)))
    if facts.locked_text:
        rows.append(("Vastgelegd op", facts.locked_text))
    rows.append(("Afgedrukt op", format_date(facts.printed_on)))
    rows.append(
        (
            "Vragenlijst",
            f"{text.markup(facts.question_set_title)}, versie {text.markup(facts.question_set_version)}",
        )
    )
    if facts.reason.strip():
        rows.append(("Reden van deze versie", text.markup(facts.reason)))
    table = Table(
        [[Paragraph(label, styles.small), Paragraph(value, styles.cover_meta)] for label, value in rows],
        colWidths=[42 * mm, FRAME_WIDTH - 42 * mm],
        style=layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, NAVY),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        ),
        hAlign="LEFT",
    )
    story.append(table)
    return story
