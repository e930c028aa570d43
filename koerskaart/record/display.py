"""How stored values read to people: one function used by the PDF, the review screen and the comparison.

:func:`display_text` turns the stored value of a plain question into the text a facilitator, a
signatory or a council member reads: choice labels instead of codes, dates as "28 november 2026",
numbers with their unit and a Dutch decimal comma, moments in Amsterdam time with the zone, a
scale as "4 van 5". The smaller helpers
(:func:`format_date`, :func:`format_moment`, :func:`format_number`, :func:`value_label`) render
the fields of the structured tables the same way everywhere.

What this module must not do: escape text for a particular output (the PDF escapes in its own
single place), read the database, or import Qt. An empty value gives ``""``; the caller decides
how to say "not answered" (:func:`unanswered_text` holds the shared wording).
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from koerskaart.questions.model import Question, QuestionType

# Records are Dutch: their times are Amsterdam times with the zone written (CET/CEST), the same
# on a laptop set to UTC as on one set to Amsterdam.
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}

# Labels of the codes stored in the tables (see koerskaart.storage.models), Dutch and English.
_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "role": {
        "bestuurlijk_opdrachtgever": ("Bestuurlijk opdrachtgever", "Political sponsor"),
        "ambtelijk_opdrachtgever": ("Ambtelijk opdrachtgever", "Senior official sponsor"),
        "opdrachtnemer": ("Opdrachtnemer", "Task leader"),
        "teamleider": ("Teamleider", "Team leader"),
        "facilitator": ("Facilitator", "Facilitator"),
        "partner": ("Partner", "Partner"),
        "overig": ("Overig", "Other"),
    },
    "approach": {
        "lijnwerk": ("Lijnwerk", "Line work"),
        "project": ("Project", "Project"),
        "programma": ("Programma", "Programme"),
        "opgavegericht": ("Opgavegerichte aanpak", "Mission-oriented approach"),
    },
    "priority": {
        "nu": ("Nu", "Now"),
        "later": ("Later", "Later"),
        "niet": ("Niet", "Not"),
    },
    "involvement": {
        "mede_eigenaar": ("Mede-eigenaar van het resultaat", "Co-owner of the result"),
        "adviseur": ("Adviseur", "Advisor"),
        "geinformeerd": ("Wordt geïnformeerd", "Kept informed"),
    },
    "unit": {
        "fte": ("fte", "fte"),
        "uren": ("uur", "hours"),
    },
    "confirmation": {
        "bevestigd": ("Bevestigd", "Confirmed"),
        "deels": ("Deels bevestigd", "Partly confirmed"),
        "niet": ("Niet bevestigd", "Not confirmed"),
    },
    "timeline": {
        "verleden": ("Waar we vandaan komen", "Where we come from"),
        "nu": ("Waar we nu staan", "Where we are"),
        "toekomst": ("Waar we heen gaan", "Where we are going"),
    },
    "status": {
        "concept": ("Concept", "Draft"),
        "in_gesprek": ("In gesprek", "In conversation"),
        "ter_ondertekening": ("Ter ondertekening", "To be signed"),
        "getekend": ("Getekend", "Signed"),
        "herzien": ("Herzien", "Revised"),
    },
    # the gevoelsgrafiek: a mood -2..+2 is always said with its number and this word
    "mood": {
        "2": ("hoogtepunt", "high point"),
        "1": ("goed", "good"),
        "0": ("neutraal", "neutral"),
        "-1": ("moeizaam", "difficult"),
        "-2": ("dieptepunt", "low point"),
    },
    "traffic_light": {
        "groen": ("Groen", "Green"),
        "oranje": ("Oranje", "Orange"),
        "rood": ("Rood", "Red"),
    },
}

SCALE_MAX = 5


def value_label(category: str, code: str, language: str = "nl") -> str:
    """The readable label of a stored code (``category``: role, approach, priority, involvement,
    unit, confirmation, timeline, status, mood, traffic_light); an unknown code is shown as it
    is. This table is the one vocabulary of the app, the review, the PDF and the comparison."""
    labels = _LABELS.get(category, {}).get(code)
    if labels is None:
        return code
    return labels[1] if language == "en" else labels[0]


def mood_text(mood: int | None, language: str = "nl") -> str:
    """ "+2 hoogtepunt" … "−2 dieptepunt": the number and a word, so colour is never needed."""
    value = int(mood or 0)
    number = f"+{value}" if value > 0 else (f"−{-value}" if value < 0 else "0")
    word = value_label("mood", str(value), language) if -2 <= value <= 2 else ""
    return f"{number} {word}".strip()


def unanswered_text(language: str = "nl") -> str:
    return "Not answered yet" if language == "en" else "Nog niet beantwoord"


def is_empty(value: Any) -> bool:
    """True for an unanswered value: None, blank text or an empty list."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list | tuple | dict):
        return len(value) == 0
    return False


