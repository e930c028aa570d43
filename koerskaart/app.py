"""Starting the Koerskaart window: QApplication, translators, settings, main window, then the database.

:func:`run_gui` shows the main window with a light "Laden…" page first and then, from the event
loop, fills the start list straight from the file and gives the search field the keyboard; the
storage layer (SQLModel, SQLAlchemy) is imported in the background meanwhile. A database that
cannot be used is explained in a Dutch message with the choice to pick another file or quit; the
file is never touched. The application's name, organisation, version, icon and desktop file name
are set here, so Qt's settings and the desktop find the program under one name.

``KOERSKAART_BENCH_EXIT_ON_SHOW=1`` makes the window print ``KOERSKAART_SHOWN <ms>`` once it is
exposed and quit; ``=loaded``: once the list is filled and has the keyboard (a usable window),
with ``opgaven=<rows> focus=<search|table|other>``; ``=ready``: once the repository is open too.
The start-up benchmark and the packaging tests use it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from koerskaart import __version__
from koerskaart.paths import (
    APP_ID,
    APP_NAME,
    DB_ENV_VAR,
    ICONS_DIR,
    ORGANIZATION_DOMAIN,
    ORGANIZATION_NAME,
    resolve_database_text,
)
from koerskaart.ui.language import Translators
from koerskaart.ui.main_window import MainWindow
from koerskaart.ui.settings import UiSettings, default_settings_path

BENCH_ENV_VAR = "KOERSKAART_BENCH_EXIT_ON_SHOW"
BENCH_MARKER = "KOERSKAART_SHOWN"


def choose_database(args: argparse.Namespace, settings: UiSettings) -> str:
    """``--db`` wins, then ``KOERSKAART_DB``, then the database used last time, then the default.

    The result is a file path or a server URL; the main window reads (and if need be refuses) it.
    """
    if getattr(args, "db", None) or os.environ.get(DB_ENV_VAR):
        return resolve_database_text(getattr(args, "db", None))
    last = settings.last_database
    if last and ("://" in last or Path(last).exists()):
        return last
    return resolve_database_text(None)


def start_gui(args: argparse.Namespace, *, settings_path: Path | None = None) -> MainWindow:
    """Create the application and show the main window; the database opens from the event loop.

    Split from :func:`run_gui` so tests can drive the start-up with their own event loop (a
    finished ``QApplication.exec()`` leaves Qt unable to run timers in the same process).
    """
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    describe_application(app)
    settings = UiSettings(settings_path or default_settings_path())
    language = getattr(args, "language", None) or settings.language
    if getattr(args, "language", None):
        settings.language = language
    translators = Translators(app)
    if not translators.install(language) and language == "nl":
        print(QT_DUTCH_MISSING, file=sys.stderr)
    window = MainWindow(settings, translators)
    window.show()

    bench = os.environ.get(BENCH_ENV_VAR, "")

    def report_and_quit() -> None:
        focus = app.focusWidget()
        where = (
            "search"
            if focus is window.start.ui.searchEdit
            else "table"
            if focus is window.start.ui.tableView
            else "other"
        )
        print(
            f"{BENCH_MARKER} {(time.perf_counter() - started) * 1000:.1f} "
            f"opgaven={window.start.model.rowCount()} focus={where}",
            flush=True,
        )
        window.close()
        app.quit()

    if bench and bench not in ("loaded", "ready"):
        QTimer.singleShot(0, report_and_quit)
        return window
    path = choose_database(args, settings)
    if bench:
        signal = window.listShown if bench == "loaded" else window.databaseOpened
        signal.connect(lambda: QTimer.singleShot(0, report_and_quit))
    # After the first paint: the event loop shows the window, then the list is read.
    QTimer.singleShot(0, lambda: window.start_with(path))
    return window


QT_DUTCH_MISSING = (
    "koerskaart: let op: Qt's eigen Nederlandse teksten (qtbase_nl.qm) zijn niet gevonden; "
    "knoppen van Qt staan in het Engels."
)


def describe_application(app: QApplication) -> None:
    """Name, organisation, version, icon and desktop entry: where settings and the desktop look."""
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANIZATION_NAME)
    app.setOrganizationDomain(ORGANIZATION_DOMAIN)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(application_icon())


def application_icon() -> QIcon:
    """The icon of every window: the SVG, with the rendered PNG sizes for small sizes."""
    icon = QIcon(str(ICONS_DIR / "koerskaart.svg"))
    for png in sorted(ICONS_DIR.glob("koerskaart-*.png")):
        icon.addFile(str(png))
    return icon


def run_gui(args: argparse.Namespace, *, settings_path: Path | None = None) -> int:
    """Run the window until it is closed; returns the exit status."""
    window = start_gui(args, settings_path=settings_path)

    def install_log() -> None:
        from koerskaart import logbook
        from koerskaart.ui.unexpected import install_excepthook, install_qt_log

        if logbook.install() is not None:
            install_qt_log()
        install_excepthook(window, lambda: list(window.conversations.values()))

    QTimer.singleShot(0, install_log)  # from the event loop: the first window does not wait for it
    window.quitRequested.connect(QApplication.exit)
    status = QApplication.exec()
    window.settings.sync()
    return status if status else window.exit_status
