"""Reading and checking an exchange file before anything touches the database.

:func:`parse` turns the file's text into plain data and :func:`check` holds it against the rules
of :mod:`koerskaart.exchange.format`: the format name and version first, then every field's
presence and type, then the links between parts (versions, teams, signatures). Every problem
becomes one Dutch line in an :class:`~koerskaart.errors.ExchangeError`. This module never opens
the database.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from datetime import UTC, date, datetime
from typing import Any

from koerskaart.errors import ExchangeError
from koerskaart.exchange.format import (
    DOCUMENT,
    FIELDS_ADDED_LATER,
    FORMAT_NAME,
    FORMAT_VERSION,
    READABLE_VERSIONS,
)
from koerskaart.storage import limits
from koerskaart.storage.limits import INT64_MAX, INT64_MIN, MAX_TITLE, MAX_VERSION
from koerskaart.storage.repository import dump_value

MAX_PROBLEMS = 10
# As in the "Nieuw gesprek" dialog. A title is printed on every page of the PDF; a far longer one
# makes that export take minutes.
_JSON_REASONS = {
    "Expecting value": "hier hoort een waarde",
    "Expecting property name enclosed in double quotes": "hier hoort een veldnaam tussen aanhalingstekens",
    "Expecting ',' delimiter": "hier hoort een komma",
    "Expecting ':' delimiter": "hier hoort een dubbele punt",
    "Unterminated string starting at": "een tekst zonder afsluitend aanhalingsteken",
    "Extra data": "na het einde staat nog meer",
    "Invalid control character at": "een ongeldig teken in een tekst",
    "Invalid \\escape": "een ongeldige code na een \\",
}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_PERIOD = re.compile(r"^\d{4}-\d{2}$")

TYPE_NAMES = {
    "text": "tekst",
    "title": f"tekst (niet leeg, hoogstens {MAX_TITLE} tekens)",
    "json": "een JSON-waarde",
    "integer": "een geheel getal (in 64 bits)",
    "number": "een getal",
    "boolean": "true of false",
    "version": f"een versienummer (1 tot en met {MAX_VERSION})",
    "scheme": "een vingerafdrukschema (1 of 2)",
    "complexity": "een geheel getal van 1 tot en met 5",
    "mood": "een geheel getal van -2 tot en met 2",
    "date": "een datum (JJJJ-MM-DD)",
    "period": "een maand (JJJJ-MM)",
    "timestamp": "een tijdstip met tijdzone (ISO 8601)",
}


def parse_date(text: str) -> date:
    return date.fromisoformat(text)


def parse_timestamp(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def question_set_hashes(text: str) -> set[str]:
    """The SHA-256 values the question-set loader can have given this definition text.

    The loader hashes the file's bytes, which start with a byte-order mark in some editors.
    """
    raw = text.encode("utf-8")
    return {hashlib.sha256(raw).hexdigest(), hashlib.sha256(b"\xef\xbb\xbf" + raw).hexdigest()}


def parse(text: str, source: str = "Het bestand") -> dict[str, Any]:
    """The JSON document in ``text``; refuses duplicate keys, NaN and Infinity."""

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise ExchangeError(
                    f"{source} is geen geldig exportbestand: het veld '{key}' staat er dubbel in."
                )
            result[key] = value
        return result

    def no_constant(name: str) -> Any:
        raise ExchangeError(f"{source} is geen geldig exportbestand: '{name}' is geen geldig getal in JSON.")

    if not text.strip():
        raise ExchangeError(f"{source} is leeg. Er is niets geïmporteerd.")
    try:
        data = json.loads(text, object_pairs_hook=no_duplicates, parse_constant=no_constant)
    except json.JSONDecodeError as exc:
        reason = _JSON_REASONS.get(exc.msg, exc.msg)
        raise ExchangeError(
            f"{source} is geen geldig JSON-bestand (regel {exc.lineno}, kolom {exc.colno}: {reason}). "
            "Er is niets geïmporteerd."
        ) from exc
    except RecursionError as exc:
        raise ExchangeError(f"{source} is te diep genest om te lezen. Er is niets geïmporteerd.") from exc
    if not isinstance(data, dict):
        raise ExchangeError(f"{source} is geen Koerskaart-exportbestand: er staat geen object in.")
    return data


def check(data: Any, source: str = "Het bestand") -> None:
    """Raise :class:`ExchangeError` unless ``data`` is a complete, consistent document."""
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ExchangeError(
            f"{source} is geen Koerskaart-exportbestand van een opgave "
            f"(het veld 'format' moet '{FORMAT_NAME}' zijn). Er is niets geïmporteerd."
        )
    version = data.get("format_version")
    if not _is_int(version):
        raise ExchangeError(
            f"{source} heeft geen geldige formaatversie ('format_version'). Er is niets geïmporteerd."
        )
    if version in READABLE_VERSIONS and version != FORMAT_VERSION:
        _upgrade(data)
        version = data["format_version"]
    if version != FORMAT_VERSION:
        newer = " Het is gemaakt met een nieuwere versie van Koerskaart." if version > FORMAT_VERSION else ""
        raise ExchangeError(
            f"{source} heeft formaatversie {version}; deze versie van Koerskaart leest alleen "
            f"formaatversie {FORMAT_VERSION}.{newer} Er is niets geïmporteerd."
        )
    problems: list[str] = []
    _check_sizes(data, problems)
    if problems:  # too large to check field by field: say only that
        _raise(source, problems)
    _check_texts(data, problems)
    if problems:  # a text that cannot be written as UTF-8 cannot be quoted in a message either
        _raise(source, problems)
    _check_value(data, DOCUMENT, "", problems)
    if not problems:
        _check_links(data, problems)
        _check_limits(data, problems)
    if problems:
        _raise(source, problems)


def _raise(source: str, problems: list[str]) -> None:
    if len(problems) == 1:  # one problem, one line
        raise ExchangeError(
            f"{source} kan niet worden geïmporteerd; er is niets veranderd. Wat niet klopt: {problems[0]}"
        )
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        lines = "\n".join(f"- {p}" for p in shown)
        tail = f"\n- en nog {more} andere problemen" if more else ""
        raise ExchangeError(
            f"{source} kan niet worden geïmporteerd; er is niets veranderd. Wat niet klopt:\n{lines}{tail}"
        )


def _upgrade(data: dict[str, Any]) -> None:
    """A version-1 document in today's form, in place: reports get a period and empty follow-ups."""
    reports = data.get("progress_reports")
    if isinstance(reports, list):
        for report in reports:
            if not isinstance(report, dict):
                continue
            day = report.get("report_date")
            if "period" not in report and isinstance(day, str) and _DATE.match(day):
                report["period"] = day[:7]
            for name in ("done", "next_steps", "help_asked"):
                report.setdefault(name, "")
    data["format_version"] = FORMAT_VERSION


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _where(path: str) -> str:
    return f"'{path}'" if path else "het bestand"


