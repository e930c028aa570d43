"""The portfolio window: every opgave on one screen, for the portfolio manager and the opgavenboard.

A filter row (shared by every view) above four tabs: the map (complexity x time), the table,
capacity per team ("wat kunnen we aan") and progress (lights, reports, who has not reported).
The Portefeuille menu writes the opgavenboard PDF and the Excel workbook of what is shown. Opening
an opgave is asked of the main window through ``openRequested``. The window binds the views to
one :class:`~koerskaart.ui.portfolio.state.PortfolioState`; the figures are computed elsewhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMainWindow, QTableView, QTabWidget, QVBoxLayout, QWidget

from koerskaart.errors import UserFacingError
from koerskaart.portfolio.periods import current_period, recent
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from koerskaart.ui.portfolio.capacity_dialog import CapacityDialog
from koerskaart.ui.portfolio.capacity_view import CapacityView
from koerskaart.ui.portfolio.filter_bar import FilterBar
from koerskaart.ui.portfolio.map_view import MapView
from koerskaart.ui.portfolio.progress_view import ProgressView
from koerskaart.ui.portfolio.report_dialog import ReportDialog
from koerskaart.ui.portfolio.state import PortfolioState
from koerskaart.ui.portfolio.table_model import ID_ROLE, PortfolioTableModel
from koerskaart.ui.portfolio.words import period_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


class PortfolioWindow(QMainWindow):
    openRequested = Signal(int)  # opgave id
    closed = Signal()

    def __init__(self, repo: Repository, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("portfolioWindow")
        self.setWindowTitle(_tr("Portefeuille – alle opgaven"))
        self.repo = repo
        self.state = PortfolioState(repo, self)
        self.dialog: QWidget | None = None  # the open dialog, for tests

        central = QWidget()
        layout = QVBoxLayout(central)
        self.filters = FilterBar()
        layout.addWidget(self.filters)
        self.tabs = QTabWidget()
        self.map_view = MapView(self.state)
        self.table_model = PortfolioTableModel(self)
        self.sorted = self.table_model  # sorts itself (see table_model.py)
        self.table = QTableView()
        self.table.setObjectName("portfolioTable")
        self.table.setAccessibleName(_tr("Alle opgaven als tabel"))
        self.table.setModel(self.sorted)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setResizeContentsPrecision(40)  # 300 rows: measure a sample
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self._open_table_row)
        self.capacity_view = CapacityView(self.state)
        self.progress_view = ProgressView(self.state)
        self.tabs.addTab(self.map_view, _tr("Kaart"))
        self.tabs.addTab(self.table, _tr("Tabel"))
        self.tabs.addTab(self.capacity_view, _tr("Wat kunnen we aan?"))
        self.tabs.addTab(self.progress_view, _tr("Voortgang"))
        self.tabs.currentChanged.connect(lambda _=0: self._fit_columns())
        layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

        menu = self.menuBar().addMenu(_tr("&Portefeuille"))
        self.action_pdf = QAction(_tr("Rapport voor het opgavenboard (pdf)…"), self)
        self.action_xlsx = QAction(_tr("Exporteren naar Excel…"), self)
        self.action_report = QAction(_tr("Voortgangsrapportage invullen…"), self)
        self.action_refresh = QAction(_tr("Vernieuwen"), self)
        self.action_refresh.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.action_close = QAction(_tr("Sluiten"), self)
        self.action_close.setShortcut(QKeySequence("Ctrl+W"))
        for action in (self.action_pdf, self.action_xlsx, self.action_report, self.action_refresh):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_close)
        self.action_pdf.triggered.connect(self.export_pdf)
        self.action_xlsx.triggered.connect(self.export_xlsx)
        self.action_report.triggered.connect(self._report_for_current)
        self.action_refresh.triggered.connect(self.reload)
        self.action_close.triggered.connect(self.close)

        self.filters.filterChanged.connect(self.state.set_filter)
        self.filters.periodChanged.connect(self._period_chosen)
        self.state.changed.connect(self._state_changed)
        self.map_view.openRequested.connect(self.openRequested)
        self.progress_view.reportRequested.connect(self.file_report)
        self.capacity_view.editRequested.connect(self.edit_capacity)
        self._state_changed()
        self._fill_filters()

    # ------------------------------------------------------------------ state
    def reload(self) -> None:
        self.state.reload()
        self._fill_filters()

    def _fill_filters(self) -> None:
        periods = tuple(reversed(recent(current_period(self.state.today), 24)))
        self.filters.fill(self.state.all_facts, periods, self.state.period)

    def _period_chosen(self, period: str) -> None:
        if period:
            self.state.set_period(period)

    def _state_changed(self) -> None:
        self.table_model.set_rows(self.state.facts)
        self._fit_columns()
        shown, total = len(self.state.facts), len(self.state.all_facts)
        title = _tr("Portefeuille – %1 van %2 opgaven – %3")
        title = title.replace("%1", str(shown)).replace("%2", str(total))
        self.setWindowTitle(title.replace("%3", period_text(self.state.period)))

    def _fit_columns(self) -> None:
        if not self.table.isVisible():
            return  # done when the table tab is chosen
        self.table.resizeColumnsToContents()
        x = self.fontMetrics().horizontalAdvance("x")
        for column in range(self.table_model.columnCount()):
            widest = x * (52 if column == 0 else 34)  # the title may take more room than the rest
            if self.table.columnWidth(column) > widest:
                self.table.setColumnWidth(column, widest)

    def changeEvent(self, event: QEvent) -> None:
        # Presentation mode and zoom restyle the window: the columns follow the new type size.
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            self._fit_columns()
        super().changeEvent(event)

    def _open_table_row(self, index) -> None:  # type: ignore[no-untyped-def]  # a QModelIndex from the view
        opgave_id = index.data(ID_ROLE)
        if opgave_id is not None:
            self.openRequested.emit(int(opgave_id))

    # ------------------------------------------------------------------ reports and capacity
    def _current_opgave(self) -> int | None:
        if self.tabs.currentWidget() is self.progress_view:
            return self.progress_view.current_id()
        if self.tabs.currentWidget() is self.table:
            rows = self.table.selectionModel().selectedRows()
            return int(rows[0].data(ID_ROLE)) if rows else None
        return self.map_view.map.current()

    def _report_for_current(self) -> None:
        opgave_id = self._current_opgave()
        if opgave_id is None:
            messages.inform(self, _tr("Voortgangsrapportage"), _tr("Kies eerst een opgave."))
            return
        self.file_report(opgave_id)

    def file_report(self, opgave_id: int) -> None:
        item = self.state.find(opgave_id)
        if item is None:
            return
        dialog = ReportDialog(self.repo, item, self.state.period, self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.filed.connect(lambda _id: self._after_report(opgave_id))
        self.dialog = dialog
        dialog.open()

    def _after_report(self, opgave_id: int) -> None:
        self.reload()
        self.tabs.setCurrentWidget(self.progress_view)
        self.progress_view.select(opgave_id)

    def edit_capacity(self) -> None:
        dialog = CapacityDialog(self.repo, self.state.data, self.capacity_view.chosen_year(), self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.accepted.connect(self.reload)
        self.dialog = dialog
        dialog.open()

    # ------------------------------------------------------------------ exports
    def export_pdf(self) -> None:
        path = messages.pick_file(
            self,
            _tr("Rapport voor het opgavenboard opslaan"),
            _tr("PDF-bestand (*.pdf)"),
            directory=f"opgavenboard-{self.state.period}.pdf",
            save=True,
        )
        if not path:
            return
        from koerskaart.atomic_file import write_atomically
        from koerskaart.portfolio.board_pdf import render_board_pdf

        try:
            rendered = render_board_pdf(
                self.state.data,
                self.state.facts,
                period=self.state.period,
                today=self.state.today,
                selection=self.filters.description(),
            )
            write_atomically(Path(path), rendered.data)
        except UserFacingError as exc:
            messages.error(self, _tr("Rapport opslaan"), exc.message)
            return
        messages.inform(self, _tr("Rapport opslaan"), _tr("Opgeslagen: %1").replace("%1", path))

    def export_xlsx(self) -> None:
        path = messages.pick_file(
            self,
            _tr("Portefeuille opslaan als Excel"),
            _tr("Excel-werkmap (*.xlsx)"),
            directory=f"portefeuille-{self.state.period}.xlsx",
            save=True,
        )
        if not path:
            return
        from koerskaart.atomic_file import write_atomically
        from koerskaart.portfolio.workbook import render_workbook

        try:
            data = render_workbook(self.state.data, self.state.facts, period=self.state.period)
            write_atomically(Path(path), data)
        except UserFacingError as exc:
            messages.error(self, _tr("Excel opslaan"), exc.message)
            return
        messages.inform(self, _tr("Excel opslaan"), _tr("Opgeslagen: %1").replace("%1", path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
