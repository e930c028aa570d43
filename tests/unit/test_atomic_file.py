"""The one atomic writer: whole file or nothing, and never a device swapped for a file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from koerskaart.atomic_file import write_atomically
from koerskaart.errors import UserFacingError


def test_writes_the_whole_file(tmp_path: Path) -> None:
    target = write_atomically(tmp_path / "contract.pdf", b"%PDF-1.4 ...")
    assert target.read_bytes() == b"%PDF-1.4 ..."
    assert [p.name for p in tmp_path.iterdir()] == ["contract.pdf"]


def test_a_named_pipe_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    pipe = tmp_path / "pijp"
    os.mkfifo(pipe)
    with pytest.raises(UserFacingError, match="geen gewoon bestand"):
        write_atomically(pipe, b"data")
    assert pipe.is_fifo()
    assert [p.name for p in tmp_path.iterdir()] == ["pijp"]
