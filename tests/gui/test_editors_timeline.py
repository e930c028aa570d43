"""The timeline editor and its gevoelsgrafiek: events stored row by row, dots that follow the mood."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QSpinBox

from koerskaart.storage.models import TimelineEvent
from koerskaart.ui.editors.mood_curve import MoodPoint, curve_layout
from koerskaart.ui.editors.timeline import TimelineEditor, mood_text
from tests.gui.editor_support import SCREENSHOTS, lock, open_session, show_editor
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def session(repo):
    return open_session(repo)


@pytest.fixture
def editor(qtbot, session):
    widget = show_editor(qtbot, session, "timeline", (1200, 650))
    assert isinstance(widget, TimelineEditor)
    return widget


def add_event(session, kind, mood, title, when=None) -> TimelineEvent:
    return session.save_row(
        TimelineEvent(contract_id=session.contract_id, kind=kind, mood=mood, title=title, event_date=when)
    )


def stored(session) -> list[TimelineEvent]:
    return session.rows(TimelineEvent)


def fill(session) -> None:
    add_event(session, "verleden", 1, "Start buurtgesprekken", date(2023, 3, 1))
    add_event(session, "verleden", -2, "Brand in de fietsenstalling", date(2023, 9, 1))
    add_event(session, "nu", -1, "Weinig capaciteit bij Wijkbeheer")
    add_event(session, "toekomst", 2, "Nieuw plein geopend", date(2026, 6, 1))


# ---------------------------------------------------------------------- geometry, no widget
def test_dots_sit_above_for_good_moments_below_for_bad_and_on_the_axis_for_neutral():
    plot = QRectF(0, 0, 900, 400)
    points = [MoodPoint("verleden", m, f"p{m}") for m in (2, 1, 0, -1, -2)]
    geometry = curve_layout(points, plot)
    ys = [dot.y() for dot in geometry.dots]
    assert geometry.axis_y == 200
    assert ys == [0, 100, 200, 300, 400]
    xs = [dot.x() for dot in geometry.dots]
    assert xs == sorted(xs) and len(set(xs)) == 5  # spread evenly, in order


def test_zones_run_past_now_future_and_dates_order_a_zone():
    plot = QRectF(0, 0, 600, 200)
    points = [
        MoodPoint("toekomst", 0, "later"),
        MoodPoint("verleden", 0, "second", date(2024, 1, 1)),
        MoodPoint("nu", 0, "now"),
        MoodPoint("verleden", 0, "first", date(2023, 1, 1)),
        MoodPoint("verleden", 0, "undated"),
    ]
    geometry = curve_layout(points, plot)
    assert [kind for kind, _ in geometry.zones] == ["verleden", "nu", "toekomst"]
    # 3 : 1 : 1 events, but a zone gets at least 1.5 event's room for its heading
    assert [zone.width() for _, zone in geometry.zones] == [300, 150, 150]
    assert geometry.order == (3, 1, 4, 2, 0)  # dated first by date, undated after
    x = [dot.x() for dot in geometry.dots]
    assert x[3] < x[1] < x[4] < x[2] < x[0]
    assert geometry.zones[1][1].contains(geometry.dots[2])


def test_an_empty_zone_keeps_its_place_and_moods_are_clamped():
    geometry = curve_layout([MoodPoint("toekomst", 9, "te blij")], QRectF(0, 0, 300, 100))
    assert [zone.width() for _, zone in geometry.zones] == [100, 100, 100]
    assert geometry.dots[0] == QPointF(250, 0)  # centred in its zone, at the top


# ---------------------------------------------------------------------- the editor
def test_model_passes_qtmodeltester(qtmodeltester, editor, session):
    fill(session)
    editor.load()
    qtmodeltester.check(editor.model, force_py=True)


def test_add_edit_and_delete_events_with_the_keyboard(qtbot, editor, session, popups):
    editor.table.view.setFocus()
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert len(stored(session)) == 1
    assert editor.curve.points()[0].kind == "verleden"
    editor.table.select_cell(0, editor.model.column_of("title"), edit=True)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    type_text(line, "Brand in de fietsenstalling – ‘t Plein, €20.000 schade")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "Bewoners <boos> & bang")
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    spin = QApplication.focusWidget()
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (-2, 2)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)
    qtbot.keyClick(spin, Qt.Key.Key_Down)  # stays at the bottom of the scale
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # the view commits a Return through a queued call
    qtbot.waitUntil(lambda: stored(session)[0].mood == -2, timeout=1000)
    event = stored(session)[0]
    assert event.title == "Brand in de fietsenstalling – ‘t Plein, €20.000 schade"
    assert event.description == "Bewoners <boos> & bang"
    assert event.mood == -2
    assert editor.model.data(editor.model.index(0, editor.model.column_of("mood"))) == "−2 dieptepunt"
    assert editor.curve.points()[0].mood == -2
    assert editor.curve.layout().dots[0].y() > editor.curve.layout().axis_y  # below the line

    # A new row continues in the kind of the last one.
    add_event(session, "toekomst", 1, "Plein open")
    editor.load()
    editor.table.add_row()
    assert [e.kind for e in stored(session)] == ["verleden", "toekomst", "toekomst"]

    editor.table.select_cell(2, 0)
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Delete)  # an empty row goes without a question
    assert len(stored(session)) == 2
    editor.table.select_cell(0, 1)
    popups.reply(0)
    qtbot.keyClick(editor.table.view, Qt.Key.Key_Delete)
    assert [e.title for e in stored(session)] == ["Plein open"]
    assert [p.title for p in editor.curve.points()] == ["Plein open"]


def test_clicking_a_dot_selects_its_row(qtbot, editor, session):
    fill(session)
    editor.load()
    dot = editor.curve.layout().dots[3]
    qtbot.mouseClick(editor.curve, Qt.MouseButton.LeftButton, pos=dot.toPoint())
    assert editor.current_row() == 3
    assert editor.curve.current() == 3
    assert editor.mood_slider.value() == 2
    assert editor.mood_value.text() == "+2 hoogtepunt"
    qtbot.mouseClick(editor.curve, Qt.MouseButton.LeftButton, pos=editor.curve.layout().dots[1].toPoint())
    assert editor.current_row() == 1
    assert editor.curve.index_at(QPointF(2, 2)) == -1  # far from any dot


def test_mood_follows_the_curve_keys_and_the_slider(qtbot, editor, session):
    fill(session)
    editor.load()
    editor.table.select_cell(0, 0)
    editor.curve.setFocus()
    qtbot.keyClick(editor.curve, Qt.Key.Key_Right)
    assert editor.current_row() == 1
    before = editor.curve.layout().dots[1].y()
    qtbot.keyClick(editor.curve, Qt.Key.Key_Up)
    qtbot.keyClick(editor.curve, Qt.Key.Key_Up)
    assert stored(session)[1].mood == 0
    assert editor.curve.layout().dots[1].y() == pytest.approx(before - 2 * editor.curve.layout().mood_step)
    qtbot.keyClick(editor.curve, Qt.Key.Key_End)
    assert editor.current_row() == 3
    qtbot.keyClick(editor.curve, Qt.Key.Key_Up)  # already +2
    assert stored(session)[3].mood == 2

    editor.mood_slider.setFocus()
    qtbot.keyClick(editor.mood_slider, Qt.Key.Key_Left)
    assert stored(session)[3].mood == 1
    editor.mood_slider.setValue(-2)
    assert stored(session)[3].mood == -2
    assert editor.curve.points()[3].mood == -2
    assert editor.curve.layout().dots[3].y() > editor.curve.layout().axis_y


def test_read_only_shows_the_curve_but_changes_nothing(qtbot, editor, session, repo):
    fill(session)
    editor.load()
    lock(repo, session)
    editor.set_read_only(True)
    editor.table.select_cell(0, 0)
    assert not editor.table.add_button.isEnabled()
    assert not editor.mood_slider.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 2)) & Qt.ItemFlag.ItemIsEditable
    editor.curve.setFocus()
    qtbot.keyClick(editor.curve, Qt.Key.Key_Up)
    qtbot.keyClick(editor.curve, Qt.Key.Key_Right)  # moving through the events still works
    assert editor.current_row() == 1
    assert [e.mood for e in stored(session)] == [1, -2, -1, 2]
    assert editor.commit() is True


def test_mood_text_says_it_in_words():
    assert [mood_text(m) for m in (2, 1, 0, -1, -2)] == [
        "+2 hoogtepunt",
        "+1 goed",
        "0 neutraal",
        "−1 moeizaam",
        "−2 dieptepunt",
    ]


def test_screenshot_of_the_timeline(qtbot, editor, session):
    fill(session)
    add_event(session, "verleden", 0, "Raadsbesluit & budget €1,2 mln", date(2024, 1, 1))
    add_event(session, "toekomst", 1, "Evaluatie met bewoners", date(2026, 12, 1))
    editor.load()
    editor.table.select_cell(1, editor.model.column_of("mood"))
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    QApplication.processEvents()
    path = SCREENSHOTS / "editor-timeline.png"
    assert editor.grab().save(str(path))
    assert path.stat().st_size > 10_000
