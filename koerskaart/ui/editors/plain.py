"""Editors for the plain question types: text, choices, date, number with a unit and the 1–5 scale.

Each editor keeps its value in its widgets, emits ``changed`` on every edit and writes the value
through :meth:`ContractSession.save_answer` when the window's autosave calls :meth:`commit`.
Stored values are plain JSON: text for short and long text, the choice value (or ``None``) for a
single choice, a list of choice values for multiple choice, an ISO date text (``"2026-03-01"``)
for a date, a number for number and scale; an emptied answer is stored as ``None`` (or ``""`` /
``[]`` for text and multiple choice). Editors never decide visibility or whether an answer is
required; that is the window's job.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from koerskaart.questions.model import Question
from koerskaart.storage.limits import MAX_ANSWER_TEXT
from koerskaart.ui.editors.base import QuestionEditor
from koerskaart.ui.editors.date_field import DateLineEdit
from koerskaart.ui.session import ContractSession

MAX_RADIO_CHOICES = 6  # more choices than this are offered in a drop-down list
ISO_DATE = "yyyy-MM-dd"


class _NoWheelUnlessFocused(QObject):
    """Scrolling the page must never change a spin box, date or drop-down the mouse passes over."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not watched.hasFocus():
            event.ignore()
            return True
        return False


class _IgnoreInput(QObject):
    """Swallows mouse and key input: a signed version's choices are shown, never changed."""

    BLOCKED = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        return event.type() in self.BLOCKED