def _check_value(value: Any, rule: Any, path: str, problems: list[str]) -> None:
    if isinstance(rule, dict):
        if not isinstance(value, dict):
            problems.append(f"{_where(path)} moet een object zijn.")
            return
        for name, field_rule in rule.items():
            child = f"{path}.{name}" if path else name
            if name not in value:
                if name in FIELDS_ADDED_LATER:
                    continue
                problems.append(f"het veld '{child}' ontbreekt.")
            else:
                _check_value(value[name], field_rule, child, problems)
        for name in value:
            if name not in rule:
                problems.append(f"het veld '{path + '.' if path else ''}{name}' is onbekend.")
        return
    if isinstance(rule, list):
        if not isinstance(value, list):
            problems.append(f"{_where(path)} moet een lijst zijn.")
            return
        for index, item in enumerate(value):
            _check_value(item, rule[0], f"{path}[{index}]", problems)
        return
    if isinstance(rule, tuple):
        if value not in rule or not isinstance(value, str):
            allowed = ", ".join(f"'{v}'" for v in rule)
            problems.append(
                f"'{path}' heeft de waarde {json.dumps(value, ensure_ascii=False)}; toegestaan is: {allowed}."
            )
        return
    optional = rule.endswith("?")
    kind = rule.rstrip("?")
    if value is None and optional:
        return
    if not _fits(value, kind):
        expected = TYPE_NAMES[kind] + (" of null" if optional else "")
        problems.append(f"'{path}' moet {expected} zijn.")


