"""The record layer (fingerprint, signing, lock, verify, versions, PDF) runs without Qt."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import koerskaart.record, koerskaart.commands.verify, koerskaart.storage.locking
for info in pkgutil.walk_packages(koerskaart.record.__path__, "koerskaart.record."):
    importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(loaded))
"""


def test_importing_the_record_layer_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
