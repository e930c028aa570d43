"""Code paths that differ on Windows, tested by simulating the platform where that is possible."""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from koerskaart import atomic_file
from koerskaart.paths import shipped_folder
from koerskaart.storage.file_check import sqlite_uri


def test_no_folder_is_opened_for_fsync_on_windows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    opened: list[str] = []
    real_open = os.open

    def recording_open(path, flags, *args, **kwargs):
        if Path(path).is_dir():
            opened.append(str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(atomic_file.os, "open", recording_open)
    atomic_file.write_atomically(tmp_path / "posix.pdf", b"%PDF-1.4 posix")
    assert opened == [str(tmp_path)]  # POSIX: the folder is synced after the rename

    opened.clear()
    monkeypatch.setattr(sys, "platform", "win32")
    target = atomic_file.write_atomically(tmp_path / "windows.pdf", b"%PDF-1.4 windows")
    assert opened == []  # Windows refuses to open a folder: not even tried
    assert target.read_bytes() == b"%PDF-1.4 windows"


def test_sqlite_uris_are_valid_for_windows_paths_and_odd_names():
    windows = PureWindowsPath(r"C:\Users\Anne de Vries\Koerskaart\gemeente #1.sqlite")
    assert (
        sqlite_uri(windows, "rw")
        == "file:///C:/Users/Anne%20de%20Vries/Koerskaart/gemeente%20%231.sqlite?mode=rw"
    )
    assert sqlite_uri(PurePosixPath("/data/vraag?.sqlite"), "ro") == "file:///data/vraag%3F.sqlite?mode=ro"
    share = PureWindowsPath(r"\\gemeente\data\koerskaart.sqlite")  # a network share: no host name
    assert sqlite_uri(share, "rw") == "file:////gemeente/data/koerskaart.sqlite?mode=rw"


def test_a_database_whose_name_holds_uri_characters_is_read(tmp_path: Path):
    from koerskaart.storage.database import Database
    from koerskaart.storage.quick_read import read_start_list
    from koerskaart.storage.repository import Repository

    path = tmp_path / "map met spatie" / "gemeente #1 100%.sqlite"
    repo = Repository(Database.open(path), actor="test")
    repo.create_opgave("Zoëlaan")
    repo.db.close()
    quick = read_start_list(path)
    assert quick is not None and [o.title for o in quick.opgaven] == ["Zoëlaan"]


def test_shipped_folders_come_from_the_package_when_built_in(tmp_path: Path):
    package = tmp_path / "site-packages" / "koerskaart"
    (package / "resources").mkdir(parents=True)
    assert shipped_folder("resources", package) == package / "resources"  # wheel, frozen
    assert shipped_folder("forms", package) == tmp_path / "site-packages" / "forms"  # checkout layout


def test_a_program_without_a_console_writes_nothing_and_does_not_fail(monkeypatch: pytest.MonkeyPatch):
    from koerskaart.commands.common import write_output

    monkeypatch.setattr(sys, "stdout", None)  # pythonw / koerskaart-gui.exe on Windows
    write_output("Nr  Titel\n")
