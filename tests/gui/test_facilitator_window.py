"""The facilitator window: private notes per question, the parking lot and the step timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from koerskaart.conversation.opening import first_contract
from koerskaart.storage.models import NoteKind
from koerskaart.storage.repository import Repository
from koerskaart.ui.facilitator_window import FacilitatorWindow
from tests.gui.app_support import SIZE, question_set, screenshot
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def contract_id(repo: Repository) -> int:
    opgave = repo.create_opgave("Veilige en leefbare buurt Europaplein")
    assert opgave.id is not None
    contract = first_contract(repo, opgave.id, question_set())
    assert contract.id is not None
    return contract.id


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def facilitator(qtbot, repo, contract_id, ui_settings, clock) -> FacilitatorWindow:
    window = FacilitatorWindow(repo, contract_id, question_set(), ui_settings, clock=clock)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stored_notes(repo: Repository, contract_id: int) -> dict[str, str]:
    return {n.question_key: n.text for n in repo.notes(contract_id, NoteKind.PRIVATE_NOTE)}


def test_is_a_window_of_its_own(facilitator):
    assert facilitator.isWindow()
    assert facilitator.parent() is None


def test_notes_are_saved_while_typing_and_follow_the_question(qtbot, repo, contract_id, facilitator):
    steps = question_set().steps
    first, second = steps[1].questions[0].key, steps[1].questions[1].key
    facilitator.set_question(first)
    assert facilitator.ui.questionLabel.text() == question_set().question(first).label_nl
    type_text(facilitator.ui.noteEdit, "Wethouder twijfelt over € 40.000; Zoë’s <idee> & meer")
    qtbot.waitUntil(
        lambda: stored_notes(repo, contract_id).get(first, "").startswith("Wethouder"), timeout=3000
    )
    assert stored_notes(repo, contract_id)[first] == "Wethouder twijfelt over € 40.000; Zoë’s <idee> & meer"
    assert facilitator.ui.noteStateLabel.text().startswith("Opgeslagen")

    facilitator.set_question(second)
    assert facilitator.ui.noteEdit.toPlainText() == ""
    qtbot.keyClicks(facilitator.ui.noteEdit, "Terugkomen op de planning")
    facilitator.set_step(steps[0].key)  # a step change saves at once, without waiting
    assert stored_notes(repo, contract_id)[second] == "Terugkomen op de planning"
    assert facilitator.step_key == steps[0].key

    facilitator.set_question(first)
    assert facilitator.ui.noteEdit.toPlainText().startswith("Wethouder twijfelt")


def test_closing_saves_the_note_being_typed_and_a_new_window_shows_it(
    qtbot, repo, contract_id, facilitator, ui_settings
):
    key = question_set().steps[2].questions[0].key
    facilitator.set_question(key)
    qtbot.keyClicks(facilitator.ui.noteEdit, "Net getypt")
    facilitator.close()
    assert stored_notes(repo, contract_id)[key] == "Net getypt"
    again = FacilitatorWindow(repo, contract_id, question_set(), ui_settings)
    qtbot.addWidget(again)
    again.set_question(key)
    assert again.ui.noteEdit.toPlainText() == "Net getypt"


def test_parking_lot_add_tick_off_delete(qtbot, repo, contract_id, facilitator, ui_settings):
    ui = facilitator.ui
    qtbot.keyClicks(ui.parkingEdit, "Rol van de woningcorporatie")
    qtbot.keyClick(ui.parkingEdit, Qt.Key.Key_Return)
    type_text(ui.parkingEdit, "Budget € 2 mln uitzoeken")
    qtbot.mouseClick(ui.addParkingButton, Qt.MouseButton.LeftButton)
    assert facilitator.parking_items() == [
        ("Rol van de woningcorporatie", False),
        ("Budget € 2 mln uitzoeken", False),
    ]
    assert ui.parkingEdit.text() == ""
    ui.parkingList.item(0).setCheckState(Qt.CheckState.Checked)
    stored = repo.notes(contract_id, NoteKind.PARKING_LOT)
    assert [(n.text, n.resolved) for n in stored] == [
        ("Rol van de woningcorporatie", True),
        ("Budget € 2 mln uitzoeken", False),
    ]
    ui.parkingList.setCurrentRow(1)
    qtbot.mouseClick(ui.removeParkingButton, Qt.MouseButton.LeftButton)
    assert [n.text for n in repo.notes(contract_id, NoteKind.PARKING_LOT)] == ["Rol van de woningcorporatie"]
    again = FacilitatorWindow(repo, contract_id, question_set(), ui_settings)
    qtbot.addWidget(again)
    assert again.parking_items() == [("Rol van de woningcorporatie", True)]
    # Parking-lot points are not private notes of a question.
    assert stored_notes(repo, contract_id) == {}


def test_timer_counts_per_step_and_turns_red_over_budget(qtbot, facilitator, clock):
    steps = question_set().steps
    facilitator.set_step(steps[0].key)
    budget = steps[0].minutes * 60
    assert facilitator.ui.timerLabel.text() == f"0:00 / {steps[0].minutes}:00"
    qtbot.mouseClick(facilitator.ui.startButton, Qt.MouseButton.LeftButton)
    assert facilitator.ui.startButton.text() == "&Pauze"
    clock.now += 90
    facilitator._show_timer()
    assert facilitator.ui.timerLabel.text().startswith("1:30 /")
    assert not facilitator.is_over_time()
    clock.now += budget
    facilitator._show_timer()
    assert facilitator.is_over_time()
    assert facilitator.ui.timerLabel.property("overTime") is True
    screenshot_window(facilitator)

    facilitator.set_step(steps[1].key)  # keeps running, for the new step
    clock.now += 30
    assert int(facilitator.timer.elapsed()) == 30
    assert int(facilitator.timer.elapsed(steps[0].key)) == budget + 90
    qtbot.mouseClick(facilitator.ui.startButton, Qt.MouseButton.LeftButton)  # pause
    clock.now += 600
    assert int(facilitator.timer.elapsed()) == 30
    qtbot.mouseClick(facilitator.ui.resetButton, Qt.MouseButton.LeftButton)
    assert facilitator.timer.elapsed() == 0
    assert facilitator.ui.timerLabel.property("overTime") is False


def screenshot_window(window: FacilitatorWindow) -> None:
    key = question_set().steps[0].questions[0].key
    window.set_question(key)
    window.ui.noteEdit.setPlainText("Wethouder wil eerst de cijfers van de politie zien.")
    window.ui.parkingEdit.setText("Rol van de woningcorporatie")
    window.add_parking_item()
    window.resize(*SIZE)
    screenshot(window, "facilitator_window")
    window.resize(480, 720)
    screenshot(window, "facilitator_window_narrow")
