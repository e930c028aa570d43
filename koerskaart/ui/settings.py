"""Every setting of this computer's Koerskaart window, declared once with its type and default.

:class:`UiSettings` wraps a ``QSettings`` INI file whose path is passed in (tests give their own
``tmp_path``). Settings that belong to the data rather than to one computer (the municipality's
name and logo) are not here: they live in the database (``Repository.setting``) and are edited
in the settings dialog.

What this module must not do: import the storage layer, or show anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ZOOM_MIN = -3
ZOOM_MAX = 10
LANGUAGES = ("nl", "en")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: object


# The complete list; nothing else is ever written to the settings file.
SETTINGS: tuple[Setting, ...] = (
    Setting("ui/language", str, "nl"),
    Setting("ui/zoom", int, 0),
    Setting("ui/presentation", bool, False),
    Setting("ui/open_facilitator_window", bool, True),
    Setting("window/main_geometry", QByteArray, QByteArray()),
    Setting("window/conversation_geometry", QByteArray, QByteArray()),
    Setting("window/facilitator_geometry", QByteArray, QByteArray()),
    Setting("data/last_database", str, ""),  # a file path or a server URL, never with a password
    Setting("data/user_name", str, ""),  # the name in the audit trail; empty: the login name
)
_BY_KEY = {s.key: s for s in SETTINGS}


def default_settings_path() -> Path:
    """The INI file in the user's configuration folder."""
    from platformdirs import user_config_path  # lazily: only the real app needs it

    return user_config_path("Koerskaart", appauthor=False) / "koerskaart.ini"


class UiSettings:
    """Typed access to the declared settings; unknown keys are a programming error."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._qsettings = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> object:
        setting = _BY_KEY[key]
        raw = self._qsettings.value(key, setting.default)
        if setting.type is bool:
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
        if setting.type is int:
            try:
                return int(raw)  # type: ignore[call-overload]  # QSettings gives str from INI
            except (TypeError, ValueError):
                return setting.default
        if setting.type is QByteArray:
            return raw if isinstance(raw, QByteArray) else QByteArray()
        return str(raw) if raw is not None else setting.default

    def set(self, key: str, value: object) -> None:
        setting = _BY_KEY[key]
        if not isinstance(value, setting.type):
            raise TypeError(f"{key} expects {setting.type.__name__}, got {type(value).__name__}")
        self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()

    def restore_defaults(self) -> None:
        for setting in SETTINGS:
            self._qsettings.remove(setting.key)

    # Typed shortcuts for the settings read in many places.
    @property
    def language(self) -> str:
        value = str(self.get("ui/language"))
        return value if value in LANGUAGES else "nl"

    @language.setter
    def language(self, value: str) -> None:
        self.set("ui/language", value if value in LANGUAGES else "nl")

    @property
    def zoom(self) -> int:
        return max(ZOOM_MIN, min(ZOOM_MAX, int(self.get("ui/zoom"))))  # type: ignore[call-overload]

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.set("ui/zoom", max(ZOOM_MIN, min(ZOOM_MAX, int(value))))

    @property
    def presentation(self) -> bool:
        return bool(self.get("ui/presentation"))

    @presentation.setter
    def presentation(self, value: bool) -> None:
        self.set("ui/presentation", bool(value))

    @property
    def open_facilitator_window(self) -> bool:
        return bool(self.get("ui/open_facilitator_window"))

    @property
    def last_database(self) -> str:
        return str(self.get("data/last_database"))

    @last_database.setter
    def last_database(self, value: str) -> None:
        # Callers pass ``Database.label``: a server URL there holds no password.
        self.set("data/last_database", str(value))

    @property
    def user_name(self) -> str:
        return str(self.get("data/user_name"))

    @user_name.setter
    def user_name(self, value: str) -> None:
        self.set("data/user_name", str(value).strip())

    def geometry(self, window: str) -> QByteArray:
        value = self.get(f"window/{window}_geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    def set_geometry(self, window: str, value: QByteArray) -> None:
        self.set(f"window/{window}_geometry", value)
