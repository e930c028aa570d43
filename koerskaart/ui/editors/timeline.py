"""The timeline of the opgave: where we come from, where we are, where we go, with the gevoelsgrafiek.

A table of events (date, past/now/future, title, description, mood −2..+2) stored row by row
as each cell edit ends, and below it the :class:`~koerskaart.ui.editors.mood_curve.MoodCurve`
that draws the same rows as the emotion curve. Table and curve share one selection: a click on
a dot selects its row, and the mood can be changed in the table (a spin box), with the slider
under the curve or with Up/Down on the curve.

What this module must not do: store anything except through the row model and the session.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QSplitter, QVBoxLayout, QWidget

from koerskaart.questions.model import Question
from koerskaart.record.display import mood_text as display_mood_text
from koerskaart.storage.models import TimelineEvent, TimelineKind
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.mood_curve import MOOD_MAX, MOOD_MIN, MoodCurve, MoodPoint
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind, RowTableModel
from koerskaart.ui.language import current_language
from koerskaart.ui.session import ContractSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("TimelineEditor", text)


def mood_text(mood: int | None) -> str:
    """ "+2 hoogtepunt" … "−2 dieptepunt" in the window's language (the shared vocabulary)."""
    return display_mood_text(mood, current_language())


class TimelineEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        kinds = (
            (TimelineKind.PAST, self.tr("Verleden")),
            (TimelineKind.NOW, self.tr("Nu")),
            (TimelineKind.FUTURE, self.tr("Toekomst")),
        )
        columns = [
            Column("event_date", self.tr("Datum"), Kind.DATE, width=13, empty_text=self.tr("geen datum")),
            Column(
                "kind",
                self.tr("Wanneer"),
                Kind.CHOICE,
                choices=kinds,
                width=12,
                tooltip=self.tr(
                    "Verleden: waar we vandaan komen. Nu: waar we staan. Toekomst: waar we heen gaan."
                ),
            ),
            Column("title", self.tr("Gebeurtenis"), stretch=True, placeholder=self.tr("Wat gebeurde er?")),
            Column(
                "description",
                self.tr("Toelichting"),
                stretch=True,
                placeholder=self.tr("Wat betekende het voor ons?"),
            ),
            Column(
                "mood",
                self.tr("Stemming"),
                Kind.INT,
                minimum=MOOD_MIN,
                maximum=MOOD_MAX,
                optional=False,
                width=15,
                formatter=mood_text,
                tooltip=self.tr("−2 = dieptepunt … +2 = hoogtepunt"),
            ),
        ]
        self.model = RowTableModel(session, TimelineEvent, columns, new_row=self._new_event, parent=self)
        self.table = RowTableEditor(self.model, accessible_name=self.tr("Tijdlijn"), parent=self)

        self.curve = MoodCurve(self)
        self.mood_label = QLabel(self.tr("Stemming van de gekozen gebeurtenis:"), self)
        self.mood_slider = QSlider(Qt.Orientation.Horizontal, self)
        self.mood_slider.setRange(MOOD_MIN, MOOD_MAX)
        self.mood_slider.setPageStep(1)
        self.mood_slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.mood_slider.setTickInterval(1)
        self.mood_slider.setFixedWidth(240)
        self.mood_slider.setAccessibleName(self.tr("Stemming van de gekozen gebeurtenis"))
        self.mood_label.setBuddy(self.mood_slider)
        self.mood_value = QLabel(self)
        self.mood_value.setMinimumWidth(self.fontMetrics().averageCharWidth() * 16)
        hint = QLabel(self.tr("Klik op een punt of gebruik de pijltjes in de grafiek."), self)
        hint.setStyleSheet("color: #5f6368;")
        hint.setWordWrap(True)

        mood_row = QHBoxLayout()
        mood_row.addWidget(self.mood_label)
        mood_row.addWidget(self.mood_slider)
        mood_row.addWidget(self.mood_value)
        mood_row.addStretch(1)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 6)
        lower_layout.addWidget(self.curve, 1)
        lower_layout.addLayout(mood_row)
        lower_layout.addWidget(hint)  # its own line: beside the slider it was squeezed in large type
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([200, 450])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.setTabOrder(self.table.down_button, self.curve)
        self.setTabOrder(self.curve, self.mood_slider)

        self.table.changed.connect(self.changed)
        for signal in (
            self.model.modelReset,
            self.model.dataChanged,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.rowsMoved,
        ):
            signal.connect(self._refresh_curve)
        self.table.view.selectionModel().currentChanged.connect(self._on_current_row)
        self.curve.selected.connect(self._on_dot_picked)
        self.curve.moodEdited.connect(self.set_mood)
        self.mood_slider.valueChanged.connect(self._on_slider)
        self._refresh_curve()

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        """Tall enough for table and curve, short enough to fit under the question at 1280x720."""
        return QSize(900, self.fontMetrics().height() * 32)

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self.model.reload()

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)
        self.curve.set_read_only(read_only)
        self._sync_slider()

    # ------------------------------------------------------------------ verbs
    def set_mood(self, row: int, mood: int) -> bool:
        """Store a new mood for one event (from the curve, the slider or a test)."""
        if not 0 <= row < self.model.rowCount():
            return False
        return self.model.set_value(row, "mood", max(MOOD_MIN, min(MOOD_MAX, mood)))

    def current_row(self) -> int:
        return self.table.current_row()

    # ------------------------------------------------------------------ internals
    def _new_event(self) -> TimelineEvent:
        """A new event continues where the table is: the same kind as the last row."""
        kind = self.model.rows[-1].kind if getattr(self, "model", None) and self.model.rows else None
        return TimelineEvent(contract_id=self.session.contract_id, kind=kind or TimelineKind.PAST)

    def _refresh_curve(self, *_args: object) -> None:
        self.curve.set_points([MoodPoint(e.kind, e.mood, e.title, e.event_date) for e in self.model.rows])
        self.curve.set_current(self.current_row())
        self._sync_slider()

    def _on_current_row(self, *_args: object) -> None:
        self.curve.set_current(self.current_row())
        self._sync_slider()

    def _on_dot_picked(self, row: int) -> None:
        index = self.model.index(row, self.model.column_of("mood"))
        self.table.view.setCurrentIndex(index)
        self.table.view.scrollTo(index)

    def _on_slider(self, value: int) -> None:
        row = self.current_row()
        if row >= 0 and self.model.rows[row].mood != value:
            self.set_mood(row, value)
        self.mood_value.setText(mood_text(value) if row >= 0 else "")

    def _sync_slider(self) -> None:
        row = self.current_row()
        self.mood_slider.blockSignals(True)
        self.mood_slider.setValue(self.model.rows[row].mood if row >= 0 else 0)
        self.mood_slider.blockSignals(False)
        self.mood_slider.setEnabled(row >= 0 and not self.model.read_only)
        self.mood_value.setText(mood_text(self.model.rows[row].mood) if row >= 0 else "")
