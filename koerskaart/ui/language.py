"""The user interface language: Qt's own Dutch strings and Koerskaart's English translation.

Koerskaart's source strings are Dutch. In Dutch, Qt's bundled ``qtbase_nl.qm`` translates Qt's
own buttons and dialogs; in English, ``resources/i18n/koerskaart_en.qm`` translates ours.
Switching installs the other translator; Qt then sends every widget a ``LanguageChange`` event
and windows built from forms re-translate themselves without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from koerskaart.paths import I18N_DIR
from koerskaart.ui.settings import LANGUAGES


class _QtGaps(QTranslator):
    """Qt 6.12's file dialog gained mnemonics ("&Look in:", "Files of &type:") that the bundled
    ``qtbase_nl.qm`` does not know yet, so in Dutch mode the save dialog said "Look in". The few
    texts missing there are given here; everything else comes from ``qtbase_nl.qm``."""

    DUTCH = {
        ("QFileDialog", "&Look in:"): "&Zoeken in:",
        ("QFileDialog", "Files of &type:"): "Bestands&type:",
    }

    def translate(  # type: ignore[override]  # None: "not mine", so Qt asks the next translator
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return self.DUTCH.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
        return False


class Translators:
    """Owns the installed translators of one application."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.language = ""
        self._installed: list[QTranslator] = []

    def install(self, language: str) -> bool:
        """Switch to ``language`` ("nl" or "en"); False when its translation file is missing."""
        language = language if language in LANGUAGES else "nl"
        for translator in self._installed:
            self.app.removeTranslator(translator)
        self._installed = []
        ok = True
        if language == "nl":
            qt = QTranslator(self.app)
            ok = qt.load("qtbase_nl", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
            if ok:
                self._installed.append(qt)
                self._installed.append(_QtGaps(self.app))
            QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        else:
            own = QTranslator(self.app)
            ok = own.load(str(I18N_DIR / f"koerskaart_{language}.qm"))
            if ok:
                self._installed.append(own)
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        for translator in self._installed:
            self.app.installTranslator(translator)
        self.language = language
        return ok


def current_language() -> str:
    """The language the window speaks now: "en" once the English translation is installed, else "nl".

    For helpers without a window at hand that format dates, numbers and stored codes through
    :mod:`koerskaart.record.display`. The English translation translates this one text to "en".
    """
    return "en" if QCoreApplication.translate("Translators", "nl", "language code") == "en" else "nl"
