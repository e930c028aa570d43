"""Comparing two versions of an opgave after re-contracting, and reaching the record screens from the app."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from koerskaart.record.display import format_date
from koerskaart.record.versions import recontract
from koerskaart.storage.models import Activity, Partner
from koerskaart.storage.repository import Repository
from koerskaart.ui.record.compare_view import CompareView, marked_pair
from koerskaart.ui.record.pdf_preview import PdfPreview
from tests.gui.app_support import SIZE, screenshot
from tests.unit.record_support import ODD_TEXT, fill, new_contract, question_set, sign_all

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

NEW_TEXT = "Veilig & leefbaar <buurt> rond het Europaplein – met de bewoners, ë € ’"


@pytest.fixture
def two_versions(repo: Repository) -> tuple[int, int, int]:
    """Version 1 signed, version 2 re-contracted from it with a changed answer and table rows."""
    first = new_contract(repo, question_set())
    fill(repo, first)
    sign_all(repo, first, question_set())
    second = recontract(repo, first, "Nieuwe wethouder & ander budget", question_set())
    assert second.id is not None
    repo.save_answer(second.id, "opgave_what", NEW_TEXT)
    lighting = next(a for a in repo.rows(second.id, Activity) if a.name == "Verlichting")
    lighting.priority = "nu"
    repo.save_row(lighting)
    repo.save_row(Partner(contract_id=second.id, position=3, organisation="Buurtcentrum De Brug"))
    return repo.get_contract(first).opgave_id, first, second.id


def test_the_comparison_lists_changed_answers_and_rows(qtbot, repo: Repository, two_versions, popups) -> None:
    opgave_id, first, _second = two_versions
    view = CompareView(repo, opgave_id, question_set())
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    signed_on = format_date(repo.get_contract(first).locked_at.date())
    assert view.old_combo.currentText() == f"Versie 1 (getekend {signed_on})"
    assert view.new_combo.currentText().startswith("Versie 2 (open)")
    assert "Nieuwe wethouder & ander budget" in view.summary_label.text()

    by_key = {d.question_key: d for d in view.differences}
    assert by_key["opgave_what"].old_text == ODD_TEXT and by_key["opgave_what"].new_text == NEW_TEXT
    assert [row.label for row in by_key["partners"].rows] == ["Buurtcentrum De Brug"]
    shown = view.browser.toPlainText()
    assert "Wat moeten we doen?" in shown and "Partners" in shown and "Activiteiten" in shown
    assert "<buurt>" in shown and "rond het Europaplein" in shown  # user text escaped, not eaten
    assert "Rij toegevoegd" in shown and "Buurtcentrum De Brug" in shown
    assert "Verlichting" in shown
    screenshot(view, "record_compare")

    view.old_combo.setCurrentIndex(1)  # the same version on both sides
    assert view.differences == [] and "twee verschillende" in view.summary_label.text()


def test_changed_words_are_marked_on_both_sides() -> None:
    old, new = marked_pair("Samen met bewoners & politie", "Samen met politie & de <wijk>")
    assert "line-through" in old and "underline" in new
    assert "&amp;" in old and "&lt;wijk&gt;" in new
    assert old.startswith("Samen met ") and new.startswith("Samen met ")
    old, new = marked_pair("Deels bevestigd: 1 fte", "Nog niet bevestigd")
    assert new.count("<span") == 1  # neighbouring changed words are marked as one stretch
    same, _ = marked_pair("gelijk", "gelijk")
    assert same == "gelijk"


def test_the_start_window_offers_the_pdf_and_the_comparison(
    qtbot, main_window, repo: Repository, two_versions, popups
) -> None:
    opgave_id, _first, second = two_versions
    main_window.set_repository(repo)
    main_window.start.select_opgave(opgave_id)
    actions = main_window.record_actions
    qtbot.waitUntil(lambda: actions["compare"].isEnabled())
    actions["compare"].trigger()
    assert isinstance(main_window.record_compare, CompareView)
    assert main_window.record_compare.new_combo.currentData() == second

    actions["preview"].trigger()
    preview = main_window.record_preview
    assert isinstance(preview, PdfPreview) and preview.contract_id == second
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=10_000)
    preview.close()
    main_window.record_compare.close()

    single = repo.create_opgave("Eén versie")
    main_window.refresh()
    main_window.start.select_opgave(single.id)
    QApplication.processEvents()
    assert not actions["compare"].isEnabled() and not actions["preview"].isEnabled()


def test_the_conversation_window_has_the_contract_menu(
    qtbot, main_window, repo: Repository, two_versions
) -> None:
    opgave_id, _first, second = two_versions
    main_window.set_repository(repo)
    window = main_window.open_conversation(second, question_set())
    assert window is not None and "_ondertekenen" in window.step_keys()
    window.record_actions["signing"].trigger()
    assert window.current_step_key() == "_ondertekenen"
    window.signing_page.preview_button.click()
    preview = window.record_preview
    qtbot.waitUntil(lambda: preview.rendered is not None, timeout=10_000)
    assert preview.contract_id == second
    preview.close()


def test_a_talk_left_at_signing_reopens_there(qtbot, main_window, repo: Repository) -> None:
    contract_id = new_contract(repo, question_set())
    main_window.set_repository(repo)
    window = main_window.open_conversation(contract_id, question_set())
    window.show_step("_ondertekenen")
    qtbot.waitUntil(lambda: repo.get_contract(contract_id).current_step == "_ondertekenen")
    window.close()
    again = main_window.open_conversation(contract_id, question_set())
    assert again is not window and again.current_step_key() == "_ondertekenen"
