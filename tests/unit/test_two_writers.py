"""Two processes write the same contract for 20 s: every update lands or is reported, none is lost.

It runs on a SQLite file and on the PostgreSQL test server. Meanwhile the test itself fills and
signs another version in the same database; its fingerprint must still verify afterwards.

Each child (``tests/unit/two_writers.py``) appends unique tokens to answers with the revision it
last saw. Afterwards every token a child saw land must be in the file and no refused token may
be: a silent loss would be a landed token that a stale save of the other child overwrote.
``KOERSKAART_TWO_WRITERS_SECONDS`` shortens or lengthens the run (20 s by default).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from koerskaart.record.verify import verify
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository
from tests.unit import record_support
from tests.unit.two_writers import KEYS

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[2]
SECONDS = float(os.environ.get("KOERSKAART_TWO_WRITERS_SECONDS", "20"))


def run_two_writers(
    target: str, contract_id: int, seconds: float = SECONDS, meanwhile: Callable[[], None] | None = None
) -> list[dict]:
    """Start both writers at once on ``target``, run ``meanwhile``, return what each reported."""
    children = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.unit.two_writers", target, str(contract_id), name, str(seconds)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("A", "B")
    ]
    if meanwhile is not None:
        time.sleep(min(2.0, seconds / 4))  # both writers are busy by now
        meanwhile()
    reports = []
    for child in children:
        out, err = child.communicate(timeout=seconds + 120)
        assert child.returncode == 0, err
        reports.append(json.loads(out.strip().splitlines()[-1]))
    return reports


def assert_nothing_lost(repo: Repository, contract_id: int, reports: list[dict]) -> None:
    stored = repo.answers(contract_id)
    tokens = {token for key in KEYS if key in stored for token in stored[key].value}
    landed = {token for report in reports for token in report["landed"]}
    refused = {token for report in reports for token in report["refused"]}
    lost = landed - tokens
    assert not lost, f"{len(lost)} of {len(landed)} saved updates were silently lost: {sorted(lost)[:10]}"
    assert not (refused & tokens), "a save reported as refused was stored after all"
    assert tokens == landed
    # The run proves something only if both wrote and they really got in each other's way.
    assert all(len(report["landed"]) >= 20 for report in reports), reports
    assert sum(len(report["refused"]) for report in reports) > 0
    assert all(report["unchanged"] > 0 for report in reports)


def test_two_processes_lose_no_update(db_target: str) -> None:
    repo = Repository(Database.open(db_target), actor="test")
    try:
        contract_id = repo.create_contract(
            repo.create_opgave("Twee schrijvers").id,
            question_set_id="",
            question_set_version="",
            question_set_sha256="",
            question_set_text="",
        ).id
        qs = record_support.question_set()
        signed_id = record_support.new_contract(repo, qs, "Getekend terwijl anderen schrijven")

        def sign_another_version() -> None:
            record_support.fill(repo, signed_id)
            record_support.sign_all(repo, signed_id, qs)

        reports = run_two_writers(db_target, contract_id, meanwhile=sign_another_version)
        assert_nothing_lost(repo, contract_id, reports)
        result = verify(repo, signed_id)
        assert result.signed and result.intact
    finally:
        repo.db.close()
