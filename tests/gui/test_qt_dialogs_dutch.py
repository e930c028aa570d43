"""Qt's own dialogs speak Dutch in Dutch mode (Qt's bundled qtbase_nl.qm beside the app's own)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel

from koerskaart.ui.language import Translators

pytestmark = pytest.mark.gui


@pytest.fixture
def translators(qapp):
    installed = Translators(qapp)
    yield installed
    installed.install("nl")


def test_the_file_dialog_and_standard_buttons_are_dutch(qtbot, translators):
    assert translators.install("nl")
    dialog = QFileDialog(None, "Opslaan als")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)
    labels = {label.text() for label in dialog.findChildren(QLabel)}
    assert {"&Zoeken in:", "Bestands&naam:", "Bestands&type:"} <= labels, labels
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
