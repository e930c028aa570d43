"""``export-pdf --all``: one complete PDF per opgave, stable names, progress, exit 1 on a changed record."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from pypdf import PdfReader

from koerskaart.cli import main
from koerskaart.record.batch import BatchTarget, slug
from koerskaart.storage.repository import Repository
from tests.unit.record_support import fill, new_contract, question_set, sign_all


@pytest.fixture
def portfolio(repo: Repository) -> dict[str, int]:
    """A signed opgave, a concept, and an opgave that has no contract yet; the file is closed."""
    qs = question_set()
    signed = new_contract(repo, qs, "Zoëlaan: ontmoeten & bewegen")
    fill(repo, signed)
    sign_all(repo, signed, qs)
    concept = new_contract(repo, qs, "Armoede <en> schulden")
    empty = repo.create_opgave("Nog zonder gesprek")
    ids = {
        "signed": repo.get_contract(signed).opgave_id,
        "signed_contract": signed,
        "concept": repo.get_contract(concept).opgave_id,
        "empty": empty.id or 0,
    }
    repo.db.close()
    return ids


def export_all(db_path: Path, out: Path, *extra: str) -> int:
    return main(["export-pdf", "--db", str(db_path), "--all", "--out-dir", str(out), *extra])


def test_every_opgave_with_a_contract_gets_one_complete_file(portfolio, db_path, tmp_path, capsys):
    out = tmp_path / "vergadering"  # created when missing
    assert export_all(db_path, out) == 0
    printed = capsys.readouterr()
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        [
            f"{portfolio['signed']}-zoelaan-ontmoeten-bewegen-v1.pdf",
            f"{portfolio['concept']}-armoede-en-schulden-v1.pdf",
        ]
    )  # no temporary files left, nothing for the opgave without a contract
    lines = printed.out.splitlines()
    assert lines[0].startswith("[1/2] ") and lines[1].startswith("[2/2] ")
    assert "ondertekend" in next(line for line in lines if "zoelaan" in line)
    assert lines[-1] == f"2 bestanden geschreven in {out}."
    for path in out.iterdir():
        assert PdfReader(path).pages  # complete, parseable files
    signed_text = "".join(p.extract_text() for p in PdfReader(next(out.glob("*zoelaan*"))).pages)
    assert "Zoëlaan" in signed_text


def test_signed_only_writes_only_signed_versions(portfolio, db_path, tmp_path, capsys):
    assert export_all(db_path, tmp_path / "uit", "--signed-only") == 0
    assert [p.name for p in (tmp_path / "uit").iterdir()] == [
        f"{portfolio['signed']}-zoelaan-ontmoeten-bewegen-v1.pdf"
    ]
    assert "1 bestand geschreven" in capsys.readouterr().out


def test_a_record_changed_after_signing_is_not_written_and_exits_1(portfolio, db_path, tmp_path, capsys):
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DROP TRIGGER lock_answer_update")
        conn.execute(
            "UPDATE answer SET value = '\"Stilletjes veranderd\"' WHERE contract_id = ? AND question_key = ?",
            (portfolio["signed_contract"], "opgave_what"),
        )
    out = tmp_path / "uit"
    assert export_all(db_path, out) == 1
    printed = capsys.readouterr()
    assert [p.name for p in out.iterdir()] == [f"{portfolio['concept']}-armoede-en-schulden-v1.pdf"]
    assert "NIET geëxporteerd" in printed.out
    assert "1 ondertekende versie is na het ondertekenen gewijzigd en niet geëxporteerd" in printed.err
    assert f"opgave {portfolio['signed']} (Zoëlaan: ontmoeten & bewegen), versie 1" in printed.err


def test_with_force_a_changed_record_is_written_marked_and_still_exits_1(
    portfolio, db_path, tmp_path, capsys
):
    with closing(sqlite3.connect(db_path)) as conn, conn:
        conn.execute("DROP TRIGGER lock_answer_update")
        conn.execute(
            "UPDATE answer SET value = '\"Stilletjes veranderd\"' WHERE contract_id = ? AND question_key = ?",
            (portfolio["signed_contract"], "opgave_what"),
        )
    out = tmp_path / "uit"
    assert export_all(db_path, out, "--force") == 1
    printed = capsys.readouterr()
    assert "gemarkeerd als niet geldig" in printed.err
    changed = out / f"{portfolio['signed']}-zoelaan-ontmoeten-bewegen-v1.pdf"
    text = "".join(page.extract_text() for page in PdfReader(changed).pages)
    assert "GEWIJZIGD NA ONDERTEKENING" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--all", "--out-dir", "X", "1"], "Met --all geeft u geen ID"),
        (["--all"], "Geef met --out-dir MAP"),
        (["--out-dir", "X"], "horen bij --all"),
        ([], "Geef het nummer van een opgave"),
        (["1"], "Geef met --out BESTAND"),
        (["--all", "--out-dir", "X", "--seal", "zegel.p12"], "Een zegel zet u per bestand"),
    ],
)
def test_wrong_combinations_are_explained_in_dutch(
    portfolio, db_path, tmp_path, capsys, monkeypatch, args, message
):
    monkeypatch.chdir(tmp_path)  # nothing may be written, but never into the checkout
    assert main(["export-pdf", "--db", str(db_path), *args]) == 2
    assert not (tmp_path / "X").exists()
    err = capsys.readouterr().err
    assert err.startswith("koerskaart: ") and message in err and err.count("\n") == 1


def test_an_output_folder_that_is_a_file_is_refused(portfolio, db_path, tmp_path, capsys):
    (tmp_path / "bestand").write_text("al bezet", encoding="utf-8")
    assert export_all(db_path, tmp_path / "bestand") == 2
    assert "is geen map" in capsys.readouterr().err
    assert (tmp_path / "bestand").read_text(encoding="utf-8") == "al bezet"


def test_file_names_are_plain_and_stable():
    assert slug("Zoëlaan: ontmoeten & bewegen") == "zoelaan-ontmoeten-bewegen"
    assert slug("  Énergie — 2026/2027 ") == "energie-2026-2027"
    assert slug("🙂🙂") == "opgave"
    assert len(slug("lange titel " * 30)) <= 60 and not slug("lange titel " * 30).endswith("-")
    assert BatchTarget(7, "Wijk <Noord>", 3, 2).file_name == "7-wijk-noord-v2.pdf"
