"""The menu's "export every contract as PDF": files in the chosen folder, progress, cancel, summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QPushButton
from shiboken6 import isValid

from koerskaart.conversation.opening import first_contract
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from tests.gui.app_support import SCREENSHOTS, question_set

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def portfolio(db_path: Path, count: int) -> None:
    repo = Repository(Database.open(db_path), actor="test")
    for number in range(count):
        opgave = repo.create_opgave(f"Opgave {number}: wijk & wonen")
        assert opgave.id is not None
        first_contract(repo, opgave.id, question_set())
    repo.db.close()


def test_the_menu_writes_every_contract_and_says_so(qtbot, main_window, popups, db_path, tmp_path):
    portfolio(db_path, 2)
    assert main_window.open_database(db_path)
    assert main_window.ui.actionExportAll.isEnabled()
    out = tmp_path / "vergadering"
    out.mkdir()
    popups.reply(str(out))  # the folder picker's answer
    main_window.ui.actionExportAll.trigger()
    export = main_window.batch_export
    assert export is not None
    with qtbot.waitSignal(export.finished, timeout=60000):
        pass
    files = sorted(out.iterdir())
    assert [p.name for p in files] == [f"{i}-opgave-{i - 1}-wijk-wonen-v1.pdf" for i in (1, 2)]
    assert all(PdfReader(p).pages for p in files)
    qtbot.waitUntil(lambda: len(popups.messages) == 2)
    summary = popups.messages[-1]
    assert summary.kind == messages.INFORMATION
    assert summary.text == f"2 van de 2 bestanden zijn geschreven in {out}."
    assert not isValid(export.dialog) or not export.dialog.isVisible()  # closed (and deleted)


def test_cancelling_stops_after_the_file_being_written(qtbot, main_window, popups, db_path, tmp_path):
    portfolio(db_path, 8)
    assert main_window.open_database(db_path)
    popups.reply(str(tmp_path))
    main_window.ui.actionExportAll.trigger()
    export = main_window.batch_export
    cancel = export.dialog.findChild(QPushButton)
    assert cancel.text() == "Annuleren"
    shots: list[bool] = []

    def first_file_done(*_args) -> None:
        if not shots and isValid(export.dialog):  # no processEvents here: the run goes on meanwhile
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            shots.append(export.dialog.grab().save(str(SCREENSHOTS / "batch-export-dialog.png")))
        if isValid(cancel):
            cancel.click()  # "Annuleren" after the first file

    export.progressed.connect(first_file_done)
    with qtbot.waitSignal(export.finished, timeout=60000) as finished:
        pass
    result = finished.args[0]
    assert result.cancelled
    written = sorted(tmp_path.glob("*.pdf"))
    assert 1 <= len(written) < 8
    assert all(PdfReader(p).pages for p in written)  # every file that is there is complete
    assert not list(tmp_path.glob(".*.tmp"))
    qtbot.waitUntil(lambda: len(popups.messages) == 2)
    assert popups.messages[-1].text.startswith(f"Gestopt: {len(written)} van de 8 bestanden")


def test_no_folder_chosen_starts_nothing(qtbot, main_window, popups, db_path):
    portfolio(db_path, 1)
    assert main_window.open_database(db_path)
    main_window.ui.actionExportAll.trigger()  # the picker is cancelled (no reply queued)
    assert main_window.batch_export is None
    assert [m.kind for m in popups.messages] == [messages.FOLDER]


def test_closing_the_window_lets_the_file_being_written_finish(qtbot, main_window, popups, db_path, tmp_path):
    portfolio(db_path, 6)
    assert main_window.open_database(db_path)
    popups.reply(str(tmp_path))
    main_window.ui.actionExportAll.trigger()
    export = main_window.batch_export
    with qtbot.waitSignal(export.progressed, timeout=60000):
        pass
    main_window.close()  # waits for the file being written, then the export stops
    written = sorted(tmp_path.glob("*.pdf"))
    assert 1 <= len(written) < 6
    assert all(PdfReader(p).pages for p in written)
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written file left behind
