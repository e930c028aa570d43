"""Who is at the keyboard: the name recorded in the audit trail and shown on an open conversation.

By default the operating system's login name; the window's settings can give another name
(``UiSettings.user_name``), because a login such as ``jdevries`` says less in a shared audit
trail than "J. de Vries". Nothing here stores anything.
"""

from __future__ import annotations

import getpass

FALLBACK = "onbekend"


def login_name() -> str:
    """The operating system's login name, or "onbekend" where there is none (a bare container)."""
    try:
        return getpass.getuser() or FALLBACK
    except (KeyError, OSError):
        return FALLBACK


def user_name(override: str = "") -> str:
    """``override`` when it holds a name, else the login name."""
    return override.strip() or login_name()
