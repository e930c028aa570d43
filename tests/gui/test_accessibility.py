"""Accessible to a screen reader: every widget the keyboard reaches has a name, in every window
and every step, and the drawn widgets say what they show."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from koerskaart.demo.build import load_demo
from koerskaart.record.versions import recontract
from koerskaart.storage.models import CapacityRequest, Participant
from koerskaart.ui.record.hooks import attach_to_conversation
from tests.gui.accessibility_support import unnamed
from tests.gui.conversation_support import default_question_set, new_contract, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


@pytest.fixture
def europaplein(repo) -> int:
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    return recontract(repo, signed.id, "Opnieuw besproken", default_question_set()).id


@pytest.mark.parametrize("which", ["europaplein", "nieuw"])
def test_every_reachable_widget_of_every_step_has_a_name(
    qtbot, repo, europaplein, ui_settings, popups, which
):
    contract_id = europaplein if which == "europaplein" else new_contract(repo, default_question_set())
    window = open_window(qtbot, repo, contract_id, ui_settings)
    attach_to_conversation(window)
    found: dict[str, list[str]] = {}
    for key in window.step_keys():
        window.show_step(key)
        QApplication.processEvents()
        if missing := unnamed(window):
            found[key] = missing
    help_window = window.show_keyboard_help()
    if missing := unnamed(help_window):
        found["toetsen"] = missing
    window.close()
    for key, missing in found.items():
        print("UNNAMED", key, missing)
    assert not found, found


def test_the_drawn_widgets_say_what_they_show(qtbot, repo, europaplein, ui_settings, popups):
    window = open_window(qtbot, repo, europaplein, ui_settings)
    page = attach_to_conversation(window)
    snapshot_names = {p.name for p in window.session.rows(Participant)}
    drawn = {
        "triangle": window.editor("participants").triangle,
        "mood curve": window.editor("timeline").curve,
        "priority board": window.editor("priorities"),
        "gap overview": window.editor("capacity").gaps,
        "signature pad": page.blocks["bestuurlijk_opdrachtgever"].signature_field.pad,
    }
    for name, widget in drawn.items():
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None, name
        assert interface.text(QAccessible.Text.Name), name
        assert interface.text(QAccessible.Text.Description), name
    # ... and the description holds the content, not only what kind of widget it is.
    assert any(n and n in drawn["triangle"].accessibleDescription() for n in snapshot_names)
    assert "Nu:" in drawn["priority board"].accessibleDescription()
    activities = window.editor("priorities").board.of_priority("nu")
    assert activities and activities[0].name in drawn["priority board"].accessibleDescription()
    teams = [r.team_name for r in window.session.rows(CapacityRequest)]
    assert teams and teams[0] in drawn["gap overview"].accessibleDescription()
    assert drawn["signature pad"].accessibleDescription() == "Nog niets getekend."
    window.close()
