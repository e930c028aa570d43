"""Benchmark: Koerskaart on a local PostgreSQL server, against the bare driver in the same run.

Starts a throwaway PostgreSQL cluster (initdb + pg_ctl under a temporary folder, as the tests
do; fsync off as in the tests, so the figures show what Koerskaart adds, not the disk), then:

1. saving one answer (``Repository.save_answer``: revision check, upsert, audit entry) on the
   server, median and p95, against the bare psycopg round trip of one UPDATE + COMMIT on the same
   server, alternated so noise hits both alike; the same on a SQLite file beside it for
   comparison. Targets: server median <= 5 ms, SQLite median <= 2 ms.
2. the start window with 300 opgaven on the server, main window created to the filled list
   painted (target <= 300 ms), against the bare driver's SELECT of the same rows.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_server.py [--runs N]``
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # for tests/postgres_server.py

import psycopg  # noqa: E402
from bench_start_window import COUNT, make_database, one_round  # noqa: E402

from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402
from tests.postgres_server import ThrowawayServer, missing_reason  # noqa: E402


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return (time.perf_counter() - start) * 1000


def save_answer_figures(target: str, runs: int, baseline: Callable[[int, int], None]) -> tuple[list, list]:
    repo = Repository(Database.open(target), actor="bench")
    opgave = repo.create_opgave("Veilige en leefbare buurt Europaplein")
    contract = repo.create_contract(
        opgave.id,
        question_set_id="contracteringsgesprek",
        question_set_version="1.0.0",
        question_set_sha256="0" * 64,
        question_set_text="",
    )
    revision = repo.save_answer(contract.id, "opgave_what", "begin", role="BO", expected_revision=0)
    revision = repo.save_answer(contract.id, "baseline", "begin", expected_revision=revision)
    bare: list[float] = []
    saves: list[float] = []
    state = {"revision": revision}

    def save(i: int) -> None:
        state["revision"] = repo.save_answer(
            contract.id,
            "opgave_what",
            f"Samen zorgen we voor een veilige buurt – versie {i} ë €",
            role="BO",
            expected_revision=state["revision"],
        )

    for i in range(runs):
        bare.append(timed(lambda i=i: baseline(contract.id, i)))
        saves.append(timed(lambda i=i: save(i)))
    repo.db.close()
    return bare, saves


def report(title: str, bare: list[float], saves: list[float], target_ms: float, bare_name: str) -> None:
    median = statistics.median(saves)
    print(title)
    for name, values in ((bare_name, bare), ("save_answer", saves)):
        print(
            f"  {name:34} median {statistics.median(values):6.3f} ms, p95 {percentile(values, 0.95):6.3f} ms"
        )
    print(f"  ratio save_answer / baseline (median): {median / statistics.median(bare):.1f}x")
    print(f"  target median <= {target_ms:g} ms: {'met' if median <= target_ms else 'NOT met'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=500)
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    reason = missing_reason()
    if reason:
        print(reason)
        return
    server = ThrowawayServer()
    try:
        server.admin("CREATE DATABASE bench_save")
        url = server.url("bench_save")
        with psycopg.connect(url) as raw:

            def bare_update(contract_id: int, i: int) -> None:
                raw.execute(
                    "UPDATE answer SET value = %s WHERE contract_id = %s AND question_key = %s",
                    (f'"baseline {i}"', contract_id, "baseline"),
                )
                raw.commit()

            Database.open(url).close()  # the schema, before the baseline's first UPDATE
            bare, saves = save_answer_figures(url, args.runs, bare_update)
        report(
            f"save one answer on PostgreSQL ({args.runs} runs):",
            bare,
            saves,
            5.0,
            "baseline (psycopg UPDATE + COMMIT)",
        )

        with tempfile.TemporaryDirectory() as folder:
            path = str(Path(folder) / "bench.sqlite")
            Database.open(path).close()
            import sqlite3

            with sqlite3.connect(path) as lite:

                def bare_sqlite(contract_id: int, i: int) -> None:
                    lite.execute(
                        "UPDATE answer SET value = ? WHERE contract_id = ? AND question_key = ?",
                        (f'"baseline {i}"', contract_id, "baseline"),
                    )
                    lite.commit()

                bare, saves = save_answer_figures(path, args.runs, bare_sqlite)
            report(
                f"save one answer on SQLite, for comparison ({args.runs} runs):",
                bare,
                saves,
                2.0,
                "baseline (sqlite3 UPDATE + commit)",
            )

        from PySide6.QtWidgets import QApplication

        from koerskaart.ui import messages
        from koerskaart.ui.settings import UiSettings

        server.admin("CREATE DATABASE bench_start")
        url = server.url("bench_start")
        make_database(url)
        app = QApplication(sys.argv[:1])
        with tempfile.TemporaryDirectory() as folder, messages.recording(), psycopg.connect(url) as raw:
            settings = UiSettings(Path(folder) / "settings.ini")
            repo = Repository(Database.open(url), actor="bench")
            one_round(app, settings, repo)
            rounds = [one_round(app, settings, repo) for _ in range(args.rounds)]
            selects = [
                timed(lambda: raw.execute("SELECT id, title, status, updated_at FROM opgave").fetchall())
                for _ in range(args.rounds)
            ]
            repo.db.close()
        shown = statistics.median(r[0] for r in rounds)
        print(f"start window with {COUNT} opgaven on PostgreSQL ({args.rounds} rounds):")
        print(f"  baseline (psycopg SELECT of the opgaven)  median {statistics.median(selects):6.1f} ms")
        listed = statistics.median(r[1] for r in rounds)
        print(f"  list_opgaven()                            median {listed:6.1f} ms")
        print(f"  main window created to list shown         median {shown:6.1f} ms")
        print(f"  target <= 300 ms: {'met' if shown <= 300 else 'NOT met'}")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
