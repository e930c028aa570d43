"""The visible_if language: what it accepts, how it evaluates, and what it refuses (with positions)."""

from __future__ import annotations

import pytest

from koerskaart.errors import UserFacingError
from koerskaart.questions.conditions import ConditionSyntaxError, compile_condition

VALUES = {
    "form": "online",
    "domains": ["fysiek", "sociaal"],
    "risk": 4,
    "months": 2.5,
    "note": "",
    "empty_list": [],
    "start": "2026-03-01",
    "quote": 'zei "ja" & <nee> €',
    "flag": True,
}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('form == "online"', True),
        ("form == 'online'", True),
        ('form != "online"', False),
        ('form == "Online"', False),
        ("risk == 4", True),
        ("risk == 4.0", True),
        ("risk >= 4", True),
        ("risk > 4", False),
        ("risk < 5", True),
        ("risk <= 3", False),
        ("months > 2", True),
        ("months < -1", False),
        ('start >= "2026-01-01"', True),
        ('start < "2026-01-01"', False),
        ('"sociaal" in domains', True),
        ('"bedrijfsvoering" in domains', False),
        ('"bedrijfsvoering" not in domains', True),
        ('"fysiek" not in domains', False),
        ('form in ["online", "hybride"]', True),
        ("form in ['op_locatie']", False),
        ('form not in ["op_locatie",]', True),
        ("risk in [3, 4, 5]", True),
        ("domains in ['sociaal']", True),  # any chosen value among the listed ones
        ("domains in ['bedrijfsvoering']", False),
        ('form == "online" and risk >= 4', True),
        ('form == "online" and risk >= 5', False),
        ('form == "x" or risk >= 4', True),
        ('not form == "x"', True),
        ("not not flag", True),
        ('(form == "x" or risk == 4) and "fysiek" in domains', True),
        ('form == "x" or risk == 4 and "fysiek" not in domains', False),  # and binds tighter
        ("answered(form)", True),
        ("answered(note)", False),
        ("answered(empty_list)", False),
        ("answered(unknown)", False),
        ("not answered(note)", True),
        ("flag", True),
        ("flag == true", True),
        ("flag == false", False),
        ("form", True),
        ("note", False),
        ("true", True),
        ("false or true", True),
        ("quote == 'zei \"ja\" & <nee> €'", True),
        ('quote == "zei \\"ja\\" & <nee> €"', True),
    ],
)
def test_evaluates(text: str, expected: bool) -> None:
    assert compile_condition(text).evaluate(VALUES) is expected


@pytest.mark.parametrize(
    "text",
    [
        'missing == "x"',
        'missing != "x"',
        "missing < 3",
        "missing >= 3",
        '"a" in missing',
        '"a" not in missing',
        "missing in ['a']",
        "missing not in ['a']",
        'note == ""',
        "note != 'x'",
        "missing",
    ],
)
def test_unanswered_never_satisfies_a_comparison(text: str) -> None:
    assert compile_condition(text).evaluate(VALUES) is False
    assert compile_condition(text).evaluate({}) is False


@pytest.mark.parametrize(
    "text",
    [
        'risk < "5"',  # number against text: false, no crash
        "form > 3",
        "domains > 1",
        "flag == 1",  # a yes/no is not a number
        '"x" in form',  # membership needs a list, not a substring search
        "risk in 4",
    ],
)
def test_mismatched_kinds_are_false_not_errors(text: str) -> None:
    assert compile_condition(text).evaluate(VALUES) is False


def test_values_of_any_kind_never_crash() -> None:
    condition = compile_condition('a < b or a in b or a == "x" or not answered(a)')
    odd = [None, 1, 1.5, "", "x", [], ["x"], {"value": 1}, True, object(), [[1]], {"a": []}]
    for a in odd:
        for b in odd:
            assert isinstance(condition.evaluate({"a": a, "b": b}), bool)


@pytest.mark.parametrize("text", ["", "   ", "\n\t"])
def test_empty_condition_is_always_visible(text: str) -> None:
    condition = compile_condition(text)
    assert condition.always
    assert condition.names == frozenset()
    assert condition.evaluate({}) is True


