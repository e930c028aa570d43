"""The whole Europaplein conversation, typed through the real widgets of the conversation window.

One test walks a facilitator through every step of the default question set, from an empty
contract to the review: plain answers typed with the keyboard (Dutch text with ë, ’, €, & and <),
choices, dates, numbers and the scale; the triangle and the participants table; the timeline with
its moods; activities moved between Nu, Later and Niet and given an approach and a reason;
partners with regie; two capacity requests with the team leaders' confirmations and one changed
confirmation. After every step the database file is read again through a fresh connection, and
the step list must show the step's state. Halfway it jumps back through the step list and forward
again and checks that nothing changed; at the end the review has no hard gap, and the link of the
one soft gap left on purpose jumps to its question.

The texts typed are those of the demo opgave (:mod:`koerskaart.demo.portfolio`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from koerskaart.conversation.progress import StepState, hard_gaps, soft_gaps
from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.demo.portfolio import EUROPAPLEIN, EUROPAPLEIN_ANSWERS, EUROPAPLEIN_TIMELINE
from koerskaart.storage.database import Database
from koerskaart.storage.models import Role, TrafficLight
from koerskaart.storage.repository import Repository
from koerskaart.ui.conversation.window import REVIEW_KEY, ConversationWindow
from koerskaart.ui.editors.table_editor import RowTableEditor
from tests.gui.conversation_support import (
    SCREENSHOTS,
    default_question_set,
    input_widget,
    new_contract,
    open_window,
    state_of,
    type_into,
    wait_saved,
)
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

A = EUROPAPLEIN_ANSWERS
SECURITY_TEAM, SECURITY_LEADER = "Veiligheid en Wijkzaken", "B. Meijer-Demo"
YOUTH_TEAM, YOUTH_LEADER = "Jeugd en Onderwijs", "Y. Öztürk-Demo"

# The triangle and a team leader whose team has no registered leader (the panel must find them).
PEOPLE = (
    ("M. Bakker-Demo", "Burgemeester (openbare orde en veiligheid)", Role.ALDERMAN),
    ("R. Koster-Demo", "Domeinmanager Fysiek", Role.SENIOR_OFFICIAL),
    ("M. van den Berg-Demo", "Opgaveleider Europaplein", Role.TASK_LEADER),
)
EVENTS = [EUROPAPLEIN_TIMELINE[i] for i in (0, 3, 6, 8)]  # past low, past high, now, future
ACTIVITIES = {  # name: (priority, approach label to type, approach value, reason)
    "Extra toezicht door boa’s in de avonduren": (
        "nu",
        "Lijnwerk",
        "lijnwerk",
        "Een bestaande taak van het team; alleen de inzet en de route veranderen.",
    ),
    "Aanpak ondermijning rond het winkelcentrum": (
        "nu",
        "Opgave",
        "opgavegericht",
        "Informatie van politie, OM & gemeente moet samenkomen; de politie heeft de regie.",
    ),
    "Buurtmonitor: cijfers én microverhalen": (
        "later",
        "Project",
        "project",
        "Eenmalig op te zetten; daarna gaat de monitor over naar de lijn.",
    ),
    "Cameratoezicht op het plein": (
        "niet",
        "Lijnwerk",
        "lijnwerk",
        "Bewoners willen het (nog) niet en het is juridisch zwaar; budget < € 50.000 blijft over.",
    ),
}
PARTNERS = (  # organisation, contact, involvement label, holds regie, scope, binding
    (
        "Gemeente Duinwijk, team Veiligheid en Wijkzaken",
        "M. van den Berg-Demo",
        "Mede",
        True,
        "",
        "De opgaveleider blijft lid van het team en rapporteert aan de domeinmanager.",
    ),
    (
        "Politie, basisteam Duinkust (fictief)",
        "wijkagent K. Smits-Demo",
        "Mede",
        True,
        "ondermijning",
        "De wijkagent blijft onder leiding van het basisteam; inzet via de lokale driehoek.",
    ),
    (
        "Winkeliersvereniging Europaplein (fictief)",
        "voorzitter A. Sahin-Demo",
        "Adviseur",
        False,
        "",
        "Bespreekt de plannen eerst in de eigen ledenvergadering – ’s avonds.",
    ),
)


# ---------------------------------------------------------------------- reading the file back
def fresh_snapshot(db_path: Path, contract_id: int) -> ContractSnapshot:
    """The contract as another program would find it in the file: a new connection each time."""
    db = Database.open(db_path)
    try:
        return load_snapshot(Repository(db, actor="controle"), contract_id)
    finally:
        db.close()


def content(snapshot: ContractSnapshot) -> dict[str, Any]:
    """Everything the conversation stored, as plain data (to compare before and after a jump)."""
    return {
        "answers": {key: (a.value, a.role) for key, a in snapshot.answers.items()},
        "participants": [(p.name, p.function, p.role, p.team_id) for p in snapshot.participants],
        "activities": [(a.name, a.priority, a.approach, a.reason) for a in snapshot.activities],
        "partners": [
            (p.organisation, p.involvement, p.holds_regie, p.regie_scope) for p in snapshot.partners
        ],
        "timeline": [(e.event_date, e.kind, e.title, e.mood) for e in snapshot.timeline],
        "capacity": [
            (
                line.request.team_name,
                line.request.amount,
                line.request.unit,
                [(c.status, c.confirmed_amount, c.confirmed_by) for c in line.history],
            )
            for line in snapshot.capacity
        ],
    }


def step_done(qtbot, window: ConversationWindow, db_path: Path, contract_id: int, state: StepState):
    """Wait for the autosave and the step list, then read the file back."""
    wait_saved(qtbot, window)
    step = window.current_step_key()
    qtbot.waitUntil(lambda: state_of(window, step) == state, timeout=3000)
    return fresh_snapshot(db_path, contract_id)


# ---------------------------------------------------------------------- keyboard in tables
def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot) -> QWidget:
    """Tab: the cell (or field) stores its value and the cursor moves on; returns where it landed."""
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused()


def choose(qtbot, combo: QWidget, text: str) -> None:
    """Pick an item of a drop-down list by typing the start of its label (no spaces: Space opens it)."""
    assert isinstance(combo, QComboBox) and " " not in text
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def open_cell(qtbot, table: RowTableEditor, row: int, attribute: str) -> QWidget:
    """Move the table's cursor to a cell and press Enter to edit it; returns the cell editor."""
    table.view.setFocus()
    table.view.setCurrentIndex(table.model.index(row, table.model.column_of(attribute)))
    qtbot.keyClick(table.view, Qt.Key.Key_Return)
    editor = focused()
    assert table.view.isAncestorOf(editor)
    return editor


