"""The filter row of the portfolio window: domain, bestuurlijk opdrachtgever, status, light, search.

It turns the choices into one :class:`~koerskaart.portfolio.figures.PortfolioFilter` and emits
``filterChanged``; which opgaven pass is decided by that class, not here.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from koerskaart.portfolio.figures import NO_LIGHT, OpgaveFacts, PortfolioFilter
from koerskaart.ui.portfolio.words import light_text, period_text, status_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


STATUSES = ("concept", "in_gesprek", "ter_ondertekening", "getekend", "herzien")


class FilterBar(QWidget):
    filterChanged = Signal(object)  # PortfolioFilter
    periodChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.domain = self._combo(row, _tr("Domein"))
        self.alderman = self._combo(row, _tr("Bestuurlijk opdrachtgever"))
        self.status = self._combo(row, _tr("Status"))
        for status in STATUSES:
            self.status.addItem(status_text(status), status)
        self.light = self._combo(row, _tr("Stoplicht"))
        for light in ("groen", "oranje", "rood", NO_LIGHT):
            self.light.addItem(light_text(light), light)
        self.search = QLineEdit()
        self.search.setPlaceholderText(_tr("Zoeken op titel of naam"))
        self.search.setAccessibleName(_tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(160)
        row.addWidget(self.search, 1)
        row.addWidget(QLabel(_tr("Periode")))
        self.period = QComboBox()
        self.period.setAccessibleName(_tr("Periode"))
        row.addWidget(self.period)
        for combo in (self.domain, self.alderman, self.status, self.light):
            combo.currentIndexChanged.connect(lambda _=0: self._emit())
        self.search.textChanged.connect(lambda _="": self._emit())
        self.period.currentIndexChanged.connect(
            lambda _=0: self.periodChanged.emit(str(self.period.currentData() or ""))
        )

    def _combo(self, row: QHBoxLayout, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        combo.addItem(_tr("Alle: %1").replace("%1", name.lower()), "")
        row.addWidget(combo)
        return combo

    def fill(self, facts: Sequence[OpgaveFacts], periods: Sequence[str], period: str) -> None:
        """The choices that occur in the data (keeps what was chosen)."""
        domains = sorted({d for f in facts for d in f.record.domains}, key=str.casefold)
        aldermen = sorted({f.record.alderman for f in facts if f.record.alderman}, key=str.casefold)
        for combo, values in ((self.domain, domains), (self.alderman, aldermen)):
            keep = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in values:
                combo.addItem(value, value)
            combo.setCurrentIndex(max(0, combo.findData(keep)))
            combo.blockSignals(False)
        self.period.blockSignals(True)
        self.period.clear()
        for value in periods:
            self.period.addItem(period_text(value), value)
        self.period.setCurrentIndex(max(0, self.period.findData(period)))
        self.period.blockSignals(False)

    def value(self) -> PortfolioFilter:
        domain = self.domain.currentData()
        return PortfolioFilter(
            domains=frozenset({domain}) if domain else frozenset(),
            alderman=self.alderman.currentData() or "",
            status=self.status.currentData() or "",
            light=self.light.currentData() or "",
            search=self.search.text(),
        )

    def description(self) -> str:
        """The active choices in words (for the report's cover), empty without a filter."""
        parts = [
            combo.currentText()
            for combo in (self.domain, self.alderman, self.status, self.light)
            if combo.currentIndex() > 0
        ]
        if self.search.text().strip():
            parts.append(f"“{self.search.text().strip()}”")
        return ", ".join(parts)

    def _emit(self) -> None:
        self.filterChanged.emit(self.value())
