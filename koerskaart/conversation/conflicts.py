"""Which answers two people changed differently: the fields the conflict dialog asks about.

When a save is refused because the contract changed elsewhere (``ConcurrentChange``), the
window holds the facilitator's unsaved values ("yours") and the database holds the other
person's ("theirs"). :func:`field_conflicts` lists the plain questions where the two differ,
with both as readable text, so the facilitator can choose per field. Where they are equal there
is nothing to choose. Structured questions (tables) save every row at once and are not listed.

Pure logic over values: no database, no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from koerskaart.questions.model import QuestionSet
from koerskaart.record.display import display_text, unanswered_text
from koerskaart.storage.repository import StoredAnswer


@dataclass(frozen=True)
class FieldConflict:
    key: str
    label: str
    theirs: Any
    theirs_text: str
    yours: Any
    yours_text: str
    role: str  # the answering role the facilitator had chosen
    theirs_by: str = ""  # who saved "theirs" last, from the audit trail ("" when unknown)


def field_conflicts(
    question_set: QuestionSet,
    stored: Mapping[str, StoredAnswer],
    yours: Mapping[str, tuple[Any, str]],
    language: str = "nl",
    authors: Mapping[str, str] | None = None,
) -> list[FieldConflict]:
    """The fields of ``yours`` (key → (value, role)) whose stored value is another, in form order.

    ``authors`` (question key → who saved it last) names the other person where it is known.
    """
    order = {q.key: n for n, q in enumerate(question_set.questions())}
    conflicts = []
    for key, (value, role) in sorted(yours.items(), key=lambda item: order.get(item[0], len(order))):
        answer = stored.get(key)
        theirs = answer.value if answer else None
        if theirs == value:
            continue
        question = question_set.question(key)
        conflicts.append(
            FieldConflict(
                key=key,
                label=question.label(language),
                theirs=theirs,
                theirs_text=display_text(question, theirs, language) or unanswered_text(language),
                yours=value,
                yours_text=display_text(question, value, language) or unanswered_text(language),
                role=role,
                theirs_by=(authors or {}).get(key, ""),
            )
        )
    return conflicts