class PlainEditor(QuestionEditor):
    """Shared bookkeeping: the stored answer, the pending flag and the answering role."""

    # Radio buttons and check boxes get no focus frame from a style sheet's outline; a tinted,
    # framed label shows where the keyboard is, in normal and in presentation mode.
    FOCUS_STYLE = (
        "QRadioButton, QCheckBox { border: 2px solid transparent; border-radius: 3px; padding: 1px 4px; }"
        "QRadioButton:focus, QCheckBox:focus { background-color: #dfe9f3; border-color: #1f5fa8; }"
    )

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.role = question.role.value
        self._pending = False
        self._loading = False
        self._read_only = False
        self._wheel_guard = _NoWheelUnlessFocused(self)
        self._read_only_guard = _IgnoreInput(self)
        self._clear_buttons: list[QToolButton] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.setStyleSheet(self.FOCUS_STYLE)

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        stored = self.session.answers().get(self.question.key)
        self.load_stored(stored.value if stored else None, stored.role if stored else "")

    def load_stored(self, value: Any, role: str) -> None:
        """Show a stored value without counting it as an edit (the window may pass it in bulk)."""
        self._loading = True
        try:
            self.show_value(value)
            if role:
                self.role = role
        finally:
            self._loading = False
        self._pending = False

    def commit(self) -> bool:
        if not self._pending or self._read_only:
            return True
        value = self.value()
        if self.session.save_answer(self.question.key, value, self.role):
            self._pending = False
            return True
        return False

    def has_pending_changes(self) -> bool:
        return self._pending

    def set_role(self, role: str) -> None:
        """Change who answered; stored with the next commit."""
        if role != self.role:
            self.role = role
            self._edited()

    def set_language(self, language: str) -> None:
        """Label the inputs in ``language`` ("nl" or "en"); Dutch is what they start with."""
        label = self.question.label(language)
        self.setAccessibleName(label)
        proxy = self.focusProxy()
        if proxy is not None and not isinstance(proxy, QAbstractButton):
            proxy.setAccessibleName(label)
        for value, button in self._choice_buttons().items():
            text = self.question.choice_label(value, language)
            button.setText(text)
            button.setAccessibleName(f"{label}: {text}")
        for button in self._clear_buttons:
            button.setAccessibleName(self.tr("%1: antwoord leegmaken").replace("%1", label))

    def _choice_buttons(self) -> dict[str, QAbstractButton]:
        return {}

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit | QPlainTextEdit | QAbstractSpinBox):
                child.setReadOnly(read_only)
            elif isinstance(child, QAbstractButton) and child.isCheckable():
                # Kept enabled so a signed answer stays as readable as any other text; it just
                # no longer reacts to the mouse or the keyboard.
                if read_only:
                    child.installEventFilter(self._read_only_guard)
                else:
                    child.removeEventFilter(self._read_only_guard)
                child.setFocusPolicy(Qt.FocusPolicy.NoFocus if read_only else Qt.FocusPolicy.StrongFocus)
            elif isinstance(child, QAbstractButton | QComboBox):
                child.setEnabled(not read_only)
        for button in self._clear_buttons:
            button.setVisible(not read_only)  # nothing to clear in a signed version
        if isinstance(self, ShortTextEditor):
            self.edit.setClearButtonEnabled(not read_only)  # (after the loop: this deletes a child)

    # ------------------------------------------------------------------ for subclasses
    def show_value(self, value: Any) -> None:
        raise NotImplementedError

    def _edited(self) -> None:
        if self._loading or self._read_only:
            return
        self._pending = True
        self.changed.emit()

    def _guard_wheel(self, widget: QWidget) -> None:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self._wheel_guard)

    def _clear_button(self, text: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAccessibleName(self.tr("%1: antwoord leegmaken").replace("%1", self.question.label_nl))
        button.setToolTip(self.tr("Antwoord leegmaken"))
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._clear_buttons.append(button)
        return button


class ShortTextEditor(PlainEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(question.label_nl)
        self.edit.setMaxLength(MAX_ANSWER_TEXT)
        self.edit.setClearButtonEnabled(True)
        self.edit.textEdited.connect(self._edited)
        self.layout().addWidget(self.edit)
        self.setFocusProxy(self.edit)

    def show_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def value(self) -> str:
        return self.edit.text()


class LongTextEditor(PlainEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.edit = QPlainTextEdit(self)
        self.edit.setAccessibleName(question.label_nl)
        self.edit.setTabChangesFocus(True)  # Tab moves on to the next question, as in a form
        self.edit.setMinimumHeight(90)
        self.edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.edit.textChanged.connect(self._edited)
        self.layout().addWidget(self.edit)
        # Shown only near the limit of storage/limits.py: how many characters are left, or that
        # the text is too long to be saved (a paste can bring it past the limit).
        self.counter = QLabel(self)
        self.counter.setVisible(False)
        self.edit.textChanged.connect(self._count)
        self.layout().addWidget(self.counter)
        self.setFocusProxy(self.edit)

    def _count(self) -> None:
        length = len(self.edit.toPlainText())
        near = length >= MAX_ANSWER_TEXT * 0.9
        self.counter.setVisible(near)
        if not near:
            return
        if length > MAX_ANSWER_TEXT:
            self.counter.setStyleSheet("color: #a4262c; font-weight: 600;")
            self.counter.setText(
                self.tr(
                    "Te lang: %1 van de %2 tekens. Maak de tekst korter, anders wordt hij niet opgeslagen."
                )
                .replace("%1", f"{length:,}".replace(",", "."))
                .replace("%2", f"{MAX_ANSWER_TEXT:,}".replace(",", "."))
            )
        else:
            self.counter.setStyleSheet("color: #5c5c5c;")
            self.counter.setText(
                self.tr("Nog %1 tekens over.").replace(
                    "%1", f"{MAX_ANSWER_TEXT - length:,}".replace(",", ".")
                )
            )

    def show_value(self, value: Any) -> None:
        self.edit.setPlainText("" if value is None else str(value))

    def value(self) -> str:
        return self.edit.toPlainText()


class SingleChoiceEditor(PlainEditor):
    """Radio buttons (arrow keys move within the group), or a drop-down for long lists."""

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.combo: QComboBox | None = None
        self.group: QButtonGroup | None = None
        self._buttons: dict[str, QRadioButton] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        if len(question.choices) > MAX_RADIO_CHOICES:
            self.combo = QComboBox(self)
            self.combo.setAccessibleName(question.label_nl)
            self.combo.addItem(self.tr("— maak een keuze —"), None)
            for choice in question.choices:
                self.combo.addItem(choice.label_nl, choice.value)
            self._guard_wheel(self.combo)
            self.combo.currentIndexChanged.connect(self._edited)
            row.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            column = QVBoxLayout()
            column.setSpacing(2)
            for choice in question.choices:
                button = QRadioButton(choice.label_nl, self)
                button.setAccessibleName(f"{question.label_nl}: {choice.label_nl}")
                self.group.addButton(button)
                self._buttons[choice.value] = button
                column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
            self.group.buttonToggled.connect(self._toggled)
            row.addLayout(column)
            if question.choices:
                self.setFocusProxy(self._buttons[question.choices[0].value])
        self.clear_button = self._clear_button(self.tr("Leegmaken"))
        self.clear_button.clicked.connect(self.clear)
        row.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.layout().addLayout(row)

    def _choice_buttons(self) -> dict[str, QAbstractButton]:
        return dict(self._buttons)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        if self.combo is not None:
            for index, choice in enumerate(self.question.choices, start=1):
                self.combo.setItemText(index, self.question.choice_label(choice.value, language))

    def _toggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            self.setFocusProxy(button)  # the keyboard lands on the chosen option
            self._edited()

    def show_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value) if value is not None else 0
            self.combo.setCurrentIndex(max(index, 0))
            return
        assert self.group is not None
        self.group.setExclusive(False)  # an exclusive group cannot show "nothing chosen"
        for key, button in self._buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)
        chosen = self._buttons.get(value) if isinstance(value, str) else None
        if chosen is not None or self._buttons:
            self.setFocusProxy(chosen or next(iter(self._buttons.values())))

    def clear(self) -> None:
        if self.value() is None:
            return
        self.show_value(None)
        self._edited()

    def value(self) -> str | None:
        if self.combo is not None:
            return self.combo.currentData()
        for key, button in self._buttons.items():
            if button.isChecked():
                return key
        return None


class MultipleChoiceEditor(PlainEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self._boxes: dict[str, QCheckBox] = {}
        for choice in question.choices:
            box = QCheckBox(choice.label_nl, self)
            box.setAccessibleName(f"{question.label_nl}: {choice.label_nl}")
            box.toggled.connect(self._edited)
            self._boxes[choice.value] = box
            self.layout().addWidget(box, 0, Qt.AlignmentFlag.AlignLeft)
        if question.choices:
            self.setFocusProxy(self._boxes[question.choices[0].value])

    def _choice_buttons(self) -> dict[str, QAbstractButton]:
        return dict(self._boxes)

    def show_value(self, value: Any) -> None:
        chosen = set(value) if isinstance(value, list) else set()
        for key, box in self._boxes.items():
            box.setChecked(key in chosen)

    def value(self) -> list[str]:
        return [key for key, box in self._boxes.items() if box.isChecked()]


class DateEditor(PlainEditor):
    """A typed date (see :class:`DateLineEdit`) with its calendar, and the reason beside it when
    the typed text is not a day that exists."""

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.edit = DateLineEdit(self)
        self.edit.setAccessibleName(question.label_nl)
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00-00-0000") + 60)
        self.edit.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.edit.dateEdited.connect(self._edited)
        self.edit.textEdited.connect(self._edited)  # "120325" is saved too, before Tab or Enter
        self.problem_label = QLabel(self)
        self.problem_label.setObjectName("problemLabel")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #b00020; font-weight: 600; }")
        self.problem_label.setVisible(False)
        self.edit.problemChanged.connect(self._show_problem)
        self.clear_button = self._clear_button(self.tr("Geen datum"))
        self.clear_button.clicked.connect(lambda: self.edit.set_date_value(None, edited=True))
        row = QHBoxLayout()
        row.addWidget(self.edit)
        row.addWidget(self.clear_button)
        row.addWidget(self.problem_label, 1)
        row.addStretch(0)  # with no reason shown, the field and its button stay on the left
        self.layout().addLayout(row)
        self.setFocusProxy(self.edit)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        self.edit.language = language

    def _show_problem(self, text: str) -> None:
        self.problem_label.setText(text)
        self.problem_label.setAccessibleName(text)
        self.problem_label.setVisible(bool(text))

    def show_value(self, value: Any) -> None:
        day = QDate.fromString(value, ISO_DATE) if isinstance(value, str) else QDate()
        self.edit.set_date_value(day.toPython() if day.isValid() else None)

    def value(self) -> str | None:
        ok, day = self.edit.read()
        if not ok:
            day = self.edit.date_value()  # not a day that exists: the last good date stays
        return None if day is None else day.isoformat()


class _NumberSpin(QDoubleSpinBox):
    """Shows "18 maanden" and "2,5 fte" rather than "18,00 maanden": no trailing zeros."""

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt override)
        text = self.locale().toString(value, "f", self.decimals())
        point = self.locale().decimalPoint()
        if point in text:
            text = text.rstrip("0").rstrip(point)
        return text.replace(self.locale().groupSeparator(), "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        # "niet ingevuld" is a text, not a number: the first digit typed replaces it, so an
        # empty field takes "18" as typed, without selecting everything first.
        text = event.text()
        if (
            not self.isReadOnly()
            and self.value() <= self.minimum()
            and text
            and (text.isdigit() or text in "-,.")
        ):
            self.lineEdit().setText(self.suffix())
            self.lineEdit().setCursorPosition(0)
        super().keyPressEvent(event)


class NumberEditor(PlainEditor):
    """A number with its unit; one step below the minimum means "not filled in"."""

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        self.spin = _NumberSpin(self)
        self.spin.setAccessibleName(question.label_nl)
        self.spin.setDecimals(2)
        self._lowest = question.minimum if question.minimum is not None else 0.0
        self._empty = self._lowest - 1.0
        self.spin.setRange(self._empty, question.maximum if question.maximum is not None else 1e9)
        self.spin.setSpecialValueText(self.tr("niet ingevuld"))
        if question.unit:
            self.spin.setSuffix(f" {question.unit}")  # English: set_language
        self.spin.setMinimumWidth(160)
        self.spin.setValue(self._empty)
        self._guard_wheel(self.spin)
        self.spin.valueChanged.connect(self._value_changed)
        self.clear_button = self._clear_button(self.tr("Leegmaken"))
        self.clear_button.clicked.connect(lambda: self.spin.setValue(self._empty))
        row = QHBoxLayout()
        row.addWidget(self.spin)
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.layout().addLayout(row)
        self.setFocusProxy(self.spin)

    def set_language(self, language: str) -> None:
        super().set_language(language)
        unit = self.question.unit_label(language)
        self.spin.setSuffix(f" {unit}" if unit else "")
        self.spin.setLocale(QLocale(QLocale.Language.English if language == "en" else QLocale.Language.Dutch))

    def _value_changed(self, value: float) -> None:
        if self._empty < value < self._lowest:  # typed between the "empty" mark and the minimum
            self.spin.setValue(self._lowest)
            return
        self._edited()

    def show_value(self, value: Any) -> None:
        number = value if isinstance(value, int | float) and not isinstance(value, bool) else None
        self.spin.setValue(self._empty if number is None else float(number))

    def value(self) -> float | int | None:
        number = self.spin.value()
        if number <= self._empty:
            return None
        return int(number) if number.is_integer() else number


class ScaleEditor(PlainEditor):
    """Five toggle buttons 1..5; keys 1–5 choose, clicking the chosen one again (or Delete) clears."""

    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        low = int(question.minimum) if question.minimum is not None else 1
        high = int(question.maximum) if question.maximum is not None else 5
        self._buttons: dict[int, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for number in range(low, high + 1):
            button = QPushButton(str(number), self)
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setMinimumWidth(44)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setAccessibleName(
                self.tr("%1: %2 van %3")
                .replace("%1", question.label_nl)
                .replace("%2", str(number))
                .replace("%3", str(high))
            )
            button.clicked.connect(lambda _checked=False, n=number: self._pick(n))
            button.installEventFilter(self)
            self._buttons[number] = button
            row.addWidget(button)
        self.clear_button = self._clear_button(self.tr("Leegmaken"))
        self.clear_button.clicked.connect(lambda: self._set(None, edited=True))
        row.addWidget(self.clear_button)
        row.addStretch(1)
        self.layout().addLayout(row)
        self._current: int | None = None
        self.setFocusProxy(self._buttons[low])
        # The chosen number is filled in, the others are outlined: visible in every mode.
        self.setStyleSheet(
            self.FOCUS_STYLE
            + "QPushButton:checked { background-color: #0b4f8a; color: #ffffff; border: 2px solid #0b4f8a; "
            "border-radius: 4px; font-weight: 700; }"
            "QPushButton:focus { border: 3px solid #c75000; border-radius: 4px; }"
        )

    def set_language(self, language: str) -> None:
        super().set_language(language)
        high = max(self._buttons)
        for number, button in self._buttons.items():
            button.setAccessibleName(
                self.tr("%1: %2 van %3")
                .replace("%1", self.question.label(language))
                .replace("%2", str(number))
                .replace("%3", str(high))
            )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.KeyPress and not self._read_only:
            key_event: QKeyEvent = event  # type: ignore[assignment]
            text = key_event.text()
            if text.isdigit() and int(text) in self._buttons:
                self._pick(int(text))
                self._buttons[int(text)].setFocus()
                return True
            if key_event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._set(None, edited=True)
                return True
            numbers = list(self._buttons)
            if key_event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right) and watched in self._buttons.values():
                index = numbers.index(next(n for n, b in self._buttons.items() if b is watched))
                step = -1 if key_event.key() == Qt.Key.Key_Left else 1
                self._buttons[numbers[max(0, min(len(numbers) - 1, index + step))]].setFocus()
                return True
        return False

    def _pick(self, number: int) -> None:
        self._set(None if self._current == number else number, edited=True)

    def _set(self, number: int | None, *, edited: bool) -> None:
        changed = number != self._current
        self._current = number
        for n, button in self._buttons.items():
            button.setChecked(n == number)
        self.setFocusProxy(self._buttons.get(number) or next(iter(self._buttons.values())))
        if edited and changed:
            self._edited()

    def show_value(self, value: Any) -> None:
        number = int(value) if isinstance(value, int | float) and not isinstance(value, bool) else None
        self._set(number if number in self._buttons else None, edited=False)

    def value(self) -> int | None:
        return self._current
