"""Keeps Python's ``None`` alive under PySide6 6.12.0 on Python 3.11.

In this combination every Qt method that returns nothing (``setText``, ``setVisible``,
``QTextLayout.beginLayout``, ``initStyleOption`` ...) hands ``None`` back to Python without
taking a reference to it. Each call lowers ``None``'s reference count by one; after some tens of
thousands of calls — a few minutes of typing, or one table that lays out its rows to fit their
text — the interpreter aborts with "Fatal Python error: none_dealloc". Python 3.12 and later
make ``None`` immortal, which is exactly what :func:`guard_none` does here by hand: it raises the
count so far that no session can ever bring it down to zero. ``tests/unit/test_none_guard.py``
shows the leak and that the guard holds.

What this module must not do: anything on Python 3.12 or later (``None`` is immortal there), or
touch any other object.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # far more void calls than any session can make


def guard_none() -> bool:
    """Make ``None`` effectively immortal on CPython before 3.12; True when it was raised."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if count.value < HEADROOM // 2:
        count.value += HEADROOM
        return True
    return False
