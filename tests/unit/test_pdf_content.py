"""The contracteringsformat parsed back: every answer verbatim, nothing private, pages and metadata right."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest
from pypdf import PdfReader

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import QuestionSet
from koerskaart.record.fingerprint import short_fingerprint
from koerskaart.record.pdf import DocumentSettings, RenderedPdf, render_contract
from koerskaart.record.signing import sign
from koerskaart.storage.database import Database
from koerskaart.storage.limits import MAX_TEXT
from koerskaart.storage.models import Activity
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import (
    FACILITATOR_SECRET,
    LONG_ANSWER,
    LONG_URL,
    ODD_ANSWERS,
    TITLE,
    body_text,
    build_contract,
    collapse,
    page_texts,
    snapshot_of,
)

SETTINGS = DocumentSettings(municipality_name="Gemeente Heemskerk & Omstreken")
HIDDEN_LINK = "VERBORGEN-link-want-op-locatie"


@dataclass(frozen=True)
class Case:
    snapshot: ContractSnapshot
    question_set: QuestionSet
    pdf: RenderedPdf


@pytest.fixture(scope="module")
def module_repo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Repository]:
    db = Database.open(tmp_path_factory.mktemp("pdf") / "k.sqlite")
    yield Repository(db, actor="test")
    db.close()


def _case(repo: Repository, *, signed: bool) -> Case:
    built = build_contract(repo, signed=signed, extra_answers={"meeting_link": HIDDEN_LINK})
    snapshot = snapshot_of(repo, built)
    return Case(snapshot, built.question_set, render_contract(snapshot, built.question_set, SETTINGS))


@pytest.fixture(scope="module")
def signed(module_repo: Repository) -> Case:
    return _case(module_repo, signed=True)


@pytest.fixture(scope="module")
def concept(module_repo: Repository) -> Case:
    return _case(module_repo, signed=False)


@pytest.mark.parametrize("key", sorted(ODD_ANSWERS))
def test_every_answer_is_in_the_pdf_verbatim(signed: Case, key: str) -> None:
    body = body_text(signed.pdf.data)
    expected = collapse(ODD_ANSWERS[key])
    if key == "story_success":  # the 300-character URL wraps inside itself: compare without spaces
        assert LONG_URL in body.replace(" ", "")
        expected = "Als iedereen de pagina"
    assert expected in body


def test_the_long_answer_spans_pages_complete_and_in_order(signed: Case) -> None:
    body = body_text(signed.pdf.data)
    assert collapse(LONG_ANSWER) in body
    last = LONG_ANSWER.split()[-1]
    pages_with_it = [t for t in page_texts(signed.pdf.data) if last in t or "buurt10 " in t]
    assert len(pages_with_it) >= 2


def test_the_long_url_is_one_unbroken_string_in_the_content(signed: Case) -> None:
    # Wrapping may put it on several lines, but no character is added or lost.
    text = "".join(page_texts(signed.pdf.data))
    assert LONG_URL in "".join(text.split())
    assert "\u200b" not in text


def test_facilitator_only_questions_and_hidden_questions_never_appear(signed: Case, concept: Case) -> None:
    for case in (signed, concept):
        text = " ".join(page_texts(case.pdf.data))
        assert FACILITATOR_SECRET not in text
        assert "Notitie van de facilitator" not in text
        assert HIDDEN_LINK not in text  # meeting_link is hidden: the meeting was on location


def test_an_unanswered_visible_question_says_so_and_is_an_open_question(module_repo: Repository) -> None:
    built = build_contract(module_repo, signed=False, title="Lege opgave")
    module_repo.save_answer(built.contract_id, "mandate", None)
    module_repo.save_answer(built.contract_id, "opgave_what", "")
    snapshot = snapshot_of(module_repo, built)
    body = body_text(render_contract(snapshot, built.question_set, SETTINGS).data)
    label = built.question_set.question("mandate").label()
    assert f"{label} Niet beantwoord" in body
    # The open points count per step and point back to it, without listing the questions again.
    open_part = body.split("Openstaande vragen")[1]
    what = built.question_set.question("opgave_what").label()
    assert "De opgave: 1 verplicht" in open_part
    assert "Sturing en verantwoording: " in open_part and "gewenst" in open_part
    assert what not in open_part and label not in open_part


def test_every_page_says_pagina_x_van_n_and_carries_the_footer(signed: Case) -> None:
    pages = page_texts(signed.pdf.data)
    assert len(pages) == signed.pdf.pages > 3
    fingerprint = short_fingerprint(signed.snapshot.contract.fingerprint)
    for number, text in enumerate(pages, start=1):
        assert f"Pagina {number} van {len(pages)}" in text
        assert f"Vingerafdruk {fingerprint}" in text
        assert TITLE in text
        assert "versie 1 · vragenlijst " + signed.question_set.version in text
        assert "CONCEPT" not in text


def test_a_concept_has_the_watermark_and_no_fingerprint_on_every_page(concept: Case) -> None:
    for text in page_texts(concept.pdf.data):
        assert "CONCEPT" in text
        assert "Concept – nog geen vingerafdruk" in text
        assert "Vingerafdruk (SHA-256)" not in text


def test_signature_page_of_a_signed_version_has_names_and_the_full_fingerprint(signed: Case) -> None:
    last = collapse(page_texts(signed.pdf.data)[-1])
    fingerprint = signed.snapshot.contract.fingerprint
    assert "Ondertekening" in last
    for name in ("Wethouder A. de Vries-Öztürk", "M. Jansen", "S. el Amrani"):
        assert name in last
    assert "27 november 2026" in last and "Heemskerk" in last
    half = len(fingerprint) // 2
    assert fingerprint[:half] in last and fingerprint[half:] in last


def test_signature_page_carries_a_qr_code_image(signed: Case, concept: Case) -> None:
    # The QR code is vector graphics: many filled rectangles on the last page only when signed.
    def rectangles(case: Case) -> int:
        page = PdfReader(io.BytesIO(case.pdf.data)).pages[-1]
        return page.get_contents().get_data().count(b" re ")

    assert rectangles(signed) > rectangles(concept) + 100


def test_tables_and_triangle_show_their_rows(signed: Case) -> None:
    body = body_text(signed.pdf.data)
    for text in (
        "Buurtpreventie-app <beta>",
        "Politie Noord-Holland",
        "Ja, voor: veiligheid op straat",
        "Handhaving",
        "Deels bevestigd",
        "Totaal in fte per jaar 2,5 fte 1,5 fte 1 fte",
        "Buurtschouw",
        "Gevoelsgrafiek",
        "Sturingsdriehoek",
        "BESTUURLIJK OPDRACHTGEVER",
        "Teamleider Handhaving",
    ):
        assert text in body, text


def test_the_timeline_is_chronological(signed: Case) -> None:
    body = body_text(signed.pdf.data)
    positions = [body.index(t) for t in ("Buurtschouw", "Incidenten", "Dit gesprek", "Plein open")]
    assert positions == sorted(positions)


def test_metadata_and_language(signed: Case) -> None:
    reader = PdfReader(io.BytesIO(signed.pdf.data))
    meta = reader.metadata
    assert meta.title == f"Contracteringsformat – {TITLE} – versie 1"
    # A signed record names the municipality as recorded at the lock (no name was set then).
    assert meta.author == (signed.snapshot.contract.municipality_name or "Koerskaart")
    assert TITLE in meta.subject
    assert "contracteringsformat" in meta["/Keywords"]
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_emoji_are_replaced_visibly_and_reported(module_repo: Repository) -> None:
    built = build_contract(
        module_repo, signed=False, title="Opgave met 🦄", extra_answers={"mandate": "Top 😀!"}
    )
    snapshot = snapshot_of(module_repo, built)
    pdf = render_contract(snapshot, built.question_set, SETTINGS)
    assert [r.codepoint for r in pdf.replaced_characters] == ["U+1F600", "U+1F984"]
    text = " ".join(page_texts(pdf.data))
    assert "Top [U+1F600]!" in text
    assert "Opgave met [U+1F984]" in text  # the footer too


def test_a_broken_logo_is_left_out_with_a_warning(signed: Case) -> None:
    pdf = render_contract(signed.snapshot, signed.question_set, DocumentSettings(logo=b"geen plaatje"))
    assert pdf.pages == signed.pdf.pages
    assert any("logo" in w for w in pdf.warnings)


def test_a_table_cell_longer_than_a_page_splits_instead_of_failing(module_repo: Repository) -> None:
    built = build_contract(module_repo, signed=False, title="Reuzencel")
    # The longest reason allowed (storage/limits.py): over 100 lines in a narrow column.
    reason = " ".join(f"reden{i}" for i in range(300))[:MAX_TEXT].rsplit(" ", 1)[0]
    module_repo.save_row(Activity(contract_id=built.contract_id, name="Lange reden", reason=reason))
    pdf = render_contract(snapshot_of(module_repo, built), built.question_set, SETTINGS)
    # Each page repeats the header row, so compare the words of the reason, in order.
    words = [w for w in body_text(pdf.data).split() if re.fullmatch(r"reden\d+", w)]
    assert words == reason.split()


def test_the_logo_is_on_the_cover(signed: Case) -> None:
    from PIL import Image as PilImage

    buffer = io.BytesIO()
    PilImage.new("RGB", (300, 120), (31, 58, 95)).save(buffer, format="PNG")
    pdf = render_contract(
        signed.snapshot,
        signed.question_set,
        DocumentSettings(municipality_name="Gemeente X", logo=buffer.getvalue()),
    )
    pages = PdfReader(io.BytesIO(pdf.data)).pages
    assert list(pages[0].images), "no image on the cover"
    assert not list(pages[1].images)
    assert pdf.warnings == []


def test_a_long_table_continues_on_the_next_page_with_its_header(module_repo: Repository) -> None:
    built = build_contract(module_repo, signed=False, title="Veel activiteiten")
    for number in range(70):
        module_repo.save_row(
            Activity(
                contract_id=built.contract_id, name=f"Activiteit {number}", reason=f"Reden nummer {number}."
            )
        )
    pdf = render_contract(snapshot_of(module_repo, built), built.question_set, SETTINGS)
    with_rows = [collapse(t) for t in page_texts(pdf.data) if "Reden nummer" in collapse(t)]
    assert len(with_rows) >= 2
    assert all("Waarom deze aanpak" in t for t in with_rows)
    numbers = [int(n) for n in re.findall(r"Reden nummer (\d+)", " ".join(with_rows))]
    assert numbers == list(range(70))


def test_a_partly_signed_version_shows_who_signed_and_stays_a_concept(module_repo: Repository) -> None:
    built = build_contract(module_repo, signed=False, title="Half getekend")
    sign(
        module_repo,
        built.contract_id,
        built.question_set,
        role="ambtelijk_opdrachtgever",
        name="M. Jansen",
        function="Domeinmanager Fysiek",
        signed_on=date(2026, 11, 26),
        place="Beverwijk",
    )
    pdf = render_contract(snapshot_of(module_repo, built), built.question_set, SETTINGS)
    last = collapse(page_texts(pdf.data)[-1])
    assert "CONCEPT" in last and "Concept – nog geen vingerafdruk" in last
    assert "26 november 2026" in last and "Beverwijk" in last
    assert last.count("Handtekening") == 2  # two pads still empty, for ink
