"""Which contract and which question set a conversation window opens for an opgave.

Opening an opgave opens its latest contract version; an opgave without any contract gets
version 1 with the current default question set. An existing contract is shown with the
definition it was held with (its stored text), so an old contract keeps the questions it was
asked even after the default set changed.

Plain logic on the repository: no Qt.
"""

from __future__ import annotations

from koerskaart.questions.loader import parse_question_set
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.models import Contract
from koerskaart.storage.repository import Repository


def question_set_for(contract: Contract, default: QuestionSet) -> QuestionSet:
    """The definition ``contract`` was held with (``default`` when it is the same text)."""
    text = contract.question_set_text
    if not text or text == default.text or contract.question_set_sha256 == default.sha256:
        return default
    return parse_question_set(text, f"contract {contract.id} (versie {contract.version})")


def first_contract(repo: Repository, opgave_id: int, question_set: QuestionSet) -> Contract:
    """Version 1 of an opgave's contract, held with ``question_set``."""
    return repo.create_contract(
        opgave_id,
        question_set_id=question_set.id,
        question_set_version=question_set.version,
        question_set_sha256=question_set.sha256,
        question_set_text=question_set.text,
    )


def contract_to_open(repo: Repository, opgave_id: int, default: QuestionSet) -> tuple[int, QuestionSet]:
    """The id of the contract to open for ``opgave_id`` (created if none) and its question set."""
    contract = repo.latest_contract(opgave_id) or first_contract(repo, opgave_id, default)
    assert contract.id is not None  # stored contracts always have an id
    return contract.id, question_set_for(contract, default)
