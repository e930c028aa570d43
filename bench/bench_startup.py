"""Cold start of ``koerskaart``: the window until it is usable, ``list`` and ``export-pdf`` of one contract.

Every figure is a whole new process, timed from ``Popen`` to its end (commands) or to the line
``KOERSKAART_SHOWN`` on its standard output (windows). The window is *usable* when its start list
is filled and the search field has the keyboard (``KOERSKAART_BENCH_EXIT_ON_SHOW=loaded``; the
marker line also says how many rows and where the focus is, and the bench checks both). Two
baselines are measured in the same run, alternating with the others: a bare three-page QWizard
(``bench/bare_wizard.py``) and ``python -c "import sqlalchemy.orm"`` (the floor any start that
loads the ORM pays). Bytecode caching is on (as for an installed application) and one warm-up run
of each comes first, so all start from a warm file cache. The database is the demo portfolio.

Targets: usable start window <= 600 ms, ``list`` <= 450 ms, ``export-pdf`` of one contract
<= 700 ms, ``export-pdf --all`` of the 19 demo opgaven <= 3 s. For information: the window first
shown, and the repository open (``=ready``).

Bytecode caching is forced on (``PYTHONDONTWRITEBYTECODE`` is removed from the children's
environment): an installed program has its ``.pyc`` files, and compiling Koerskaart's own modules
on every start would be measured otherwise.

``--source DIR`` runs the ``koerskaart`` package found in DIR instead (``PYTHONPATH``), e.g. an
older commit unpacked with ``git archive``, to give "before" figures from the same run; a case
that version cannot do prints ``n/a``, and its ``loaded`` marker is the list filled.

Run: ``.venv/bin/python bench/bench_startup.py [ROUNDS] [--source DIR]``
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
ARGS = [a for a in sys.argv[1:] if not a.startswith("--source")]
SOURCE = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--source=")), None)
ROUNDS = int(ARGS[0]) if ARGS else 11
MARKER = "KOERSKAART_SHOWN"
# The children run outside the checkout: ``python -m`` puts the working folder first on sys.path.
CWD = Path(tempfile.gettempdir())


class NotAvailable(Exception):
    """The version under test cannot do this case."""


def until_marker(command: list[str], env: dict[str, str], expect: str = "") -> float:
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env, cwd=CWD
    )
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(MARKER):
            elapsed = (time.perf_counter() - started) * 1000
            if expect and "opgaven=" in line and expect not in line:
                raise SystemExit(f"{command}: expected {expect!r}, got {line.strip()!r}")
            break
    else:
        raise NotAvailable(f"no {MARKER} from {command}")
    process.wait(timeout=30)
    return elapsed


def until_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=CWD, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode != 0:
        raise NotAvailable(f"{command} exited {done.returncode}")
    return (time.perf_counter() - started) * 1000


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.sqlite"
        env = dict(
            os.environ,
            XDG_CONFIG_HOME=str(Path(tmp) / "config"),
            XDG_DATA_HOME=str(Path(tmp) / "data"),
            KOERSKAART_DB=str(db),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        if SOURCE:
            env["PYTHONPATH"] = str(Path(SOURCE).resolve())
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = [sys.executable, "-m", "koerskaart"]
        subprocess.run([*app, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)
        cases = {
            "bare 3-page QWizard shown": lambda: until_marker(
                [sys.executable, str(ROOT / "bench" / "bare_wizard.py")], env
            ),
            'python -c "import sqlalchemy.orm"': lambda: until_exit(
                [sys.executable, "-c", "import sqlalchemy.orm"], env
            ),
            "start window shown": lambda: until_marker(app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="1")),
            "start window usable": lambda: until_marker(
                app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="loaded"), expect="opgaven=19 focus=search"
            ),
            "start window, repository open": lambda: until_marker(
                app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="ready")
            ),
            "list": lambda: until_exit([*app, "list"], env),
            "export-pdf --all (19 opgaven)": lambda: until_exit(
                [*app, "export-pdf", "--all", "--out-dir", str(Path(tmp) / "all")], env
            ),
            "export-pdf of one contract": lambda: until_exit(
                [*app, "export-pdf", "1", "--out", str(Path(tmp) / "one.pdf")], env
            ),
        }
        times: dict[str, list[float]] = {name: [] for name in cases}
        for name, case in list(cases.items()):  # warm the file cache (and write the .pyc files)
            try:
                case()
            except NotAvailable:
                del cases[name]
        for _ in range(ROUNDS):
            for name, case in cases.items():
                times[name].append(case())
    median = {name: statistics.median(values) if values else float("nan") for name, values in times.items()}
    wizard, orm = median["bare 3-page QWizard shown"], median['python -c "import sqlalchemy.orm"']
    targets = {
        "start window usable": 600,
        "list": 450,
        "export-pdf of one contract": 700,
        "export-pdf --all (19 opgaven)": 3000,
    }
    where = f" of {SOURCE}" if SOURCE else ""
    print(f"cold start{where}, {ROUNDS} alternating runs each (median); ratios to the baselines of this run:")
    print(f"  {'':34s} {'ms':>8s}  {'x QWizard':>9s}  {'x sqlalchemy.orm':>16s}  target")
    for name, value in median.items():
        if value != value:  # nan: not available in this version
            print(f"  {name:34s} {'n/a':>8s}")
            continue
        target = (
            f"<= {targets[name]} ms" + (" ok" if value <= targets[name] else " MISSED")
            if name in targets
            else ""
        )
        print(f"  {name:34s} {value:8.1f}  {value / wizard:9.2f}  {value / orm:16.2f}  {target}")


if __name__ == "__main__":
    main()
