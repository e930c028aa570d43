"""Turns a contract version into PDF bytes: page template, footer, watermark, metadata.

:func:`render_contract` is what the in-app preview and :mod:`~koerskaart.record.pdf.export` call.
It writes nothing to disk. The document language is set to Dutch (``/Lang (nl)`` in the catalog)
and every font is the embedded DejaVu family. A concept's footer says "Concept – nog geen
vingerafdruk" rather than printing a fingerprint of content that can still change: a number on
paper that no longer matches would only confuse; the fingerprint and its QR code appear once the
version is locked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import QuestionSet
from koerskaart.record.fingerprint import short_fingerprint
from koerskaart.record.pdf.document import ContractDocument, is_signed
from koerskaart.record.pdf.page import Footer, canvas_factory
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.styles import (
    FRAME_HEIGHT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    make_styles,
)
from koerskaart.record.pdf.text import ReplacedCharacter, TextPreparer

CONCEPT_FINGERPRINT = "Concept – nog geen vingerafdruk"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    replaced_characters: list[ReplacedCharacter] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def footer_for(snapshot: ContractSnapshot, question_set: QuestionSet, text: TextPreparer) -> Footer:
    contract = snapshot.contract
    qs_version = contract.question_set_version or question_set.version
    if is_signed(snapshot):
        fingerprint = (
            f"Vingerafdruk {short_fingerprint(contract.fingerprint)}"
            if contract.fingerprint
            else "Vingerafdruk ontbreekt"
        )
    else:
        fingerprint = CONCEPT_FINGERPRINT
    return Footer(
        opgave_title=text.plain(snapshot.opgave.title),
        version_text=(
            f"Contracteringsformat · versie {contract.version} · vragenlijst {text.plain(qs_version)}"
        ),
        fingerprint_text=fingerprint,
        concept=not is_signed(snapshot),
    )


def render_contract(
    snapshot: ContractSnapshot, question_set: QuestionSet, settings: DocumentSettings
) -> RenderedPdf:
    """The whole document as PDF bytes, with its page count and what had to be replaced."""
    text = TextPreparer()
    styles = make_styles()
    document = ContractDocument(snapshot, question_set, settings, styles, text)
    story = document.story()
    footer = footer_for(snapshot, question_set, text)

    buffer = BytesIO()
    opgave = snapshot.opgave.title
    author = settings.municipality_name.strip() or "Koerskaart"
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Contracteringsformat – {opgave} – versie {snapshot.contract.version}",
        author=author,
        subject=f"Contracteringsgesprek over de opgave {opgave}",
        keywords=[
            "contracteringsformat",
            "opgavegericht werken",
            opgave,
            f"versie {snapshot.contract.version}",
        ],
        creator="Koerskaart",
        producer="Koerskaart (ReportLab)",
        lang="nl",
    )
    frame = Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        id="body",
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    doc.build(story, canvasmaker=canvas_factory(footer))
    return RenderedPdf(buffer.getvalue(), doc.page, text.replaced_characters, document.warnings)


def render_contract_pdf(
    snapshot: ContractSnapshot, question_set: QuestionSet, settings: DocumentSettings
) -> bytes:
    """Just the bytes, for the in-app preview."""
    return render_contract(snapshot, question_set, settings).data
