"""Writing an output file so that it is either complete or not there at all.

The bytes go to a temporary file in the target folder, are flushed to disk (``fsync``) and the
file is then renamed over the target in one step (``os.replace``), after which the folder itself
is synced so the rename survives a power cut (on POSIX systems; Windows cannot open a folder as a
file, and NTFS journals the rename itself). A reader never sees half a file; on any failure
(missing or read-only folder, full disk) the temporary file is removed, an existing target is
left as it was, and a :class:`~koerskaart.errors.UserFacingError` says in Dutch what went wrong.
This is the one place where Koerskaart writes export files (JSON, PDF).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from pathlib import Path

from koerskaart.errors import UserFacingError


def write_atomically(target: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``target`` atomically; returns the path written."""
    path = Path(target).expanduser()
    folder = path.parent if str(path.parent) else Path(".")
    refuse_special_target(path)
    if path.is_dir():
        raise UserFacingError(f"{path} is een map. Kies een bestandsnaam, geen map.")
    if not folder.is_dir():
        raise UserFacingError(f"De map {folder} bestaat niet. Kies een map die bestaat.")
    temporary: str | None = None
    try:
        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, _mode_for(path))  # mkstemp makes 0600; give a normal file's mode
        os.replace(temporary, path)
        temporary = None
        _sync_folder(folder)
    except OSError as exc:
        raise UserFacingError(_message(exc, path)) from exc
    finally:
        if temporary is not None:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
    return path


def refuse_special_target(path: str | os.PathLike[str]) -> None:
    """Raise a Dutch UserFacingError when ``path`` exists but is no plain file or folder.

    Renaming a finished file over the target is right for a file and wrong for anything else at
    that name: a device (``/dev/full``), a named pipe or a socket would be swapped for a file.
    Callers that do expensive work first (rendering a PDF) may call this before they start.
    """
    target = Path(path).expanduser()
    if target.exists() and not target.is_file() and not target.is_dir():
        raise UserFacingError(
            f"{target} is geen gewoon bestand (maar bijvoorbeeld een apparaat of een pijp) en wordt "
            "niet overschreven. Kies een andere bestandsnaam."
        )


def _mode_for(path: Path) -> int:
    """The mode of the file being replaced, or what a newly created file would get."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable; not every system allows opening a folder, which is fine."""
    if sys.platform == "win32":
        return  # os.open on a folder raises PermissionError there; NTFS journals the rename
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _message(exc: OSError, path: Path) -> str:
    code = exc.errno
    nothing = "Er is niets weggeschreven."
    if code in (errno.EACCES, errno.EPERM, errno.EROFS):
        return (
            f"{path.name} kan niet worden opgeslagen in {path.parent}: de map is alleen-lezen of "
            f"u mag in die map niet schrijven. Kies een andere map. {nothing}"
        )
    if code in (errno.ENOSPC, errno.EDQUOT):
        return (
            f"{path.name} kan niet worden opgeslagen: de schijf is vol. Maak ruimte vrij of kies "
            f"een andere schijf. {nothing}"
        )
    if code == errno.ENOENT:
        return f"De map {path.parent} bestaat niet (meer). Kies een map die bestaat. {nothing}"
    if code == errno.ENAMETOOLONG:
        return f"De bestandsnaam is te lang. Kies een kortere naam. {nothing}"
    if code == errno.EISDIR:
        return f"{path} is een map. Kies een bestandsnaam, geen map."
    return f"{path} kan niet worden opgeslagen: {exc.strerror or exc}. {nothing}"
