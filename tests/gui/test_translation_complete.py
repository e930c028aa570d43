"""The English translation is complete, keeps every placeholder and shortcut, and is what ships.

Reads ``resources/i18n/koerskaart_en.ts`` as XML. Then extracts the texts of the current sources
into a copy (``update.sh`` with other target files) to prove no text of the window is missing
from the committed ``.ts``, and that the committed ``.qm`` is exactly what ``lrelease`` makes of
the ``.ts``. Those two checks are skipped, with the reason, only when Qt's tools are not installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

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
