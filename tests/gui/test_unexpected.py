"""An unexpected error shows one Dutch message (saved until when, where the details are), never its text."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QDesktopServices

from koerskaart import logbook
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from koerskaart.ui.unexpected import install_excepthook
from tests.gui.conversation_support import new_contract, open_window, type_into

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]

SECRET = "Wat de wethouder echt vindt"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv(logbook.LOG_DIR_ENV_VAR, str(folder))
    logbook.install()
    hook = sys.excepthook
    yield folder
    sys.excepthook = hook
    logbook.uninstall()


def test_an_unexpected_error_says_until_when_the_talk_was_saved_and_where_the_details_are(
    qtbot, main_window, repo: Repository, ui_settings, popups, log_dir: Path
) -> None:
    conversation = open_window(qtbot, repo, new_contract(repo, main_window.question_set()), ui_settings)
    type_into(conversation, "opgave_what", SECRET)
    assert conversation.autosave.flush()
    saved = conversation.session.last_saved
    assert saved is not None
    install_excepthook(main_window, lambda: [conversation])
    try:
        raise ValueError(f"kapot bij {SECRET}")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    [message] = popups.messages
    assert message.kind == messages.CRITICAL and message.title == "Er ging iets mis"
    assert message.text == (
        f"Er ging iets onverwachts mis. Het gesprek is opgeslagen tot {saved.astimezone():%H:%M:%S}. "
        f"De details staan in {log_dir / 'koerskaart.log'}."
    )
    assert "ValueError" not in message.text and SECRET not in message.text
    log = (log_dir / "koerskaart.log").read_text(encoding="utf-8")
    assert "builtins.ValueError (melding weggelaten)" in log and SECRET not in log
    conversation.close()


def test_help_opens_the_log_file(qtbot, main_window, popups, log_dir: Path, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    action = main_window.action_log_file
    assert action in main_window.ui.menuHelp.actions() and action.text() == "&Logbestand openen"
    action.trigger()
    assert opened == [] and "nog niets" in popups.messages[-1].text  # nothing written yet
    logbook.record_unexpected(RuntimeError("x"))
    action.trigger()
    assert opened == [str(log_dir / "koerskaart.log")]


def test_a_refusal_by_the_system_is_told_in_dutch_not_in_its_own_words(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from tests.gui.editor_support import open_session

    session = open_session(repo)
    failures: list[str] = []
    session.failed.connect(failures.append)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(repo, "save_answer", full)
    assert not session.save_answer("opgave_what", "tekst")
    assert failures == ["Opslaan is mislukt: de schijf is vol. Uw invoer staat nog in het venster."]


def test_qt_warnings_go_to_the_log(log_dir: Path) -> None:
    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from koerskaart.ui.unexpected import install_qt_log

    previous = install_qt_log()
    try:
        qWarning("een proefwaarschuwing van Qt")
    finally:
        qInstallMessageHandler(previous)  # pytest-qt's own capture
    assert "WARNING koerskaart" in (log_dir / "koerskaart.log").read_text(encoding="utf-8")
    assert "een proefwaarschuwing van Qt" in (log_dir / "koerskaart.log").read_text(encoding="utf-8")
