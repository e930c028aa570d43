"""The portfolio figures, the board PDF, the workbook and their commands run without Qt."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
import importlib, pkgutil, sys
import koerskaart.portfolio, koerskaart.commands.portfolio_pdf, koerskaart.commands.portfolio_xlsx
for info in pkgutil.walk_packages(koerskaart.portfolio.__path__, "koerskaart.portfolio."):
    importlib.import_module(info.name)
loaded = sorted(m for m in sys.modules if m.startswith(("PySide6", "shiboken6")))
print(",".join(loaded))
"""


def test_importing_the_portfolio_layer_loads_no_qt() -> None:
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
