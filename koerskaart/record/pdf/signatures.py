"""The signature page's blocks: one per role of the sturingsdriehoek, plus the fingerprint QR code.

A signed role shows its drawn signature as vector strokes (the stored JSON strokes in a 0..1 box,
y pointing down as on screen) or, when it was typed, the name in italics; then name, function,
date and place. An unsigned role gets empty lines to sign in ink. The QR code holds the full
fingerprint so a printed copy can be checked against the database. Text arrives as prepared
markup; this module reads no database and escapes nothing itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from reportlab.graphics.barcode.qr import QrCode
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Table

from koerskaart.record.pdf.fonts import ITALIC
from koerskaart.record.pdf.styles import FRAME_WIDTH, GREY, LIGHT, NAVY, RULE, Styles, layout_style

# The stored strokes live in a unit box without a shape of their own; they are drawn into a 3:1
# area, so a signature pad on screen with the same 3:1 shape prints without distortion.
PAD_ASPECT = 3.0
PAD_WIDTH = 72 * mm
PAD_HEIGHT = PAD_WIDTH / PAD_ASPECT

Stroke = list[tuple[float, float]]


@dataclass(frozen=True)
class SignatureView:
    """What one block shows; every ``*_markup`` is prepared Paragraph markup."""

    role_label: str
    signed: bool
    name_markup: str = ""
    function_markup: str = ""
    date_text: str = ""
    moment_text: str = ""  # when it was given in Koerskaart: "28 november 2026 14:05 CET"
    place_markup: str = ""
    typed_name_markup: str = ""  # shown in the pad when no drawing exists
    strokes: tuple[tuple[tuple[float, float], ...], ...] = ()


def parse_strokes(drawing: str) -> tuple[tuple[tuple[float, float], ...], ...]:
    """The stored JSON strokes, or () when empty or unreadable (the typed name is shown then)."""
    if not drawing.strip():
        return ()
    try:
        raw = json.loads(drawing)
        strokes = tuple(
            tuple((min(max(float(x), 0.0), 1.0), min(max(float(y), 0.0), 1.0)) for x, y in stroke)
            for stroke in raw
        )
    except (ValueError, TypeError):
        return ()
    return tuple(s for s in strokes if s)


class SignaturePad(Flowable):
    """The signing area: strokes, a typed name, or a line to sign on."""

    def __init__(self, view: SignatureView, styles: Styles) -> None:
        super().__init__()
        self.view = view
        self.styles = styles
        self.width = PAD_WIDTH
        self.height = PAD_HEIGHT

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        # An unsigned pad stays transparent so the CONCEPT watermark shows through it.
        c.setFillColor(LIGHT)
        c.setStrokeColor(RULE)
        c.setLineWidth(0.5)
        c.rect(0, 0, self.width, self.height, fill=1 if self.view.signed else 0, stroke=1)
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.line(4 * mm, 5 * mm, self.width - 4 * mm, 5 * mm)
        if self.view.strokes:
            self._draw_strokes()
        elif self.view.signed and self.view.typed_name_markup:
            style = self.styles.body.clone("typed", fontName=ITALIC, fontSize=14, leading=17, textColor=NAVY)
            para = Paragraph(self.view.typed_name_markup, style)
            _, h = para.wrap(self.width - 8 * mm, self.height)
            para.drawOn(c, 4 * mm, 6.5 * mm)
            del h
        else:
            c.setFont(ITALIC, 7)
            c.setFillColor(GREY)
            c.drawString(4 * mm, 2 * mm, "Handtekening")
        c.restoreState()

    def _draw_strokes(self) -> None:
        c = self.canv
        # Keep the 3:1 shape inside a small margin, centred, so the signature is not stretched.
        h = self.height - 4 * mm
        w = h * PAD_ASPECT
        left = (self.width - w) / 2
        bottom = 2 * mm
        c.setStrokeColor(NAVY)
        c.setLineWidth(1.1)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in self.view.strokes:
            path = c.beginPath()
            x0, y0 = stroke[0]
            path.moveTo(left + x0 * w, bottom + (1 - y0) * h)
            if len(stroke) == 1:
                path.lineTo(left + x0 * w + 0.3, bottom + (1 - y0) * h)
            for x, y in stroke[1:]:
                path.lineTo(left + x * w, bottom + (1 - y) * h)
            c.drawPath(path, stroke=1, fill=0)


def signature_block(view: SignatureView, styles: Styles) -> Flowable:
    blank = "<font color='#9aa5b1'>________________________</font>"
    rows = [
        ("Naam", view.name_markup or blank),
        ("Functie", view.function_markup or blank),
        ("Datum", view.date_text or blank),
        ("Plaats", view.place_markup or blank),
    ]
    if view.moment_text:
        rows.append(("Getekend", f"in Koerskaart op {view.moment_text}"))
    details = Table(
        [[Paragraph(label, styles.small), Paragraph(value, styles.cell)] for label, value in rows],
        colWidths=[16 * mm, FRAME_WIDTH - PAD_WIDTH - 26 * mm],
        style=layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        ),
    )
    heading = Paragraph(view.role_label, styles.h2.clone("sig_role", spaceBefore=0))
    outer = Table(
        [[[heading, details], SignaturePad(view, styles)]],
        colWidths=[FRAME_WIDTH - PAD_WIDTH - 8 * mm, PAD_WIDTH + 8 * mm],
        style=layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("ALIGN", (1, 0), (1, 0), "RIGHT"),
            ]
        ),
    )
    return outer  # one row: kept whole (the document wraps it in fit_on_page)


def fingerprint_qr(
    fingerprint: str, verification: str, styles: Styles, size: float = 34 * mm, *, changed: bool = False
) -> Flowable:
    """The QR code with the verification text (municipality, opgave, version, fingerprint)."""
    # The flowable draws the code straight on the canvas; the graphics widget builds it three times.
    code = QrCode(verification, width=size, height=size, qrLevel="M", qrBorder=4)
    half = len(fingerprint) // 2
    warning = (
        '<font color="#b00020"><b>Deze vingerafdruk klopt niet meer met de inhoud: GEWIJZIGD NA '
        "ONDERTEKENING — niet geldig.</b></font><br/>"
        if changed
        else ""
    )
    text = Paragraph(
        f"{warning}<b>Vingerafdruk (SHA-256)</b><br/>"
        f"{fingerprint[:half]}<br/>{fingerprint[half:]}<br/>"
        '<font color="#5f6b7a">De QR-code bevat gemeente, opgave, versie en vingerafdruk. Met '
        "<i>koerskaart verify</i> (database) of <i>koerskaart verify-pdf</i> (dit bestand, met de "
        "ingesloten inhoud) is na te gaan of het vastgelegde contract sinds de ondertekening "
        "ongewijzigd is.</font>",
        styles.small.clone("fp", textColor=NAVY, fontSize=8, leading=11),
    )
    return Table(
        [[code, text]],
        colWidths=[size + 6 * mm, FRAME_WIDTH - size - 6 * mm],
        style=layout_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                ("LEFTPADDING", (0, 0), (0, 0), 3 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 3 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * mm),
            ]
        ),
    )
