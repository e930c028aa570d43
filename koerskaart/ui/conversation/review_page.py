"""The review step: every answer of every step in one readable overview, and every gap as a link.

The page renders a :class:`~koerskaart.conversation.snapshot.ContractSnapshot` as simple HTML in
a ``QTextBrowser`` (user text always escaped here). The gaps come from
:func:`~koerskaart.conversation.progress.hard_gaps` / ``soft_gaps``; activating a gap link (click,
or Tab to it and Enter) emits ``jumpRequested`` with the question key. Facilitator-only questions
are left out: this page is on the shared screen. The page reads; it never writes.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from koerskaart.conversation.capacity import summarize
from koerskaart.conversation.progress import Gap, Progress, hard_gaps, soft_gaps
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import Question, QuestionSet, QuestionType
from koerskaart.record.display import (
    display_text,
    format_date,
    format_moment,
    format_number,
    unanswered_text,
    value_label,
)
from koerskaart.ui.editors.capacity_look import period_word

GAP_SCHEME = "vraag"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPage", text)


def _lines(items: list[str], language: str) -> str:
    if not items:
        return f"<span class='open'>{escape(unanswered_text(language))}</span>"
    return "<br>".join(items)


def _participants(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for p in snapshot.participants:
        if not p.name.strip():
            continue
        extra = ", ".join(x for x in (p.function, p.organisation) if x.strip())
        line = f"<b>{escape(p.name)}</b>" + (f" ({escape(extra)})" if extra else "")
        result.append(f"{line} – {escape(value_label('role', p.role, language))}")
    return result


def _activities(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for a in snapshot.activities:
        if not a.name.strip():
            continue
        parts = [escape(value_label("approach", a.approach, language)) if a.approach else ""]
        if a.reason.strip():
            parts.append(_tr("reden: %1").replace("%1", escape(a.reason)))
        if a.complexity:
            parts.append(_tr("complexiteit %1 van 5").replace("%1", str(a.complexity)))
        if a.start or a.end:
            parts.append(f"{format_date(a.start, language)} – {format_date(a.end, language)}")
        if a.owner.strip():
            parts.append(_tr("eigenaar: %1").replace("%1", escape(a.owner)))
        detail = "; ".join(p for p in parts if p)
        result.append(f"<b>{escape(a.name)}</b>" + (f": {detail}" if detail else ""))
    return result


def _priorities(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for code in ("nu", "later", "niet"):
        names = [escape(a.name) for a in snapshot.activities if a.name.strip() and a.priority == code]
        if names:
            result.append(f"<b>{escape(value_label('priority', code, language))}:</b> " + ", ".join(names))
    return result


def _partners(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for p in snapshot.partners:
        if not p.organisation.strip():
            continue
        parts = [escape(value_label("involvement", p.involvement, language))]
        if p.holds_regie:
            scope = p.regie_scope.strip()
            parts.append(
                _tr("heeft de regie over %1").replace("%1", escape(scope)) if scope else _tr("heeft de regie")
            )
        if p.binding.strip():
            parts.append(escape(p.binding))
        result.append(f"<b>{escape(p.organisation)}</b>: " + "; ".join(parts))
    return result


def _capacity(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for line in snapshot.capacity:
        r = line.request
        unit = value_label("unit", r.unit, language)
        asked = (
            _tr("gevraagd %1 per %2")
            .replace("%1", format_number(r.amount, language, unit=unit))
            .replace("%2", escape(period_word(r.period)))
        )
        c = line.confirmation
        if c is None:
            answer = f"<span class='open'>{escape(_tr('nog niet bevestigd'))}</span>"
        else:
            answer = (
                f"{escape(value_label('confirmation', c.status, language))}: "
                f"{format_number(c.confirmed_amount, language, unit=unit)} "
                + _tr("door %1 op %2")
                .replace("%1", escape(c.confirmed_by))
                .replace("%2", format_moment(c.confirmed_at, language))
            )
        result.append(f"<b>{escape(r.team_name or '?')}</b>: {asked}; {answer}")
    for total in summarize(snapshot).totals:
        unit = value_label("unit", total.unit, language)
        result.append(
            "<b>"
            + _tr("Totaal per %1: gevraagd %2, bevestigd %3, tekort %4")
            .replace("%1", escape(period_word(total.period)))
            .replace("%2", format_number(total.asked, language, unit=unit))
            .replace("%3", format_number(total.confirmed, language, unit=unit))
            .replace("%4", format_number(max(total.gap, 0), language, unit=unit))
            + "</b>"
        )
    return result


def _timeline(snapshot: ContractSnapshot, language: str) -> list[str]:
    result = []
    for e in snapshot.timeline:
        if not (e.title.strip() or e.event_date):
            continue
        when = format_date(e.event_date, language) if e.event_date else ""
        mood = f" ({e.mood:+d})" if e.mood else ""
        head = ", ".join(x for x in (escape(value_label("timeline", e.kind, language)), when) if x)
        result.append(f"{head}: <b>{escape(e.title)}</b>{mood}")
    return result


STRUCTURED = {
    QuestionType.PARTICIPANTS: _participants,
    QuestionType.ACTIVITIES: _activities,
    QuestionType.PRIORITIES: _priorities,
    QuestionType.PARTNERS: _partners,
    QuestionType.CAPACITY: _capacity,
    QuestionType.TIMELINE: _timeline,
}


def answer_html(question: Question, snapshot: ContractSnapshot, language: str = "nl") -> str:
    if question.is_structured:
        return _lines(STRUCTURED[question.type](snapshot, language), language)
    text = display_text(question, snapshot.value(question.key), language)
    if not text:
        return _lines([], language)
    return escape(text).replace("\n", "<br>")


def _gap_list(title: str, css: str, gaps: list[Gap], step_titles: dict[str, str]) -> str:
    if not gaps:
        return ""
    items = []
    for gap in gaps:
        detail = f" – {escape(gap.detail)}" if gap.detail else ""
        items.append(
            f"<li><a href='{GAP_SCHEME}:{gap.question_key}'>{escape(gap.label)}</a>"
            f" <span class='step'>({escape(step_titles.get(gap.step_key, gap.step_key))})</span>{detail}</li>"
        )
    return f"<h3 class='{css}'>{escape(title)}</h3><ul>{''.join(items)}</ul>"


def review_html(
    question_set: QuestionSet, snapshot: ContractSnapshot, progress: Progress, language: str = "nl"
) -> str:
    step_titles = {step.key: step.title(language) for step in question_set.steps}
    hard = hard_gaps(question_set, snapshot, language=language)
    soft = soft_gaps(question_set, snapshot, language=language)
    parts = [
        "<style>h2 { margin-top: 18px; } .open { color: #6b6f75; font-style: italic; } "
        ".hard { color: #b00020; } .soft { color: #7a4800; } .step { color: #4a4f55; } "
        "td { padding: 3px 10px 3px 0; vertical-align: top; }</style>"
    ]
    if hard or soft:
        parts.append(_gap_list(_tr("Nodig om te kunnen tekenen"), "hard", hard, step_titles))
        parts.append(_gap_list(_tr("Aanbevolen om nog in te vullen"), "soft", soft, step_titles))
    else:
        parts.append(f"<p><b>{escape(_tr('Alle vragen die nodig zijn, zijn beantwoord.'))}</b></p>")
    for number, step in enumerate(question_set.steps, start=1):
        rows = []
        for question in step.questions:
            if question.facilitator_only or not progress.visible(question.key):
                continue
            rows.append(
                f"<tr><td width='35%'><b>{escape(question.label(language))}</b></td>"
                f"<td>{answer_html(question, snapshot, language)}</td></tr>"
            )
        if rows:
            parts.append(
                f"<h2>{number}. {escape(step.title(language))}</h2>"
                f"<table width='100%'>{''.join(rows)}</table>"
            )
    return "".join(parts)


class ReviewPage(QWidget):
    jumpRequested = Signal(str)  # question key

    def __init__(
        self, question_set: QuestionSet, language: str = "nl", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.question_set = question_set
        self.language = language
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setOpenExternalLinks(False)
        self.browser.setAccessibleName(_tr("Overzicht van alle antwoorden"))
        self.browser.anchorClicked.connect(self._anchor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.browser)
        self.setFocusProxy(self.browser)

    def show_contract(self, snapshot: ContractSnapshot, progress: Progress) -> None:
        scroll = self.browser.verticalScrollBar().value()
        self.browser.setHtml(review_html(self.question_set, snapshot, progress, self.language))
        self.browser.verticalScrollBar().setValue(scroll)

    def gap_keys(self) -> list[str]:
        """The question keys linked from the gap lists, in order (what a test or screen reader finds)."""
        html = self.browser.toHtml()
        keys = []
        marker = f'href="{GAP_SCHEME}:'
        start = html.find(marker)
        while start >= 0:
            end = html.find('"', start + len(marker))
            keys.append(html[start + len(marker) : end])
            start = html.find(marker, end)
        return keys

    def _anchor(self, url: QUrl) -> None:
        if url.scheme() == GAP_SCHEME:
            self.jumpRequested.emit(url.path())
