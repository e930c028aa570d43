"""Every script a municipality meets: right-to-left text in visual order, Arabic shaped and drawn
in its own face, a legend on the page for what cannot be drawn, tabs and indentation kept."""

from __future__ import annotations

import subprocess
from pathlib import Path

from koerskaart.cli import main
from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.arabic import shape_arabic
from koerskaart.record.pdf.render import render_record
from koerskaart.record.pdf.text import TextPreparer, visual
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract

HEBREW = "שלום עולם"
ARABIC = "مرحبا بالعالم"
ODD = {
    "opgave_what": f"Nederlands met {HEBREW} erin.",
    "opgave_why_now": f"Arabisch: {ARABIC}",
    "story_no_longer": "Chinees 你好 en een eenhoorn 🦄.",
    "story_success": "Combinerend: e\u0301e\u0301n (NFC) en \tingesprongen met een tab",
    "past_honoured": "Lijst:\n    - eerste punt\n        - ingesprongen punt",
}


def test_right_to_left_runs_are_reversed_and_arabic_is_joined() -> None:
    assert visual("abc") == "abc"
    assert visual(f"ja {HEBREW} nee") == f"ja {HEBREW[::-1]} nee"
    shaped = shape_arabic("بالعالم")
    assert all("\ufe70" <= c <= "\ufeff" for c in shaped)  # every letter in a presentation form
    assert shaped[0] == "\ufe91"  # beh, initial: it joins the alef after it
    assert shape_arabic("لا") == "\ufefb"  # lam + alef: the ligature
    markup = TextPreparer().markup(ARABIC)
    assert markup.startswith('<font name="NotoSansArabic">')


def _pdftotext(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")


def test_odd_scripts_render_with_a_legend_on_their_page(repo: Repository, tmp_path: Path) -> None:
    built = build_contract(repo, signed=False, extra_answers=ODD)
    record = load_record(repo, built.contract_id)
    pdf = render_record(record, DocumentSettings(municipality_name="Gemeente Test"))
    codes = {r.codepoint for r in pdf.replaced_characters}
    assert codes == {"U+4F60", "U+597D", "U+1F984"}  # CJK and emoji; Hebrew and Arabic are drawn
    out = tmp_path / "schriften.pdf"
    out.write_bytes(pdf.data)
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansArabic" in fonts
    pages = _pdftotext(out)
    text = "\n".join(pages)
    # pdftotext reads right-to-left text back in typing order only when it was drawn in visual
    # order (drawn in typing order, it comes back mirrored). It adds embedding marks around it.
    plain = "".join(c for c in text if not "\u202a" <= c <= "\u202e")
    assert HEBREW in plain and HEBREW[::-1] not in plain
    assert shape_arabic(ARABIC) in plain
    assert "[U+1F984]" in text and "[U+4F60]" in text
    legend_pages = [p for p in pages if "staat voor een teken dat het lettertype niet kan weergeven" in p]
    marker_pages = [p for p in pages if "[U+1F984]" in p.split("staat voor een teken")[0]]
    assert legend_pages and len(legend_pages) == len(marker_pages)
    assert "U+1F984 UNICORN FACE" in legend_pages[0]
    assert "één" in text  # combining accents composed


def test_the_cli_warns_about_undrawable_characters_and_exits_0(tmp_path: Path, capsys) -> None:
    from koerskaart.storage.database import Database

    path = tmp_path / "k.sqlite"
    db = Database.open(path)
    try:
        built = build_contract(Repository(db), signed=False, extra_answers=ODD)
    finally:
        db.close()
    assert (
        main(["export-pdf", str(built.opgave_id), "--db", str(path), "--out", str(tmp_path / "x.pdf")]) == 0
    )
    err = capsys.readouterr().err
    assert "U+1F984 UNICORN FACE" in err and len(err.strip().splitlines()) == 1


def test_tabs_and_leading_indentation_are_kept() -> None:
    markup = TextPreparer().markup("    - eerste\n\tmet tab")
    first, second = markup.split("<br/>")
    assert first.startswith("\u00a0" * 4 + "- eerste")
    assert second.startswith("\u00a0" * 4 + "met tab")
