"""The pure parts of many writers: which fields conflict, and the rescue file of unsaved answers."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from koerskaart.conversation.conflicts import field_conflicts
from koerskaart.exchange.export import export_opgave
from koerskaart.exchange.importer import import_opgave
from koerskaart.exchange.rescue import rescue_document
from koerskaart.storage.repository import Repository, StoredAnswer
from tests.unit import record_support

NOW = datetime(2026, 12, 4, 10, 2, tzinfo=UTC)


def _stored(key: str, value: object) -> StoredAnswer:
    return StoredAnswer(key, value, "", NOW, NOW)


def test_only_fields_that_really_differ_are_asked_about_in_form_order() -> None:
    qs = record_support.question_set()
    keys = [q.key for q in qs.questions() if q.type.value in ("long_text", "short_text", "single_choice")]
    first, second = keys[0], keys[1]
    stored = {first: _stored(first, "Hun <tekst> & ‘meer’"), second: _stored(second, "gelijk")}
    yours = {second: ("gelijk", ""), first: ("Mijn tekst ë", "BO")}
    conflicts = field_conflicts(qs, stored, yours, authors={first: "A. de Vries"})
    assert [(c.key, c.theirs_text, c.yours_text, c.role, c.theirs_by) for c in conflicts] == [
        (first, "Hun <tekst> & ‘meer’", "Mijn tekst ë", "BO", "A. de Vries")
    ]
    gone = field_conflicts(qs, {}, {first: ("nieuw", "")})
    assert gone[0].theirs is None and gone[0].theirs_text  # "not answered", in words


def test_a_rescue_file_holds_the_unsaved_answers_and_imports_as_a_new_opgave(repo: Repository) -> None:
    qs = record_support.question_set()
    contract_id = record_support.new_contract(repo, qs, "Gered 😀 & <co>")
    repo.save_answer(contract_id, "opgave_what", "Opgeslagen")
    opgave_id = repo.get_contract(contract_id).opgave_id
    document = export_opgave(repo, opgave_id)
    rescued = rescue_document(
        document, 1, {"opgave_what": ("Niet opgeslagen ë", "ON"), "meeting_form": ("online", "")}, NOW
    )
    assert document["contracts"][0]["answers"][0]["value"] == "Opgeslagen"  # the input is not changed
    new_id = import_opgave(repo, rescued)
    assert new_id != opgave_id
    copy = repo.latest_contract(new_id)
    answers = repo.answers(copy.id or 0)
    assert answers["opgave_what"].value == "Niet opgeslagen ë" and answers["opgave_what"].role == "ON"
    assert answers["meeting_form"].value == "online"
    with pytest.raises(ValueError):
        rescue_document(document, 7, {}, NOW)
