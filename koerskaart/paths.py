"""Where Koerskaart finds its files: shipped resources and the default database location.

Nothing here opens or creates a file; callers pass the resulting paths on explicitly so tests
can substitute their own ``tmp_path``.
"""

from __future__ import annotations

import os
from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
FORMS_DIR = Path(__file__).resolve().parent.parent / "forms"
QUESTIONS_DIR = RESOURCES_DIR / "questions"
DEFAULT_QUESTION_SET = QUESTIONS_DIR / "contracteringsgesprek.toml"
I18N_DIR = RESOURCES_DIR / "i18n"
FONTS_DIR = RESOURCES_DIR / "fonts"
ICONS_DIR = RESOURCES_DIR / "icons"

DB_ENV_VAR = "KOERSKAART_DB"
APP_NAME = "Koerskaart"


def default_database_text() -> str:
    """``KOERSKAART_DB`` as given (a path or a server URL) or, failing that, the default file."""
    env = os.environ.get(DB_ENV_VAR)
    if env:
        return env
    from platformdirs import user_data_path  # imported lazily: not needed when a path is given

    return str(user_data_path(APP_NAME, appauthor=False) / "koerskaart.sqlite")


def resolve_database_text(cli_value: str | os.PathLike[str] | None) -> str:
    """``--db`` wins over the environment variable, which wins over the default.

    The text is a file path or a ``postgresql://`` URL; ``storage.target.parse_target`` reads it.
    """
    if cli_value:
        return os.fspath(cli_value)
    return default_database_text()
