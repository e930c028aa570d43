"""The capacity step: requests per team, the team leader's confirmation with history, the gap in colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDoubleSpinBox, QLineEdit

from koerskaart.storage.models import CapacityConfirmation, CapacityRequest, TrafficLight
from koerskaart.ui import messages
from koerskaart.ui.editors.capacity import CapacityEditor
from koerskaart.ui.editors.capacity_table import parse_amount
from tests.gui.editor_support import SCREENSHOTS, lock, open_session, show_editor
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def teams(repo):
    return {
        "Wijkbeheer": repo.ensure_team("Wijkbeheer", team_leader="Jan de Vries"),
        "Veiligheid": repo.ensure_team("Veiligheid", team_leader="Fatma Yılmaz"),
        "Jeugd": repo.ensure_team("Jeugd en onderwijs", team_leader="Ëlla Bakker"),
    }


@pytest.fixture
def session(repo, teams):
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "capacity", (1200, 650))
    assert isinstance(widget, CapacityEditor)
    return widget


def add_request(session, team, amount, unit="fte", period="week", skills="") -> CapacityRequest:
    return session.save_row(
        CapacityRequest(
            contract_id=session.contract_id,
            team_id=team.id if hasattr(team, "id") else None,
            team_name=getattr(team, "name", team),
            amount=amount,
            unit=unit,
            period=period,
            skills=skills,
        )
    )


def history(repo, request_id) -> list[CapacityConfirmation]:
    return repo.confirmations(request_id)


def confirm(qtbot, editor, status, amount=None, remark=""):
    panel = editor.panel
    panel.choose(status)
    if amount is not None:
        panel.amount.setValue(amount)
    panel.remark.setText(remark)
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)


def test_models_pass_qtmodeltester(qtmodeltester, editor, session, teams, repo):
    request = add_request(session, teams["Wijkbeheer"], 0.8)
    session.confirm_capacity(request.id, status="deels", confirmed_amount=0.4, confirmed_by="Jan")
    editor.load()
    qtmodeltester.check(editor.model, force_py=True)


def test_a_request_is_typed_with_the_keyboard_and_stored_with_its_team(qtbot, editor, session, teams):
    editor.table.view.setFocus()
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    team_editor = QApplication.focusWidget()
    assert isinstance(team_editor, QLineEdit | QComboBox)
    qtbot.keyClicks(team_editor, "wijkbeheer")
    qtbot.keyClick(team_editor, Qt.Key.Key_Tab)
    stored = session.rows(CapacityRequest)[0]
    assert stored.team_name == "Wijkbeheer"  # matched to the registered team, its spelling
    assert stored.team_id == teams["Wijkbeheer"].id

    amount = QApplication.focusWidget()
    assert isinstance(amount, QDoubleSpinBox)
    amount.selectAll()
    qtbot.keyClicks(amount, "0,8")
    qtbot.keyClick(amount, Qt.Key.Key_Tab)
    assert session.rows(CapacityRequest)[0].amount == pytest.approx(0.8)

    unit = QApplication.focusWidget()
    assert isinstance(unit, QComboBox)
    unit.setCurrentIndex(unit.findText("uren"))
    qtbot.keyClick(unit, Qt.Key.Key_Tab)
    period = QApplication.focusWidget()
    assert isinstance(period, QComboBox)
    period.setCurrentIndex(period.findText("per maand"))
    qtbot.keyClick(period, Qt.Key.Key_Tab)
    skills = QApplication.focusWidget()
    assert isinstance(skills, QLineEdit)
    type_text(skills, "Wijkregie & ‘bewonerscontact’ <ë> €")
    qtbot.keyClick(skills, Qt.Key.Key_Tab)

    stored = session.rows(CapacityRequest)[0]
    assert (stored.unit, stored.period, stored.skills) == (
        "uren",
        "maand",
        "Wijkregie & ‘bewonerscontact’ <ë> €",
    )
    # The new request shows at once as "no answer yet", in red, in the table and in the overview.
    status = editor.model.index(0, editor.model.column_of("id"))
    assert "Nog geen antwoord" in editor.model.data(status)
    assert [line.light for line in editor.gaps.team_lines] == [TrafficLight.RED]
    assert "tekort 0,8 uur" in editor.gaps.team_lines[0].gap.text()


def test_a_typed_team_that_is_not_registered_keeps_its_name_without_id(qtbot, editor, session):
    row = editor.model.insert_row()
    assert editor.model.setData(editor.model.index(row, 0), "Communicatie")
    stored = session.rows(CapacityRequest)[0]
    assert (stored.team_name, stored.team_id) == ("Communicatie", None)


def test_confirm_partly_and_not_each_add_an_entry_and_the_history_shows_them(
    qtbot, editor, session, teams, repo
):
    request = add_request(session, teams["Wijkbeheer"], 0.8, skills="Wijkregie")
    editor.load()
    panel = editor.panel
    assert editor.table.current_row() == 0
    assert panel.name.text() == "Jan de Vries"  # the registered team leader
    assert "nog niet geantwoord" in panel.current.text()
    assert not panel.history_toggle.isVisibleTo(panel)

    confirm(qtbot, editor, "bevestigd")
    rows = history(repo, request.id)
    assert [(c.status, c.confirmed_amount, c.confirmed_by) for c in rows] == [
        ("bevestigd", 0.8, "Jan de Vries")
    ]
    assert rows[0].confirmed_at is not None
    assert editor.gaps.team_lines[0].light == TrafficLight.GREEN
    assert editor.gaps.team_lines[0].gap.text() == "geen tekort"
    assert "Bevestigd" in editor.gaps.team_lines[0].badge.text()

    panel.choose("deels")
    assert panel.amount.value() == pytest.approx(0.8)  # partly keeps the amount to adjust
    panel.amount.setValue(0.4)
    panel.remark.setFocus()
    type_text(panel.remark, "pas na de zomer – ‘t is druk")
    with qtbot.waitSignal(editor.changed, timeout=1000):
        qtbot.keyClick(panel.remark, Qt.Key.Key_Return)  # Enter records it too
    rows = history(repo, request.id)
    assert [(c.status, c.confirmed_amount) for c in rows] == [("bevestigd", 0.8), ("deels", 0.4)]
    assert rows[1].remark == "pas na de zomer – ‘t is druk"
    assert rows[0].id != rows[1].id  # a new entry, the first one untouched
    assert editor.gaps.team_lines[0].light == TrafficLight.ORANGE
    assert editor.gaps.team_lines[0].gap.text() == "tekort 0,4 fte"
    assert "Deels bevestigd: 0,4 fte, door Jan de Vries" in panel.current.text()
    assert panel.history_toggle.text() == "Eerdere toezeggingen (1)"
    qtbot.mouseClick(panel.history_toggle, Qt.MouseButton.LeftButton)
    assert panel.history.isVisibleTo(panel)
    assert "Bevestigd: 0,8 fte, door Jan de Vries" in panel.history.text()

    panel.choose("niet")
    assert panel.amount.value() == 0
    assert not panel.amount.isEnabled()
    panel.name.setText("Piet Teamleider")  # someone else answers this time
    confirm(qtbot, editor, "niet", remark="geen mensen vrij")
    rows = history(repo, request.id)
    assert [(c.status, c.confirmed_amount, c.confirmed_by) for c in rows] == [
        ("bevestigd", 0.8, "Jan de Vries"),
        ("deels", 0.4, "Jan de Vries"),
        ("niet", 0.0, "Piet Teamleider"),
    ]
    assert panel.name.text() == "Piet Teamleider"
    assert editor.gaps.team_lines[0].light == TrafficLight.RED
    assert "Niet bevestigd" in editor.gaps.team_lines[0].badge.text()
    assert editor.gaps.team_lines[0].gap.text() == "tekort 0,8 fte"
    assert "Eerdere toezeggingen (2)" == panel.history_toggle.text()
    assert panel.history.text().count("•") == 2


def test_gaps_per_team_and_total_keep_fte_and_hours_apart(qtbot, editor, session, teams):
    a = add_request(session, teams["Wijkbeheer"], 0.8)
    b = add_request(session, teams["Jeugd"], 0.4)
    c = add_request(session, teams["Veiligheid"], 16, unit="uren", period="maand")
    session.confirm_capacity(a.id, status="bevestigd", confirmed_amount=0.8, confirmed_by="Jan de Vries")
    session.confirm_capacity(b.id, status="deels", confirmed_amount=0.1, confirmed_by="Ëlla Bakker")
    editor.load()

    lines = {line.item.team: line for line in editor.gaps.team_lines}
    assert lines["Wijkbeheer"].light == TrafficLight.GREEN
    assert lines["Jeugd en onderwijs"].light == TrafficLight.ORANGE
    assert lines["Jeugd en onderwijs"].gap.text() == "tekort 0,3 fte"
    assert lines["Veiligheid"].light == TrafficLight.RED
    assert "Nog geen antwoord" in lines["Veiligheid"].badge.text()
    assert lines["Veiligheid"].gap.text() == "tekort 16 uur"

    totals = {(line.item.unit, line.item.period): line for line in editor.gaps.total_lines}
    assert set(totals) == {("fte", "week"), ("uren", "maand")}
    assert totals["fte", "week"].gap.text() == "tekort 0,3 fte"
    assert "gevraagd 1,2 fte per week" in totals["fte", "week"].figures.text()
    assert "bevestigd 0,9 fte" in totals["fte", "week"].figures.text()
    assert totals["fte", "week"].light == TrafficLight.ORANGE
    assert totals["uren", "maand"].gap.text() == "tekort 16 uur"
    assert totals["uren", "maand"].light == TrafficLight.RED

    session.confirm_capacity(c.id, status="bevestigd", confirmed_amount=16, confirmed_by="Fatma Yılmaz")
    session.confirm_capacity(b.id, status="bevestigd", confirmed_amount=0.4, confirmed_by="Ëlla Bakker")
    # Written elsewhere in the same window: the overview follows the session's announcements.
    totals = {(line.item.unit, line.item.period): line for line in editor.gaps.total_lines}
    assert totals["uren", "maand"].light == TrafficLight.GREEN
    assert totals["fte", "week"].gap.text() == "geen tekort"
    assert all(line.light == TrafficLight.GREEN for line in editor.gaps.team_lines)
    status = editor.model.index(2, editor.model.column_of("id"))
    assert "Bevestigd" in editor.model.data(status)
    assert editor.model.data(status, Qt.ItemDataRole.BackgroundRole).name() == "#d9f0e0"


def test_a_confirmation_without_a_name_or_answer_is_not_stored(qtbot, editor, session, repo):
    request = add_request(session, "Communicatie", 0.2)  # no registered team: no name to fill in
    editor.load()
    panel = editor.panel
    assert panel.name.text() == ""
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert "Kies eerst" in panel.problem.text()
    panel.choose("bevestigd")
    qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.problem.isVisibleTo(panel)
    assert "naam" in panel.problem.text()
    assert panel.name.hasFocus()
    assert history(repo, request.id) == []


def test_removing_a_request_with_answers_asks_first_and_removes_its_history(
    qtbot, editor, session, teams, popups
):
    request = add_request(session, teams["Wijkbeheer"], 0.8)
    session.confirm_capacity(request.id, status="bevestigd", confirmed_amount=0.8, confirmed_by="Jan")
    editor.load()
    editor.table.select_cell(0, editor.model.column_of("unit"))
    popups.reply(1)  # Annuleren
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Delete)
    assert len(session.rows(CapacityRequest)) == 1
    popups.reply(0)
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Delete)
    assert popups.messages[-1].kind == messages.QUESTION
    assert session.rows(CapacityRequest) == []
    assert session.repo.confirmations(request.id) == []
    assert editor.gaps.team_lines == []
    assert editor.gaps.empty.isVisibleTo(editor.gaps)


def test_read_only_shows_everything_but_changes_nothing(qtbot, editor, session, teams, repo):
    request = add_request(session, teams["Wijkbeheer"], 0.8)
    session.confirm_capacity(request.id, status="deels", confirmed_amount=0.4, confirmed_by="Jan de Vries")
    editor.load()
    lock(repo, session)
    editor.set_read_only(True)
    assert not editor.table.add_button.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.panel.button.isEnabled()
    assert not editor.panel.radios["bevestigd"].isEnabled()
    editor.panel.request_confirmation()
    qtbot.keyClick(editor.panel.name, Qt.Key.Key_Return)
    assert len(history(repo, request.id)) == 1
    assert editor.gaps.team_lines[0].light == TrafficLight.ORANGE  # still visible
    assert editor.commit() is True


def test_parse_amount_reads_a_dutch_comma():
    assert parse_amount("0,8") == pytest.approx(0.8)
    assert parse_amount("1.5") == pytest.approx(1.5)
    assert parse_amount(2) == 2.0
    assert parse_amount("veel") is None
    assert parse_amount("-1") is None


def test_screenshot_of_the_capacity_step(qtbot, editor, session, teams):
    a = add_request(session, teams["Wijkbeheer"], 0.8, skills="Wijkregie, bewonerscontact")
    b = add_request(
        session, teams["Veiligheid"], 16, unit="uren", period="maand", skills="Handhaving & toezicht"
    )
    c = add_request(session, teams["Jeugd"], 0.4, skills="Jongerenwerk")
    add_request(session, "Communicatie", 0.2)
    session.confirm_capacity(
        a.id, status="deels", confirmed_amount=0.4, confirmed_by="Jan de Vries", remark="na de zomer"
    )
    session.confirm_capacity(a.id, status="bevestigd", confirmed_amount=0.8, confirmed_by="Jan de Vries")
    session.confirm_capacity(b.id, status="deels", confirmed_amount=8, confirmed_by="Fatma Yılmaz")
    session.confirm_capacity(c.id, status="niet", confirmed_amount=0, confirmed_by="Ëlla Bakker")
    editor.load()
    editor.panel.history_toggle.setChecked(True)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    editor.resize(1200, 650)
    QApplication.processEvents()
    QApplication.processEvents()  # wrapped lines settle their height after the first layout
    path = SCREENSHOTS / "editor-capacity.png"
    assert editor.grab().save(str(path))
    assert path.stat().st_size > 10_000