def format_date(value: date | str | None, language: str = "nl") -> str:
    """``2026-11-28`` → "28 november 2026" (or "28 November 2026"); unreadable text stays as is."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = date.fromisoformat(value[:10])
        except ValueError:
            return value
    if isinstance(value, datetime):
        value = value.date()
    months = MONTHS["en" if language == "en" else "nl"]
    return f"{value.day} {months[value.month - 1]} {value.year}"


def in_amsterdam(value: datetime) -> datetime:
    """A stored (UTC) moment in Dutch time, whatever zone the computer is set to."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(AMSTERDAM)


def format_moment(value: datetime | None, language: str = "nl") -> str:
    """A stored (UTC) moment in Dutch time with its zone: "28 november 2026 14:05 CET"."""
    if value is None:
        return ""
    local = in_amsterdam(value)
    return f"{format_date(local.date(), language)} {local:%H:%M} {local.tzname()}"


def format_short_moment(value: datetime) -> str:
    """Compact, for a narrow column: "28-11-2026 14:05 CET"."""
    local = in_amsterdam(value)
    return f"{local:%d-%m-%Y %H:%M} {local.tzname()}"


def format_number(value: float | int | str | None, language: str = "nl", unit: str = "") -> str:
    """A number with at most two decimals, a Dutch decimal comma, thousands grouped; plus the unit."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = float(value.replace(",", "."))
        except ValueError:
            return f"{value} {unit}".strip()
    if isinstance(value, bool):
        value = int(value)
    number = float(value)
    text = f"{number:,.0f}" if number == int(number) else f"{number:,.2f}".rstrip("0").rstrip(".")
    if language != "en":
        text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    return f"{text} {unit}".strip() if unit else text


def display_text(question: Question, value: Any, language: str = "nl") -> str:
    """The readable text of a plain question's stored value; ``""`` when unanswered.

    Structured questions keep their content in tables; for them this gives ``""`` unless a plain
    value was stored as well (then it is shown as text).
    """
    if is_empty(value):
        return ""
    kind = question.type
    if kind == QuestionType.SINGLE_CHOICE:
        return question.choice_label(str(value), language)
    if kind == QuestionType.MULTIPLE_CHOICE:
        values = value if isinstance(value, list | tuple) else [value]
        return ", ".join(question.choice_label(str(v), language) for v in values)
    if kind == QuestionType.DATE:
        return format_date(value if isinstance(value, date) else str(value), language)
    if kind == QuestionType.NUMBER:
        if isinstance(value, dict):  # tolerate {"value": 2, "unit": "fte"}
            unit = str(value.get("unit") or question.unit_label(language))
            return format_number(value.get("value"), language, unit)
        return format_number(value, language, question.unit_label(language))
    if kind == QuestionType.SCALE:
        try:
            score = format_number(value, language)
        except (TypeError, ValueError):
            return str(value)
        top = int(question.maximum) if question.maximum is not None else SCALE_MAX
        return f"{score} of {top}" if language == "en" else f"{score} van {top}"
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)
