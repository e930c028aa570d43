"""A small question set and a filled-in contract for the record tests (signing, lock, versions)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from koerskaart.questions.loader import parse_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.record.signing import sign
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    Participant,
    Partner,
    Role,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository

QUESTIONS = """
[meta]
id = "testgesprek"
version = "1.0"
title_nl = "Testgesprek"
title_en = "Test conversation"

[[steps]]
key = "aan_tafel"
title_nl = "Aan tafel"
title_en = "At the table"

[[steps.questions]]
key = "participants"
type = "participants"
label_nl = "Deelnemers"
label_en = "Participants"
required = "hard"

[[steps.questions]]
key = "meeting_date"
type = "date"
label_nl = "Datum van het gesprek"
label_en = "Date"
required = "soft"

[[steps.questions]]
key = "meeting_form"
type = "single_choice"
label_nl = "Waar praten we?"
label_en = "Where?"
choices = [
  { value = "op_locatie", label_nl = "Op locatie", label_en = "In person" },
  { value = "online", label_nl = "Online", label_en = "Online" },
]

[[steps.questions]]
key = "private_note"
type = "long_text"
label_nl = "Voor de facilitator"
label_en = "For the facilitator"
facilitator_only = true

[[steps]]
key = "opgave"
title_nl = "De opgave"
title_en = "The task"

[[steps.questions]]
key = "opgave_what"
type = "long_text"
label_nl = "Wat moeten we doen?"
label_en = "What must we do?"
required = "hard"

[[steps.questions]]
key = "domains"
type = "multiple_choice"
label_nl = "Domeinen"
label_en = "Domains"
choices = [
  { value = "fysiek", label_nl = "Fysiek domein", label_en = "Physical" },
  { value = "sociaal", label_nl = "Sociaal domein", label_en = "Social" },
]

[[steps.questions]]
key = "duration"
type = "number"
label_nl = "Looptijd"
label_en = "Duration"
unit = "maanden"

[[steps.questions]]
key = "complexity"
type = "scale"
label_nl = "Complexiteit"
label_en = "Complexity"

[[steps]]
key = "aanpak"
title_nl = "Aanpak"
title_en = "Approach"

[[steps.questions]]
key = "activities"
type = "activities"
label_nl = "Activiteiten"
label_en = "Activities"
required = "hard"

[[steps.questions]]
key = "partners"
type = "partners"
label_nl = "Partners"
label_en = "Partners"

[[steps.questions]]
key = "capacity"
type = "capacity"
label_nl = "Capaciteit"
label_en = "Capacity"
required = "soft"

[[steps.questions]]
key = "timeline"
type = "timeline"
label_nl = "Tijdlijn"
label_en = "Timeline"
"""

ODD_TEXT = 'Veilig & leefbaar <buurt> "Europaplein" – café ë € 🚲'
TRIANGLE = (
    (Role.ALDERMAN, "Wethouder Anna de Vries-Öztürk", "Wethouder"),
    (Role.SENIOR_OFFICIAL, "Bram Jansen", "Domeinmanager Fysiek"),
    (Role.TASK_LEADER, "Chris O'Neill", "Opgaveleider"),
)


def question_set() -> QuestionSet:
    return parse_question_set(QUESTIONS, "testgesprek.toml")


def new_contract(repo: Repository, qs: QuestionSet, title: str = "Veilige buurt Europaplein") -> int:
    opgave = repo.create_opgave(title)
    assert opgave.id is not None
    contract = repo.create_contract(
        opgave.id,
        question_set_id=qs.id,
        question_set_version=qs.version,
        question_set_sha256=qs.sha256,
        question_set_text=qs.text,
    )
    assert contract.id is not None
    return contract.id


def fill(repo: Repository, contract_id: int, *, reverse: bool = False) -> None:
    """Every kind of content; ``reverse`` writes the same content in another order (other ids)."""
    steps = [
        lambda: repo.save_answer(contract_id, "opgave_what", ODD_TEXT, role="ON"),
        lambda: repo.save_answer(contract_id, "meeting_date", "2026-11-28", role="FA"),
        lambda: repo.save_answer(contract_id, "meeting_form", "op_locatie"),
        lambda: repo.save_answer(contract_id, "domains", ["fysiek", "sociaal"]),
        lambda: repo.save_answer(contract_id, "duration", 18),
        lambda: repo.save_answer(contract_id, "complexity", 4),
        lambda: repo.save_answer(contract_id, "private_note", "Let op de wethouder"),
    ]
    for position, (role, name, function) in enumerate(TRIANGLE, start=1):
        steps.append(
            lambda p=position, r=role, n=name, f=function: repo.save_row(
                Participant(contract_id=contract_id, position=p, name=n, function=f, role=r)
            )
        )
    steps += [
        lambda: repo.save_row(
            Participant(
                contract_id=contract_id,
                position=4,
                name="Dana Bakker",
                function="Teamleider",
                role="teamleider",
            )
        ),
        lambda: repo.save_row(
            Activity(
                contract_id=contract_id,
                position=1,
                name="Buurtpreventie",
                approach="opgavegericht",
                reason="Samen met bewoners & politie",
                priority="nu",
                complexity=3,
                start=date(2027, 1, 1),
                end=date(2027, 12, 31),
                owner="Chris",
            )
        ),
        lambda: repo.save_row(
            Activity(
                contract_id=contract_id, position=2, name="Verlichting", approach="project", priority="later"
            )
        ),
        lambda: repo.save_row(
            Partner(
                contract_id=contract_id,
                position=1,
                organisation="Politie",
                involvement="mede_eigenaar",
                holds_regie=True,
                regie_scope="veiligheid",
            )
        ),
        lambda: repo.save_row(Partner(contract_id=contract_id, position=2, organisation="Woningcorporatie")),
        lambda: repo.save_row(
            TimelineEvent(
                contract_id=contract_id, position=1, event_date=date(2025, 3, 1), title="Start", mood=1
            )
        ),
    ]
    if reverse:
        steps.reverse()
    for step in steps:
        step()
    request, _ = repo.save_row(
        CapacityRequest(contract_id=contract_id, position=1, team_name="Team Openbare Ruimte", amount=1.5)
    )
    assert request.id is not None
    repo.confirm_capacity(request.id, status="deels", confirmed_amount=1.0, confirmed_by="Dana Bakker")


def sign_all(repo: Repository, contract_id: int, qs: QuestionSet) -> None:
    for role, name, function in TRIANGLE:
        sign(
            repo,
            contract_id,
            qs,
            role=role,
            name=name,
            function=function,
            signed_on=date(2026, 11, 28),
            place="Heemskerk",
            drawing="[[[0.1, 0.2], [0.5, 0.6]]]" if role == Role.ALDERMAN else "",
        )


FIXED_NOW = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
