"""A guard against a reference-count bug in PySide6 6.12.0 that would end the program mid-meeting.

Seen here: methods without a return value (``QPainter.setPen``/``drawEllipse``, but also
``QLabel.setText``, ``QListWidgetItem.setData``, ``QObject.setObjectName`` ...) hand ``None`` back
to Python without taking a reference to it, so each call lowers ``None``'s reference count by
one. On Python 3.11 ``None`` is not immortal: after some tens of thousands of calls (a map
repainted while the mouse moves over it, a list refilled on every filter change) the count
reaches zero and Python aborts with "none_dealloc: deallocating None". Code that makes many such
calls in one go (a paint event, refreshing every view) takes :func:`none_mark` first and calls
:func:`give_back` after.
Giving back too much is harmless (``None`` is never freed); on Python 3.12 and later ``None`` is
immortal and nothing is lost. Remove this module once PySide6 fixes the bug.
"""

from __future__ import annotations

import ctypes
import sys

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_NONE = ctypes.py_object(None)  # a bare None argument would reach C as NULL, and be ignored


RESERVE = 10_000_000


def keep_none_alive() -> None:
    """Give ``None`` a large reserve of references once, so scattered losses never reach zero.

    Writes the count directly (CPython keeps it as the object's first field); on Python 3.12 and
    later ``None`` is immortal and this does nothing.
    """
    global _reserved
    if _reserved or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _reserved = True


_reserved = False


def none_mark() -> int:
    """``None``'s reference count now; pass it to :func:`give_back` after painting."""
    return sys.getrefcount(None)


def give_back(mark: int) -> None:
    """Restore what PySide lost since ``mark`` (plain calls: a context manager's own ``None``
    arguments would hide the loss)."""
    lost = mark - sys.getrefcount(None)
    for _ in range(max(0, lost)):
        _incref(_NONE)
