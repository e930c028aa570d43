"""The main window: menus, toolbar and the pages "Laden…", welcome (empty file) and the start window.

It is the one place that turns the start window's requests into repository calls (new opgave,
re-contract, open, remove, demo, settings) and that opens conversation windows, each with its
own separate facilitator window. The database is opened only after the window is shown, and at
start-up (:meth:`MainWindow.start_with`) the list is first read straight from the file, filled
and given the keyboard (the search field) while the ORM is imported in the background; the
repository follows a moment later. Nothing from ``koerskaart.storage`` but the ORM-free reader
is imported at module level for that reason.

Layout: ``forms/main_window.ui`` (generated into ``koerskaart/ui/generated`` by
``forms/generate.sh`` with ``pyside6-uic``; generated code was chosen over a runtime QUiLoader
because it costs nothing at start-up and is checked by ruff's import rules like any module).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget

from koerskaart.errors import (
    DatabaseBusy,
    DatabaseError,
    DatabaseUnavailable,
    PasswordNeeded,
    UserFacingError,
)
from koerskaart.ui import messages
from koerskaart.ui.about import show_about
from koerskaart.ui.generated.ui_main_window import Ui_MainWindow
from koerskaart.ui.language import Translators
from koerskaart.ui.placement import place_facilitator
from koerskaart.ui.presentation import PresentationController, toggle_full_screen
from koerskaart.ui.read_only import read_only_text
from koerskaart.ui.record.hooks import attach_to_conversation as attach_record_screens
from koerskaart.ui.record.hooks import attach_to_main_window as attach_record_actions
from koerskaart.ui.settings import UiSettings
from koerskaart.ui.start_window import StartWindow
from koerskaart.ui.welcome_page import WelcomePage
from koerskaart.user import user_name

if TYPE_CHECKING:
    from koerskaart.questions.model import QuestionSet
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.conversation.banner import Banner
    from koerskaart.ui.new_conversation_dialog import NewConversationRequest
    from koerskaart.ui.record.batch_export import BatchExport

EXIT_DATABASE_REFUSED = 2


class MainWindow(QMainWindow):
    """The application's first window; ``databaseOpened`` fires once the list is filled."""

    databaseOpened = Signal()
    listShown = Signal()  # the list (or the welcome page) is filled and has the keyboard
    conversationOpened = Signal(int)  # contract id
    # The user chose to quit; run_gui ends the event loop with this status. (Calling
    # QCoreApplication.exit() outside exec() would make every later event loop return at once.)
    quitRequested = Signal(int)

    def __init__(
        self, settings: UiSettings, translators: Translators | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.translators = translators
        self.repo: Repository | None = None
        self.database_label: str | None = None  # the title bar's name of the open database
        self.conversations: dict[int, QWidget] = {}  # contract id -> conversation window
        self.facilitators: dict[int, QWidget] = {}  # contract id -> facilitator window
        self.leases: dict[int, Any] = {}  # contract id -> the LeaseKeeper of its window
        self._question_set: QuestionSet | None = None
        self.dialog: QWidget | None = None  # the open (window-modal) dialog, for tests
        self.exit_status = 0  # EXIT_DATABASE_REFUSED when the user quit over a refused file
        self.read_only_banner: Banner | None = None  # made when a read-only file is opened
        self._pending: Callable[[], None] | None = None  # asked for before the repository was ready
        self._loader: QObject | None = None
        self.batch_export: BatchExport | None = None  # the running "export every PDF"

        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.welcome = WelcomePage()
        self.start = StartWindow()
        # Who has which conversation open changes on other computers: look again now and then.
        self._open_by_timer = QTimer(self)
        self._open_by_timer.setInterval(30_000)
        self._open_by_timer.timeout.connect(self._refresh_open_by)
        self.ui.pages.addWidget(self.welcome)
        self.ui.pages.addWidget(self.start)
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)
        self.presentation = PresentationController(settings, self)
        self.presentation.register(self)
        self.presentation.changed.connect(self._presentation_changed)

        self.portfolio: QWidget | None = None  # the portfolio window, once opened
        self.actionPortfolio = QAction(self.tr("Portefeuille"), self)
        self.actionPortfolio.setObjectName("actionPortfolio")
        self.actionPortfolio.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.actionPortfolio.setToolTip(self.tr("Alle opgaven samen: kaart, stoplichten en capaciteit"))
        self.ui.menuFile.insertAction(self.ui.actionOpenDatabase, self.actionPortfolio)
        self.ui.toolBar.addAction(self.actionPortfolio)

        self._setup_shortcuts()
        self._connect()
        attach_record_actions(self)
        self.organisation_action = QAction(self.tr("O&rganisatie…"), self)
        self.organisation_action.setToolTip(self.tr("Domeinen, teams en teamleiders van de gemeente"))
        self.organisation_action.triggered.connect(self.open_organisation)
        self.ui.menuFile.insertAction(self.ui.actionSettings, self.organisation_action)
        self.demo_action = QAction(self.tr("&Demo openen"), self)
        self.demo_action.setToolTip(
            self.tr("Opent het demobestand met een verzonnen gemeente, los van uw eigen bestand")
        )
        self.demo_action.triggered.connect(self.open_demo)
        self.ui.menuHelp.insertAction(self.ui.actionAbout, self.demo_action)
        self._set_data_actions_enabled(False)
        self.ui.actionPresentation.setChecked(settings.presentation)
        geometry = settings.geometry("main")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    # ------------------------------------------------------------------ set-up
    def _setup_shortcuts(self) -> None:
        ui = self.ui
        shortcuts: list[tuple[Any, list[QKeySequence]]] = [
            (ui.actionNewConversation, [QKeySequence(QKeySequence.StandardKey.New)]),
            (ui.actionOpen, [QKeySequence(QKeySequence.StandardKey.Open)]),
            (ui.actionRemove, [QKeySequence(Qt.Key.Key_Delete)]),
            (ui.actionSearch, [QKeySequence(QKeySequence.StandardKey.Find)]),
            (ui.actionOpenDatabase, [QKeySequence("Ctrl+Shift+O")]),
            (ui.actionSettings, [QKeySequence("Ctrl+,")]),
            (ui.actionQuit, [QKeySequence("Ctrl+Q")]),
            (ui.actionPresentation, [QKeySequence("Ctrl+Shift+P")]),
            (ui.actionFullScreen, [QKeySequence(Qt.Key.Key_F11)]),
            (ui.actionZoomIn, [QKeySequence("Ctrl++"), QKeySequence("Ctrl+=")]),
            (ui.actionZoomOut, [QKeySequence("Ctrl+-")]),
            (ui.actionZoomReset, [QKeySequence("Ctrl+0")]),
            (ui.actionFacilitator, [QKeySequence("Ctrl+Shift+F")]),
            (ui.actionAbout, [QKeySequence(Qt.Key.Key_F1)]),
        ]
        for action, keys in shortcuts:
            action.setShortcuts(keys)
        # Zoom and presentation mode restyle every window, so their keys work in all of them.
        for action in (ui.actionZoomIn, ui.actionZoomOut, ui.actionZoomReset, ui.actionPresentation):
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        group = QActionGroup(self)
        for action in (ui.actionLanguageNl, ui.actionLanguageEn):
            group.addAction(action)
        (ui.actionLanguageEn if self.settings.language == "en" else ui.actionLanguageNl).setChecked(True)

    def _connect(self) -> None:
        ui = self.ui
        ui.actionNewConversation.triggered.connect(self.new_conversation)
        ui.actionOpen.triggered.connect(self._open_selected)
        ui.actionRemove.triggered.connect(self._remove_selected)
        ui.actionSearch.triggered.connect(self.start.focus_search)
        ui.actionOpenDatabase.triggered.connect(self.choose_other_database)
        ui.actionOpenServer.triggered.connect(self.choose_server_database)
        ui.actionSettings.triggered.connect(self.open_settings)
        ui.actionExportAll.triggered.connect(self.export_all)
        ui.actionQuit.triggered.connect(self.close)
        ui.actionPresentation.toggled.connect(self.presentation.set_presentation)
        ui.actionFullScreen.triggered.connect(self.toggle_full_screen)
        ui.actionZoomIn.triggered.connect(self.presentation.zoom_in)
        ui.actionZoomOut.triggered.connect(self.presentation.zoom_out)
        ui.actionZoomReset.triggered.connect(self.presentation.zoom_reset)
        ui.actionFacilitator.triggered.connect(self.show_facilitator)
        ui.actionLanguageNl.triggered.connect(lambda: self.switch_language("nl"))
        ui.actionLanguageEn.triggered.connect(lambda: self.switch_language("en"))
        ui.actionAbout.triggered.connect(lambda: show_about(self))
        self.actionPortfolio.triggered.connect(self.open_portfolio)
        self.action_log_file = QAction(self.tr("&Logbestand openen"), self)
        self.action_log_file.triggered.connect(self._open_log_file)
        ui.menuHelp.insertAction(ui.actionAbout, self.action_log_file)
        self.welcome.newRequested.connect(self.new_conversation)
        self.welcome.demoRequested.connect(self.load_demo)
        self.start.newRequested.connect(self.new_conversation)
        self.start.openRequested.connect(self.open_opgave)
        self.start.removeRequested.connect(self.remove_opgave)
        self.start.selectionChanged.connect(self._selection_changed)

    def _set_data_actions_enabled(self, enabled: bool) -> None:
        for action in (
            self.ui.actionNewConversation,
            self.ui.actionSettings,
            self.ui.actionSearch,
            self.ui.actionExportAll,
            self.actionPortfolio,
        ):
            action.setEnabled(enabled)
        if hasattr(self, "organisation_action"):
            self.organisation_action.setEnabled(enabled)
        self._selection_changed()

    def _selection_changed(self) -> None:
        has = self.repo is not None and self.start.current_opgave_id() is not None
        on_list = self.ui.pages.currentWidget() is self.start
        self.ui.actionOpen.setEnabled(has and on_list)
        self.ui.actionRemove.setEnabled(has and on_list)
        self.ui.actionFacilitator.setEnabled(bool(self.conversations))

    # ------------------------------------------------------------------ the database
    def show_loading(self, text: str = "") -> None:
        self.ui.loadingLabel.setText(text or self.tr("Laden…"))
        self.ui.pages.setCurrentWidget(self.ui.loadingPage)

    def start_with(self, database: Path | str) -> None:
        """The first start: the list from the file at once, the repository once the ORM is loaded.

        ``database`` is a file path or a server URL. A server, or a file that needs more than
        reading (new, to migrate, refused), goes the full way of :meth:`open_database` straight
        away, which explains any problem.
        """
        from koerskaart.storage.quick_read import read_start_list
        from koerskaart.storage.target import FileTarget, parse_target
        from koerskaart.ui.storage_loader import StorageLoader

        try:
            target = parse_target(database)
            quick = read_start_list(target.path) if isinstance(target, FileTarget) else None
        except DatabaseError:
            quick = None
        if quick is None:
            self.open_database(database)
            return
        path = target.path
        self.database_path = Path(path)
        self.setWindowTitle(self.tr("Koerskaart – %1").replace("%1", self.database_path.name))
        self.start.set_opgaven(quick.opgaven)
        self.start.set_municipality(quick.municipality, quick.logo)
        self._show_page(self.welcome if not quick.opgaven else self.start)
        loader = StorageLoader(self)
        loader.loaded.connect(lambda: self._storage_loaded(Path(path)))
        self._loader = loader
        self.listShown.emit()
        loader.start()

    def _storage_loaded(self, path: Path) -> None:
        """The ORM is there: open the file whose list is shown (unless another was opened since)."""
        self._loader = None
        if self.repo is None and self.database_path == path:
            self.open_database(path, keep_page=True)
        else:
            self._pending = None

    def _defer_until_ready(self, action: Callable[[], None]) -> bool:
        """While the repository is still being loaded, remember ``action``; True when deferred."""
        if self.repo is not None or self._loader is None:
            return False
        self._pending = action
        return True

    def open_database(
        self, path: Path | str, *, on_refusal_quit: bool = True, keep_page: bool = False
    ) -> bool:
        """Open ``path`` (a file or a ``postgresql://`` URL); on a refusal, offer another file or
        quit (or keep the current one). A server that asks for a password gets it typed here.

        The refused file is never touched. Returns True when a database is open afterwards.
        ``keep_page`` leaves the list on screen while opening (it was read already).
        """
        from koerskaart.storage.database import Database
        from koerskaart.storage.repository import Repository
        from koerskaart.storage.target import ServerTarget, parse_target

        if not keep_page:
            self.show_loading()
        target: Any = path
        while True:
            empty = self._empty_file_accepted(_file_of(target))
            if empty is None:  # the user chose not to use the empty file
                other = self._pick_database_file()
                if other is not None:
                    target = other
                    continue
                if self.repo is None:
                    self.exit_status = EXIT_DATABASE_REFUSED
                    self.close()
                    self.quitRequested.emit(EXIT_DATABASE_REFUSED)
                else:
                    self._show_list_or_welcome()
                return False
            try:
                target = parse_target(target) if isinstance(target, str | Path) else target
                database = Database.open(target, empty_ok=empty)
                break
            except PasswordNeeded as exc:
                password = messages.ask_text(self, self.tr("Wachtwoord"), exc.message, secret=True)
                if password is not None and isinstance(target, ServerTarget):
                    target = target.with_password(password)
                    continue
                return self._refused(on_refusal_quit)
            except DatabaseError as exc:
                leave = self.tr("Afsluiten") if on_refusal_quit else self.tr("Annuleren")
                choices = [self.tr("Ander bestand kiezen…"), leave]
                # Held by another program, or the server is away: waiting may help.
                busy = isinstance(exc, DatabaseBusy | DatabaseUnavailable)
                if busy:  # the label (and its translation) is the one of the save banner's retry
                    choices.insert(0, QCoreApplication.translate("ConversationWindow", "Opnieuw proberen"))
                choice = messages.choose(
                    self, messages.CRITICAL, self.tr("Database niet geopend"), exc.message, choices
                )
                if busy:
                    if choice == 0:
                        continue
                    choice -= 1
                other = self._pick_database_file() if choice == 0 else None
                if other is not None:
                    target = other
                    continue
                if choice == 0:
                    continue  # the picker was cancelled: show the problem again
                return self._refused(on_refusal_quit)
        self.set_repository(Repository(database, actor=user_name(self.settings.user_name)))
        return True

    def _refused(self, on_refusal_quit: bool) -> bool:
        if on_refusal_quit:
            self.exit_status = EXIT_DATABASE_REFUSED
            self.close()
            self.quitRequested.emit(EXIT_DATABASE_REFUSED)
        else:
            self._show_list_or_welcome()
        return self.repo is not None and not on_refusal_quit

    def _empty_file_accepted(self, path: Path | None) -> bool | None:
        """False for a file that is not empty (or a server); for a zero-byte file, ask first
        (never silently): True to make a new database in it, None to choose another file."""
        from koerskaart.storage.database import is_empty_file

        if path is None or not is_empty_file(path):
            return False
        choice = messages.choose(
            self,
            messages.QUESTION,
            self.tr("Nieuwe database maken?"),
            self.tr(
                "Het bestand %1 is leeg (0 bytes) en dus nog geen Koerskaart-database. Wilt u er een "
                "nieuwe, lege database van maken?"
            ).replace("%1", str(path)),
            [self.tr("Nieuwe database maken"), self.tr("Ander bestand kiezen…")],
        )
        return True if choice == 0 else None

    def set_repository(self, repo: Repository) -> None:
        """Work on ``repo`` from now on (closing the previous file) and show its opgaven."""
        if self.repo is not None and self.repo is not repo:
            self.repo.db.close()
        self.repo = repo
        self.database_path = repo.db.path  # None for a database on a server
        self.settings.last_database = repo.db.label  # a server URL without its password
        self._show_database_title()
        self._show_read_only(repo.db.read_only)
        self._set_data_actions_enabled(True)
        self.refresh()
        self.databaseOpened.emit()
        pending, self._pending = self._pending, None
        if pending is not None:
            pending()

    def _show_database_title(self) -> None:
        """Which database is in use, in the title bar: the file's name or the server database."""
        if self.repo is None:
            return
        db = self.repo.db
        if db.path is not None:
            self.database_label = db.path.name
        else:
            parts = db.target.parts  # type: ignore[union-attr]  # on_server: a ServerTarget
            self.database_label = (
                self.tr("%1 op server %2")
                .replace("%1", parts.path.lstrip("/"))
                .replace("%2", parts.hostname or "localhost")
            )
        self.setWindowTitle(self.tr("Koerskaart – %1").replace("%1", self.database_label))
        self.setWindowFilePath("")

    def _open_log_file(self) -> None:
        from koerskaart.ui.unexpected import open_log_file  # not needed for the first window

        open_log_file(self)

    def _show_read_only(self, read_only: bool) -> None:
        """A file that may not be written is opened read-only: say so above every page."""
        if read_only and self.read_only_banner is None:
            from koerskaart.ui.conversation.banner import Banner

            self.read_only_banner = Banner(self.ui.centralwidget)
            self.ui.centralLayout.insertWidget(0, self.read_only_banner)
        if self.read_only_banner is None:
            return
        if read_only:
            self.read_only_banner.show_message("warning", read_only_text())
            self.setWindowTitle(self.windowTitle() + " " + self.tr("(alleen lezen)"))
        else:
            self.read_only_banner.setVisible(False)

    def _pick_database_file(self) -> Path | None:
        chosen = messages.pick_file(
            self,
            self.tr("Databasebestand kiezen"),
            self.tr("Koerskaart-database (*.sqlite *.db);;Alle bestanden (*)"),
            save=True,
        )
        return Path(chosen) if chosen else None

    def choose_other_database(self) -> None:
        if self.conversations:
            messages.inform(
                self,
                self.tr("Ander databasebestand"),
                self.tr("Sluit eerst de geopende gesprekken."),
            )
            return
        path = self._pick_database_file()
        if path is not None:
            self.open_database(path, on_refusal_quit=False)

    def choose_server_database(self) -> None:
        """Open a database on the organisation's PostgreSQL server by its address (no password)."""
        if self.conversations:
            messages.inform(
                self, self.tr("Gedeelde database"), self.tr("Sluit eerst de geopende gesprekken.")
            )
            return
        last = self.settings.last_database
        url = messages.ask_text(
            self,
            self.tr("Gedeelde database"),
            self.tr(
                "Het adres van de gedeelde database, bijvoorbeeld "
                "postgresql://uw-naam@db.gemeente.nl/koerskaart. Het wachtwoord vraagt Koerskaart apart "
                "(of vindt het in ~/.pgpass) en bewaart het niet."
            ),
            last if "://" in last else "postgresql://",
        )
        if url and url.strip() not in ("", "postgresql://"):
            self.open_database(url.strip(), on_refusal_quit=False)

    def refresh(self) -> None:
        """Read the list of opgaven again and show the list or, for an empty file, the welcome."""
        if self.repo is None:
            return
        from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME

        try:
            rows = self.repo.list_opgaven()
            name, logo = self.repo.setting(MUNICIPALITY_NAME), self.repo.setting_blob(MUNICIPALITY_LOGO)
            open_by = self._open_by()
        except UserFacingError as exc:  # the file went away or is held by another program
            messages.error(self, self.tr("Database niet geopend"), exc.message)
            return
        self.start.set_opgaven(rows, open_by)
        self._open_by_timer.start()
        self.start.set_municipality(name, logo)
        self._show_list_or_welcome()

    def _show_list_or_welcome(self) -> None:
        if self.repo is None:
            return
        was = self.ui.pages.currentWidget()
        self._show_page(self.welcome if self.start.model.rowCount() == 0 else self.start)
        if was is not self.ui.pages.currentWidget():
            self.listShown.emit()

    def _show_page(self, page: QWidget) -> None:
        """Show the list or the welcome page; arriving there, the keyboard goes to its first field."""
        if self.ui.pages.currentWidget() is not page:
            self.ui.pages.setCurrentWidget(page)
            if page is self.welcome:
                self.welcome.ui.newButton.setFocus()
            else:
                self.start.ui.searchEdit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._selection_changed()

    def question_set(self) -> QuestionSet:
        """The default question set, read once."""
        if self._question_set is None:
            from koerskaart.paths import DEFAULT_QUESTION_SET
            from koerskaart.questions.loader import load_question_set

            self._question_set = load_question_set(DEFAULT_QUESTION_SET)
        return self._question_set

    # ------------------------------------------------------------------ actions
    def new_conversation(self) -> None:
        if self._defer_until_ready(self.new_conversation):
            return
        if self.repo is None:
            return
        from koerskaart.ui.new_conversation_dialog import NewConversationDialog, RecontractChoice

        try:
            opgaven = self.repo.list_opgaven()
        except UserFacingError as exc:
            messages.error(self, self.tr("Nieuw gesprek"), exc.message)
            return
        choices = [
            RecontractChoice(s.id, s.title, s.latest_contract_id, s.latest_version)
            for s in opgaven
            # Only a signed version can be re-contracted (record.versions.recontract).
            if s.latest_contract_id is not None and s.latest_version is not None and s.status == "getekend"
        ]
        dialog = NewConversationDialog(choices, preselect_opgave=self.start.current_opgave_id(), parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_conversation(dialog.request()))
        self._open_dialog(dialog)

    def _start_conversation(self, request: NewConversationRequest) -> None:
        assert self.repo is not None
        from koerskaart.conversation.opening import first_contract, question_set_for

        try:
            question_set = self.question_set()
            if request.recontract is None:
                opgave = self.repo.create_opgave(request.title)
                assert opgave.id is not None
                contract = first_contract(self.repo, opgave.id, question_set)
            else:
                from koerskaart.record.versions import recontract

                contract = recontract(self.repo, request.recontract.contract_id, request.reason, question_set)
            self.refresh()
            self.start.select_opgave(contract.opgave_id)
            self.open_conversation(contract.id, question_set_for(contract, question_set))
        except UserFacingError as exc:
            messages.error(self, self.tr("Nieuw gesprek"), exc.message)

    def open_opgave(self, opgave_id: int) -> None:
        if self._defer_until_ready(lambda: self.open_opgave(opgave_id)):
            return
        if self.repo is None:
            return
        from koerskaart.conversation.opening import contract_to_open

        try:
            contract_id, question_set = contract_to_open(self.repo, opgave_id, self.question_set())
        except UserFacingError as exc:
            messages.error(self, self.tr("Gesprek openen"), exc.message)
            return
        self.open_conversation(contract_id, question_set)
        self.refresh()

    def _refresh_open_by(self) -> None:
        """Show the current leases in the start window (quietly: a failure shows at the next action)."""
        if self.repo is None or self.ui.pages.currentWidget() is not self.start:
            return
        try:
            self.start.model.set_open_by(self._open_by())
        except UserFacingError:
            return

    def _open_by(self) -> dict[int, tuple[str, Any]]:
        """opgave id → (who, since when) for the conversations open anywhere right now."""
        return {
            opgave_id: (lease.holder, lease.opened_at)
            for opgave_id, lease in self._leases().of_opgaven().items()
        }

    def _leases(self) -> Any:
        from koerskaart.storage.leases import Leases

        assert self.repo is not None
        return Leases(self.repo.db, clock=self.repo.clock)

    def _opened_elsewhere(self, contract_id: int) -> bool:
        """True when someone else has the conversation open and the user chose not to go on."""
        from koerskaart.clock import to_local

        try:
            others = [lease for lease in self._leases().active() if lease.contract_id == contract_id]
        except UserFacingError:
            return False  # the window itself will say what is wrong with the database
        if not others:
            return False
        first = others[0]
        text = (
            self.tr(
                "Dit gesprek is nu ook geopend door %1 (sinds %2). Als u allebei typt, krijgt wie "
                "als tweede opslaat een melding en kiest per veld welke tekst blijft. Toch openen?"
            )
            .replace("%1", first.holder)
            .replace("%2", to_local(first.opened_at).strftime("%H:%M"))
        )
        return not messages.confirm(self, self.tr("Gesprek is al geopend"), text, self.tr("Toch openen"))

    def open_portfolio(self) -> QWidget | None:
        """The portfolio window (raised and refreshed when it is open already)."""
        if self.repo is None:
            return None
        if self.portfolio is not None:
            self.portfolio.reload()  # type: ignore[attr-defined]  # a PortfolioWindow
            self.portfolio.show()
            self.portfolio.raise_()
            return self.portfolio
        from koerskaart.ui.portfolio.window import PortfolioWindow

        try:
            window = PortfolioWindow(self.repo)
        except UserFacingError as exc:
            messages.error(self, self.tr("Portefeuille"), exc.message)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.openRequested.connect(self.open_opgave)
        window.destroyed.connect(lambda _=None: setattr(self, "portfolio", None))
        self.presentation.register(window)
        window.resize(self.size())
        self.portfolio = window
        window.show()
        return window

    def open_conversation(self, contract_id: int, question_set: QuestionSet) -> QWidget | None:
        """Show the conversation window of ``contract_id`` (raised if it is open already).

        When another person (another program) has it open, the user is warned first.
        """
        assert self.repo is not None
        existing = self.conversations.get(contract_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            existing.activateWindow()
            return existing
        if self._opened_elsewhere(contract_id):
            return None
        try:
            from koerskaart.ui.conversation.window import ConversationWindow
        except ImportError:
            messages.inform(
                self,
                self.tr("Gesprek openen"),
                self.tr("Het gespreksvenster is in deze versie niet beschikbaar."),
            )
            return None
        try:
            window = ConversationWindow(self.repo, contract_id, question_set, self.settings)
        except UserFacingError as exc:
            messages.error(self, self.tr("Gesprek openen"), exc.message)
            return None
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        attach_record_screens(window)
        self.conversations[contract_id] = window
        from koerskaart.ui.lease_keeper import LeaseKeeper

        self.leases[contract_id] = LeaseKeeper(
            self._leases(), contract_id, user_name(self.settings.user_name), self
        )
        ui = self.ui
        window.use_presentation(
            self.presentation,
            {
                "presentation": ui.actionPresentation,
                "zoom_in": ui.actionZoomIn,
                "zoom_out": ui.actionZoomOut,
                "zoom_reset": ui.actionZoomReset,
            },
        )
        window.facilitatorRequested.connect(lambda cid=contract_id: self.show_facilitator(cid))
        window.versionRequested.connect(lambda new_id, w=window: self._show_version(w, new_id))
        window.closed.connect(lambda cid=contract_id: self._conversation_closed(cid))
        if self.settings.open_facilitator_window:
            self.show_facilitator(contract_id, question_set)
        window.show()
        window.raise_()
        self._selection_changed()
        self.conversationOpened.emit(contract_id)
        return window

    def _show_version(self, old: QWidget, contract_id: int) -> None:
        """Another version of the same opgave in the place of ``old`` (picked or just made)."""
        if self.repo is None:
            return
        from koerskaart.conversation.opening import question_set_for

        contract = self.repo.get_contract(contract_id)
        geometry = old.geometry()
        window = self.open_conversation(contract_id, question_set_for(contract, self.question_set()))
        if window is not None and window is not old:
            window.setGeometry(geometry)
            old.close()
        self.refresh()

    def show_facilitator(
        self, contract_id: int | None = None, question_set: QuestionSet | None = None
    ) -> None:
        """Show the facilitator window of ``contract_id`` (default: the last opened conversation)."""
        if contract_id is None:
            if not self.conversations:
                return
            contract_id = list(self.conversations)[-1]
        existing = self.facilitators.get(contract_id)
        if existing is not None:
            existing.show()
            existing.raise_()
            return
        conversation = self.conversations.get(contract_id)
        if self.repo is None or conversation is None:
            return
        from koerskaart.ui.facilitator_window import FacilitatorWindow

        question_set = question_set or conversation.question_set  # type: ignore[attr-defined]
        facilitator = FacilitatorWindow(self.repo, contract_id, question_set, self.settings)
        facilitator.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.facilitators[contract_id] = facilitator
        facilitator.destroyed.connect(lambda _=None, cid=contract_id: self.facilitators.pop(cid, None))
        conversation.stepChanged.connect(facilitator.set_step)  # type: ignore[attr-defined]
        conversation.questionFocused.connect(facilitator.set_question)  # type: ignore[attr-defined]
        placement = place_facilitator(facilitator, conversation)
        facilitator.show()
        if placement.behind:
            conversation.raise_()  # no free room beside it: the shared window stays in front
            conversation.activateWindow()

    def _conversation_closed(self, contract_id: int) -> None:
        self.conversations.pop(contract_id, None)
        keeper = self.leases.pop(contract_id, None)
        if keeper is not None:
            keeper.release()
            keeper.deleteLater()
        facilitator = self.facilitators.pop(contract_id, None)
        if facilitator is not None:
            facilitator.close()
        self.refresh()

    def remove_opgave(self, opgave_id: int) -> None:
        if self.repo is None:
            return
        row = self.start.model.row_of(opgave_id)
        title = self.start.model.summary(row).title if row is not None else str(opgave_id)
        if any(getattr(w, "opgave_id", None) == opgave_id for w in self.conversations.values()):
            messages.inform(
                self, self.tr("Opgave verwijderen"), self.tr("Sluit eerst het gesprek van deze opgave.")
            )
            return
        if not messages.confirm(
            self,
            self.tr("Opgave verwijderen"),
            self.tr(
                "Wilt u de opgave “%1” uit de lijst verwijderen?\n\n"
                "Alle gesprekken en handtekeningen blijven bewaard in het logboek van dit bestand."
            ).replace("%1", title),
            self.tr("Verwijderen"),
        ):
            return
        try:
            self.repo.remove_opgave(opgave_id)
        except UserFacingError as exc:
            messages.error(self, self.tr("Opgave verwijderen"), exc.message)
            self.refresh()
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("“%1” is verwijderd.").replace("%1", title), 5000)

    def demo_path(self) -> Path:
        """The demo's own file: beside the open database file, else (no file, or a server database)
        in the user's data folder."""
        current = self.repo.db.path if self.repo is not None else None
        if current is not None:
            return current.with_name(DEMO_FILE_NAME)
        from platformdirs import user_data_path

        return user_data_path("Koerskaart", appauthor=False) / DEMO_FILE_NAME

    def open_demo(self) -> None:
        """Open (or make) the separate demo file and fill it: fictional data never lands in
        the municipality's own file."""
        path = self.demo_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        current = self.repo.db.path if self.repo is not None else None
        if current != path and not self.open_database(path, on_refusal_quit=False):
            return
        self.load_demo()

    def load_demo(self) -> None:
        if self._defer_until_ready(self.load_demo):
            return
        if self.repo is None:
            return
        try:
            from koerskaart.demo import load_demo
        except ImportError:
            messages.inform(
                self, self.tr("Demo laden"), self.tr("De demo is in deze versie niet beschikbaar.")
            )
            return
        self.show_loading(self.tr("De demo wordt geladen…"))
        try:
            load_demo(self.repo, self.question_set())
        except UserFacingError as exc:
            messages.error(self, self.tr("Demo laden"), exc.message)
            self._show_list_or_welcome()  # leave the loading page; the file is as it was
            return
        self.refresh()
        self.statusBar().showMessage(self.tr("De demo is geladen."), 5000)

    def export_all(self) -> None:
        """Write the newest version of every opgave as PDF into a folder (in the background)."""
        if self.repo is None:
            return
        from koerskaart.ui.record.batch_export import start_batch_export

        try:
            question_set = self.question_set()
        except UserFacingError as exc:
            messages.error(self, self.tr("Alle contracten als pdf exporteren"), exc.message)
            return
        self.batch_export = start_batch_export(self, self.repo, question_set)
        if self.batch_export is not None:
            self.batch_export.finished.connect(self._batch_export_done)
            self.batch_export.failed.connect(self._batch_export_done)

    def _batch_export_done(self, *_args: object) -> None:
        self.batch_export = None

    def open_settings(self) -> None:
        if self.repo is None:
            return
        from koerskaart.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.repo, self, self.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self._open_dialog(dialog)

    def open_organisation(self) -> None:
        if self.repo is None:
            return
        from koerskaart.ui.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self.repo, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.refresh)
        self._open_dialog(dialog)

    def _open_dialog(self, dialog: Any) -> None:
        """Window-modal and non-blocking: tests reach the dialog through ``self.dialog``."""
        self.dialog = dialog
        dialog.finished.connect(lambda _=0: setattr(self, "dialog", None))
        dialog.open()

    def _open_selected(self) -> None:
        opgave_id = self.start.current_opgave_id()
        if opgave_id is not None:
            self.open_opgave(opgave_id)

    def _remove_selected(self) -> None:
        opgave_id = self.start.current_opgave_id()
        if opgave_id is not None:
            self.remove_opgave(opgave_id)

    def toggle_full_screen(self) -> None:
        self.ui.actionFullScreen.setChecked(toggle_full_screen(self))

    def switch_language(self, language: str) -> None:
        self.settings.language = language
        self.settings.sync()
        if self.translators is not None:
            self.translators.install(language)
        self.statusBar().showMessage(
            self.tr("Geopende gesprekken tonen de vragen in de nieuwe taal nadat u ze opnieuw opent."), 8000
        )

    def _presentation_changed(self) -> None:
        self.ui.actionPresentation.setChecked(self.settings.presentation)

    # ------------------------------------------------------------------ Qt events
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_database_title()
            self.actionPortfolio.setText(self.tr("Portefeuille"))
            self.actionPortfolio.setToolTip(self.tr("Alle opgaven samen: kaart, stoplichten en capaciteit"))
            if self.ui.pages.currentWidget() is self.ui.loadingPage:
                self.ui.loadingLabel.setText(self.tr("Laden…"))
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.batch_export is not None:  # let the file being written be finished, then stop
            self.batch_export.stop_and_wait()
        for window in list(self.conversations.values()) + list(self.facilitators.values()):
            window.close()  # each saves what it holds on close
        if self.portfolio is not None:
            self.portfolio.close()
        self.settings.set_geometry("main", self.saveGeometry())
        self.settings.sync()
        if self.repo is not None:
            self.repo.db.close()  # only returns pooled connections; a later read reconnects
        super().closeEvent(event)


def _place_beside(facilitator: QWidget, conversation: QWidget) -> None:
    """First time: put the facilitator window on another screen than the shared conversation."""
    from PySide6.QtGui import QGuiApplication

    shared = conversation.screen()
    others = [s for s in QGuiApplication.screens() if s is not shared]
    if others:
        area = others[0].availableGeometry()
        facilitator.move(area.topLeft())
        facilitator.resize(min(520, area.width()), area.height())


DEMO_FILE_NAME = "koerskaart-demo.sqlite"


def _file_of(target: object) -> Path | None:
    """The file a database target names, or None for a server or text that is no valid target."""
    from koerskaart.errors import DatabaseError
    from koerskaart.storage.target import FileTarget, parse_target

    try:
        parsed = parse_target(target) if isinstance(target, str | Path) else target
    except DatabaseError:
        return None
    return parsed.path if isinstance(parsed, FileTarget) else None
