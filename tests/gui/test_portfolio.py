"""The portfolio window driven through its real widgets: filter, map by keyboard, open, file a
report, what-if, exports read back, and screenshots of every view at 1280x720 (normal and
presentation mode) in ``artifacts/screenshots/`` to look at."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.ui.portfolio.window import PortfolioWindow
from koerskaart.ui.presentation import apply_presentation
from koerskaart.ui.settings import UiSettings
from tests.gui.app_support import SIZE, screenshot
from tests.gui.typing import type_text
from tests.unit import demo_support

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

NOW = datetime(2026, 12, 4, 9, 0, tzinfo=UTC)


def _now() -> datetime:
    return NOW


@pytest.fixture
def repo(demo_db_path: Path):
    db = Database.open(demo_db_path)
    yield Repository(db, clock=_now, actor="portefeuillemanager")
    db.close()


@pytest.fixture
def window(qtbot, repo: Repository, popups) -> PortfolioWindow:
    shown = PortfolioWindow(repo)
    qtbot.addWidget(shown)
    shown.resize(*SIZE)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _table_ids(window: PortfolioWindow) -> set[int]:
    model = window.table_model
    return {model.facts(row).id for row in range(model.rowCount())}


def test_the_filter_applies_to_every_view(qtbot, window: PortfolioWindow) -> None:
    assert window.state.period == "2026-11"
    assert len(_table_ids(window)) == 19
    window.filters.domain.setCurrentIndex(window.filters.domain.findData("Bedrijfsvoering"))
    shown = _table_ids(window)
    assert len(shown) == 5
    assert {b.opgave_id for b in window.map_view.map.map_layout().bubbles} == shown
    window.tabs.setCurrentWidget(window.progress_view)
    assert {window.progress_view.list.item(r).data(Qt.ItemDataRole.UserRole)
            for r in range(window.progress_view.list.count())} == shown  # fmt: skip
    window.tabs.setCurrentWidget(window.capacity_view)
    team_opgaven = {s.opgave_id for t in window.capacity_view.teams for s in t.shares}
    assert team_opgaven <= shown
    assert "5 van 19" in window.windowTitle()
    window.tabs.setCurrentWidget(window.map_view)
    window.filters.light.setCurrentIndex(window.filters.light.findData("rood"))
    assert [window.table_model.facts(r).title for r in range(window.table_model.rowCount())] == [
        "Informatieveiligheid en privacy op orde"
    ]
    window.filters.domain.setCurrentIndex(0)
    window.filters.light.setCurrentIndex(0)
    qtbot.keyClicks(window.filters.search, "wonen")
    assert {window.table_model.facts(r).title for r in range(window.table_model.rowCount())} == {
        "Betaalbaar wonen voor starters en senioren",
        "Langer zelfstandig thuis wonen",
    }


def test_sorting_the_table_by_light_puts_red_first(window: PortfolioWindow) -> None:
    window.tabs.setCurrentWidget(window.table)
    window.table.sortByColumn(7, Qt.SortOrder.AscendingOrder)
    first = window.sorted.index(0, 0).data()
    assert first == "Informatieveiligheid en privacy op orde"
    window.table.sortByColumn(9, Qt.SortOrder.DescendingOrder)  # asked fte, biggest first
    assert window.sorted.index(0, 0).data() == "Veilige en leefbare buurt Europaplein"


def test_a_bubble_is_chosen_by_keyboard_and_opened_with_enter(qtbot, window: PortfolioWindow) -> None:
    chart = window.map_view.map
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Home)
    layout = chart.map_layout()
    first = layout.bubbles[0]
    assert chart.current() == first.opgave_id
    assert first.title in window.map_view.facts.text()
    qtbot.keyClick(chart, Qt.Key.Key_Right)
    second = chart.current()
    assert second is not None and second != first.opgave_id
    assert layout.bubbles[layout.index_of(second) or 0].cx > first.cx
    with qtbot.waitSignal(window.openRequested) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened.args == [second]
    qtbot.keyClick(chart, Qt.Key.Key_2)  # zoom to complex and long
    assert chart.zoom() is not None and window.map_view.zoom.currentIndex() == 2
    assert all(b.quadrant == "lang_complex" for b in chart.map_layout().bubbles)
    qtbot.keyClick(chart, Qt.Key.Key_Escape)
    assert chart.zoom() is None


def test_a_click_selects_and_a_double_click_opens(qtbot, window: PortfolioWindow) -> None:
    chart = window.map_view.map
    bubble = chart.map_layout().bubbles[3]
    point = QPoint(round(bubble.cx), round(bubble.cy))
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert chart.current() == bubble.opgave_id and window.map_view.open_button.isEnabled()
    with qtbot.waitSignal(window.openRequested) as opened:
        qtbot.mouseDClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [bubble.opgave_id]


def test_the_map_as_table_and_in_words(window: PortfolioWindow) -> None:
    view = window.map_view
    view.as_table.setChecked(True)
    assert view.stack.currentWidget() is view.table
    assert view.table.rowCount() == len(view.map.map_layout().bubbles) == 19
    view.describe.setChecked(True)
    text = view.text.toPlainText()
    assert "Complex en lang (opgavegerichte aanpak met partners)" in text
    assert "Veilige en leefbare buurt Europaplein: groen" in text


def test_filing_a_red_report_needs_an_explanation_and_changes_the_strip(
    qtbot, window: PortfolioWindow
) -> None:
    window.tabs.setCurrentWidget(window.progress_view)
    title = "Klimaatadaptief Duinwijk: wateroverlast en hitte"
    assert title in window.progress_view.missing.text()
    opgave = next(f for f in window.state.all_facts if f.title == title)
    window.progress_view.select(opgave.id)
    assert window.progress_view.strip.lights()[-1] is None  # nothing over November yet
    qtbot.mouseClick(window.progress_view.report_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        "Afspraak in het contract" in dialog.criteria.text()
        and opgave.record.criteria in dialog.criteria.text()
    )
    dialog.light_buttons["rood"].click()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    problem = dialog.problems["explanation"]
    assert problem.isVisible() and "toelichting verplicht" in problem.text()
    assert dialog.isVisible()
    assert len(window.repo.progress_reports(opgave.id)) == len(opgave.record.reports)  # nothing stored
    type_text(dialog.explanation, "Hittegolf: €-budget op, gesprek met de corporatie")
    type_text(dialog.help_text, "Besluit over het extra budget")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.progress_view.current_id() == opgave.id
    assert window.progress_view.strip.lights()[-1] == "rood"
    assert title not in window.progress_view.missing.text()
    assert "Hittegolf: €-budget op" in window.progress_view.history.toPlainText()
    stored = window.repo.progress_reports(opgave.id)[-1]
    assert (stored.period, stored.traffic_light, stored.help_asked) == (
        "2026-11",
        "rood",
        "Besluit over het extra budget",
    )


def test_what_if_later_relieves_an_over_committed_team(qtbot, window: PortfolioWindow) -> None:
    view = window.capacity_view
    window.tabs.setCurrentWidget(view)
    assert "Vergunningen, Toezicht & Handhaving: 2,0 fte toegezegd van 1,6 beschikbaar" in view.summary.text()
    row = next(
        r
        for r in range(view.later.count())
        if view.later.item(r).text() == "Veilige en leefbare buurt Europaplein"
    )
    view.later.item(row).setCheckState(Qt.CheckState.Checked)
    assert window.state.later == {next(f.id for f in window.state.all_facts if f.title.startswith("Veilige"))}
    vth = next(t for t in view.teams if t.team == "Vergunningen, Toezicht & Handhaving")
    assert not vth.overcommitted
    assert "Vergunningen" not in view.summary.text()
    assert "fte gevraagde capaciteit vrij in 2026" in view.freed.text()


def test_both_exports_from_the_menu_are_read_back(
    qtbot, window: PortfolioWindow, popups, tmp_path: Path
) -> None:
    window.filters.domain.setCurrentIndex(window.filters.domain.findData("Sociaal"))
    pdf, xlsx = tmp_path / "board.pdf", tmp_path / "portefeuille.xlsx"
    popups.reply(str(pdf), 0, str(xlsx), 0)
    window.action_pdf.trigger()
    window.action_xlsx.trigger()
    assert [m.kind for m in popups.messages] == ["file", "information", "file", "information"]
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Rapport voor het opgavenboard" in text and "Selectie: Sociaal" in text
    assert "Gezond en kansrijk opgroeien" in text and "Financieel gezonde meerjarenbegroting" not in text
    book = load_workbook(xlsx)
    titles = [row[0] for row in book["Opgaven"].iter_rows(min_row=2, values_only=True)]
    assert "Gezond en kansrijk opgroeien" in titles and "Financieel gezonde meerjarenbegroting" not in titles


def test_team_leader_enters_available_capacity(qtbot, window: PortfolioWindow) -> None:
    window.tabs.setCurrentWidget(window.capacity_view)
    qtbot.mouseClick(window.capacity_view.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    dialog.team.setCurrentIndex(dialog.team.findText("Jeugd en Onderwijs"))
    assert dialog.fte.value() == 1.5 and dialog.leader.text() == "Y. Öztürk-Demo"
    dialog.fte.setValue(2.0)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    jeugd = next(t for t in window.capacity_view.teams if t.team == "Jeugd en Onderwijs")
    assert jeugd.available == 2.0 and not jeugd.overcommitted


@pytest.mark.parametrize("presentation", [False, True], ids=["normal", "presentatie"])
def test_screenshots_of_every_view(
    qtbot, window: PortfolioWindow, tmp_path: Path, presentation: bool
) -> None:
    settings = UiSettings(tmp_path / "k.ini")
    settings.presentation = presentation
    apply_presentation(window, settings)
    window.resize(*SIZE)
    suffix = "presentatie" if presentation else "normaal"
    for index, name in enumerate(("kaart", "tabel", "capaciteit", "voortgang")):
        window.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        path = screenshot(window, f"portfolio-{name}-{suffix}")
        assert path.stat().st_size > 10_000
    window.tabs.setCurrentIndex(0)
    window.map_view.map.setFocus()
    qtbot.keyClick(window.map_view.map, Qt.Key.Key_Home)
    screenshot(window, f"portfolio-kaart-gekozen-{suffix}")
    chart = window.map_view.map.map_layout()
    assert chart.scene.width == window.map_view.map.width()
    # Every bubble of the demo is on the screen, inside the plot, and labelled.
    assert len(chart.bubbles) == 19
    for bubble in chart.bubbles:
        assert chart.plot.contains(bubble.cx, bubble.cy) and bubble.label


def test_the_start_window_opens_the_portfolio_and_an_opgave_from_it(qtbot, main_window, demo_db_path) -> None:
    assert not main_window.actionPortfolio.isEnabled()  # no database yet
    assert main_window.open_database(demo_db_path)
    assert main_window.actionPortfolio.isEnabled()
    assert main_window.actionPortfolio in main_window.ui.toolBar.actions()
    assert main_window.actionPortfolio in main_window.ui.menuFile.actions()
    main_window.actionPortfolio.trigger()
    portfolio = main_window.portfolio
    assert isinstance(portfolio, PortfolioWindow) and portfolio.isVisible()
    main_window.actionPortfolio.trigger()  # a second time raises the same window
    assert main_window.portfolio is portfolio
    europa = next(f for f in portfolio.state.all_facts if f.title == "Veilige en leefbare buurt Europaplein")
    with qtbot.waitSignal(main_window.conversationOpened) as opened:
        portfolio.openRequested.emit(europa.id)
    assert opened.args == [europa.record.contract_id]
    portfolio.close()
    qtbot.waitUntil(lambda: main_window.portfolio is None)


def test_screenshot_of_a_refused_report(qtbot, window: PortfolioWindow) -> None:
    window.tabs.setCurrentWidget(window.progress_view)
    window.progress_view.select(next(f.id for f in window.state.all_facts if f.title.startswith("Aanpak")))
    window.progress_view.report_button.click()
    dialog = window.dialog
    dialog.resize(900, 640)
    dialog.light_buttons["oranje"].click()
    dialog.save_button.click()
    assert dialog.problems["explanation"].isVisible()
    screenshot(dialog, "portfolio-rapportage-geweigerd")
    dialog.reject()


def test_activities_can_join_the_map(qtbot, window: PortfolioWindow) -> None:
    view = window.map_view
    view.show_activities.setChecked(True)
    layout = view.map.map_layout()
    dots = [b for b in layout.bubbles if b.activity]
    assert len(dots) >= 45  # the demo's ~50 activities with dates and a complexity
    assert len([b for b in layout.bubbles if not b.activity]) == 19
    dot = dots[0]
    assert dot.activity in view.map.tooltip_for(dot) and dot.title in view.map.tooltip_for(dot)
    view.map.setFocus()
    qtbot.keyClick(view.map, Qt.Key.Key_Home)
    qtbot.keyClick(view.map, Qt.Key.Key_Right)
    current = layout.bubbles[layout.index_of(view.map.current()) or 0]
    assert not current.activity  # the keys step between opgaven, not between their activities
    screenshot(window, "portfolio-kaart-activiteiten")
    view.as_table.setChecked(True)
    assert view.table.rowCount() == len(layout.bubbles)


@pytest.fixture
def english(qapp):
    from koerskaart.ui.language import Translators

    translators = Translators(qapp)
    assert translators.install("en")
    yield translators
    translators.install("nl")


def test_the_english_portfolio_window_speaks_english(qtbot, english, repo: Repository, popups) -> None:
    import xml.etree.ElementTree as ET

    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QTabWidget

    from koerskaart.paths import I18N_DIR
    from koerskaart.portfolio.scene import Text

    dutch = {
        (message.findtext("source") or "").replace("&", "")
        for context in ET.parse(I18N_DIR / "koerskaart_en.ts").getroot().iter("context")
        if context.findtext("name") == "portfolio"
        for message in context.iter("message")
        if (message.findtext("source") or "") != (message.findtext("translation") or "")
    }
    dutch = {text for text in dutch if "%" not in text and "{" not in text and len(text) > 3}
    shown = PortfolioWindow(repo)
    qtbot.addWidget(shown)
    shown.resize(*SIZE)
    shown.show()
    seen: list[str] = []
    for index in range(shown.tabs.count()):
        shown.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        for widget in shown.findChildren(QAbstractButton) + shown.findChildren(QLabel):
            if widget.isVisible():
                seen.append(widget.text().replace("&", ""))
        for combo in shown.findChildren(QComboBox):
            seen += [combo.itemText(i) for i in range(min(combo.count(), 5))]
        for tabs in shown.findChildren(QTabWidget):
            seen += [tabs.tabText(i) for i in range(tabs.count())]
    seen += [shown.table_model.headerData(c, Qt.Orientation.Horizontal) for c in range(15)]
    seen += [s.text for s in shown.map_view.map.map_layout().scene.shapes if isinstance(s, Text)]
    seen += [shown.menuBar().actions()[0].text().replace("&", "")]
    found = sorted({text for text in seen if text in dutch})
    assert found == [], found
    assert "What can we handle?" in seen and "Complex and long" in seen
    screenshot(shown, "portfolio-kaart-english")


def test_an_empty_database_opens_a_calm_empty_portfolio(qtbot, tmp_path: Path, popups) -> None:
    db = Database.open(tmp_path / "leeg.sqlite")
    try:
        shown = PortfolioWindow(Repository(db, clock=_now))
        qtbot.addWidget(shown)
        shown.resize(*SIZE)
        shown.show()
        for index in range(shown.tabs.count()):
            shown.tabs.setCurrentIndex(index)
            QApplication.processEvents()
        assert shown.map_view.map.map_layout().bubbles == []
        assert "elke opgave" in shown.progress_view.missing.text()
        assert shown.capacity_view.teams == ()
        shown.action_report.trigger()  # nothing chosen: a message, no dialog
        assert popups.messages and "Kies eerst een opgave" in popups.messages[-1].text
        shown.close()
    finally:
        db.close()
