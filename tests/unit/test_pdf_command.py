"""``koerskaart export-pdf``: path and page count on stdout, warnings on stderr, Dutch errors with exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract, page_texts


def _prepare(db_target: str, **kwargs) -> tuple[int, int]:
    db = Database.open(db_target)
    try:
        # A short dream: the 5,000-word answer is tested elsewhere and only slows these down.
        built = build_contract(Repository(db), signed=True, extra_answers={"story_dream": "Kort."}, **kwargs)
        return built.opgave_id, built.contract_id
    finally:
        db.close()


def test_export_prints_path_and_pages(db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    opgave_id, _ = _prepare(db_target)
    out = tmp_path / "uit.pdf"
    assert main(["export-pdf", "--db", db_target, str(opgave_id), "--out", str(out)]) == 0
    printed = capsys.readouterr()
    pages = len(page_texts(out.read_bytes()))
    assert printed.out.strip() == f"{out} ({pages} pagina's)"
    assert printed.err == ""


def test_a_specific_older_version_is_exported(db_target: str, tmp_path: Path, capsys) -> None:
    opgave_id, _ = _prepare(db_target)
    db = Database.open(db_target)
    try:
        repo = Repository(db)
        qs_contract = repo.latest_contract(opgave_id)
        repo.create_contract(
            opgave_id,
            question_set_id=qs_contract.question_set_id,
            question_set_version=qs_contract.question_set_version,
            question_set_sha256=qs_contract.question_set_sha256,
            question_set_text=qs_contract.question_set_text,
            reason="Nieuwe wethouder",
        )
    finally:
        db.close()
    out = tmp_path / "v1.pdf"
    assert main(["export-pdf", "--db", db_target, str(opgave_id), "--version", "1", "--out", str(out)]) == 0
    assert "Vingerafdruk" in page_texts(out.read_bytes())[0]
    out2 = tmp_path / "v2.pdf"
    assert main(["export-pdf", "--db", db_target, str(opgave_id), "--out", str(out2)]) == 0
    first = page_texts(out2.read_bytes())[0]
    assert "CONCEPT" in first and "Nieuwe wethouder" in first


def test_replaced_characters_are_warned_about(db_target: str, tmp_path: Path, capsys) -> None:
    opgave_id, _ = _prepare(db_target, title="Buurt 🦄")
    assert main(["export-pdf", "--db", db_target, str(opgave_id), "--out", str(tmp_path / "x.pdf")]) == 0
    err = capsys.readouterr().err
    assert "U+1F984 UNICORN FACE" in err and "let op" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["999"], "Opgave 999 bestaat niet"),
        (["1", "--version", "7"], "heeft geen versie 7"),
        (["1", "--out-dir"], None),
    ],
)
def test_errors_exit_2_in_dutch(
    db_target: str, tmp_path: Path, capsys, argv: list[str], message: str | None
) -> None:
    _prepare(db_target)
    if message is None:  # argparse refuses unknown options itself, also with exit 2
        with pytest.raises(SystemExit) as raised:
            main(["export-pdf", "--db", db_target, *argv])
        assert raised.value.code == 2
        return
    code = main(["export-pdf", "--db", db_target, *argv, "--out", str(tmp_path / "x.pdf")])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_a_missing_folder_exits_2(db_target: str, tmp_path: Path, capsys) -> None:
    opgave_id, _ = _prepare(db_target)
    code = main(["export-pdf", "--db", db_target, str(opgave_id), "--out", str(tmp_path / "weg" / "x.pdf")])
    assert code == 2
    assert "bestaat niet" in capsys.readouterr().err
