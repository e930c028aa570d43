"""Writing an output file so that it is either complete or not there at all.

The text goes to a temporary file in the target folder, is flushed to disk and then renamed over
the target in one step; on any failure the temporary file is removed and a Dutch
:class:`~koerskaart.errors.UserFacingError` says what went wrong. Nothing else lives here.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from koerskaart.errors import UserFacingError


def write_text_atomically(path: str | Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to ``path`` atomically; returns the path written."""
    path = Path(path).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserFacingError(f"De map {folder} bestaat niet. Kies een bestaande map voor {path.name}.")
    if path.is_dir():
        raise UserFacingError(
            f"{path} is een map. Geef een bestandsnaam op, bijvoorbeeld {path / 'opgave.json'}."
        )
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))  # mkstemp makes 0600; give a normal file's mode
        os.replace(temporary, path)
        temporary = None
    except PermissionError as exc:
        raise UserFacingError(
            f"Koerskaart mag niet schrijven in de map {folder} (alleen-lezen of geen toegang). "
            "Kies een andere map; er is niets weggeschreven."
        ) from exc
    except OSError as exc:
        if exc.errno in (errno.EROFS, errno.EACCES):
            reason = "de map is alleen-lezen"
        elif exc.errno == errno.ENOSPC:
            reason = "de schijf is vol"
        else:
            reason = exc.strerror or str(exc)
        raise UserFacingError(
            f"Het bestand {path} kan niet worden geschreven: {reason}. Er is niets weggeschreven."
        ) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return path


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, or what a newly created file would get."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
