"""Cold start of ``koerskaart`` to its first window shown, against a bare three-page QWizard.

Both are started the same way (``python -m koerskaart --db FILE`` and ``python bench/bare_wizard.py``,
offscreen unless a display is set), alternating, and timed from process start (``Popen``) to the
line ``KOERSKAART_SHOWN`` on their standard output, printed from the first event-loop turn after the
window was shown. Prints the medians and the ratio (target: ≤ 2.0x). Also prints, for information,
the time until the start window's list is filled (``KOERSKAART_BENCH_EXIT_ON_SHOW=loaded``): the
database is opened after the first window is shown. Bytecode caching is on (as for an installed
application) and a warm-up run of each comes first, so both start from a warm file cache.

Run: ``.venv/bin/python bench/bench_startup.py [ROUNDS]``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15
MARKER = "KOERSKAART_SHOWN"


def make_database(path: Path, count: int = 40) -> None:
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository

    repo = Repository(Database.open(path), actor="bench")
    for number in range(count):
        repo.create_opgave(f"Opgave {number:03d}: leefbare wijk en energietransitie")
    repo.db.close()


def time_to_marker(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=ROOT
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(MARKER):
            elapsed = (time.perf_counter() - started) * 1000
            break
    else:
        raise SystemExit(f"no {MARKER} from {command}")
    process.wait(timeout=30)
    return elapsed


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        make_database(db)
        env = dict(
            os.environ, XDG_CONFIG_HOME=str(Path(tmp) / "config"), XDG_DATA_HOME=str(Path(tmp) / "data")
        )
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = [sys.executable, "-m", "koerskaart", "--db", str(db)]
        wizard = [sys.executable, str(ROOT / "bench" / "bare_wizard.py")]
        shown_env = dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="1")
        loaded_env = dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="loaded")
        for command, run_env in ((app, shown_env), (wizard, env)):  # warm the file cache
            time_to_marker(command, run_env)
        app_times, wizard_times, loaded_times = [], [], []
        for _ in range(ROUNDS):
            app_times.append(time_to_marker(app, shown_env))
            wizard_times.append(time_to_marker(wizard, env))
            loaded_times.append(time_to_marker(app, loaded_env))
    app_median, wizard_median = statistics.median(app_times), statistics.median(wizard_times)
    print(f"cold start to first window shown, {ROUNDS} alternating runs each (median):")
    print(f"  bare 3-page QWizard:           {wizard_median:7.1f} ms")
    print(f"  koerskaart (start window):     {app_median:7.1f} ms")
    print(f"  ratio:                         {app_median / wizard_median:7.2f}x  (target <= 2.0x)")
    print(f"  koerskaart until list filled:  {statistics.median(loaded_times):7.1f} ms  (information)")


if __name__ == "__main__":
    main()
