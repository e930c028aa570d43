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

``--source=DIR`` also times the ``koerskaart`` package found in DIR (``PYTHONPATH``), e.g. an
older commit unpacked with ``git archive``, interleaved with the current one in the same rounds,
for before/after figures under the same load; a case that version cannot do prints ``n/a``, and
an older version's ``loaded`` marker means "list filled" (it has no ``ready``: that line then
shows its first window).

Run: ``.venv/bin/python bench/bench_startup.py [ROUNDS] [--source DIR]``
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
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
    watchdog = threading.Timer(60, process.kill)  # a window that never shows (a dialog) is killed
    watchdog.start()
    marker = ""
    try:
        for line in process.stdout:
            if line.startswith(MARKER):
                elapsed = (time.perf_counter() - started) * 1000
                marker = line
                break
    finally:
        watchdog.cancel()
    if not marker:
        process.wait(timeout=30)
        raise NotAvailable(f"no {MARKER} from {command}")
    if expect and "opgaven=" in marker and expect not in marker:
        raise SystemExit(f"{command}: expected {expect!r}, got {marker.strip()!r}")
    process.wait(timeout=30)
    return elapsed


def until_exit(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=CWD, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if done.returncode != 0:
        raise NotAvailable(f"{command} exited {done.returncode}")
    return (time.perf_counter() - started) * 1000


TARGETS = {
    "start window usable": 600,
    "list": 450,
    "export-pdf of one contract": 700,
    "export-pdf --all (19 opgaven)": 3000,
}


def program_cases(env: dict[str, str], tmp: Path) -> dict[str, Callable[[], float]]:
    """The timed cases of one version of koerskaart (``env`` chooses which)."""
    app = [sys.executable, "-m", "koerskaart"]
    return {
        "start window shown": lambda: until_marker(app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="1")),
        "start window usable": lambda: until_marker(
            app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="loaded"), expect="opgaven=19 focus=search"
        ),
        "start window, repository open": lambda: until_marker(
            app, dict(env, KOERSKAART_BENCH_EXIT_ON_SHOW="ready")
        ),
        "list": lambda: until_exit([*app, "list"], env),
        "export-pdf --all (19 opgaven)": lambda: until_exit(
            [*app, "export-pdf", "--all", "--out-dir", str(tmp / "all")], env
        ),
        "export-pdf of one contract": lambda: until_exit(
            [*app, "export-pdf", "1", "--out", str(tmp / "one.pdf")], env
        ),
    }


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        tmp = Path(folder)
        env = dict(
            os.environ,
            XDG_CONFIG_HOME=str(tmp / "config"),
            XDG_DATA_HOME=str(tmp / "data"),
            KOERSKAART_DB=str(tmp / "bench.sqlite"),
        )
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.pop("PYTHONPATH", None)
        if not env.get("DISPLAY"):
            env.setdefault("QT_QPA_PLATFORM", "offscreen")
        subprocess.run(
            [sys.executable, "-m", "koerskaart", "demo"],
            env=env,
            cwd=CWD,
            check=True,
            stdout=subprocess.DEVNULL,
        )
        cases: dict[tuple[str, str], Callable[[], float]] = {
            ("baseline", "bare 3-page QWizard shown"): lambda: until_marker(
                [sys.executable, str(ROOT / "bench" / "bare_wizard.py")], env
            ),
            ("baseline", 'python -c "import sqlalchemy.orm"'): lambda: until_exit(
                [sys.executable, "-c", "import sqlalchemy.orm"], env
            ),
        }
        versions = ["now"] + (["before"] if SOURCE else [])
        cases.update({("now", name): case for name, case in program_cases(env, tmp).items()})
        if SOURCE:  # its own database, made by that version (an older one cannot open a newer file)
            before_env = dict(
                env, PYTHONPATH=str(Path(SOURCE).resolve()), KOERSKAART_DB=str(tmp / "before.sqlite")
            )
            subprocess.run(
                [sys.executable, "-m", "koerskaart", "demo"],
                env=before_env,
                cwd=CWD,
                check=True,
                stdout=subprocess.DEVNULL,
            )
            cases.update({("before", name): case for name, case in program_cases(before_env, tmp).items()})
        times: dict[tuple[str, str], list[float]] = {key: [] for key in cases}
        for key, case in list(cases.items()):  # warm the file cache (and write the .pyc files)
            try:
                case()
            except NotAvailable:
                del cases[key]
        for _ in range(ROUNDS):  # every case once per round: both versions see the same load
            for key, case in cases.items():
                times[key].append(case())
    median = {key: statistics.median(values) for key, values in times.items() if values}
    wizard = median[("baseline", "bare 3-page QWizard shown")]
    orm = median[("baseline", 'python -c "import sqlalchemy.orm"')]
    print(
        f"cold start, {ROUNDS} alternating runs of each case (median ms; ratio to QWizard / sqlalchemy.orm)"
    )
    print(f"  bare 3-page QWizard shown            {wizard:7.1f}")
    print(f'  python -c "import sqlalchemy.orm"    {orm:7.1f}')
    header = "".join(f"{v + (' (' + SOURCE + ')' if v == 'before' else ''):>28s}" for v in versions)
    print(f"  {'':34s}{header}  target")
    for name in program_cases(env, tmp):
        cells = ""
        for version in versions:
            value = median.get((version, name))
            cells += (
                f"{'n/a':>28s}"
                if value is None
                else f"{value:9.1f} ({value / wizard:5.2f}x / {value / orm:5.2f}x)"
            )
        target = ""
        if name in TARGETS and ("now", name) in median:
            met = median[("now", name)] <= TARGETS[name]
            target = f"<= {TARGETS[name]} ms {'ok' if met else 'MISSED'}"
        print(f"  {name:34s}{cells}  {target}")


if __name__ == "__main__":
    main()
