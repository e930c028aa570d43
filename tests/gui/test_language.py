"""Switching the window between Dutch and English without a restart, and Qt's own strings in Dutch."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from koerskaart.ui.language import Translators
from koerskaart.ui.main_window import MainWindow
from koerskaart.ui.opgave_table_model import Column
from koerskaart.ui.settings import UiSettings
from tests.gui.app_support import fill

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


@pytest.fixture
def translators(qapp):
    translators = Translators(qapp)
    yield translators
    translators.install("nl")


def test_switching_to_english_and_back_needs_no_restart(
    qtbot, translators, ui_settings, repo, db_path, popups
):
    fill(repo)
    translators.install("nl")
    window = MainWindow(ui_settings, translators)
    qtbot.addWidget(window)
    window.show()
    window.open_database(db_path)
    header = window.start.proxy.headerData(
        Column.UPDATED, window.start.ui.tableView.horizontalHeader().orientation()
    )
    assert header == "Laatste wijziging"
    assert window.ui.menuFile.title() == "&Bestand"

    window.ui.actionLanguageEn.trigger()
    QApplication.processEvents()
    assert UiSettings(ui_settings.path).language == "en"
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.actionNewConversation.text() == "&New conversation…"
    assert window.start.ui.titleLabel.text() == "Tasks"
    assert window.start.ui.countLabel.text() == "4 tasks"
    statuses = {
        window.start.proxy.index(r, Column.STATUS).data() for r in range(window.start.proxy.rowCount())
    }
    assert statuses == {"draft", "in conversation", "signed"}
    assert (
        window.start.model.headerData(
            Column.UPDATED, window.start.ui.tableView.horizontalHeader().orientation()
        )
        == "Last change"
    )

    window.ui.actionLanguageNl.trigger()
    QApplication.processEvents()
    assert window.ui.menuFile.title() == "&Bestand"
    assert window.start.ui.countLabel.text() == "4 opgaven"


def test_qt_own_buttons_are_dutch(translators):
    assert translators.install("nl")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"


def test_every_english_entry_is_translated():
    from koerskaart.paths import I18N_DIR

    ts = (I18N_DIR / "koerskaart_en.ts").read_text(encoding="utf-8")
    assert 'type="unfinished"' not in ts
    assert (I18N_DIR / "koerskaart_en.qm").stat().st_size > 1000
