"""Starting the window: a refused database file is explained and never touched; the settings dialog."""

from __future__ import annotations

import argparse
import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox

from koerskaart.app import start_gui
from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME
from koerskaart.ui import messages
from koerskaart.ui.settings import UiSettings
from tests.gui.app_support import SIZE, screenshot
from tests.gui.typing import type_text

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def args(db: Path) -> argparse.Namespace:
    return argparse.Namespace(db=str(db), language=None, command=None)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_koerskaart_is_explained_and_left_alone(qtbot, tmp_path, popups):
    notes = tmp_path / "boodschappen.sqlite"
    notes.write_text("melk, brood, kaas\n", encoding="utf-8")
    before = digest(notes)
    popups.reply(1)  # "Afsluiten"
    window = start_gui(args(notes), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.exit_status == 2
    assert digest(notes) == before
    assert len(popups.messages) == 1
    message = popups.messages[0]
    assert message.kind == messages.CRITICAL
    assert "geen Koerskaart-database" in message.text
    assert message.choices == ("Ander bestand kiezen…", "Afsluiten")


def test_choosing_another_file_after_a_refusal_opens_it(qtbot, tmp_path, popups):
    notes = tmp_path / "notities.sqlite"
    notes.write_bytes(b"\x00\x01 not sqlite at all")
    before = digest(notes)
    good = tmp_path / "nieuw.sqlite"
    popups.reply(0, str(good))  # "Ander bestand kiezen…", then the file picker's answer
    window = start_gui(args(notes), settings_path=tmp_path / "s.ini")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.databaseOpened):
        pass
    assert window.ui.pages.currentWidget() is window.welcome
    assert digest(notes) == before
    assert good.exists()
    assert [m.kind for m in popups.messages] == [messages.CRITICAL, messages.FILE]
    assert UiSettings(tmp_path / "s.ini").last_database == str(good)


def test_settings_dialog_stores_name_and_logo_in_the_database(
    qtbot, main_window, repo, db_path, popups, tmp_path
):
    main_window.open_database(db_path)
    main_window.ui.actionSettings.trigger()
    dialog = main_window.dialog
    assert dialog is not None and dialog.ui.logoPreview.text() == "Geen logo"
    type_text(dialog.ui.nameEdit, "Gemeente Zoëterwoude & Co")
    assert dialog.ui.userEdit.text() == "" and dialog.ui.userEdit.placeholderText()  # the login name
    type_text(dialog.ui.userEdit, "Anouk de Vries-Öztürk")
    logo = tmp_path / "logo.png"
    image = QImage(1600, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#0b4f8a"))
    assert image.save(str(logo))
    not_an_image = tmp_path / "logo.png.txt"
    not_an_image.write_text("geen plaatje", encoding="utf-8")
    popups.reply(str(not_an_image))
    qtbot.mouseClick(dialog.ui.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert "geen afbeelding" in popups.messages[-1].text
    assert dialog.logo is None
    popups.reply(str(logo))
    qtbot.mouseClick(dialog.ui.chooseLogoButton, Qt.MouseButton.LeftButton)
    assert dialog.logo is not None and not dialog.ui.logoPreview.pixmap().isNull()
    dialog.resize(*SIZE)
    screenshot(dialog, "settings_dialog")
    dialog.resize(560, 420)
    screenshot(dialog, "settings_dialog_natural")
    qtbot.mouseClick(
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    assert repo.setting(MUNICIPALITY_NAME) == "Gemeente Zoëterwoude & Co"
    stored = repo.setting_blob(MUNICIPALITY_LOGO)
    assert stored is not None and stored.startswith(b"\x89PNG")
    assert QImage.fromData(stored).width() == 800  # scaled down to fit
    assert main_window.start.ui.municipalityLabel.text() == "Gemeente Zoëterwoude & Co"
    # The user's own name is this computer's setting and names the next audit entries.
    assert main_window.settings.user_name == "Anouk de Vries-Öztürk"
    assert main_window.repo.actor == "Anouk de Vries-Öztürk"

    main_window.ui.actionSettings.trigger()
    dialog = main_window.dialog
    assert dialog.ui.nameEdit.text() == "Gemeente Zoëterwoude & Co"
    qtbot.mouseClick(dialog.ui.removeLogoButton, Qt.MouseButton.LeftButton)
    dialog.accept()
    assert repo.setting_blob(MUNICIPALITY_LOGO) is None


def test_the_first_window_does_not_load_the_storage_layer():
    """The start-up promise: SQLModel is imported only after the window is shown."""
    import subprocess
    import sys

    code = (
        "import sys; from koerskaart.ui import main_window, settings_dialog, new_conversation_dialog; "
        "import koerskaart.app; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlmodel', 'sqlalchemy', 'reportlab')))"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "[]"


def test_every_input_has_an_accessible_name(qtbot, main_window, repo, db_path, popups):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QPlainTextEdit

    from koerskaart.ui.facilitator_window import FacilitatorWindow
    from koerskaart.ui.new_conversation_dialog import NewConversationDialog
    from koerskaart.ui.settings_dialog import SettingsDialog
    from tests.gui.app_support import fill, question_set

    ids = fill(repo)
    main_window.open_database(db_path)
    contract = repo.latest_contract(ids["Veilige en leefbare buurt Europaplein"])
    windows = [
        main_window,
        NewConversationDialog([]),
        SettingsDialog(repo),
        FacilitatorWindow(repo, contract.id, question_set(), main_window.settings),
    ]
    for window in windows[1:]:
        qtbot.addWidget(window)
    for window in windows:
        for kind in (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView):
            for widget in window.findChildren(kind):
                if isinstance(widget, QHeaderView) or isinstance(widget.parent(), QComboBox):
                    continue  # parts of a table or a combo box, named with their owner
                assert widget.accessibleName(), f"{type(window).__name__}.{widget.objectName()}"


def test_f1_shows_what_koerskaart_is_and_its_shortcuts(qtbot, main_window, popups):
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert popups.messages[-1].title == "Over Koerskaart"
    assert "Ctrl+N" in popups.messages[-1].text and "F11" in popups.messages[-1].text
