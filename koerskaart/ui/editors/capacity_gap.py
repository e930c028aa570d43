"""The gap overview of the capacity step: asked, confirmed and short, per team and in total.

Shows a :class:`~koerskaart.conversation.capacity.CapacitySummary` as large coloured lines, one
per team (and per unit and period when a team is asked in more than one), below the totals
per unit and period. Beside the confirmation panel the lines form one scrolling column; below
it (a narrow page, large type) they stand two by two at full length, with nothing to scroll.
Every colour comes with a symbol and a word. Fte and hours are never added together: the sums
arrive already split. This widget adds nothing up itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from koerskaart.conversation.capacity import CapacitySum, CapacitySummary
from koerskaart.conversation.capacity_status import light_of, waiting_for_answer
from koerskaart.ui.editors.capacity_look import (
    BACKGROUND,
    BORDER,
    INK,
    amount_text,
    badge_text,
    gap_text,
    period_text,
    unit_name,
)


class GapLine(QFrame):
    """One team's (or one total's) line: badge, name, asked, confirmed, gap."""

    def __init__(self, item: CapacitySum, title: str, *, total: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.light = light_of(item)
        waiting = waiting_for_answer(item)
        self.setObjectName("gapLine")
        self.setStyleSheet(
            f"#gapLine {{ background: {BACKGROUND[self.light].name()};"
            f" border-left: 8px solid {BORDER[self.light].name()}; border-radius: 4px; }}"
            "#gapLine QLabel { background: transparent; }"
        )
        ink = INK[self.light].name()
        self.title = QLabel(title, self)
        self.title.setWordWrap(True)
        font = QFont(self.font())
        font.setBold(True)
        self.title.setFont(font)
        # Symbol and word in the light's ink, beside the gap: readable without the colour.
        self.badge = QLabel(badge_text(self.light, waiting=waiting), self)
        self.badge.setWordWrap(True)
        self.badge.setFont(font)
        self.badge.setStyleSheet(f"color: {ink};")
        self.gap = QLabel(gap_text(item.gap, item.unit), self)
        gap_font = QFont(self.font())
        gap_font.setBold(True)
        gap_font.setPointSizeF(gap_font.pointSizeF() * (1.25 if total else 1.1))
        self.gap.setFont(gap_font)
        self.gap.setWordWrap(True)
        self.gap.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.figures = QLabel(
            self.tr("gevraagd %1 %2 · bevestigd %3")
            .replace("%1", amount_text(item.asked, item.unit))
            .replace("%2", period_text(item.period))
            .replace("%3", amount_text(item.confirmed, item.unit)),
            self,
        )
        self.figures.setWordWrap(True)

        grid = QGridLayout(self)
        grid.setContentsMargins(14, 6, 10, 6)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0, 1, 2)
        grid.addWidget(self.badge, 1, 0)
        grid.addWidget(self.gap, 1, 1)
        grid.addWidget(self.figures, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.setAccessibleName(f"{title}: {self.badge.text()}, {self.gap.text()}, {self.figures.text()}")


class GapOverview(QWidget):
    """The at-a-glance view of what is asked versus confirmed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Overzicht vraag en toezegging"))
        larger = QFont(self.font())
        larger.setPointSizeF(larger.pointSizeF() * 1.1)  # read from across the room
        self.setFont(larger)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        heading = QLabel(self.tr("Vraag en toezegging"), self)
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        heading.setFont(font)
        self.empty = QLabel(self.tr("Nog geen capaciteit gevraagd. Voeg links een team toe."), self)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #5f6368;")
        self._body = QWidget(self)
        self._lines = QVBoxLayout(self._body)
        self._lines.setContentsMargins(0, 0, 4, 0)
        self._lines.setSpacing(6)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(self.tr("Tekort per team"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.scroll, 1)
        self.team_lines: list[GapLine] = []
        self.total_lines: list[GapLine] = []
        self._rule: QFrame | None = None
        self.wide = False

    def set_wide(self, wide: bool) -> None:
        """Two lines side by side and no scrolling (below the panel), or one scrolling column."""
        if wide == self.wide:
            return
        self.wide = wide
        self.scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if wide else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self._place()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if self.wide and event.size().width() != event.oldSize().width():
            self._fit_height()

    def _fit_height(self) -> None:
        """Wide: the scroll area is as tall as all its lines, so nothing is hidden below."""
        if not self.wide:
            self.scroll.setMinimumHeight(0)
            return
        width = max(self.scroll.viewport().width(), self.width(), 1)
        if self._lines.hasHeightForWidth():
            height = self._lines.totalHeightForWidth(width)
        else:
            height = self._lines.totalSizeHint().height()
        self.scroll.setMinimumHeight(height + 2)

    def _place(self) -> None:
        """Put the totals first (they must be in sight without scrolling), then the teams."""
        while self._lines.count():
            item = self._lines.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0)
                item.layout().deleteLater()
        columns = 2 if self.wide else 1
        groups: list[list[QWidget]] = [list(self.total_lines)]
        if self._rule is not None:
            groups.append([self._rule])
        groups.append(list(self.team_lines))
        for group in groups:
            step = 1 if group and group[0] is self._rule else columns
            for start in range(0, len(group), step):
                row = QHBoxLayout()
                row.setSpacing(6)
                chunk = group[start : start + step]
                for line in chunk:
                    row.addWidget(line, 1)
                if len(chunk) < step:
                    row.addStretch(step - len(chunk))  # a last single line keeps its half
                self._lines.addLayout(row)
        self._lines.addStretch(1)
        self._fit_height()
        self.updateGeometry()

    def show_summary(self, summary: CapacitySummary) -> None:
        for widget in [*self.total_lines, *self.team_lines, self._rule]:
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        several_units = len(summary.totals) > 1
        self.team_lines = []
        for item in summary.teams:
            self.team_lines.append(GapLine(item, item.team, total=False, parent=self._body))
        self.total_lines = []
        for item in summary.totals:
            title = (
                self.tr("Totaal in %1 %2")
                .replace("%1", unit_name(item.unit))
                .replace("%2", period_text(item.period))
                if several_units
                else self.tr("Totaal")
            )
            self.total_lines.append(GapLine(item, title, total=True, parent=self._body))
        # The overview as text for a screen reader: each team's line, then the totals.
        self.setAccessibleDescription(
            "; ".join(line.accessibleName() for line in [*self.team_lines, *self.total_lines])
            or self.tr("Nog geen capaciteit gevraagd.")
        )
        self._rule = None
        if self.total_lines:
            self._rule = QFrame(self._body)
            self._rule.setFrameShape(QFrame.Shape.HLine)
        self._place()
        self.empty.setVisible(not summary.teams)
