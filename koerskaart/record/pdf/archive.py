"""The one post-processing step that makes ReportLab's PDF an archival record (PDF/A-3b).

:func:`make_archival` opens the rendered bytes with ``pikepdf``, removes ReportLab's empty
``/Trans`` entries, embeds the record's canonical JSON as an associated file (``/AF`` on the
catalog, ``AFRelationship /Data``), writes the archive metadata (DocInfo and XMP: municipality,
opgave, version, status, fingerprint, zaaknummer, predecessor and successor, app version), lets
``pikepdf.pdfa.prepare`` add the sRGB OutputIntent and the PDF/A identification, and saves with
the settings PDF/A needs (``pdfa.resolve_save_kwargs``); ``validate=True`` also has pikepdf's
validator check the written bytes (the tests do, for every kind of record). For a signed version every
date in the file is its ``locked_at`` and the document ID comes from its fingerprint, so two
exports of the same version give the same bytes.

What this module must not do: change what a page shows, or read the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime
from io import BytesIO

import pikepdf
from pikepdf import Array, Name, String, pdfa

ATTACHMENT_NAME = "koerskaart-inhoud.json"
FLAVOUR = "3b"
INFO_PREFIX = "/Koerskaart"


@dataclass(frozen=True)
class ArchiveFacts:
    """What the metadata says; ``properties`` become ``/Koerskaart<Name>`` DocInfo entries."""

    title: str
    author: str
    subject: str
    keywords: list[str]
    identifier: str  # the verification text, also in the QR code
    created: datetime  # aware; locked_at for a signed version
    creator_tool: str
    document_id: bytes  # 16 bytes
    canonical: bytes
    attachment_description: str
    relation: list[str] = field(default_factory=list)
    properties: dict[str, str] = field(default_factory=dict)


def pdf_date(moment: datetime) -> str:
    """``D:20261128140500+01'00'``: PDF's own date form, with the offset written."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    minutes = abs(minutes)
    return f"D:{moment:%Y%m%d%H%M%S}{sign}{minutes // 60:02d}'{minutes % 60:02d}'"


def document_id(seed: str | bytes) -> bytes:
    """The permanent half of the document ID: 16 bytes derived from the fingerprint."""
    data = seed.encode("utf-8") if isinstance(seed, str) else seed
    return hashlib.sha256(b"koerskaart-document-id:" + data).digest()[:16]


def make_archival(data: bytes, facts: ArchiveFacts, *, validate: bool = False) -> bytes:
    """ReportLab bytes in, PDF/A-3b bytes out.

    With ``validate`` the written bytes are parsed again and checked by pikepdf's validator
    (``pdfa.PdfaError`` if they fail); that doubles the cost of this step, so exports rely on
    the tests, which validate every kind of record this way."""
    with pikepdf.open(BytesIO(data)) as pdf:
        for page in pdf.pages:
            if Name.Trans in page.obj:
                del page.obj[Name.Trans]
        stamp = pdf_date(facts.created)
        spec = pikepdf.AttachedFileSpec(
            pdf,
            facts.canonical,
            description=facts.attachment_description,
            filename=ATTACHMENT_NAME,
            mime_type="application/json",
            creation_date=stamp,
            mod_date=stamp,
            relationship=Name.Data,
        )
        pdf.attachments[ATTACHMENT_NAME] = spec
        pdf.Root.AF = Array([spec.obj])

        info = pdf.trailer.Info
        info.Title = String(facts.title)
        info.Author = String(facts.author)
        info.Subject = String(facts.subject)
        info.Keywords = String(", ".join(facts.keywords))
        info.Creator = String(facts.creator_tool)
        info.CreationDate = String(stamp)
        info.ModDate = String(stamp)
        for key, value in facts.properties.items():
            info[f"{INFO_PREFIX}{key}"] = String(value)

        pdfa.prepare(pdf, FLAVOUR)
        moment = facts.created.isoformat(timespec="seconds")
        with pdf.open_metadata(set_pikepdf_as_editor=False, update_docinfo=False) as meta:
            meta["xmp:MetadataDate"] = moment
            meta["xmp:CreateDate"] = moment
            meta["xmp:ModifyDate"] = moment
            meta["xmp:CreatorTool"] = facts.creator_tool
            meta["dc:identifier"] = facts.identifier
            meta["dc:publisher"] = [facts.author]
            meta["dc:subject"] = [*facts.keywords, *(f"{k}: {v}" for k, v in facts.properties.items() if v)]
            if facts.relation:
                meta["dc:relation"] = facts.relation
        pdf.trailer.ID = Array([String(facts.document_id), String(facts.document_id)])
        out = BytesIO()
        # deterministic_id: qpdf keeps the first (permanent) ID and derives the second from the
        # content instead of the clock, so the same record gives the same bytes.
        if validate:
            pdfa.save(pdf, out, FLAVOUR, repair=False, deterministic_id=True)
        else:
            pdf.save(out, **pdfa.resolve_save_kwargs(FLAVOUR, deterministic_id=True))
        return out.getvalue()


def read_attachment(pdf: pikepdf.Pdf) -> bytes | None:
    """The embedded canonical JSON of a Koerskaart record, or None when there is none."""
    spec = pdf.attachments.get(ATTACHMENT_NAME)
    if spec is None:
        return None
    return spec.get_file().read_bytes()


def read_properties(pdf: pikepdf.Pdf) -> dict[str, str]:
    """The ``/Koerskaart<Name>`` DocInfo entries, by name."""
    info = pdf.trailer.get(Name.Info)
    if not isinstance(info, pikepdf.Dictionary):
        return {}
    result = {}
    for key in info.keys():
        if key.startswith(INFO_PREFIX):
            result[key[len(INFO_PREFIX) :]] = str(info[key])
    return result
