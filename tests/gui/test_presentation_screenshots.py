"""Every step of the Europaplein talk in presentation mode at zoom 0 and +2, in Dutch and
English, as artifacts/screenshots/presentatie_<taal>_zoom<n>_<nr>_<stap>.png for people to look
at; each shot is also checked for text that is cut off."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from koerskaart.demo.build import load_demo
from koerskaart.record.versions import recontract
from koerskaart.ui.record.hooks import attach_to_conversation
from koerskaart.ui.settings import UiSettings
from tests.gui.app_support import screenshot
from tests.gui.conversation_support import default_question_set, open_window
from tests.gui.fit_support import clipped_content

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def translators(qapp):
    from koerskaart.ui.language import Translators

    installed = Translators(qapp)
    yield installed
    installed.install("nl")


@pytest.mark.parametrize("zoom", [0, 2])
@pytest.mark.parametrize("language", ["nl", "en"])
def test_screenshots_of_every_step(qtbot, repo, tmp_path, popups, translators, language, zoom):
    assert translators.install(language)
    summary = load_demo(repo, default_question_set())
    signed = repo.latest_contract(summary.europaplein_id)
    contract_id = recontract(repo, signed.id, "Opnieuw besproken", default_question_set()).id
    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    settings.zoom = zoom
    settings.language = language
    window = open_window(qtbot, repo, contract_id, settings)
    attach_to_conversation(window)
    found = {}
    for number, key in enumerate(window.step_keys(), start=1):
        window.show_step(key)
        QApplication.processEvents()
        path = screenshot(window, f"presentatie_{language}_zoom{zoom}_{number:02d}_{key.strip('_')}")
        assert path.stat().st_size > 10_000
        if problems := clipped_content(window.stack.currentWidget()):
            found[key] = problems
    window.close()
    assert not found, found
