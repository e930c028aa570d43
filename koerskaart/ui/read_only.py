"""The one sentence shown above the windows when the database was opened read-only.

The file or its folder may not be written (see ``Database.read_only``): the main window and every
conversation window say so from the start, in the same words. Nothing else lives here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def read_only_text() -> str:
    return QCoreApplication.translate(
        "ReadOnly",
        "Alleen lezen: wijzigingen worden niet opgeslagen. U mag dit databasebestand (of de map "
        "waarin het staat) niet wijzigen; u kunt alles bekijken en exporteren.",
    )