def test_names_lists_every_question_read() -> None:
    condition = compile_condition('a == 1 and ("x" in b or not answered(c)) and d in ["e", "f"]')
    assert condition.names == frozenset({"a", "b", "c", "d"})
    assert [name for name, _ in condition.name_positions] == ["a", "b", "c", "d"]


@pytest.mark.parametrize(
    ("text", "position", "fragment"),
    [
        ("__import__('os')", 0, "onverwacht teken '_'"),
        ("__import__('os').system('rm -rf /')", 0, "onverwacht teken"),
        ("form.__class__", 4, "onverwacht teken '.'"),
        ("eval('1')", 0, "onbekende functie 'eval'"),
        ("open('x')", 0, "onbekende functie 'open'"),
        ("lambda: 1", 6, "onverwacht teken ':'"),
        ("form = 'x'", 5, "gebruik '=='"),
        ("form ==", 7, "einde van de voorwaarde"),
        ("(form == 'x'", 12, "')' verwacht"),
        ("form == 'x')", 11, "')' hoort hier niet"),
        ("'abc", 0, "niet afgesloten"),
        ('form == "abc', 8, "niet afgesloten"),
        ("form risk", 5, "'risk' hoort hier niet"),
        ("a == b == c", 7, "twee vergelijkingen"),
        ("a < b in c", 6, "twee vergelijkingen"),
        ("answered(1)", 9, "sleutel van een vraag"),
        ("answered form", 9, "na 'answered' hoort '('"),
        ("answered(form", 13, "')' verwacht"),
        ("[form]", 1, "alleen teksten en getallen"),
        ("form in ['a' 'b']", 13, "',' of ']' verwacht"),
        ("form in ['a',", 13, "alleen teksten en getallen"),
        ("a not b", 6, "'in' (na 'not') verwacht"),
        ("not", 3, "einde van de voorwaarde"),
        ("and", 0, "'and'"),
        ("a and", 5, "einde van de voorwaarde"),
        ("1.x", 2, "na de punt"),
        ("12abc", 2, "direct door letters"),
        ("form == 'x' € 2", 12, "onverwacht teken '€'"),
        ("naïef == 1", 2, "onverwacht teken 'ï'"),
        ("a && b", 2, "onverwacht teken '&'"),
        ("a || b", 2, "onverwacht teken '|'"),
        ("!a", 0, "onverwacht teken '!'"),
        ("()", 1, "')'"),
    ],
)
def test_syntax_errors_say_what_and_where(text: str, position: int, fragment: str) -> None:
    with pytest.raises(ConditionSyntaxError) as info:
        compile_condition(text)
    assert info.value.position == position
    assert fragment in info.value.message
    assert f"(bij teken {position + 1})" in str(info.value)


def test_syntax_error_is_a_user_facing_error() -> None:
    with pytest.raises(UserFacingError):
        compile_condition("a ===")


def test_deep_nesting_is_a_syntax_error_not_a_crash() -> None:
    with pytest.raises(ConditionSyntaxError, match="te diep genest"):
        compile_condition("(" * 500 + "a" + ")" * 500)
    with pytest.raises(ConditionSyntaxError, match="te diep genest"):
        compile_condition("not " * 300 + "a")
    assert compile_condition("(" * 10 + "a" + ")" * 10).evaluate({"a": "x"}) is True


def test_very_long_text_is_refused_politely() -> None:
    with pytest.raises(ConditionSyntaxError, match="langer dan"):
        compile_condition("a or " * 1000 + "a")


def test_the_text_is_never_executed(tmp_path, monkeypatch) -> None:
    """Python code in a condition is refused by the tokenizer before anything could run it."""
    marker = tmp_path / "ran"
    monkeypatch.chdir(tmp_path)
    text = f"__import__('pathlib').Path('{marker}').touch()"
    with pytest.raises(ConditionSyntaxError):
        compile_condition(text)
    assert not marker.exists()


@pytest.mark.parametrize(
    "value", [None, "", "  ", [], [""], {}, {"value": ""}, "x", 0, False, ["a"], {"value": 3}]
)
def test_answered_agrees_with_the_progress_rule(value) -> None:
    from koerskaart.conversation.progress import is_filled

    assert compile_condition("answered(a)").evaluate({"a": value}) is is_filled(value)
