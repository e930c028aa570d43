"""Closing a conversation window while the database server is away: save the typing to a file.

:func:`prepare_rescue` reads, when the window opens on a server database, the opgave as an
exchange document (a file database cannot drop away like a server connection, so it is skipped
there). :func:`offer_rescue` is asked on close while the window is offline with unsaved answers:
save them to a file (``exchange.rescue``, readable by ``koerskaart import-json``), close without
saving, or go back to the conversation. Returns whether the window may close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from koerskaart.errors import UserFacingError
from koerskaart.ui import messages

if TYPE_CHECKING:
    from koerskaart.storage.models import Contract
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.conversation.window import ConversationWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Rescue", text)


def prepare_rescue(repo: Repository, contract: Contract) -> tuple[dict[str, Any], int] | None:
    """(exchange document, version being edited) for a server database, else None."""
    if not repo.db.on_server or contract.locked_at is not None:
        return None
    from koerskaart.exchange.export import export_opgave

    try:
        return export_opgave(repo, contract.opgave_id), contract.version
    except UserFacingError:
        return None


def current_answers(window: ConversationWindow) -> dict[str, tuple[Any, str]]:
    """Every plain answer as the window shows it now: saved since opening, or not saved at all."""
    answers = {}
    for block in window.blocks.values():
        editor = block.editor
        if hasattr(editor, "role") and editor.value() is not None:
            answers[editor.question.key] = (editor.value(), editor.role)
    return answers


def offer_rescue(window: ConversationWindow) -> bool:
    """Ask what to do with the unsaved answers; True when the window may close."""
    assert window.rescue is not None
    document, version = window.rescue
    choice = messages.choose(
        window,
        messages.WARNING,
        _tr("Geen verbinding met de database"),
        _tr(
            "De databaseserver is niet bereikbaar, dus uw laatste antwoorden zijn nog niet "
            "opgeslagen. U kunt ze bewaren in een bestand en later inlezen met "
            "‘koerskaart import-json’."
        ),
        [_tr("Opslaan in een bestand…"), _tr("Sluiten zonder opslaan"), _tr("Terug naar het gesprek")],
    )
    if choice == 2:
        return False
    if choice == 1:
        return True
    path = messages.pick_file(
        window, _tr("Antwoorden bewaren"), _tr("Koerskaart-bestand (*.json)"), save=True
    )
    if not path:
        return False
    from koerskaart.atomic_file import write_atomically
    from koerskaart.exchange.export import dump
    from koerskaart.exchange.rescue import rescue_document

    rescued = rescue_document(document, version, current_answers(window), window.repo.clock())
    try:
        write_atomically(path, dump(rescued).encode("utf-8"))
    except (OSError, UserFacingError) as exc:
        text = exc.message if isinstance(exc, UserFacingError) else (exc.strerror or str(exc))
        messages.error(
            window, _tr("Antwoorden bewaren"), _tr("Het bestand is niet opgeslagen: %1").replace("%1", text)
        )
        return False
    messages.inform(
        window,
        _tr("Antwoorden bewaren"),
        _tr("De antwoorden staan in %1. Lees ze later in met: koerskaart import-json %1").replace("%1", path),
    )
    return True
