"""The English translation is complete, keeps every placeholder and shortcut, and is what ships.

Reads ``resources/i18n/koerskaart_en.ts`` as XML. Then extracts the texts of the current sources
into a copy (``update.sh`` with other target files) to prove no text of the window is missing
from the committed ``.ts``, and that the committed ``.qm`` is exactly what ``lrelease`` makes of
the ``.ts``. Those two checks are skipped, with the reason, only when Qt's tools are not installed.
Last, it walks the running window in English through every step and looks for Dutch on screen:
a text that bypasses tr(), or a stored code or date shown without the window's language.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from koerskaart.paths import I18N_DIR

pytestmark = pytest.mark.gui

TS = I18N_DIR / "koerskaart_en.ts"
QM = I18N_DIR / "koerskaart_en.qm"
WRAPPED = I18N_DIR / "wrapped_strings.py"
UPDATE = I18N_DIR / "update.sh"
ROOT = I18N_DIR.parents[1]
BIN = Path(sys.executable).parent

# %1, %n, %L1 (Qt), {name} (str.format); an accelerator is one & before a letter or digit.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z0-9_]*\}")
ACCELERATOR = re.compile(r"(?<!&)&(?=[^\W_])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    forms: tuple[str, ...]  # one translation, or one per plural form
    kind: str  # the translation's type attribute: "" (finished), "unfinished", "vanished", ...
    numerus: bool

    def __str__(self) -> str:
        return f"[{self.context}] {self.source!r}"


def messages(path: Path = TS) -> list[Message]:
    result = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, message.findtext("source")
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            result.append(
                Message(name, message.findtext("source") or "", forms, translation.get("type", ""), numerus)
            )
    return result


def current(path: Path = TS) -> list[Message]:
    """The messages lrelease compiles: not the vanished or obsolete ones."""
    return [m for m in messages(path) if m.kind not in ("vanished", "obsolete")]


def test_the_translation_file_has_the_window_texts():
    found = current()
    assert len(found) > 400
    by_key = {(m.context, m.source): m.forms for m in found}
    assert by_key[("MainWindow", "&Bestand")] == ("&File",)
    assert by_key[("StepPage", "Nog open")] == ("Still open",)  # a text behind a module's _tr helper


def test_no_message_is_unfinished_or_empty():
    unfinished = [str(m) for m in current() if m.kind == "unfinished"]
    assert not unfinished, "untranslated: " + "; ".join(unfinished)
    empty = [str(m) for m in current() if not all(form.strip() for form in m.forms)]
    assert not empty, "empty translation: " + "; ".join(empty)


def test_no_stale_entries_are_left():
    stale = [f"{m} ({m.kind})" for m in messages() if m.kind in ("vanished", "obsolete")]
    assert not stale, "run resources/i18n/update.sh: " + "; ".join(stale)


def test_every_placeholder_survives_translation():
    lost = []
    for message in current():
        wanted = set(PLACEHOLDER.findall(message.source))
        for form in message.forms:
            missing = wanted - set(PLACEHOLDER.findall(form))
            if missing:
                lost.append(f"{message} → {form!r} lacks {sorted(missing)}")
    assert not lost, "\n".join(lost)


def test_plurals_have_both_english_forms_with_the_number():
    plurals = [m for m in current() if m.numerus]
    assert plurals, "the start window counts opgaven with %n"
    for message in plurals:
        assert len(message.forms) == 2, message
        assert all("%n" in form for form in message.forms), message


def test_shortcut_keys_survive_translation():
    lost = []
    for message in current():
        if ACCELERATOR.search(message.source):
            for form in message.forms:
                if len(ACCELERATOR.findall(form)) != 1:
                    lost.append(f"{message} → {form!r}")
    assert not lost, "a text with a shortcut key (&) needs exactly one in English:\n" + "\n".join(lost)


def test_the_checks_can_fail(tmp_path):
    broken = tmp_path / "broken.ts"
    broken.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1"><context><name>X</name>'
        '<message><source>&amp;Opslaan %1</source><translation type="unfinished">Save</translation></message>'
        "</context></TS>",
        encoding="utf-8",
    )
    (message,) = current(broken)
    assert message.kind == "unfinished"
    assert set(PLACEHOLDER.findall(message.source)) - set(PLACEHOLDER.findall(message.forms[0])) == {"%1"}
    assert ACCELERATOR.findall(message.source) and not ACCELERATOR.findall(message.forms[0])
    assert not ACCELERATOR.findall("Zoëlaan: ontmoeten & bewegen") and not ACCELERATOR.findall("R&&D")


def _tools() -> tuple[Path, Path]:
    lupdate, lrelease = BIN / "pyside6-lupdate", BIN / "pyside6-lrelease"
    for tool in (lupdate, lrelease):
        if not os.access(tool, os.X_OK):
            pytest.skip(f"{tool.name} is not installed next to {sys.executable}; cannot compare the files")
    return lupdate, lrelease


def test_committed_qm_is_the_compiled_ts(tmp_path):
    _, lrelease = _tools()
    fresh = tmp_path / "fresh.qm"
    subprocess.run([str(lrelease), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "koerskaart_en.qm is stale: run resources/i18n/update.sh"


def test_every_text_of_the_sources_is_in_the_committed_ts(tmp_path):
    _tools()
    if shutil.which("sh") is None:
        pytest.skip("no sh to run update.sh")
    copy = tmp_path / "koerskaart_en.ts"
    copy.write_bytes(TS.read_bytes())
    env = dict(
        os.environ,
        BIN=str(BIN),
        TS=str(copy),
        QM=str(tmp_path / "koerskaart_en.qm"),
        WRAPPED=str(tmp_path / "wrapped_strings.py"),
    )
    run = subprocess.run(["sh", str(UPDATE)], cwd=ROOT, env=env, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "wrapped_strings.py").read_text(encoding="utf-8") == WRAPPED.read_text(
        encoding="utf-8"
    ), "wrapped_strings.py is stale: run resources/i18n/update.sh"
    committed = {(m.context, m.source) for m in current()}
    extracted = {(m.context, m.source) for m in current(copy)}
    new = sorted(extracted - committed)
    assert not new, "texts missing from koerskaart_en.ts (run update.sh and translate): " + "; ".join(
        f"[{c}] {s!r}" for c, s in new
    )
    gone = sorted(committed - extracted)
    assert not gone, "texts no longer in the sources (run update.sh): " + "; ".join(
        f"[{c}] {s!r}" for c, s in gone
    )


# ---------------------------------------------------------------------------------------------
# The running window in English: every text a person can read or hear (labels, buttons, headers,
# cells, tool tips, accessible names, the review) holds no Dutch text that has an English one.


def _dutch_phrases(question_set) -> set[str]:
    """Texts of the window that exist in Dutch and differ in English: the source of every .ts
    entry, the labels of stored codes and the question set's own texts."""
    from koerskaart.record import display
    from koerskaart.storage import models

    pairs: list[tuple[str, str]] = []
    for message in current():
        if not message.numerus:
            pairs.append((message.source.replace("&", ""), message.forms[0].replace("&", "")))
    categories = {
        "role": models.Role,
        "approach": models.Approach,
        "priority": models.Priority,
        "involvement": models.Involvement,
        "unit": models.CapacityUnit,
        "confirmation": models.ConfirmationStatus,
        "timeline": models.TimelineKind,
        "status": models.OpgaveStatus,
        "traffic_light": models.TrafficLight,
    }
    for category, codes in categories.items():
        for code in codes:
            english = display.value_label(category, code, "en")
            pairs += [(display.value_label(category, code, "nl"), english), (code, english)]
    for month in range(1, 13):
        day = date(2025, month, 28)
        pairs.append((display.format_date(day, "nl"), display.format_date(day, "en")))
    for step in question_set.steps:
        pairs += [(step.title("nl"), step.title("en")), (step.intro("nl"), step.intro("en"))]
        for question in step.questions:
            pairs.append((question.label("nl"), question.label("en")))
            pairs.append((question.prompt("nl"), question.prompt("en")))
            pairs.append((question.help("nl"), question.help("en")))
            pairs += [(c.label_nl, c.label_en) for c in question.choices]
    phrases = set()
    for dutch, english in pairs:
        # a placeholder splits a text into the parts that appear literally on screen; a lone short
        # word between placeholders ("door", "met") is too common in English to tell anything
        parts = [p.strip(' :;,.…–—()"“”‘’') for p in re.split(r"%L?\d+|%n|\{\w+\}|\n", dutch)]
        for part in parts:
            telling = " " in part or len(part) >= 5 or (len(parts) == 1 and len(part) >= 3)
            if telling and part.lower() not in english.lower() and re.search(r"[^\W\d_]{3}", part):
                phrases.add(part)
    return phrases