def _fits(value: Any, kind: str) -> bool:
    match kind:
        case "json":
            return True
        case "text":
            return isinstance(value, str)
        case "title":
            return isinstance(value, str) and 0 < len(value.strip()) <= MAX_TITLE
        case "integer":
            return _is_int(value) and INT64_MIN <= value <= INT64_MAX
        case "number":
            return (_is_int(value) or isinstance(value, float)) and math.isfinite(value)
        case "boolean":
            return isinstance(value, bool)
        case "scheme":
            return _is_int(value) and value in (1, 2)
        case "version":
            return _is_int(value) and 1 <= value <= MAX_VERSION
        case "complexity":
            return _is_int(value) and 1 <= value <= 5
        case "mood":
            return _is_int(value) and -2 <= value <= 2
        case "period":
            return isinstance(value, str) and _PERIOD.match(value) is not None and 1 <= int(value[5:]) <= 12
        case "date":
            if not isinstance(value, str) or not _DATE.match(value):
                return False
            try:
                parse_date(value)
            except ValueError:
                return False
            return True
        case "timestamp":
            if not isinstance(value, str):
                return False
            try:
                moment = datetime.fromisoformat(value)
                if moment.tzinfo is not None:
                    parse_timestamp(value)  # 0001-01-01T00:00+01:00 lies before the year 1 in UTC
            except (ValueError, OverflowError):
                return False
            return moment.tzinfo is not None
    raise AssertionError(f"unknown rule {kind}")  # a mistake in format.py, not in the file


def _check_links(data: dict[str, Any], problems: list[str]) -> None:
    """What single fields cannot show: unique versions, known teams, one signature per role."""
    team_names = [team["name"] for team in data["teams"]]
    if len(set(team_names)) != len(team_names):
        problems.append("een team staat meer dan eens in 'teams'.")
    known_teams = set(team_names)
    seen_versions: set[int] = set()
    for index, contract in enumerate(data["contracts"]):
        where = f"contracts[{index}]"
        version = contract["version"]
        if version in seen_versions:
            problems.append(f"versie {version} staat meer dan eens in 'contracts'.")
        seen_versions.add(version)
        based_on = contract["based_on_version"]
        if based_on is not None and based_on not in seen_versions - {version}:
            problems.append(
                f"'{where}.based_on_version' verwijst naar versie {based_on}, "
                "maar die staat niet eerder in het bestand."
            )
        question_set = contract["question_set"]
        if question_set["sha256"] and not _SHA256.match(question_set["sha256"]):
            problems.append(f"'{where}.question_set.sha256' is geen SHA-256-waarde.")
        elif question_set["text"] and question_set["sha256"] not in question_set_hashes(question_set["text"]):
            problems.append(
                f"de vragenlijst van versie {version} past niet bij zijn SHA-256: de tekst is veranderd."
            )
        keys = [answer["key"] for answer in contract["answers"]]
        if len(set(keys)) != len(keys):
            problems.append(f"een vraag heeft meer dan één antwoord in versie {version}.")
        roles = [signature["role"] for signature in contract["signatures"]]
        if len(set(roles)) != len(roles):
            problems.append(f"een rol heeft meer dan eens getekend in versie {version}.")
        if contract["locked_at"] is not None and not contract["fingerprint"]:
            problems.append(f"versie {version} is vergrendeld maar heeft geen vingerafdruk.")
        for table in ("participants", "capacity_requests"):
            for row_index, row in enumerate(contract[table]):
                if row["team"] is not None and row["team"] not in known_teams:
                    problems.append(
                        f"'{where}.{table}[{row_index}].team' noemt team '{row['team']}', "
                        "dat niet in 'teams' staat."
                    )


# Exchange list -> (table of the data model, maximum number of items, how the file's fields are
# named in that table where the names differ).
_ROW_LISTS: dict[str, tuple[str, dict[str, str]]] = {
    "participants": ("participant", {}),
    "activities": ("activity", {}),
    "partners": ("partner", {}),
    "capacity_requests": ("capacityrequest", {}),
    "timeline": ("timelineevent", {}),
    "signatures": ("signature", {}),
}


def _count_problem(where: str, items: Any, maximum: int, what: str) -> str | None:
    if isinstance(items, list) and len(items) > maximum:
        return f"'{where}' heeft {len(items)} {what}; hoogstens {maximum} kunnen worden geïmporteerd."
    return None


