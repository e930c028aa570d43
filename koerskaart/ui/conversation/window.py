"""The conversation window: the shared screen on which one contract is talked through, step by step.

It assembles the step list, one page per step of the question set, the review and any pages that
other screens add after it (:meth:`ConversationWindow.add_extra_page`, e.g. signing). It is its own
stepper (a ``QStackedWidget``, not ``QWizard``), so Back, Next and jumps never reset a page.
Everything typed is saved by :class:`~koerskaart.ui.conversation.autosave.Autosave`; the status
bar says "Opgeslagen hh:mm:ss". The current step is stored so the talk reopens where it was left.

Other windows follow along through ``stepChanged(key)`` (also sent once after opening),
``questionFocused(key)`` and ``closed()``. A page such as signing is appended with
``add_extra_page(key, title, widget)``; it can call ``save_now()`` before it reads the contract,
read ``progress`` for the gaps and call ``reload_contract()`` after signing (the window then turns
read-only with its banner).
What this window must not do: decide what is required, visible or complete (that is
:mod:`koerskaart.conversation.progress`), or show anything private to the facilitator.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from koerskaart.clock import to_local
from koerskaart.conversation.progress import Progress, compute_progress
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.conversation.visibility import depends_on, is_visible
from koerskaart.errors import DatabaseUnavailable
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from koerskaart.ui.conversation.autosave import Autosave
from koerskaart.ui.conversation.banner import Banner
from koerskaart.ui.conversation.conflict_dialog import resolve_conflict
from koerskaart.ui.conversation.connection import ConnectionWatch
from koerskaart.ui.conversation.focus import focus_first_field
from koerskaart.ui.conversation.keyboard_help import KeyboardHelp
from koerskaart.ui.conversation.rescue import offer_rescue, prepare_rescue
from koerskaart.ui.conversation.review_page import ReviewPage
from koerskaart.ui.conversation.step_list import StepListModel, StepListView
from koerskaart.ui.conversation.step_page import QuestionBlock, StepPage
from koerskaart.ui.drafts import Drafts
from koerskaart.ui.editors.base import QuestionEditor
from koerskaart.ui.keyboard import install_alt_filter
from koerskaart.ui.presentation import PresentationController, toggle_full_screen
from koerskaart.ui.session import ContractSession
from koerskaart.ui.settings import UiSettings

REVIEW_KEY = "_overzicht"  # cannot collide with a step key of a question set (they start with a letter)
PROGRESS_DELAY_MS = 150


class ConversationWindow(QMainWindow):
    stepChanged = Signal(str)
    questionFocused = Signal(str)
    closed = Signal()
    facilitatorRequested = Signal()  # Beeld → Facilitatorvenster; the main window opens it
    versionRequested = Signal(int)  # another version (picked, or just made): shown in this place

    def __init__(
        self,
        repo: Repository,
        contract_id: int,
        question_set: QuestionSet,
        settings: UiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.question_set = question_set
        self.settings = settings
        self.language = settings.language
        self.session = ContractSession(repo, contract_id, question_set, self)
        self.autosave = Autosave(self.session, self)
        self.connection = ConnectionWatch(self.session, self.autosave, self)
        self.conflict_dialog: QWidget | None = None  # open while the user chooses per field
        self.progress: Progress | None = None
        self._current = ""
        self._focused_question = ""
        self._last_saved: datetime | None = None
        self._progress_timer = QTimer(self)
        self._progress_timer.setSingleShot(True)
        self._progress_timer.setInterval(PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self.refresh_progress)

        self._stored_step = ""
        self._focused_once = False
        self._step_timer = QTimer(self)
        self._step_timer.setSingleShot(True)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step_settled)

        self._build()
        self._build_pages()
        self._connect()
        contract = repo.get_contract(contract_id)
        opgave = repo.get_opgave(contract.opgave_id)
        self.contract_id = contract_id
        self.opgave_id = contract.opgave_id
        self.setWindowTitle(
            self.tr("%1 – versie %2 – Koerskaart")
            .replace("%1", opgave.title)
            .replace("%2", str(contract.version))
        )
        self._fill_versions()
        self._apply_lock()
        self.refresh_progress()
        self._refresh_visibility()
        self.rescue = prepare_rescue(repo, contract)  # what closing offline could save to a file
        start = contract.current_step if contract.current_step in self.step_model.keys() else ""
        self._stored_step = contract.current_step
        self.show_step(start or self.step_model.keys()[0])
        # Its own presentation controller until the main window shares the app-wide one.
        self.presentation = PresentationController(settings, self)
        self.presentation.register(self)
        self._build_view_menu()
        install_alt_filter()
        self._fit_step_list()
        geometry = settings.geometry("conversation")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 720)

    # ------------------------------------------------------------------ building
    def _build(self) -> None:
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(8, 8, 8, 4)
        self.lock_banner = Banner(central)
        self.save_banner = Banner(central)
        outer.addWidget(self.lock_banner)
        outer.addWidget(self.save_banner)
        row = QHBoxLayout()
        self.step_model = StepListModel(self)
        self.step_view = StepListView(central)
        self.step_view.setModel(self.step_model)
        row.addWidget(self.step_view)
        right = QVBoxLayout()
        self.title_label = QLabel(central)
        self.title_label.setObjectName("titleLabel")
        self.title_label.setWordWrap(True)
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        self.version_picker = QComboBox(central)
        self.version_picker.setAccessibleName(self.tr("Versie van dit gesprek"))
        self.version_picker.setToolTip(self.tr("Een andere versie bekijken (elke versie blijft leesbaar)"))
        self.version_picker.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        header.addWidget(self.version_picker, 0, Qt.AlignmentFlag.AlignVCenter)
        self.stack = QStackedWidget(central)
        nav = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Vorige"), central)
        self.back_button.setToolTip(self.tr("Vorige stap (Alt+Links of Ctrl+PageUp)"))
        self.next_button = QPushButton(self.tr("Volgende →"), central)
        self.next_button.setToolTip(self.tr("Volgende stap (Alt+Rechts of Ctrl+PageDown)"))
        for button in (self.back_button, self.next_button):
            button.setAutoDefault(False)
        self.position_label = QLabel(central)
        self.position_label.setObjectName("hintLabel")
        nav.addWidget(self.back_button)
        nav.addStretch(1)
        nav.addWidget(self.position_label)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        right.addLayout(header)
        right.addWidget(self.stack, 1)
        right.addLayout(nav)
        row.addLayout(right, 1)
        outer.addLayout(row, 1)
        self.setCentralWidget(central)
        self.save_label = QLabel(self.tr("Alles is opgeslagen"), self)
        self.save_label.setAccessibleName(self.tr("Opslaan"))
        self.statusBar().addPermanentWidget(self.save_label)

    def _build_pages(self) -> None:
        self.pages: dict[str, StepPage] = {}
        self.blocks: dict[str, QuestionBlock] = {}
        for step in self.question_set.steps:
            page = StepPage(step, self.session, self.language, self.stack)
            self.pages[step.key] = page
            self.blocks.update(page.blocks)
            self.stack.addWidget(page)
            self.step_model.append(step.key, step.title(self.language))
        self.review = ReviewPage(self.question_set, self.language, self.stack)
        self.stack.addWidget(self.review)
        self.step_model.append(REVIEW_KEY, self.tr("Overzicht en controle"))
        self._titles = {step.key: step.title(self.language) for step in self.question_set.steps}
        self._titles[REVIEW_KEY] = self.tr("Overzicht: alle antwoorden")
        self._widgets: dict[str, QWidget] = {**self.pages, REVIEW_KEY: self.review}
        # Live visibility (the rule is conversation.visibility): a change re-evaluates what reads it.
        self._conditional: list[str] = []
        self._dependents: dict[str, list[str]] = {}
        for key, block in self.blocks.items():
            if block.question.visible_if.strip():
                self._conditional.append(key)
            for name in depends_on(block.question):
                self._dependents.setdefault(name, []).append(key)
        self._values: dict[str, Any] = {key: a.value for key, a in self.session.answers().items()}
        for key, block in self.blocks.items():
            if block.editor is not None:
                self.autosave.watch(block.editor)
                block.editor.changed.connect(lambda k=key: self._editor_changed(k))

    def _build_view_menu(self) -> None:
        """The "Beeld" menu: presentation mode, zoom, full screen, facilitator window, keys."""
        self.view_menu = self.menuBar().addMenu(self.tr("Bee&ld"))
        self.keyboard_help: KeyboardHelp | None = None

        def action(
            text: str, keys: list[str], slot: object, context=Qt.ShortcutContext.WindowShortcut
        ) -> QAction:
            item = QAction(text, self)
            item.setShortcuts([QKeySequence(k) for k in keys])
            item.setShortcutContext(context)
            item.triggered.connect(slot)
            self.view_menu.addAction(item)
            return item

        self.view_actions: dict[str, QAction] = {}
        presentation = action(self.tr("&Presentatiemodus"), ["Ctrl+Shift+P"], lambda: None)
        presentation.setCheckable(True)
        presentation.setChecked(self.settings.presentation)
        presentation.triggered.disconnect()
        presentation.toggled.connect(lambda on: self.presentation.set_presentation(on))
        self.view_actions["presentation"] = presentation
        self.view_menu.addSeparator()
        self.view_actions["zoom_in"] = action(
            self.tr("&Groter"), ["Ctrl++", "Ctrl+="], lambda: self.presentation.zoom_in()
        )
        self.view_actions["zoom_out"] = action(
            self.tr("&Kleiner"), ["Ctrl+-"], lambda: self.presentation.zoom_out()
        )
        self.view_actions["zoom_reset"] = action(
            self.tr("&Normale grootte"), ["Ctrl+0"], lambda: self.presentation.zoom_reset()
        )
        self.view_menu.addSeparator()
        self.view_actions["full_screen"] = action(
            self.tr("&Volledig scherm"), ["F11"], lambda: toggle_full_screen(self)
        )
        self.view_actions["facilitator"] = action(
            self.tr("&Facilitatorvenster"), ["Ctrl+Shift+F"], self.facilitatorRequested.emit
        )
        self.view_actions["keys"] = action(
            self.tr("&Toetsen…"), ["F1", "?", "Shift+?"], self.show_keyboard_help
        )
        self.presentation.changed.connect(self._presentation_changed)

    def use_presentation(self, controller: PresentationController, shared: dict[str, QAction]) -> None:
        """Follow the app-wide mode and zoom: ``shared`` holds the main window's application-wide
        actions (presentation, zoom_in, zoom_out, zoom_reset), shown in this window's menu in
        place of its own so that one key never has two meanings."""
        self.presentation.changed.disconnect(self._presentation_changed)
        self.presentation = controller
        controller.register(self)
        controller.changed.connect(self._presentation_changed)
        for name, replacement in shared.items():
            own = self.view_actions.get(name)
            if own is None:
                continue
            self.view_menu.insertAction(own, replacement)
            self.view_menu.removeAction(own)
            own.setShortcuts([])
            own.deleteLater()
            self.view_actions[name] = replacement

    def _presentation_changed(self) -> None:
        item = self.view_actions.get("presentation")
        if item is not None and item.isChecked() != self.settings.presentation:
            item.blockSignals(True)
            item.setChecked(self.settings.presentation)
            item.blockSignals(False)

    def show_keyboard_help(self) -> KeyboardHelp:
        if self.keyboard_help is None:
            self.keyboard_help = KeyboardHelp(self)
            self.presentation.register(self.keyboard_help)
        self.keyboard_help.fit_to_screen()
        self.keyboard_help.show()
        self.keyboard_help.raise_()
        return self.keyboard_help

    def _connect(self) -> None:
        self.step_view.jumpRequested.connect(self.show_step)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.review.jumpRequested.connect(self.focus_question)
        for keys, slot in (
            # PageUp/PageDown scroll the page that has the focus; steps change on explicit keys.
            (("Alt+Left", "Ctrl+PgUp"), self.previous_step),
            (("Alt+Right", "Ctrl+PgDown"), self.next_step),
            (("Ctrl+S",), self.save_now),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WindowShortcut)
        self.autosave.pendingChanged.connect(self._show_save_state)
        self.session.saved.connect(self._saved)
        self.session.conflict.connect(self._conflict)
        self.session.failed.connect(self._failed)
        self.connection.lost.connect(self._connection_lost)
        self.connection.restored.connect(self._connection_restored)
        self.session.contentChanged.connect(lambda _what: self._progress_timer.start())
        self.save_banner.actionTriggered.connect(self._banner_action)
        self.lock_banner.actionTriggered.connect(self.start_recontract)
        self.version_picker.activated.connect(self._version_picked)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)
        self._following_focus = True

    # ------------------------------------------------------------------ navigation (public)
    def current_step_key(self) -> str:
        return self._current

    def step_keys(self) -> list[str]:
        return self.step_model.keys()

    def show_step(self, key: str, *, focus: bool = True) -> None:
        """Go to a step (or the review, or an added page); pending edits are saved first.

        The keyboard then lands in the new page's first typing field (``focus=False`` when the
        caller puts it somewhere itself)."""
        if key == self._current or key not in self._widgets:
            return
        self.autosave.flush()
        self._current = key
        self.stack.setCurrentWidget(self._widgets[key])
        self.step_view.show_current(key)
        self.title_label.setText(self._titles[key])
        self._show_position()
        if key == REVIEW_KEY:
            self.refresh_progress()
        # The cursor goes with the step: a sentence typed next lands in the new step's first field.
        if focus:
            focus_first_field(self._widgets[key])
        # Storing the step and telling the facilitator window wait until the new page is painted.
        self._step_timer.start()

    def _step_settled(self) -> None:
        """Remember the step (to reopen there) and announce it, once the page is on screen."""
        self._step_timer.stop()
        key = self._current
        if key != self._stored_step and not self.session.read_only:
            self.session.set_current_step(key)
        self._stored_step = key
        self.stepChanged.emit(key)

    def next_step(self) -> None:
        keys = self.step_model.keys()
        index = keys.index(self._current)
        if index < len(keys) - 1:
            self.show_step(keys[index + 1])

    def previous_step(self) -> None:
        keys = self.step_model.keys()
        index = keys.index(self._current)
        if index > 0:
            self.show_step(keys[index - 1])

    def focus_question(self, key: str) -> bool:
        """Jump to the step holding question ``key`` and put the cursor in its editor."""
        block = self.blocks.get(key)
        if block is None:
            return False
        self.show_step(self.question_set.step_of(key), focus=False)
        return self.pages[self.question_set.step_of(key)].focus_question(key)

    def add_extra_page(self, key: str, title: str, widget: QWidget) -> None:
        """Add a page after the review (signing, PDF preview); it appears in the step list too."""
        if key in self._widgets:
            raise ValueError(f"step key {key!r} is already in use")
        self.stack.addWidget(widget)
        self._widgets[key] = widget
        self._titles[key] = title
        self.step_model.append(key, title)
        if self._current:
            self._show_position()

    def _show_position(self) -> None:
        """ "Stap x van y" and the Back/Next buttons for the current step and the current pages."""
        keys = self.step_model.keys()
        index = keys.index(self._current)
        self.position_label.setText(
            self.tr("Stap %1 van %2").replace("%1", str(index + 1)).replace("%2", str(len(keys)))
        )
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(keys) - 1)

    def editor(self, key: str) -> QuestionEditor | None:
        block = self.blocks.get(key)
        return block.editor if block else None

    # ------------------------------------------------------------------ saving
    def save_now(self) -> bool:
        return self.autosave.flush()

    def reload_contract(self) -> None:
        """Show the newest stored state (after a conflict, or after signing elsewhere)."""
        if not self.autosave.blocked:
            self.autosave.flush()  # nothing typed here is dropped unless it would overwrite
        self.session.reload()
        self.autosave.discard()
        self.autosave.resume()
        for block in self.blocks.values():
            block.reload()
        self._values = {key: a.value for key, a in self.session.answers().items()}
        self.save_banner.setVisible(False)
        self._fill_versions()
        self._apply_lock()
        self._refresh_visibility()
        self.refresh_progress()
        self.save_label.setText(self.tr("Nieuwste stand geladen"))

    def _show_save_state(self, pending: bool) -> None:
        if pending:
            self.save_label.setText(self.tr("Niet opgeslagen…"))
        elif self._last_saved is not None:
            self.save_label.setText(
                self.tr("Opgeslagen %1").replace("%1", to_local(self._last_saved).strftime("%H:%M:%S"))
            )

    def _saved(self, moment: datetime) -> None:
        self._last_saved = moment
        if self.save_banner.isVisible() and self.save_banner.kind == "error":
            self.save_banner.setVisible(False)
        if not self.autosave.pending:
            self._show_save_state(False)

    def _conflict(self, _message: str) -> None:
        self.save_label.setText(self.tr("Niet opgeslagen: gewijzigd in een ander venster"))
        self.save_banner.show_message(
            "warning",
            self.tr(
                "Dit gesprek is gewijzigd in een ander venster of door iemand anders. Uw laatste "
                "wijziging is niet opgeslagen, zodat niets van de ander wordt overschreven. Kies "
                "‘Vergelijken’ om per vraag te kiezen welke tekst blijft."
            ),
            self.tr("Vergelijken"),
        )

    def _failed(self, message: str) -> None:
        if self.session.read_only:
            return  # the lock banner already says so
        self.save_label.setText(self.tr("Opslaan mislukt"))
        self.save_banner.show_message("error", message, self.tr("Opnieuw proberen"))

    def _connection_lost(self, message: str) -> None:
        self.save_label.setText(self.tr("Niet opgeslagen: geen verbinding"))
        self.statusBar().showMessage(message)

    def _connection_restored(self) -> None:
        self.statusBar().showMessage(self.tr("De verbinding is terug; alles is opgeslagen."), 8000)
        self.refresh_progress()
        if not self.autosave.pending:
            self._show_save_state(False)

    def _banner_action(self) -> None:
        if self.save_banner.kind == "warning":
            self.conflict_dialog = resolve_conflict(self)
        else:
            self.save_banner.setVisible(False)
            if not self.autosave.flush():
                self._show_save_state(True)

    # ------------------------------------------------------------------ progress and visibility
    def refresh_progress(self) -> None:
        try:
            snapshot = load_snapshot(self.repo, self.session.contract_id)
        except DatabaseUnavailable:
            return  # the status bar says so; the progress follows when the server is back
        self.progress = compute_progress(self.question_set, snapshot, language=self.language)
        self.step_model.set_states({step.key: step.state for step in self.progress.steps})
        empty = {step.key for step in self.progress.steps if step.state.value == "empty"}
        for key, block in self.blocks.items():
            item = self.progress.questions[key]
            show = item.missing and item.step_key not in empty
            block.show_gap(item.required if show else None)
        if self._current == REVIEW_KEY:
            self.review.show_contract(snapshot, self.progress)

    def _editor_changed(self, key: str) -> None:
        editor = self.blocks[key].editor
        if editor is not None:
            self._values[key] = editor.value()
        for dependent in self._dependents.get(key, ()):
            self._update_visibility(dependent)

    def _update_visibility(self, key: str) -> None:
        block = self.blocks[key]
        visible = is_visible(block.question, self._values)
        if block.isHidden() == visible:
            block.setHidden(not visible)

    def _refresh_visibility(self) -> None:
        for key in self._conditional:
            self._update_visibility(key)

    def _apply_lock(self) -> None:
        read_only = self.session.read_only
        for block in self.blocks.values():
            block.set_read_only(read_only)
        if read_only and self.session.file_read_only:
            from koerskaart.ui.read_only import read_only_text

            self.save_label.setText(self.tr("Alleen lezen"))
            self.lock_banner.show_message("warning", read_only_text())
        elif read_only:
            self.save_label.setText(self.tr("Alleen lezen"))
            latest = self.repo.latest_contract(self.opgave_id)
            newest = latest is None or latest.id == self.contract_id
            text = self.tr(
                "Deze versie is ondertekend en vastgelegd. U kunt alles lezen, maar niets meer "
                "wijzigen. Wilt u iets veranderen? Maak dan een nieuwe versie (hercontracteren)."
            )
            if not newest:
                text = self.tr(
                    "Deze versie is ondertekend en vastgelegd; er is een nieuwere versie. Kies die "
                    "rechtsboven om verder te gaan."
                )
            # Only the newest signed version can be re-contracted (record.versions.recontract).
            self.lock_banner.show_message("info", text, self.tr("Hercontracteren…") if newest else "")
        else:
            self.lock_banner.setVisible(False)

    # ------------------------------------------------------------------ versions
    def _fill_versions(self) -> None:
        """Every version of this opgave in the picker, this one chosen."""
        from koerskaart.record.display import format_date, value_label

        self.version_picker.blockSignals(True)
        self.version_picker.clear()
        for contract in self.repo.contracts_of(self.opgave_id):
            text = self.tr("Versie %1 – %2").replace("%1", str(contract.version))
            text = text.replace("%2", value_label("status", contract.status, self.language))
            if contract.locked_at is not None:
                text += " " + format_date(to_local(contract.locked_at).date(), self.language)
            self.version_picker.addItem(text, contract.id)
        self.version_picker.setCurrentIndex(max(self.version_picker.findData(self.contract_id), 0))
        self.version_picker.setVisible(self.version_picker.count() > 1)
        self.version_picker.blockSignals(False)

    def _version_picked(self, index: int) -> None:
        contract_id = self.version_picker.itemData(index)
        if isinstance(contract_id, int) and contract_id != self.contract_id:
            self.save_now()
            self.versionRequested.emit(contract_id)

    def start_recontract(self) -> int | None:
        """Version n+1 of this signed version, with a reason; shown in this window's place."""
        from koerskaart.errors import UserFacingError
        from koerskaart.record.versions import recontract

        contract = self.repo.get_contract(self.contract_id)
        reason = messages.ask_reason(
            self,
            self.tr("Hercontracteren"),
            self.tr(
                "Waarom komt er een nieuwe versie? De reden staat in versie %1. Versie %2 blijft "
                "ondertekend en leesbaar."
            )
            .replace("%1", str(contract.version + 1))
            .replace("%2", str(contract.version)),
        )
        if reason is None:
            return None
        try:
            new = recontract(self.repo, self.contract_id, reason, self.question_set)
        except UserFacingError as exc:
            messages.error(self, self.tr("Hercontracteren"), exc.message)
            return None
        assert new.id is not None
        self._fill_versions()
        self.versionRequested.emit(new.id)
        return new.id

    def _fit_step_list(self) -> None:
        """Wide enough for the longest step title at the current type size, within reason."""
        self.step_view.ensurePolished()
        metrics = self.step_view.fontMetrics()
        keys = self.step_model.keys()
        widest = max(metrics.horizontalAdvance(f"{i + 1}. {self._titles[k]}") for i, k in enumerate(keys))
        extra = self.step_view.iconSize().width() + 48  # icon, margins, scroll bar
        # Capped so the step's own page keeps the room on a 1280 px wide shared screen; long
        # titles wrap onto a second line.
        self.step_view.setFixedWidth(max(220, min(widest + extra, 280)))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if not self._focused_once and self._current:
            self._focused_once = True  # the first step, opened before the window was on screen
            focus_first_field(self._widgets[self._current])

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange and hasattr(self, "step_view"):
            self._fit_step_list()  # presentation mode or zoom changed the type size

    # ------------------------------------------------------------------ focus and closing
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        page = self.pages.get(self._current)
        block = page.block_of(new) if page is not None and new is not None else None
        if block is not None and block.question.key != self._focused_question:
            self._focused_question = block.question.key
            self.questionFocused.emit(self._focused_question)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        if self._step_timer.isActive():
            self._step_settled()
        for drafts in self.findChildren(Drafts):
            drafts.flush()  # names and remarks typed before their button was pressed
        saved = self.autosave.flush()
        rows_waiting = any(
            getattr(getattr(b.editor, "model", None), "pending", False) for b in self.blocks.values()
        )
        if (not saved or rows_waiting) and self.connection.offline and self.rescue is not None:
            if not offer_rescue(self):
                event.ignore()
                return
        elif not saved and not self.session.read_only:
            keep_open = not messages.confirm(
                self,
                self.tr("Niet alles is opgeslagen"),
                self.tr(
                    "Een of meer antwoorden konden niet worden opgeslagen. Als u nu sluit, gaan die "
                    "verloren. Wilt u het venster toch sluiten?"
                ),
                self.tr("Toch sluiten"),
                self.tr("Terug naar het gesprek"),
            )
            if keep_open:
                event.ignore()
                return
        app = QApplication.instance()
        if isinstance(app, QApplication) and self._following_focus:
            app.focusChanged.disconnect(self._focus_changed)
            self._following_focus = False
        self.settings.set_geometry("conversation", self.saveGeometry())
        event.accept()
        self.closed.emit()
