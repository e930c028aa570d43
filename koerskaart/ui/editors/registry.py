"""Which editor class shows which question type.

The mapping names modules rather than importing them, so only the editors a question set uses
are imported. Adding a question of an existing type to the definition file needs no code; a new
type needs one line here and one editor module.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from koerskaart.questions.model import Question, QuestionType
from koerskaart.ui.editors.base import QuestionEditor
from koerskaart.ui.session import ContractSession

EDITORS: dict[QuestionType, str] = {
    QuestionType.SHORT_TEXT: "koerskaart.ui.editors.plain:ShortTextEditor",
    QuestionType.LONG_TEXT: "koerskaart.ui.editors.plain:LongTextEditor",
    QuestionType.SINGLE_CHOICE: "koerskaart.ui.editors.plain:SingleChoiceEditor",
    QuestionType.MULTIPLE_CHOICE: "koerskaart.ui.editors.plain:MultipleChoiceEditor",
    QuestionType.DATE: "koerskaart.ui.editors.plain:DateEditor",
    QuestionType.NUMBER: "koerskaart.ui.editors.plain:NumberEditor",
    QuestionType.SCALE: "koerskaart.ui.editors.plain:ScaleEditor",
    QuestionType.PARTICIPANTS: "koerskaart.ui.editors.participants:ParticipantsEditor",
    QuestionType.PRIORITIES: "koerskaart.ui.editors.priorities:PrioritiesEditor",
    QuestionType.ACTIVITIES: "koerskaart.ui.editors.activities:ActivitiesEditor",
    QuestionType.PARTNERS: "koerskaart.ui.editors.partners:PartnersEditor",
    QuestionType.CAPACITY: "koerskaart.ui.editors.capacity:CapacityEditor",
    QuestionType.TIMELINE: "koerskaart.ui.editors.timeline:TimelineEditor",
}


def editor_class(question_type: QuestionType) -> type[QuestionEditor]:
    module_name, class_name = EDITORS[question_type].split(":")
    return getattr(importlib.import_module(module_name), class_name)


def create_editor(
    question: Question, session: ContractSession, parent: QWidget | None = None
) -> QuestionEditor:
    editor = editor_class(question.type)(question, session, parent)
    editor.load()
    return editor
