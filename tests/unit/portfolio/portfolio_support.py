"""Hand-made portfolio data for the unit tests of :mod:`koerskaart.portfolio` (no database)."""

from __future__ import annotations

from datetime import date

from koerskaart.portfolio.data import (
    ActivityFact,
    AvailableCapacity,
    CapacityAsk,
    Milestone,
    OpgaveRecord,
    PortfolioData,
    ReportFact,
    TeamFact,
)

TODAY = date(2026, 12, 4)
PERIOD = "2026-11"


def report(period: str, light: str, day: date | None = None, **extra: str) -> ReportFact:
    year, month = (int(p) for p in period.split("-"))
    return ReportFact(period=period, report_date=day or date(year, month, 28), light=light, **extra)


def verkeer() -> OpgaveRecord:
    """Signed, two years in 2026–2027, asks Verkeer 1.5 fte (confirmed 1.5) and 360 h/month of Wijk."""
    return OpgaveRecord(
        id=1,
        title="Veilig naar school",
        status="getekend",
        domains=("Fysiek", "Sociaal"),
        alderman="A. de Vries-Demo",
        senior_official="R. Koster-Demo",
        task_leader="M. Berg-Demo",
        version=2,
        contract_id=11,
        signed=True,
        complexity_answer=None,
        activities=(
            ActivityFact("Schoolzones", "project", "nu", 4, date(2026, 1, 1), date(2026, 12, 31)),
            ActivityFact("Fietsroutes", "programma", "nu", 5, date(2026, 7, 1), date(2027, 12, 31)),
        ),
        asks=(
            CapacityAsk("Team Verkeer", 1.5, "fte", "jaar", "bevestigd", 1.5),
            CapacityAsk("Team Wijk", 78.0, "uren", "maand", "deels", 39.0),
        ),
        reports=(
            report("2026-09", "groen"),
            report("2026-10", "rood", text="Mijlpaal gemist"),
            report("2026-11", "oranje", date(2026, 11, 30), text="Herstel loopt"),
        ),  # fmt: skip
        milestones=(Milestone(date(2026, 6, 1), "Voorbij"), Milestone(date(2027, 3, 1), "Eerste route open")),
    )


def wonen() -> OpgaveRecord:
    """In conversation, only the second half of 2026, asks Verkeer 1.6 fte of which 0.8 confirmed."""
    return OpgaveRecord(
        id=2,
        title="Wonen boven winkels",
        status="in_gesprek",
        domains=("Fysiek",),
        alderman="S. El Amrani-Demo",
        task_leader="K. Kok-Demo",
        version=1,
        contract_id=12,
        complexity_answer=2.0,
        activities=(ActivityFact("Panden", "project", "later", 1, date(2026, 7, 1), date(2026, 12, 31)),),
        asks=(CapacityAsk("Team Verkeer", 1.6, "fte", "jaar", "deels", 0.8),),
        reports=(report("2026-10", "groen"),),
    )


def idee() -> OpgaveRecord:
    """A concept without dates, requests or reports."""
    return OpgaveRecord(id=3, title="Idee: buurtbudget", status="concept", domains=("Sociaal",))


def portfolio(*records: OpgaveRecord) -> PortfolioData:
    return PortfolioData(
        records or (verkeer(), wonen(), idee()),
        teams=(TeamFact(1, "Team Verkeer", "Fysiek", "T. Leider-Demo"), TeamFact(2, "Team Wijk", "Sociaal")),
        available=(AvailableCapacity("Team Verkeer", 2026, 2.0), AvailableCapacity("Team Wijk", 2026, 1.0)),
        municipality="Gemeente Duinwijk",
    )
