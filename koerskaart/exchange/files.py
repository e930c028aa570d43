"""Writing an exchange file: UTF-8 text through the one atomic writer of Koerskaart.

The atomic writer replaces the target by renaming a finished temporary file over it. That is
right for a file, and wrong for anything else at that name: a device (``/dev/full``), a named pipe
or a socket would be swapped for a plain file. :func:`refuse_special_target` stops that first.
"""

from __future__ import annotations

from pathlib import Path

from koerskaart.atomic_file import write_atomically
from koerskaart.errors import UserFacingError


def refuse_special_target(path: str | Path) -> None:
    """Raise a Dutch UserFacingError when ``path`` exists but is no plain file or folder."""
    target = Path(path)
    if target.exists() and not target.is_file() and not target.is_dir():
        raise UserFacingError(
            f"{target} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en wordt "
            "niet overschreven. Kies een andere bestandsnaam."
        )


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically; returns the path written."""
    refuse_special_target(path)
    return write_atomically(path, text.encode("utf-8"))
