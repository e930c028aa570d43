"""The opgavenboard PDF and the Excel workbook, written by the command line and read back."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from koerskaart.cli import main
from koerskaart.portfolio.board_pdf import render_board_pdf
from koerskaart.portfolio.data import load_portfolio
from koerskaart.portfolio.figures import portfolio_facts
from koerskaart.portfolio.workbook import render_workbook
from koerskaart.storage.models import ProgressReport
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import opgave_id

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path
demo_repo = demo_support.demo_repo

ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "board"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install poppler-utils qpdf)")
    return path


def test_portfolio_pdf_command_writes_the_board_report(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "opgavenboard.pdf"
    assert main(["portfolio-pdf", "--db", str(demo_db_path), "--period", "2026-11", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for expected in (
        "Gemeente Duinwijk",
        "Rapport voor het opgavenboard",
        "november 2026",
        "De kaart: complexiteit en tijd",
        "Complex en lang",
        "Stoplichten",
        "Wat kunnen we aan?",
        "Vergunningen, Toezicht & Handhaving: 2,0 fte toegezegd van 1,6 beschikbaar",
        "Geen rapportage over november 2026",
        "Klimaatadaptief Duinwijk: wateroverlast en hitte",
        "Per opgave",
        "Veilige en leefbare buurt Europaplein",
    ):
        assert expected in text, expected
    assert reader.pages[1].mediabox.width > reader.pages[1].mediabox.height  # the map lies in landscape
    assert reader.metadata is not None
    assert reader.metadata.title == "Rapport voor het opgavenboard – november 2026"
    check = subprocess.run([_tool("qpdf"), "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    fonts = subprocess.run([_tool("pdffonts"), str(out)], capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row and "DejaVu" in row for row in rows), fonts
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("board-*.png"):
        old.unlink()
    subprocess.run([_tool("pdftoppm"), "-png", "-r", "60", str(out), str(ARTIFACTS / "board")], check=True)


def test_user_text_with_markup_characters_reaches_the_pdf_intact(demo_repo: Repository) -> None:
    europa = opgave_id(demo_repo, "Veilige en leefbare buurt Europaplein")
    demo_repo.add_progress_report(
        ProgressReport(
            opgave_id=europa,
            period="2026-11",
            report_date=date(2026, 12, 1),
            traffic_light="rood",
            text="Overleg <politie> & 'winkeliers' over € 5.000 🦄",
            author="M. van den Berg-Demo",
        )
    )
    data = load_portfolio(demo_repo.db)
    facts = portfolio_facts(data, period="2026-11", today=date(2026, 12, 4))
    rendered = render_board_pdf(data, facts, period="2026-11", today=date(2026, 12, 4))
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(rendered.data)).pages)
    assert "Overleg <politie> & 'winkeliers' over € 5.000 [U+1F984]" in " ".join(text.split())
    assert [r.codepoint for r in rendered.replaced_characters] == ["U+1F984"]


def test_bad_period_or_target_is_one_dutch_line(demo_db_path: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "x.pdf"
    assert main(["portfolio-pdf", "--db", str(demo_db_path), "--period", "2026-13", "--out", str(out)]) == 2
    assert "geen maand" in capsys.readouterr().err and not out.exists()
    missing = tmp_path / "bestaat-niet" / "x.xlsx"
    assert main(["portfolio-xlsx", "--db", str(demo_db_path), "--out", str(missing)]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_workbook_has_a_typed_sheet_per_view(demo_db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "portefeuille.xlsx"
    assert main(["portfolio-xlsx", "--db", str(demo_db_path), "--period", "2026-11", "--out", str(out)]) == 0
    book = load_workbook(out)
    assert book.sheetnames == [
        "Opgaven",
        "Activiteiten",
        "Capaciteit",
        "Capaciteit per opgave",
        "Rapportages",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2" and (sheet.auto_filter.ref or "").startswith("A1:")
    opgaven = book["Opgaven"]
    header = [cell.value for cell in opgaven[1]]
    values = opgaven.iter_rows(min_row=2, values_only=True)
    rows = {row[0]: dict(zip(header, row, strict=True)) for row in values}
    assert len(rows) == 19
    europa = rows["Veilige en leefbare buurt Europaplein"]
    assert europa["Ondertekend"] is True and europa["Versie"] == 1 and europa["Stoplicht"] == "groen"
    assert isinstance(europa["Gevraagd (fte)"], float) and isinstance(europa["Dagen sinds rapportage"], int)
    assert europa["Begin"].year == 2025  # a real date, not text
    capacity = book["Capaciteit"]
    header = [cell.value for cell in capacity[1]]
    teams = [dict(zip(header, row, strict=True)) for row in capacity.iter_rows(min_row=2, values_only=True)]
    vth = next(t for t in teams if t["Team"] == "Vergunningen, Toezicht & Handhaving" and t["Jaar"] == 2026)
    figures = (vth["Beschikbaar (fte)"], vth["Toegezegd (fte)"], vth["Meer toegezegd dan beschikbaar"])
    assert figures == (1.6, 2.0, True)
    reports = list(book["Rapportages"].iter_rows(min_row=2, values_only=True))
    assert len(reports) >= 12 * 14 and all(isinstance(r[2], datetime) for r in reports)


def test_text_that_looks_like_a_formula_stays_text(demo_repo: Repository) -> None:
    europa = opgave_id(demo_repo, "Veilige en leefbare buurt Europaplein")
    demo_repo.add_progress_report(
        ProgressReport(
            opgave_id=europa,
            report_date=date(2026, 11, 30),
            traffic_light="oranje",
            text='=HYPERLINK("http://x","klik")',
            author="@iemand",
        )  # fmt: skip
    )
    data = load_portfolio(demo_repo.db)
    facts = portfolio_facts(data, period="2026-11", today=date(2026, 12, 4))
    book = load_workbook(io.BytesIO(render_workbook(data, facts, period="2026-11")))
    rows = book["Rapportages"].iter_rows(min_row=2)
    cells = [row for row in rows if row[4].value and row[4].value.startswith("=")]
    assert len(cells) == 1 and cells[0][4].data_type == "s" and cells[0][8].value == "@iemand"


def test_an_empty_portfolio_still_gives_a_readable_report_and_workbook(db_path: Path, tmp_path: Path) -> None:
    pdf, xlsx = tmp_path / "leeg.pdf", tmp_path / "leeg.xlsx"
    assert main(["portfolio-pdf", "--db", str(db_path), "--out", str(pdf)]) == 0
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "0 opgaven" in text and "geen opgaven op de kaart" in text
    assert main(["portfolio-xlsx", "--db", str(db_path), "--out", str(xlsx)]) == 0
    assert load_workbook(xlsx)["Opgaven"].max_row == 1  # the header only
