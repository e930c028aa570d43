"""Screenshots of every step of the full Europaplein conversation at 1280x720, normal and presentation.

Written to ``artifacts/screenshots/`` (kept out of git) so a person can look at them; the test
itself checks that each page shows its own title and that nothing on it is wider than the window.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from koerskaart.demo import load_demo
from koerskaart.record.versions import recontract
from koerskaart.storage.repository import Repository
from koerskaart.ui.settings import UiSettings
from tests.gui.conversation_support import SCREENSHOTS, SIZE, default_question_set, open_window

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture(scope="module")
def europaplein(tmp_path_factory):
    """The demo's Europaplein contract, re-opened as version 2 so every editor can be typed in."""
    from koerskaart.storage.database import Database

    db = Database.open(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    repo = Repository(db)
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    contract = recontract(repo, signed.id, "Nieuwe wethouder, opnieuw besproken", default_question_set())
    yield repo, contract.id, signed.id
    db.close()


@pytest.mark.parametrize("presentation", [False, True], ids=["normaal", "presentatie"])
def test_screenshots_of_every_step(qtbot, europaplein, tmp_path, presentation, popups):
    repo, contract_id, _signed = europaplein
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = presentation
    window = open_window(qtbot, repo, contract_id, settings)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    mode = "presentatie" if presentation else "normaal"
    for number, key in enumerate(window.step_keys(), start=1):
        window.show_step(key)
        QApplication.processEvents()
        assert window.title_label.text()
        assert window.size().width() == SIZE[0]
        assert window.grab().save(str(SCREENSHOTS / f"gesprek-{mode}-{number:02d}-{key.strip('_')}.png"))
    window.close()


def test_screenshot_of_a_signed_version(qtbot, europaplein, tmp_path, popups):
    repo, _contract_id, signed_id = europaplein
    window = open_window(qtbot, repo, signed_id, UiSettings(tmp_path / "ui.ini"))
    assert window.lock_banner.isVisible()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "gesprek-getekend.png"))
    window.close()
