"""``koerskaart check-form FILE``: validate a question-set definition without starting the app.

Prints one Dutch summary line and exits 0 for a valid file; for an invalid one it prints every
problem on a line of its own to stderr and exits 2. It never shows a traceback for a bad file,
whatever the file holds, and it never opens a database.
"""

from __future__ import annotations

import argparse
import sys

from koerskaart.errors import DefinitionError
from koerskaart.questions.loader import load_question_set

EXIT_OK = 0
EXIT_INVALID = 2


def run(args: argparse.Namespace) -> int:
    try:
        question_set = load_question_set(args.file)
    except DefinitionError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return EXIT_INVALID
    steps = len(question_set.steps)
    questions = len(question_set.questions())
    print(
        f"{args.file}: in orde — vragenlijst '{question_set.id}' versie {question_set.version}, "
        f"{steps} {'stap' if steps == 1 else 'stappen'}, "
        f"{questions} {'vraag' if questions == 1 else 'vragen'}, sha256 {question_set.sha256[:12]}."
    )
    return EXIT_OK
