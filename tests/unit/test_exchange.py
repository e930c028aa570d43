"""The JSON exchange format: export → import → export gives the same bytes, and bad files change nothing."""

from __future__ import annotations

import copy
import errno
import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from koerskaart.cli import main
from koerskaart.demo import portfolio as data
from koerskaart.errors import ContractLocked, ExchangeError, UserFacingError
from koerskaart.exchange import dump, export_opgave, import_opgave, read_file, write_text_atomically
from koerskaart.exchange.format import FORMAT_NAME, FORMAT_VERSION
from koerskaart.record.verify import verify
from koerskaart.storage.limits import MAX_DESCRIPTION
from koerskaart.storage.models import FacilitatorNote, NoteKind
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import opgave_id, table_counts

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_target = demo_support.demo_target
pg_demo_template = demo_support.pg_demo_template
demo_repo = demo_support.demo_repo


def _walk_keys(value: Any) -> set[str]:
    if isinstance(value, dict):
        return set(value) | {k for item in value.values() for k in _walk_keys(item)}
    if isinstance(value, list):
        return {k for item in value for k in _walk_keys(item)}
    return set()


# ---------------------------------------------------------------------------- round trip
def test_every_demo_opgave_survives_export_import_export_byte_for_byte(demo_repo: Repository) -> None:
    for summary in demo_repo.list_opgaven():
        first = dump(export_opgave(demo_repo, summary.id))
        new_id = import_opgave(demo_repo, json.loads(first))
        assert new_id != summary.id
        assert dump(export_opgave(demo_repo, new_id)) == first, summary.title


def test_the_command_line_round_trip_gives_identical_files(demo_target: str, tmp_path: Path, capsys) -> None:
    db = str(demo_target)
    first, second = tmp_path / "eerste.json", tmp_path / "tweede.json"
    main(["list", "--db", db, "--json"])
    ids = {item["title"]: item["id"] for item in json.loads(capsys.readouterr().out)}
    source = ids[data.EUROPAPLEIN]
    assert main(["export-json", str(source), "--db", db, "--out", str(first)]) == 0
    assert "geëxporteerd" in capsys.readouterr().out
    assert main(["import-json", str(first), "--db", db]) == 0
    message = capsys.readouterr().out
    assert "geïmporteerd als opgave" in message
    new_id = int(message.split("als opgave ")[1].split()[0])
    assert main(["export-json", str(new_id), "--db", db, "--out", str(second)]) == 0
    capsys.readouterr()
    assert first.read_bytes() == second.read_bytes()
    assert main(["export-json", str(new_id), "--db", db]) == 0  # to standard output
    assert capsys.readouterr().out == second.read_text(encoding="utf-8")


