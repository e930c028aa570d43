"""Progress of a contract: which questions are visible and answered, each step's state, and the gaps.

Everything is computed from a :class:`~koerskaart.questions.model.QuestionSet` and a
:class:`~koerskaart.conversation.snapshot.ContractSnapshot`, so the step list, the review step,
the signing check and the PDF agree. This module imports no Qt and runs no SQL.

Rules, in the words of the conversation:

* A question is *visible* when its ``visible_if`` condition holds on the plain answers.
* Hidden questions and facilitator-only questions never count: not for a step's state, not as gaps.
* A plain answer counts when it is not empty (None, blank text, an empty list are unanswered).
* Structured questions count when their table has a row with content (participants: a name;
  activities and priorities: an activity name; partners: an organisation; timeline: a title or a
  date; capacity: a team). Two need more to be *complete*: participants need all three roles of the
  steering triangle, capacity needs a confirmation (yes, partly or no) for every request. With rows
  but not complete they are ``PARTIAL``: started, but still a gap.

Step states, chosen so the step list helps during a live talk:

* ``EMPTY``: nothing in the step has content yet. Required questions of an untouched step are
  *not* shown as missing there (every step would be red at the start); the review step and the
  signing check use :func:`hard_gaps` / :func:`soft_gaps`, which do list them.
* Once something has content: ``HARD_MISSING`` if a hard-required question is not complete, else
  ``SOFT_MISSING`` if a soft-required one is not, else ``STARTED`` while an optional question is
  still open or partial, else ``COMPLETE``.
* A step with no counted question at all (everything hidden or facilitator-only) is ``COMPLETE``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.conversation.visibility import is_visible
from koerskaart.questions.conditions import is_filled
from koerskaart.questions.model import Question, QuestionSet, QuestionType, Required
from koerskaart.storage.models import STEERING_TRIANGLE, Role

ROLE_NAMES_NL = {
    Role.ALDERMAN.value: "bestuurlijk opdrachtgever",
    Role.SENIOR_OFFICIAL.value: "ambtelijk opdrachtgever",
    Role.TASK_LEADER.value: "opdrachtnemer",
}
ROLE_NAMES_EN = {
    Role.ALDERMAN.value: "political principal",
    Role.SENIOR_OFFICIAL.value: "administrative principal",
    Role.TASK_LEADER.value: "task leader",
}


class AnswerState(StrEnum):
    UNANSWERED = "unanswered"
    PARTIAL = "partial"  # structured: rows exist, but the question is not complete yet
    ANSWERED = "answered"


class StepState(StrEnum):
    EMPTY = "empty"
    STARTED = "started"
    COMPLETE = "complete"
    HARD_MISSING = "hard_missing"
    SOFT_MISSING = "soft_missing"


@dataclass(frozen=True)
class QuestionProgress:
    key: str
    step_key: str
    visible: bool
    state: AnswerState
    required: Required
    facilitator_only: bool
    detail: str = ""  # why a structured answer is not complete yet (Dutch), e.g. a missing role

    @property
    def answered(self) -> bool:
        return self.state == AnswerState.ANSWERED

    @property
    def has_content(self) -> bool:
        return self.state != AnswerState.UNANSWERED

    @property
    def counts(self) -> bool:
        """Whether this question takes part in step states and gaps at all."""
        return self.visible and not self.facilitator_only

    @property
    def missing(self) -> bool:
        """A visible, counted, required question that is not complete."""
        return self.counts and self.required != Required.NO and not self.answered


@dataclass(frozen=True)
class StepProgress:
    key: str
    state: StepState
    answered: int  # counted questions that are complete
    total: int  # counted (visible, not facilitator-only) questions
    hard_missing: tuple[str, ...] = ()
    soft_missing: tuple[str, ...] = ()


@dataclass(frozen=True)
class Gap:
    question_key: str
    step_key: str
    required: Required
    label: str
    detail: str = ""


@dataclass(frozen=True)
class Progress:
    questions: dict[str, QuestionProgress]
    steps: tuple[StepProgress, ...]

    def step(self, key: str) -> StepProgress:
        for step in self.steps:
            if step.key == key:
                return step
        raise KeyError(key)

    def visible(self, question_key: str) -> bool:
        return self.questions[question_key].visible


# --- plain values -------------------------------------------------------------------------------

# ``is_filled`` (imported above) is the one rule for "answered"; it lives beside the conditions so
# that ``answered(key)`` in a condition and a gap here never disagree.


def answer_values(snapshot: ContractSnapshot) -> dict[str, Any]:
    """The plain answer values by question key, as conditions read them."""
    return {key: answer.value for key, answer in snapshot.answers.items()}


# --- structured answers -------------------------------------------------------------------------


def missing_triangle_roles(snapshot: ContractSnapshot) -> tuple[str, ...]:
    """Roles of the steering triangle (Role values) with no named participant."""
    present = {p.role for p in snapshot.participants if p.name.strip()}
    return tuple(role.value for role in STEERING_TRIANGLE if role.value not in present)


def _structured_state(
    question: Question, snapshot: ContractSnapshot, language: str
) -> tuple[AnswerState, str]:
    names = ROLE_NAMES_EN if language == "en" else ROLE_NAMES_NL
    kind = question.type
    if kind == QuestionType.PARTICIPANTS:
        if not any(p.name.strip() for p in snapshot.participants):
            return AnswerState.UNANSWERED, ""
        missing = missing_triangle_roles(snapshot)
        if missing:
            roles = ", ".join(names[r] for r in missing)
            detail = f"missing: {roles}" if language == "en" else f"nog niet aan tafel: {roles}"
            return AnswerState.PARTIAL, detail
        return AnswerState.ANSWERED, ""
    if kind in (QuestionType.ACTIVITIES, QuestionType.PRIORITIES):
        filled = any(a.name.strip() for a in snapshot.activities)
    elif kind == QuestionType.PARTNERS:
        filled = any(p.organisation.strip() for p in snapshot.partners)
    elif kind == QuestionType.TIMELINE:
        filled = any(e.title.strip() or e.event_date is not None for e in snapshot.timeline)
    elif kind == QuestionType.CAPACITY:
        lines = [line for line in snapshot.capacity if line.request.team_name.strip() or line.request.team_id]
        if not lines:
            return AnswerState.UNANSWERED, ""
        open_teams = [line.request.team_name or "?" for line in lines if line.confirmation is None]
        if open_teams:
            teams = ", ".join(open_teams)
            detail = f"not yet confirmed: {teams}" if language == "en" else f"nog niet bevestigd: {teams}"
            return AnswerState.PARTIAL, detail
        return AnswerState.ANSWERED, ""
    else:  # pragma: no cover - every structured type is handled above
        filled = False
    return (AnswerState.ANSWERED if filled else AnswerState.UNANSWERED), ""


def question_progress(
    question_set: QuestionSet, snapshot: ContractSnapshot, *, language: str = "nl"
) -> dict[str, QuestionProgress]:
    values = answer_values(snapshot)
    result: dict[str, QuestionProgress] = {}
    for step in question_set.steps:
        for question in step.questions:
            if question.is_structured:
                state, detail = _structured_state(question, snapshot, language)
            else:
                state = (
                    AnswerState.ANSWERED if is_filled(values.get(question.key)) else AnswerState.UNANSWERED
                )
                detail = ""
            result[question.key] = QuestionProgress(
                key=question.key,
                step_key=step.key,
                visible=is_visible(question, values),
                state=state,
                required=question.required,
                facilitator_only=question.facilitator_only,
                detail=detail,
            )
    return result


def _step_state(items: list[QuestionProgress]) -> StepState:
    counted = [q for q in items if q.counts]
    if not counted:
        return StepState.COMPLETE
    if not any(q.has_content for q in counted):
        return StepState.EMPTY
    if any(q.missing and q.required == Required.HARD for q in counted):
        return StepState.HARD_MISSING
    if any(q.missing and q.required == Required.SOFT for q in counted):
        return StepState.SOFT_MISSING
    if all(q.answered for q in counted):
        return StepState.COMPLETE
    return StepState.STARTED


def compute_progress(
    question_set: QuestionSet, snapshot: ContractSnapshot, *, language: str = "nl"
) -> Progress:
    questions = question_progress(question_set, snapshot, language=language)
    steps: list[StepProgress] = []
    for step in question_set.steps:
        items = [questions[q.key] for q in step.questions]
        counted = [q for q in items if q.counts]
        steps.append(
            StepProgress(
                key=step.key,
                state=_step_state(items),
                answered=sum(1 for q in counted if q.answered),
                total=len(counted),
                hard_missing=tuple(q.key for q in counted if q.missing and q.required == Required.HARD),
                soft_missing=tuple(q.key for q in counted if q.missing and q.required == Required.SOFT),
            )
        )
    return Progress(questions, tuple(steps))


def step_states(question_set: QuestionSet, snapshot: ContractSnapshot) -> dict[str, StepState]:
    return {step.key: step.state for step in compute_progress(question_set, snapshot).steps}


# --- gaps ---------------------------------------------------------------------------------------


def gaps(
    question_set: QuestionSet,
    snapshot: ContractSnapshot,
    *,
    levels: Iterable[Required] = (Required.HARD, Required.SOFT),
    language: str = "nl",
) -> list[Gap]:
    """Required, visible, shared questions that are not complete, in the order of the conversation."""
    wanted = set(levels)
    progress = question_progress(question_set, snapshot, language=language)
    result: list[Gap] = []
    for step in question_set.steps:
        for question in step.questions:
            item = progress[question.key]
            if item.missing and item.required in wanted:
                result.append(
                    Gap(question.key, step.key, item.required, question.label(language), item.detail)
                )
    return result


def hard_gaps(question_set: QuestionSet, snapshot: ContractSnapshot, *, language: str = "nl") -> list[Gap]:
    """What blocks signing."""
    return gaps(question_set, snapshot, levels=(Required.HARD,), language=language)


def soft_gaps(question_set: QuestionSet, snapshot: ContractSnapshot, *, language: str = "nl") -> list[Gap]:
    """What the review step warns about but does not block."""
    return gaps(question_set, snapshot, levels=(Required.SOFT,), language=language)
