"""The limits of what a Koerskaart database holds, declared once beside the data model.

Every text field has a maximum length, every number a range, every table a maximum number of
rows per contract, and an answer's value a maximum size and nesting depth. The repository refuses
a write beyond them, the importer refuses a file beyond them before it writes anything,
``check-form`` refuses a question set beyond them, and the editors stop typing at them
(``tests/unit/limits_support.py`` builds a contract with every field at its maximum, for the PDF).
One Dutch sentence says what is too long or too large.

The numbers are far above any real contract (the demo's fullest opgave exports to about 60 kB)
and low enough that every screen, the PDF and the exchange file stay quick. Texts must not hold
lone surrogates (they cannot be written as UTF-8).

What this module must not do: touch the database or import Qt. It only declares and checks
plain values.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from koerskaart.errors import UserFacingError

# SQLite stores whole numbers in 64 bits; nothing outside this range can be written at all.
INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1

# ---------------------------------------------------------------- texts (characters)
MAX_NAME = 100  # a person, a function, an organisation, a team, a place
MAX_TITLE = 200  # an opgave, an activity, a timeline event, a sub-theme
MAX_TEXT = 2_000  # the longer texts in a table row: reasons, skills, remarks, descriptions
MAX_DESCRIPTION = 10_000  # an opgave's description, a progress report
MAX_ANSWER_TEXT = 10_000  # one text in an answer (a long-text answer is one such text)
MAX_ANSWER_JSON = 100_000  # the whole stored value of one answer, as JSON text
MAX_KEY = 100  # a question key, a step key
MAX_DEPTH = 32  # lists and objects inside each other in an answer's value
MAX_QUESTION_SET_TEXT = 5_000_000  # the definition file stored with a contract
MAX_DRAWING = 1_000_000  # a drawn signature as JSON strokes (20,000 points fit easily)
MAX_DRAWING_STROKES = 500  # strokes of one drawn signature
MAX_DRAWING_POINTS = 20_000  # points of one drawn signature, all strokes together
MAX_SETTING = 2_000  # a setting's text
MAX_MUNICIPALITY_NAME = 120  # the municipality's name, on the cover and every page of the PDF

# ---------------------------------------------------------------- numbers
MAX_POSITION = 1_000_000  # the order of a row in its table (positions 0 ..)
MAX_VERSION = 10_000  # a contract version number (1 ..)
MAX_FTE = 1_000.0  # asked or confirmed capacity in fte (a municipality has a few hundred)
MAX_HOURS = 2_000_000.0  # asked or confirmed capacity in hours (1,000 fte for a year)
MAX_NUMBER = 1e12  # a number answer, and a question's minimum and maximum
MAX_STEP_MINUTES = 24 * 60  # a step's time budget in a question set
MAX_SCALE_STEPS = 11  # the buttons of a scale question (0..10 at most)

# ---------------------------------------------------------------- sizes
MAX_ROWS = 1_000  # rows per table per contract: participants, activities, partners, capacity, timeline
MAX_ANSWERS = 1_000  # answers per contract
MAX_CONFIRMATIONS = 1_000  # confirmations per capacity request (the history)
MAX_CONTRACTS = 100  # contract versions per opgave
MAX_PROGRESS_REPORTS = 1_000  # progress reports per opgave
MAX_TEAMS = 1_000  # teams named in one exchange file
MAX_FILE_ROWS = 20_000  # rows of every table of every version in one exchange file together
MAX_EXCHANGE_FILE_BYTES = 50_000_000  # an exchange file (the demo's fullest opgave: ~60 kB)
MAX_QUESTION_SET_BYTES = MAX_QUESTION_SET_TEXT  # a question-set file
MAX_QUESTIONS = 2_000  # questions in one question set (the built-in one has about 45)
MAX_STEPS = 200  # steps in one question set
MAX_CHOICES = 100  # choices of one question


class LimitExceeded(UserFacingError):
    """A value beyond the limits of this module; the message says which and by how much."""


@dataclass(frozen=True)
class Text:
    maximum: int
    label: str  # Dutch, as in "<label> is 1.500 tekens lang"


@dataclass(frozen=True)
class Whole:
    low: int
    high: int
    label: str


@dataclass(frozen=True)
class Amount:
    low: float
    high: float
    label: str


Limit = Text | Whole | Amount

NAME, TITLE, TEXT = MAX_NAME, MAX_TITLE, MAX_TEXT
POSITION = Whole(0, MAX_POSITION, "het volgnummer van de regel")

# table name -> field -> limit. Fields not named here are choices, dates or ids, checked elsewhere.
FIELDS: dict[str, dict[str, Limit]] = {
    "opgave": {
        "title": Text(TITLE, "de titel"),
        "description": Text(MAX_DESCRIPTION, "de beschrijving"),
        "zaaknummer": Text(NAME, "het zaaknummer"),
    },
    "domain": {"name": Text(NAME, "de naam van het domein")},
    "team": {
        "name": Text(NAME, "de naam van het team"),
        "team_leader": Text(NAME, "de naam van de teamleider"),
    },
    "contract": {
        "version": Whole(1, MAX_VERSION, "het versienummer"),
        "reason": Text(TEXT, "de reden van hercontracteren"),
        "current_step": Text(MAX_KEY, "de huidige stap"),
        "question_set_id": Text(MAX_KEY, "de naam van de vragenlijst"),
        "question_set_version": Text(MAX_KEY, "de versie van de vragenlijst"),
        "question_set_sha256": Text(64, "de SHA-256 van de vragenlijst"),
        "question_set_text": Text(MAX_QUESTION_SET_TEXT, "de tekst van de vragenlijst"),
        "fingerprint": Text(64, "de vingerafdruk"),
        "municipality_name": Text(MAX_MUNICIPALITY_NAME, "de vastgelegde naam van de gemeente"),
        "opgave_description": Text(MAX_DESCRIPTION, "de vastgelegde beschrijving van de opgave"),
    },
    "participant": {
        "position": POSITION,
        "name": Text(NAME, "de naam"),
        "function": Text(NAME, "de functie"),
        "organisation": Text(NAME, "de organisatie"),
    },
    "activity": {
        "position": POSITION,
        "name": Text(TITLE, "de naam van de activiteit"),
        "reason": Text(TEXT, "de reden"),
        "owner": Text(NAME, "de eigenaar"),
        "complexity": Whole(1, 5, "de complexiteit"),
    },
    "partner": {
        "position": POSITION,
        "organisation": Text(NAME, "de organisatie"),
        "contact": Text(NAME, "de contactpersoon"),
        "regie_scope": Text(TITLE, "het deelthema van de regie"),
        "binding": Text(TEXT, "de binding met de eigen organisatie"),
    },
    "capacityrequest": {
        "position": POSITION,
        "team_name": Text(NAME, "de naam van het team"),
        "period": Text(NAME, "de periode"),
        "skills": Text(TEXT, "de vaardigheden"),
    },
    "capacityconfirmation": {
        "remark": Text(TEXT, "de opmerking"),
        "confirmed_by": Text(NAME, "de naam van wie bevestigt"),
    },
    "timelineevent": {
        "position": POSITION,
        "title": Text(TITLE, "de gebeurtenis"),
        "description": Text(TEXT, "de beschrijving"),
        "mood": Whole(-2, 2, "de stemming"),
    },
    "signature": {
        "name": Text(NAME, "de naam"),
        "function": Text(NAME, "de functie"),
        "place": Text(NAME, "de plaats"),
        "drawing": Text(MAX_DRAWING, "de getekende handtekening"),
    },
    "progressreport": {
        "period": Text(7, "de periode"),
        "text": Text(MAX_DESCRIPTION, "de toelichting"),
        "done": Text(MAX_DESCRIPTION, "wat er is gedaan"),
        "next_steps": Text(MAX_DESCRIPTION, "wat er komt"),
        "help_asked": Text(MAX_DESCRIPTION, "de gevraagde hulp"),
        "author": Text(NAME, "de auteur"),
    },
    "facilitatornote": {"text": Text(MAX_DESCRIPTION, "de notitie")},
}

# Capacity is asked and confirmed per unit; the amount's range follows the unit.
AMOUNTS = {
    "fte": Amount(0.0, MAX_FTE, "het aantal fte"),
    "uren": Amount(0.0, MAX_HOURS, "het aantal uren"),
}
# How many rows of a table one contract may hold (confirmations: per request).
ROWS = {
    "participant": MAX_ROWS,
    "activity": MAX_ROWS,
    "partner": MAX_ROWS,
    "capacityrequest": MAX_ROWS,
    "timelineevent": MAX_ROWS,
    "answer": MAX_ANSWERS,
    "capacityconfirmation": MAX_CONFIRMATIONS,
}
ROW_NAMES = {
    "participant": "deelnemers",
    "activity": "activiteiten",
    "partner": "partners",
    "capacityrequest": "capaciteitsvragen",
    "timelineevent": "gebeurtenissen op de tijdlijn",
    "answer": "antwoorden",
    "capacityconfirmation": "bevestigingen van één capaciteitsvraag",
}


def _number(value: float) -> str:
    """A number the Dutch way: 1.500 and 0,8."""
    if isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".").rstrip("0").rstrip(",")
    return f"{int(value):,}".replace(",", ".")


def has_lone_surrogate(text: str) -> bool:
    """True for text that cannot be written as UTF-8 (half of an emoji, from a broken paste)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def text_problem(text: str, maximum: int, label: str) -> str | None:
    if has_lone_surrogate(text):
        return f"{label} bevat een ongeldig teken (een half teken, bijvoorbeeld van een emoji)"
    if len(text) > maximum:
        return f"{label} is {_number(len(text))} tekens lang; dat mag hoogstens {_number(maximum)} zijn"
    return None


