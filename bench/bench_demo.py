"""Benchmark: filling a new database with the demo portfolio (``koerskaart demo``).

Prints the median time of ``load_demo`` on a fresh file, against a baseline measured in the
same run: creating and migrating an empty database file, which every ``demo`` run also pays.
A second ``load_demo`` on the same file (the idempotent no-op) is timed too.

Run: .venv/bin/python bench/bench_demo.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from koerskaart.demo.build import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    question_set = load_question_set(DEFAULT_QUESTION_SET)
    create, demo, again = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(runs):
            start = time.perf_counter()
            db = Database.open(Path(folder) / f"leeg-{i}.sqlite")
            create.append(time.perf_counter() - start)
            db.close()

            db = Database.open(Path(folder) / f"demo-{i}.sqlite")
            repo = Repository(db, actor="bench")
            start = time.perf_counter()
            load_demo(repo, question_set)
            demo.append(time.perf_counter() - start)
            start = time.perf_counter()
            load_demo(repo, question_set)
            again.append(time.perf_counter() - start)
            db.close()
    base = statistics.median(create)
    print(f"runs: {runs}")
    print(f"baseline: create + migrate an empty file  median {base * 1000:7.1f} ms")
    print(f"load_demo on that new file                median {statistics.median(demo) * 1000:7.1f} ms")
    print(f"load_demo again (already present)         median {statistics.median(again) * 1000:7.1f} ms")
    print(f"ratio demo / baseline: {statistics.median(demo) / base:.1f}x")


if __name__ == "__main__":
    main()
