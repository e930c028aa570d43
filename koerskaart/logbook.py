"""The log file: where unexpected errors and warnings are written, so a dialog never has to show them.

:func:`install` sends Python's ``logging`` (and so :mod:`warnings`) to a rotating file in the
user's log folder (``platformdirs``; on Linux ``~/.local/state/Koerskaart/log/koerskaart.log``),
each line with its time and Koerskaart's version. :func:`record_unexpected` writes one unexpected
exception there and returns the file, so the window can say where the details are.

What this module must never do: write what people typed. A traceback is written as its frames
(file, line, function, the line of source code) and the exception's *type*; the exception's
message and the local variables are left out, because they can quote an answer, a name or a
facilitator's note (SQLAlchemy puts a statement's parameters in its message). It imports no Qt.
"""

from __future__ import annotations

import logging
import os
import traceback
from pathlib import Path
from types import TracebackType

from koerskaart import __version__
from koerskaart.paths import APP_NAME

LOG_FILE_NAME = "koerskaart.log"
MAX_BYTES = 1_000_000  # per file; with the backups at most 4 MB on disk
BACKUPS = 3
LOG_DIR_ENV_VAR = "KOERSKAART_LOG_DIR"  # another folder (tests, a managed workstation)

_handler: logging.Handler | None = None


def log_folder() -> Path:
    env = os.environ.get(LOG_DIR_ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False)


def log_file() -> Path:
    """The file being written to (or that would be, before :func:`install`)."""
    if isinstance(_handler, logging.FileHandler):
        return Path(_handler.baseFilename)
    return log_folder() / LOG_FILE_NAME


class _VersionFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.koerskaart_version = __version__
        return True


def install(folder: Path | None = None) -> Path | None:
    """Log warnings and errors of the whole program to the rotating file; returns it.

    Returns None (and logs nowhere) when the folder cannot be made: a read-only home must not
    stop the program. Calling it again moves the log to ``folder``.
    """
    import logging.handlers  # only here: it pulls in sockets and queues, which start-up does not need

    global _handler
    folder = folder or log_folder()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setLevel(logging.WARNING)
    handler.addFilter(_VersionFilter())
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s koerskaart %(koerskaart_version)s %(name)s: %(message)s")
    )
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    _handler = handler
    logging.captureWarnings(True)
    return log_file()


def uninstall() -> None:
    """Stop logging to the file (tests; the end of the program)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    logging.captureWarnings(False)


def safe_traceback(exc: BaseException) -> str:
    """The traceback of ``exc`` without its message or any value: frames and exception types only."""
    lines: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    chain: list[BaseException] = []
    while current is not None and id(current) not in seen:  # the cause chain, innermost last
        seen.add(id(current))
        chain.append(current)
        current = current.__cause__ or current.__context__
    for item in reversed(chain):
        lines.append(f"{type(item).__module__}.{type(item).__qualname__} (melding weggelaten)")
        for frame in traceback.extract_tb(item.__traceback__):
            lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
            if frame.line:
                lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def record_unexpected(exc: BaseException, where: str = "", tb: TracebackType | None = None) -> Path:
    """Write an unexpected exception to the log; returns the log file to point the user at."""
    if tb is not None and exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    logging.getLogger("koerskaart").error(
        "Onverwachte fout%s:\n%s", f" ({where})" if where else "", safe_traceback(exc)
    )
    return log_file()
