"""The demo portfolio in print: the signed Europaplein contract holds every shared answer verbatim
and nothing private, and every demo opgave renders."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from koerskaart.commands.export_pdf import question_set_of
from koerskaart.conversation.progress import question_progress
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.demo import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.record.display import display_text
from koerskaart.record.fingerprint import short_fingerprint
from koerskaart.record.pdf import DocumentSettings, render_contract
from koerskaart.storage.database import Database
from koerskaart.storage.models import NoteKind
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import body_text, collapse, page_texts


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Repository, int]]:
    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    repo = Repository(db, actor="test")
    summary = load_demo(repo, load_question_set(DEFAULT_QUESTION_SET))
    assert summary.europaplein_id is not None
    yield repo, summary.europaplein_id
    db.close()


def test_europaplein_holds_every_shared_answer_and_no_private_text(demo: tuple[Repository, int]) -> None:
    repo, opgave_id = demo
    contract = repo.latest_contract(opgave_id)
    assert contract is not None and contract.locked_at is not None
    snapshot = load_snapshot(repo, contract.id)
    question_set = question_set_of(contract)
    pdf = render_contract(snapshot, question_set, DocumentSettings.from_repository(repo))
    body = body_text(pdf.data)
    progress = question_progress(question_set, snapshot)

    checked = 0
    for question in question_set.questions():
        if question.is_structured:
            continue
        shown = display_text(question, snapshot.value(question.key))
        if not shown.strip():
            continue
        if question.facilitator_only or not progress[question.key].visible:
            assert collapse(shown) not in body, question.key
        else:
            assert collapse(shown) in body, question.key
            checked += 1
    assert checked >= 20

    for activity in snapshot.activities:
        assert collapse(activity.name) in body
    for partner in snapshot.partners:
        assert collapse(partner.organisation) in body
    for event in snapshot.timeline:
        assert collapse(event.title) in body
    for kind in (NoteKind.PRIVATE_NOTE, NoteKind.PARKING_LOT):
        for note in repo.notes(contract.id, kind):
            assert collapse(note.text) not in body

    texts = page_texts(pdf.data)
    for number, text in enumerate(texts, start=1):
        assert f"Pagina {number} van {len(texts)}" in text
        assert short_fingerprint(contract.fingerprint) in text
    assert pdf.replaced_characters == []


def test_every_demo_opgave_renders(demo: tuple[Repository, int]) -> None:
    repo, _ = demo
    settings = DocumentSettings.from_repository(repo)
    rendered = 0
    for item in repo.list_opgaven():
        if item.latest_contract_id is None:
            continue
        contract = repo.get_contract(item.latest_contract_id)
        pdf = render_contract(load_snapshot(repo, contract.id), question_set_of(contract), settings)
        assert pdf.pages >= 3
        assert pdf.data.startswith(b"%PDF-")
        rendered += 1
    assert rendered == 19
