"""Where Koerskaart finds its files: shipped resources and the default database location.

The shipped data (``resources/`` and ``forms/``, kept at the top of the repository) is found
through :mod:`importlib.resources` beside the package: an installed wheel and a frozen build
carry it as ``koerskaart/resources`` and ``koerskaart/forms`` (``setup.py`` copies the whole
folders in at build time), a source checkout or editable install finds it one level up. The same
code thus works from git, from a wheel and frozen. Nothing here opens or creates a file; callers
pass the resulting paths on explicitly so tests can substitute their own ``tmp_path``.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path

# The package folder on disk: a plain directory for a regular install, a checkout and PyInstaller.
PACKAGE_DIR = Path(str(files("koerskaart")))


def shipped_folder(name: str, package_dir: Path = PACKAGE_DIR) -> Path:
    """``koerskaart/<name>`` when it was built into the package, else ``<checkout>/<name>``."""
    inside = package_dir / name
    if inside.is_dir():
        return inside
    return package_dir.parent / name


RESOURCES_DIR = shipped_folder("resources")
FORMS_DIR = shipped_folder("forms")
QUESTIONS_DIR = RESOURCES_DIR / "questions"
DEFAULT_QUESTION_SET = QUESTIONS_DIR / "contracteringsgesprek.toml"
I18N_DIR = RESOURCES_DIR / "i18n"
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"

DB_ENV_VAR = "KOERSKAART_DB"
APP_NAME = "Koerskaart"
ORGANIZATION_NAME = "Koerskaart"
ORGANIZATION_DOMAIN = "koerskaart.nl"
APP_ID = "nl.koerskaart.Koerskaart"  # the freedesktop/AppStream id, also the .desktop file's name


def default_database_path() -> Path:
    """The database chosen by ``KOERSKAART_DB`` or, failing that, the user's data folder."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path  # imported lazily: not needed when a path is given

    return user_data_path(APP_NAME, appauthor=False) / "koerskaart.sqlite"


def resolve_database_path(cli_value: str | os.PathLike[str] | None) -> Path:
    """``--db`` wins over the environment variable, which wins over the default."""
    if cli_value:
        return Path(cli_value).expanduser()
    return default_database_path()
