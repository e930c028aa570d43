"""Building contracts for the PDF tests: a full one with every odd text, signed or not, and helpers
to read a PDF back. The check at the bottom keeps the builder itself honest."""

from __future__ import annotations

import functools
import io
import json
import re
from dataclasses import dataclass
from datetime import date

from pypdf import PdfReader

from koerskaart.conversation.snapshot import ContractSnapshot, load_snapshot
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.record.signing import sign
from koerskaart.storage.limits import MAX_ANSWER_TEXT
from koerskaart.storage.models import (
    Activity,
    CapacityRequest,
    Participant,
    Partner,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository

LONG_URL = "https://www.gemeente.example.nl/" + "/".join(f"onderdeel{i:02d}" for i in range(26)) + "?x=1&y=2"
assert len(LONG_URL) >= 300, len(LONG_URL)
WORDS = (
    "buurt",
    "veilig",
    "leefbaar",
    "bewoners",
    "samen",
    "plein",
    "wijkagent",
    "jongeren",
    "licht",
    "groen",
)
# The longest answer the repository takes (storage/limits.py), in whole words.
LONG_ANSWER = " ".join(f"{WORDS[i % len(WORDS)]}{i}" for i in range(5000))[:MAX_ANSWER_TEXT].rsplit(" ", 1)[0]
FACILITATOR_SECRET = "GEHEIM-facilitator-notitie-42"

ODD_ANSWERS = {
    "opgave_what": 'Een <script>alert("x")</script> veilige buurt voor R&D-mensen & bewoners',
    "opgave_why_now": "Mail naam <jan@x.nl> en zeg: \"dubbel\" en 'enkel' — café ë’s kosten € 1.250",
    "story_no_longer": "Overlast op het plein.\nJongeren zonder plek.\n\nEen tweede alinea met ï en ü.",
    "story_dream": LONG_ANSWER,
    "story_success": f"Als iedereen de pagina {LONG_URL} kent.",
    "past_honoured": "Wat al gedaan is: buurtschouw 2024, ‘Samen Sterk’-avonden.",
    "current_position": "We staan nu hier: <b>niet vet</b> & [haakjes] {accolades}",
    "priorities_not_reason": "Geen nieuwe camera's; dat is niet onze opgave.",
    "regie_overall": "De gemeente (team Wijken)",
    "partner_binding": "Iedere partner houdt een eigen lijn naar de eigen organisatie.",
    "capacity_skills": "Wijkregie, jongerenwerk, data-analyse.",
    "capacity_gap_plan": "Het tekort bij Handhaving lossen we op met inhuur tot 1 juli.",
    "traffic_light_criteria": "Groen: op schema. Oranje: < 2 maanden vertraging. Rood: meer.",
    "mandate": "De opdrachtnemer beslist binnen het budget van € 250.000.",
    "escalation": "Eerst naar de ambtelijk opdrachtgever, dan naar de wethouder.",
    "risks_other": "Verwachtingen van bewoners & raad.",
    "stories_and_successes": "Elk kwartaal één microverhaal in de nieuwsbrief.",
    "first_evaluation_agreement": "We kijken samen terug, met de partners.",
    "open_points": "Budget voor verlichting nog bevestigen.",
    "meeting_place": "Stadhuis, kamer 2.14",
    "risk_political_approach": "Wethouder informeert de raad vooraf.",
}
PLAIN_VALUES = {
    "meeting_date": "2026-11-20",
    "meeting_form": "op_locatie",
    "opgave_source": ["coalitieakkoord", "raad"],
    "opgave_domains": ["fysiek", "sociaal"],
    "story_success_date": "2028-12-31",
    "approach_overall": "opgavegericht",
    "complexity_overall": 4,
    "duration_months": 24,
    "reporting_rhythm": "kwartaal",
    "risk_political": 4,
    "first_evaluation_date": "2027-06-01",
    "facilitator_preparation": FACILITATOR_SECRET,
    "facilitator_reflection": FACILITATOR_SECRET + " reflectie",
}
TRIANGLE = (
    ("bestuurlijk_opdrachtgever", "Wethouder A. de Vries-Öztürk", "Wethouder Veiligheid & Wijken"),
    ("ambtelijk_opdrachtgever", "M. Jansen", "Domeinmanager Fysiek"),
    ("opdrachtnemer", "S. el Amrani", "Opgaveleider"),
)
TITLE = "Veilige en leefbare buurt Europaplein"


@dataclass(frozen=True)
class Built:
    contract_id: int
    opgave_id: int
    question_set: QuestionSet


def question_set() -> QuestionSet:
    return load_question_set(DEFAULT_QUESTION_SET)


def build_contract(
    repo: Repository, *, signed: bool, title: str = TITLE, extra_answers: dict | None = None
) -> Built:
    qs = question_set()
    opgave = repo.create_opgave(title, description="Samen met bewoners & partners het plein terugwinnen.")
    contract = repo.create_contract(
        opgave.id,
        question_set_id=qs.id,
        question_set_version=qs.version,
        question_set_sha256=qs.sha256,
        question_set_text=qs.text,
    )
    cid = contract.id
    for key, value in {**PLAIN_VALUES, **ODD_ANSWERS, **(extra_answers or {})}.items():
        repo.save_answer(cid, key, value)
    people = [*TRIANGLE, ("teamleider", "P. Bakker", "Teamleider Handhaving"), ("facilitator", "F. Smit", "")]
    for role, name, function in people:
        repo.save_row(Participant(contract_id=cid, role=role, name=name, function=function))
    repo.save_row(
        Activity(
            contract_id=cid,
            name="Buurtpreventie-app <beta>",
            approach="opgavegericht",
            reason="Alleen samen met bewoners & politie werkt dit.",
            priority="nu",
            complexity=3,
            start=date(2027, 1, 1),
            end=date(2027, 12, 31),
            owner="S. el Amrani",
        )
    )
    repo.save_row(Activity(contract_id=cid, name="Verlichting plein", approach="project", priority="later"))
    repo.save_row(Activity(contract_id=cid, name="Cameratoezicht", approach="lijnwerk", priority="niet"))
    repo.save_row(
        Partner(
            contract_id=cid,
            organisation="Politie Noord-Holland",
            contact="wijkagent K. Visser",
            involvement="mede_eigenaar",
            holds_regie=True,
            regie_scope="veiligheid op straat",
            binding="Eigen lijn via de teamchef.",
        )
    )
    repo.save_row(Partner(contract_id=cid, organisation="Woonstichting De Kennemer", involvement="adviseur"))
    asked = [
        ("Handhaving", 2.0, "fte", 1.0, "deels"),
        ("Wijkregie", 0.5, "fte", 0.5, "bevestigd"),
        ("Jongerenwerk", 400.0, "uren", 400.0, "bevestigd"),
    ]
    for team, amount, unit, confirmed, status in asked:
        request, _ = repo.save_row(
            CapacityRequest(
                contract_id=cid, team_name=team, amount=amount, unit=unit, skills="handhaven & praten"
            )
        )
        repo.confirm_capacity(request.id, status=status, confirmed_amount=confirmed, confirmed_by="P. Bakker")
    events = [
        (date(2024, 3, 1), "verleden", "Buurtschouw", 1),
        (date(2025, 6, 1), "verleden", "Incidenten", -2),
        (date(2026, 11, 20), "nu", "Dit gesprek", 0),
        (date(2027, 6, 1), "toekomst", "Plein open", 2),
    ]
    for when, kind, event_title, mood in events:
        repo.save_row(
            TimelineEvent(contract_id=cid, event_date=when, kind=kind, title=event_title, mood=mood)
        )
    if signed:
        drawing = json.dumps([[[0.1, 0.7], [0.3, 0.2], [0.5, 0.8], [0.7, 0.3], [0.9, 0.6]]])
        for role, name, function in TRIANGLE:
            sign(
                repo,
                cid,
                qs,
                role=role,
                name=name,
                function=function,
                signed_on=date(2026, 11, 27),
                place="Heemskerk",
                drawing=drawing if role == "opdrachtnemer" else "",
            )
    return Built(cid, opgave.id, qs)


def snapshot_of(repo: Repository, built: Built) -> ContractSnapshot:
    return load_snapshot(repo, built.contract_id)


def page_texts(data: bytes) -> list[str]:
    return list(_page_texts(data))


@functools.cache
def _page_texts(data: bytes) -> tuple[str, ...]:
    # Extraction is the slow part of these tests; the same PDF is read by many of them.
    return tuple(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def body_text(data: bytes) -> str:
    """All pages' text without the footers, whitespace collapsed to single spaces."""
    pages = page_texts(data)
    bodies = []
    for number, text in enumerate(pages, start=1):
        label = f"Pagina {number} van {len(pages)}"
        assert label in text, f"page {number} lacks {label!r}"
        bodies.append(text.split(label)[0])
    return collapse(" ".join(bodies)).replace("CONCEPT ", "")


def collapse(text: str) -> str:
    """Whitespace as single spaces; a word hyphenated at a line end (``Veilig-\\nheid``) joined."""
    text = re.sub(r"(?<=[a-zà-ÿ])-\n(?=[a-zà-ÿ])", "", text)
    return re.sub(r"\s+", " ", text).strip()


def test_builder_makes_a_contract_with_every_odd_answer(repo: Repository) -> None:
    built = build_contract(repo, signed=True)
    snapshot = snapshot_of(repo, built)
    assert snapshot.contract.locked_at is not None and len(snapshot.contract.fingerprint) == 64
    assert snapshot.value("story_dream") == LONG_ANSWER
