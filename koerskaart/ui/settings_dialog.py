"""The settings dialog: the municipality's name and logo (in the data) and the user's own name.

Name and logo are stored in the database (``Repository.set_setting``), so everyone using it and
the PDF see the same. The user's name (for the audit trail and "geopend door", empty: the login
name) belongs to this computer and is kept in its settings file (``UiSettings.user_name``).
The logo is checked (it must be a readable image), scaled down to at most :data:`LOGO_MAX`
pixels and stored as PNG. Layout: ``forms/settings_dialog.ui``. The dialog follows the four
verbs of a settings page: load, check, save, restore_defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QWidget

from koerskaart.errors import UserFacingError
from koerskaart.storage.limits import MAX_MUNICIPALITY_NAME
from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME
from koerskaart.ui import messages
from koerskaart.ui.generated.ui_settings_dialog import Ui_SettingsDialog
from koerskaart.user import login_name, user_name

if TYPE_CHECKING:
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.settings import UiSettings

# The keys under which the data settings live in the database (AppSetting). The PDF reads the same
# keys (koerskaart/record/pdf/settings.py; a test keeps them equal): importing them from there
# would load ReportLab into the start window.
LOGO_MAX = QSize(800, 400)
LOGO_MAX_FILE_BYTES = 10 * 1024 * 1024


def logo_png(path: str) -> bytes:
    """The image at ``path`` as PNG bytes, scaled down to fit :data:`LOGO_MAX`."""
    image = QImage(path)
    if image.isNull():
        raise UserFacingError(
            QCoreApplication.translate(
                "SettingsDialog",
                "Dit bestand is geen afbeelding die Koerskaart kan lezen. Kies een PNG- of JPEG-bestand.",
            )
        )
    if image.width() > LOGO_MAX.width() or image.height() > LOGO_MAX.height():
        image = image.scaled(
            LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


class SettingsDialog(QDialog):
    def __init__(
        self, repo: Repository, parent: QWidget | None = None, ui_settings: UiSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.ui_settings = ui_settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        self.logo: bytes | None = None
        self.ui.chooseLogoButton.clicked.connect(self.choose_logo)
        self.ui.removeLogoButton.clicked.connect(self.remove_logo)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.load()

    def load(self) -> None:
        # What was read is what a save expects to replace: a change made meanwhile by someone
        # else using the same database is reported instead of overwritten.
        self._loaded_name = self.repo.setting(MUNICIPALITY_NAME)
        self._loaded_logo = self.repo.setting_blob(MUNICIPALITY_LOGO)
        self.ui.nameEdit.setText(self._loaded_name)
        self._show_logo(self._loaded_logo)
        self.ui.userGroup.setVisible(self.ui_settings is not None)
        if self.ui_settings is not None:
            self.ui.userEdit.setText(self.ui_settings.user_name)
            self.ui.userEdit.setPlaceholderText(login_name())

    def check(self) -> None:
        """Raises a UserFacingError when the input cannot be saved as it is."""
        if len(self.ui.nameEdit.text().strip()) > MAX_MUNICIPALITY_NAME:
            raise UserFacingError(
                self.tr("De naam van de gemeente is te lang (hoogstens %1 tekens).").replace(
                    "%1", str(MAX_MUNICIPALITY_NAME)
                )
            )

    def save(self) -> None:
        if self.ui_settings is not None and self.ui.userEdit.text().strip() != self.ui_settings.user_name:
            self.ui_settings.user_name = self.ui.userEdit.text()
            self.ui_settings.sync()
            self.repo.actor = user_name(self.ui_settings.user_name)  # from the next change on
        name = self.ui.nameEdit.text().strip()
        if name != self._loaded_name:
            self.repo.set_setting(MUNICIPALITY_NAME, name, expected=(self._loaded_name, None))
            self._loaded_name = name
        if self.logo != self._loaded_logo:
            self.repo.set_setting(MUNICIPALITY_LOGO, "", self.logo, expected=("", self._loaded_logo))
            self._loaded_logo = self.logo

    def restore_defaults(self) -> None:
        self.ui.nameEdit.clear()
        self.ui.userEdit.clear()
        self._show_logo(None)

    def choose_logo(self) -> None:
        path = messages.pick_file(
            self, self.tr("Logo kiezen"), self.tr("Afbeeldingen (*.png *.jpg *.jpeg *.svg *.bmp)")
        )
        if not path:
            return
        try:
            self._show_logo(logo_png(path))
        except UserFacingError as exc:
            messages.warn(self, self.tr("Logo kiezen"), exc.message)

    def remove_logo(self) -> None:
        self._show_logo(None)

    def _show_logo(self, logo: bytes | None) -> None:
        self.logo = logo
        pixmap = QPixmap()
        if logo and pixmap.loadFromData(logo):
            size = self.ui.logoPreview.minimumSize()
            self.ui.logoPreview.setPixmap(
                pixmap.scaled(
                    size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )
        else:
            self.ui.logoPreview.clear()
            self.ui.logoPreview.setText(self.tr("Geen logo"))
        self.ui.removeLogoButton.setEnabled(self.logo is not None)

    def accept(self) -> None:
        try:
            self.check()
            self.save()
        except UserFacingError as exc:
            messages.warn(self, self.tr("Instellingen"), exc.message)
            return
        super().accept()
