"""Turns a record into PDF/A bytes: page template, footer, watermark, metadata, the archival step.

:func:`render_record` is what the command line, the in-app preview and
:mod:`~koerskaart.record.pdf.export` call; it writes nothing to disk. Before anything is drawn
the fingerprint of a signed version is recomputed: a version whose content changed after
signing is refused (:class:`RecordChanged`) unless ``force`` is given, and then every page,
the footer and the metadata say "GEWIJZIGD NA ONDERTEKENING — niet geldig". A concept's footer
says "Concept – nog geen vingerafdruk" rather than printing a fingerprint of content that can
still change. ReportLab draws the pages (``invariant`` on, so its own bytes are reproducible);
:func:`~koerskaart.record.pdf.archive.make_archival` turns them into PDF/A-3b with the
canonical JSON embedded.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from io import BytesIO

from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from koerskaart import __version__
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.display import in_amsterdam, value_label
from koerskaart.record.facts import Record, recorded_record
from koerskaart.record.fingerprint import short_fingerprint
from koerskaart.record.pdf.archive import ArchiveFacts, document_id, make_archival
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
from koerskaart.record.verification_text import verification_text

CONCEPT_FINGERPRINT = "Concept – nog geen vingerafdruk"
CHANGED_MARK = "GEWIJZIGD NA ONDERTEKENING — niet geldig"


class RecordChanged(UserFacingError):
    """A signed version whose content no longer matches its fingerprint: never printed as genuine."""


def changed_message(record: Record) -> str:
    contract = record.snapshot.contract
    return (
        f"Versie {contract.version} van '{record.snapshot.opgave.title}' is na het ondertekenen "
        f"gewijzigd: de opgeslagen vingerafdruk {short_fingerprint(record.stored_fingerprint)} klopt "
        f"niet meer met de inhoud ({short_fingerprint(record.computed_fingerprint)}). De pdf is niet "
        "gemaakt; met --force wordt hij gemaakt met op elke pagina 'GEWIJZIGD NA ONDERTEKENING — niet "
        "geldig'."
    )


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int
    replaced_characters: list[ReplacedCharacter] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changed: bool = False  # signed, but changed after signing: marked on every page
    plain_data: bytes = b""  # ReportLab's bytes before the archival step (benchmarks, tests)


def footer_for(record: Record, text: TextPreparer) -> Footer:
    snapshot = record.snapshot
    contract = snapshot.contract
    qs_version = contract.question_set_version or record.question_set.version
    if record.changed:
        fingerprint = f"Vingerafdruk klopt niet – {CHANGED_MARK}"
    elif is_signed(snapshot):
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
        changed_text=CHANGED_MARK if record.changed else "",
    )


def _status(record: Record) -> str:
    if record.changed:
        return "gewijzigd na ondertekening – niet geldig"
    return value_label("status", record.snapshot.contract.status)


def archive_facts(record: Record, created: datetime) -> ArchiveFacts:
    snapshot = record.snapshot
    contract = snapshot.contract
    title = snapshot.opgave.title
    signed = is_signed(snapshot)
    status = _status(record)
    properties = {
        "Municipality": record.municipality,
        "OpgaveId": str(snapshot.opgave.id or ""),
        "OpgaveTitle": title,
        "Version": str(contract.version),
        "Status": status,
        "Fingerprint": record.stored_fingerprint if signed else "",
        "FingerprintScheme": str(record.scheme),
        "SignedOn": max((s.signed_on for s in snapshot.signatures), default=None).isoformat()
        if signed and snapshot.signatures
        else "",
        "LockedAt": in_amsterdam(contract.locked_at).isoformat() if contract.locked_at else "",
        "Zaaknummer": record.zaaknummer,
        "Predecessor": (
            f"versie {record.predecessor.version} sha256:{record.predecessor.fingerprint}"
            if record.predecessor
            else ""
        ),
        "ReplacedBy": (
            f"versie {record.successor.version} op {in_amsterdam(record.successor.locked_at).isoformat()}"
            if record.successor and record.successor.locked_at
            else ""
        ),
        "App": f"Koerskaart {__version__}",
    }
    if record.changed:
        properties["Warning"] = CHANGED_MARK
    relation = [f"vervangt: {properties['Predecessor']}"] if record.predecessor else []
    if properties["ReplacedBy"]:
        relation.append(f"vervangen door: {properties['ReplacedBy']}")
    prefix = f"{CHANGED_MARK} – " if record.changed else ""
    return ArchiveFacts(
        title=f"{prefix}Contracteringsformat – {title} – versie {contract.version}",
        author=record.municipality.strip() or "Koerskaart",
        subject=f"{prefix}Contracteringsgesprek over de opgave {title} ({status})",
        keywords=["contracteringsformat", "opgavegericht werken", title, f"versie {contract.version}"],
        identifier=verification_text(record),
        created=created,
        creator_tool=f"Koerskaart {__version__}",
        document_id=document_id(record.stored_fingerprint if signed else record.computed_fingerprint),
        canonical=record.canonical_bytes,
        attachment_description=(
            f"De vastgelegde inhoud van deze versie als canonieke JSON (vingerafdrukschema {record.scheme}); "
            "SHA-256 van dit bestand is de vingerafdruk."
        ),
        relation=relation,
        properties=properties,
    )


def render_record(record: Record, settings: DocumentSettings, *, force: bool = False) -> RenderedPdf:
    """The whole document as PDF/A bytes, with its page count and what had to be replaced.

    Raises :class:`RecordChanged` for a signed version changed after signing, unless ``force``."""
    if record.changed and not force:
        raise RecordChanged(changed_message(record))
    pages = render_pages(record, settings)
    snapshot = record.snapshot
    created = snapshot.contract.locked_at if is_signed(snapshot) else (settings.now or datetime.now(UTC))
    data = make_archival(pages.data, archive_facts(record, in_amsterdam(created)))
    return replace(pages, data=data, plain_data=pages.data)


def render_pages(record: Record, settings: DocumentSettings) -> RenderedPdf:
    """ReportLab's part alone: the pages as a plain PDF, before the archival step (benchmarks)."""
    snapshot = record.snapshot
    text = TextPreparer()
    styles = make_styles()
    document = ContractDocument(record, settings, styles, text)
    story = document.story()
    footer = footer_for(record, text)

    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"Contracteringsformat – {snapshot.opgave.title} – versie {snapshot.contract.version}",
        creator="Koerskaart",
        lang="nl",
        invariant=1,
        initialFontName=make_styles().body.fontName,
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
    doc.build(story, canvasmaker=canvas_factory(footer, document.legends))
    return RenderedPdf(
        buffer.getvalue(), doc.page, text.replaced_characters, document.warnings, changed=record.changed
    )


def render_contract(
    snapshot: ContractSnapshot,
    question_set: QuestionSet,
    settings: DocumentSettings,
    *,
    force: bool = False,
) -> RenderedPdf:
    """A snapshot rendered without the database at hand (the settings name the municipality).

    A version that replaced another cannot be checked this way (its predecessor's fingerprint
    is part of its content): use :func:`render_record` with :func:`~koerskaart.record.facts.load_record`.
    """
    return render_record(
        recorded_record(snapshot, question_set, settings.municipality_name), settings, force=force
    )


def render_contract_pdf(
    snapshot: ContractSnapshot, question_set: QuestionSet, settings: DocumentSettings
) -> bytes:
    """Just the bytes."""
    return render_contract(snapshot, question_set, settings).data
