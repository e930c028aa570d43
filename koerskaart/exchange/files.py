"""Writing an exchange file: UTF-8 text through the one atomic writer of Koerskaart."""

from __future__ import annotations

from pathlib import Path

from koerskaart.atomic_file import write_atomically


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8, ``\\n`` line ends) to ``path`` atomically; returns the path written."""
    return write_atomically(path, text.encode("utf-8"))
