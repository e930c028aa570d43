"""``koerskaart portfolio-pdf [--period 2026-11] --out FILE``: the report for the opgavenboard.

All opgaven that are not removed, over the given month (default: the previous month). Prints the
path and the number of pages; characters the font cannot draw are listed on stderr.
"""

from __future__ import annotations

import argparse
import sys

from koerskaart.atomic_file import refuse_special_target, write_atomically
from koerskaart.commands.common import open_repository
from koerskaart.portfolio.data import load_portfolio
from koerskaart.portfolio.figures import portfolio_facts
from koerskaart.portfolio.periods import current_period, parse_period


def chosen_period(args: argparse.Namespace, today_period: str) -> str:
    period = (args.period or today_period).strip()
    parse_period(period)  # a Dutch message for "2026-13" or "november"
    return period


def run(args: argparse.Namespace) -> int:
    refuse_special_target(args.out)
    repo = open_repository(args)
    try:
        today = repo.clock().date()
        period = chosen_period(args, current_period(today))
        data = load_portfolio(repo.db)
    finally:
        repo.db.close()
    from koerskaart.portfolio.board_pdf import render_board_pdf

    rendered = render_board_pdf(
        data, portfolio_facts(data, period=period, today=today), period=period, today=today
    )
    path = write_atomically(args.out, rendered.data)
    if rendered.replaced_characters:
        listed = ", ".join(r.describe() for r in rendered.replaced_characters)
        print(f"koerskaart: let op: tekens die het lettertype niet kan weergeven: {listed}", file=sys.stderr)
    pages = "pagina" if rendered.pages == 1 else "pagina's"
    print(f"{path} ({rendered.pages} {pages})")
    return 0
