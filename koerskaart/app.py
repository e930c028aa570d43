"""Starting the Koerskaart window: QApplication, translators, settings, main window, then the database.

:func:`run_gui` shows the main window with a light "Laden…" page first and only then (from the
event loop) imports the storage layer and opens the database, so the first window appears
before SQLModel and SQLAlchemy are loaded. A database that cannot be used is explained in a
Dutch message with the choice to pick another file or quit; the file is never touched.

``KOERSKAART_BENCH_EXIT_ON_SHOW=1`` makes the window print ``KOERSKAART_SHOWN`` once it is
exposed and quit (``=loaded``: once the list is filled); the start-up benchmark uses it.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from koerskaart.paths import APP_NAME, DB_ENV_VAR, resolve_database_path
from koerskaart.ui.language import Translators
from koerskaart.ui.main_window import MainWindow
from koerskaart.ui.settings import UiSettings, default_settings_path

BENCH_ENV_VAR = "KOERSKAART_BENCH_EXIT_ON_SHOW"
BENCH_MARKER = "KOERSKAART_SHOWN"


def choose_database(args: argparse.Namespace, settings: UiSettings) -> Path:
    """``--db`` wins, then ``KOERSKAART_DB``, then the file used last time, then the default."""
    if getattr(args, "db", None) or os.environ.get(DB_ENV_VAR):
        return resolve_database_path(getattr(args, "db", None))
    last = settings.last_database
    if last and Path(last).exists():
        return Path(last)
    return resolve_database_path(None)


def start_gui(args: argparse.Namespace, *, settings_path: Path | None = None) -> MainWindow:
    """Create the application and show the main window; the database opens from the event loop.

    Split from :func:`run_gui` so tests can drive the start-up with their own event loop (a
    finished ``QApplication.exec()`` leaves Qt unable to run timers in the same process).
    """
    started = time.perf_counter()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    settings = UiSettings(settings_path or default_settings_path())
    language = getattr(args, "language", None) or settings.language
    if getattr(args, "language", None):
        settings.language = language
    translators = Translators(app)
    translators.install(language)
    window = MainWindow(settings, translators)
    window.show()

    bench = os.environ.get(BENCH_ENV_VAR, "")

    def report_and_quit() -> None:
        print(f"{BENCH_MARKER} {(time.perf_counter() - started) * 1000:.1f}", flush=True)
        window.close()
        app.quit()

    if bench and bench != "loaded":
        QTimer.singleShot(0, report_and_quit)
        return window
    path = choose_database(args, settings)
    if bench == "loaded":
        window.databaseOpened.connect(lambda: QTimer.singleShot(0, report_and_quit))
    # After the first paint: the event loop shows the window, then the database is opened.
    QTimer.singleShot(0, lambda: window.open_database(path))
    return window


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
