"""The start window: the list of opgaven, search, sort, new / open / remove, and the empty first screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from koerskaart.storage.repository import Repository
from koerskaart.ui.opgave_table_model import Column, OpgaveTableModel
from tests.gui.app_support import fill, question_set, screenshot
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def shown_column(window, column: Column) -> list[str]:
    proxy = window.start.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def opened(window, repo: Repository, db_path) -> None:
    window.open_database(db_path)
    assert window.repo is not None


def test_lists_opgaven_with_status_version_and_opdrachtnemer(main_window, repo, db_path):
    fill(repo)
    opened(main_window, repo, db_path)
    assert main_window.ui.pages.currentWidget() is main_window.start
    rows = {
        main_window.start.proxy.index(r, Column.TITLE).data(): [
            main_window.start.proxy.index(r, c).data() for c in Column
        ]
        for r in range(main_window.start.proxy.rowCount())
    }
    assert set(rows) == {
        "Veilige en leefbare buurt Europaplein",
        "Energietransitie in de wijk",
        "Zoëlaan: ontmoeten & bewegen",
        "Armoede <en> schulden",
    }
    europa = rows["Veilige en leefbare buurt Europaplein"]
    assert europa[Column.STATUS] == "in gesprek"
    assert europa[Column.VERSION] == "1"
    assert europa[Column.TASK_LEADER] == "Anouk Bakker"
    assert rows["Energietransitie in de wijk"][Column.STATUS] == "getekend"
    assert rows["Armoede <en> schulden"][Column.VERSION] == "–"
    assert rows["Armoede <en> schulden"][Column.STATUS] == "concept"
    assert main_window.start.ui.countLabel.text() == "4 opgaven"
    screenshot(main_window, "start_window_filled")
    main_window.presentation.set_presentation(True)
    screenshot(main_window, "start_window_filled_presentation")


def test_model_passes_the_model_tester(qtmodeltester, repo):
    fill(repo)
    model = OpgaveTableModel()
    model.set_rows(repo.list_opgaven())
    qtmodeltester.check(model, force_py=True)


def test_search_ignores_case_and_accents_and_finds_the_opdrachtnemer(qtbot, main_window, repo, db_path):
    fill(repo)
    opened(main_window, repo, db_path)
    search = main_window.start.ui.searchEdit
    main_window.ui.actionSearch.trigger()
    qtbot.keyClicks(search, "EUROPA")
    assert shown_column(main_window, Column.TITLE) == ["Veilige en leefbare buurt Europaplein"]
    search.clear()
    qtbot.keyClicks(search, "bakker")
    assert shown_column(main_window, Column.TITLE) == ["Veilige en leefbare buurt Europaplein"]
    search.clear()
    qtbot.keyClicks(search, "zoelaan")
    assert shown_column(main_window, Column.TITLE) == ["Zoëlaan: ontmoeten & bewegen"]
    search.clear()
    type_text(search, "zoë bewegen")
    assert shown_column(main_window, Column.TITLE) == ["Zoëlaan: ontmoeten & bewegen"]
    search.clear()
    qtbot.keyClicks(search, "<en>")
    assert shown_column(main_window, Column.TITLE) == ["Armoede <en> schulden"]
    search.clear()
    qtbot.keyClicks(search, "niets dat past")
    assert shown_column(main_window, Column.TITLE) == []
    assert main_window.start.ui.emptyFilterLabel.isVisible()
    assert main_window.start.ui.countLabel.text() == "0 van 4"
    assert not main_window.ui.actionOpen.isEnabled()
    search.clear()
    assert len(shown_column(main_window, Column.TITLE)) == 4
    assert not main_window.start.ui.emptyFilterLabel.isVisible()


def test_clicking_headers_sorts(qtbot, main_window, repo, db_path):
    fill(repo)
    opened(main_window, repo, db_path)
    header = main_window.start.ui.tableView.horizontalHeader()

    def click(column: Column) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))

    click(Column.TITLE)
    titles = shown_column(main_window, Column.TITLE)
    assert titles == [
        "Armoede <en> schulden",
        "Energietransitie in de wijk",
        "Veilige en leefbare buurt Europaplein",
        "Zoëlaan: ontmoeten & bewegen",
    ]
    click(Column.TITLE)
    assert shown_column(main_window, Column.TITLE) == list(reversed(titles))
    click(Column.STATUS)
    statuses = shown_column(main_window, Column.STATUS)
    # The order of the process, not the alphabet: concept before in gesprek before getekend.
    assert statuses == ["concept", "concept", "in gesprek", "getekend"]


def test_new_conversation_creates_the_opgave_and_version_1(qtbot, main_window, repo, db_path, popups):
    fill(repo)
    opened(main_window, repo, db_path)
    main_window.ui.actionNewConversation.trigger()
    dialog = main_window.dialog
    assert dialog is not None and dialog.isVisible()
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no title yet
    type_text(dialog.ui.titleEdit, "Groen & klimaatbestendig: Zoë’s plein")
    assert ok.isEnabled()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    created = [s for s in repo.list_opgaven() if s.title == "Groen & klimaatbestendig: Zoë’s plein"]
    assert len(created) == 1 and created[0].latest_version == 1
    assert main_window.start.current_opgave_id() == created[0].id
    assert main_window.start.model.rowCount() == 5
    if not main_window.conversations:  # the conversation window is not part of this build
        assert popups.texts(), "the user must be told why no conversation opened"


def test_recontract_needs_a_reason_and_only_offers_signed_versions(qtbot, main_window, repo, db_path):
    fill(repo)
    opened(main_window, repo, db_path)
    main_window.ui.actionNewConversation.trigger()
    dialog = main_window.dialog
    assert [dialog.ui.opgaveCombo.itemText(i) for i in range(dialog.ui.opgaveCombo.count())] == [
        "Energietransitie in de wijk (nu versie 1)"
    ]
    dialog.set_recontract(True)
    screenshot(dialog, "new_conversation_dialog")
    ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    assert "waarom" in dialog.ui.problemLabel.text()
    qtbot.keyClicks(dialog.ui.reasonEdit, "De capaciteit is veranderd")
    assert ok.isEnabled()
    request = dialog.request()
    assert request.recontract is not None and request.recontract.title == "Energietransitie in de wijk"
    assert request.reason == "De capaciteit is veranderd"
    dialog.reject()


def test_enter_opens_the_latest_contract_creating_version_1(qtbot, main_window, repo, db_path, popups):
    ids = fill(repo)
    opened(main_window, repo, db_path)
    opgave_id = ids["Armoede <en> schulden"]
    assert repo.latest_contract(opgave_id) is None
    assert main_window.start.select_opgave(opgave_id)
    main_window.start.focus_table()
    qtbot.keyClick(main_window.start.ui.tableView, Qt.Key.Key_Return)
    contract = repo.latest_contract(opgave_id)
    assert contract is not None and contract.version == 1
    assert contract.question_set_sha256 == question_set().sha256
    # Opening again opens the same version, never a second one.
    main_window.open_opgave(opgave_id)
    assert [c.version for c in repo.contracts_of(opgave_id)] == [1]


def test_remove_asks_first_and_keeps_the_audit_trail(qtbot, main_window, repo, db_path, popups):
    ids = fill(repo)
    opened(main_window, repo, db_path)
    opgave_id = ids["Energietransitie in de wijk"]
    main_window.start.select_opgave(opgave_id)
    popups.reply(1)  # "Annuleren"
    main_window.ui.actionRemove.trigger()
    assert "Energietransitie in de wijk" in popups.messages[-1].text
    assert opgave_id in [s.id for s in repo.list_opgaven()]
    main_window.start.select_opgave(opgave_id)
    main_window.start.focus_table()
    popups.reply(0)  # "Verwijderen"
    qtbot.keyClick(main_window.start.ui.tableView, Qt.Key.Key_Delete)
    assert opgave_id not in [s.id for s in repo.list_opgaven()]
    assert opgave_id not in [
        main_window.start.model.summary(r).id for r in range(main_window.start.model.rowCount())
    ]
    assert any(e.action == "remove" for e in repo.audit_events(opgave_id=opgave_id))
    assert opgave_id in [s.id for s in repo.list_opgaven(include_removed=True)]


def test_empty_database_shows_the_welcome_screen(qtbot, main_window, db_path, popups):
    main_window.open_database(db_path)
    assert main_window.ui.pages.currentWidget() is main_window.welcome
    assert main_window.welcome.ui.demoButton.isVisible()
    screenshot(main_window, "start_window_empty")
    main_window.presentation.set_presentation(True)
    screenshot(main_window, "start_window_empty_presentation")
    main_window.presentation.set_presentation(False)
    qtbot.mouseClick(main_window.welcome.ui.newButton, Qt.MouseButton.LeftButton)
    assert main_window.dialog is not None
    main_window.dialog.reject()


def test_demo_button_loads_the_demo_and_shows_the_list(qtbot, main_window, db_path, popups):
    demo = pytest.importorskip("koerskaart.demo")
    if not hasattr(demo, "load_demo"):
        pytest.skip("the demo is not part of this build")
    main_window.open_database(db_path)
    qtbot.mouseClick(main_window.welcome.ui.demoButton, Qt.MouseButton.LeftButton)
    assert main_window.ui.pages.currentWidget() is main_window.start
    assert main_window.start.model.rowCount() >= 19
    screenshot(main_window, "start_window_demo")


def test_open_shows_the_conversation_and_a_separate_facilitator_window(
    qtbot, main_window, repo, db_path, popups
):
    window_module = pytest.importorskip("koerskaart.ui.conversation.window")
    from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit

    ids = fill(repo)
    opened(main_window, repo, db_path)
    opgave_id = ids["Veilige en leefbare buurt Europaplein"]
    with qtbot.waitSignal(main_window.conversationOpened) as opened_signal:
        main_window.open_opgave(opgave_id)
    contract_id = opened_signal.args[0]
    conversation = main_window.conversations[contract_id]
    facilitator = main_window.facilitators[contract_id]
    assert isinstance(conversation, window_module.ConversationWindow)
    assert facilitator.isWindow() and facilitator.parent() is None
    assert facilitator not in conversation.findChildren(type(facilitator))
    # The facilitator window follows the conversation.
    step = question_set().steps[2]
    conversation.stepChanged.emit(step.key)
    assert facilitator.step_key == step.key
    facilitator.ui.noteEdit.setPlainText("PRIVE: wethouder is sceptisch")
    facilitator.ui.parkingEdit.setText("PARKEER: rol van de corporatie")
    facilitator.add_parking_item()
    assert facilitator.save_note()
    shown = [w.text() for kind in (QLabel, QLineEdit) for w in conversation.findChildren(kind)]
    shown += [
        w.toPlainText() for kind in (QPlainTextEdit, QTextEdit) for w in conversation.findChildren(kind)
    ]
    assert not any("PRIVE" in text or "PARKEER" in text for text in shown)
    # Opening it again raises the same window instead of a second one.
    main_window.open_opgave(opgave_id)
    assert list(main_window.conversations) == [contract_id]
    conversation.close()
    qtbot.waitUntil(lambda: contract_id not in main_window.conversations)
    assert contract_id not in main_window.facilitators


def test_from_the_search_field_enter_opens_and_down_goes_to_the_list(qtbot, main_window, repo, db_path):
    ids = fill(repo)
    opened(main_window, repo, db_path)
    search = main_window.start.ui.searchEdit
    assert search.hasFocus()  # the list is there: the keyboard is in the search field
    type_text(search, "Zoë")
    assert main_window.start.current_opgave_id() == ids["Zoëlaan: ontmoeten & bewegen"]
    with qtbot.waitSignal(main_window.start.openRequested) as request:
        qtbot.keyClick(search, Qt.Key.Key_Return)
    assert request.args == [ids["Zoëlaan: ontmoeten & bewegen"]]
    search.clear()
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert main_window.start.ui.tableView.hasFocus()
    assert main_window.start.current_opgave_id() is not None
