"""What the portfolio window shows right now: the data, the period, the filter and the what-if.

A QtCore-only object: it reads the portfolio through :mod:`koerskaart.portfolio.data`, keeps the
facts computed by :mod:`koerskaart.portfolio.figures`, and emits ``changed`` when the filter,
period or what-if changes (every view redraws from it) and ``reloaded`` after new data. It holds
no rules of its own and imports no widgets.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from koerskaart.portfolio.data import PortfolioData, load_portfolio
from koerskaart.portfolio.figures import OpgaveFacts, PortfolioFilter, portfolio_facts
from koerskaart.portfolio.periods import current_period
from koerskaart.storage.repository import Repository


class PortfolioState(QObject):
    changed = Signal()

    def __init__(self, repo: Repository, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.repo = repo
        self.today: date = repo.clock().date()
        self.period = current_period(self.today)
        self.filter = PortfolioFilter()
        self.later: frozenset[int] = frozenset()
        self.data = PortfolioData(())
        self.all_facts: tuple[OpgaveFacts, ...] = ()
        self.facts: tuple[OpgaveFacts, ...] = ()
        self.reload()

    def reload(self) -> None:
        self.today = self.repo.clock().date()
        self.data = load_portfolio(self.repo.db)
        self._compute()

    def set_filter(self, value: PortfolioFilter) -> None:
        if value != self.filter:
            self.filter = value
            self.facts = value.apply(self.all_facts)
            self._announce()

    def set_period(self, period: str) -> None:
        if period != self.period:
            self.period = period
            self._compute()

    def set_later(self, opgave_ids: frozenset[int]) -> None:
        if opgave_ids != self.later:
            self.later = opgave_ids
            self._announce()

    def find(self, opgave_id: int) -> OpgaveFacts | None:
        for item in self.all_facts:
            if item.id == opgave_id:
                return item
        return None

    def _announce(self) -> None:
        self.changed.emit()

    def _compute(self) -> None:
        self.all_facts = portfolio_facts(self.data, period=self.period, today=self.today)
        self.facts = self.filter.apply(self.all_facts)
        self._announce()
