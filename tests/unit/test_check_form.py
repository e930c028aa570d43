"""``koerskaart check-form`` through the real command line: exit codes, one line per problem, no traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from koerskaart.cli import main
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions import load_question_set

FORMS = Path(__file__).parent / "data" / "forms"


def test_valid_default_set(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-form", str(DEFAULT_QUESTION_SET)]) == 0
    out, err = capsys.readouterr()
    sha = load_question_set(DEFAULT_QUESTION_SET).sha256
    assert err == ""
    assert out.count("\n") == 1
    assert out.startswith(f"{DEFAULT_QUESTION_SET}: in orde")
    assert "'contracteringsgesprek' versie 1.0.0" in out
    assert "10 stappen" in out and "41 vragen" in out
    assert f"sha256 {sha[:12]}" in out


def test_invalid_file_prints_one_line_per_problem(capsys: pytest.CaptureFixture[str]) -> None:
    path = FORMS / "many_problems.toml"
    assert main(["check-form", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 8
    assert all(line.startswith(f"{path}: ") for line in lines)
    assert (
        f"{path}: vraag 'toelichting' (stap 'een'): de voorwaarde noemt een onbekende vraag 'kleur'." in lines
    )
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "name", sorted(p.name for p in FORMS.glob("*.toml") if p.name != "valid_minimal.toml")
)
def test_every_broken_example_exits_2(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-form", str(FORMS / name)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.strip()
    assert "Traceback" not in err
    assert all(line.startswith(f"{FORMS / name}: ") for line in err.splitlines())


def _write(tmp_path: Path, content: bytes) -> Path:
    path = tmp_path / "vragen.toml"
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (lambda d: d / "bestaat-niet.toml", "het bestand bestaat niet."),
        (lambda d: d, "dit is een map, geen vragenlijstbestand."),
        (lambda d: _write(d, bytes(range(256)) * 4), "het bestand is geen UTF-8-tekst"),
        (lambda d: _write(d, "titel = 'café'".encode("latin-1")), "het bestand is geen UTF-8-tekst"),
        (lambda d: _write(d, b"\x00\x00\x00"), "het bestand bevat binaire gegevens"),
        (lambda d: _write(d, b"[meta\nid = 1"), "TOML-fout op regel 1"),
    ],
)
def test_unreadable_input_never_gives_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], make, expected: str
) -> None:
    path = make(tmp_path)
    assert main(["check-form", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == f"{path}: {expected}\n" or (err.startswith(f"{path}: {expected}") and err.count("\n") == 1)
    assert "Traceback" not in err


def test_valid_minimal_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check-form", str(FORMS / "valid_minimal.toml")]) == 0
    out, _ = capsys.readouterr()
    assert "2 stappen, 4 vragen" in out
