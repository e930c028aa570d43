"""The limits of ``storage/limits.py`` hold in the repository, the importer and ``check-form``."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from koerskaart.cli import main
from koerskaart.demo import portfolio as data
from koerskaart.exchange import export_opgave
from koerskaart.storage import limits
from koerskaart.storage.limits import LimitExceeded
from koerskaart.storage.models import Activity, CapacityRequest, Participant
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import opgave_id, table_counts

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path
demo_repo = demo_support.demo_repo


def _contract(repo: Repository) -> int:
    opgave = repo.create_opgave("Grenzen")
    return (
        repo.create_contract(
            opgave.id or 0,
            question_set_id="",
            question_set_version="",
            question_set_sha256="",
            question_set_text="",
        ).id
        or 0
    )


def _nested(depth: int) -> Any:
    value: Any = "diep"
    for _ in range(depth - 1):
        value = [value]
    return value


# ---------------------------------------------------------------------------- the repository
def test_the_repository_refuses_texts_beyond_their_limit_and_keeps_those_at_it(repo: Repository) -> None:
    cid = _contract(repo)
    at_limit = "Ë" * limits.MAX_NAME
    stored, _ = repo.save_row(Participant(contract_id=cid, name=at_limit, function=at_limit))
    assert stored.name == at_limit
    with pytest.raises(LimitExceeded, match="De naam is 1.500 tekens lang; dat mag hoogstens 100 zijn"):
        repo.save_row(Participant(contract_id=cid, name="x" * 1500))
    with pytest.raises(LimitExceeded, match="ongeldig teken"):
        repo.save_row(Activity(contract_id=cid, name="half \ud800 teken"))
    assert [p.name for p in repo.rows(cid, Participant)] == [at_limit]


def test_capacity_must_be_zero_or_more_and_below_a_sane_maximum(repo: Repository) -> None:
    cid = _contract(repo)
    for amount in (-5.0, 1e308, float("nan")):
        with pytest.raises(LimitExceeded, match="het aantal fte|Het aantal fte"):
            repo.save_row(CapacityRequest(contract_id=cid, team_name="Wijken", amount=amount, unit="fte"))
    request, _ = repo.save_row(
        CapacityRequest(contract_id=cid, team_name="Wijken", amount=limits.MAX_HOURS, unit="uren")
    )
    with pytest.raises(LimitExceeded, match="het aantal uren|Het aantal uren"):
        repo.confirm_capacity(request.id or 0, status="bevestigd", confirmed_amount=-1, confirmed_by="Els")
    assert repo.confirmations(request.id or 0) == []


def test_answers_are_refused_when_too_deep_too_long_or_not_utf8(repo: Repository) -> None:
    cid = _contract(repo)
    repo.save_answer(cid, "diep", _nested(limits.MAX_DEPTH))
    with pytest.raises(LimitExceeded, match="meer dan 32 lagen diep"):
        repo.save_answer(cid, "dieper", _nested(500))
    with pytest.raises(LimitExceeded, match="hoogstens 10.000"):
        repo.save_answer(cid, "lang", "a" * (limits.MAX_ANSWER_TEXT + 1))
    with pytest.raises(LimitExceeded, match="ongeldig teken"):
        repo.save_answer(cid, "half", "\ud800")
    with pytest.raises(LimitExceeded, match="vraagsleutel is leeg"):
        repo.save_answer(cid, "", "zonder vraag")
    with pytest.raises(LimitExceeded, match="geen naam"):
        repo.save_answers(cid, {"veld": ({"": 1}, "")})
    assert set(repo.answers(cid)) == {"diep"}


def test_a_contract_holds_at_most_max_rows_per_table(repo: Repository) -> None:
    cid = _contract(repo)
    repo.add_rows([Activity(contract_id=cid, name=f"A{i}") for i in range(limits.MAX_ROWS)])
    with pytest.raises(LimitExceeded, match="hoogstens 1.000 activiteiten"):
        repo.save_row(Activity(contract_id=cid, name="een te veel"))
    with pytest.raises(LimitExceeded, match="hoogstens 1.000 activiteiten"):
        repo.add_rows([Activity(contract_id=cid, name="nog een")])
    assert len(repo.rows(cid, Activity)) == limits.MAX_ROWS
    repo.save_row(Participant(contract_id=cid, name="Andere tabel, eigen maximum"))


# ---------------------------------------------------------------------------- import-json
def _at(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """Set a field addressed as ``contracts.-1.activities.0.position`` (``-1``: the last item)."""

    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if isinstance(target, list) else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return change


LIMIT_BREAKERS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "negative fte": (_at("contracts.-1.capacity_requests.0.amount", -5), "het aantal fte is -5"),
    "1e308 fte": (_at("contracts.-1.capacity_requests.0.amount", 1e308), "het aantal fte is 1e+308"),
    "empty question key": (_at("contracts.-1.answers.0.key", ""), "de vraagsleutel is leeg"),
    "removed opgave": (
        _at("opgave.removed_at", "2025-03-14T09:30:00.000000+00:00"),
        "dit is een verwijderde opgave",
    ),
    "position 10^30": (_at("contracts.-1.activities.0.position", 10**30), "geheel getal (in 64 bits)"),
    "version 2^63": (_at("contracts.0.version", 2**63), "een versienummer (1 tot en met 10000)"),
    "long participant name": (
        _at("contracts.-1.participants.0.name", "Jan " * 400),
        "de naam is 1.600 tekens lang",
    ),
    "500 levels deep": (_at("contracts.-1.answers.0.value", _nested(500)), "meer dan 32 lagen diep"),
    "a moment before the year 1 in UTC": (
        _at("opgave.created_at", "0001-01-01T00:00:00.000000+01:00"),
        "'opgave.created_at' moet een tijdstip met tijdzone",
    ),
    "lone surrogate": (_at("contracts.-1.participants.0.function", "x\ud800"), "ongeldig teken"),
    "too many activities": (
        lambda d: d["contracts"][-1].__setitem__(
            "activities", [dict(d["contracts"][-1]["activities"][0], position=i) for i in range(1001)]
        ),
        "heeft 1001 activiteiten; hoogstens 1000",
    ),
}


def _many_versions(document: dict[str, Any]) -> None:
    """21 versions of 1,000 activities: each version within its maximum, the file beyond its own."""
    template = document["contracts"][-1]
    row = template["activities"][0]
    document["contracts"] = [
        dict(
            template,
            version=number,
            based_on_version=None,
            locked_at=None,
            fingerprint="",
            signatures=[],
            activities=[dict(row, position=i) for i in range(1000)],
        )
        for number in range(1, 22)
    ]


LIMIT_BREAKERS["too many rows in one file"] = (_many_versions, "hoogstens 20000 kunnen in één keer")


@pytest.mark.parametrize("name", sorted(LIMIT_BREAKERS))
def test_import_refuses_a_value_beyond_the_limits_in_one_line(
    name: str, demo_repo: Repository, demo_db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = export_opgave(demo_repo, opgave_id(demo_repo, data.EUROPAPLEIN))
    change, expected = LIMIT_BREAKERS[name]
    change(document)
    path = tmp_path / "grens.json"
    # ensure_ascii: a lone surrogate cannot be written as UTF-8, only as a \\u escape.
    path.write_text(json.dumps(document, ensure_ascii=True), encoding="utf-8")
    before = table_counts(demo_repo)
    assert main(["import-json", str(path), "--db", str(demo_db_path)]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    assert expected in err and "niets veranderd" in err and "Traceback" not in err
    assert table_counts(demo_repo) == before


# ---------------------------------------------------------------------------- check-form
FORMS = Path(__file__).parent / "data" / "forms"


def _form(tmp_path: Path, extra_step: str = "", extra_question: str = "") -> Path:
    text = (FORMS / "valid_minimal.toml").read_text(encoding="utf-8")
    text = text.replace('title_en = "Step twee"\n', f'title_en = "Step twee"\n{extra_step}')
    text = text.replace("maximum = 40\n", f"maximum = 40\n{extra_question}")
    path = tmp_path / "grens.toml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("step", "question", "expected"),
    [
        ("minutes = 1000000000000000000000000000000\n", "", "'minutes' mag hoogstens 1440 zijn"),
        ("", "", None),
    ],
)
def test_check_form_bounds_the_minutes_of_a_step(
    step: str, question: str, expected: str | None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check-form", str(_form(tmp_path, step, question))]) == (2 if expected else 0)
    err = capsys.readouterr().err
    assert expected is None or (expected in err and len(err.splitlines()) == 1)


@pytest.mark.parametrize(
    ("bounds", "expected"),
    [
        ("minimum = 1e400", "'minimum' moet een eindig getal zijn"),
        ("maximum = nan", "'maximum' moet een eindig getal zijn"),
        ("minimum = -inf", "'minimum' moet een eindig getal zijn"),
        ("maximum = 1e13", "'maximum' mag hoogstens 1e+12 zijn"),
    ],
)
def test_check_form_refuses_infinite_or_huge_bounds(
    bounds: str, expected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    question = (
        f'\n[[steps.questions]]\nkey = "getal"\ntype = "number"\nlabel_nl = "Getal"\nlabel_en = "Number"\n'
        f'unit = "uur"\n{bounds}\n'
    )
    assert main(["check-form", str(_form(tmp_path, "", question))]) == 2
    err = capsys.readouterr().err
    assert expected in err and "Traceback" not in err


def test_check_form_refuses_a_scale_of_a_trillion_buttons(tmp_path: Path, capsys) -> None:
    question = (
        '\n[[steps.questions]]\nkey = "cijfer"\ntype = "scale"\nlabel_nl = "Cijfer"\nlabel_en = "Mark"\n'
        "minimum = 0\nmaximum = 1000000000000\n"
    )
    assert main(["check-form", str(_form(tmp_path, "", question))]) == 2
    assert "een schaal heeft hoogstens 11 stappen" in capsys.readouterr().err


def test_check_form_refuses_a_huge_set_in_one_line(tmp_path: Path, capsys) -> None:
    questions = "".join(
        f'\n[[steps.questions]]\nkey = "v{i}"\ntype = "onbekend"\nlabel_nl = "V"\nlabel_en = "Q"\n'
        for i in range(limits.MAX_QUESTIONS)
    )
    path = _form(tmp_path, "", questions)
    assert main(["check-form", str(path)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines == [
        f"{path}: het bestand heeft 2 stappen en {limits.MAX_QUESTIONS + 4} vragen; een vragenlijst heeft "
        f"er hoogstens {limits.MAX_STEPS} en {limits.MAX_QUESTIONS}. Splits hem of maak hem kleiner."
    ]


def test_a_contract_with_every_field_at_its_maximum_is_stored_and_exported(
    repo: Repository, question_set
) -> None:
    from koerskaart.conversation.snapshot import load_snapshot
    from koerskaart.exchange import dump, import_opgave
    from tests.unit.limits_support import fill_to_the_limits, text_of

    opgave = repo.create_opgave("Tot de grens")
    contract = repo.create_contract(
        opgave.id or 0,
        question_set_id=question_set.id,
        question_set_version=question_set.version,
        question_set_sha256=question_set.sha256,
        question_set_text=question_set.text,
    )
    fill_to_the_limits(repo, contract.id or 0, question_set)
    snapshot = load_snapshot(repo, contract.id or 0)
    assert [len(p.name) for p in snapshot.participants] == [limits.MAX_NAME] * 3
    assert len(repo.get_opgave(opgave.id or 0).title) == limits.MAX_TITLE
    assert text_of(limits.MAX_TEXT) in {a.reason for a in snapshot.activities}
    first = dump(export_opgave(repo, opgave.id or 0))
    copy_id = import_opgave(repo, json.loads(first))  # the importer takes what the repository took
    assert dump(export_opgave(repo, copy_id)) == first


def test_a_row_added_after_the_last_position_stays_within_the_positions(repo: Repository) -> None:
    cid = _contract(repo)
    repo.save_row(Activity(contract_id=cid, name="Achteraan", position=limits.MAX_POSITION))
    with pytest.raises(LimitExceeded, match="Het volgnummer van de regel is 1.000.001"):
        repo.save_row(Activity(contract_id=cid, name="Daarna"))
    with pytest.raises(LimitExceeded, match="Het volgnummer van de regel is 1.000.001"):
        repo.add_rows([Activity(contract_id=cid, name="Daarna")])


@pytest.mark.parametrize(
    ("field", "expected"),
    [
        ('label_nl = "' + "L" * 201 + '"', "het veld 'label_nl' is te lang (hoogstens 200 tekens)"),
        ('help_nl = "' + "h" * 2001 + '"', "het veld 'help_nl' is te lang (hoogstens 2000 tekens)"),
        ('unit = "' + "u" * 101 + '"', "het veld 'unit' is te lang (hoogstens 100 tekens)"),
    ],
)
def test_check_form_bounds_the_texts_of_a_question(field: str, expected: str, tmp_path: Path, capsys) -> None:
    question = (
        '\n[[steps.questions]]\nkey = "getal"\ntype = "number"\nlabel_en = "Number"\n'
        f"{field}\n"
        + ('label_nl = "Getal"\n' if "label_nl" not in field else "")
        + ('unit = "uur"\n' if "unit" not in field else "")
    )
    assert main(["check-form", str(_form(tmp_path, "", question))]) == 2
    assert expected in capsys.readouterr().err


def test_check_form_bounds_the_number_of_choices(tmp_path: Path, capsys) -> None:
    choices = ", ".join(f'{{ value = "k{i}", label_nl = "K{i}", label_en = "C{i}" }}' for i in range(101))
    question = (
        '\n[[steps.questions]]\nkey = "keuze"\ntype = "single_choice"\nlabel_nl = "Keuze"\n'
        f'label_en = "Choice"\nchoices = [{choices}]\n'
    )
    assert main(["check-form", str(_form(tmp_path, "", question))]) == 2
    assert "'choices' heeft te veel onderdelen (hoogstens 100)" in capsys.readouterr().err
