"""The PDF checked by outside tools: qpdf finds no error, pdffonts shows every font embedded, and
pdftoppm writes page images of a signed and a concept version to ``artifacts/pdf/`` to look at."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from koerskaart.record.pdf import DocumentSettings, render_contract
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract, snapshot_of

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "pdf"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (Debian: apt-get install poppler-utils qpdf)")
    return path


DREAM = (
    "Een plein waar kinderen spelen en ouders op een bankje zitten. Winkeliers houden hun deuren open "
    "tot 's avonds laat, en de wijkagent kent de jongeren bij naam. "
) * 6


@pytest.fixture(scope="module")
def pdf_files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    folder = tmp_path_factory.mktemp("pdf-tools")
    db = Database.open(folder / "k.sqlite")
    repo = Repository(db, actor="test")
    files = {}
    for kind in ("signed", "concept"):
        # Without the 5,000-word answer: its thirteen pages of running text add nothing to look at.
        # The concept misses an answer, so its open questions (a bulleted list) are printed too.
        extra = {"story_dream": DREAM} if kind == "signed" else {"story_dream": DREAM, "mandate": ""}
        built = build_contract(repo, signed=kind == "signed", extra_answers=extra)
        settings = DocumentSettings(municipality_name="Gemeente Heemskerk")
        files[kind] = folder / f"{kind}.pdf"
        files[kind].write_bytes(render_contract(snapshot_of(repo, built), built.question_set, settings).data)
    db.close()
    yield files


@pytest.fixture(params=["signed", "concept"])
def pdf_file(request: pytest.FixtureRequest, pdf_files: dict[str, Path]) -> Path:
    return pdf_files[request.param]


def test_qpdf_check_is_clean(pdf_file: Path) -> None:
    result = subprocess.run([_tool("qpdf"), "--check", str(pdf_file)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "No syntax or stream encoding errors found" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr


def test_every_font_is_embedded(pdf_file: Path) -> None:
    result = subprocess.run([_tool("pdffonts"), str(pdf_file)], capture_output=True, text=True, check=True)
    rows = result.stdout.splitlines()[2:]
    assert rows, "the document uses no font at all?"
    for row in rows:
        columns = row.split()
        # name, type (one or two words), encoding, emb, sub, uni, object number, generation.
        emb = columns[-5]
        assert emb == "yes", row
        assert "DejaVuSans" in columns[0], row
    assert "Helvetica" not in result.stdout


def test_page_images_are_written_for_review(pdf_file: Path) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob(f"{pdf_file.stem}-*.png"):
        old.unlink()
    subprocess.run(
        [_tool("pdftoppm"), "-png", "-r", "60", str(pdf_file), str(ARTIFACTS / pdf_file.stem)], check=True
    )
    shutil.copy(pdf_file, ARTIFACTS / pdf_file.name)
    images = sorted(ARTIFACTS.glob(f"{pdf_file.stem}-*.png"))
    assert len(images) > 3
    assert all(image.stat().st_size > 1000 for image in images)
