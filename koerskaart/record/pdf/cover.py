"""The cover page: municipality (name and logo), "Contracteringsformat", the opgave, version, status, date.

It also names the version chain (the version this one replaces, with its fingerprint; a banner
"Vervangen door versie n op ..." once a newer version is signed), the question set's SHA-256,
the zaaknummer, and, on a record changed after signing, a red banner that it is not valid.

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
from koerskaart.record.pdf.fit import fit_on_page
from koerskaart.record.pdf.styles import (
    FRAME_WIDTH,
    GAP_ORANGE,
    GAP_ORANGE_BG,
    GAP_RED,
    GAP_RED_BG,
    NAVY,
    RULE,
    Styles,
    layout_style,
)
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
    locked_text: str  # "28 november 2026 14:05 CET" or ""
    printed_on: date | None  # None on a signed record: its bytes must not depend on the day
    question_set_title: str
    question_set_version: str
    question_set_sha256: str = ""
    reason: str = ""
    zaaknummer: str = ""
    predecessor: tuple[int, str] | None = None  # (version, fingerprint)
    replaced_by: str = ""  # "versie 2 op 3 december 2026 10:00 CET"
    changed: bool = False
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


def _banner(markup: str, styles: Styles, colour: object, background: object) -> Table:
    return Table(
        [[Paragraph(markup, styles.body.clone("banner", textColor=colour, fontSize=11, leading=15))]],
        colWidths=[FRAME_WIDTH],
        style=layout_style(
            [
                ("BACKGROUND", (0, 0), (-1, -1), background),
                ("BOX", (0, 0), (-1, -1), 1.2, colour),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ]
        ),
        hAlign="LEFT",
    )


def cover(facts: CoverFacts, styles: Styles, text: TextPreparer) -> list[Flowable]:
    story: list[Flowable] = []
    if facts.changed:
        story += [
            _banner(
                "<b>GEWIJZIGD NA ONDERTEKENING — niet geldig.</b> De inhoud van deze versie is na het "
                "ondertekenen veranderd: de vingerafdruk klopt niet meer. Dit is geen geldig contract.",
                styles,
                GAP_RED,
                GAP_RED_BG,
            ),
            Spacer(1, 5 * mm),
        ]
    if facts.replaced_by:
        story += [
            _banner(
                f"<b>Vervangen door {text.markup(facts.replaced_by)}.</b> Deze versie blijft leesbaar, "
                "maar de nieuwere versie geldt.",
                styles,
                GAP_ORANGE,
                GAP_ORANGE_BG,
            ),
            Spacer(1, 5 * mm),
        ]
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
    if facts.changed:
        status = '<font color="#b00020"><b>Gewijzigd na ondertekening – niet geldig</b></font>'
    rows = [
        ("Versie", str(facts.version)),
        ("Status", status),
    ]
    if facts.signed_on:
        rows.append(("Ondertekend op", format_date(facts.signed_on)))
    if facts.locked_text:
        rows.append(("Vastgelegd op", facts.locked_text))
    if facts.printed_on is not None:
        rows.append(("Afgedrukt op", format_date(facts.printed_on)))
    questions = f"{text.markup(facts.question_set_title)}, versie {text.markup(facts.question_set_version)}"
    if facts.question_set_sha256:
        questions += (
            f'<br/><font size="8" color="#5f6b7a">SHA-256 {text.markup(facts.question_set_sha256)}</font>'
        )
    rows.append(("Vragenlijst", questions))
    if facts.reason.strip():
        rows.append(("Reden van deze versie", text.markup(facts.reason)))
    if facts.predecessor is not None:
        version, fingerprint = facts.predecessor
        rows.append(
            (
                "Vervangt",
                f'versie {version}<br/><font size="8" color="#5f6b7a">vingerafdruk {text.markup(fingerprint)}'
                "</font>",
            )
        )
    if facts.zaaknummer.strip():
        rows.append(("Zaaknummer", text.markup(facts.zaaknummer)))
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
    story.append(fit_on_page(table))
    return story
