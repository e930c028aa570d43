"""The step list model: a correct Qt model, and a state shown as icon, colour and text together."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from koerskaart.conversation.progress import StepState
from koerskaart.ui.conversation.step_list import (
    STATE_COLOURS,
    KeyRole,
    StateRole,
    StepListModel,
    StepListView,
    state_icon,
    state_text,
)

pytestmark = pytest.mark.gui


def filled_model() -> StepListModel:
    model = StepListModel()
    model.append("aan_tafel", "Wie zit er aan tafel?", StepState.COMPLETE)
    model.append("opgave", "De opgave & het waarom", StepState.HARD_MISSING)
    model.append("verhaal", "Het verhaal", StepState.EMPTY)
    model.append("_overzicht", "Overzicht en controle")
    return model


def test_the_model_passes_qt_model_tester(qapp, qtmodeltester):
    model = filled_model()
    qtmodeltester.check(model, force_py=True)
    model.set_states({"verhaal": StepState.SOFT_MISSING, "opgave": StepState.STARTED})
    model.append("ondertekenen", "Ondertekenen")
    qtmodeltester.check(model, force_py=True)


def test_each_state_has_its_own_text_icon_and_colour(qapp):
    texts = {state_text(state) for state in StepState}
    assert len(texts) == len(StepState) and "" not in texts
    assert len({STATE_COLOURS[state].name() for state in StepState}) == len(StepState)
    images = {state_icon(state).pixmap(32, 32).toImage().bits().tobytes() for state in StepState}
    assert len(images) == len(StepState)  # shapes differ, not only colours


def test_rows_show_title_state_text_and_key(qapp):
    model = filled_model()
    index = model.index(1)
    assert index.data() == "2. De opgave & het waarom\nVerplichte vraag open"
    assert index.data(Qt.ItemDataRole.AccessibleTextRole) == "De opgave & het waarom: Verplichte vraag open"
    assert index.data(KeyRole) == "opgave"
    assert index.data(StateRole) == "hard_missing"
    assert model.index(3).data() == "4. Overzicht en controle"
    assert model.index(3).data(Qt.ItemDataRole.DecorationRole) is None


def test_state_changes_are_announced_per_row(qtbot):
    model = filled_model()
    with qtbot.waitSignal(model.dataChanged) as changed:
        model.set_states({"verhaal": StepState.STARTED})
    assert changed.args[0].row() == 2
    with qtbot.assertNotEmitted(model.dataChanged):
        model.set_states({"verhaal": StepState.STARTED})


def test_the_view_jumps_on_click_and_keyboard(qtbot):
    view = StepListView()
    qtbot.addWidget(view)
    model = filled_model()
    view.setModel(model)
    view.show()
    qtbot.waitExposed(view)
    with qtbot.waitSignal(view.jumpRequested) as jumped:
        qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(model.index(2)).center()
        )
    assert jumped.args == ["verhaal"]
    view.setCurrentIndex(model.index(0))
    qtbot.keyClick(view, Qt.Key.Key_Down)
    with qtbot.waitSignal(view.jumpRequested) as jumped:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert jumped.args == ["opgave"]
