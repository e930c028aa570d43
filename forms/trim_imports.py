"""Keep only the Qt names a generated form really uses in its ``from PySide6... import (...)`` lines.

``pyside6-uic`` imports some forty classes per form whether used or not; PySide6 creates each
imported class on first access, which costs about 1 ms per ten names at start-up. Run by
``forms/generate.sh`` on every generated file; the result is what ``uic`` wrote minus unused names,
and without the uic version in the header, so the stored files only change when a form does.
"""

import re
import sys
from pathlib import Path

UIC_VERSION = re.compile(r"^(## Created by: Qt User Interface Compiler) version \S+$", re.MULTILINE)
IMPORT = re.compile(r"^from (PySide6\.\w+) import \(?([^)]*?)\)?\n(?=\S|\n)", re.MULTILINE | re.DOTALL)


def trim(text: str) -> str:
    body = "\n".join(line for line in IMPORT.sub("", text).splitlines() if not line.startswith("#"))

    def keep(match: re.Match[str]) -> str:
        names = [n.strip() for n in match.group(2).replace("\n", " ").split(",") if n.strip()]
        used = [n for n in names if re.search(rf"\b{n}\b", body)]
        return f"from {match.group(1)} import {', '.join(used)}\n" if used else ""

    return UIC_VERSION.sub(r"\1", IMPORT.sub(keep, text))


for name in sys.argv[1:]:
    path = Path(name)
    path.write_text(trim(path.read_text(encoding="utf-8")), encoding="utf-8")
