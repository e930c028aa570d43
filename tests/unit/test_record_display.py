"""Stored values rendered the same way for the PDF, the review step and the comparison."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from koerskaart.questions.model import Choice, Question, QuestionType
from koerskaart.record.display import (
    display_text,
    format_date,
    format_moment,
    format_number,
    is_empty,
    unanswered_text,
    value_label,
)


def _q(kind: QuestionType, **extra) -> Question:
    return Question(key="q", type=kind, label_nl="Vraag", label_en="Question", **extra)


CHOICES = (
    Choice(value="op_locatie", label_nl="Op locatie", label_en="In person"),
    Choice(value="online", label_nl="Online & op afstand", label_en="Online"),
)


@pytest.mark.parametrize(
    ("question", "value", "language", "expected"),
    [
        (_q(QuestionType.SHORT_TEXT), "R&D <team> ë €", "nl", "R&D <team> ë €"),
        (_q(QuestionType.LONG_TEXT), "regel 1\nregel 2", "nl", "regel 1\nregel 2"),
        (_q(QuestionType.SINGLE_CHOICE, choices=CHOICES), "online", "nl", "Online & op afstand"),
        (_q(QuestionType.SINGLE_CHOICE, choices=CHOICES), "online", "en", "Online"),
        (_q(QuestionType.SINGLE_CHOICE, choices=CHOICES), "verdwenen", "nl", "verdwenen"),
        (
            _q(QuestionType.MULTIPLE_CHOICE, choices=CHOICES),
            ["op_locatie", "online"],
            "nl",
            "Op locatie, Online & op afstand",
        ),
        (_q(QuestionType.DATE), "2026-11-28", "nl", "28 november 2026"),
        (_q(QuestionType.DATE), "2026-03-01", "en", "1 March 2026"),
        (_q(QuestionType.DATE), date(2027, 5, 9), "nl", "9 mei 2027"),
        (_q(QuestionType.DATE), "geen datum", "nl", "geen datum"),
        (_q(QuestionType.NUMBER, unit="fte"), 2.5, "nl", "2,5 fte"),
        (_q(QuestionType.NUMBER, unit="fte"), 2.5, "en", "2.5 fte"),
        (_q(QuestionType.NUMBER, unit="uur"), 1250, "nl", "1.250 uur"),
        (_q(QuestionType.NUMBER, unit="€"), 1234567.891, "nl", "1.234.567,89 €"),
        (_q(QuestionType.NUMBER, unit="maanden"), {"value": 18, "unit": "maanden"}, "nl", "18 maanden"),
        (_q(QuestionType.NUMBER), 3.0, "nl", "3"),
        (_q(QuestionType.SCALE), 4, "nl", "4 van 5"),
        (_q(QuestionType.SCALE), 4, "en", "4 of 5"),
        (_q(QuestionType.SCALE, maximum=10), 7, "nl", "7 van 10"),
        (_q(QuestionType.SHORT_TEXT), None, "nl", ""),
        (_q(QuestionType.SHORT_TEXT), "   ", "nl", ""),
        (_q(QuestionType.MULTIPLE_CHOICE, choices=CHOICES), [], "nl", ""),
    ],
)
def test_display_text(question: Question, value, language: str, expected: str) -> None:
    assert display_text(question, value, language) == expected


def test_helpers_for_table_fields() -> None:
    assert format_date(None) == "" and format_date("2026-12-31T10:00:00") == "31 december 2026"
    assert format_number(None) == "" and format_number(0.1 + 0.2) == "0,3"
    assert format_number(-1.5, unit="fte") == "-1,5 fte"
    assert value_label("approach", "opgavegericht") == "Opgavegerichte aanpak"
    assert value_label("confirmation", "deels", "en") == "Partly confirmed"
    assert value_label("approach", "onbekend") == "onbekend"
    assert unanswered_text() == "Nog niet beantwoord"
    assert is_empty("") and is_empty([]) and not is_empty(0) and not is_empty(False)
    moment = format_moment(datetime(2026, 11, 28, 12, 0, tzinfo=UTC))
    # Amsterdam time with the zone written, whatever the computer's zone.
    assert moment == "28 november 2026 13:00 CET"
