"""The portfolio window with 300 opgaven (900 activities, 600 capacity requests, ~2,900 reports):
from creating the window (which reads the portfolio) to shown and painted; then the map redrawn
on a filter change.

Baselines from the same run: a bare QMainWindow with a QTableWidget of 300 x 15 cells shown and
painted, and for the map a repaint without a filter change (the layout cached, only painting).
Prints medians and ratios (targets: window <= 300 ms, map redraw <= 16 ms median).

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_portfolio.py [ROUNDS]``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMainWindow, QTableWidget, QTableWidgetItem  # noqa: E402

from bench.portfolio_data import COUNT, NOW, make_portfolio  # noqa: E402
from koerskaart.portfolio.figures import PortfolioFilter  # noqa: E402
from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402
from koerskaart.ui import messages  # noqa: E402
from koerskaart.ui.portfolio.window import PortfolioWindow  # noqa: E402

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 9
FILTERS = (
    PortfolioFilter(domains=frozenset({"Fysiek"})),
    PortfolioFilter(),
    PortfolioFilter(light="oranje"),
    PortfolioFilter(domains=frozenset({"Sociaal"})),
    PortfolioFilter(status="getekend"),
    PortfolioFilter(search="opgave 1"),
)


def bare_table(app: QApplication) -> float:
    started = time.perf_counter()
    window = QMainWindow()
    table = QTableWidget(COUNT, 15)
    for row in range(COUNT):
        for column in range(15):
            table.setItem(row, column, QTableWidgetItem(f"cel {row} {column}"))
    window.setCentralWidget(table)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    window.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    window.close()
    window.deleteLater()
    app.processEvents()
    return elapsed


def portfolio_window(app: QApplication, repo: Repository) -> tuple[float, PortfolioWindow]:
    started = time.perf_counter()
    window = PortfolioWindow(repo)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    window.repaint()
    elapsed = (time.perf_counter() - started) * 1000
    assert len(window.state.all_facts) == COUNT
    return elapsed, window


def main() -> None:
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp, messages.recording():
        path = Path(tmp) / "bench.sqlite"
        started = time.perf_counter()
        make_portfolio(path)
        made = time.perf_counter() - started
        repo = Repository(Database.open(path), clock=lambda: NOW, actor="bench")
        bare_table(app)  # warm up Qt's styles and fonts for both
        first, window = portfolio_window(app, repo)
        window.close()
        shown, bare = [], []
        for _ in range(ROUNDS):
            bare.append(bare_table(app))
            elapsed, window = portfolio_window(app, repo)
            shown.append(elapsed)
            window.close()
            window.deleteLater()
            app.processEvents()

        _, window = portfolio_window(app, repo)
        chart = window.map_view.map
        redraw, cached, paint = [], [], []
        for index in range(ROUNDS * len(FILTERS)):
            chart._cache.clear()  # a filter never seen: the whole layout is made anew
            started = time.perf_counter()
            window.state.set_filter(FILTERS[index % len(FILTERS)])
            chart.repaint()
            redraw.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            chart.repaint()
            paint.append((time.perf_counter() - started) * 1000)
        small = []  # a municipality's real portfolio: some twenty opgaven on the map
        for index in range(ROUNDS * len(FILTERS)):
            chart._cache.clear()
            started = time.perf_counter()
            window.state.set_filter(PortfolioFilter(search=f"opgave {index % 15:02d}"))
            chart.repaint()
            small.append((time.perf_counter() - started) * 1000)
        for index in range(ROUNDS * len(FILTERS)):  # going back and forth between filters seen before
            started = time.perf_counter()
            window.state.set_filter(FILTERS[index % len(FILTERS)])
            chart.repaint()
            cached.append((time.perf_counter() - started) * 1000)
        window.close()
        repo.db.close()
    median_shown, median_bare = statistics.median(shown), statistics.median(bare)
    median_redraw, median_paint = statistics.median(redraw), statistics.median(paint)
    lines = [
        f"portfolio of {COUNT} opgaven (made in {made:.1f} s):",
        f"  window created to shown, first round:   {first:7.1f} ms",
        f"  median of {ROUNDS} rounds:                   {median_shown:7.1f} ms  (target <= 300 ms)",
        f"  baseline: bare 300 x 15 table shown:     {median_bare:7.1f} ms"
        f"  ratio {median_shown / median_bare:.1f}x",
        f"  map redraw on a new filter, median:      {median_redraw:7.1f} ms  (target <= 16 ms)",
        f"  map redraw back to a filter, median:     {statistics.median(cached):7.1f} ms",
        f"  map redraw, new filter of 10 opgaven:    {statistics.median(small):7.1f} ms",
        f"  baseline: map repaint, layout cached:    {median_paint:7.1f} ms"
        f"  ratio {median_redraw / median_paint:.1f}x",
        f"  map redraw on a new filter, slowest:     {max(redraw):7.1f} ms",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