def _readable_texts(root) -> dict[str, str]:
    """Every text ``root`` and its children show or tell a screen reader, with where it was seen."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractItemView,
        QAbstractSpinBox,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QMainWindow,
        QPlainTextEdit,
        QTextEdit,
        QWidget,
    )

    found: dict[str, str] = {}

    def note(text: object, where: str) -> None:
        if isinstance(text, str) and text.strip():
            found.setdefault(text.strip(), where)

    def count(call, parent: QModelIndex) -> int:
        try:
            return call(parent)
        except TypeError:  # a list model hides columnCount
            return 1

    for widget in [root, *root.findChildren(QWidget)]:
        kind = type(widget).__name__
        note(widget.toolTip(), f"{kind} tool tip")
        note(widget.accessibleName(), f"{kind} accessible name")
        note(widget.accessibleDescription(), f"{kind} accessible description")
        if isinstance(widget, QLabel):
            note(widget.text(), f"{kind} text")
        if isinstance(widget, QAbstractButton):
            note(widget.text(), f"{kind} text")
        if isinstance(widget, QLineEdit):
            note(widget.placeholderText(), f"{kind} placeholder")
        if isinstance(widget, QTextEdit | QPlainTextEdit):
            note(widget.placeholderText(), f"{kind} placeholder")
            if widget.isReadOnly():
                note(widget.toPlainText(), f"{kind} text")
        if isinstance(widget, QAbstractSpinBox):
            note(widget.specialValueText(), f"{kind} empty text")
            note(widget.text(), f"{kind} text")
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                note(widget.itemText(i), f"{kind} item")
        if isinstance(widget, QGroupBox):
            note(widget.title(), f"{kind} title")
        if isinstance(widget, QMainWindow):
            note(widget.windowTitle(), f"{kind} title")
            for action in widget.findChildren(QAction):
                note(action.text(), "action")
                note(action.toolTip(), "action tool tip")
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            columns = count(model.columnCount, QModelIndex())
            for column in range(columns):
                note(model.headerData(column, Qt.Orientation.Horizontal), f"{kind} header")
                note(model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole), kind)
            for row in range(count(model.rowCount, QModelIndex())):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                        note(index.data(role), f"{kind} cell")
    return found


@pytest.fixture
def english(qapp):
    from koerskaart.ui.language import Translators

    translators = Translators(qapp)
    assert translators.install("en")
    yield translators
    translators.install("nl")


def _fill_in_english(repo, question_set) -> int:
    """A contract with a row in every structured editor, typed in English, so that any Dutch on
    screen comes from the window itself."""
    from koerskaart.conversation.opening import first_contract
    from koerskaart.storage.models import (
        Activity,
        CapacityRequest,
        Participant,
        Partner,
        Role,
        TimelineEvent,
    )

    opgave = repo.create_opgave("Safe streets")
    contract = first_contract(repo, opgave.id, question_set)
    cid = contract.id
    for role, name in (
        (Role.ALDERMAN, "Alex Smith"),
        (Role.SENIOR_OFFICIAL, "Sam Jones"),
        (Role.TASK_LEADER, "Kim Brown"),
        (Role.TEAM_LEADER, "Lee Green"),
    ):
        repo.save_row(Participant(contract_id=cid, role=role, name=name, function="Manager"))
    repo.save_row(Activity(contract_id=cid, name="Street lights", approach="project", reason="Clear end"))
    repo.save_row(
        Activity(contract_id=cid, name="Night patrol", approach="lijnwerk", priority="later", complexity=2)
    )
    repo.save_row(
        Partner(contract_id=cid, organisation="Police", involvement="mede_eigenaar", holds_regie=True)
    )
    repo.save_row(Partner(contract_id=cid, organisation="Shops", involvement="geinformeerd"))
    for kind, mood in (("verleden", -2), ("nu", 0), ("toekomst", 2)):
        repo.save_row(
            TimelineEvent(contract_id=cid, kind=kind, title="Event", mood=mood, event_date=date(2025, 3, 12))
        )
    fte, _ = repo.save_row(CapacityRequest(contract_id=cid, team_name="Safety", amount=1.5, period="jaar"))
    hours, _ = repo.save_row(
        CapacityRequest(contract_id=cid, team_name="Youth", amount=16, unit="uren", period="maand")
    )
    repo.confirm_capacity(fte.id, status="deels", confirmed_amount=1.0, confirmed_by="Lee Green")
    repo.confirm_capacity(hours.id, status="bevestigd", confirmed_amount=16, confirmed_by="Lee Green")
    repo.save_answer(cid, "meeting_date", "2025-03-12")
    repo.save_answer(cid, "meeting_form", "hybride")
    repo.save_answer(cid, "complexity_overall", 3)
    repo.save_answer(cid, "duration_months", 18)
    repo.save_answer(cid, "reporting_rhythm", "kwartaal")
    return opgave.id


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_the_english_window_shows_no_dutch(qtbot, english, ui_settings, repo, db_path, popups):
    from koerskaart.ui.main_window import MainWindow
    from tests.gui.app_support import SIZE, question_set, screenshot

    ui_settings.language = "en"
    opgave_id = _fill_in_english(repo, question_set())
    window = MainWindow(ui_settings, english)
    qtbot.addWidget(window)
    window.resize(*SIZE)
    window.show()
    assert window.open_database(db_path)
    seen = _readable_texts(window)
    screenshot(window, "english_start")
    window.open_opgave(opgave_id)
    (conversation,) = window.conversations.values()
    try:
        conversation.resize(*SIZE)
        for number, key in enumerate(conversation.step_keys(), start=1):
            conversation.show_step(key)
            qtbot.waitUntil(lambda key=key: conversation.current_step_key() == key)
            screenshot(conversation, f"english_step_{number:02d}")
            for text, where in _readable_texts(conversation).items():
                seen.setdefault(text, f"step {number}: {where}")
    finally:
        conversation.close()

    phrases = _dutch_phrases(question_set())
    pattern = re.compile(
        "|".join(rf"(?<!\w){re.escape(p)}(?!\w)" for p in sorted(phrases, key=len, reverse=True))
    )
    dutch = sorted(
        f"{where}: {text[:80]!r} has {sorted(set(found))}"
        for text, where in seen.items()
        if (found := pattern.findall(text))
    )
    assert len(seen) > 200
    assert not dutch, f"{len(dutch)} Dutch texts in the English window:\n" + "\n".join(dutch)
