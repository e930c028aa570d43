"""The facilitator's own window: private notes per question, the parking lot and a step timer.

It is always a separate top-level window, never a child or dock of the conversation window, so
sharing only the conversation window never shows it. It follows the conversation through
:meth:`FacilitatorWindow.set_step` / :meth:`set_question` (connected to the conversation
window's ``stepChanged`` and ``questionFocused``). Notes are saved while typing (debounced) and
on every change of question and on close, as ``FacilitatorNote`` rows (kind "notitie" with the
question key, kind "parkeerplaats" for the parking lot). The timer measures time per step against
the step's budget (``Step.minutes``) and turns red when over time; it is not stored.

Layout: ``forms/facilitator_window.ui``. The clock is passed in so tests need no waiting.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSignalBlocker, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QListWidgetItem, QWidget

from koerskaart.errors import UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.models import FacilitatorNote, NoteKind
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from koerskaart.ui.generated.ui_facilitator_window import Ui_FacilitatorWindow
from koerskaart.ui.settings import UiSettings

SAVE_DELAY_MS = 500
NOTE_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def clock_text(seconds: float) -> str:
    seconds = int(max(0, seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


class StepTimer:
    """Time spent per step, on a monotonic clock; plain logic, shown by the window."""

    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock
        self.step = ""
        self._spent: dict[str, float] = {}
        self._since: float | None = None

    @property
    def running(self) -> bool:
        return self._since is not None

    def elapsed(self, step: str | None = None) -> float:
        step = self.step if step is None else step
        spent = self._spent.get(step, 0.0)
        if self._since is not None and step == self.step:
            spent += self.clock() - self._since
        return spent

    def start(self) -> None:
        if self._since is None:
            self._since = self.clock()

    def pause(self) -> None:
        if self._since is not None:
            self._spent[self.step] = self.elapsed()
            self._since = None

    def reset(self) -> None:
        self._spent[self.step] = 0.0
        if self._since is not None:
            self._since = self.clock()

    def switch(self, step: str) -> None:
        """Go on counting (if running) for ``step``."""
        if step == self.step:
            return
        running = self.running
        self.pause()
        self.step = step
        if running:
            self.start()


class FacilitatorWindow(QWidget):
    def __init__(
        self,
        repo: Repository,
        contract_id: int,
        question_set: QuestionSet,
        settings: UiSettings,
        *,
        clock: Callable[[], float] = time.monotonic,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)  # a window of its own even when given a parent
        self.repo = repo
        self.contract_id = contract_id
        self.question_set = question_set
        self.settings = settings
        self.language = settings.language
        self.ui = Ui_FacilitatorWindow()
        self.ui.setupUi(self)
        for label in (self.ui.stepLabel, self.ui.questionLabel, self.ui.noteStateLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # titles and messages, never markup
        self.timer = StepTimer(clock)
        self.step_key = ""
        self.question_key = ""
        self._notes = {n.question_key: n for n in repo.notes(contract_id, NoteKind.PRIVATE_NOTE)}
        self._pending = False

        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_note)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._show_timer)

        ui = self.ui
        ui.noteEdit.textChanged.connect(self._note_edited)
        ui.startButton.clicked.connect(self.toggle_timer)
        ui.resetButton.clicked.connect(self.reset_timer)
        ui.addParkingButton.clicked.connect(self.add_parking_item)
        ui.parkingEdit.returnPressed.connect(self.add_parking_item)
        ui.removeParkingButton.clicked.connect(self.remove_parking_item)
        ui.parkingList.itemChanged.connect(self._parking_item_changed)
        ui.parkingList.currentItemChanged.connect(lambda *_: self._update_buttons())

        self._load_parking_lot()
        contract = repo.get_contract(contract_id)
        steps = question_set.steps
        start = contract.current_step if contract.current_step else (steps[0].key if steps else "")
        self.set_step(start)
        geometry = settings.geometry("facilitator")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        from koerskaart.ui.presentation import apply_presentation

        apply_presentation(self, settings)

    # ------------------------------------------------------------------ following the talk
    def set_step(self, step_key: str) -> None:
        """The conversation moved to ``step_key``: show its first question."""
        try:
            step = self.question_set.step(step_key)
        except KeyError:
            return
        first = step.questions[0].key if step.questions else ""
        self.set_context(step_key, first)

    def set_question(self, question_key: str) -> None:
        """The facilitator put the cursor in ``question_key`` in the conversation window."""
        try:
            step_key = self.question_set.step_of(question_key)
        except KeyError:
            return
        self.set_context(step_key, question_key)

    def set_context(self, step_key: str, question_key: str) -> None:
        if step_key != self.step_key:
            self.step_key = step_key
            self.timer.switch(step_key)
            step = self.question_set.step(step_key)
            self.ui.stepLabel.setText(self.tr("Stap: %1").replace("%1", step.title(self.language)))
            self._show_timer()
        if question_key != self.question_key:
            self.save_note()
            self.question_key = question_key
            self._show_note()

    # ------------------------------------------------------------------ private notes
    def _show_note(self) -> None:
        ui = self.ui
        if not self.question_key:
            ui.questionLabel.setText(self.tr("Deze stap heeft geen vragen."))
            ui.noteEdit.setEnabled(False)
            return
        label = self.question_set.question(self.question_key).label(self.language)
        ui.questionLabel.setText(label)
        ui.noteEdit.setAccessibleName(self.tr("Privénotitie bij: %1").replace("%1", label))
        ui.noteEdit.setEnabled(True)
        note = self._notes.get(self.question_key)
        with QSignalBlocker(ui.noteEdit):
            ui.noteEdit.setPlainText(note.text if note else "")
        self._pending = False
        ui.noteStateLabel.setText("")

    def _note_edited(self) -> None:
        self._pending = True
        self.ui.noteStateLabel.setText(self.tr("Nog niet opgeslagen…"))
        self._save_timer.start()

    def note_text(self, question_key: str) -> str:
        note = self._notes.get(question_key)
        return note.text if note else ""

    def save_note(self) -> bool:
        """Write the note being typed; True when nothing is left unsaved."""
        self._save_timer.stop()
        if not self._pending or not self.question_key:
            return True
        text = self.ui.noteEdit.toPlainText()
        note = self._notes.get(self.question_key)
        try:
            if note is None:
                if not text.strip():
                    self._pending = False
                    return True
                note = FacilitatorNote(
                    contract_id=self.contract_id,
                    kind=NoteKind.PRIVATE_NOTE,
                    question_key=self.question_key,
                    text=text,
                )
            else:
                note.text = text
            self._notes[self.question_key] = self.repo.save_note(note)
        except UserFacingError as exc:
            self.ui.noteStateLabel.setText(exc.message)
            return False
        self._pending = False
        self.ui.noteStateLabel.setText(
            self.tr("Opgeslagen %1").replace("%1", time.strftime("%H:%M:%S", time.localtime()))
        )
        return True

    # ------------------------------------------------------------------ parking lot
    def _load_parking_lot(self) -> None:
        with QSignalBlocker(self.ui.parkingList):
            self.ui.parkingList.clear()
            for note in self.repo.notes(self.contract_id, NoteKind.PARKING_LOT):
                self._add_item(note)
        self._update_buttons()

    def _add_item(self, note: FacilitatorNote) -> QListWidgetItem:
        item = QListWidgetItem(note.text, self.ui.parkingList)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if note.resolved else Qt.CheckState.Unchecked)
        item.setData(NOTE_ID_ROLE, note.id)
        return item

    def parking_items(self) -> list[tuple[str, bool]]:
        """What the parking lot shows: (text, ticked off) per point."""
        items = (self.ui.parkingList.item(row) for row in range(self.ui.parkingList.count()))
        return [(i.text(), i.checkState() == Qt.CheckState.Checked) for i in items]

    def add_parking_item(self) -> None:
        text = self.ui.parkingEdit.text().strip()
        if not text:
            return
        try:
            note = self.repo.save_note(
                FacilitatorNote(contract_id=self.contract_id, kind=NoteKind.PARKING_LOT, text=text)
            )
        except UserFacingError as exc:
            messages.warn(self, self.tr("Parkeerplaats"), exc.message)
            return
        with QSignalBlocker(self.ui.parkingList):
            item = self._add_item(note)
        self.ui.parkingList.setCurrentItem(item)
        self.ui.parkingEdit.clear()
        self._update_buttons()

    def remove_parking_item(self) -> None:
        item = self.ui.parkingList.currentItem()
        if item is None:
            return
        try:
            self.repo.delete_note(int(item.data(NOTE_ID_ROLE)))
        except UserFacingError as exc:
            messages.warn(self, self.tr("Parkeerplaats"), exc.message)
            return
        self.ui.parkingList.takeItem(self.ui.parkingList.row(item))
        self._update_buttons()

    def _parking_item_changed(self, item: QListWidgetItem) -> None:
        note_id = item.data(NOTE_ID_ROLE)
        for note in self.repo.notes(self.contract_id, NoteKind.PARKING_LOT):
            if note.id == note_id:
                note.resolved = item.checkState() == Qt.CheckState.Checked
                note.text = item.text()
                try:
                    self.repo.save_note(note)
                except UserFacingError as exc:
                    messages.warn(self, self.tr("Parkeerplaats"), exc.message)
                return

    def _update_buttons(self) -> None:
        self.ui.removeParkingButton.setEnabled(self.ui.parkingList.currentItem() is not None)

    # ------------------------------------------------------------------ timer
    def budget_seconds(self) -> int:
        try:
            return self.question_set.step(self.step_key).minutes * 60
        except KeyError:
            return 0

    def toggle_timer(self) -> None:
        if self.timer.running:
            self.timer.pause()
            self._tick.stop()
        else:
            self.timer.start()
            self._tick.start()
        self._show_timer()

    def reset_timer(self) -> None:
        self.timer.reset()
        self._show_timer()

    def is_over_time(self) -> bool:
        budget = self.budget_seconds()
        return budget > 0 and self.timer.elapsed() > budget

    def _show_timer(self) -> None:
        elapsed, budget = self.timer.elapsed(), self.budget_seconds()
        label = self.ui.timerLabel
        label.setText(f"{clock_text(elapsed)} / {clock_text(budget)}")
        over = self.is_over_time()
        if bool(label.property("overTime")) != over:
            label.setProperty("overTime", over)
            label.style().unpolish(label)
            label.style().polish(label)
        description = self.tr("%1 minuten van %2 gebruikt").replace("%1", str(int(elapsed // 60)))
        label.setAccessibleDescription(description.replace("%2", str(budget // 60)))
        self.ui.startButton.setText(self.tr("&Pauze") if self.timer.running else self.tr("&Start"))

    # ------------------------------------------------------------------ Qt events
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._show_timer()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_note()
        self._tick.stop()
        self.settings.set_geometry("facilitator", self.saveGeometry())
        super().closeEvent(event)
