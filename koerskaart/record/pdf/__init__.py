"""The contracteringsformat as a PDF/A-3b record (ReportLab, A4, one pikepdf step): rendering and export.

Imports no Qt, so the command line can export without starting a GUI. Use :func:`render_record`
with a :class:`~koerskaart.record.facts.Record` (the preview) and :func:`export_record_pdf` to
write a file; :func:`render_contract` renders a snapshot without the database at hand.
"""

from koerskaart.record.pdf.export import ExportResult, export_contract_pdf, export_record_pdf
from koerskaart.record.pdf.render import (
    RecordChanged,
    RenderedPdf,
    render_contract,
    render_contract_pdf,
    render_record,
)
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.text import ReplacedCharacter

__all__ = [
    "DocumentSettings",
    "ExportResult",
    "RecordChanged",
    "RenderedPdf",
    "ReplacedCharacter",
    "export_contract_pdf",
    "export_record_pdf",
    "render_contract",
    "render_contract_pdf",
    "render_record",
]
