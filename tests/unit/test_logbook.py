"""The log file: tracebacks and warnings with time and version, rotating, and never what people typed."""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from koerskaart import __version__, logbook
from koerskaart.cli import main
from koerskaart.commands import list_opgaven
from koerskaart.storage.models import Answer, FacilitatorNote
from koerskaart.storage.repository import Repository

SECRET_ANSWER = "Geheim antwoord: de wethouder twijfelt 🤫"
SECRET_NOTE = "Notitie van de facilitator: niet hardop zeggen"


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "log"
    monkeypatch.setenv(logbook.LOG_DIR_ENV_VAR, str(folder))
    yield folder
    logbook.uninstall()


def _log_text(folder: Path) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("koerskaart.log*")))


def test_a_traceback_is_written_with_time_and_version_but_without_what_was_typed(
    log_dir: Path, repo: Repository
) -> None:
    assert logbook.install() == log_dir / "koerskaart.log"
    contract = repo.create_contract(
        repo.create_opgave("Logtest").id or 0,
        question_set_id="",
        question_set_version="",
        question_set_sha256="",
        question_set_text="",
    )
    repo.save_answer(contract.id or 0, "opgave_what", SECRET_ANSWER)
    repo.save_note(FacilitatorNote(contract_id=contract.id or 0, text=SECRET_NOTE))
    # A real failure whose message quotes the typed text: SQLAlchemy lists a statement's parameters.
    try:
        with Session(repo.db.engine) as s:
            s.add(Answer(contract_id=contract.id or 0, question_key="opgave_what", value=SECRET_ANSWER))
            s.add(FacilitatorNote(contract_id=contract.id or 0, text=SECRET_NOTE))
            s.commit()
    except Exception as exc:  # noqa: BLE001  (any failure will do: it is logged, not judged)
        assert SECRET_ANSWER in str(exc)  # the raw text would leak it
        path = logbook.record_unexpected(exc, "test")
    else:
        raise AssertionError("the duplicate answer should have been refused")
    text = _log_text(log_dir)
    assert path == log_dir / "koerskaart.log"
    assert re.search(
        rf"^\d{{4}}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ ERROR koerskaart {re.escape(__version__)} ", text, re.M
    )
    assert "sqlalchemy.exc.IntegrityError (melding weggelaten)" in text
    assert 'File "' in text and "line " in text  # the frames are there
    for secret in (SECRET_ANSWER, SECRET_NOTE, "Geheim", "facilitator: niet", "🤫"):
        assert secret not in text


def test_warnings_go_to_the_log(log_dir: Path) -> None:
    logbook.install()
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.warn("een proefwaarschuwing", UserWarning, stacklevel=1)
    text = _log_text(log_dir)
    assert " WARNING koerskaart " in text and "een proefwaarschuwing" in text


def test_the_log_rotates(log_dir: Path) -> None:
    logbook.install()
    logger = logging.getLogger("koerskaart.proef")
    for number in range(logbook.MAX_BYTES // 500 + 10):
        logger.warning("regel %d %s", number, "x" * 500)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files[:2] == ["koerskaart.log", "koerskaart.log.1"]
    assert all(p.stat().st_size <= logbook.MAX_BYTES for p in log_dir.iterdir())


def test_an_unexpected_error_of_a_command_is_one_line_and_logged(
    log_dir: Path, db_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_args: object) -> int:
        raise RuntimeError(SECRET_ANSWER)

    monkeypatch.setattr(list_opgaven, "run", broken)
    assert main(["list", "--db", str(db_path)]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err and SECRET_ANSWER not in err
    assert f"De details staan in {log_dir / 'koerskaart.log'}" in err
    text = _log_text(log_dir)
    assert "builtins.RuntimeError (melding weggelaten)" in text and "opdracht list" in text
    assert SECRET_ANSWER not in text
