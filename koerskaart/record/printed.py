"""Which questions a record prints: one rule for the PDF and for the fingerprint (scheme 2).

A question is printed when it is not facilitator-only and visible on the answers given. The
PDF (``record/pdf/document.py``) walks these questions to build its pages, and the canonical
content of scheme 2 (``record/canonical.py``) takes exactly their answers and tables, so that
the fingerprint printed on paper covers what the paper shows and nothing the paper hides.

What this module must not do: draw, read the database or decide how an answer reads.
"""

from __future__ import annotations

from koerskaart.conversation.progress import question_progress
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import Question, QuestionSet


def printed_questions(question_set: QuestionSet, snapshot: ContractSnapshot) -> list[Question]:
    """The printed questions in reading order (step by step)."""
    progress = question_progress(question_set, snapshot)
    printed = []
    for question in question_set.questions():
        state = progress.get(question.key)
        if not question.facilitator_only and (state is None or state.visible):
            printed.append(question)
    return printed
