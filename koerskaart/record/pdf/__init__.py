"""The contracteringsformat as a PDF (ReportLab, A4): rendering for the preview and atomic export.

Imports no Qt, so the command line can export without starting a GUI. Use
:func:`render_contract_pdf` for the in-app preview and :func:`export_contract_pdf` to write a file.
"""

from koerskaart.record.pdf.export import ExportResult, export_contract_pdf
from koerskaart.record.pdf.render import RenderedPdf, render_contract, render_contract_pdf
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.text import ReplacedCharacter

__all__ = [
    "DocumentSettings",
    "ExportResult",
    "RenderedPdf",
    "ReplacedCharacter",
    "export_contract_pdf",
    "render_contract",
    "render_contract_pdf",
]
