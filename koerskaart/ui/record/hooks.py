"""Where the record screens plug into the existing windows: one call per window.

:func:`attach_to_conversation` appends the signing step after the review of a conversation
window and gives it a "Contract" menu (PDF preview, version comparison).
:func:`attach_to_main_window` adds the same two actions for the opgave selected in the start
window. Heavy modules (ReportLab for the PDF, the record layer) are imported only when an action
is used, so the first window still appears quickly.

What this module must not do: build widgets of its own beyond menu actions, or hold state other
than the windows it was attached to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence

from koerskaart.errors import UserFacingError
from koerskaart.ui import messages

if TYPE_CHECKING:
    from koerskaart.questions.model import QuestionSet
    from koerskaart.ui.conversation.window import ConversationWindow
    from koerskaart.ui.main_window import MainWindow
    from koerskaart.ui.record.signing_page import SigningPage

SIGNING_KEY = "_ondertekenen"  # like the review's key: cannot collide with a step of a question set


def _tr(text: str) -> str:
    return QCoreApplication.translate("RecordActions", text)


def attach_to_conversation(window: ConversationWindow) -> SigningPage:
    """Add the signing step and the "Contract" menu to ``window``; returns the signing page."""
    from koerskaart.ui.record.signing_page import SigningPage

    page = SigningPage(
        window.repo,
        window.contract_id,
        window.question_set,
        language=window.language,
        before_read=window.save_now,
        revision=lambda: window.session.revision,
        parent=window.stack,
    )
    window.add_extra_page(SIGNING_KEY, _tr("Ondertekenen"), page)
    page.jumpRequested.connect(window.focus_question)
    # A signature moves the contract's revision on; the window takes the new state (and, after
    # the third signature, turns read-only with its banner).
    page.signed.connect(lambda _role: window.reload_contract())
    page.withdrawn.connect(lambda _role: window.reload_contract())
    page.conflicted.connect(window.reload_contract)

    def show_pdf() -> None:
        window.save_now()  # the document shows what was typed up to this moment
        open_preview(window, window.contract_id, window.question_set)

    page.previewRequested.connect(show_pdf)

    menu = window.menuBar().addMenu(_tr("&Contract"))
    preview = QAction(_tr("Contracteringsformat (PDF)…"), window)
    preview.setShortcut(QKeySequence("Ctrl+Shift+E"))
    preview.triggered.connect(show_pdf)
    menu.addAction(preview)
    signing = QAction(_tr("Naar ondertekenen"), window)
    signing.triggered.connect(lambda: window.show_step(SIGNING_KEY))
    menu.addAction(signing)
    compare_action = QAction(_tr("Versies vergelijken…"), window)
    compare_action.triggered.connect(lambda: open_compare(window, window.opgave_id, window.question_set))
    menu.aboutToShow.connect(
        lambda: compare_action.setEnabled(len(window.repo.contracts_of(window.opgave_id)) >= 2)
    )
    menu.addAction(compare_action)
    if window.repo.get_contract(window.contract_id).current_step == SIGNING_KEY:
        window.show_step(SIGNING_KEY)  # the talk was left at signing: reopen there
    window.record_actions = {"preview": preview, "signing": signing, "compare": compare_action}  # type: ignore[attr-defined]
    window.signing_page = page  # type: ignore[attr-defined]
    return page


def attach_to_main_window(main: MainWindow) -> None:
    """Add "Contracteringsformat (PDF)…" and "Versies vergelijken…" for the selected opgave."""
    preview = QAction(_tr("Contracteringsformat (PDF)…"), main)
    preview.setShortcut(QKeySequence("Ctrl+Shift+E"))
    compare_action = QAction(_tr("Versies vergelijken…"), main)
    main.ui.menuFile.insertActions(main.ui.actionRemove, [preview, compare_action])
    main.ui.toolBar.addSeparator()
    main.ui.toolBar.addAction(preview)
    main.ui.toolBar.addAction(compare_action)

    def selected() -> tuple[int, int] | None:
        """The selected opgave and its latest contract, if any."""
        opgave_id = main.start.current_opgave_id()
        if main.repo is None or opgave_id is None:
            return None
        contract = main.repo.latest_contract(opgave_id)
        if contract is None or contract.id is None:
            return None
        return opgave_id, contract.id

    def update() -> None:
        chosen = selected()
        on_list = main.ui.pages.currentWidget() is main.start
        preview.setEnabled(chosen is not None and on_list)
        versions = len(main.repo.contracts_of(chosen[0])) if chosen is not None and main.repo else 0
        compare_action.setEnabled(versions >= 2 and on_list)

    def show_pdf() -> None:
        chosen = selected()
        if chosen is None or main.repo is None:
            return
        from koerskaart.conversation.opening import question_set_for

        contract = main.repo.get_contract(chosen[1])
        open_preview(main, chosen[1], question_set_for(contract, main.question_set()))

    def show_versions() -> None:
        chosen = selected()
        if chosen is not None:
            open_compare(main, chosen[0], main.question_set())

    preview.triggered.connect(show_pdf)
    compare_action.triggered.connect(show_versions)
    main.start.selectionChanged.connect(update)
    main.databaseOpened.connect(update)
    main.ui.pages.currentChanged.connect(lambda _i: update())
    main.record_actions = {"preview": preview, "compare": compare_action}  # type: ignore[attr-defined]
    update()


def open_preview(parent: Any, contract_id: int, question_set: QuestionSet) -> object | None:
    """The PDF preview of ``contract_id`` as its own window (the parent gives the repository)."""
    from koerskaart.ui.record.pdf_preview import show_preview

    try:
        preview = show_preview(parent.repo, contract_id, question_set, parent)
    except UserFacingError as exc:
        messages.error(parent, _tr("Contracteringsformat"), exc.message)
        return None
    parent.record_preview = preview  # the open preview, for tests
    return preview


def open_compare(parent: Any, opgave_id: int, question_set: QuestionSet) -> object | None:
    """The version comparison of ``opgave_id`` as its own window."""
    from koerskaart.ui.record.compare_view import show_compare

    try:
        view = show_compare(parent.repo, opgave_id, question_set, parent)
    except UserFacingError as exc:
        messages.error(parent, _tr("Versies vergelijken"), exc.message)
        return None
    view.setWindowModality(Qt.WindowModality.NonModal)
    parent.record_compare = view  # the open comparison, for tests
    return view
