"""The one way Koerskaart asks or tells the user something in a pop-up: message boxes and file pickers.

Every window calls the functions below instead of ``QMessageBox``/``QFileDialog`` directly, so
that an automated run can switch pop-ups off: inside ``with recording() as rec:`` nothing is
shown, each message is appended to ``rec.messages`` and the reply is taken from ``rec.replies``
(or the default button when no reply is queued). No pop-up can then block a test.

This module decides nothing about the domain; callers pass the Dutch text through ``tr()``.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

INFORMATION = "information"
WARNING = "warning"
CRITICAL = "critical"
QUESTION = "question"
FILE = "file"
FOLDER = "folder"
TEXT = "text"

# QMessageBox and QFileDialog are imported when first needed: nothing at start-up shows one.


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


@dataclass(frozen=True)
class Message:
    """One pop-up as it would have been shown."""

    kind: str
    title: str
    text: str
    choices: tuple[str, ...] = ()


@dataclass
class Recorder:
    """Collects messages instead of showing them; ``replies`` answers them in order."""

    messages: list[Message] = field(default_factory=list)
    replies: deque[object] = field(default_factory=deque)

    def reply(self, *answers: object) -> None:
        self.replies.extend(answers)

    def texts(self, kind: str | None = None) -> list[str]:
        return [m.text for m in self.messages if kind is None or m.kind == kind]

    def _answer(self, message: Message, default: object) -> object:
        self.messages.append(message)
        return self.replies.popleft() if self.replies else default


_recorder: Recorder | None = None


@contextmanager
def recording() -> Iterator[Recorder]:
    """Switch every pop-up off for the duration of the block (tests, benchmarks)."""
    global _recorder
    previous = _recorder
    _recorder = Recorder()
    try:
        yield _recorder
    finally:
        _recorder = previous


def choose(
    parent: QWidget | None,
    kind: str,
    title: str,
    text: str,
    choices: Sequence[str],
    *,
    default: int = 0,
    escape: int | None = None,
) -> int:
    """Show ``text`` with one button per label in ``choices``; returns the chosen index.

    ``escape`` is the index returned when the user closes the box (Esc); it defaults to the last
    choice, which by convention is the harmless one.
    """
    escape = len(choices) - 1 if escape is None else escape
    if _recorder is not None:
        reply = _recorder._answer(Message(kind, title, text, tuple(choices)), default)
        return reply if isinstance(reply, int) else default
    box, buttons = build_box(parent, kind, title, text, choices, default=default, escape=escape)
    box.exec()
    clicked = box.clickedButton()
    return buttons.index(clicked) if clicked in buttons else escape


def build_box(
    parent: QWidget | None,
    kind: str,
    title: str,
    text: str,
    choices: Sequence[str],
    *,
    default: int = 0,
    escape: int | None = None,
) -> tuple[QMessageBox, list[QAbstractButton]]:
    """The message box :func:`choose` shows, not yet shown; ``text`` is always plain text.

    Messages quote user input (titles, names, file names): ``<b>x</b>`` or ``R&D`` must appear as
    typed, never as formatting, so the box never guesses at rich text.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    escape = len(choices) - 1 if escape is None else escape
    icons = {
        INFORMATION: QMessageBox.Icon.Information,
        WARNING: QMessageBox.Icon.Warning,
        CRITICAL: QMessageBox.Icon.Critical,
        QUESTION: QMessageBox.Icon.Question,
    }
    box = QMessageBox(parent)
    box.setIcon(icons.get(kind, QMessageBox.Icon.NoIcon))
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    buttons = []
    for index, label in enumerate(choices):
        role = QMessageBox.ButtonRole.AcceptRole if index == default else QMessageBox.ButtonRole.ActionRole
        if index == escape and index != default:
            role = QMessageBox.ButtonRole.RejectRole
        buttons.append(box.addButton(label, role))
    box.setDefaultButton(buttons[default])
    box.setEscapeButton(buttons[escape])
    return box, buttons


def inform(parent: QWidget | None, title: str, text: str, kind: str = INFORMATION) -> None:
    choose(parent, kind, title, text, [_tr("OK")])


def warn(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text, WARNING)


def error(parent: QWidget | None, title: str, text: str) -> None:
    inform(parent, title, text, CRITICAL)


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str | None = None) -> bool:
    """A yes/no question whose safe answer (no, Esc) is the default."""
    return choose(parent, QUESTION, title, text, [yes, no or _tr("Annuleren")], default=1) == 0


def ask_text(
    parent: QWidget | None, title: str, label: str, text: str = "", *, secret: bool = False
) -> str | None:
    """One line of text from the user (pre-filled with ``text``), or None when cancelled.

    ``secret``: typed as dots (a password); the caller must not keep it longer than needed."""
    if _recorder is not None:
        reply = _recorder._answer(Message(TEXT, title, label), None)
        return None if reply is None else str(reply)
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    mode = QLineEdit.EchoMode.Password if secret else QLineEdit.EchoMode.Normal
    value, accepted = QInputDialog.getText(parent, title, label, mode, text)
    return value if accepted else None


def pick_file(
    parent: QWidget | None, title: str, name_filter: str, *, directory: str = "", save: bool = False
) -> str | None:
    """A file chosen by the user (``save=True`` also allows a new name), or None."""
    if _recorder is not None:
        reply = _recorder._answer(Message(FILE, title, name_filter), None)
        return str(reply) if reply else None
    from PySide6.QtWidgets import QFileDialog

    if save:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, directory, name_filter, options=QFileDialog.Option.DontConfirmOverwrite
        )
    else:
        path, _ = QFileDialog.getOpenFileName(parent, title, directory, name_filter)
    return path or None


def pick_folder(parent: QWidget | None, title: str, *, directory: str = "") -> str | None:
    """A folder chosen by the user, or None."""
    if _recorder is not None:
        reply = _recorder._answer(Message(FOLDER, title, directory), None)
        return str(reply) if reply else None
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getExistingDirectory(parent, title, directory) or None


def ask_reason(parent: QWidget | None, title: str, text: str) -> str | None:
    """A few lines typed by the user (a reason), or None when cancelled or left empty."""
    if _recorder is not None:
        reply = _recorder._answer(Message(TEXT, title, text), None)
        return str(reply).strip() or None if reply else None
    from PySide6.QtWidgets import QInputDialog

    answer, ok = QInputDialog.getMultiLineText(parent, title, text)
    return answer.strip() or None if ok else None