def limit_problem(value: Any, limit: Limit) -> str | None:
    """What is wrong with one field's ``value`` (a phrase without a final stop), or None."""
    if value is None:
        return None
    if isinstance(limit, Text):
        return text_problem(value, limit.maximum, limit.label) if isinstance(value, str) else None
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return f"{limit.label} is geen eindig getal"
    if not limit.low <= value <= limit.high:
        return (
            f"{limit.label} is {_number(value) if abs(value) < 1e15 else f'{value:g}'}; "
            f"dat moet tussen {_number(limit.low)} en {_number(limit.high)} liggen"
        )
    return None


def row_problems(table: str, values: Mapping[str, Any]) -> list[str]:
    """Every field of a row of ``table`` (by model field name) that is beyond its limit."""
    problems = [
        problem
        for name, limit in FIELDS.get(table, {}).items()
        if name in values and (problem := limit_problem(values[name], limit)) is not None
    ]
    if table == "capacityrequest" and "amount" in values:
        problems += _amount(values["amount"], values.get("unit"))
    if table == "capacityconfirmation" and "confirmed_amount" in values:
        problems += _amount(values["confirmed_amount"], values.get("unit"))
    return problems


def _amount(value: Any, unit: Any) -> list[str]:
    limit = AMOUNTS.get(unit, AMOUNTS["uren"]) if isinstance(unit, str) else AMOUNTS["uren"]
    problem = limit_problem(value, limit)
    return [problem] if problem else []


