"""``koerskaart portfolio-xlsx [--period 2026-11] --out FILE``: the portfolio as an Excel workbook.

One sheet per view (opgaven, activities, capacity per team and year, the opgaven behind it,
progress reports). Prints the path.
"""

from __future__ import annotations

import argparse

from koerskaart.atomic_file import refuse_special_target, write_atomically
from koerskaart.commands.common import open_repository
from koerskaart.commands.portfolio_pdf import chosen_period
from koerskaart.portfolio.data import load_portfolio
from koerskaart.portfolio.figures import portfolio_facts
from koerskaart.portfolio.periods import current_period


def run(args: argparse.Namespace) -> int:
    refuse_special_target(args.out)
    repo = open_repository(args)
    try:
        today = repo.clock().date()
        period = chosen_period(args, current_period(today))
        data = load_portfolio(repo.db)
    finally:
        repo.db.close()
    from koerskaart.portfolio.workbook import render_workbook

    facts = portfolio_facts(data, period=period, today=today)
    path = write_atomically(args.out, render_workbook(data, facts, period=period))
    print(path)
    return 0
