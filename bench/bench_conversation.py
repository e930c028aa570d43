"""Benchmarks of the conversation window with the full Europaplein contract (demo data).

Prints medians with a baseline measured in the same run, and the ratio:

* step switch: ``ConversationWindow.show_step`` plus the layout and paint it causes, against
  switching a bare ``QStackedWidget`` of empty pages (target: median ≤ 16 ms);
* keystroke to saved: one typed character delivered to a real editor and written by the autosave
  (``Autosave.flush``: save through the session, status bar update), all on the UI thread, against
  a bare ``ContractSession.save_answer`` call (target: median ≤ 5 ms);
* the step-list refresh after a save (debounced, runs once per burst of typing), for information.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_conversation.py``
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, Qt  # noqa: E402
from PySide6.QtGui import QKeyEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget  # noqa: E402

from koerskaart.demo import load_demo  # noqa: E402
from koerskaart.paths import DEFAULT_QUESTION_SET  # noqa: E402
from koerskaart.questions.loader import load_question_set  # noqa: E402
from koerskaart.record.versions import recontract  # noqa: E402
from koerskaart.storage.database import Database  # noqa: E402
from koerskaart.storage.repository import Repository  # noqa: E402
from koerskaart.ui import messages  # noqa: E402
from koerskaart.ui.conversation.window import ConversationWindow  # noqa: E402
from koerskaart.ui.settings import UiSettings  # noqa: E402

ROUNDS = 200


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def report(name: str, value: float, baseline: float, target: float | None) -> None:
    verdict = "" if target is None else ("  OK" if value <= target else f"  ABOVE TARGET {target:g} ms")
    print(
        f"{name:<34} median {value:7.3f} ms   baseline {baseline:7.3f} ms   "
        f"ratio {value / baseline:6.1f}x{verdict}"
    )


def bench_step_switch(app: QApplication, window: ConversationWindow) -> tuple[float, float]:
    keys = window.step_keys()
    samples = []
    for i in range(ROUNDS):
        key = keys[i % len(keys)]
        start = time.perf_counter()
        window.show_step(key)
        app.processEvents()
        samples.append(time.perf_counter() - start)
    stack = QStackedWidget()
    for _ in keys:
        stack.addWidget(QWidget())
    stack.resize(1280, 720)
    stack.show()
    app.processEvents()
    baseline = []
    for i in range(ROUNDS):
        start = time.perf_counter()
        stack.setCurrentIndex(i % len(keys))
        app.processEvents()
        baseline.append(time.perf_counter() - start)
    stack.close()
    return median_ms(samples), median_ms(baseline)


def bench_keystroke(app: QApplication, window: ConversationWindow) -> tuple[float, float, float]:
    window.focus_question("regie_overall")
    app.processEvents()
    editor = window.editor("regie_overall")
    assert editor is not None
    field = editor.focusProxy()
    samples = []
    for i in range(ROUNDS):
        char = "ë’€a"[i % 4]
        start = time.perf_counter()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))
        saved = window.autosave.flush()
        samples.append(time.perf_counter() - start)
        assert saved and window.save_label.text().startswith("Opgeslagen")
    session = window.session
    baseline = []
    for i in range(ROUNDS):
        start = time.perf_counter()
        session.save_answer("mandate", f"Binnen de kaders {i}", "AO")
        baseline.append(time.perf_counter() - start)
    refresh = []
    for _ in range(50):
        start = time.perf_counter()
        window.refresh_progress()
        refresh.append(time.perf_counter() - start)
    app.processEvents()
    return median_ms(samples), median_ms(baseline), median_ms(refresh)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder, messages.recording():
        db = Database.open(Path(folder) / "bench.sqlite")
        repo = Repository(db)
        question_set = load_question_set(DEFAULT_QUESTION_SET)
        summary = load_demo(repo, question_set)
        signed = repo.latest_contract(summary.europaplein_id or 0)
        assert signed is not None
        contract = recontract(repo, signed.id or 0, "Benchmark", question_set)
        settings = UiSettings(Path(folder) / "ui.ini")
        start = time.perf_counter()
        window = ConversationWindow(repo, contract.id or 0, question_set, settings)
        window.resize(1280, 720)
        window.show()
        app.processEvents()
        opened = (time.perf_counter() - start) * 1000
        print(f"Europaplein, {len(window.step_keys())} steps, {len(window.blocks)} questions on screen")
        print(f"{'open the window (once)':<34} {opened:7.1f} ms")
        switch, switch_base = bench_step_switch(app, window)
        report("step switch", switch, switch_base, 16)
        key, key_base, refresh = bench_keystroke(app, window)
        report("keystroke to saved (UI thread)", key, key_base, 5)
        print(
            f"{'step-list refresh after saving':<34} median {refresh:7.3f} ms   (debounced: once per burst)"
        )
        window.close()
        db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
