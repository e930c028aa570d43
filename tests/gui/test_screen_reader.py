"""The conversation window as a screen reader sees it: the real app under Xvfb, on an
accessibility bus, read by the AT-SPI client a screen reader (Orca) uses.

The child runs the conversation window with the xcb platform (offscreen is invisible to AT-SPI)
and ``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``; ``dbus-run-session`` gives it a session bus of its own
and ``at-spi-bus-launcher`` the accessibility bus. Debian's ``python3-pyatspi`` (run by the system
Python, it is not on PyPI) lists the window's tree as role and name. The test asserts the step
titles, the question labels and the buttons are there by name. Without Xvfb, dbus, AT-SPI or
pyatspi (``.ci/bootstrap`` installs them) it is skipped, saying which is missing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.gui.conversation_support import default_question_set, new_contract

pytestmark = [pytest.mark.gui, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = Path("/usr/libexec/at-spi-bus-launcher")
SYSTEM_PYTHON = Path("/usr/bin/python3")

APP = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from PySide6.QtWidgets import QApplication
    app = QApplication(["koerskaart"])
    app.setApplicationName("Koerskaart")
    from koerskaart.storage.database import Database
    from koerskaart.storage.repository import Repository
    from koerskaart.ui.settings import UiSettings
    from koerskaart.ui.conversation.window import ConversationWindow
    from tests.gui.conversation_support import default_question_set
    repo = Repository(Database.open(sys.argv[2]))
    window = ConversationWindow(repo, int(sys.argv[3]), default_question_set(), UiSettings(sys.argv[4]))
    window.resize(1280, 720)
    window.show()
    window.show_step("opgave")
    app.exec()
    """
)

READER = textwrap.dedent(
    """
    import sys, time
    import pyatspi

    def find_app():
        deadline = time.monotonic() + 40
        while time.monotonic() < deadline:
            desktop = pyatspi.Registry.getDesktop(0)
            for app in desktop:
                if app is not None and (app.name or "").lower().startswith("koerskaart"):
                    if app.childCount:
                        return app
            time.sleep(0.25)
        return None

    def walk(node, depth=0, seen=[0]):
        if node is None or depth > 40 or seen[0] > 6000:
            return
        seen[0] += 1
        try:
            print(f"{node.getRoleName()}|{node.name}", flush=True)
            children = list(node)
        except Exception:
            return
        for child in children:
            walk(child, depth + 1)

    app = find_app()
    if app is None:
        print("NO-APP", flush=True)
        sys.exit(3)
    time.sleep(1.0)  # let the window finish its first layout before it is read
    walk(app)
    """
)

SCRIPT = textwrap.dedent(
    """
    set -u
    Xvfb -displayfd 9 -screen 0 1280x720x24 -nolisten tcp 9>"$WORK/display" 2>/dev/null &
    XVFB=$!
    for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
    export DISPLAY=":$(cat "$WORK/display")"
    export QT_QPA_PLATFORM=xcb QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0
    /usr/libexec/at-spi-bus-launcher --launch-immediately >/dev/null 2>&1 &
    BUS=$!
    "$APP_PYTHON" "$WORK/app.py" "$ROOT" "$DB" "$CONTRACT" "$WORK/ui.ini" >"$WORK/app.log" 2>&1 &
    APP=$!
    /usr/bin/python3 "$WORK/reader.py"
    STATUS=$?
    kill $APP $BUS $XVFB 2>/dev/null
    wait $APP $BUS $XVFB 2>/dev/null
    exit $STATUS
    """
)


def missing_tools() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    if not LAUNCHER.exists():
        missing.append(str(LAUNCHER))
    if not SYSTEM_PYTHON.exists():
        missing.append(str(SYSTEM_PYTHON))
    elif subprocess.run([str(SYSTEM_PYTHON), "-c", "import pyatspi"], capture_output=True).returncode:
        missing.append("python3-pyatspi")
    return missing


def test_a_screen_reader_hears_the_steps_the_questions_and_the_buttons(tmp_path: Path, repo, db_path) -> None:
    missing = missing_tools()
    if missing:
        pytest.skip("screen-reader test needs " + ", ".join(missing) + " (installed by .ci/bootstrap)")
    contract_id = new_contract(repo, default_question_set())
    repo.db.close()
    (tmp_path / "app.py").write_text(APP, encoding="utf-8")
    (tmp_path / "reader.py").write_text(READER, encoding="utf-8")
    (tmp_path / "run.sh").write_text(SCRIPT, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith(("QT_", "DISPLAY", "DBUS_"))}
    env.update(WORK=str(tmp_path), ROOT=str(ROOT), DB=str(db_path), CONTRACT=str(contract_id))
    env["APP_PYTHON"] = sys.executable
    done = subprocess.run(
        ["dbus-run-session", "--", "bash", str(tmp_path / "run.sh")],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
    )
    lines = done.stdout.splitlines()
    log = (
        (tmp_path / "app.log").read_text(encoding="utf-8", errors="replace")
        if (tmp_path / "app.log").exists()
        else ""
    )
    assert done.returncode == 0, f"{done.stdout[-2000:]}\n{done.stderr[-2000:]}\n{log[-2000:]}"
    heard = {tuple(line.split("|", 1)) for line in lines if "|" in line}
    names = {name for _role, name in heard}
    (ROOT / "artifacts").mkdir(exist_ok=True)
    (ROOT / "artifacts" / "screen_reader_tree.txt").write_text("\n".join(lines), encoding="utf-8")
    qs = default_question_set()
    for step in qs.steps:
        assert any(step.title("nl") in name for name in names), f"step {step.title('nl')!r} not heard"
    for question in qs.step("opgave").questions:
        assert any(question.label("nl") in name for name in names), f"question {question.label('nl')!r}"
    buttons = {name for role, name in heard if role in ("push button", "button")}
    assert any("Volgende" in name for name in buttons), buttons
    assert any("Vorige" in name for name in buttons), buttons
