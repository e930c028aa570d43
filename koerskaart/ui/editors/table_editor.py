"""A keyboard-friendly table of rows with add, delete and move buttons.

:class:`RowTableView` is a ``QTableView`` whose Tab walks through the cells and onto the next
row and, at the last cell, leaves the table (Shift+Tab at the first cell too); typing or F2
starts editing, Enter edits the current cell, Delete asks to remove the row.
:class:`RowTableEditor` puts that view above four buttons — "Regel toevoegen" (Ctrl+Insert,
Alt+N), "Verwijderen" (Delete), "Omhoog" (Ctrl+Up), "Omlaag" (Ctrl+Down) — and asks for
confirmation before removing a row only when it holds something.

What this module must not do: know which table it shows. Columns and rules come from the
:class:`~koerskaart.ui.editors.table_model.RowTableModel` it is given.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyleOptionHeader,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from koerskaart.ui import messages
from koerskaart.ui.editors.table_delegates import WrappingDelegate, install_delegates
from koerskaart.ui.editors.table_model import Kind, RowTableModel

MIN_STRETCH_CHARS = 22  # a text column keeps room for about this many characters
MIN_ROWS = 4  # a table never shows fewer lines than this
MAX_ROWS = 10  # ... and grows with its rows up to this many before it scrolls
EDIT_TRIGGERS = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


VOWELS = set("aeiouyáéíóúàèëïöüâêîôû")
ONSETS = {"bl", "br", "dr", "fl", "fr", "gl", "gr", "kl", "kr", "pl", "pr", "tr", "vl", "vr", "ch"}


def syllable_cut(word: str, fit: int) -> int:
    """Where to break ``word`` when only ``fit`` letters fit: before a consonant that starts a
    syllable (consonant then vowel), as Dutch hyphenation mostly does ("Priori-teit",
    "Contact-persoon"), keeping at least three letters on each side; else as much as fits."""
    lower = word.lower()
    for cut in range(min(fit, len(word) - 3), 2, -1):
        if lower[cut] not in VOWELS and lower[cut].isalpha() and lower[cut + 1] in VOWELS:
            if lower[cut - 1 : cut + 1] in ONSETS and cut > 3:
                return cut - 1  # "Com-plexiteit": a pair that starts syllables stays together
            return cut
    return max(fit, 1)


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto more lines instead of being cut off, so a
    narrow column on a shared screen still says what it holds. Titles break between words;
    only a word wider than its column is broken inside."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHighlightSections(False)
        self.sectionResized.connect(self._follow_widths)

    def title_font(self) -> QFont:
        """The header's type is bold in both styles; measure and draw with the bold face."""
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        return font

    def title(self, section: int) -> str:
        model = self.model()
        return str(model.headerData(section, self.orientation()) or "") if model is not None else ""

    def section_option(self, section: int, rect: QRect) -> QStyleOptionHeader:
        """The style option of one section, filled in here rather than by ``initStyleOption``:
        in PySide 6.12 ``QHeaderView.initStyleOption`` and ``initStyleOptionForIndex`` drop a
        reference to ``None`` on every call (so does ``initFrom``), and a header paints and
        measures all the time: after some thousands of calls the interpreter aborts."""
        option = QStyleOptionHeader()
        state = QStyle.StateFlag.State_Raised | QStyle.StateFlag.State_Horizontal
        if self.isEnabled():
            state |= QStyle.StateFlag.State_Enabled
        if self.window().isActiveWindow():
            state |= QStyle.StateFlag.State_Active
        option.state = state
        option.direction = self.layoutDirection()
        option.fontMetrics = self.fontMetrics()
        option.palette = self.palette()
        option.styleObject = self
        option.rect = rect
        option.orientation = self.orientation()
        option.section = section
        option.textAlignment = self.defaultAlignment()
        option.iconAlignment = Qt.AlignmentFlag.AlignVCenter
        count = self.count()
        visual = self.visualIndex(section)
        positions = QStyleOptionHeader.SectionPosition
        if count <= 1:
            option.position = positions.OnlyOneSection
        elif visual == 0:
            option.position = positions.Beginning
        elif visual == count - 1:
            option.position = positions.End
        else:
            option.position = positions.Middle
        return option

    def padding(self) -> int:
        """How much narrower the title's room is than its section (the style's padding, border)."""
        option = self.section_option(0, QRect(0, 0, 400, 40))
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        return max(400 - label.width(), 0) + 6  # and a little air

    def longest_word(self, section: int) -> int:
        """Width of the longest word of a section's title plus padding: what keeps words whole."""
        metrics = QFontMetrics(self.title_font())
        words = self.title(section).split()
        return max((metrics.horizontalAdvance(word) for word in words), default=0) + self.padding()

    def wrapped(self, text: str, width: int) -> list[str]:
        """The title as the lines drawn in ``width`` pixels: broken between words, and inside a
        word (with a hyphen) only when the word alone is wider than the column."""
        metrics = QFontMetrics(self.title_font())
        lines: list[str] = []
        current = ""
        for word in text.split():
            candidate = f"{current} {word}" if current else word
            if metrics.horizontalAdvance(candidate) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            while metrics.horizontalAdvance(word) > width and len(word) > 1:
                fit = len(word) - 1
                while fit > 1 and metrics.horizontalAdvance(word[:fit] + "-") > width:
                    fit -= 1
                cut = syllable_cut(word, fit)
                if metrics.horizontalAdvance(word[cut:]) > width >= metrics.horizontalAdvance(word[fit:]):
                    cut = fit  # a nicer break that would split the word in three is not nicer
                lines.append(word[:cut] + "-")
                word = word[cut:]
            current = word
        if current:
            lines.append(current)
        return lines or [""]

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        model = self.model()
        if model is None:
            return hint
        metrics = QFontMetrics(self.title_font())
        extra = max(hint.height() - metrics.height(), 8)  # padding and border around one line
        padding = self.padding() - 6
        lines = max(
            (
                len(self.wrapped(self.title(n), self.sectionSize(n) - padding))
                for n in range(model.columnCount())
                if not self.isSectionHidden(n)
            ),
            default=1,
        )
        return QSize(hint.width(), lines * metrics.lineSpacing() + extra)

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802 (Qt)
        if not rect.isValid():
            return
        option = self.section_option(section, rect)
        text = self.title(section)
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_Header, option, painter, self)
        label = self.style().subElementRect(QStyle.SubElement.SE_HeaderLabel, option, self)
        painter.setFont(self.title_font())
        painter.setPen(option.palette.color(QPalette.ColorRole.ButtonText))
        painter.drawText(
            label,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            "\n".join(self.wrapped(text, label.width())),
        )
        painter.restore()

    def _follow_widths(self, *_args: object) -> None:
        self.updateGeometry()
        view = self.parentWidget()
        if isinstance(view, QTableView):
            view.updateGeometries()


