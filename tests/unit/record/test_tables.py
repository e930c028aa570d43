"""Tables that read well on paper: widths from the content, Dutch hyphenation, "(vervolg)"."""

from __future__ import annotations

import subprocess
from pathlib import Path

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph

from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.grid import content_widths
from koerskaart.record.pdf.render import render_record
from koerskaart.record.pdf.styles import FRAME_WIDTH, make_styles
from koerskaart.storage import limits
from koerskaart.storage.models import Activity
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract


def test_short_values_get_narrow_columns_and_no_word_is_cut() -> None:
    styles = make_styles()
    reason = "Alleen samen met bewoners en politie werkt dit; " * 6
    rows = [
        [Paragraph(h, styles.cell_head) for h in ("Activiteit", "Waarom", "Prioriteit")],
        [
            Paragraph("Buurtpreventie", styles.cell_bold),
            Paragraph(reason, styles.cell),
            Paragraph("Nu", styles.cell),
        ],
        [
            Paragraph("Verlichting", styles.cell_bold),
            Paragraph("Donker plein", styles.cell),
            Paragraph("Later", styles.cell),
        ],
    ]
    activity, why, priority = content_widths(rows, FRAME_WIDTH)
    assert abs(activity + why + priority - FRAME_WIDTH) < 0.01
    assert priority < why / 3 and activity < why
    head = stringWidth("Prioriteit", styles.cell_head.fontName, styles.cell_head.fontSize)
    word = stringWidth("Buurtpreventie", styles.cell_bold.fontName, styles.cell_bold.fontSize)
    assert priority >= head + 8 and activity >= word + 8


def test_a_long_dutch_word_breaks_between_syllables_with_a_hyphen() -> None:
    styles = make_styles()
    paragraph = Paragraph("Een leegstandsaanpakregeling voor het plein", styles.cell)
    paragraph.wrap(70, 1000)
    lines = [
        " ".join(w.text for w in line.words) if hasattr(line, "words") else " ".join(line[1])
        for line in paragraph.blPara.lines
    ]
    assert any(line.rstrip().endswith("-") for line in lines), lines
    joined = "".join(
        line.rstrip().removesuffix("-") if line.rstrip().endswith("-") else line + " " for line in lines
    )
    assert "leegstandsaanpakregeling" in joined


def test_a_row_split_over_two_pages_repeats_its_first_cell(repo: Repository, tmp_path: Path) -> None:
    built = build_contract(repo, signed=False)
    # The longest reason the repository takes (storage/limits.py), longer than a page in its column.
    reason = " ".join(f"reden{i}" for i in range(2500))[: limits.MAX_TEXT].rsplit(" ", 1)[0]
    last = reason.split()[-1]
    repo.save_row(
        Activity(contract_id=built.contract_id, name="Wijkteam aan huis", reason=reason, approach="project")
    )
    pdf = render_record(load_record(repo, built.contract_id), DocumentSettings())
    out = tmp_path / "vervolg.pdf"
    out.write_bytes(pdf.data)
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    pages = [" ".join(page.split()) for page in text.split("\f")]
    continued = [page for page in pages if last in page]
    assert continued and all("Wijkteam aan huis (vervolg)" in page for page in continued)
