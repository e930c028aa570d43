"""Comparing two contract versions of one opgave, question by question, on the shared screen.

The user picks two versions (by default the previous and the latest); the differences come from
:func:`koerskaart.record.versions.compare` and are shown as HTML in a ``QTextBrowser``: per
question the old and the new answer side by side with the changed words marked (struck through
and red in the old text, underlined and green in the new, so colour is never the only signal),
and for tables one line per row that was added, removed or changed, with the changed fields.

What this module must not do: decide what counts as a change (that is the record layer), or
write anything. All user text is escaped here before it reaches the HTML.
"""

from __future__ import annotations

import difflib
import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from koerskaart.conversation.opening import question_set_for
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.questions.model import QuestionSet
from koerskaart.record.display import format_date
from koerskaart.record.versions import ADDED, CHANGED, REMOVED, Difference, RowChange, compare
from koerskaart.storage.models import Contract
from koerskaart.storage.repository import Repository

OLD_MARK = "background-color:#fde7ea; color:#8a0018; text-decoration:line-through;"
NEW_MARK = "background-color:#dff3e4; color:#0f5a2a; text-decoration:underline;"
STYLE = (
    "<style>"
    "h3 { margin-top: 14px; margin-bottom: 4px; }"
    "td { padding: 4px 8px; vertical-align: top; }"
    "th { padding: 4px 8px; text-align: left; background-color: #eef1f4; }"
    ".kind { color: #4a4f55; font-weight: normal; }"
    ".none { color: #6b6f75; font-style: italic; }"
    "</style>"
)
_TOKENS = re.compile(r"\s+|[^\s]+")


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br>")


def _chunks(old: str, new: str) -> list[tuple[bool, str, str]]:
    """(same, old part, new part) per stretch of words; a lone space between changes joins them."""
    old_tokens, new_tokens = _TOKENS.findall(old), _TOKENS.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    raw = [
        (op == "equal", "".join(old_tokens[a1:a2]), "".join(new_tokens[b1:b2]))
        for op, a1, a2, b1, b2 in matcher.get_opcodes()
    ]
    chunks: list[tuple[bool, str, str]] = []
    for index, (same, old_part, new_part) in enumerate(raw):
        between = 0 < index < len(raw) - 1 and not raw[index - 1][0] and not raw[index + 1][0]
        if same and between and not old_part.strip():
            same = False  # "Nog niet bevestigd" reads as one change, not three
        if chunks and not same and not chunks[-1][0]:
            _, previous_old, previous_new = chunks.pop()
            chunks.append((False, previous_old + old_part, previous_new + new_part))
        else:
            chunks.append((same, old_part, new_part))
    return chunks


def marked_pair(old: str, new: str) -> tuple[str, str]:
    """Both texts as HTML with the words that differ marked (word-level diff)."""
    old_html: list[str] = []
    new_html: list[str] = []
    for same, old_part, new_part in _chunks(old, new):
        if same:
            old_html.append(_text(old_part))
            new_html.append(_text(new_part))
            continue
        if old_part:
            old_html.append(f"<span style='{OLD_MARK}'>{_text(old_part)}</span>")
        if new_part:
            new_html.append(f"<span style='{NEW_MARK}'>{_text(new_part)}</span>")
    return "".join(old_html), "".join(new_html)


