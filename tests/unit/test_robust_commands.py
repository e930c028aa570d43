"""The command line with very long titles: a readable table, and no import of a title the app refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.exchange import dump, export_opgave
from koerskaart.storage.repository import Repository
from tests.unit.demo_support import table_counts


def test_the_table_shortens_a_very_long_title_and_json_keeps_it(
    repo: Repository, db_target: str, capsys: pytest.CaptureFixture[str]
) -> None:
    long = ("Zoë & <buurt> 😀\t" + "heel lang " * 30)[:200]
    repo.create_opgave("Kort")
    repo.create_opgave(long)
    assert main(["list", "--db", db_target]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) < 120
    assert any(line.split()[1:2] == ["Kort"] for line in lines)
    assert any("Zoë & <buurt> 😀 heel lang" in line and "…" in line for line in lines)
    assert main(["list", "--db", db_target, "--json"]) == 0
    titles = [item["title"] for item in json.loads(capsys.readouterr().out)]
    assert long.strip() in titles


def test_import_refuses_a_title_longer_than_the_app_allows(
    repo: Repository, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    opgave = repo.create_opgave("Tijdelijk")
    document = json.loads(dump(export_opgave(repo, opgave.id)))
    document["opgave"]["title"] = "T " + "lang woord " * 1000
    path = tmp_path / "lang.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    before = table_counts(repo)
    assert main(["import-json", str(path), "--db", db_target]) == 2
    err = capsys.readouterr().err
    assert "hoogstens 200 tekens" in err and "Traceback" not in err
    assert table_counts(repo) == before
    document["opgave"]["title"] = "Ë" * 200
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    assert main(["import-json", str(path), "--db", db_target]) == 0


def test_exports_never_replace_a_pipe_or_device_with_a_file(
    repo: Repository, db_target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import os
    import stat

    opgave = repo.create_opgave("Zoë & <buurt>")
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    for argv in (
        ["export-json", str(opgave.id), "--out", str(pipe)],
        ["export-pdf", str(opgave.id), "--out", str(pipe)],
    ):
        assert main([*argv, "--db", db_target]) == 2, argv
        err = capsys.readouterr().err
        assert "geen gewoon bestand" in err and "Traceback" not in err
        assert stat.S_ISFIFO(pipe.stat().st_mode)


class _FullStdout:
    def __init__(self, error: OSError) -> None:
        self.error = error

    def write(self, _text: str) -> int:
        raise self.error

    def flush(self) -> None:
        raise self.error

    def fileno(self) -> int:
        raise ValueError("no descriptor")


def test_output_on_a_full_disk_or_a_closed_pipe(
    repo: Repository, db_target: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import errno
    import sys

    opgave = repo.create_opgave("Iets")
    monkeypatch.setattr(sys, "stdout", _FullStdout(OSError(errno.ENOSPC, "No space left on device")))
    assert main(["list", "--db", db_target]) == 2
    assert main(["export-json", str(opgave.id), "--db", db_target]) == 2
    err = capsys.readouterr().err
    assert err.count("de schijf is vol") == 2
    monkeypatch.setattr(sys, "stdout", _FullStdout(BrokenPipeError(errno.EPIPE, "Broken pipe")))
    assert main(["list", "--db", db_target]) == 0  # `| head` stopped reading: not an error


def test_no_message_outside_the_window_speaks_of_the_window() -> None:
    """The command line prints messages of storage, exchange and record: they may not say that
    something 'staat nog in het venster' (there is no window)."""
    package = Path(__file__).resolve().parents[2] / "koerskaart"
    offenders = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "ui" not in path.relative_to(package).parts[:1]
        and path.name != "app.py"
        and "het venster" in path.read_text(encoding="utf-8").lower()
    ]
    assert offenders == []
