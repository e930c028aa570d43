"""The generated form classes match their Designer files (``forms/generate.sh`` was run after an edit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from koerskaart.paths import FORMS_DIR

GENERATED = Path(__file__).resolve().parents[2] / "koerskaart" / "ui" / "generated"
UIC = Path(sys.executable).parent / "pyside6-uic"


@pytest.mark.parametrize("form", sorted(FORMS_DIR.glob("*.ui")), ids=lambda p: p.stem)
def test_generated_form_is_up_to_date(form: Path, tmp_path: Path):
    if not UIC.exists():
        pytest.skip("pyside6-uic is not installed beside this Python")
    out = tmp_path / f"ui_{form.stem}.py"
    subprocess.run([str(UIC), "-o", str(out), str(form)], check=True)
    subprocess.run([sys.executable, str(FORMS_DIR / "trim_imports.py"), str(out)], check=True)
    stored = GENERATED / out.name
    assert stored.exists(), f"run forms/generate.sh: {stored.name} is missing"
    assert stored.read_text(encoding="utf-8") == out.read_text(encoding="utf-8"), (
        f"{form.name} changed after {stored.name} was generated: run forms/generate.sh"
    )
