"""Writing the PDF atomically: a failure leaves no partial file and says what is wrong, in Dutch."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

import pytest

from koerskaart.errors import UserFacingError
from koerskaart.record.pdf import DocumentSettings, export_contract_pdf
from koerskaart.record.pdf.export import write_atomically
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract, page_texts, snapshot_of


def test_export_writes_the_file_and_reports_pages(repo: Repository, tmp_path: Path) -> None:
    built = build_contract(repo, signed=True, extra_answers={"story_dream": "Kort."})
    folder = tmp_path / "uit"
    folder.mkdir()
    target = folder / "contract.pdf"
    result = export_contract_pdf(snapshot_of(repo, built), built.question_set, DocumentSettings(), target)
    assert result.path == target
    assert target.read_bytes().startswith(b"%PDF-")
    assert len(page_texts(target.read_bytes())) == result.pages
    assert list(folder.iterdir()) == [target]  # no temporary file left beside it


def test_a_missing_folder_is_refused_in_dutch(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="bestaat niet"):
        write_atomically(tmp_path / "nergens" / "x.pdf", b"%PDF-1.4")
    assert not (tmp_path / "nergens").exists()


def test_a_folder_as_target_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UserFacingError, match="is een map"):
        write_atomically(tmp_path, b"%PDF-1.4")


def test_a_read_only_folder_gives_a_clear_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if os.geteuid() == 0:
        # root writes anywhere; simulate what the file system says to an ordinary user.
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(UserFacingError, match="u mag in die map niet schrijven"):
            write_atomically(folder / "x.pdf", b"%PDF-1.4")
    finally:
        folder.chmod(0o755)
    assert list(folder.iterdir()) == []


def test_a_full_disk_leaves_no_partial_file_and_keeps_the_old_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "contract.pdf"
    target.write_bytes(b"the earlier export")
    real_fdopen = os.fdopen

    class FullDisk:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()
            return False

        def write(self, data: bytes) -> int:
            self.handle.write(data[: len(data) // 2])  # half of it reached the disk
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda fd, mode: FullDisk(real_fdopen(fd, mode)))
    with pytest.raises(UserFacingError, match="de schijf is vol"):
        write_atomically(target, b"%PDF-1.4 " + b"x" * 10_000)
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["contract.pdf"]


def test_a_failing_fsync_also_cleans_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(fd: int) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(UserFacingError, match="kan niet worden opgeslagen"):
        write_atomically(tmp_path / "x.pdf", b"%PDF-1.4")
    assert list(tmp_path.iterdir()) == []