class CompareView(QDialog):
    """Two version pickers above the list of differences between them."""

    def __init__(
        self,
        repo: Repository,
        opgave_id: int,
        question_set: QuestionSet,
        parent: QWidget | None = None,
        *,
        language: str = "nl",
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.repo = repo
        self.opgave_id = opgave_id
        self.default_set = question_set
        self.language = language
        self.contracts: list[Contract] = repo.contracts_of(opgave_id)
        self.differences: list[Difference] = []
        title = repo.get_opgave(opgave_id).title
        self.setWindowTitle(self.tr("Versies vergelijken – %1").replace("%1", title))
        self._build()
        if len(self.contracts) >= 2:
            self.old_combo.setCurrentIndex(len(self.contracts) - 2)
            self.new_combo.setCurrentIndex(len(self.contracts) - 1)
        self.old_combo.currentIndexChanged.connect(lambda _i: self.show_differences())
        self.new_combo.currentIndexChanged.connect(lambda _i: self.show_differences())
        self.show_differences()
        self.resize(1100, 700)

    def _version_text(self, contract: Contract) -> str:
        if contract.locked_at is not None:
            state = self.tr("getekend %1").replace("%1", format_date(contract.locked_at.date()))
        else:
            state = self.tr("open")
        text = self.tr("Versie %1 (%2)").replace("%1", str(contract.version)).replace("%2", state)
        if contract.reason.strip():
            reason = contract.reason if len(contract.reason) <= 60 else contract.reason[:57] + "…"
            text += f" – {reason}"
        return text

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.old_combo = QComboBox(self)
        self.new_combo = QComboBox(self)
        names = (self.tr("Oude versie"), self.tr("Nieuwe versie"))
        for combo, name in zip((self.old_combo, self.new_combo), names, strict=True):
            combo.setAccessibleName(name)
            for contract in self.contracts:
                combo.addItem(self._version_text(contract), contract.id)
        old_label = QLabel(self.tr("&Vergelijk"), self)
        old_label.setBuddy(self.old_combo)
        new_label = QLabel(self.tr("&met"), self)
        new_label.setBuddy(self.new_combo)
        row.addWidget(old_label)
        row.addWidget(self.old_combo, 1)
        row.addWidget(new_label)
        row.addWidget(self.new_combo, 1)
        layout.addLayout(row)
        self.summary_label = QLabel(self)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)  # the reason is user text
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("stepLabel")
        layout.addWidget(self.summary_label)
        self.browser = QTextBrowser(self)
        self.browser.setAccessibleName(self.tr("Verschillen tussen de versies"))
        self.browser.setOpenLinks(False)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # ------------------------------------------------------------------ showing
    def selected(self) -> tuple[int | None, int | None]:
        return self.old_combo.currentData(), self.new_combo.currentData()

    def show_differences(self) -> list[Difference]:
        old_id, new_id = self.selected()
        if old_id is None or new_id is None:
            self.summary_label.setText(
                self.tr("Deze opgave heeft maar één versie; er is niets te vergelijken.")
            )
            self.browser.setHtml("")
            self.differences = []
            return []
        if old_id == new_id:
            self.summary_label.setText(self.tr("Kies twee verschillende versies."))
            self.browser.setHtml("")
            self.differences = []
            return []
        old, new = load_snapshot(self.repo, old_id), load_snapshot(self.repo, new_id)
        question_set = question_set_for(new.contract, self.default_set)
        self.differences = compare(old, new, question_set, language=self.language)
        count = len(self.differences)
        text = self.tr("Versie %1 en versie %2: ").replace("%1", str(old.contract.version))
        text = text.replace("%2", str(new.contract.version))
        if count == 0:
            text += self.tr("geen verschillen.")
        elif count == 1:
            text += self.tr("1 vraag is anders beantwoord.")
        else:
            text += self.tr("%1 vragen zijn anders beantwoord.").replace("%1", str(count))
        if new.contract.reason.strip() and new.contract.based_on_id == old.contract.id:
            text += " " + self.tr("Reden voor de nieuwe versie: %1").replace("%1", new.contract.reason)
        self.summary_label.setText(text)
        self.browser.setHtml(self._html(old.contract, new.contract))
        return self.differences

    def _kind_text(self, kind: str) -> str:
        return {
            ADDED: self.tr("nieuw beantwoord"),
            REMOVED: self.tr("antwoord weggehaald"),
            CHANGED: self.tr("gewijzigd"),
        }.get(kind, kind)

    def _html(self, old: Contract, new: Contract) -> str:
        if not self.differences:
            nothing = escape(self.tr("Er is niets veranderd tussen deze versies."))
            return STYLE + f"<p class='none'>{nothing}</p>"
        old_head = escape(self.tr("Versie %1").replace("%1", str(old.version)))
        new_head = escape(self.tr("Versie %1").replace("%1", str(new.version)))
        parts = [STYLE]
        for difference in self.differences:
            parts.append(
                f"<h3>{escape(difference.label)} "
                f"<span class='kind'>({escape(self._kind_text(difference.kind))})</span></h3>"
            )
            parts.append(
                "<table width='100%' cellspacing='0' border='1' style='border-collapse:collapse; "
                "border-color:#c4c7cb'>"
                f"<tr><th width='50%'>{old_head}</th><th width='50%'>{new_head}</th></tr>"
            )
            if difference.old_text or difference.new_text or not difference.rows:
                old_html, new_html = marked_pair(difference.old_text, difference.new_text)
                parts.append(
                    f"<tr><td>{old_html or self._none()}</td><td>{new_html or self._none()}</td></tr>"
                )
            for row in difference.rows:
                parts.append(self._row_html(row))
            parts.append("</table>")
        return "".join(parts)

    def _none(self) -> str:
        return f"<span class='none'>{escape(self.tr('(geen antwoord)'))}</span>"

    def _row_html(self, row: RowChange) -> str:
        label = escape(row.label)
        if row.kind == ADDED:
            tag = escape(self.tr("Rij toegevoegd"))
            return (
                f"<tr><td><span class='none'>—</span></td><td><b>{tag}:</b> "
                f"<span style='{NEW_MARK}'>{_text(row.new_text)}</span></td></tr>"
            )
        if row.kind == REMOVED:
            tag = escape(self.tr("Rij verwijderd"))
            return (
                f"<tr><td><b>{tag}:</b> <span style='{OLD_MARK}'>{_text(row.old_text)}</span></td>"
                "<td><span class='none'>—</span></td></tr>"
            )
        old_lines = [f"<b>{label}</b>"]
        new_lines = [f"<b>{label}</b>"]
        for change in row.fields:
            old_html, new_html = marked_pair(change.old_text, change.new_text)
            name = escape(change.label)
            old_lines.append(f"{name}: {old_html or self._none()}")
            new_lines.append(f"{name}: {new_html or self._none()}")
        return f"<tr><td>{'<br>'.join(old_lines)}</td><td>{'<br>'.join(new_lines)}</td></tr>"


def show_compare(
    repo: Repository, opgave_id: int, question_set: QuestionSet, parent: QWidget | None = None
) -> CompareView:
    view = CompareView(repo, opgave_id, question_set, parent)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.show()
    return view
