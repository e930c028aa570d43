"""One vocabulary: a confirmation state and a mood have one wording per language, the same in
the conversation window, the review, the comparison and the PDF (koerskaart.record.display)."""

from __future__ import annotations

import re
from io import BytesIO

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QLabel

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.demo.build import load_demo
from koerskaart.record.display import mood_text, value_label
from koerskaart.record.pdf.render import render_contract
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.versions import recontract
from koerskaart.storage.models import TimelineEvent
from tests.gui.conversation_support import default_question_set, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

CONFIRMATION = ("bevestigd", "deels", "niet")
# Other words once used for the same states, which must not come back anywhere.
RETIRED = re.compile(r"\b(deels |niet )?toegezegd\b", re.IGNORECASE)


@pytest.fixture
def europaplein(repo) -> tuple[int, int]:
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    return signed.id, recontract(repo, signed.id, "Opnieuw", default_question_set()).id


def screen_texts(window) -> str:
    window.show_step("capaciteit")
    QApplication.processEvents()
    page = window.stack.currentWidget()
    editor = window.editor("capacity")
    texts = [label.text() for label in page.findChildren(QLabel)]
    model = editor.model
    texts += [str(model.data(model.index(r, c)) or "") for r in range(model.rowCount()) for c in range(6)]
    texts.append(editor.gaps.accessibleDescription())
    return "\n".join(texts)


def test_confirmation_states_read_the_same_in_the_app_the_review_and_the_pdf(
    qtbot, repo, europaplein, ui_settings, popups
):
    signed, _new = europaplein
    from koerskaart.storage.models import TrafficLight
    from koerskaart.ui.editors.capacity_look import light_word

    window = open_window(qtbot, repo, signed, ui_settings)
    app_text = screen_texts(window)
    panel = window.editor("capacity").panel
    lights = {"bevestigd": TrafficLight.GREEN, "deels": TrafficLight.ORANGE, "niet": TrafficLight.RED}
    for code in CONFIRMATION:  # every place the window names a state takes the shared word
        assert panel.status_label(code) == value_label("confirmation", code, "nl")
        assert light_word(lights[code]) == value_label("confirmation", code, "nl")
    window.show_step("_overzicht")
    QApplication.processEvents()
    review_text = window.review.browser.toPlainText()
    window.close()
    rendered = render_contract(load_snapshot(repo, signed), default_question_set(), DocumentSettings())
    pdf_text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(rendered.data)).pages)
    for where, text in (("app", app_text), ("pdf", pdf_text), ("review", review_text)):
        assert not RETIRED.search(text), (where, RETIRED.search(text).group(0))
    # The demo's partly confirmed team is said with the same words on screen and on paper.
    word = value_label("confirmation", "deels", "nl")
    assert word in app_text and word in pdf_text


def test_moods_read_the_same_in_the_timeline_and_the_comparison(
    qtbot, repo, europaplein, ui_settings, popups
):
    from koerskaart.record.versions import compare

    signed, new = europaplein
    window = open_window(qtbot, repo, new, ui_settings)
    window.show_step("tijdlijn")
    model = window.editor("timeline").table.model
    column = model.column_of("mood")
    for row, event in enumerate(model.rows):
        assert model.data(model.index(row, column)) == mood_text(event.mood, "nl")
    window.close()
    event = repo.rows(new, TimelineEvent)[0]
    repo.save_row(event.model_copy(update={"mood": 2 if event.mood != 2 else 1}))
    changes = compare(load_snapshot(repo, signed), load_snapshot(repo, new), default_question_set())
    texts = repr(changes)
    assert mood_text(2 if event.mood != 2 else 1, "nl") in texts
    assert mood_text(2, "en") == "+2 high point"


def test_moods_read_the_same_on_paper(repo, europaplein) -> None:
    signed, _new = europaplein
    snapshot = load_snapshot(repo, signed)
    rendered = render_contract(snapshot, default_question_set(), DocumentSettings())
    pdf_text = " ".join(
        " ".join(page.extract_text().split()) for page in PdfReader(BytesIO(rendered.data)).pages
    )
    moods = {event.mood for event in snapshot.timeline}
    assert len(moods) >= 2
    for mood in moods:
        assert mood_text(mood, "nl") in pdf_text, mood
    assert not re.search(r"\((heel )?(hoog|laag)\)|\(neutraal\)", pdf_text)  # the old paper-only words
