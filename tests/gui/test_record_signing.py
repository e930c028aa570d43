"""The signing step and the signature pad, through the real widgets, on a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.record.signing import parse_drawing
from koerskaart.storage.models import Role
from koerskaart.storage.repository import Repository
from koerskaart.ui.presentation import apply_presentation
from koerskaart.ui.record.hooks import SIGNING_KEY, attach_to_conversation
from koerskaart.ui.record.signature_pad import SignatureField, SignaturePad
from koerskaart.ui.record.signing_page import SigningPage
from tests.gui.app_support import screenshot
from tests.gui.conversation_support import open_window
from tests.gui.typing import type_text
from tests.unit.record_support import fill, new_contract, question_set

# The offscreen platform cannot pass size hints on to a window; a real screen does.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]

BO, AO, ON = Role.ALDERMAN.value, Role.SENIOR_OFFICIAL.value, Role.TASK_LEADER.value
SIGNERS = {
    BO: ("Wethouder Anaïs de Vries-Öztürk", "’s-Hertogenbosch"),
    AO: ("Bram Jansen – domein € & <fysiek>", "Heemskerk"),
    ON: ("Chloë O’Neill", "Beverwijk"),
}


def _draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:
    first, *rest = points
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*first))
    for point in rest:
        qtbot.mouseMove(pad, QPoint(*point))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*rest[-1]))


def _signing_window(qtbot, repo: Repository, contract_id: int, ui_settings):
    window = open_window(qtbot, repo, contract_id, ui_settings, question_set())
    page = attach_to_conversation(window)
    window.show_step(SIGNING_KEY)
    qtbot.waitUntil(page.isVisible)
    return window, page


def _replace_text(edit: QLineEdit, text: str) -> None:
    edit.setFocus()
    edit.selectAll()
    edit.del_()
    type_text(edit, text)


# ------------------------------------------------------------------ the pad
def test_the_pad_turns_mouse_strokes_into_normalised_json(qtbot) -> None:
    field = SignatureField()
    qtbot.addWidget(field)
    field.resize(306, 140)
    field.show()
    qtbot.waitExposed(field)
    pad = field.pad
    assert pad.drawing() == "" and not field.clear_button.isEnabled()
    box = pad.box()
    assert box.width() == pytest.approx(3 * box.height(), rel=0.01)  # the PDF's 3:1 shape

    left, top = round(box.left()), round(box.top())
    _draw(qtbot, pad, [(left + 10, top + 20), (left + 60, top + 40), (left + 120, top + 30)])
    _draw(qtbot, pad, [(left - 50, top + 10), (left + 2000, top + 5000)])  # beyond the box: clamped

    strokes = json.loads(pad.drawing())
    assert len(strokes) == 2 and len(strokes[0]) == 3
    x, y = strokes[0][0]
    assert x == pytest.approx(10 / box.width(), abs=0.01)
    assert y == pytest.approx(20 / box.height(), abs=0.01)
    assert strokes[1] == [[0.0, pytest.approx(10 / box.height(), abs=0.01)], [1.0, 1.0]]
    assert parse_drawing(pad.drawing())  # the record layer accepts what the pad gives

    assert field.clear_button.isEnabled()
    qtbot.mouseClick(field.clear_button, Qt.MouseButton.LeftButton)
    assert pad.drawing() == "" and pad.is_empty()


def test_the_pad_takes_no_keyboard_focus_and_ignores_input_when_read_only(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(300, 100)
    pad.show()
    assert pad.focusPolicy() == Qt.FocusPolicy.NoFocus  # Tab skips it: the typed name is enough
    pad.set_read_only(True)
    _draw(qtbot, pad, [(20, 20), (80, 60)])
    assert pad.drawing() == ""


def test_the_pad_draws_with_a_pen(qtbot) -> None:
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(306, 106)
    pad.show()
    pen = QPointingDevice(
        "pen",
        1,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )
    box = pad.box()
    for kind, (x, y) in (
        (QEvent.Type.TabletPress, (box.left(), box.top())),
        (QEvent.Type.TabletMove, (box.center().x(), box.center().y())),
        (QEvent.Type.TabletRelease, (box.right(), box.bottom())),
    ):
        point = QPointF(x, y)
        event = QTabletEvent(
            kind,
            pen,
            point,
            pad.mapToGlobal(point),
            0.5,
            0.0,
            0.0,
            0.0,
            0.0,
            0.0,
            Qt.KeyboardModifier.NoModifier,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        QApplication.sendEvent(pad, event)
    assert json.loads(pad.drawing()) == [[[0.0, 0.0], [0.5, 0.5], [1.0, 1.0]]]


# ------------------------------------------------------------------ refusing
def test_signing_is_refused_with_the_hard_gaps_and_nothing_is_stored(
    qtbot, repo: Repository, ui_settings, popups
) -> None:
    contract_id = new_contract(repo, question_set())
    repo.save_answer(contract_id, "meeting_date", None)
    window, page = _signing_window(qtbot, repo, contract_id, ui_settings)
    block = page.blocks[BO]
    assert "Ondertekenen kan nog niet" in page.gaps_label.text()
    assert "vraag:opgave_what" in page.gaps_label.text()  # each hard gap is a link
    assert "Open punten" in page.gaps_label.text()  # soft gaps listed, not blocking
    screenshot(window, "record_signing_refused")

    _replace_text(block.name_edit, "Anaïs")
    qtbot.mouseClick(block.sign_button, Qt.MouseButton.LeftButton)

    [message] = popups.messages
    assert message.title == "Ondertekenen kan nog niet"
    assert "alle verplichte vragen beantwoord" in message.text
    for label in ("Deelnemers", "Wat moeten we doen?", "Activiteiten"):
        assert f"• {label}" in message.text
    assert "Datum van het gesprek" not in message.text  # a soft gap does not block
    assert load_snapshot(repo, contract_id).signatures == ()
    assert repo.get_contract(contract_id).status != "ter_ondertekening"
    assert block.state_label.text() == "○ Nog niet getekend"

    page.gaps_label.linkActivated.emit("vraag:opgave_what")  # what a click on the link sends
    assert window.current_step_key() == "opgave"


# ------------------------------------------------------------------ signing all three
def test_three_signatures_through_the_widgets_lock_the_contract(
    qtbot, repo: Repository, ui_settings, popups
) -> None:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    window, page = _signing_window(qtbot, repo, contract_id, ui_settings)
    assert "Alle vragen zijn beantwoord" in page.gaps_label.text()
    assert page.blocks[BO].name_edit.text() == "Wethouder Anna de Vries-Öztürk"  # from the participants
    assert page.blocks[AO].function_edit.text() == "Domeinmanager Fysiek"
    screenshot(window, "record_signing_unsigned")

    for number, role in enumerate((BO, AO, ON), start=1):
        block = page.blocks[role]
        name, place = SIGNERS[role]
        _replace_text(block.name_edit, name)
        _replace_text(block.place_edit, place)
        if role == BO:
            box = block.signature_field.pad.box()
            x, y = round(box.left()), round(box.top())
            _draw(qtbot, block.signature_field.pad, [(x + 10, y + 40), (x + 50, y + 10), (x + 90, y + 50)])
        if number == 3:
            # The completing signature says what it does and asks first; "Nog niet" changes nothing.
            popups.reply(1)
            with qtbot.assertNotEmitted(page.signed):
                qtbot.mouseClick(block.sign_button, Qt.MouseButton.LeftButton)
            asked = popups.messages.pop()
            assert "Hiermee wordt versie 1 vastgelegd en kan niet meer worden gewijzigd" in asked.text
            assert repo.get_contract(contract_id).locked_at is None
            popups.reply(0)
        with qtbot.waitSignal(page.signed, timeout=3000):
            qtbot.mouseClick(block.sign_button, Qt.MouseButton.LeftButton)
        if number == 3:
            assert "vastgelegd" in popups.messages.pop().text
        assert popups.messages == []
        assert block.state_label.text().startswith(f"✔ Getekend door {name} op ")
        assert block.state_label.text().endswith(f"in {place}")
        assert block.name_edit.isReadOnly() and not block.sign_button.isVisible()
        assert load_snapshot(repo, contract_id).signatures[-1].name == name
        assert page.state is not None and page.state.signed_count == number
        if number == 2:
            screenshot(window, "record_signing_partly")
            assert repo.get_contract(contract_id).locked_at is None
            assert not window.session.read_only

    signatures = {s.role: s for s in load_snapshot(repo, contract_id).signatures}
    assert {role: (s.name, s.place) for role, s in signatures.items()} == SIGNERS
    assert len(json.loads(signatures[BO].drawing)[0]) == 3 and signatures[AO].drawing == ""

    contract = repo.get_contract(contract_id)
    assert contract.locked_at is not None and contract.status == "getekend"
    assert len(contract.fingerprint) == 64
    # The whole window is read-only now: the session, its banner and every editor.
    assert window.session.read_only and window.lock_banner.isVisible()
    for block in window.blocks.values():
        if block.editor is None:
            continue
        inputs = block.editor.findChildren(QLineEdit) + block.editor.findChildren(QPlainTextEdit)
        inputs += block.editor.findChildren(QTextEdit)
        assert all(w.isReadOnly() or not w.isEnabled() for w in inputs), block.question.key
    assert page.record_box.isVisible()
    assert contract.fingerprint in page.fingerprint_label.text()
    assert page.verify_label.text() == "✔ Inhoud ongewijzigd sinds ondertekening"
    assert all(not b.sign_button.isVisible() for b in page.blocks.values())
    window.resize(1280, 720)
    screenshot(window, "record_signing_signed")

    # Changing a signed answer behind the application's back (past the lock trigger, as someone
    # editing the file would) is seen by the check.
    with closing(sqlite3.connect(repo.db.path)) as connection:
        connection.execute("DROP TRIGGER lock_answer_update")
        connection.execute(
            "UPDATE answer SET value = ? WHERE contract_id = ? AND question_key = 'opgave_what'",
            (json.dumps("iets anders"), contract_id),
        )
        connection.commit()
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "gewijzigd" in page.verify_label.text() and page.verify_label.text().startswith("✖")
    screenshot(window, "record_signing_tampered")


def test_a_signature_can_be_withdrawn_before_the_lock(qtbot, repo: Repository, ui_settings, popups) -> None:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    page = SigningPage(repo, contract_id, question_set())
    qtbot.addWidget(page)
    assert page.sign_role(BO)
    assert page.blocks[BO].withdraw_button.isVisibleTo(page)
    popups.reply(0)  # "Intrekken"
    assert page.withdraw_role(BO)
    assert load_snapshot(repo, contract_id).signatures == ()
    assert page.blocks[BO].state_label.text() == "○ Nog niet getekend"
    assert not page.blocks[BO].name_edit.isReadOnly()


def test_large_type_stacks_the_blocks_instead_of_cutting_them_off(
    qtbot, repo: Repository, ui_settings, popups
) -> None:
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    ui_settings.presentation = True
    window, page = _signing_window(qtbot, repo, contract_id, ui_settings)
    qtbot.waitUntil(lambda: page._columns == 1)
    # Nothing runs off to the right once the new arrangement is laid out.
    qtbot.waitUntil(lambda: all(b.width() <= page._viewport.width() for b in page.blocks.values()))
    screenshot(window, "record_signing_presentation")
    ui_settings.presentation = False
    apply_presentation(window, ui_settings)  # what switching the mode off does to the window
    qtbot.waitUntil(lambda: page._columns == 3)


def test_a_change_made_elsewhere_is_not_signed_unseen(qtbot, repo: Repository, ui_settings, popups) -> None:
    """The window's revision goes with the signature: content changed elsewhere is shown first."""
    contract_id = new_contract(repo, question_set())
    fill(repo, contract_id)
    window, page = _signing_window(qtbot, repo, contract_id, ui_settings)
    other = Repository(repo.db, actor="ander venster")
    other.save_answer(contract_id, "opgave_what", "Intussen elders herschreven")
    assert not page.sign_role(BO)
    assert any("intussen in een ander venster" in text for text in popups.texts())
    assert load_snapshot(repo, contract_id).signatures == ()
    # The window took the newest stand, so a second try signs what is now on screen.
    assert window.session.revision == repo.get_contract(contract_id).revision
    assert page.sign_role(BO)
    assert [s.role for s in load_snapshot(repo, contract_id).signatures] == [BO]
