"""The friendly first screen of an empty database: start a new conversation or load the demo.

It only announces what the user chose (``newRequested``, ``demoRequested``); the main window
does the work. Layout: ``forms/welcome_page.ui``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QWidget

from koerskaart.ui.generated.ui_welcome_page import Ui_WelcomePage


class WelcomePage(QWidget):
    newRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_WelcomePage()
        self.ui.setupUi(self)
        self.ui.newButton.clicked.connect(self.newRequested)
        self.ui.demoButton.clicked.connect(self.demoRequested)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)
