"""Whether a question is shown: the ONE rule, used by the window, the progress, the demo and the PDF.

A question is visible when it has no ``visible_if`` condition or when its condition holds on
the plain answer values (question key → value). Conditions are compiled once per text. A
condition that does not compile (the loader refuses those, so this is a bug guard) shows the
question: hiding a question by mistake would hide an answer, showing one hides nothing.
:func:`depends_on` names the answers a question's visibility reads, so the window re-evaluates
only what an edit can change. The PDF follows through ``progress`` (``QuestionProgress.visible``).

Pure logic: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from koerskaart.questions.conditions import Condition, ConditionSyntaxError, compile_condition
from koerskaart.questions.model import Question


@lru_cache(maxsize=512)
def _condition(text: str) -> Condition | None:
    try:
        return compile_condition(text)
    except ConditionSyntaxError:
        return None


def is_visible(question: Question, values: Mapping[str, Any]) -> bool:
    """True when ``question`` is shown given the plain answer ``values``."""
    text = question.visible_if.strip()
    if not text:
        return True
    condition = _condition(text)
    return True if condition is None else bool(condition.evaluate(dict(values)))


def depends_on(question: Question) -> frozenset[str]:
    """The question keys whose answers decide whether ``question`` is shown (empty: always shown)."""
    text = question.visible_if.strip()
    condition = _condition(text) if text else None
    return frozenset(condition.names) if condition is not None else frozenset()
