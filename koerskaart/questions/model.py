"""The schema of a question-set definition: steps holding questions, validated with pydantic.

A definition is plain data read from TOML (see ``resources/questions/``). This module declares
the shape and the per-field rules; cross-question rules (unique keys, conditions that name
earlier questions) are checked by :mod:`koerskaart.questions.loader`.
"""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from koerskaart.storage.limits import (
    MAX_CHOICES,
    MAX_KEY,
    MAX_NAME,
    MAX_NUMBER,
    MAX_STEP_MINUTES,
    MAX_TEXT,
    MAX_TITLE,
)

LABEL = Field(min_length=1, max_length=MAX_TITLE)  # a title or label: shown big, printed
TEXT = Field(default="", max_length=MAX_TEXT)  # a prompt, help or intro text


class QuestionType(StrEnum):
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"
    SINGLE_CHOICE = "single_choice"
    MULTIPLE_CHOICE = "multiple_choice"
    DATE = "date"
    NUMBER = "number"  # with a unit
    SCALE = "scale"  # 1..5
    # Structured types: their content lives in tables of their own, not in Answer.value.
    PARTICIPANTS = "participants"
    PRIORITIES = "priorities"  # activities sorted into now / later / not
    ACTIVITIES = "activities"
    PARTNERS = "partners"
    CAPACITY = "capacity"
    TIMELINE = "timeline"


STRUCTURED_TYPES = frozenset(
    {
        QuestionType.PARTICIPANTS,
        QuestionType.PRIORITIES,
        QuestionType.ACTIVITIES,
        QuestionType.PARTNERS,
        QuestionType.CAPACITY,
        QuestionType.TIMELINE,
    }
)
CHOICE_TYPES = frozenset({QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE})


class Required(StrEnum):
    HARD = "hard"  # blocks signing, never navigation
    SOFT = "soft"  # warns, lets a live talk move on
    NO = "no"


class AnsweringRole(StrEnum):
    """Who is expected to answer; the badge shown beside the question."""

    BO = "BO"  # bestuurlijk opdrachtgever
    AO = "AO"  # ambtelijk opdrachtgever
    ON = "ON"  # opdrachtnemer
    TL = "TL"  # teamleider
    FA = "FA"  # facilitator
    ALL = "ALL"  # the whole table


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Strict):
    value: str = Field(min_length=1, max_length=MAX_KEY)
    label_nl: str = LABEL
    label_en: str = LABEL


class Question(_Strict):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_KEY)
    type: QuestionType
    label_nl: str = LABEL
    label_en: str = LABEL
    prompt_nl: str = TEXT  # how the facilitator asks it aloud
    prompt_en: str = TEXT
    help_nl: str = TEXT
    help_en: str = TEXT
    required: Required = Required.NO
    role: AnsweringRole = AnsweringRole.ALL
    visible_if: str = ""  # a condition in the language of koerskaart.questions.conditions
    facilitator_only: bool = False  # never on the shared screen, never printed
    per_version: bool = False  # answered anew in each version: a new version starts without it
    choices: tuple[Choice, ...] = Field(default=(), max_length=MAX_CHOICES)
    unit: str = Field(default="", max_length=MAX_NAME)  # for NUMBER, in Dutch
    unit_en: str = Field(default="", max_length=MAX_NAME)  # the same unit in English (empty: the Dutch unit)
    # Finite and within MAX_NUMBER: the editors turn them into spin box ranges.
    minimum: float | None = Field(default=None, ge=-MAX_NUMBER, le=MAX_NUMBER, allow_inf_nan=False)
    maximum: float | None = Field(default=None, ge=-MAX_NUMBER, le=MAX_NUMBER, allow_inf_nan=False)

    def label(self, language: str = "nl") -> str:
        return self.label_en if language == "en" else self.label_nl

    def prompt(self, language: str = "nl") -> str:
        return self.prompt_en if language == "en" and self.prompt_en else self.prompt_nl

    def help(self, language: str = "nl") -> str:
        return self.help_en if language == "en" and self.help_en else self.help_nl

    def unit_label(self, language: str = "nl") -> str:
        return self.unit_en if language == "en" and self.unit_en else self.unit

    @property
    def is_structured(self) -> bool:
        return self.type in STRUCTURED_TYPES

    def choice_label(self, value: str, language: str = "nl") -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label_en if language == "en" else choice.label_nl
        return value


class Step(_Strict):
    key: str = Field(pattern=r"^[a-z][a-z0-9_]*$", max_length=MAX_KEY)
    title_nl: str = LABEL
    title_en: str = LABEL
    intro_nl: str = TEXT
    intro_en: str = TEXT
    minutes: int = Field(default=10, ge=0, le=MAX_STEP_MINUTES)  # the facilitator's time budget
    questions: tuple[Question, ...] = ()

    def title(self, language: str = "nl") -> str:
        return self.title_en if language == "en" else self.title_nl

    def intro(self, language: str = "nl") -> str:
        return self.intro_en if language == "en" and self.intro_en else self.intro_nl


class Meta(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$", max_length=MAX_KEY)
    version: str = Field(min_length=1, max_length=MAX_KEY)
    title_nl: str = LABEL
    title_en: str = LABEL


class QuestionSetData(_Strict):
    """Exactly what the TOML file holds."""

    meta: Meta
    steps: tuple[Step, ...]


class QuestionSet:
    """A validated definition plus where it came from: its text and SHA-256."""

    def __init__(self, data: QuestionSetData, text: str, sha256: str) -> None:
        self.data = data
        self.text = text
        self.sha256 = sha256
        self._by_key = {q.key: q for step in data.steps for q in step.questions}
        self._step_of = {q.key: step.key for step in data.steps for q in step.questions}

    @property
    def id(self) -> str:
        return self.data.meta.id

    @property
    def version(self) -> str:
        return self.data.meta.version

    @property
    def steps(self) -> tuple[Step, ...]:
        return self.data.steps

    def question(self, key: str) -> Question:
        return self._by_key[key]

    def find(self, key: str) -> Question | None:
        """The question ``key``, or None when this set has no such question."""
        return self._by_key.get(key)

    def step_of(self, question_key: str) -> str:
        return self._step_of[question_key]

    def step(self, key: str) -> Step:
        for step in self.data.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def questions(self) -> list[Question]:
        return list(self._by_key.values())
