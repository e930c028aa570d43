"""What the person at the screen sees when Koerskaart itself makes a mistake.

An exception nobody foresaw (in a slot, a timer, a thread's result) is written to the log file by
:mod:`koerskaart.logbook` and shown as one Dutch message: that something went wrong, until when
the conversation was saved, and where the details were written. The exception's own text never
reaches the dialog (it is English, technical, and can quote what was typed). Help → "Logbestand
openen" opens that file. This module decides nothing about the data; it only reports.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QtMsgType, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from koerskaart import logbook
from koerskaart.ui import messages


def _tr(text: str) -> str:
    return QCoreApplication.translate("Unexpected", text)


def unexpected_text(last_saved: datetime | None, log: Path) -> str:
    """The message for an unexpected error: what is safe, and where the details are."""
    if last_saved is not None:
        saved = _tr("Er ging iets onverwachts mis. Het gesprek is opgeslagen tot %1.").replace(
            "%1", last_saved.astimezone().strftime("%H:%M:%S")
        )
    else:
        saved = _tr("Er ging iets onverwachts mis. Wat al was opgeslagen, is bewaard.")
    return saved + " " + _tr("De details staan in %1.").replace("%1", str(log))


def last_saved(windows: Iterable[QWidget]) -> datetime | None:
    """The latest successful save of the open conversation windows, if any."""
    moments = [
        w.session.last_saved  # type: ignore[attr-defined]  # a ConversationWindow's session
        for w in windows
        if getattr(getattr(w, "session", None), "last_saved", None) is not None
    ]
    return max(moments) if moments else None


def report(parent: QWidget | None, exc: BaseException, saved: datetime | None, where: str = "") -> None:
    log = logbook.record_unexpected(exc, where)
    messages.error(parent, _tr("Er ging iets mis"), unexpected_text(saved, log))


def install_excepthook(parent: QWidget, windows: Callable[[], Iterable[QWidget]]) -> None:
    """Route every uncaught exception of the window's event loop to :func:`report`."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, exc, tb)
            return
        report(parent, exc.with_traceback(tb), last_saved(windows()), "venster")

    sys.excepthook = hook


def open_log_file(parent: QWidget | None) -> None:
    """Open the log file in the system's text viewer; say so when nothing was written yet."""
    path = logbook.log_file()
    if not path.exists():
        messages.inform(
            parent,
            _tr("Logbestand"),
            _tr("Er is nog niets in het logbestand geschreven. Het komt in %1.").replace("%1", str(path)),
        )
        return
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        messages.inform(
            parent, _tr("Logbestand"), _tr("Het logbestand staat in %1.").replace("%1", str(path))
        )


def install_qt_log() -> object:
    """Qt's own warnings (a missing font, a style sheet it cannot read) go to the log file too.

    Returns the handler it replaced."""
    logger = logging.getLogger("koerskaart.qt")
    levels = {
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if kind in levels:
            logger.log(levels[kind], "%s", message)

    return qInstallMessageHandler(handler)
