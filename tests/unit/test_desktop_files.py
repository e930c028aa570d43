"""The desktop entry and the AppStream metainfo validate, and name the icon and version we ship."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from koerskaart import __version__
from koerskaart.paths import APP_ID, ICONS_DIR

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (.ci/bootstrap installs it); this file is not validated")
    return found


def test_the_desktop_entry_validates():
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_the_metainfo_validates():
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--strict", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_both_name_what_is_shipped():
    entry = dict(
        line.split("=", 1) for line in DESKTOP.read_text(encoding="utf-8").splitlines() if "=" in line
    )
    assert entry["Icon"] == APP_ID and entry["Exec"] == "koerskaart"
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == DESKTOP.name
    assert root.find("releases/release").get("version") == __version__
    assert (ICONS_DIR / "koerskaart.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (ICONS_DIR / f"koerskaart-{size}.png").is_file()