def test_the_file_is_canonical_readable_json_without_ids(demo_repo: Repository) -> None:
    text = dump(export_opgave(demo_repo, opgave_id(demo_repo, data.EUROPAPLEIN)))
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "contracts": [\n' in text  # indent 2
    assert "’" in text and "€" in text and "\\u" not in text.replace("\\u00", "")  # real characters
    document = json.loads(text)
    assert list(document) == sorted(document)
    assert document["format"] == FORMAT_NAME and document["format_version"] == FORMAT_VERSION
    keys = _walk_keys(document)
    assert not {k for k in keys if k == "id" or k.endswith("_id")} - {"id"}
    assert "id" not in document["opgave"] and all("id" not in c for c in document["contracts"])
    contract = document["contracts"][0]
    assert contract["question_set"]["id"] == "contracteringsgesprek"
    assert contract["question_set"]["text"].startswith("# The contracting conversation")
    assert len(contract["fingerprint"]) == 64 and contract["locked_at"].endswith("+00:00")
    deels = [r for r in contract["capacity_requests"] if r["confirmations"][-1]["status"] == "deels"]
    assert [c["status"] for c in deels[0]["confirmations"]] == ["niet", "deels"]
    assert json.loads(next(s["drawing"] for s in contract["signatures"] if s["drawing"]))
    assert len(document["progress_reports"]) == len(data.EUROPAPLEIN_OPGAVE["lights"])


def test_an_imported_signed_contract_is_locked_and_still_verifies(demo_repo: Repository) -> None:
    source = opgave_id(demo_repo, data.EUROPAPLEIN)
    new_id = import_opgave(demo_repo, export_opgave(demo_repo, source))
    contract = demo_repo.latest_contract(new_id)
    assert contract is not None and contract.locked_at is not None
    result = verify(demo_repo, contract.id or 0)
    assert result.intact and result.stored == demo_repo.latest_contract(source).fingerprint
    with pytest.raises(ContractLocked):
        demo_repo.save_answer(contract.id or 0, "open_points", "stiekem veranderd")
    assert demo_repo.get_opgave(new_id).status == "getekend"
    assert any(e.action == "import" for e in demo_repo.audit_events(opgave_id=new_id))


def test_a_re_contracted_opgave_keeps_its_versions_and_their_link(demo_repo: Repository) -> None:
    source = opgave_id(demo_repo, "Energietransitie: wijken van het gas af")
    document = export_opgave(demo_repo, source)
    assert [c["version"] for c in document["contracts"]] == [1, 2]
    assert document["contracts"][1]["based_on_version"] == 1 and document["contracts"][1]["reason"]
    new_id = import_opgave(demo_repo, document)
    first, second = demo_repo.contracts_of(new_id)
    assert second.based_on_id == first.id and first.locked_at is not None and second.locked_at is None
    assert demo_repo.get_opgave(new_id).status == "herzien"


def test_private_notes_never_leave_the_database(demo_repo: Repository) -> None:
    source = opgave_id(demo_repo, data.EUROPAPLEIN)
    contract = demo_repo.latest_contract(source)
    assert contract is not None
    demo_repo.save_note(
        FacilitatorNote(contract_id=contract.id or 0, kind=NoteKind.PRIVATE_NOTE, text="GEHEIM-123")
    )
    demo_repo.save_note(
        FacilitatorNote(contract_id=contract.id or 0, kind=NoteKind.PARKING_LOT, text="PARKEER-456")
    )
    text = dump(export_opgave(demo_repo, source))
    assert "GEHEIM-123" not in text and "PARKEER-456" not in text


def test_an_opgave_without_contract_and_odd_text_round_trips(repo: Repository) -> None:
    odd = ('Café ‘De Ëik’ & <buurt> "quotes" \\ 🚲 ' + "lang " * 2000)[:MAX_DESCRIPTION]
    opgave = repo.create_opgave("Lege opgave <&>", description=odd)
    first = dump(export_opgave(repo, opgave.id or 0))
    new_id = import_opgave(repo, json.loads(first))
    assert dump(export_opgave(repo, new_id)) == first
    assert repo.get_opgave(new_id).description == odd


# ---------------------------------------------------------------------------- bad files
def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return change


def _tamper_signed_answer(document: dict[str, Any]) -> None:
    answers = document["contracts"][0]["answers"]
    answer = next(a for a in answers if a["key"] == "opgave_what")
    answer["value"] = "Iets anders dan wat getekend is."


def _duplicate_version(document: dict[str, Any]) -> None:
    document["contracts"].append(copy.deepcopy(document["contracts"][0]))


def _change_question_set_text(document: dict[str, Any]) -> None:
    document["contracts"][0]["question_set"]["text"] += "\n# veranderd\n"


BAD_DOCUMENTS: dict[str, Callable[[dict[str, Any]], None]] = {
    "wrong format name": _set("format", "iets-anders"),
    "newer format version": _set("format_version", 3),
    "format version as text": _set("format_version", "1"),
    "format version zero": _set("format_version", 0),
    "missing opgave": _delete("opgave"),
    "missing contracts": _delete("contracts"),
    "empty title": _set("opgave.title", "   "),
    "unknown status": _set("opgave.status", "klaar"),
    "missing answer field": _delete("contracts.0.answers.0.role"),
    "unknown field": _set("contracts.0.extra", 1),
    "mood out of range": _set("contracts.0.timeline.0.mood", 5),
    "complexity zero": _set("contracts.0.activities.0.complexity", 0),
    "amount as text": _set("contracts.0.capacity_requests.0.amount", "1,2"),
    "regie as text": _set("contracts.0.partners.0.holds_regie", "ja"),
    "impossible date": _set("contracts.0.activities.0.start", "2025-13-01"),
    "date in another form": _set("contracts.0.activities.0.start", "20250301"),
    "timestamp without zone": _set("contracts.0.created_at", "2025-03-12T10:00:00"),
    "position as float": _set("contracts.0.participants.0.position", 1.0),
    "answers not a list": _set("contracts.0.answers", {}),
    "unknown signing role": _set("contracts.0.signatures.0.role", "teamleider"),
    "based on a missing version": _set("contracts.0.based_on_version", 7),
    "duplicate version": _duplicate_version,
    "unknown team": _set("contracts.0.capacity_requests.0.team", "Team dat niet bestaat"),
    "question set changed": _change_question_set_text,
    "signed content changed": _tamper_signed_answer,
    "locked without fingerprint": _set("contracts.0.fingerprint", ""),
}


@pytest.fixture
def valid_document(demo_repo: Repository) -> dict[str, Any]:
    return export_opgave(demo_repo, opgave_id(demo_repo, data.EUROPAPLEIN))


@pytest.mark.parametrize("name", sorted(BAD_DOCUMENTS))
def test_a_bad_document_is_refused_and_changes_nothing(
    name: str,
    valid_document: dict[str, Any],
    demo_repo: Repository,
    demo_target: str,
    tmp_path: Path,
    capsys,
) -> None:
    BAD_DOCUMENTS[name](valid_document)
    path = tmp_path / "slecht.json"
    path.write_text(dump(valid_document), encoding="utf-8")
    before = table_counts(demo_repo)
    assert main(["import-json", str(path), "--db", str(demo_target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("koerskaart: ") and "Traceback" not in captured.err
    assert "geïmporteerd" in captured.err or "veranderd" in captured.err
    assert table_counts(demo_repo) == before
    with pytest.raises(ExchangeError):  # the same through the API, also when the file check is skipped
        import_opgave(demo_repo, valid_document)
    assert table_counts(demo_repo) == before


BAD_FILES: dict[str, bytes] = {
    "empty file": b"",
    "not json": b"dit is geen json",
    "cut off": b'{"format": "koerskaart-opgave", "format_version": 1, "opgave": {',
    "a list": b"[1, 2, 3]",
    "a string": b'"koerskaart-opgave"',
    "not utf-8": '{"format": "koerskaart-opgave", "x": "café"}'.encode("latin-1"),
    "duplicate key": b'{"format": "koerskaart-opgave", "format": "koerskaart-opgave"}',
    "NaN": b'{"format": "koerskaart-opgave", "format_version": NaN}',
    "deeply nested": b"[" * 100_000 + b"]" * 100_000,
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_broken_file_is_refused_with_a_clear_message(
    name: str, demo_repo: Repository, demo_target: str, tmp_path: Path, capsys
) -> None:
    path = tmp_path / "kapot.json"
    path.write_bytes(BAD_FILES[name])
    before = table_counts(demo_repo)
    assert main(["import-json", str(path), "--db", str(demo_target)]) == 2
    captured = capsys.readouterr()
    assert captured.err.startswith("koerskaart: ") and str(path) in captured.err
    assert "Traceback" not in captured.err and len(captured.err.splitlines()) <= 3
    assert table_counts(demo_repo) == before


def test_a_missing_file_or_a_folder_is_refused(tmp_path: Path, db_path: Path, capsys) -> None:
    assert main(["import-json", str(tmp_path / "bestaat-niet.json"), "--db", str(db_path)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert main(["import-json", str(tmp_path), "--db", str(db_path)]) == 2
    assert "map" in capsys.readouterr().err
    assert not db_path.exists()  # the database is not even opened for a bad file


def test_messages_name_the_field_that_is_wrong(valid_document: dict[str, Any], tmp_path: Path) -> None:
    _set("contracts.0.timeline.0.mood", 5)(valid_document)
    _delete("contracts.0.answers.0.role")(valid_document)
    path = tmp_path / "x.json"
    path.write_text(dump(valid_document), encoding="utf-8")
    with pytest.raises(ExchangeError) as caught:
        read_file(path)
    message = caught.value.message
    assert "'contracts[0].timeline[0].mood' moet een geheel getal van -2 tot en met 2 zijn" in message
    assert "het veld 'contracts[0].answers[0].role' ontbreekt" in message
    assert "er is niets veranderd" in message


def test_a_newer_format_version_says_so(valid_document: dict[str, Any], tmp_path: Path) -> None:
    valid_document["format_version"] = 3
    path = tmp_path / "nieuw.json"
    path.write_text(dump(valid_document), encoding="utf-8")
    with pytest.raises(ExchangeError, match="nieuwere versie van Koerskaart"):
        read_file(path)


# ---------------------------------------------------------------------------- writing the file
def test_export_of_an_unknown_opgave_is_a_clear_error(db_path: Path, capsys) -> None:
    assert main(["export-json", "999", "--db", str(db_path)]) == 2
    assert "Opgave 999 bestaat niet" in capsys.readouterr().err


def test_a_missing_output_folder_is_refused(demo_target: str, tmp_path: Path, capsys) -> None:
    target = tmp_path / "geen-map" / "x.json"
    assert main(["export-json", "1", "--db", str(demo_target), "--out", str(target)]) == 2
    assert "bestaat niet" in capsys.readouterr().err and not target.exists()


def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*_args: Any, **_kwargs: Any) -> Any:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(tempfile, "mkstemp", read_only)
    with pytest.raises(UserFacingError, match="alleen-lezen"):
        write_text_atomically(tmp_path / "x.json", "{}\n")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write in a read-only folder")
def test_a_real_read_only_folder(demo_target: str, tmp_path: Path, capsys) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        assert main(["export-json", "1", "--db", str(demo_target), "--out", str(folder / "x.json")]) == 2
        assert "alleen-lezen" in capsys.readouterr().err
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_a_full_disk_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "x.json"
    target.write_text("oud\n", encoding="utf-8")

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(UserFacingError, match="schijf is vol"):
        write_text_atomically(target, "nieuw\n")
    assert target.read_text(encoding="utf-8") == "oud\n"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_the_written_file_gets_a_normal_mode(tmp_path: Path) -> None:
    target = write_text_atomically(tmp_path / "x.json", "{}\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
