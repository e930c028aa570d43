"""``koerskaart list``: the aligned table and the JSON list, read as a user or a script would."""

from __future__ import annotations

import json

from koerskaart.cli import main
from koerskaart.storage.repository import Repository
from tests.unit import demo_support

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_target = demo_support.demo_target
pg_demo_template = demo_support.pg_demo_template


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_an_empty_database_says_how_to_start(db_target, capsys) -> None:
    code, out, _ = _run(capsys, "list", "--db", db_target)
    assert code == 0
    assert "nog geen opgaven" in out and "koerskaart demo" in out
    code, out, _ = _run(capsys, "list", "--db", db_target, "--json")
    assert code == 0 and json.loads(out) == []


def test_the_table_is_aligned_and_complete(demo_target, capsys) -> None:
    code, out, err = _run(capsys, "list", "--db", str(demo_target))
    assert code == 0 and err == ""
    lines = out.splitlines()
    database, blank, header, rule, *rows = lines
    assert database == f"Database: {demo_target}" and blank == ""
    assert header.split() == ["Nr", "Titel", "Status", "Versie"]
    body = rows[: rows.index("")]
    assert len(body) == 19 and lines[-1] == "19 opgaven"
    title_column = header.index("Titel")
    status_column = header.index("Status")
    for row in body:
        assert row[title_column - 2 : title_column] == "  " and row[title_column] != " "
        assert row[status_column - 2 : status_column] == "  " and row[status_column] != " "
        assert row[len(rule) - 1].isdigit()  # version right-aligned under "Versie"
    europaplein = next(row for row in body if "Europaplein" in row)
    assert europaplein[title_column:status_column].rstrip() == "Veilige en leefbare buurt Europaplein"
    assert europaplein[status_column:].split()[0] == "getekend"
    revised = next(row for row in body if "Energietransitie" in row)
    assert "herzien" in revised and revised.endswith("2")
    assert any("ter ondertekening" in row for row in body)
    assert any("in gesprek" in row for row in body)


def test_json_lists_id_title_status_and_latest_version(demo_target, capsys) -> None:
    code, out, _ = _run(capsys, "list", "--db", str(demo_target), "--json")
    assert code == 0
    items = json.loads(out)
    assert len(items) == 19
    assert all(set(item) == {"id", "title", "status", "latest_version"} for item in items)
    assert all(isinstance(item["id"], int) for item in items)
    by_title = {item["title"]: item for item in items}
    assert by_title["Veilige en leefbare buurt Europaplein"]["status"] == "getekend"
    assert by_title["Energietransitie: wijken van het gas af"]["latest_version"] == 2
    assert {item["status"] for item in items} == {
        "concept",
        "in_gesprek",
        "ter_ondertekening",
        "getekend",
        "herzien",
    }


def test_odd_titles_come_through_verbatim_and_removed_ones_are_hidden(
    repo: Repository, db_target, capsys
) -> None:
    odd = "Café ‘De Ëik’ & <buurt> — € 5"
    kept = repo.create_opgave(odd)
    gone = repo.create_opgave("Weggehaald")
    repo.remove_opgave(gone.id or 0)
    _, out, _ = _run(capsys, "list", "--db", db_target)
    assert odd in out and "Weggehaald" not in out
    assert "1 opgave" in out.splitlines()[-1]
    assert out.splitlines()[4].split()[-2:] == ["concept", "-"]  # no contract yet: no version
    _, out, _ = _run(capsys, "list", "--db", db_target, "--json")
    assert json.loads(out) == [{"id": kept.id, "title": odd, "status": "concept", "latest_version": None}]
