"""The frozen build (PyInstaller, ``packaging/koerskaart.spec``) runs without the checkout.

Builds the one-folder app from a clean copy of the sources into a temporary folder, then runs the
frozen ``koerskaart`` from another folder with a clean environment: ``--version``, ``demo``,
``export-pdf`` and an offscreen start to the usable start window. Also checks that the folder
carries what the spec promises (Qt's platform plugins, ``qtbase_nl.qm``, the fonts, the question
set, the migrations). Slow (a minute or more): marked ``packaging``; ``.ci/run`` runs it after
the main suite. Skipped, loudly, where PyInstaller is not installed.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from koerskaart import __version__
from tests.packaging.support import MARKER, clean_env, copy_sources, run

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

if importlib.util.find_spec("PyInstaller") is None:
    pytest.skip(
        "PyInstaller is not installed (pip install -e '.[packaging]'); the frozen build is not tested",
        allow_module_level=True,
    )


@pytest.fixture(scope="module")
def app_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("frozen")
    source = copy_sources(work / "source")
    env = clean_env(work / "home")
    run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level",
            "WARN",
            "--distpath",
            work / "dist",
            "--workpath",
            work / "build",
            source / "packaging" / "koerskaart.spec",
        ],
        env=env,
        cwd=source,
        timeout=900,
    )
    return work / "dist" / "koerskaart"


def frozen(app_dir: Path, home: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess:
    program = app_dir / ("koerskaart.exe" if sys.platform == "win32" else "koerskaart")
    return run([program, *args], env=clean_env(home, **env), cwd=home)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def test_the_folder_carries_qt_plugins_translations_fonts_and_the_question_set(app_dir: Path):
    inside = app_dir / "_internal"
    names = {p.name for p in inside.rglob("*")}
    assert {"qtbase_nl.qm", "DejaVuSans.ttf", "contracteringsgesprek.toml", "koerskaart_en.qm"} <= names
    assert any(n.startswith("libqoffscreen") or n == "qoffscreen.dll" for n in names)
    assert any(n.startswith("libqxcb") or n == "qwindows.dll" for n in names)
    assert (inside / "koerskaart" / "storage" / "migrations" / "versions" / "0001_initial.py").is_file()
    assert (inside / "koerskaart" / "resources" / "icons" / "koerskaart.svg").is_file()
    assert (app_dir / ("koerskaart-gui.exe" if sys.platform == "win32" else "koerskaart-gui")).is_file()


def test_the_frozen_program_runs_demo_and_export_pdf(app_dir: Path, home: Path):
    assert frozen(app_dir, home, "--version").stdout.strip() == f"koerskaart {__version__}"
    assert "19 opgaven" in frozen(app_dir, home, "demo").stdout
    out = home / "opgave-1.pdf"
    frozen(app_dir, home, "export-pdf", "1", "--out", out)
    assert "Europaplein" in "".join(page.extract_text() for page in PdfReader(out).pages)


def test_the_frozen_window_starts_offscreen_with_qt_in_dutch(app_dir: Path, home: Path):
    frozen(app_dir, home, "demo")
    shown = frozen(app_dir, home, KOERSKAART_BENCH_EXIT_ON_SHOW="loaded")
    assert MARKER in shown.stdout
    assert "opgaven=19" in shown.stdout
    assert "focus=search" in shown.stdout
    assert "qtbase_nl" not in shown.stderr  # Qt's Dutch strings were found in the folder
