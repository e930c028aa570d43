"""The question set of the contracting conversation, as data.

``model`` declares the schema of a definition file, ``conditions`` the small safe language of
visibility conditions, ``loader`` reads and validates a TOML file. Nothing here imports Qt.
"""

from koerskaart.questions.conditions import Condition, ConditionSyntaxError, compile_condition
from koerskaart.questions.loader import load_question_set, parse_question_set
from koerskaart.questions.model import Question, QuestionSet, QuestionType, Required, Step

__all__ = [
    "Condition",
    "ConditionSyntaxError",
    "Question",
    "QuestionSet",
    "QuestionType",
    "Required",
    "Step",
    "compile_condition",
    "load_question_set",
    "parse_question_set",
]