def value_problem(value: Any, depth: int = 0) -> str | None:
    """What is wrong with an answer's value (any JSON value), or None.

    Iterative, so a value nested thousands deep is refused rather than overflowing the stack.
    """
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if level > MAX_DEPTH:
            return f"het antwoord is meer dan {MAX_DEPTH} lagen diep genest"
        if isinstance(item, str):
            problem = text_problem(item, MAX_ANSWER_TEXT, "een tekst in het antwoord")
            if problem:
                return problem
        elif isinstance(item, bool) or item is None:
            continue
        elif isinstance(item, int):
            if not INT64_MIN <= item <= INT64_MAX:
                return "een getal in het antwoord is te groot"
        elif isinstance(item, float):
            if not math.isfinite(item) or abs(item) > MAX_NUMBER:
                bound = _number(MAX_NUMBER)
                return f"een getal in het antwoord ligt niet tussen -{bound} en {bound}"
        elif isinstance(item, list | tuple):
            stack.extend((child, level + 1) for child in item)
        elif isinstance(item, dict):
            for key, child in item.items():
                if not isinstance(key, str) or not key:
                    return "een veld in het antwoord heeft geen naam"
                problem = text_problem(key, MAX_KEY, "een veldnaam in het antwoord")
                if problem:
                    return problem
                stack.append((child, level + 1))
        else:
            return "het antwoord bevat iets dat geen tekst, getal of lijst is"
    return None


def answer_problem(key: Any, value: Any, stored_text: str | None = None) -> str | None:
    """What is wrong with an answer (its question key and value), or None."""
    if not isinstance(key, str) or not key.strip():
        return "het antwoord hoort niet bij een vraag (de vraagsleutel is leeg)"
    problem = text_problem(key, MAX_KEY, "de vraagsleutel")
    if problem:
        return problem
    problem = value_problem(value)
    if problem:
        return problem
    if stored_text is not None and len(stored_text) > MAX_ANSWER_JSON:
        return (
            f"het antwoord is {_number(len(stored_text))} tekens groot; dat mag hoogstens "
            f"{_number(MAX_ANSWER_JSON)} zijn"
        )
    return None


def _sentence(problem: str) -> str:
    return problem[0].upper() + problem[1:] + "."


def check_row(table: str, values: Mapping[str, Any]) -> None:
    """Raise :class:`LimitExceeded` for the first field of the row beyond its limit."""
    problems = row_problems(table, values)
    if problems:
        raise LimitExceeded(_sentence(problems[0]) + " Er is niets opgeslagen.")


def check_answer(key: str, value: Any, stored_text: str | None = None) -> None:
    problem = answer_problem(key, value, stored_text)
    if problem:
        raise LimitExceeded(_sentence(problem) + " Het antwoord is niet opgeslagen.")


def check_answer_text(stored_text: str) -> None:
    """The size of an answer as stored (JSON text), after :func:`check_answer` checked its value."""
    if len(stored_text) > MAX_ANSWER_JSON:
        raise LimitExceeded(
            f"Het antwoord is {_number(len(stored_text))} tekens groot; dat mag hoogstens "
            f"{_number(MAX_ANSWER_JSON)} zijn. Het antwoord is niet opgeslagen."
        )


def check_count(table: str, count: int) -> None:
    """Raise :class:`LimitExceeded` when a contract would hold ``count`` rows of ``table``."""
    maximum = ROWS.get(table)
    if maximum is not None and count > maximum:
        raise LimitExceeded(
            f"Een contract kan hoogstens {_number(maximum)} {ROW_NAMES[table]} hebben. "
            "Er is niets toegevoegd."
        )


def text_limit(table: str, field: str) -> int | None:
    """The maximum length of a text field, for editors (``setMaxLength``), or None."""
    limit = FIELDS.get(table, {}).get(field)
    return limit.maximum if isinstance(limit, Text) else None
