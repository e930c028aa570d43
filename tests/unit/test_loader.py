"""The question-set loader: the shipped default set, and the exact Dutch lines for broken files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from koerskaart.errors import DefinitionError
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions import compile_condition, load_question_set, parse_question_set
from koerskaart.questions.model import AnsweringRole, QuestionType, Required

FORMS = Path(__file__).parent / "data" / "forms"


def problems_of(path: Path) -> list[str]:
    with pytest.raises(DefinitionError) as info:
        load_question_set(path)
    assert info.value.message == "\n".join(info.value.problems)
    return info.value.problems


# --- the default set ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def default_set():
    return load_question_set(DEFAULT_QUESTION_SET)


def test_default_set_loads_with_meta_and_fingerprint(default_set) -> None:
    assert default_set.id == "contracteringsgesprek"
    assert default_set.version == "1.0.0"
    raw = DEFAULT_QUESTION_SET.read_bytes()
    assert default_set.sha256 == hashlib.sha256(raw).hexdigest()
    assert default_set.text == raw.decode("utf-8")


def test_default_set_covers_the_ten_parts_of_the_conversation(default_set) -> None:
    assert [s.key for s in default_set.steps] == [
        "aan_tafel",
        "opgave",
        "verhaal",
        "tijdlijn",
        "prioriteiten",
        "aanpak",
        "partners_regie",
        "capaciteit",
        "sturing",
        "afspraak",
    ]
    assert all(step.minutes > 0 for step in default_set.steps)
    assert all(step.title_nl and step.title_en for step in default_set.steps)


def test_default_set_uses_every_question_type(default_set) -> None:
    used = {q.type for q in default_set.questions()}
    assert used == set(QuestionType)


def test_structured_questions_sit_in_their_steps(default_set) -> None:
    expected = {
        QuestionType.PARTICIPANTS: "aan_tafel",
        QuestionType.TIMELINE: "tijdlijn",
        QuestionType.PRIORITIES: "prioriteiten",
        QuestionType.ACTIVITIES: "aanpak",
        QuestionType.PARTNERS: "partners_regie",
        QuestionType.CAPACITY: "capaciteit",
    }
    for kind, step_key in expected.items():
        [question] = [q for q in default_set.questions() if q.type == kind]
        assert default_set.step_of(question.key) == step_key


def test_every_question_has_both_labels_and_a_prompt(default_set) -> None:
    for question in default_set.questions():
        assert question.label_nl.strip() and question.label_en.strip(), question.key
        assert question.prompt_nl.strip() and question.prompt_en.strip(), question.key
        for choice in question.choices:
            assert choice.label_nl.strip() and choice.label_en.strip(), question.key


def test_default_set_requirements(default_set) -> None:
    hard = {q.key for q in default_set.questions() if q.required == Required.HARD}
    assert hard == {"participants", "opgave_what", "opgave_why_now", "activities", "capacity"}
    soft = [q for q in default_set.questions() if q.required == Required.SOFT]
    assert len(soft) >= 10


def test_default_set_conditions_and_private_notes(default_set) -> None:
    conditional = {q.key: q.visible_if for q in default_set.questions() if q.visible_if}
    assert len(conditional) >= 2
    link = default_set.question("meeting_link")
    condition = compile_condition(link.visible_if)
    assert condition.evaluate({"meeting_form": "online"})
    assert not condition.evaluate({"meeting_form": "op_locatie"})
    follow_up = compile_condition(default_set.question("risk_political_approach").visible_if)
    assert follow_up.evaluate({"risk_political": 5})
    assert not follow_up.evaluate({"risk_political": 2})
    assert not follow_up.evaluate({})
    private = [q for q in default_set.questions() if q.facilitator_only]
    assert private and all(q.required == Required.NO and q.role == AnsweringRole.FA for q in private)


def test_parse_question_set_rebuilds_an_old_contracts_questions(default_set) -> None:
    again = parse_question_set(default_set.text, "contract 7")
    assert again.sha256 == default_set.sha256
    assert [q.key for q in again.questions()] == [q.key for q in default_set.questions()]


def test_parse_question_set_names_its_source_in_problems() -> None:
    with pytest.raises(DefinitionError) as info:
        parse_question_set('[meta]\nid = "x"\n', "contract 7 (opgeslagen vragenlijst)")
    assert all(line.startswith("contract 7 (opgeslagen vragenlijst): ") for line in info.value.problems)


def test_valid_minimal_file_loads() -> None:
    question_set = load_question_set(FORMS / "valid_minimal.toml")
    assert [q.key for q in question_set.questions()] == ["naam", "vorm", "toelichting", "aantal"]
    assert question_set.question("aantal").unit == "uur"


def test_odd_text_survives(tmp_path: Path) -> None:
    text = (FORMS / "valid_minimal.toml").read_text(encoding="utf-8")
    text = text.replace('label_nl = "Vraag naam"', 'label_nl = "Naam <b>&amp; \\"quotes\\" ë € 🙂"')
    path = tmp_path / "vreemd €.toml"
    path.write_text(text, encoding="utf-8")
    assert load_question_set(path).question("naam").label_nl == 'Naam <b>&amp; "quotes" ë € 🙂'


# --- broken files ------------------------------------------------------------------------------

TYPES = ", ".join(t.value for t in QuestionType)

BROKEN = {
    "missing_label.toml": ["vraag 'naam' (stap 'een'): het veld 'label_en' ontbreekt."],
    "duplicate_key.toml": ["vraag 'naam' (stap 'twee'): de sleutel 'naam' komt al voor in stap 'een'."],
    "duplicate_step.toml": ["stap 2 ('een'): de stapsleutel 'een' is al gebruikt door stap 1."],
    "unknown_type.toml": [f"vraag 'naam' (stap 'een'): onbekend type 'essay' (kies uit: {TYPES})."],
    "condition_unknown.toml": ["vraag 'naam' (stap 'een'): de voorwaarde noemt een onbekende vraag 'kleur'."],
    "condition_syntax.toml": [
        "vraag 'naam' (stap 'een'): de voorwaarde \"vorm = 'ja'\" klopt niet: "
        "gebruik '==' om te vergelijken, niet '=' (bij teken 6)."
    ],
    "condition_later.toml": [
        "vraag 'naam' (stap 'een'): "
        "de voorwaarde noemt vraag 'vorm' (stap 'twee'), die pas later gesteld wordt."
    ],
    "condition_self.toml": ["vraag 'naam' (stap 'een'): de voorwaarde noemt de vraag zelf."],
    "condition_structured.toml": [
        "vraag 'naam' (stap 'een'): de voorwaarde noemt 'deelnemers', een vraag van het type participants; "
        "een voorwaarde kan alleen gewone antwoorden lezen."
    ],
    "condition_unknown_choice.toml": [
        "vraag 'naam' (stap 'een'): de voorwaarde vergelijkt 'vorm' met \"misschien\", "
        "maar dat is geen keuze van die vraag (keuzes: ja, nee)."
    ],
    "condition_facilitator_note.toml": [
        "vraag 'naam' (stap 'een'): de voorwaarde noemt 'geheim', een notitie alleen voor de facilitator."
    ],
    "empty_step.toml": ["stap 'leeg': de stap heeft geen vragen (voeg [[steps.questions]] toe)."],
    "bad_toml.toml": [
        "TOML-fout op regel 15, kolom 19: "
        "de regel eindigt midden in een tekst (ontbreekt een aanhalingsteken?)."
    ],
    "choices_missing.toml": [
        "vraag 'vorm' (stap 'een'): "
        "een vraag van het type single_choice heeft minstens twee keuzes nodig (choices).",
        "vraag 'domeinen' (stap 'een'): een vraag van het type multiple_choice heeft minstens twee keuzes "
        "nodig (choices).",
    ],
    "choices_on_text.toml": [
        "vraag 'naam' (stap 'een'): "
        "alleen keuzevragen hebben keuzes; dit is een vraag van het type short_text."
    ],
    "duplicate_choice.toml": ["vraag 'vorm' (stap 'een'): de keuze 'ja' staat er meer dan eens in."],
    "min_above_max.toml": ["vraag 'score' (stap 'een'): minimum (5) is groter dan maximum (1)."],
    "number_without_unit.toml": [
        "vraag 'uren' (stap 'een'): "
        'een getalvraag heeft een eenheid nodig (unit), bijvoorbeeld "uur" of "fte".'
    ],
    "no_meta.toml": ["het onderdeel [meta] ontbreekt (met id, version, title_nl en title_en)."],
    "no_steps.toml": ["het bestand heeft geen stappen (voeg [[steps]] toe)."],
    "bad_key.toml": [
        "vraag 'Naam_Fout' (stap 'een'): 'Naam_Fout' is geen geldige sleutel (key): "
        "gebruik kleine letters, cijfers en '_', en begin met een letter."
    ],
    "facilitator_required.toml": [
        "vraag 'notitie' (stap 'een'): een vraag alleen voor de facilitator kan niet verplicht zijn "
        '(zet required = "no").'
    ],
    "bad_fields.toml": [
        "vraag 'naam' (stap 'een'): "
        "'misschien' is geen geldige waarde voor 'required' (kies uit: hard, soft, no).",
        "vraag 'naam' (stap 'een'): "
        "'XX' is geen geldige waarde voor 'role' (kies uit: BO, AO, ON, TL, FA, ALL).",
        "vraag 'naam' (stap 'een'): onbekend veld 'kleur'.",
    ],
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_file_gives_exact_lines(name: str) -> None:
    path = FORMS / name
    assert problems_of(path) == [f"{path}: {line}" for line in BROKEN[name]]


def test_all_problems_are_collected_not_only_the_first() -> None:
    path = FORMS / "many_problems.toml"
    assert problems_of(path) == [
        f"{path}: {line}"
        for line in [
            "[meta]: het veld 'title_en' ontbreekt.",
            f"vraag 'naam' (stap 'een'): onbekend type 'essay' (kies uit: {TYPES}).",
            "stap 2 ('een'): de stapsleutel 'een' is al gebruikt door stap 1.",
            "stap 2 ('een'): de stap heeft geen vragen (voeg [[steps.questions]] toe).",
            "vraag 'naam' (stap 'drie'): de sleutel 'naam' komt al voor in stap 'een'.",
            "vraag 'vorm' (stap 'een'): een vraag van het type single_choice heeft minstens twee keuzes "
            "nodig (choices).",
            "vraag 'toelichting' (stap 'een'): de voorwaarde noemt vraag 'later' (stap 'drie'), "
            "die pas later gesteld wordt.",
            "vraag 'toelichting' (stap 'een'): de voorwaarde noemt een onbekende vraag 'kleur'.",
        ]
    ]


def test_no_pydantic_jargon_in_any_problem() -> None:
    for path in sorted(FORMS.glob("*.toml")):
        if path.name == "valid_minimal.toml":
            continue
        for line in problems_of(path):
            assert line.startswith(f"{path}: ")
            assert "\n" not in line
            for jargon in (
                "pydantic",
                "Input should",
                "Field required",
                "validation error",
                "type=",
                "errors.pydantic",
            ):
                assert jargon not in line, line


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", ["het onderdeel [meta] ontbreekt", "het bestand heeft geen stappen"]),
        (b"\xff\xfe\x00garbage", ["het bestand is geen UTF-8-tekst (onleesbaar teken bij byte 1)."]),
        (b"caf\xe9 = 1\n", ["het bestand is geen UTF-8-tekst (onleesbaar teken bij byte 4)."]),
        (b"a = 1\x00\n", ["het bestand bevat binaire gegevens; dit is geen TOML-tekst."]),
        (b"steps = 3\n", ["'steps' moet een lijst van stappen zijn"]),
        (b"[steps]\nkey = 'a'\n", ["'steps' moet een lijst van stappen zijn"]),
        (b"meta = 'x'\n", ["[meta] moet een tabel zijn"]),
        (b"extra = 1\n", ["onbekend onderdeel 'extra' bovenaan het bestand"]),
        (b"steps = [1]\n", ["stap 1: een stap moet een tabel zijn ([[steps]])."]),
        (
            b"[[steps]]\nkey = 'a'\ntitle_nl = 'A'\ntitle_en = 'A'\nquestions = 'q'\n",
            ["'questions' moet een lijst"],
        ),
        (
            b"[[steps]]\nkey = 'a'\ntitle_nl = 'A'\ntitle_en = 'A'\nquestions = [1]\n",
            ["vraag 1 van stap 'a'"],
        ),
        (
            b"[[steps]]\nkey = 'a'\ntitle_nl = 'A'\ntitle_en = 'A'\nminutes = -5\n",
            ["'minutes' moet minstens 0"],
        ),
        (b"[[steps]]\nkey = 'a'\ntitle_nl = 'A'\ntitle_en = 'A'\nminutes = 'tien'\n", ["geheel getal"]),
        (b"a = 1\na = 2\n", ["TOML-fout op regel 2, kolom 6: deze sleutel staat er al eerder."]),
        (b"a = [1,", ["TOML-fout aan het einde van het bestand: ongeldige waarde"]),
    ],
)
def test_odd_files_give_lines_not_tracebacks(tmp_path: Path, content: bytes, expected: list[str]) -> None:
    path = tmp_path / "vragen.toml"
    path.write_bytes(content)
    problems = problems_of(path)
    for fragment in expected:
        assert any(fragment in line for line in problems), (fragment, problems)
    assert all(line.startswith(f"{path}: ") for line in problems)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert problems_of(tmp_path / "weg.toml") == [f"{tmp_path / 'weg.toml'}: het bestand bestaat niet."]
    assert problems_of(tmp_path) == [f"{tmp_path}: dit is een map, geen vragenlijstbestand."]


def test_wrong_field_types_in_a_question(tmp_path: Path) -> None:
    text = (FORMS / "valid_minimal.toml").read_text(encoding="utf-8")
    text = text.replace('label_nl = "Vraag naam"', "label_nl = 12\nfacilitator_only = 'ja'")
    text = text.replace('unit = "uur"', 'unit = "uur"\nchoices = "a,b"')
    path = tmp_path / "typen.toml"
    path.write_text(text, encoding="utf-8")
    assert problems_of(path) == [
        f"{path}: vraag 'naam' (stap 'een'): het veld 'label_nl' moet tekst zijn.",
        f"{path}: vraag 'naam' (stap 'een'): het veld 'facilitator_only' moet true of false zijn.",
        f"{path}: vraag 'aantal' (stap 'twee'): het veld 'choices' moet een lijst zijn.",
    ]


def test_multi_line_and_very_long_texts_stay_on_one_line(tmp_path: Path) -> None:
    text = (FORMS / "valid_minimal.toml").read_text(encoding="utf-8")
    text = text.replace("visible_if = \"vorm == 'ja'\"", 'visible_if = """vorm ==\n\'ja\' and\n= 1"""')
    text = text.replace('type = "short_text"', 'type = """kort\ntekst"""')
    text = text.replace(
        'unit = "uur"', 'unit = "uur"\nvisible_if = "' + "vorm == 'ja' or " * 20 + 'vorm = 1"'
    )
    path = tmp_path / "regels.toml"
    path.write_text(text, encoding="utf-8")
    problems = problems_of(path)
    assert len(problems) == 3
    assert all("\n" not in line and line.startswith(f"{path}: ") for line in problems)
    assert (
        problems[0] == f"{path}: vraag 'naam' (stap 'een'): onbekend type 'kort tekst' (kies uit: {TYPES})."
    )
    assert "de voorwaarde \"vorm == 'ja' and = 1\" klopt niet" in problems[1]
    assert '…" klopt niet' in problems[2] and len(problems[2]) < len(str(path)) + 250
