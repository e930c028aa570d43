"""A contract with every field at the maximum length ``storage/limits.py`` allows, for tests.

:func:`fill_to_the_limits` writes it through the repository (so the limits themselves are what
lets it in): an opgave title and description, participants, activities, partners, capacity with a
confirmation, timeline events and an answer to every plain question, each text as long as its
field may be, made of words that can wrap and of characters that matter to the PDF. The PDF test
renders it; the limits test checks the repository takes it.
"""

from __future__ import annotations

from datetime import date

from koerskaart.questions.model import QuestionSet, QuestionType
from koerskaart.storage import limits
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    Participant,
    Partner,
    Role,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository

ROLES = (Role.ALDERMAN, Role.SENIOR_OFFICIAL, Role.TASK_LEADER, Role.TEAM_LEADER)


def text_of(length: int, seed: str = "Ë&<lang>") -> str:
    """Exactly ``length`` characters: words of odd characters with spaces, so a line can wrap."""
    words: list[str] = []
    size = -1  # the length of the words joined with spaces
    while size < length:
        words.append(f"{seed}{len(words)}")
        size += len(words[-1]) + 1
    text = " ".join(words)[:length]
    return text[:-1] + "x" if text.endswith(" ") else text  # a stored text is never padded


def longest(table: str, field: str) -> str:
    """The longest text the repository takes for ``table.field``."""
    maximum = limits.text_limit(table, field)
    assert maximum is not None, f"{table}.{field} has no declared length"
    return text_of(maximum)


def _fields(table: str, *names: str) -> dict[str, str]:
    return {name: longest(table, name) for name in names}


def fill_to_the_limits(repo: Repository, contract_id: int, question_set: QuestionSet, rows: int = 3) -> None:
    """Every text of the contract (and of its opgave) at its maximum; ``rows`` rows per table."""
    contract = repo.get_contract(contract_id)
    repo.update_opgave(contract.opgave_id, **_fields("opgave", "title", "description"))
    answers = {}
    for question in question_set.questions():
        if question.type in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
            answers[question.key] = (text_of(limits.MAX_ANSWER_TEXT), "")
    repo.save_answers(contract_id, answers)
    new_rows = []
    for number in range(rows):
        new_rows += [
            Participant(
                contract_id=contract_id,
                role=ROLES[number % len(ROLES)],
                **_fields("participant", "name", "function", "organisation"),
            ),
            Activity(
                contract_id=contract_id,
                complexity=5,
                start=date(2026, 1, 1),
                end=date(2030, 12, 31),
                **_fields("activity", "name", "reason", "owner"),
            ),
            Partner(
                contract_id=contract_id,
                holds_regie=number == 0,
                **_fields("partner", "organisation", "contact", "regie_scope", "binding"),
            ),
            CapacityRequest(
                contract_id=contract_id,
                amount=limits.MAX_FTE,
                unit="fte",
                **_fields("capacityrequest", "team_name", "period", "skills"),
            ),
            TimelineEvent(
                contract_id=contract_id,
                event_date=date(2026, 3, number + 1),
                mood=2 if number % 2 else -2,
                **_fields("timelineevent", "title", "description"),
            ),
        ]
    repo.add_rows(new_rows)
    request = repo.rows(contract_id, CapacityRequest)[0]
    repo.confirm_capacity(
        request.id or 0,
        status="deels",
        confirmed_amount=limits.MAX_FTE,
        **_fields("capacityconfirmation", "confirmed_by", "remark"),
    )
