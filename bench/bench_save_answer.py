"""Benchmark: saving one answer through the repository (median and p95).

Target: median ≤ 2 ms. The baseline is a bare SQLite UPDATE of one row in the same file and the
same process (same journal settings), so the ratio shows what the repository adds: the revision
check, the lock guard and the audit entry.

Run: .venv/bin/python bench/bench_save_answer.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "bench.sqlite")
        repo = Repository(db, actor="bench")
        opgave = repo.create_opgave("Veilige en leefbare buurt Europaplein")
        contract = repo.create_contract(
            opgave.id,
            question_set_id="contracteringsgesprek",
            question_set_version="1.0.0",
            question_set_sha256="0" * 64,
            question_set_text="",
        )
        revision = repo.save_answer(contract.id, "opgave_what", "begin", role="BO", expected_revision=0)
        # The baseline updates a row of its own in the same table.
        revision = repo.save_answer(contract.id, "baseline", "begin", expected_revision=revision)

        baseline: list[float] = []
        saves: list[float] = []
        raw = db.engine.raw_connection()
        try:
            for i in range(runs):
                # Alternate the two so that machine noise hits both alike.
                start = time.perf_counter()
                cursor = raw.cursor()
                cursor.execute(
                    "UPDATE answer SET value = ? WHERE contract_id = ? AND question_key = ?",
                    (f'"baseline {i}"', contract.id, "baseline"),
                )
                raw.commit()
                baseline.append((time.perf_counter() - start) * 1000)

                start = time.perf_counter()
                revision = repo.save_answer(
                    contract.id,
                    "opgave_what",
                    f"Samen zorgen we voor een veilige buurt – versie {i} ë €",
                    role="BO",
                    expected_revision=revision,
                )
                saves.append((time.perf_counter() - start) * 1000)
        finally:
            raw.close()
        db.close()

    base_median = statistics.median(baseline)
    median = statistics.median(saves)
    print(f"runs: {runs}")
    for name, values in (("baseline (bare UPDATE + commit)", baseline), ("save_answer", saves)):
        print(f"{name:32} median {statistics.median(values):.3f} ms, p95 {percentile(values, 0.95):.3f} ms")
    print(f"ratio save_answer / baseline (median): {median / base_median:.1f}x")
    print(f"target median ≤ 2 ms: {'met' if median <= 2.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