def stop_editing(qtbot, table: RowTableEditor) -> None:
    """Escape closes a cell editor that Tab opened without changing it."""
    if table.view.state() == QAbstractItemView.State.EditingState:
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert table.view.state() != QAbstractItemView.State.EditingState


def add_row(qtbot, table: RowTableEditor) -> QWidget:
    """Alt+N adds a row and puts the cursor in its first cell."""
    table.view.setFocus()
    qtbot.keyClick(table.view, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    return focused()


def iso(text: str) -> date:
    return date.fromisoformat(text)


def digits(day: str) -> str:
    """ "2025-03-12" → "12032025": a date typed the way it is read."""
    year, month, dd = day.split("-")
    return dd + month + year


def shoot(window: ConversationWindow, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / f"walkthrough-{name}.png"))


# ---------------------------------------------------------------------- the walk
@pytest.fixture
def teams(repo: Repository) -> dict[str, int]:
    """Two teams of the municipality; only the first has its team leader registered."""
    security = repo.ensure_team(SECURITY_TEAM, team_leader=SECURITY_LEADER)
    youth = repo.ensure_team(YOUTH_TEAM)
    return {SECURITY_TEAM: security.id, YOUTH_TEAM: youth.id}


def test_the_whole_europaplein_conversation_through_the_real_widgets(
    qtbot, repo, db_path, teams, ui_settings, popups
):
    qs = default_question_set()
    contract_id = new_contract(repo, qs, title=EUROPAPLEIN)
    assert content(fresh_snapshot(db_path, contract_id))["answers"] == {}
    window = open_window(qtbot, repo, contract_id, ui_settings)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    keys = window.step_keys()
    assert keys == [step.key for step in qs.steps] + [REVIEW_KEY]
    assert all(state_of(window, key) == StepState.EMPTY for key in keys[:-1])
    assert window.current_step_key() == "aan_tafel"

    # 1 ------------------------------------------------------------------ who is at the table
    window.focus_question("meeting_date")
    qtbot.keyClicks(input_widget(window, "meeting_date"), digits(A["meeting_date"]))
    assert window.editor("meeting_date").value() == A["meeting_date"]  # typed digits land (regression)
    place, link = window.blocks["meeting_place"], window.blocks["meeting_link"]
    assert place.isHidden() and link.isHidden()
    window.focus_question("meeting_form")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # "Op locatie"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # "Online"
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # "Deels op locatie, deels online"
    assert window.editor("meeting_form").value() == "hybride"
    assert place.isVisible() and link.isVisible()
    type_into(window, "meeting_place", A["meeting_place"])
    type_into(window, "meeting_link", A["meeting_link"])

    people = window.editor("participants")
    window.focus_question("participants")
    corners = people.triangle.card_rects()
    for number, (name, function, role) in enumerate(PEOPLE):
        if number == 0:  # the mouse on the top corner, the keys 2 and 3 for the others
            qtbot.mouseClick(people.triangle, Qt.MouseButton.LeftButton, pos=corners[role].center().toPoint())
        else:
            people.triangle.setFocus()
            qtbot.keyClick(people.triangle, Qt.Key.Key_1 + number)
        type_text(focused(), name)
        type_text(tab(qtbot), function)
        tab(qtbot)
        stop_editing(qtbot, people.table)
    type_text(add_row(qtbot, people.table), YOUTH_LEADER)
    type_text(tab(qtbot), "Teamleider Jeugd en Onderwijs")
    choose(qtbot, tab(qtbot), "Teamleider")
    tab(qtbot)  # organisation: the municipality
    team_box = tab(qtbot)
    choose(qtbot, team_box, "Jeugd")
    qtbot.keyClick(team_box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.table.view.state() != QAbstractItemView.State.EditingState)
    assert {role: person.name for role, person in people.triangle.people.items() if person} == {
        role: name for name, _f, role in PEOPLE
    }
    assert "nog niet ingevuld" not in people.triangle.accessibleDescription()
    name_font = QFont(people.triangle.font())
    name_font.setPointSizeF(name_font.pointSizeF() * 1.15)  # as the cards paint names
    name_font.setBold(True)
    for name, _function, role in PEOPLE:  # each card is wide enough for its name (regression)
        inner = people.triangle.card_rects()[role].width() - 24
        assert QFontMetrics(name_font).horizontalAdvance(name) <= inner, name
    assert "facilitator_preparation" not in window.blocks  # private to the facilitator

    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    assert {k: snap.value(k) for k in ("meeting_date", "meeting_form", "meeting_place", "meeting_link")} == {
        k: A[k] for k in ("meeting_date", "meeting_form", "meeting_place", "meeting_link")
    }
    assert snap.answers["meeting_form"].role == "FA"
    assert [(p.name, p.function, p.role, p.team_id) for p in snap.participants] == [
        *((name, function, role, None) for name, function, role in PEOPLE),
        (YOUTH_LEADER, "Teamleider Jeugd en Onderwijs", Role.TEAM_LEADER, teams[YOUTH_TEAM]),
    ]
    shoot(window, "1-deelnemers")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 2 ------------------------------------------------------------------ the opgave
    assert window.current_step_key() == "opgave"
    type_into(window, "opgave_what", A["opgave_what"])
    type_into(window, "opgave_why_now", A["opgave_why_now"])
    sources = {box.text(): box for box in window.editor("opgave_source").findChildren(QCheckBox)}
    for label in ("Coalitieakkoord", "Prioriteit van het college", "Signaal uit de samenleving"):
        qtbot.mouseClick(sources[label], Qt.MouseButton.LeftButton)
    window.focus_question("opgave_domains")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # Fysiek domein
    qtbot.keyClick(tab(qtbot), Qt.Key.Key_Space)  # Sociaal domein
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    for key in ("opgave_what", "opgave_why_now", "opgave_source", "opgave_domains"):
        assert snap.value(key) == A[key], key
    assert state_of(window, "aan_tafel") == StepState.COMPLETE
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    # 3 ------------------------------------------------------------------ the story
    assert window.current_step_key() == "verhaal"
    for key in ("story_no_longer", "story_dream", "story_success"):
        type_into(window, key, A[key])
    window.focus_question("story_success_date")
    qtbot.keyClicks(focused(), digits(A["story_success_date"]))
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    for key in ("story_no_longer", "story_dream", "story_success", "story_success_date"):
        assert snap.value(key) == A[key], key
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # 4 ------------------------------------------------------------------ the timeline
    assert window.current_step_key() == "tijdlijn"
    timeline = window.editor("timeline")
    window.focus_question("timeline")
    kinds = {"verleden": "Verleden", "nu": "Nu", "toekomst": "Toekomst"}
    for when, kind, title, description, mood in EVENTS:
        qtbot.keyClicks(add_row(qtbot, timeline.table), digits(when))
        choose(qtbot, tab(qtbot), kinds[kind])
        type_text(tab(qtbot), title)
        type_text(tab(qtbot), description)
        spin = tab(qtbot)
        assert isinstance(spin, QSpinBox)
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, str(mood if kind != "toekomst" else 0))
        left = tab(qtbot)  # the last cell: Tab stores it and leaves the table
        assert not timeline.table.view.isAncestorOf(left)
    # the future event's mood is raised on the curve itself: Up on the chosen dot
    assert timeline.current_row() == len(EVENTS) - 1
    timeline.curve.setFocus()
    qtbot.keyClick(timeline.curve, Qt.Key.Key_Up)
    assert [p.mood for p in timeline.curve.points()] == [e[4] for e in EVENTS]
    type_into(window, "past_honoured", A["past_honoured"])
    type_into(window, "current_position", A["current_position"])
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    assert [(e.event_date, e.kind, e.title, e.description, e.mood) for e in snap.timeline] == [
        (iso(when), kind, title, description, mood) for when, kind, title, description, mood in EVENTS
    ]
    assert snap.value("past_honoured") == A["past_honoured"]
    assert snap.value("current_position") == A["current_position"]
    window.focus_question("timeline")  # the editor itself in view
    shoot(window, "2-tijdlijn")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 5 ------------------------------------------------------------------ now, later, not
    assert window.current_step_key() == "prioriteiten"
    board = window.editor("priorities")
    now, later, never = board.columns
    names = list(ACTIVITIES)
    for name in names[:3]:
        now.new_name.setFocus()
        type_text(now.new_name, name)
        qtbot.keyClick(now.new_name, Qt.Key.Key_Return)
        assert now.new_name.text() == ""
    # the cameras are typed under Later, then the button "Naar Niet" moves the activity just added
    later.new_name.setFocus()
    type_text(later.new_name, names[3])
    qtbot.keyClick(later.new_name, Qt.Key.Key_Return)
    qtbot.mouseClick(board.move_buttons[2], Qt.MouseButton.LeftButton)
    assert [a.name for a in board.board.of_priority("niet")] == [names[3]]
    # the monitor can wait: Ctrl+Right moves it from Nu to Later, and the cursor goes along
    now.view.setFocus()
    now.view.setCurrentIndex(now.model.index(2, 0))
    qtbot.keyClick(now.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert focused() is later.view
    # a second thought: Ctrl+3 sends the toezicht to Niet, Ctrl+1 brings it back to Nu
    now.view.setFocus()
    now.view.setCurrentIndex(now.model.index(0, 0))
    qtbot.keyClick(now.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert focused() is never.view
    qtbot.keyClick(never.view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    type_into(window, "priorities_not_reason", A["priorities_not_reason"])
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    assert {a.name: a.priority for a in snap.activities} == {n: v[0] for n, v in ACTIVITIES.items()}
    assert [a.name for a in snap.activities if a.priority == "nu"] == names[:2]
    assert snap.value("priorities_not_reason") == A["priorities_not_reason"]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    # 6 ------------------------------------------------------------------ activities and approach
    assert window.current_step_key() == "aanpak"
    activities = window.editor("activities")
    window.focus_question("activities")
    rows = {a.name: number for number, a in enumerate(activities.model.rows)}
    assert set(rows) == set(ACTIVITIES)  # the same rows as the priorities, typed once
    for name, (_priority, label, _value, reason) in ACTIVITIES.items():
        choose(qtbot, open_cell(qtbot, activities.table, rows[name], "approach"), label)
        if name == names[0]:  # the first reason comes later: the table must say it is missing
            tab(qtbot)
            stop_editing(qtbot, activities.table)
            reason_cell = activities.model.index(rows[name], activities.model.column_of("reason"))
            assert activities.model.data(reason_cell) == "reden ontbreekt"
            assert "aanpak zonder reden" in activities.warnings.text()
            open_cell(qtbot, activities.table, rows[name], "reason")
        else:
            tab(qtbot)
        type_text(focused(), reason)
        tab(qtbot)
        stop_editing(qtbot, activities.table)
    assert not activities.warnings.isVisibleTo(activities)
    approach = {b.text(): b for b in window.editor("approach_overall").findChildren(QRadioButton)}
    qtbot.mouseClick(approach["Opgavegerichte aanpak"], Qt.MouseButton.LeftButton)
    window.focus_question("complexity_overall")
    qtbot.keyClick(focused(), Qt.Key.Key_4)
    window.focus_question("duration_months")
    qtbot.keyClick(focused(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(focused(), str(A["duration_months"]))
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    assert {a.name: (a.priority, a.approach, a.reason) for a in snap.activities} == {
        name: (priority, value, reason) for name, (priority, _l, value, reason) in ACTIVITIES.items()
    }
    for key in ("approach_overall", "complexity_overall", "duration_months"):
        assert snap.value(key) == A[key], key

    # back to the first step through the step list, then forward past where we were: nothing changes
    before = content(snap)
    view, model = window.step_view, window.step_model
    first = view.visualRect(model.index(model.row_of("aan_tafel"))).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.current_step_key() == "aan_tafel"
    assert window.editor("meeting_date").value() == A["meeting_date"]
    assert window.editor("meeting_place").value() == A["meeting_place"]
    assert [row.name for row in people.model.rows][:3] == [name for name, _f, _r in PEOPLE]
    view.setFocus()
    view.setCurrentIndex(model.index(model.row_of("partners_regie")))
    with qtbot.waitSignal(window.stepChanged, timeout=2000):  # sent once the step is stored
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert window.current_step_key() == "partners_regie"
    assert window.editor("opgave_what").value() == A["opgave_what"]
    assert window.editor("duration_months").value() == A["duration_months"]
    after = fresh_snapshot(db_path, contract_id)
    assert content(after) == before
    assert after.contract.current_step == "partners_regie"  # where the talk would reopen
    assert all(state_of(window, key) == StepState.COMPLETE for key in keys[:6])

    # 7 ------------------------------------------------------------------ partners and regie
    partners = window.editor("partners")
    window.focus_question("partners")
    for organisation, contact, involvement, regie, scope, binding in PARTNERS:
        type_text(add_row(qtbot, partners.table), organisation)
        type_text(tab(qtbot), contact)
        choose(qtbot, tab(qtbot), involvement)
        assert tab(qtbot) is partners.table.view  # "Houdt regie" is a check box, not an editor
        if regie:
            qtbot.keyClick(partners.table.view, Qt.Key.Key_Space)
        qtbot.keyClick(partners.table.view, Qt.Key.Key_Tab)
        if scope:
            qtbot.keyClick(partners.table.view, Qt.Key.Key_Return)
            type_text(focused(), scope)
            tab(qtbot)
        else:
            qtbot.keyClick(partners.table.view, Qt.Key.Key_Tab)
            qtbot.keyClick(partners.table.view, Qt.Key.Key_Return)
        type_text(focused(), binding)
        assert not partners.table.view.isAncestorOf(tab(qtbot))
    summary = partners.summary.text()
    assert f"Regie over het geheel: {PARTNERS[0][0]}." in summary
    assert f"ondermijning: {PARTNERS[1][0]}" in summary
    assert "meer dan één" not in summary
    type_into(window, "regie_overall", A["regie_overall"])
    type_into(window, "partner_binding", A["partner_binding"])
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    involvement = {"Mede": "mede_eigenaar", "Adviseur": "adviseur"}
    assert [
        (p.organisation, p.contact, p.involvement, p.holds_regie, p.regie_scope, p.binding)
        for p in snap.partners
    ] == [(o, c, involvement[i], r, s, b) for o, c, i, r, s, b in PARTNERS]
    assert snap.value("regie_overall") == A["regie_overall"]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 8 ------------------------------------------------------------------ capacity
    assert window.current_step_key() == "capaciteit"
    capacity = window.editor("capacity")
    window.focus_question("capacity")
    requests = (
        (
            SECURITY_TEAM,
            "1,2",
            "fte",
            "Wijkgerichte aanpak, signalen van ondermijning herkennen, netwerk met politie & OM",
        ),
        (YOUTH_TEAM, "400", "uren", "Participatie van jongeren, verbinding met scholen en jongerenwerk"),
    )
    for team, amount, unit, skills in requests:
        qtbot.keyClicks(add_row(qtbot, capacity.table), team.lower())
        spin = tab(qtbot)
        assert isinstance(spin, QDoubleSpinBox)
        qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(spin, amount)
        choose(qtbot, tab(qtbot), unit)
        period = tab(qtbot)
        qtbot.keyClick(period, Qt.Key.Key_End)  # the last choice: "per jaar" (Space would open the list)
        assert period.currentText() == "per jaar"
        type_text(tab(qtbot), skills)
        tab(qtbot)
        stop_editing(qtbot, capacity.table)
    panel = capacity.panel
    snap = fresh_snapshot(db_path, contract_id)
    assert [
        (
            line.request.team_name,
            line.request.team_id,
            line.request.amount,
            line.request.unit,
            line.request.period,
        )
        for line in snap.capacity
    ] == [
        (SECURITY_TEAM, teams[SECURITY_TEAM], 1.2, "fte", "jaar"),
        (YOUTH_TEAM, teams[YOUTH_TEAM], 400.0, "uren", "jaar"),
    ]
    assert all(line.confirmation is None for line in snap.capacity)
    qtbot.waitUntil(lambda: state_of(window, "capaciteit") == StepState.HARD_MISSING, timeout=3000)

    # the security team's leader (registered) confirms in full, by mouse
    capacity.table.view.setFocus()
    qtbot.keyClick(capacity.table.view, Qt.Key.Key_Up)
    assert capacity.table.current_row() == 0
    assert panel.name.text() == SECURITY_LEADER
    qtbot.mouseClick(panel.radios["bevestigd"], Qt.MouseButton.LeftButton)
    assert panel.amount.value() == pytest.approx(1.2)
    with qtbot.waitSignal(capacity.changed, timeout=2000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    # the youth team's leader sits at the table (no registered leader): partly, by keyboard
    capacity.table.view.setFocus()
    qtbot.keyClick(capacity.table.view, Qt.Key.Key_Down)
    assert capacity.table.current_row() == 1
    assert panel.name.text() == YOUTH_LEADER
    qtbot.mouseClick(panel.radios["deels"], Qt.MouseButton.LeftButton)
    panel.amount.setFocus()
    qtbot.keyClick(panel.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.amount, "300")
    panel.remark.setFocus()
    type_text(panel.remark, "Na overleg: 300 uur nu, de rest pas vanaf september – ’t is druk")
    with qtbot.waitSignal(capacity.changed, timeout=2000):
        qtbot.keyClick(panel.remark, Qt.Key.Key_Return)
    # the security team's answer changes: a new entry, the first one stays in the history
    capacity.table.view.setFocus()
    qtbot.keyClick(capacity.table.view, Qt.Key.Key_Up)
    qtbot.mouseClick(panel.radios["deels"], Qt.MouseButton.LeftButton)
    panel.amount.setFocus()
    qtbot.keyClick(panel.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.amount, "1")
    panel.remark.setFocus()
    type_text(panel.remark, "De beleidsadviseur gaat één dag per week naar de Dorpsstraat")
    with qtbot.waitSignal(capacity.changed, timeout=2000):
        qtbot.mouseClick(panel.button, Qt.MouseButton.LeftButton)
    assert panel.history_toggle.text() == "Eerdere toezeggingen (1)"
    assert "Deels bevestigd: 1 fte, door B. Meijer-Demo" in panel.current.text()
    assert [line.light for line in capacity.gaps.team_lines] == [TrafficLight.ORANGE, TrafficLight.ORANGE]
    type_into(window, "capacity_skills", A["capacity_skills"])
    type_into(window, "capacity_gap_plan", A["capacity_gap_plan"])
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    security, youth = snap.capacity
    assert [(c.status, c.confirmed_amount, c.confirmed_by, c.remark) for c in security.history] == [
        ("bevestigd", 1.2, SECURITY_LEADER, ""),
        ("deels", 1.0, SECURITY_LEADER, "De beleidsadviseur gaat één dag per week naar de Dorpsstraat"),
    ]
    assert security.history[0].id != security.history[1].id
    assert all(c.confirmed_at is not None for c in security.history)
    assert [(c.status, c.confirmed_amount, c.confirmed_by) for c in youth.history] == [
        ("deels", 300.0, YOUTH_LEADER)
    ]
    assert youth.history[0].remark.endswith("’t is druk")
    assert snap.value("capacity_gap_plan") == A["capacity_gap_plan"]
    window.focus_question("capacity")  # the editor itself in view
    shoot(window, "3-capaciteit")
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 9 ------------------------------------------------------------------ steering
    assert window.current_step_key() == "sturing"
    window.focus_question("reporting_rhythm")
    qtbot.keyClick(focused(), Qt.Key.Key_Space)  # "Elke maand"
    for key in ("traffic_light_criteria", "mandate", "escalation"):
        type_into(window, key, A[key])
    sensitive = window.blocks["risk_political_approach"]
    assert sensitive.isHidden()
    window.focus_question("risk_political")
    qtbot.keyClick(focused(), Qt.Key.Key_4)
    assert sensitive.isVisible()  # the follow-up question appears while answering
    type_into(window, "risk_political_approach", A["risk_political_approach"])
    type_into(window, "risks_other", A["risks_other"])
    # "stories_and_successes" is left open on purpose: a soft gap
    snap = step_done(qtbot, window, db_path, contract_id, StepState.SOFT_MISSING)
    for key in ("reporting_rhythm", "traffic_light_criteria", "mandate", "escalation", "risk_political"):
        assert snap.value(key) == A[key], key
    assert snap.value("risk_political_approach") == A["risk_political_approach"]
    assert snap.value("stories_and_successes") is None
    assert window.blocks["stories_and_successes"].marker.isVisibleTo(window)
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)

    # 10 ----------------------------------------------------------------- the agreement
    assert window.current_step_key() == "afspraak"
    window.focus_question("first_evaluation_date")
    qtbot.keyClicks(focused(), digits(A["first_evaluation_date"]))
    type_into(window, "first_evaluation_agreement", A["first_evaluation_agreement"])
    type_into(window, "open_points", A["open_points"])
    assert "facilitator_reflection" not in window.blocks
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    for key in ("first_evaluation_date", "first_evaluation_agreement", "open_points"):
        assert snap.value(key) == A[key], key
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)

    # 11 ----------------------------------------------------------------- the review
    assert window.current_step_key() == REVIEW_KEY
    snap = fresh_snapshot(db_path, contract_id)
    assert hard_gaps(qs, snap) == []
    assert [gap.question_key for gap in soft_gaps(qs, snap)] == ["stories_and_successes"]
    review = window.review
    assert review.gap_keys() == ["stories_and_successes"]
    text = review.browser.toPlainText()
    for shown in (
        "Y. Öztürk-Demo",
        A["meeting_place"],
        "Minder dan <10 meldingen",
        "burgemeester & wethouder",
        "Buurtmonitor: cijfers én microverhalen",
        PARTNERS[1][0],
        "Contracteringsgesprek",
    ):
        assert shown in text, shown
    assert "Minder dan &lt;10 meldingen" in review.browser.toHtml()  # shown as text, never as markup
    shoot(window, "4-overzicht")
    # a click on the gap's link jumps to its question, with the cursor in it
    label = qs.question("stories_and_successes").label("nl")
    found = review.browser.document().find(label)
    assert not found.isNull()
    found.setPosition(found.selectionStart() + 3)  # a few letters into the link text
    link = review.browser.cursorRect(found).center()
    assert review.browser.anchorAt(link) == "vraag:stories_and_successes"
    qtbot.mouseClick(review.browser.viewport(), Qt.MouseButton.LeftButton, pos=link)
    assert window.current_step_key() == "sturing"
    stories = input_widget(window, "stories_and_successes")
    assert stories.hasFocus()
    type_text(stories, A["stories_and_successes"])
    snap = step_done(qtbot, window, db_path, contract_id, StepState.COMPLETE)
    assert snap.value("stories_and_successes") == A["stories_and_successes"]
    assert soft_gaps(qs, snap) == [] and hard_gaps(qs, snap) == []
    review_row = window.step_view.visualRect(model.index(model.row_of(REVIEW_KEY))).center()
    qtbot.mouseClick(window.step_view.viewport(), Qt.MouseButton.LeftButton, pos=review_row)
    assert window.current_step_key() == REVIEW_KEY
    assert review.gap_keys() == []
    assert "Alle vragen die nodig zijn, zijn beantwoord." in review.browser.toPlainText()
    assert all(state_of(window, key) == StepState.COMPLETE for key in keys[:-1])
    window.close()
