"""The small, safe language of ``visible_if`` conditions, with its own tokenizer and parser.

A condition such as ``meeting_form == "online"`` or ``"sociaal" in domains and risk_political >= 4``
is read by a hand-written tokenizer and a recursive-descent parser into a tree of plain objects,
then evaluated against a mapping of answer values. Nothing here ever calls ``eval``, ``exec`` or
Python's own parser on the text, and evaluation never raises: an unanswered question (``None``)
or values of different kinds simply make a comparison false.

Grammar (keywords are lower case)::

    condition  := or_expr EOF                       (empty text: always true)
    or_expr    := and_expr ("or" and_expr)*
    and_expr   := not_expr ("and" not_expr)*
    not_expr   := "not" not_expr | comparison
    comparison := operand [(== | != | < | <= | > | >= | in | not in) operand]
    operand    := NAME | STRING | NUMBER | true | false | list
                | "answered" "(" NAME ")" | "(" or_expr ")"
    list       := "[" [literal ("," literal)* [","]] "]"

Semantics: a bare operand is true when it holds a non-empty, non-false value. Every comparison
with an unanswered value is false (``!=`` and ``not in`` too; use ``answered(key)`` to test for
an answer). ``<``/``>`` compare two numbers or two texts (ISO dates compare as text), anything
else is false. ``a in b`` asks whether ``a`` is an element of the list ``b`` (a multiple-choice
answer or a literal list); when ``a`` is itself a list, whether any of its elements is.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from koerskaart.errors import UserFacingError

MAX_DEPTH = 40  # nesting deeper than this is a syntax error, never a RecursionError
MAX_LENGTH = 2000

_COMPARISONS = ("==", "!=", "<=", ">=", "<", ">")
_KEYWORDS = frozenset({"and", "or", "not", "in", "true", "false"})
_FUNCTIONS = frozenset({"answered"})


class ConditionSyntaxError(UserFacingError):
    """A condition that cannot be read; ``position`` is the 0-based index of the offending character."""

    def __init__(self, message: str, position: int) -> None:
        super().__init__(message)
        self.position = position

    def __str__(self) -> str:
        return f"{self.message} (bij teken {self.position + 1})"


# --- tokens -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # NAME, KEYWORD, STRING, NUMBER, OP, EOF
    text: str
    value: Any
    position: int


def _describe(token: _Token) -> str:
    if token.kind == "EOF":
        return "het einde van de voorwaarde"
    if token.kind == "STRING":
        return "een tekst"
    return f"'{token.text}'"


def _tokenize(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\r\n":
            i += 1
        elif ch.isascii() and ch.isalpha():
            start = i
            while i < n and text[i].isascii() and (text[i].isalnum() or text[i] == "_"):
                i += 1
            word = text[start:i]
            kind = "KEYWORD" if word in _KEYWORDS else "NAME"
            value = {"true": True, "false": False}.get(word) if kind == "KEYWORD" else word
            tokens.append(_Token(kind, word, value, start))
        elif ch.isascii() and ch.isdigit() or (ch == "-" and i + 1 < n and text[i + 1].isdigit()):
            start = i
            i += 1
            while i < n and text[i].isascii() and text[i].isdigit():
                i += 1
            if i < n and text[i] == ".":
                i += 1
                if not (i < n and text[i].isascii() and text[i].isdigit()):
                    raise ConditionSyntaxError("na de punt in een getal hoort een cijfer", i)
                while i < n and text[i].isascii() and text[i].isdigit():
                    i += 1
            if i < n and text[i].isascii() and (text[i].isalpha() or text[i] == "_"):
                raise ConditionSyntaxError("een getal mag niet direct door letters gevolgd worden", i)
            number_text = text[start:i]
            number: float | int = float(number_text) if "." in number_text else int(number_text)
            tokens.append(_Token("NUMBER", number_text, number, start))
        elif ch in "\"'":
            start = i
            i += 1
            chars: list[str] = []
            while True:
                if i >= n:
                    raise ConditionSyntaxError("een tekst tussen aanhalingstekens is niet afgesloten", start)
                c = text[i]
                if c == "\\" and i + 1 < n and text[i + 1] in "\\\"'":
                    chars.append(text[i + 1])
                    i += 2
                elif c == ch:
                    i += 1
                    break
                else:
                    chars.append(c)
                    i += 1
            tokens.append(_Token("STRING", text[start:i], "".join(chars), start))
        elif text.startswith(_COMPARISONS, i):
            op = next(op for op in _COMPARISONS if text.startswith(op, i))
            tokens.append(_Token("OP", op, op, i))
            i += len(op)
        elif ch in "()[],":
            tokens.append(_Token("OP", ch, ch, i))
            i += 1
        elif ch == "=":
            raise ConditionSyntaxError("gebruik '==' om te vergelijken, niet '='", i)
        else:
            raise ConditionSyntaxError(f"onverwacht teken '{ch}'", i)
    tokens.append(_Token("EOF", "", None, n))
    return tokens


# --- the tree -----------------------------------------------------------------------------------


def is_filled(value: Any) -> bool:
    """Whether a plain answer value counts as an answer (shared with the progress engine).

    None, blank text, and empty lists or mappings are unanswered; so is a list of blanks, and a
    mapping whose ``value`` is unanswered. ``0`` and ``false`` are answers. Walked with a stack
    rather than by recursion: a stored value may be nested deeper than Python's recursion limit.
    """
    pending = [value]
    while pending:
        item = pending.pop()
        if item is None:
            continue
        if isinstance(item, str):
            if item.strip():
                return True
        elif isinstance(item, dict):
            if "value" in item:
                pending.append(item["value"])
            elif item:
                return True
        elif isinstance(item, list | tuple | set | frozenset):
            pending.extend(item)
        else:
            return True
    return False


_present = is_filled


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _equal(left: Any, right: Any) -> bool:
    if _is_number(left) and _is_number(right):
        return left == right
    if type(left) is not type(right) and not (
        isinstance(left, list | tuple) and isinstance(right, list | tuple)
    ):
        return False
    if isinstance(left, list | tuple):
        return list(left) == list(right)
    return left == right


def _member(left: Any, right: Any) -> bool:
    if not isinstance(right, list | tuple):
        return False
    if isinstance(left, list | tuple):
        return any(_member(item, right) for item in left)
    return any(_equal(left, item) for item in right)


class Node:
    """One node of a parsed condition."""

    def evaluate(self, values: Mapping[str, Any]) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass(frozen=True)
class Literal(Node):
    value: Any

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        return self.value


@dataclass(frozen=True)
class ListLiteral(Node):
    items: tuple[Any, ...]

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        return list(self.items)


@dataclass(frozen=True)
class Name(Node):
    name: str
    position: int = field(compare=False)  # where it was written; not part of the tree's meaning

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        value = values.get(self.name)
        return value if _present(value) else None


@dataclass(frozen=True)
class Answered(Node):
    name: str
    position: int = field(compare=False)

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        return _present(values.get(self.name))


@dataclass(frozen=True)
class Not(Node):
    operand: Node

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        return not _truth(self.operand.evaluate(values))


@dataclass(frozen=True)
class BoolOp(Node):
    op: str  # "and" | "or"
    operands: tuple[Node, ...]

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        if self.op == "and":
            return all(_truth(o.evaluate(values)) for o in self.operands)
        return any(_truth(o.evaluate(values)) for o in self.operands)


@dataclass(frozen=True)
class Compare(Node):
    op: str  # one of _COMPARISONS, "in", "not in"
    left: Node
    right: Node

    def evaluate(self, values: Mapping[str, Any]) -> Any:
        left = self.left.evaluate(values)
        right = self.right.evaluate(values)
        if left is None or right is None:
            return False
        if self.op == "==":
            return _equal(left, right)
        if self.op == "!=":
            return not _equal(left, right)
        if self.op == "in":
            return _member(left, right)
        if self.op == "not in":
            return isinstance(right, list | tuple) and not _member(left, right)
        comparable = (_is_number(left) and _is_number(right)) or (
            isinstance(left, str) and isinstance(right, str)
        )
        if not comparable:
            return False
        if self.op == "<":
            return left < right
        if self.op == "<=":
            return left <= right
        if self.op == ">":
            return left > right
        return left >= right


def _truth(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    return _present(value) and value != 0


# --- the printer --------------------------------------------------------------------------------


def _literal_text(value: Any) -> str:
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        # The tokenizer reads digits, a point and digits: no exponent. repr is exact; Decimal
        # writes it out in full.
        text = format(Decimal(repr(value)), "f")
        return text if "." in text else text + ".0"
    text = str(value)
    quote = "'" if '"' in text and "'" not in text else '"'
    return quote + text.replace("\\", "\\\\").replace(quote, "\\" + quote) + quote


def condition_text(node: Node | None) -> str:
    """The text of a condition tree; parsing it gives the same tree (positions aside)."""
    if node is None:
        return ""
    if isinstance(node, Literal):
        return _literal_text(node.value)
    if isinstance(node, ListLiteral):
        return "[" + ", ".join(_literal_text(item) for item in node.items) + "]"
    if isinstance(node, Name):
        return node.name
    if isinstance(node, Answered):
        return f"answered({node.name})"
    if isinstance(node, Not):
        inner = condition_text(node.operand)
        return f"not ({inner})" if isinstance(node.operand, BoolOp) else f"not {inner}"
    if isinstance(node, BoolOp):
        parts = [
            f"({condition_text(o)})" if isinstance(o, BoolOp) else condition_text(o) for o in node.operands
        ]
        return f" {node.op} ".join(parts)
    if isinstance(node, Compare):
        sides = [
            f"({condition_text(side)})" if isinstance(side, BoolOp | Not | Compare) else condition_text(side)
            for side in (node.left, node.right)
        ]
        return f"{sides[0]} {node.op} {sides[1]}"
    raise TypeError(f"not a condition node: {node!r}")


# --- the parser ---------------------------------------------------------------------------------


class _Parser:
    def __init__(self, tokens: list[_Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0
        self.names: list[tuple[str, int]] = []

    @property
    def current(self) -> _Token:
        return self.tokens[self.index]

    def advance(self) -> _Token:
        token = self.tokens[self.index]
        if token.kind != "EOF":
            self.index += 1
        return token

    def at(self, kind: str, text: str | None = None) -> bool:
        token = self.current
        return token.kind == kind and (text is None or token.text == text)

    def expect(self, kind: str, text: str, what: str) -> _Token:
        if not self.at(kind, text):
            raise ConditionSyntaxError(
                f"{what} verwacht, maar {_describe(self.current)} gevonden", self.current.position
            )
        return self.advance()

    def enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise ConditionSyntaxError("de voorwaarde is te diep genest", self.current.position)

    def parse(self) -> Node:
        node = self.or_expr()
        if not self.at("EOF"):
            raise ConditionSyntaxError(
                f"{_describe(self.current)} hoort hier niet (ontbreekt 'and' of 'or'?)", self.current.position
            )
        return node

    def or_expr(self) -> Node:
        operands = [self.and_expr()]
        while self.at("KEYWORD", "or"):
            self.advance()
            operands.append(self.and_expr())
        return operands[0] if len(operands) == 1 else BoolOp("or", tuple(operands))

    def and_expr(self) -> Node:
        operands = [self.not_expr()]
        while self.at("KEYWORD", "and"):
            self.advance()
            operands.append(self.not_expr())
        return operands[0] if len(operands) == 1 else BoolOp("and", tuple(operands))

    def not_expr(self) -> Node:
        if self.at("KEYWORD", "not"):
            self.advance()
            self.enter()
            node = Not(self.not_expr())
            self.depth -= 1
            return node
        return self.comparison()

    def comparison(self) -> Node:
        left = self.operand()
        token = self.current
        if token.kind == "OP" and token.text in _COMPARISONS:
            self.advance()
            op = token.text
        elif self.at("KEYWORD", "in"):
            self.advance()
            op = "in"
        elif self.at("KEYWORD", "not"):
            self.advance()
            self.expect("KEYWORD", "in", "'in' (na 'not')")
            op = "not in"
        else:
            return left
        right = self.operand()
        following = self.current
        if (
            following.kind == "OP"
            and following.text in _COMPARISONS
            or following.kind == "KEYWORD"
            and (following.text == "in")
        ):
            raise ConditionSyntaxError(
                "twee vergelijkingen achter elkaar; verbind ze met 'and' of 'or'", following.position
            )
        return Compare(op, left, right)

    def operand(self) -> Node:
        token = self.current
        if token.kind == "NAME":
            self.advance()
            if self.at("OP", "("):
                if token.text not in _FUNCTIONS:
                    raise ConditionSyntaxError(
                        f"onbekende functie '{token.text}' (alleen answered(...) bestaat)", token.position
                    )
                self.advance()
                name = self.current
                if name.kind != "NAME":
                    raise ConditionSyntaxError(
                        f"answered(...) verwacht de sleutel van een vraag, maar {_describe(name)} gevonden",
                        name.position,
                    )
                self.advance()
                self.expect("OP", ")", "')'")
                self.names.append((name.text, name.position))
                return Answered(name.text, name.position)
            if token.text in _FUNCTIONS:
                raise ConditionSyntaxError(
                    "na 'answered' hoort '(' met de sleutel van een vraag", self.current.position
                )
            self.names.append((token.text, token.position))
            return Name(token.text, token.position)
        if token.kind in ("STRING", "NUMBER") or (
            token.kind == "KEYWORD" and token.text in ("true", "false")
        ):
            self.advance()
            return Literal(token.value)
        if self.at("OP", "("):
            self.advance()
            self.enter()
            node = self.or_expr()
            self.depth -= 1
            self.expect("OP", ")", "')'")
            return node
        if self.at("OP", "["):
            return self.list_literal()
        raise ConditionSyntaxError(
            f"een vraag, tekst, getal of lijst verwacht, maar {_describe(token)} gevonden", token.position
        )

    def list_literal(self) -> Node:
        self.advance()  # "["
        items: list[Any] = []
        while not self.at("OP", "]"):
            token = self.current
            if not (
                token.kind in ("STRING", "NUMBER")
                or token.kind == "KEYWORD"
                and token.text in ("true", "false")
            ):
                raise ConditionSyntaxError(
                    f"in een lijst horen alleen teksten en getallen, maar {_describe(token)} gevonden",
                    token.position,
                )
            self.advance()
            items.append(token.value)
            if self.at("OP", ","):
                self.advance()
            elif not self.at("OP", "]"):
                raise ConditionSyntaxError(
                    f"',' of ']' verwacht, maar {_describe(self.current)} gevonden", self.current.position
                )
        self.advance()  # "]"
        return ListLiteral(tuple(items))


class Condition:
    """A parsed condition; ``names`` are the question keys it reads."""

    def __init__(self, text: str, root: Node | None, names: tuple[tuple[str, int], ...] = ()) -> None:
        self.text = text
        self.root = root
        self.name_positions = names  # (key, 0-based position) in order of appearance
        self.names: frozenset[str] = frozenset(name for name, _ in names)

    @property
    def always(self) -> bool:
        """True for the empty condition: the question is always visible."""
        return self.root is None

    def evaluate(self, values: Mapping[str, Any]) -> bool:
        if self.root is None:
            return True
        return _truth(self.root.evaluate(values))

    def __repr__(self) -> str:
        return f"Condition({self.text!r})"


def compile_condition(text: str) -> Condition:
    """Parse ``text``; raises :class:`ConditionSyntaxError` with a Dutch message and a position."""
    if not isinstance(text, str):
        raise ConditionSyntaxError("een voorwaarde moet tekst zijn", 0)
    if len(text) > MAX_LENGTH:
        raise ConditionSyntaxError(f"de voorwaarde is langer dan {MAX_LENGTH} tekens", MAX_LENGTH)
    if not text.strip():
        return Condition(text, None)
    parser = _Parser(_tokenize(text))
    root = parser.parse()
    return Condition(text, root, tuple(parser.names))
