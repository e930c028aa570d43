"""Reading and validating a question-set file (TOML) into a :class:`~koerskaart.questions.model.QuestionSet`.

The loader checks everything a definition author can get wrong and reports *all* problems at
once as :class:`~koerskaart.errors.DefinitionError`, one plain Dutch line per problem naming the
file, the step or question key and what is wrong: TOML syntax, missing or unknown fields, unknown
types, duplicate keys, empty steps, choices that are missing or doubled, and ``visible_if``
conditions that do not parse or read a question that does not exist, comes later, is the question
itself, is structured or is a facilitator's private note. It never shows pydantic's own wording.
It does not touch the database and imports no Qt.
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from koerskaart.errors import DefinitionError
from koerskaart.questions.conditions import (
    Compare,
    ConditionSyntaxError,
    ListLiteral,
    Literal,
    Name,
    Node,
    compile_condition,
)
from koerskaart.questions.model import (
    CHOICE_TYPES,
    AnsweringRole,
    Meta,
    Question,
    QuestionSet,
    QuestionSetData,
    QuestionType,
    Required,
    Step,
)
from koerskaart.storage import limits

_TOML_REASONS = {
    "Invalid value": "ongeldige waarde (staat de tekst tussen aanhalingstekens?)",
    "Cannot overwrite a value": "deze sleutel staat er al eerder",
    "Unterminated string": "tekst zonder afsluitend aanhalingsteken",
    "Unclosed array": "lijst zonder afsluitende ']'",
    "Unclosed inline table": "tabel zonder afsluitende '}'",
    "Invalid statement": "deze regel is geen 'sleutel = waarde'",
    "Expected '=' after a key in a key/value pair": "na de sleutel hoort '='",
    "Expected newline or end of document after a statement": "na de waarde hoort een nieuwe regel",
    "Expected ']' at the end of a table declaration": "de kop van de tabel mist een afsluitende ']'",
    "Expected ']]' at the end of an array declaration": "de kop mist een afsluitende ']]'",
    "Invalid initial character for a key part": "ongeldig teken aan het begin van een sleutel",
    "Invalid date or datetime": "ongeldige datum",
    "Illegal character '\\n'": "de regel eindigt midden in een tekst (ontbreekt een aanhalingsteken?)",
}
_TOML_PREFIXES = {
    "Cannot declare": "deze tabel staat er al eerder",
    "Cannot redefine namespace": "deze tabel staat er al eerder",
    "Cannot mutate immutable namespace": "deze tabel is al eerder vastgelegd",
    "Duplicate inline table key": "deze sleutel staat twee keer in dezelfde tabel",
    "Illegal character": "ongeldig teken",
    "Found invalid character": "ongeldig teken",
    "Unescaped": "een '\\' in een tekst moet als '\\\\' geschreven worden",
    "Escaped character": "ongeldige escape in een tekst",
    "Invalid hex value": "ongeldige escape in een tekst",
    "Expected": "hier ontbreekt iets",
}


MAX_FILE_BYTES = limits.MAX_QUESTION_SET_BYTES  # a real question set is tens of kilobytes

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_QUOTE_LIMIT = 80


def _quoted(text: str) -> str:
    """A condition as it appears in a problem line, shortened when it is very long."""
    return text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 1] + "…"


def load_question_set(path: str | Path) -> QuestionSet:
    """Read, validate and fingerprint a definition file; raises DefinitionError on any problem."""
    path = Path(path)
    source = str(path)
    if not path.exists():
        raise DefinitionError([f"{source}: het bestand bestaat niet."])
    if path.is_dir():
        raise DefinitionError([f"{source}: dit is een map, geen vragenlijstbestand."])
    if not path.is_file():  # a device or a pipe: reading it could block or never end
        raise DefinitionError([f"{source}: dit is geen gewoon bestand en dus geen vragenlijstbestand."])
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise DefinitionError(
                [
                    f"{source}: het bestand is groter dan {MAX_FILE_BYTES // 1_000_000} MB; "
                    "dat is geen vragenlijst."
                ]
            )
    except PermissionError:
        raise DefinitionError([f"{source}: u heeft geen toegang om dit bestand te lezen."]) from None
    except OSError as exc:
        raise DefinitionError([f"{source}: het bestand kan niet gelezen worden ({exc.strerror})."]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DefinitionError(
            [f"{source}: het bestand is geen UTF-8-tekst (onleesbaar teken bij byte {exc.start + 1})."]
        ) from None
    return _parse(text, source, hashlib.sha256(raw).hexdigest())


def parse_question_set(text: str, source: str) -> QuestionSet:
    """Validate a definition held as text (e.g. the copy stored with an old contract).

    The SHA-256 is that of the UTF-8 bytes of ``text``, which equals the file's own hash for a
    file read by :func:`load_question_set` (unless the file started with a byte-order mark).
    """
    return _parse(text, source, hashlib.sha256(text.encode("utf-8")).hexdigest())


def _parse(text: str, source: str, sha256: str) -> QuestionSet:
    if "\x00" in text:
        raise DefinitionError([f"{source}: het bestand bevat binaire gegevens; dit is geen TOML-tekst."])
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise DefinitionError([f"{source}: {_toml_problem(str(exc))}"]) from None
    except RecursionError:
        raise DefinitionError(
            [f"{source}: het bestand is te diep genest (lijsten of tabellen in elkaar) om te lezen."]
        ) from None
    data = _Validator(source).validate(document)
    return QuestionSet(data, text, sha256)


def _toml_problem(message: str) -> str:
    match = re.search(r"\((?:at line (\d+), column (\d+)|at end of document)\)\s*$", message)
    reason = message[: match.start()].strip() if match else message.strip()
    dutch = _TOML_REASONS.get(reason)
    if dutch is None:
        prefix = next((p for p in _TOML_PREFIXES if reason.startswith(p)), None)
        dutch = f"{_TOML_PREFIXES[prefix]} ({reason})" if prefix else f"ongeldige TOML ({reason})"
    if match and match.group(1):
        return f"TOML-fout op regel {match.group(1)}, kolom {match.group(2)}: {dutch}."
    if match:
        return f"TOML-fout aan het einde van het bestand: {dutch}."
    return f"TOML-fout: {dutch}."


# --- pydantic errors in plain Dutch ------------------------------------------------------------


def _field_name(loc: tuple[Any, ...]) -> str:
    parts: list[str] = []
    for part in loc:
        if isinstance(part, int):
            parts.append(f"nr. {part + 1}")
        else:
            parts.append(str(part))
    return " ".join(parts)


def _translate(error: dict[str, Any]) -> str:
    loc = tuple(error.get("loc", ()))
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    value = error.get("input")
    field = _field_name(loc) or "de inhoud"
    last = loc[-1] if loc else ""
    if kind == "missing":
        return f"het veld '{field}' ontbreekt"
    if kind == "extra_forbidden":
        return f"onbekend veld '{field}'"
    if kind == "string_too_short":
        return f"het veld '{field}' is leeg"
    if kind == "string_pattern_mismatch":
        return (
            f"'{value}' is geen geldige sleutel ({field}): gebruik kleine letters, cijfers en '_'"
            + (" of '-'" if last == "id" else "")
            + ", en begin met een letter"
        )
    if kind == "enum":
        allowed = {
            "type": ", ".join(t.value for t in QuestionType),
            "required": ", ".join(r.value for r in Required),
            "role": ", ".join(r.value for r in AnsweringRole),
        }.get(str(last), str(ctx.get("expected", "")))
        if last == "type":
            return f"onbekend type '{value}' (kies uit: {allowed})"
        return f"'{value}' is geen geldige waarde voor '{field}' (kies uit: {allowed})"
    if kind in ("string_type",):
        return f"het veld '{field}' moet tekst zijn"
    if kind in ("bool_type", "bool_parsing"):
        return f"het veld '{field}' moet true of false zijn"
    if kind in ("int_type", "int_parsing", "int_from_float"):
        return f"het veld '{field}' moet een geheel getal zijn"
    if kind == "finite_number":
        return f"het veld '{field}' moet een eindig getal zijn (geen inf of nan)"
    if kind in ("float_type", "float_parsing"):
        return f"het veld '{field}' moet een getal zijn"
    if kind in ("greater_than_equal", "greater_than"):
        return f"het veld '{field}' moet minstens {_bound(ctx.get('ge', ctx.get('gt', 0)))} zijn"
    if kind in ("less_than_equal", "less_than"):
        return f"het veld '{field}' mag hoogstens {_bound(ctx.get('le', ctx.get('lt', 0)))} zijn"
    if kind == "too_long":
        return f"'{field}' heeft te veel onderdelen (hoogstens {ctx.get('max_length')})"
    if kind == "string_too_long":
        return f"het veld '{field}' is te lang (hoogstens {ctx.get('max_length')} tekens)"
    if kind in ("tuple_type", "list_type"):
        return f"het veld '{field}' moet een lijst zijn"
    if kind in ("model_type", "dict_type", "model_attributes_type"):
        return f"'{field}' moet een tabel zijn (met velden als value, label_nl, label_en)"
    return f"het veld '{field}' klopt niet"


def _bound(value: Any) -> str:
    return f"{value:g}" if isinstance(value, float) else str(value)


def _errors(model: type[BaseModel], raw: dict[str, Any]) -> tuple[Any, list[str]]:
    try:
        return model.model_validate(raw), []
    except ValidationError as exc:
        return None, [_translate(dict(e)) for e in exc.errors()]


# --- the validator -------------------------------------------------------------------------------


class _Validator:
    """Collects every problem of one document; raises once at the end."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[str] = []
        self._seen: set[str] = set()  # the same lines as a set: a file with 20,000 problems stays quick
        # Every question key written in the file, valid or not, in order, with its step's label:
        # a condition naming a question that has problems of its own is not also "unknown".
        self.declared: dict[str, tuple[int, str]] = {}

    def add(self, where: str, what: str) -> None:
        line = f"{self.source}: {where}: {what}" if where else f"{self.source}: {what}"
        line = _CONTROL.sub(" ", line)  # one problem, one line: even a multi-line text from the file
        if not line.endswith("."):
            line += "."
        if line not in self._seen:
            self._seen.add(line)
            self.problems.append(line)

    def validate(self, document: dict[str, Any]) -> QuestionSetData:
        self._size(document.get("steps"))
        for key in document:
            if key not in ("meta", "steps"):
                self.add("", f"onbekend onderdeel '{key}' bovenaan het bestand (alleen [meta] en [[steps]])")
        meta = self._meta(document.get("meta"))
        steps = self._steps(document.get("steps"))
        self._cross_checks(steps)
        if self.problems:
            raise DefinitionError(self.problems)
        assert meta is not None
        return QuestionSetData(meta=meta, steps=tuple(steps))

    def _size(self, steps: Any) -> None:
        """A set beyond the documented size is refused in one line, before anything else is read."""
        if not isinstance(steps, list):
            return
        questions = sum(
            len(s["questions"]) for s in steps if isinstance(s, dict) and isinstance(s.get("questions"), list)
        )
        if len(steps) > limits.MAX_STEPS or questions > limits.MAX_QUESTIONS:
            self.add(
                "",
                f"het bestand heeft {len(steps)} stappen en {questions} vragen; een vragenlijst heeft "
                f"er hoogstens {limits.MAX_STEPS} en {limits.MAX_QUESTIONS}. Splits hem of maak hem kleiner",
            )
            raise DefinitionError(self.problems)

    def _meta(self, raw: Any) -> Meta | None:
        if raw is None:
            self.add("", "het onderdeel [meta] ontbreekt (met id, version, title_nl en title_en)")
            return None
        if not isinstance(raw, dict):
            self.add("", "[meta] moet een tabel zijn")
            return None
        meta, problems = _errors(Meta, raw)
        for problem in problems:
            self.add("[meta]", problem)
        return meta

    def _steps(self, raw: Any) -> list[Step]:
        if raw is None:
            self.add("", "het bestand heeft geen stappen (voeg [[steps]] toe)")
            return []
        if not isinstance(raw, list):
            self.add("", "'steps' moet een lijst van stappen zijn (schrijf [[steps]], niet [steps])")
            return []
        if not raw:
            self.add("", "het bestand heeft geen stappen (voeg [[steps]] toe)")
        steps: list[Step] = []
        seen: dict[str, int] = {}
        for index, raw_step in enumerate(raw):
            if not isinstance(raw_step, dict):
                self.add(f"stap {index + 1}", "een stap moet een tabel zijn ([[steps]])")
                continue
            step_key = raw_step.get("key")
            named = isinstance(step_key, str) and bool(step_key)
            where = f"stap '{step_key}'" if named else f"stap {index + 1}"
            if named and step_key in seen:
                where = f"stap {index + 1} ('{step_key}')"
                self.add(where, f"de stapsleutel '{step_key}' is al gebruikt door stap {seen[step_key] + 1}")
            elif named:
                seen[str(step_key)] = index
            header = {k: v for k, v in raw_step.items() if k != "questions"}
            step, problems = _errors(Step, header)
            for problem in problems:
                self.add(where, problem)
            questions = self._questions(raw_step.get("questions"), where)
            if step is not None:
                steps.append(step.model_copy(update={"questions": tuple(questions)}))
        return steps

    def _questions(self, raw: Any, step_where: str) -> list[Question]:
        if raw is None or raw == []:
            self.add(step_where, "de stap heeft geen vragen (voeg [[steps.questions]] toe)")
            return []
        if not isinstance(raw, list):
            self.add(step_where, "'questions' moet een lijst van vragen zijn ([[steps.questions]])")
            return []
        questions: list[Question] = []
        for index, raw_question in enumerate(raw):
            if not isinstance(raw_question, dict):
                self.add(f"vraag {index + 1} van {step_where}", "een vraag moet een tabel zijn")
                continue
            key = raw_question.get("key")
            if isinstance(key, str) and key:
                where = f"vraag '{key}' ({step_where})"
                if key in self.declared:
                    self.add(where, f"de sleutel '{key}' komt al voor in {self.declared[key][1]}")
                else:
                    self.declared[key] = (len(self.declared), step_where)
            else:
                where = f"vraag {index + 1} van {step_where}"
            question, problems = _errors(Question, raw_question)
            for problem in problems:
                self.add(where, problem)
            if question is not None:
                questions.append(question)
            else:
                self._condition_syntax_only(where, raw_question.get("visible_if"))
        return questions

    def _condition_syntax_only(self, where: str, text: Any) -> None:
        """Even a question with other problems gets its condition's syntax checked."""
        if isinstance(text, str) and text.strip():
            try:
                compile_condition(text)
            except ConditionSyntaxError as exc:
                self.add(where, f'de voorwaarde "{_quoted(text)}" klopt niet: {exc}')

    def _cross_checks(self, steps: list[Step]) -> None:
        by_key: dict[str, Question] = {}
        for step in steps:
            for question in step.questions:
                by_key.setdefault(question.key, question)
        for step in steps:
            for question in step.questions:
                where = f"vraag '{question.key}' (stap '{step.key}')"
                self._question_rules(where, question)
                self._condition(where, question, by_key)

    def _question_rules(self, where: str, q: Question) -> None:
        if q.type in CHOICE_TYPES:
            if len(q.choices) < 2:
                self.add(
                    where, f"een vraag van het type {q.type.value} heeft minstens twee keuzes nodig (choices)"
                )
            seen: set[str] = set()
            doubled: set[str] = set()
            for choice in q.choices:
                (doubled if choice.value in seen else seen).add(choice.value)
            for value in sorted(doubled):
                self.add(where, f"de keuze '{value}' staat er meer dan eens in")
        elif q.choices:
            self.add(where, f"alleen keuzevragen hebben keuzes; dit is een vraag van het type {q.type.value}")
        if q.type == QuestionType.NUMBER and not q.unit.strip():
            self.add(where, 'een getalvraag heeft een eenheid nodig (unit), bijvoorbeeld "uur" of "fte"')
        if q.unit and q.type != QuestionType.NUMBER:
            self.add(where, "alleen een vraag van het type number heeft een eenheid (unit)")
        if (q.minimum is not None or q.maximum is not None) and q.type not in (
            QuestionType.NUMBER,
            QuestionType.SCALE,
        ):
            self.add(where, "minimum en maximum horen alleen bij de types number en scale")
        if q.minimum is not None and q.maximum is not None and q.minimum > q.maximum:
            self.add(where, f"minimum ({q.minimum:g}) is groter dan maximum ({q.maximum:g})")
        elif q.type == QuestionType.SCALE:
            self._scale_rules(where, q)
        if q.facilitator_only and q.required != Required.NO:
            self.add(
                where, 'een vraag alleen voor de facilitator kan niet verplicht zijn (zet required = "no")'
            )

    def _scale_rules(self, where: str, q: Question) -> None:
        """A scale is one button per whole number: a few of them, from minimum to maximum."""
        low = q.minimum if q.minimum is not None else 1.0
        high = q.maximum if q.maximum is not None else 5.0
        if not (low.is_integer() and high.is_integer()):
            self.add(where, "minimum en maximum van een schaal zijn hele getallen")
        elif low > high:
            self.add(
                where, f"de schaal loopt van {low:g} tot {high:g}: het minimum is groter dan het maximum"
            )
        elif high - low + 1 > limits.MAX_SCALE_STEPS:
            self.add(
                where,
                f"de schaal loopt van {low:g} tot {high:g}; een schaal heeft hoogstens "
                f"{limits.MAX_SCALE_STEPS} stappen",
            )

    def _condition(self, where: str, q: Question, by_key: dict[str, Question]) -> None:
        if not q.visible_if.strip():
            return
        try:
            condition = compile_condition(q.visible_if)
        except ConditionSyntaxError as exc:
            self.add(where, f'de voorwaarde "{_quoted(q.visible_if)}" klopt niet: {exc}')
            return
        own_index = self.declared[q.key][0]
        for name in sorted(condition.names, key=lambda n: q.visible_if.find(n)):
            if name == q.key:
                self.add(where, "de voorwaarde noemt de vraag zelf")
            elif name not in self.declared:
                self.add(where, f"de voorwaarde noemt een onbekende vraag '{name}'")
            elif self.declared[name][0] > own_index:
                self.add(
                    where,
                    f"de voorwaarde noemt vraag '{name}' ({self.declared[name][1]}), "
                    "die pas later gesteld wordt",
                )
            elif name in by_key and by_key[name].is_structured:
                self.add(
                    where,
                    f"de voorwaarde noemt '{name}', een vraag van het type {by_key[name].type.value}; "
                    "een voorwaarde kan alleen gewone antwoorden lezen",
                )
            elif name in by_key and by_key[name].facilitator_only:
                self.add(where, f"de voorwaarde noemt '{name}', een notitie alleen voor de facilitator")
        if condition.root is not None:
            for name, value in _compared_texts(condition.root):
                other = by_key.get(name)
                if other is None or other.type not in CHOICE_TYPES or not other.choices:
                    continue
                if value not in {c.value for c in other.choices}:
                    known = ", ".join(c.value for c in other.choices)
                    self.add(
                        where,
                        f"de voorwaarde vergelijkt '{name}' met \"{value}\", maar dat is geen keuze "
                        f"van die vraag (keuzes: {known})",
                    )


def _compared_texts(node: Node) -> list[tuple[str, str]]:
    """(question key, text) pairs where a condition compares a question with a text literal."""
    found: list[tuple[str, str]] = []
    if isinstance(node, Compare):
        for name_side, other in ((node.left, node.right), (node.right, node.left)):
            if isinstance(name_side, Name):
                if isinstance(other, Literal) and isinstance(other.value, str):
                    found.append((name_side.name, other.value))
                elif isinstance(other, ListLiteral):
                    found.extend((name_side.name, v) for v in other.items if isinstance(v, str))
    for child in vars(node).values():
        if isinstance(child, Node):
            found.extend(_compared_texts(child))
        elif isinstance(child, tuple):
            found.extend(n for c in child if isinstance(c, Node) for n in _compared_texts(c))
    return found
