"""The built wheel works on its own: installed into a fresh venv outside the checkout.

Builds the wheel from a clean copy of the sources (``pip wheel``), installs it with its
dependencies into a new virtual environment in a temporary folder and runs the installed
``koerskaart`` from there: ``--version``, ``demo``, ``list``, ``export-pdf``, ``check-form`` on the
question set the wheel carries, and the window, offscreen, until its start window is usable.
Slow (a minute or two, mostly installing PySide6): marked ``packaging``, run by ``.ci/run``
after the main suite (``pytest -m packaging``).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from koerskaart import __version__
from tests.packaging.support import MARKER, clean_env, copy_sources, run

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = copy_sources(work / "source")
    env = clean_env(work / "home")
    run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", work / "wheels", source],
        env=env,
        cwd=work,
        timeout=300,
    )
    wheels = list((work / "wheels").glob("koerskaart-*.whl"))
    assert len(wheels) == 1, wheels
    target = work / "venv"
    run([sys.executable, "-m", "venv", target], env=env, cwd=work)
    run([bin_dir(target) / "python", "-m", "pip", "install", "-q", wheels[0]], env=env, cwd=work, timeout=600)
    return target


def bin_dir(venv: Path) -> Path:
    return venv / ("Scripts" if sys.platform == "win32" else "bin")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    return tmp_path / "home"


def koerskaart(venv: Path, home: Path, *args: str | Path, **env: str) -> subprocess.CompletedProcess:
    return run([bin_dir(venv) / "koerskaart", *args], env=clean_env(home, **env), cwd=home)


def test_the_installed_package_finds_its_files_inside_itself(venv: Path, home: Path):
    script = (
        "import json, koerskaart, koerskaart.paths as p;"
        "print(json.dumps({'package': koerskaart.__file__, 'questions': str(p.DEFAULT_QUESTION_SET),"
        " 'fonts': str(p.FONTS_DIR), 'i18n': str(p.I18N_DIR), 'forms': str(p.FORMS_DIR),"
        " 'icons': str(p.ICONS_DIR)}))"
    )
    found = json.loads(run([bin_dir(venv) / "python", "-c", script], env=clean_env(home), cwd=home).stdout)
    for key, value in found.items():
        assert Path(value).resolve().is_relative_to(venv.resolve()), (key, value)
    assert Path(found["questions"]).is_file()
    assert (Path(found["fonts"]) / "DejaVuSans.ttf").is_file()
    assert (Path(found["i18n"]) / "koerskaart_en.qm").is_file()
    assert (Path(found["icons"]) / "koerskaart.svg").is_file()
    assert sorted(p.name for p in Path(found["forms"]).glob("*.ui"))


def test_commands_run_from_the_installed_wheel(venv: Path, home: Path):
    assert koerskaart(venv, home, "--version").stdout.strip() == f"koerskaart {__version__}"
    demo = koerskaart(venv, home, "demo")
    assert "19 opgaven" in demo.stdout
    listing = json.loads(koerskaart(venv, home, "list", "--json").stdout)
    assert len(listing) == 19
    europaplein = next(o for o in listing if o["title"].startswith("Veilige en leefbare buurt Europaplein"))
    out = home / "europaplein.pdf"
    koerskaart(venv, home, "export-pdf", str(europaplein["id"]), "--out", out)
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Europaplein" in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts
    shipped = run(
        [bin_dir(venv) / "python", "-c", "import koerskaart.paths as p; print(p.DEFAULT_QUESTION_SET)"],
        env=clean_env(home),
        cwd=home,
    ).stdout.strip()
    checked = koerskaart(venv, home, "check-form", shipped)
    assert "in orde" in checked.stdout


def test_the_window_starts_offscreen_to_a_usable_start_window(venv: Path, home: Path):
    koerskaart(venv, home, "demo")
    shown = koerskaart(venv, home, KOERSKAART_BENCH_EXIT_ON_SHOW="loaded")
    assert MARKER in shown.stdout
    assert "opgaven=19" in shown.stdout
    assert "focus=search" in shown.stdout
    assert "qtbase_nl" not in shown.stderr  # Qt's Dutch strings were found
