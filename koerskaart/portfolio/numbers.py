"""How the portfolio writes numbers and fte in Dutch: a decimal comma, at most two decimals.

Only formatting; the figures themselves are computed elsewhere.
"""

from __future__ import annotations

HOURS_PER_FTE_WEEK = 36.0  # the working week of the municipal collective agreement
WEEKS_PER_YEAR = 52.0


def rounded(value: float) -> float:
    # Sums of fte like 0.1 + 0.2 must read as 0.3.
    return round(value, 6) + 0.0


def fte_text(value: float, decimal: str = ",") -> str:
    """1.25 → "1,25"; 2.0 → "2,0"; 0.3 → "0,3"."""
    text = f"{round(value, 2):.2f}".rstrip("0")
    if text.endswith("."):
        text += "0"
    return text.replace(".", decimal)


def fte_per_year(amount: float, unit: str, period: str) -> float:
    """An asked or confirmed amount as fte over a year.

    fte is a rate, whatever the period it is written per; hours are divided by a 36-hour week.
    """
    amount = max(0.0, float(amount or 0.0))
    if unit != "uren":
        return amount
    hours_per_fte = {"week": HOURS_PER_FTE_WEEK, "maand": HOURS_PER_FTE_WEEK * WEEKS_PER_YEAR / 12}.get(
        period, HOURS_PER_FTE_WEEK * WEEKS_PER_YEAR
    )
    return amount / hours_per_fte
