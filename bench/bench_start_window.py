"""The start window with 300 opgaven, from creating the main window to the filled list shown.

Each round builds a fresh :class:`~koerskaart.ui.main_window.MainWindow`, gives it the opened
database (300 opgaven, each with a contract version and an opdrachtnemer), reads the list, fills
the table and paints the window. Opening the file and importing the storage layer happen once
before (they belong to the start-up benchmark). Prints the first round and the median of the
rest (target: ≤ 200 ms to shown), and how much of it is ``Repository.list_opgaven``.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_start_window.py [ROUNDS]``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from koerskaart.conversation.opening import first_contract  # noqa: E402
from koerskaart.paths import DEFAULT_QUESTION_SET  # noqa: E402
from koerskaart.questions.loader import load_question_set  # noqa: E402
from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.models import Participant, Role  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402
from koerskaart.ui import messages  # noqa: E402
from koerskaart.ui.main_window import MainWindow  # noqa: E402
from koerskaart.ui.settings import UiSettings  # noqa: E402

COUNT = 300
STATUSES = ("concept", "in_gesprek", "ter_ondertekening", "getekend", "herzien")


def make_database(path: Path) -> None:
    repo = Repository(Database.open(path), actor="bench")
    question_set = load_question_set(DEFAULT_QUESTION_SET)
    for number in range(COUNT):
        opgave = repo.create_opgave(f"Opgave {number:03d}: leefbare wijk, energie en zorg")
        assert opgave.id is not None
        contract = first_contract(repo, opgave.id, question_set)
        assert contract.id is not None
        repo.save_row(
            Participant(contract_id=contract.id, role=Role.TASK_LEADER, name=f"Opdrachtnemer {number}")
        )
        repo.set_contract_status(contract.id, STATUSES[number % len(STATUSES)])
    repo.db.close()


def one_round(app: QApplication, settings: UiSettings, repo: Repository) -> tuple[float, float]:
    started = time.perf_counter()
    window = MainWindow(settings)
    window.resize(1280, 720)
    window.show()
    window.set_repository(repo)
    app.processEvents()
    window.repaint()  # the paint of the filled list, done now rather than on the next turn
    shown = (time.perf_counter() - started) * 1000
    assert window.start.model.rowCount() == COUNT
    started = time.perf_counter()
    repo.list_opgaven()
    read = (time.perf_counter() - started) * 1000
    window.repo = None  # the repository outlives the window in this benchmark
    window.close()
    window.deleteLater()
    app.processEvents()
    return shown, read


def main() -> None:
    rounds_count = int(sys.argv[1]) if len(sys.argv) > 1 else 15
    app = QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp, messages.recording():
        db = Path(tmp) / "bench.sqlite"
        make_database(db)
        settings = UiSettings(Path(tmp) / "settings.ini")
        started = time.perf_counter()
        repo = Repository(Database.open(db), actor="bench")
        opened = (time.perf_counter() - started) * 1000
        first, _ = one_round(app, settings, repo)
        rounds = [one_round(app, settings, repo) for _ in range(rounds_count)]
        repo.db.close()
    shown = statistics.median(r[0] for r in rounds)
    read = statistics.median(r[1] for r in rounds)
    print(f"start window with {COUNT} opgaven, main window created to list shown:")
    print(f"  first round (cold caches):  {first:7.1f} ms")
    print(f"  median of {rounds_count} rounds:       {shown:7.1f} ms  (target <= 200 ms)")
    print(f"  of which list_opgaven():    {read:7.1f} ms")
    print(f"  (opening the file before:   {opened:7.1f} ms, part of the start-up benchmark)")


if __name__ == "__main__":
    main()
