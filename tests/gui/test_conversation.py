"""The conversation window driven through its real widgets, checked against the database file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QLabel, QLineEdit, QPlainTextEdit, QRadioButton

from koerskaart.conversation.progress import StepState
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.ui.conversation.window import REVIEW_KEY
from koerskaart.ui.editors.plain import LongTextEditor, NumberEditor, ShortTextEditor
from koerskaart.ui.session import ContractSession
from tests.gui.conversation_support import (
    default_question_set,
    input_widget,
    new_contract,
    open_window,
    state_of,
    stored,
    type_into,
    wait_saved,
)
from tests.gui.editor_support import lock
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

DUTCH = "Geëvalueerd: de buurt’s wens kost € 12.500 – zó <snel> & goed 🙂"


@pytest.fixture
def contract_id(repo: Repository) -> int:
    return new_contract(repo, default_question_set())


@pytest.fixture
def window(qtbot, repo, contract_id, ui_settings, popups):
    win = open_window(qtbot, repo, contract_id, ui_settings)
    yield win
    win.close()


def test_a_question_added_to_the_definition_shows_with_the_right_editor(
    qtbot, tmp_path: Path, ui_settings, popups
):
    text = DEFAULT_QUESTION_SET.read_text(encoding="utf-8")
    # The file ends inside the last step, so these questions join it.
    text += (
        '\n[[steps.questions]]\nkey = "budget_extra"\ntype = "number"\nunit = "euro"\n'
        'label_nl = "Extra budget"\nlabel_en = "Extra budget"\nprompt_nl = "Is er geld bij gekomen?"\n'
        '\n[[steps.questions]]\nkey = "motto"\ntype = "short_text"\nrole = "BO"\n'
        'label_nl = "Ons motto"\nlabel_en = "Our motto"\n'
    )
    path = tmp_path / "gesprek.toml"
    path.write_text(text, encoding="utf-8")
    question_set = load_question_set(path)
    db = Database.open(tmp_path / "extra.sqlite")
    try:
        repo = Repository(db)
        contract_id = new_contract(repo, question_set)
        win = open_window(qtbot, repo, contract_id, ui_settings, question_set)
        last_step = question_set.steps[-1].key
        assert isinstance(win.editor("budget_extra"), NumberEditor)
        assert win.editor("budget_extra").spin.suffix() == " euro"
        assert isinstance(win.editor("motto"), ShortTextEditor)
        assert "motto" in win.pages[last_step].blocks
        assert win.blocks["motto"].badge.text() == "BO"
        assert win.blocks["motto"].badge.accessibleName() == "Wie antwoordt: Bestuurlijk opdrachtgever"
        type_into(win, "motto", "Samen één plein")
        wait_saved(qtbot, win)
        assert stored(repo, contract_id, "motto") == "Samen één plein"
        assert repo.answers(contract_id)["motto"].role == "BO"
        win.close()
    finally:
        db.close()


def test_dutch_text_in_every_plain_editor_is_stored(qtbot, window, repo, contract_id):
    type_into(window, "regie_overall", DUTCH)
    type_into(window, "opgave_what", "Eerste regel met ë\nTweede regel met ’ en €")
    wait_saved(qtbot, window)
    assert stored(repo, contract_id, "regie_overall") == DUTCH
    assert stored(repo, contract_id, "opgave_what") == "Eerste regel met ë\nTweede regel met ’ en €"

    # single choice by keyboard: focus the first option, Space chooses it
    window.focus_question("meeting_form")
    qtbot.keyClick(input_widget(window, "meeting_form"), Qt.Key.Key_Space)
    # multiple choice: Space on the first check box
    window.focus_question("opgave_domains")
    qtbot.keyClick(input_widget(window, "opgave_domains"), Qt.Key.Key_Space)
    # scale: the digit key chooses
    window.focus_question("complexity_overall")
    qtbot.keyClick(input_widget(window, "complexity_overall"), Qt.Key.Key_4)
    # number with unit: type the digits
    window.focus_question("duration_months")
    spin = input_widget(window, "duration_months")
    assert isinstance(spin, QAbstractSpinBox)
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, "18")
    # date: the first key on an empty date starts at today
    window.focus_question("first_evaluation_date")
    qtbot.keyClick(input_widget(window, "first_evaluation_date"), Qt.Key.Key_Up)
    wait_saved(qtbot, window)

    qs = default_question_set()
    assert stored(repo, contract_id, "meeting_form") == qs.question("meeting_form").choices[0].value
    assert stored(repo, contract_id, "opgave_domains") == [qs.question("opgave_domains").choices[0].value]
    assert stored(repo, contract_id, "complexity_overall") == 4
    assert stored(repo, contract_id, "duration_months") == 18
    value = stored(repo, contract_id, "first_evaluation_date")
    assert isinstance(value, str) and date.fromisoformat(value) >= date.today()


def test_clearing_answers_stores_empty_values(qtbot, window, repo, contract_id):
    window.focus_question("complexity_overall")
    qtbot.keyClick(input_widget(window, "complexity_overall"), Qt.Key.Key_3)
    window.editor("first_evaluation_date").edit.setDate(QDate(2027, 3, 1))
    wait_saved(qtbot, window)
    assert stored(repo, contract_id, "complexity_overall") == 3
    assert stored(repo, contract_id, "first_evaluation_date") == "2027-03-01"
    qtbot.keyClick(input_widget(window, "complexity_overall"), Qt.Key.Key_Delete)
    qtbot.mouseClick(window.editor("first_evaluation_date").clear_button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert stored(repo, contract_id, "complexity_overall") is None
    assert stored(repo, contract_id, "first_evaluation_date") is None


def test_jumping_back_and_forth_never_loses_input(qtbot, window, repo, contract_id):
    type_into(window, "story_dream", "Een plein waar iedereen zich thuis voelt – ook ’s avonds")
    # jump far ahead immediately, before the debounce: the step change saves
    window.step_view.setFocus()
    window.step_view.setCurrentIndex(window.step_model.index(window.step_model.row_of("capaciteit")))
    qtbot.keyClick(window.step_view, Qt.Key.Key_Return)
    assert window.current_step_key() == "capaciteit"
    assert (
        stored(repo, contract_id, "story_dream") == "Een plein waar iedereen zich thuis voelt – ook ’s avonds"
    )
    type_into(window, "capacity_skills", "Wijkregisseur met ervaring")
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_step_key() == "verhaal"
    editor = window.editor("story_dream")
    assert isinstance(editor, LongTextEditor)
    assert editor.value() == "Een plein waar iedereen zich thuis voelt – ook ’s avonds"
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.current_step_key() == "tijdlijn"
    qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_step_key() == "verhaal"
    assert window.editor("capacity_skills").value() == "Wijkregisseur met ervaring"
    assert stored(repo, contract_id, "capacity_skills") == "Wijkregisseur met ervaring"


def test_visibility_conditions_apply_while_answering(qtbot, window):
    place, link = window.blocks["meeting_place"], window.blocks["meeting_link"]
    assert place.isHidden() and link.isHidden()
    buttons = {b.text(): b for b in window.editor("meeting_form").findChildren(QRadioButton)}
    qtbot.mouseClick(buttons["Op locatie"], Qt.MouseButton.LeftButton)
    assert place.isVisible() and link.isHidden()
    qtbot.mouseClick(buttons["Online"], Qt.MouseButton.LeftButton)
    assert place.isHidden() and link.isVisible()
    window.focus_question("risk_political")
    approach = window.blocks["risk_political_approach"]
    qtbot.keyClick(input_widget(window, "risk_political"), Qt.Key.Key_2)
    assert approach.isHidden()
    qtbot.keyClick(input_widget(window, "risk_political"), Qt.Key.Key_5)
    assert approach.isVisible()


def test_step_states_and_gap_markers_follow_the_answers(qtbot, window):
    assert state_of(window, "opgave") == StepState.EMPTY
    assert not window.blocks["opgave_why_now"].marker.isVisibleTo(window)
    type_into(window, "opgave_what", "Het Europaplein wordt weer een plein van en voor de buurt")
    qtbot.waitUntil(lambda: state_of(window, "opgave") == StepState.HARD_MISSING, timeout=3000)
    marker = window.blocks["opgave_why_now"].marker
    assert marker.isVisibleTo(window) and "tekenen" in marker.text()
    type_into(window, "opgave_why_now", "Coalitieakkoord 2026")
    qtbot.waitUntil(lambda: state_of(window, "opgave") == StepState.SOFT_MISSING, timeout=3000)
    assert not marker.isVisibleTo(window)
    assert window.blocks["opgave_source"].marker.isVisibleTo(window)
    index = window.step_model.index(window.step_model.row_of("opgave"))
    assert "Aanbevolen vraag open" in index.data()  # text, not colour alone
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None


def test_review_lists_every_gap_as_a_link_that_jumps_to_the_question(qtbot, window, repo, contract_id):
    type_into(window, "opgave_what", "Veilig & levendig <plein>")
    window.show_step(REVIEW_KEY)
    review = window.review
    keys = review.gap_keys()
    assert keys[0] == "participants"  # hard gaps first, in the order of the conversation
    assert "opgave_what" not in keys  # answered, so no longer a gap
    assert "opgave_why_now" in keys and "story_dream" in keys
    assert "facilitator_preparation" not in keys
    assert "Veilig &amp; levendig &lt;plein&gt;" in review.browser.toHtml()
    # keyboard: Tab to the first link inside the overview, Enter follows it
    review.browser.setFocus()
    qtbot.keyClick(review.browser, Qt.Key.Key_Tab)
    qtbot.keyClick(review.browser, Qt.Key.Key_Return)
    assert window.current_step_key() == "aan_tafel"
    # the second link (the first hard gap after participants) lands in the editor
    window.show_step(REVIEW_KEY)
    with qtbot.waitSignal(window.questionFocused, check_params_cb=lambda key: key == "opgave_why_now"):
        review.jumpRequested.emit("opgave_why_now")
    assert window.current_step_key() == "opgave"
    assert input_widget(window, "opgave_why_now").hasFocus()


def test_a_change_made_elsewhere_is_reported_and_never_overwritten(qtbot, window, db_path, contract_id):
    type_into(window, "regie_overall", "Gemeente")
    wait_saved(qtbot, window)
    other_db = Database.open(db_path)
    try:
        other = ContractSession(
            Repository(other_db, actor="ander venster"), contract_id, default_question_set()
        )
        assert other.save_answer("regie_overall", "Woningcorporatie Ymere", "AO")
        type_into(window, "regie_overall", " en politie")
        qtbot.waitUntil(lambda: window.save_banner.isVisible(), timeout=3000)
        assert "gewijzigd in een ander venster" in window.save_banner.text()
        assert "gewijzigd in een ander venster" in window.save_label.text()
        assert other.repo.answers(contract_id)["regie_overall"].value == "Woningcorporatie Ymere"
        # more typing still never overwrites
        type_text(input_widget(window, "regie_overall"), "!")
        qtbot.wait(700)  # longer than the autosave delay: nothing may be written
        assert other.repo.answers(contract_id)["regie_overall"].value == "Woningcorporatie Ymere"
        # the offered reload shows the other window's answer
        qtbot.mouseClick(window.save_banner.button, Qt.MouseButton.LeftButton)
        assert window.editor("regie_overall").value() == "Woningcorporatie Ymere"
        assert window.blocks["regie_overall"].badge.text() == "AO"
        assert not window.save_banner.isVisible()
        type_into(window, "regie_overall", " (regie)")
        wait_saved(qtbot, window)
        assert other.repo.answers(contract_id)["regie_overall"].value == "Woningcorporatie Ymere (regie)"
    finally:
        other_db.close()


def test_closing_with_unsaved_input_asks_first(qtbot, window, db_path, contract_id, popups):
    other_db = Database.open(db_path)
    try:
        ContractSession(Repository(other_db), contract_id, default_question_set()).save_answer("mandate", "x")
        type_into(window, "regie_overall", "Gemeente")
        qtbot.waitUntil(lambda: window.save_banner.isVisible(), timeout=3000)
        popups.reply(1)  # "Terug naar het gesprek"
        window.close()
        assert window.isVisible()
        assert popups.messages[-1].title == "Niet alles is opgeslagen"
    finally:
        other_db.close()


def test_the_answering_role_can_be_changed_per_answer(qtbot, window, repo, contract_id):
    type_into(window, "mandate", "Binnen het budget vrij")
    block = window.blocks["mandate"]
    block.role_box.setCurrentIndex(block.role_box.findData("BO"))
    wait_saved(qtbot, window)
    assert repo.answers(contract_id)["mandate"].role == "BO"
    assert block.badge.text() == "BO"


def test_the_conversation_reopens_at_the_step_where_it_was_left(
    qtbot, repo, contract_id, ui_settings, popups
):
    first = open_window(qtbot, repo, contract_id, ui_settings)
    first.show_step("partners_regie")
    type_into(first, "partner_binding", "Ieder blijft in dienst van de eigen organisatie")
    first.close()
    second = open_window(qtbot, repo, contract_id, ui_settings)
    assert second.current_step_key() == "partners_regie"
    assert second.editor("partner_binding").value() == "Ieder blijft in dienst van de eigen organisatie"
    second.close()


def test_a_signed_contract_opens_read_only(qtbot, repo, contract_id, ui_settings, popups):
    repo.save_answer(contract_id, "opgave_what", "Vastgelegd")
    lock(repo, ContractSession(repo, contract_id, default_question_set()))
    win = open_window(qtbot, repo, contract_id, ui_settings)
    assert win.lock_banner.isVisible() and "ondertekend" in win.lock_banner.text()
    for key, editor in ((k, win.editor(k)) for k in ("opgave_what", "regie_overall")):
        field = input_widget(win, key)
        assert isinstance(field, QLineEdit | QPlainTextEdit) and field.isReadOnly(), key
        assert editor is not None
    boxes = win.editor("opgave_domains").findChildren(QCheckBox)
    before = [b.isChecked() for b in boxes]
    qtbot.mouseClick(boxes[0], Qt.MouseButton.LeftButton)
    assert [b.isChecked() for b in boxes] == before
    assert all(b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in boxes)
    win.focus_question("opgave_what")
    type_text(input_widget(win, "opgave_what"), " gewijzigd")
    assert win.save_now()
    assert stored(repo, contract_id, "opgave_what") == "Vastgelegd"
    assert not win.save_banner.isVisible()
    win.close()


def test_facilitator_only_questions_never_show_in_the_shared_window(window):
    private = [q for q in default_question_set().questions() if q.facilitator_only]
    assert private
    texts = " ".join(label.text() for label in window.findChildren(QLabel))
    for question in private:
        assert question.key not in window.blocks
        assert question.label_nl not in texts


def test_step_and_focus_signals_for_the_facilitator_window(qtbot, window):
    with qtbot.waitSignal(window.stepChanged) as changed:
        window.next_step()
    assert changed.args == [window.step_keys()[1]]
    with qtbot.waitSignal(window.questionFocused) as focused:
        window.focus_question("story_success")
    assert focused.args == ["story_success"]
    with qtbot.waitSignal(window.closed):
        window.close()


def test_extra_pages_follow_the_review(qtbot, window):
    page = QLabel("Ondertekenen")
    window.add_extra_page("ondertekenen", "Ondertekenen", page)
    assert window.step_keys()[-2:] == [REVIEW_KEY, "ondertekenen"]
    window.show_step(REVIEW_KEY)
    window.next_step()
    assert window.current_step_key() == "ondertekenen"
    assert window.stack.currentWidget() is page
    with pytest.raises(ValueError):
        window.add_extra_page("ondertekenen", "Nog eens", QLabel())


def test_typing_without_pause_is_still_saved_within_half_a_second(qtbot, window, repo, contract_id):
    saves = []
    window.session.saved.connect(lambda moment: saves.append(stored(repo, contract_id, "mandate")))
    window.focus_question("mandate")
    field = input_widget(window, "mandate")
    text = "Ruimte binnen het budget, ë’€"
    for char in text:
        type_text(field, char)
        qtbot.wait(60)  # a steady typing pace, never a pause as long as the debounce
    # Typing took ~1.7 s without a pause: saves happened along the way, not only at the end.
    assert len(saves) >= 2
    assert all(text.startswith(value) for value in saves)
    wait_saved(qtbot, window)
    assert stored(repo, contract_id, "mandate") == text


def test_an_english_conversation_shows_english_questions_and_choices(
    qtbot, repo, contract_id, ui_settings, popups
):
    ui_settings.language = "en"
    win = open_window(qtbot, repo, contract_id, ui_settings)
    question = default_question_set().question("meeting_form")
    assert win.blocks["meeting_form"].label.text() == question.label_en
    texts = [b.text() for b in win.editor("meeting_form").findChildren(QRadioButton)]
    assert texts == [c.label_en for c in question.choices]
    assert (
        input_widget(win, "regie_overall").accessibleName()
        == default_question_set().question("regie_overall").label_en
    )
    assert win.step_model.index(0).data().startswith("1. " + default_question_set().steps[0].title_en)
    win.close()


def test_a_failed_save_is_shown_and_can_be_retried(qtbot, window, repo, contract_id, monkeypatch):
    from koerskaart.errors import DatabaseBusy

    real_save = repo.save_answer

    def busy(*args, **kwargs):
        raise DatabaseBusy("De database is bezet door een ander programma. Probeer het zo opnieuw.")

    monkeypatch.setattr(repo, "save_answer", busy)
    type_into(window, "escalation", "Naar de wethouder")
    qtbot.waitUntil(lambda: window.save_banner.isVisible(), timeout=3000)
    assert window.save_label.text() == "Opslaan mislukt"
    assert "bezet" in window.save_banner.text()
    assert window.editor("escalation").value() == "Naar de wethouder"  # the input stays on screen
    monkeypatch.setattr(repo, "save_answer", real_save)
    qtbot.mouseClick(window.save_banner.button, Qt.MouseButton.LeftButton)
    wait_saved(qtbot, window)
    assert not window.save_banner.isVisible()
    assert stored(repo, contract_id, "escalation") == "Naar de wethouder"


def test_help_and_intro_texts_show_exactly_as_written(qtbot, tmp_path: Path, ui_settings, popups):
    text = DEFAULT_QUESTION_SET.read_text(encoding="utf-8")
    text += (
        '\n[[steps.questions]]\nkey = "r_en_d"\ntype = "short_text"\n'
        'label_nl = "R&D"\nlabel_en = "R&D"\nhelp_nl = "Onderzoek & ontwikkeling: \'t plein <b>nu</b>"\n'
    )
    path = tmp_path / "gesprek.toml"
    path.write_text(text, encoding="utf-8")
    question_set = load_question_set(path)
    db = Database.open(tmp_path / "hulp.sqlite")
    try:
        repo = Repository(db)
        win = open_window(qtbot, repo, new_contract(repo, question_set), ui_settings, question_set)
        block = win.blocks["r_en_d"]
        assert block.label.text() == "R&amp;D" and block.label.textFormat() == Qt.TextFormat.RichText
        assert block.help.text() == "Onderzoek & ontwikkeling: 't plein <b>nu</b>"
        assert block.help.textFormat() == Qt.TextFormat.PlainText
        win.close()
    finally:
        db.close()


def test_the_step_counter_counts_pages_added_later(window, qtbot):
    first = window.step_keys()[0]
    window.show_step(first)
    total = len(window.step_model.keys())
    assert window.position_label.text() == f"Stap 1 van {total}"
    window.add_extra_page("_extra", "Extra", QLabel("extra"))
    assert window.position_label.text() == f"Stap 1 van {total + 1}"
    assert window.next_button.isEnabled()
