"""The "Over Koerskaart" box (F1): what the program is, its version and its licence."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from koerskaart import __version__
from koerskaart.ui import messages


def about_text() -> str:
    return QCoreApplication.translate(
        "About",
        "Koerskaart %1\n\n"
        "Het contracteringsgesprek voor opgavegericht werken: de bestuurlijk opdrachtgever, "
        "de ambtelijk opdrachtgever en de opdrachtnemer maken samen afspraken over een opgave, "
        "de teamleiders bevestigen de capaciteit, en alles komt vast te liggen in een "
        "ondertekend contracteringsformat.\n\n"
        "Sneltoetsen: Ctrl+N nieuw gesprek, Ctrl+O openen, Ctrl+F zoeken, Delete verwijderen, "
        "Ctrl+Shift+P presentatiemodus, Ctrl + en Ctrl − groter en kleiner, Ctrl+0 normale "
        "grootte, F11 volledig scherm, Ctrl+Q afsluiten.\n\n"
        "Licentie: EUPL-1.2.",
    ).replace("%1", __version__)


def show_about(parent: QWidget | None) -> None:
    messages.inform(parent, QCoreApplication.translate("About", "Over Koerskaart"), about_text())
