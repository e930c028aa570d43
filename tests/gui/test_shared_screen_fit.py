"""Every step of the Europaplein demo fits a shared 1280x720 screen, in normal and presentation mode.

Sideways scrolling on a shared screen hides half of what is said, so no step page and no table on
it may scroll horizontally, one-line labels and buttons must not be cut off, and a table's column
titles may wrap but never break a word into more than two pieces.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget

from koerskaart.demo.build import load_demo
from koerskaart.record.versions import recontract
from koerskaart.storage.repository import Repository
from koerskaart.ui.editors.table_editor import RowTableView, WrappingHeader
from koerskaart.ui.settings import UiSettings
from tests.gui.conversation_support import SIZE, default_question_set, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def versions(repo: Repository) -> tuple[int, int]:
    """The demo's signed Europaplein contract and the version re-opened from it."""
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    return signed.id, recontract(repo, signed.id, "Opnieuw besproken", default_question_set()).id


@pytest.fixture
def europaplein(versions: tuple[int, int]) -> int:
    """The re-opened version: every editor shows its buttons too."""
    return versions[1]


def cut_off(page: QWidget) -> list[str]:
    """Everything on ``page`` that a viewer would see cut off or scrolling sideways."""
    problems: list[str] = []
    if isinstance(page, QScrollArea):
        if page.horizontalScrollBar().isVisible():
            problems.append(f"the page scrolls sideways by {page.horizontalScrollBar().maximum()} px")
        if page.widget().width() > page.viewport().width():
            problems.append("the page is wider than its window")
    for label in page.findChildren(QLabel):
        if label.isVisibleTo(page) and label.text() and not label.wordWrap():
            if label.sizeHint().width() > label.width() + 2:
                problems.append(f"label cut off: {label.text()[:40]!r}")
    for button in page.findChildren(QAbstractButton):
        if button.isVisibleTo(page) and button.text() and button.sizeHint().width() > button.width() + 2:
            problems.append(f"button cut off: {button.text()!r}")
    for view in page.findChildren(RowTableView):
        if not view.isVisibleTo(page):
            continue
        header = view.horizontalHeader()
        assert isinstance(header, WrappingHeader)
        if view.horizontalScrollBar().isVisible() or header.length() > view.viewport().width() + 1:
            problems.append(f"table {view.accessibleName()!r} scrolls sideways")
        room_lost = header.padding() - 6
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            for word in header.title(section).split():
                if len(header.wrapped(word, header.sectionSize(section) - room_lost)) > 2:
                    problems.append(
                        f"title {header.title(section)!r} falls apart in {view.accessibleName()!r}"
                    )
    return problems


@pytest.mark.parametrize("presentation", [False, True], ids=["normaal", "presentatie"])
def test_every_step_fits_a_shared_screen(qtbot, repo, europaplein, tmp_path, presentation, popups):
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = presentation
    window = open_window(qtbot, repo, europaplein, settings)
    assert window.size().width() == SIZE[0]
    found: dict[str, list[str]] = {}
    for key in window.step_keys():
        window.show_step(key)
        QApplication.processEvents()
        problems = cut_off(window.stack.currentWidget())
        if problems:
            found[key] = problems
    window.close()
    assert not found, found


def test_the_check_sees_a_page_that_scrolls_sideways(qtbot, repo, europaplein, tmp_path, popups):
    """The check itself can fail: a page with a too wide widget is reported."""
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    window = open_window(qtbot, repo, europaplein, settings)
    page = window.stack.currentWidget()
    assert isinstance(page, QScrollArea)
    page.widget().setMinimumWidth(2000)
    QApplication.processEvents()
    assert any("sideways" in problem for problem in cut_off(page))
    window.close()


@pytest.mark.parametrize("signed", [False, True], ids=["heropend", "getekend"])
def test_capacity_stacks_the_panel_and_the_gaps_in_large_type(
    qtbot, repo, versions, signed, tmp_path, popups
):
    """At 1280x720 in large type the team leader's panel and the gap overview stand one under the
    other at full width; all gap lines show without a scroll bar and the table has no empty band."""
    contract_id = versions[0] if signed else versions[1]
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    window = open_window(qtbot, repo, contract_id, settings)
    window.show_step("capaciteit")
    QApplication.processEvents()
    editor = window.editor("capacity")
    assert editor.stacked()
    assert editor.gaps.width() >= editor.width() - 2
    assert not editor.gaps.scroll.verticalScrollBar().isVisible()
    assert len(editor.gaps.total_lines) == 2 and len(editor.gaps.team_lines) == 5
    assert editor.gaps.total_lines[0].y() == editor.gaps.total_lines[1].y()  # the totals side by side
    assert editor.table.view.height() <= editor.table.view.sizeHint().height() + 2
    window.close()

    settings.presentation = False
    window = open_window(qtbot, repo, contract_id, settings)
    window.show_step("capaciteit")
    QApplication.processEvents()
    assert not window.editor("capacity").stacked()  # normal type: side by side
    window.close()


@pytest.fixture
def new_opgave(repo: Repository) -> int:
    from tests.gui.conversation_support import new_contract

    return new_contract(repo, default_question_set(), title="Nieuwe opgave: schone en groene wijk")


@pytest.mark.parametrize("zoom", [0, 1, 2], ids=["zoom0", "zoom+1", "zoom+2"])
@pytest.mark.parametrize("which", ["europaplein", "nieuw"])
def test_no_talk_content_is_cut_off_or_clipped_in_presentation_mode(
    qtbot, repo, versions, new_opgave, tmp_path, zoom, which, popups
):
    """Every label, button and table cell of every step shows its whole text at 1280x720 in
    presentation mode, zoomed in up to twice: rows grow and texts wrap, nothing ends in "…"."""
    from tests.gui.fit_support import clipped_content

    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    settings.zoom = zoom
    contract_id = versions[1] if which == "europaplein" else new_opgave
    window = open_window(qtbot, repo, contract_id, settings)
    found: dict[str, list[str]] = {}
    for key in window.step_keys():
        window.show_step(key)
        QApplication.processEvents()
        problems = clipped_content(window.stack.currentWidget())
        if problems:
            found[key] = problems
    window.close()
    assert not found, found


def test_the_clipping_check_sees_a_cut_off_label_and_cell(qtbot, repo, versions, tmp_path, popups):
    from tests.gui.fit_support import clipped_content

    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    window = open_window(qtbot, repo, versions[1], settings)
    window.show_step("aanpak")
    QApplication.processEvents()
    page = window.stack.currentWidget()
    assert clipped_content(page) == []
    view = window.editor("activities").table.view
    view.verticalHeader().setSectionResizeMode(view.verticalHeader().ResizeMode.Fixed)
    view.verticalHeader().resizeSection(0, 20)  # a row too short for its text
    label = window.blocks["activities"].label
    label.setWordWrap(False)
    label.setFixedWidth(40)
    QApplication.processEvents()
    problems = clipped_content(page)
    assert any("cell cut off" in p for p in problems)
    assert any("label cut off" in p and "Activiteiten" in p for p in problems)
    window.close()
