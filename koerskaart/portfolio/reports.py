"""Filing a voortgangsrapportage: the rules a report must meet, checked field by field.

:func:`check_report` returns the problems keyed by field, so a form can put each reason next to
its field; :func:`file_report` refuses a report with problems and stores it otherwise (through the
repository, audited). A report belongs to the opgave, not to a contract version: filing one never
touches a signed contract. No Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from koerskaart.errors import UserFacingError
from koerskaart.portfolio.periods import parse_period
from koerskaart.storage.models import ProgressReport, TrafficLight
from koerskaart.storage.repository import Repository

MAX_TEXT = 4000  # a report is read aloud in a meeting: a few paragraphs, not a document
EXPLANATION_REQUIRED = (
    "Leg uit waarom het stoplicht op {light} staat: bij oranje en rood is een toelichting verplicht."
)


@dataclass(frozen=True)
class ReportDraft:
    opgave_id: int
    period: str
    light: str
    explanation: str = ""
    done: str = ""
    next_steps: str = ""
    help_asked: str = ""
    author: str = ""


class ReportRefused(UserFacingError):
    """The report was not stored; ``problems`` holds the reason per field."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(" ".join(problems.values()))
        self.problems = problems


def check_report(draft: ReportDraft, *, today: date) -> dict[str, str]:
    """field name → the reason it cannot be stored; empty when the report may be filed."""
    problems: dict[str, str] = {}
    if draft.light not in tuple(TrafficLight):
        problems["light"] = "Kies een stoplicht: groen, oranje of rood."
    elif draft.light != TrafficLight.GREEN and not draft.explanation.strip():
        problems["explanation"] = EXPLANATION_REQUIRED.format(light=draft.light)
    try:
        year, month = parse_period(draft.period)
    except UserFacingError as exc:
        problems["period"] = exc.message
    else:
        if (year, month) > (today.year, today.month):
            problems["period"] = "Over een maand die nog moet komen kunt u nog niet rapporteren."
    if not draft.author.strip():
        problems["author"] = "Vul in wie de rapportage opstelt."
    for name in ("explanation", "done", "next_steps", "help_asked"):
        if len(getattr(draft, name)) > MAX_TEXT and name not in problems:
            problems[name] = f"Houd deze tekst korter dan {MAX_TEXT + 1} tekens."
    return problems


def file_report(repo: Repository, draft: ReportDraft) -> ProgressReport:
    """Store ``draft`` as the newest report of its period, or raise :class:`ReportRefused`."""
    today = repo.clock().date()
    problems = check_report(draft, today=today)
    if problems:
        raise ReportRefused(problems)
    return repo.add_progress_report(
        ProgressReport(
            opgave_id=draft.opgave_id,
            period=draft.period.strip(),
            report_date=today,
            traffic_light=draft.light,
            text=draft.explanation.strip(),
            done=draft.done.strip(),
            next_steps=draft.next_steps.strip(),
            help_asked=draft.help_asked.strip(),
            author=draft.author.strip(),
        )
    )