class RowTableView(QTableView):
    """A table view that Tab can leave and that reports Delete on a row."""

    deleteRequested = Signal()
    addRequested = Signal()  # typing, F2 or Enter in an empty table: the first row is wanted
    metricsChanged = Signal()  # font (presentation mode, zoom) or width changed: columns must follow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabKeyNavigation(True)
        self.setEditTriggers(EDIT_TRIGGERS)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setItemDelegate(WrappingDelegate(self))
        self.row_lines = 2
        self.setHorizontalHeader(WrappingHeader(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns fit the width
        self.fit_rows_to_font()
        self.verticalHeader().setVisible(False)
        # Every row as tall as its longest text needs (at least two lines): nothing is cut off.
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setProperty("typingAddsRow", True)  # see keyPressEvent: an empty table takes typing too

    def typing_column(self) -> int:
        """The column a typed sentence goes into: the first text column (else the first one)."""
        model = self.model()
        columns = getattr(model, "columns", [])
        return next((i for i, c in enumerate(columns) if c.kind is Kind.TEXT), 0)

    def sizeHint(self) -> QSize:
        """Tall enough for its rows plus one (between MIN_ROWS and MAX_ROWS lines), so that
        inside a scrolling page the table grows with its content instead of scrolling on its own.
        Rows are as tall as their text needs (long names and reasons wrap, never "…")."""
        rows = self.model().rowCount() if self.model() is not None else 0
        line = self.verticalHeader().defaultSectionSize()
        content = self.verticalHeader().length() if rows else 0
        blank = max(1, MIN_ROWS - rows) * line
        height = min(content + blank, MAX_ROWS * line)
        return QSize(super().sizeHint().width(), self._frame_height() + max(height, MIN_ROWS * line))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._height_for(MIN_ROWS))

    def _height_for(self, rows: int) -> int:
        return self._frame_height() + rows * self.verticalHeader().defaultSectionSize()

    def _frame_height(self) -> int:
        header = self.horizontalHeader().sizeHint().height()
        scrollbar = self.horizontalScrollBar().sizeHint().height()
        return header + scrollbar + 2 * self.frameWidth()

    def fit_rows_to_font(self) -> None:
        # Room for two lines (three in narrow text columns): long names wrap instead of being cut off.
        line = int(self.fontMetrics().height() * (self.row_lines + 0.4))
        # The minimum first: a default below the current minimum would be raised to it.
        self.verticalHeader().setMinimumSectionSize(line)
        self.verticalHeader().setDefaultSectionSize(line)
        self.updateGeometry()

    def set_row_lines(self, lines: int) -> None:
        if lines != self.row_lines:
            self.row_lines = lines
            self.fit_rows_to_font()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_rows_to_font()
            self.metricsChanged.emit()
            # Once more when the new type size has been laid out (scroll bars, header height):
            # the columns then depend on the type size alone, so zooming back restores them.
            QTimer.singleShot(0, self, self.metricsChanged.emit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.metricsChanged.emit()

    def _at_edge(self, forward: bool) -> bool:
        model = self.model()
        if model is None or model.rowCount() == 0:
            return True
        current = self.currentIndex()
        if not current.isValid():
            return False
        if forward:
            return current.row() == model.rowCount() - 1 and current.column() == model.columnCount() - 1
        return current.row() == 0 and current.column() == 0

    def moveCursor(
        self, cursorAction: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """No wrap-around: Tab past the last cell (or Shift+Tab before the first) leaves the table."""
        if cursorAction == QAbstractItemView.CursorAction.MoveNext and self._at_edge(True):
            return QModelIndex()
        if cursorAction == QAbstractItemView.CursorAction.MovePrevious and self._at_edge(False):
            return QModelIndex()
        return super().moveCursor(cursorAction, modifiers)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        leaving = (hint == QAbstractItemDelegate.EndEditHint.EditNextItem and self._at_edge(True)) or (
            hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem and self._at_edge(False)
        )
        forward = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if leaving else hint)
        if leaving:
            QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if (
            model is not None
            and model.rowCount() == 0
            and self.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers
            and self._starts_typing(event)
        ):
            # An empty table: the first key makes the first row, then goes into its text cell.
            self.addRequested.emit()
            if model.rowCount() == 0:
                return
            self.setCurrentIndex(model.index(0, self.typing_column()))
            if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit(self.currentIndex())
                return
        if self.state() != QAbstractItemView.State.EditingState and self.currentIndex().isValid():
            if event.key() == Qt.Key.Key_Delete and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                self.deleteRequested.emit()
                return
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                self.currentIndex().flags() & Qt.ItemFlag.ItemIsEditable
            ):
                self.edit(self.currentIndex())
                return
        super().keyPressEvent(event)

    @staticmethod
    def _starts_typing(event: QKeyEvent) -> bool:
        if event.key() in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return True
        text = event.text()
        blocked = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        return bool(text) and text.isprintable() and not event.modifiers() & blocked


class RowTableEditor(QWidget):
    """A :class:`RowTableView` on ``model`` with the four row buttons below it."""

    changed = Signal()  # a row was stored, removed or moved

    def __init__(self, model: RowTableModel, *, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.view = RowTableView(self)
        self.view.setModel(model)
        self.view.setAccessibleName(accessible_name)
        self.setFocusProxy(self.view)
        self.delegates = install_delegates(self.view, model.columns, model.model_cls.__tablename__)
        self._size_columns()

        self.add_button = self._button(
            self.tr("Regel toevoegen"), self.tr("Nieuwe regel (Ctrl+Insert of Alt+N)")
        )
        self.delete_button = self._button(
            self.tr("Verwijderen"), self.tr("Gekozen regel verwijderen (Delete)")
        )
        self.up_button = self._button(
            self.tr("Omhoog"), self.tr("Regel een plaats omhoog (Ctrl+Pijl omhoog)")
        )
        self.down_button = self._button(
            self.tr("Omlaag"), self.tr("Regel een plaats omlaag (Ctrl+Pijl omlaag)")
        )
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        self.view.deleteRequested.connect(self.delete_current)
        self.view.addRequested.connect(self._add_first_row)
        self.view.metricsChanged.connect(self._size_columns)

        self.actions_by_name = {
            "add": self._action([QKeySequence("Ctrl+Insert"), QKeySequence("Alt+N")], lambda: self.add_row()),
            "up": self._action([QKeySequence("Ctrl+Up")], lambda: self.move_current(-1)),
            "down": self._action([QKeySequence("Ctrl+Down")], lambda: self.move_current(1)),
        }

        self.button_row = QWidget(self)
        buttons = QHBoxLayout(self.button_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.button_row)

        model.rowsWritten.connect(self.changed)
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.view.updateGeometry)
        model.modelReset.connect(self._update_buttons)
        model.rowsInserted.connect(self._update_buttons)
        model.rowsRemoved.connect(self._update_buttons)
        model.rowsMoved.connect(self._update_buttons)
        self.view.selectionModel().currentChanged.connect(self._update_buttons)
        self._update_buttons()

    # ------------------------------------------------------------------ verbs
    def first_editable_column(self) -> int:
        return next((i for i, c in enumerate(self.model.columns) if c.kind is not Kind.BOOL), 0)

    def current_row(self) -> int:
        index = self.view.currentIndex()
        return index.row() if index.isValid() else -1

    def select_cell(self, row: int, column: int = 0, *, edit: bool = False) -> None:
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        if edit:
            self.view.edit(index)

    def add_row(self, **values: object) -> int | None:
        """Store a new row at the end and start typing in its first cell."""
        row = self.model.insert_row(**values)
        if row is not None:
            self.select_cell(row, self.first_editable_column(), edit=True)
        return row

    def _add_first_row(self) -> None:
        """The first key typed in an empty table: a stored row to type into (the view opens it)."""
        self.model.insert_row()

    def delete_current(self) -> bool:
        row = self.current_row()
        if row < 0 or self.model.read_only:
            return False
        if self.model.has_content(row):
            title = self.model.row_title(row)
            text = (
                self.tr("Regel „%1” verwijderen?").replace("%1", title)
                if title
                else self.tr("Deze regel verwijderen? Er staat al iets in.")
            )
            if not messages.confirm(self, self.tr("Regel verwijderen"), text, self.tr("Verwijderen")):
                return False
        column = max(self.view.currentIndex().column(), 0)
        if not self.model.remove_row(row):
            return False
        if self.model.rowCount():
            self.select_cell(min(row, self.model.rowCount() - 1), column)
        else:
            self.add_button.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def move_current(self, delta: int) -> bool:
        row = self.current_row()
        column = max(self.view.currentIndex().column(), 0)
        if row < 0 or not self.model.move_row(row, delta):
            return False
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row + delta, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        return True

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if read_only else EDIT_TRIGGERS
        )
        self.button_row.setVisible(not read_only)  # a signed version: no buttons that do nothing
        self._update_buttons()

    # ------------------------------------------------------------------ internals
    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        button.setAccessibleName(text)
        button.setAccessibleDescription(tooltip)
        button.setAutoDefault(False)
        return button

    def _action(self, keys: list[QKeySequence], slot: object) -> QAction:
        action = QAction(self)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _size_columns(self) -> None:
        """Fit the columns to the table's width. Fixed columns get their width in characters;
        when large type on a shared screen makes that too wide, every column gives way in
        proportion, down to the longest word of its title (titles wrap) and never below a whole
        date. Only when the text columns would still be squeezed do titles break inside words."""
        header = self.view.horizontalHeader()
        header.setMinimumSectionSize(32)
        metrics = self.view.fontMetrics()
        char = metrics.averageCharWidth()
        date_width = metrics.horizontalAdvance("00-00-0000") + 26  # room for a warning icon
        padding = header.padding() if isinstance(header, WrappingHeader) else 28
        wanted: dict[int, int] = {}
        words: dict[int, int] = {}
        tight: dict[int, int] = {}
        stretch: list[int] = []
        for number, column in enumerate(self.model.columns):
            mode = QHeaderView.ResizeMode.Stretch if column.stretch else QHeaderView.ResizeMode.Interactive
            header.setSectionResizeMode(number, mode)
            words[number] = header.longest_word(number) if isinstance(header, WrappingHeader) else 48
            # A word may break once, not into stubs.
            tight[number] = min(words[number], max(char * 7, (words[number] - padding) // 2 + char) + padding)
            if column.kind is Kind.CHOICE:  # a chosen value keeps its words whole when there is room
                labels = [word for _value, label in column.choices for word in label.split()]
                longest = max((metrics.horizontalAdvance(word) for word in labels), default=0)
                words[number] = max(words[number], longest + 16)
            if column.kind is Kind.DATE:
                words[number] = max(words[number], date_width)
                tight[number] = date_width
            if column.stretch:
                stretch.append(number)
            elif column.width:
                wanted[number] = max(char * column.width + 16, words[number])
            else:
                wanted[number] = max(
                    min(header.sectionSizeHint(number) + 24, char * 24), char * 12, words[number]
                )
        room = self.view.viewport().width() - 2
        text_need = {n: max(char * MIN_STRETCH_CHARS, words[n]) for n in stretch}
        text_least = sum(max(char * 12, words[n]) for n in stretch)
        widths = self._fitted(wanted, words, room, sum(text_need.values()), text_least)
        if room - sum(widths.values()) < text_least:
            widths = self._fitted(wanted, tight, room, sum(text_need.values()), text_least)
        # Very large type: even then the text columns keep about eight characters each, and
        # every column gives way alike (rather than a column of one letter per line).
        text_floor = len(stretch) * (char * 8 + padding)
        if widths and room - sum(widths.values()) < text_floor:
            scale = room / (sum(widths.values()) + text_floor)
            widths = {n: max(int(w * scale), 32) for n, w in widths.items()}
        for number, width in widths.items():
            header.resizeSection(number, width)
        # Text squeezed into narrow columns gets a third line rather than being cut sooner.
        text_room = room - sum(widths.values())
        narrow = bool(stretch) and text_room < len(stretch) * char * 18
        self.view.set_row_lines(3 if narrow else 2)

    @staticmethod
    def _fitted(
        wanted: dict[int, int], floors: dict[int, int], room: int, text_need: int, text_least: int
    ) -> dict[int, int]:
        """Widths of the fixed columns: as wanted when all fits, else shrunk in proportion
        (not below ``floors``) and, if the text columns still lack ``text_least``, shrunk
        further towards the floors."""
        total = sum(wanted.values()) + text_need
        factor = 1.0 if total <= room or total == 0 else room / total
        widths = {n: max(int(w * factor), floors[n]) for n, w in wanted.items()}
        short = text_least - (room - sum(widths.values()))
        spare = sum(widths[n] - floors[n] for n in widths)
        if short > 0 and spare > 0:
            share = min(1.0, short / spare)
            widths = {n: w - int((w - floors[n]) * share) for n, w in widths.items()}
        return widths

    def _update_buttons(self, *_args: object) -> None:
        writable = not self.model.read_only
        row = self.current_row()
        self.add_button.setEnabled(writable)
        self.delete_button.setEnabled(writable and row >= 0)
        self.up_button.setEnabled(writable and row > 0)
        self.down_button.setEnabled(writable and 0 <= row < self.model.rowCount() - 1)
        for action in self.actions_by_name.values():
            action.setEnabled(writable)