def _check_sizes(data: dict[str, Any], problems: list[str]) -> None:
    """The documented maxima of rows, checked before anything else is read field by field."""
    found = [
        _count_problem("contracts", data.get("contracts"), limits.MAX_CONTRACTS, "contractversies"),
        _count_problem("teams", data.get("teams"), limits.MAX_TEAMS, "teams"),
        _count_problem(
            "progress_reports",
            data.get("progress_reports"),
            limits.MAX_PROGRESS_REPORTS,
            "voortgangsrapportages",
        ),
    ]
    contracts = data.get("contracts")
    for index, contract in enumerate(contracts if isinstance(contracts, list) else []):
        if not isinstance(contract, dict):
            continue
        where = f"contracts[{index}]"
        found.append(
            _count_problem(f"{where}.answers", contract.get("answers"), limits.MAX_ANSWERS, "antwoorden")
        )
        for name, (table, _names) in _ROW_LISTS.items():
            if table in limits.ROWS:
                found.append(
                    _count_problem(
                        f"{where}.{name}", contract.get(name), limits.ROWS[table], limits.ROW_NAMES[table]
                    )
                )
        requests = contract.get("capacity_requests")
        for row_index, request in enumerate(requests if isinstance(requests, list) else []):
            if isinstance(request, dict):
                found.append(
                    _count_problem(
                        f"{where}.capacity_requests[{row_index}].confirmations",
                        request.get("confirmations"),
                        limits.MAX_CONFIRMATIONS,
                        "bevestigingen",
                    )
                )
    problems.extend(p for p in found if p)
    if not problems:
        total = _row_count(data)
        if total > limits.MAX_FILE_ROWS:
            problems.append(
                f"het bestand heeft {total} regels (antwoorden, deelnemers, activiteiten, ...) in alle "
                f"versies samen; hoogstens {limits.MAX_FILE_ROWS} kunnen in één keer worden geïmporteerd."
            )


def _row_count(data: dict[str, Any]) -> int:
    total = 0
    for contract in data.get("contracts") or []:
        if not isinstance(contract, dict):
            continue
        for name in ("answers", *_ROW_LISTS):
            items = contract.get(name)
            total += len(items) if isinstance(items, list) else 0
        for request in contract.get("capacity_requests") or []:
            if isinstance(request, dict) and isinstance(request.get("confirmations"), list):
                total += len(request["confirmations"])
    return total


def _check_texts(data: Any, problems: list[str]) -> None:
    """No text or field name anywhere in the file may hold a lone surrogate (not UTF-8)."""
    try:
        # One pass of the C encoder over the whole document: far quicker than a walk in Python.
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        problems.append("het bestand bevat een ongeldig teken (een half teken, bijvoorbeeld van een emoji).")
    except (RecursionError, ValueError, TypeError):
        pass  # too deep or not JSON at all: the field checks say what is wrong


def _row(problems: list[str], where: str, table: str, values: dict[str, Any]) -> None:
    problems.extend(f"'{where}': {problem}." for problem in limits.row_problems(table, values))


def _check_limits(data: dict[str, Any], problems: list[str]) -> None:
    """Every field within the limits of :mod:`koerskaart.storage.limits`, as the repository holds them."""
    opgave = data["opgave"]
    if opgave["removed_at"] is not None:
        problems.append(
            "'opgave.removed_at' is ingevuld: dit is een verwijderde opgave, die na het importeren "
            "nergens te zien zou zijn. Exporteer een opgave die niet verwijderd is."
        )
    _row(problems, "opgave", "opgave", opgave)
    for index, team in enumerate(data["teams"]):
        _row(problems, f"teams[{index}]", "team", team)
    for index, report in enumerate(data["progress_reports"]):
        _row(problems, f"progress_reports[{index}]", "progressreport", report)
    for index, contract in enumerate(data["contracts"]):
        where = f"contracts[{index}]"
        question_set = contract["question_set"]
        _row(
            problems,
            where,
            "contract",
            {
                "reason": contract["reason"],
                "current_step": contract["current_step"],
                "fingerprint": contract["fingerprint"],
                "municipality_name": contract.get("municipality_name", ""),
                "opgave_description": contract.get("opgave_description", ""),
                "question_set_id": question_set["id"],
                "question_set_version": question_set["version"],
                "question_set_sha256": question_set["sha256"],
                "question_set_text": question_set["text"],
            },
        )
        for row_index, answer in enumerate(contract["answers"]):
            problem = limits.answer_problem(answer["key"], answer["value"])
            if problem is None:
                problem = limits.answer_problem(answer["key"], None, dump_value(answer["value"]))
            if problem is not None:
                problems.append(f"'{where}.answers[{row_index}]': {problem}.")
            if limits.text_problem(answer["role"], limits.MAX_NAME, "de rol"):
                problems.append(f"'{where}.answers[{row_index}].role' is te lang.")
        for name, (table, _names) in _ROW_LISTS.items():
            for row_index, row in enumerate(contract[name]):
                _row(problems, f"{where}.{name}[{row_index}]", table, row)
        for row_index, request in enumerate(contract["capacity_requests"]):
            for item_index, confirmation in enumerate(request["confirmations"]):
                _row(
                    problems,
                    f"{where}.capacity_requests[{row_index}].confirmations[{item_index}]",
                    "capacityconfirmation",
                    confirmation | {"unit": request["unit"]},
                )
