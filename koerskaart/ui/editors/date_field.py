"""A date field that reads what a Dutch user types, with a calendar for the mouse.

:class:`DateLineEdit` is a line edit: ``12-3-2025``, ``12-03-2025``, ``120325`` and ``12032025``
all give 12 March 2025 (:mod:`koerskaart.conversation.typed_date` reads them). A filled date is
selected when the field is entered, so typing replaces it. A day that does not exist
(``30-02-2025``) is not taken: :attr:`problem` says why, for a label next to the field, and the
last good date stays the value. The calendar button inside the field (or Alt+↓) opens a calendar
popup; Up/Down move a day (on an empty field they start at today); Ctrl+Delete empties it.

What this module must not do: store anything. Editors read :meth:`DateLineEdit.date_value`.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QToolButton, QVBoxLayout, QWidget

from koerskaart.conversation.typed_date import Reason, TypedDate, read_date, typed_text
from koerskaart.record.display import MONTHS


def _tr(text: str) -> str:
    return QCoreApplication.translate("DateField", text)


def problem_text(typed: TypedDate, *, finished: bool, language: str = "nl") -> str:
    """The sentence shown beside the field; "" when there is nothing to say (yet)."""
    if typed.reason is Reason.IMPOSSIBLE:
        if 1 <= typed.month <= 12:
            days = calendar.monthrange(typed.year, typed.month)[1]
            return (
                _tr("%1 %2 %3 bestaat niet: %2 heeft %4 dagen.")
                .replace("%1", str(typed.day))
                .replace("%2", MONTHS["en" if language == "en" else "nl"][typed.month - 1])
                .replace("%3", str(typed.year))
                .replace("%4", str(days))
            )
        return _tr("Maand %1 bestaat niet. Typ dag-maand-jaar, bijvoorbeeld 12-3-2025.").replace(
            "%1", str(typed.month)
        )
    if typed.reason is Reason.INCOMPLETE and finished:
        return _tr("Dit is nog geen datum. Typ dag-maand-jaar, bijvoorbeeld 12-3-2025 of 120325.")
    return ""


def _may_grow(text: str) -> bool:
    """True while a complete-looking date may still be the start of another one: "120320" or
    "12-3-20" on the way to "12032025" or "12-3-2025". Those are taken when typing stops."""
    digits = text.strip()
    return digits.isdigit() and len(digits) == 6 or (not digits.isdigit() and len(digits.split("-")[-1]) == 2)


class _CalendarPopup(QWidget):
    """The calendar for the mouse (and Alt+↓): a click or Enter picks the day."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(_tr("Kalender"))
        layout.addWidget(self.calendar)
        self.calendar.activated.connect(self._pick)
        self.calendar.clicked.connect(self._pick)

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.picked.emit(day)


class DateLineEdit(QLineEdit):
    """A line edit for a day; ``dateEdited`` is emitted when the date it stands for changes."""

    dateEdited = Signal()  # the value (a date, or no date) changed by typing, calendar or keys
    problemChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: date | None = None
        self._problem = ""
        self.language = "nl"  # for the month names in a problem sentence
        self.setPlaceholderText(_tr("dd-mm-jjjj"))
        self.setToolTip(
            _tr("Typ de datum als dag-maand-jaar (12-3-2025 of 120325), of kies hem in de kalender.")
        )
        self.popup: _CalendarPopup | None = None
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        self.calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.setToolTip(_tr("Kalender (Alt+↓)"))
        for button in self.findChildren(QToolButton):  # the action's button inside the field
            button.setAccessibleName(_tr("Kalender openen"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finished)

    # ------------------------------------------------------------------ the value
    def date_value(self) -> date | None:
        return self._value

    def problem(self) -> str:
        return self._problem

    def set_date_value(self, value: date | None, *, edited: bool = False) -> None:
        """Show ``value`` (None: empty); ``edited`` when the user chose it (calendar, keys)."""
        changed = value != self._value
        self._value = value
        self.setText(typed_text(value) if value is not None else "")
        self._set_problem("")
        if edited and changed:
            self.dateEdited.emit()

    def setDate(self, value: QDate) -> None:  # noqa: N802 (reads like QDateEdit's, for callers)
        self.set_date_value(value.toPython() if value.isValid() else None, edited=True)

    def is_empty(self) -> bool:
        return self._value is None and not self.text().strip()

    # ------------------------------------------------------------------ typing
    def read(self) -> tuple[bool, date | None]:
        """(True, the date or None when empty) for what the field says now, or (False, None)
        while it says no day that exists."""
        typed = read_date(self.text())
        if typed.reason is Reason.OK or typed.reason is Reason.EMPTY:
            return True, typed.value
        return False, None

    def _typed(self, text: str) -> None:
        typed = read_date(text)
        if typed.reason is Reason.OK and not _may_grow(text):
            self._take(typed.value)
        elif typed.reason is Reason.EMPTY:
            self._take(None)
        if typed.reason is not Reason.OK:
            # Not (yet) a date: the last good date stays; an impossible day is said at once.
            self._set_problem(problem_text(typed, finished=False, language=self.language))
        else:
            self._set_problem("")

    def _take(self, value: date | None) -> None:
        if value != self._value:
            self._value = value
            self.dateEdited.emit()

    def _finished(self) -> None:
        typed = read_date(self.text())
        if typed.reason is Reason.OK and typed.value is not None:
            self._take(typed.value)
            if self.text() != typed_text(typed.value):
                self.setText(typed_text(typed.value))  # 120325 reads back as 12-03-2025
            self._set_problem("")
        elif typed.reason is Reason.EMPTY:
            self._take(None)
            self._set_problem("")
        else:
            self._set_problem(problem_text(typed, finished=True, language=self.language))

    def _set_problem(self, text: str) -> None:
        if text != self._problem:
            self._problem = text
            self.setAccessibleDescription(text)
            self.problemChanged.emit(text)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 (Qt override)
        super().focusInEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.selectAll()  # a filled date is overtyped, not appended to

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        key = event.key()
        modifiers = event.modifiers()
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        if key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier:
            self.open_calendar()
            return
        if (
            key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and modifiers & Qt.KeyboardModifier.ControlModifier
        ):
            self.set_date_value(None, edited=True)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers & Qt.KeyboardModifier.AltModifier:
            start = self._value or date.today()
            if self._value is not None:
                start = QDate(start).addDays(1 if key == Qt.Key.Key_Up else -1).toPython()
            self.set_date_value(start, edited=True)
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ the calendar
    def open_calendar(self) -> None:
        if self.isReadOnly():
            return
        if self.popup is None:
            self.popup = _CalendarPopup(self)
            self.popup.picked.connect(self._picked)
        self.popup.calendar.setSelectedDate(QDate(self._value) if self._value else QDate.currentDate())
        self.popup.adjustSize()
        self.popup.move(self.mapToGlobal(QPoint(0, self.height())))
        self.popup.show()
        self.popup.calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _picked(self, day: QDate) -> None:
        self.set_date_value(day.toPython(), edited=True)
        self.setFocus(Qt.FocusReason.PopupFocusReason)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802 (Qt override)
        super().setReadOnly(read_only)
        self.calendar_action.setVisible(not read_only)  # no button that does nothing
