"""The story of the contracteringsformat: which flowables appear in which order.

Cover; then every step with its questions in reading order (hidden questions and
facilitator-only questions are left out, an unanswered question says "Niet beantwoord", the
structured questions appear as the triangle and the tables at their place in the conversation);
then the open points; then the signature page. It decides *what* is printed; the look lives in
:mod:`~koerskaart.record.pdf.styles` and the helpers, and all user text goes through one
:class:`~koerskaart.record.pdf.text.TextPreparer`. Facilitator notes are not part of a snapshot,
so they cannot appear here.
"""

from __future__ import annotations

import re
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from koerskaart.conversation.progress import hard_gaps, soft_gaps
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import Question, QuestionType, Required
from koerskaart.record.display import display_text, format_date, format_moment, value_label
from koerskaart.record.facts import Record
from koerskaart.record.pdf.cover import CoverFacts, cover
from koerskaart.record.pdf.fit import fit_on_page, shorten
from koerskaart.record.pdf.heading import Heading
from koerskaart.record.pdf.mood import mood_curve
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.signatures import SignatureView, fingerprint_qr, parse_strokes, signature_block
from koerskaart.record.pdf.styles import FRAME_WIDTH, Styles
from koerskaart.record.pdf.tables import CapacityTableMaker, chronological
from koerskaart.record.pdf.text import TextPreparer
from koerskaart.record.pdf.triangle import Corner, SteeringTriangle
from koerskaart.record.printed import printed_questions
from koerskaart.record.verification_text import verification_text
from koerskaart.storage.models import STEERING_TRIANGLE, Participant, Role, Signature

NOT_ANSWERED = "Niet beantwoord"
CORNER_TEXT = 160  # characters of a name or function shown in a corner of the triangle
OPEN_QUESTIONS = "Openstaande vragen"  # the gaps; "Open punten" is a question of its own
_BLANK_LINES = re.compile(r"\n\s*\n")


def is_signed(snapshot: ContractSnapshot) -> bool:
    """A version counts as signed once it is locked (all three signed)."""
    return snapshot.contract.locked_at is not None


class ContractDocument:
    """Builds the flowables of one contract version."""

    def __init__(
        self, record: Record, settings: DocumentSettings, styles: Styles, text: TextPreparer
    ) -> None:
        self.record = record
        self.snapshot = record.snapshot
        self.question_set = record.question_set
        self.settings = settings
        self.styles = styles
        self.text = text
        self.tables = CapacityTableMaker(styles, text)
        self.warnings: list[str] = []
        self._printed = {q.key for q in printed_questions(self.question_set, self.snapshot)}

    @property
    def legends(self) -> dict[str, str]:
        """What each marker of an undrawable character stands for (for the page legends)."""
        return self.text.legends()

    def heading(self, markup: str, outline: str, level: int = 0) -> Heading:
        return Heading(markup, self.styles.h1 if level == 0 else self.styles.h2, outline, level)

    # ---------------------------------------------------------------- the whole
    def story(self) -> list[Flowable]:
        story = self.cover()
        story.append(PageBreak())
        triangle_placed = any(
            q.type == QuestionType.PARTICIPANTS and self._printable(q) for q in self.question_set.questions()
        )
        if not triangle_placed:
            story += [self.heading("Wie zitten er aan tafel", "Wie zitten er aan tafel"), *self.people()]
        for number, step in enumerate(self.question_set.steps, start=1):
            body: list[Flowable] = []
            for question in step.questions:
                if self._printable(question):
                    body += self.question(question)
            if body:
                heading = self.heading(
                    f"{number}. {self.text.markup(step.title())}",
                    f"{number}. {self.text.plain(step.title())}",
                )
                story += [CondPageBreak(60 * mm), heading, *body]
        story += self.open_points()
        story += self.signature_page()
        return story

    def _printable(self, question: Question) -> bool:
        return question.key in self._printed

    # ---------------------------------------------------------------- cover
    def cover(self) -> list[Flowable]:
        snapshot, record = self.snapshot, self.record
        signed = is_signed(snapshot)
        signed_dates = [s.signed_on for s in snapshot.signatures]
        successor = record.successor
        facts = CoverFacts(
            municipality_name=record.municipality,
            logo=self.settings.logo,
            opgave_title=snapshot.opgave.title,
            opgave_description=record.description,
            version=snapshot.contract.version,
            status=snapshot.contract.status,
            signed_on=max(signed_dates) if signed and signed_dates else None,
            locked_text=format_moment(snapshot.contract.locked_at) if snapshot.contract.locked_at else "",
            # A signed record's bytes must not depend on the day it is printed.
            printed_on=None if signed else (self.settings.printed_on or date.today()),
            question_set_title=self.question_set.data.meta.title_nl,
            question_set_version=snapshot.contract.question_set_version or self.question_set.version,
            question_set_sha256=snapshot.contract.question_set_sha256,
            reason=snapshot.contract.reason,
            zaaknummer=record.zaaknummer,
            predecessor=(
                (record.predecessor.version, record.predecessor.fingerprint) if record.predecessor else None
            ),
            replaced_by=(
                f"versie {successor.version} op {format_moment(successor.locked_at)}"
                if successor is not None and successor.locked_at is not None
                else ""
            ),
            changed=record.changed,
            warnings=self.warnings,
        )
        return cover(facts, self.styles, self.text)

    # ---------------------------------------------------------------- questions
    def question(self, question: Question) -> list[Flowable]:
        label = Paragraph(self.text.markup(question.label()), self.styles.question)
        content = self.structured(question) if question.is_structured else self.plain_answer(question)
        if not content:
            content = [Paragraph(NOT_ANSWERED, self.styles.unanswered)]
        # A question never ends a page without the start of its answer: a text needs room for a
        # few lines, a table or drawing for a few rows. (KeepTogether would push a long answer
        # to the next page as a whole and leave half a page empty.)
        room = 22 * mm if isinstance(content[0], Paragraph) else 40 * mm
        return [CondPageBreak(room), label, *content, Spacer(1, 2)]

    def plain_answer(self, question: Question) -> list[Flowable]:
        shown = display_text(question, self.snapshot.value(question.key))
        if not shown.strip():
            return []
        blocks = [b for b in _BLANK_LINES.split(shown.strip()) if b.strip()]
        return [Paragraph(self.text.markup(block), self.styles.answer) for block in blocks]

    def structured(self, question: Question) -> list[Flowable]:
        snapshot, tables = self.snapshot, self.tables
        kind = question.type
        result: list[Flowable | None]
        if kind == QuestionType.PARTICIPANTS:
            return self.people() if any(p.name.strip() for p in snapshot.participants) else []
        if kind == QuestionType.ACTIVITIES:
            result = [tables.activities(snapshot.activities)]
        elif kind == QuestionType.PRIORITIES:
            result = [tables.priorities(snapshot.activities)]
        elif kind == QuestionType.PARTNERS:
            result = [tables.partners(snapshot.partners)]
        elif kind == QuestionType.CAPACITY:
            result = list(tables.capacity(snapshot.capacity))
        elif kind == QuestionType.TIMELINE:
            table = tables.timeline(snapshot.timeline)
            dated = chronological([e for e in snapshot.timeline if e.title.strip() or e.event_date])
            curve = mood_curve(dated, FRAME_WIDTH) if table is not None else None
            result = [table]
            if curve is not None:
                caption = Paragraph(
                    "Gevoelsgrafiek: hoogte- en dieptepunten door de tijd", self.styles.caption
                )
                result.append(KeepTogether([Spacer(1, 6), curve, caption]))
        else:  # pragma: no cover - every structured type is handled above
            result = []
        flowables = [f for f in result if f is not None]
        return [Spacer(1, 2), *flowables, Spacer(1, 6)] if flowables else []

    # ---------------------------------------------------------------- people
    def people(self) -> list[Flowable]:
        by_role: dict[str, list[Participant]] = {}
        for p in self.snapshot.participants:
            if p.name.strip() or p.function.strip():
                by_role.setdefault(p.role, []).append(p)
        corners = []
        shortened: list[Participant] = []
        for role in STEERING_TRIANGLE:
            people = by_role.get(role.value, [])
            lines = []
            for p in people:
                # A corner has room for a name and a function; a longer text is printed in full
                # below the triangle.
                name, function = shorten(p.name, CORNER_TEXT), shorten(p.function, CORNER_TEXT)
                if (name, function) != (p.name, p.function):
                    shortened.append(p)
                lines.append(
                    f"<b>{self.text.markup(name)}</b>"
                    + (f"<br/>{self.text.markup(function)}" if function else "")
                )
            corners.append(Corner(value_label("role", role.value), "<br/>".join(lines)))
        top, left, right = corners
        story: list[Flowable] = [
            Spacer(1, 4),
            fit_on_page(SteeringTriangle(top, left, right, self.styles, "niet ingevuld")),
        ]
        for p in shortened:
            story.append(
                Paragraph(
                    f"<b>{value_label('role', p.role)}</b>: {self.text.markup(p.name)}"
                    + (f" – {self.text.markup(p.function)}" if p.function else ""),
                    self.styles.small,
                )
            )
        others = self.tables.others_at_table(self.snapshot.participants)
        if others is not None:
            story += [
                Spacer(1, 8),
                Paragraph("Verder aan tafel", self.styles.h2),
                others,
            ]
        return story

    # ---------------------------------------------------------------- open points
    def open_points(self) -> list[Flowable]:
        """Per step how many questions are still open, pointing back to the step (not the list again)."""
        story: list[Flowable] = [CondPageBreak(40 * mm), self.heading(OPEN_QUESTIONS, OPEN_QUESTIONS)]
        gaps = hard_gaps(self.question_set, self.snapshot) + soft_gaps(self.question_set, self.snapshot)
        if not gaps:
            return [
                *story,
                Paragraph("Alle verplichte en gewenste vragen zijn beantwoord.", self.styles.body),
            ]
        story.append(
            Paragraph(
                "Nog niet (volledig) beantwoord, per stap. Bij de stap zelf staat welke vragen het zijn "
                "(‘Niet beantwoord’); verplichte vragen zijn nodig voor ondertekening.",
                self.styles.body,
            )
        )
        numbers = {step.key: n for n, step in enumerate(self.question_set.steps, start=1)}
        by_step: dict[str, list] = {}
        for gap in gaps:
            by_step.setdefault(gap.step_key, []).append(gap)
        for step_key in sorted(by_step, key=lambda k: numbers.get(k, 0)):
            step_gaps = by_step[step_key]
            hard = sum(1 for g in step_gaps if g.required == Required.HARD)
            soft = len(step_gaps) - hard
            counts = []
            if hard:
                counts.append(f"{hard} verplicht")
            if soft:
                counts.append(f"{soft} gewenst")
            step = self.question_set.step(step_key).title()
            line = f"<b>Stap {numbers.get(step_key, '')}. {self.text.markup(step)}</b>: {', '.join(counts)}"
            # Only what the step itself does not show: why a filled-in table is not complete yet.
            details = [g for g in step_gaps if g.detail]
            for gap in details:
                line += f"<br/>{self.text.markup(gap.label)}: {self.text.markup(gap.detail)}"
            story.append(Paragraph(line, self.styles.bullet, bulletText="•"))
        return story

    # ---------------------------------------------------------------- signatures
    def signature_page(self) -> list[Flowable]:
        snapshot = self.snapshot
        signed = is_signed(snapshot)
        story: list[Flowable] = [PageBreak(), self.heading("Ondertekening", "Ondertekening")]
        if signed:
            intro = (
                "De drie partijen van de sturingsdriehoek hebben deze versie ondertekend. Daarna is de "
                "inhoud vastgelegd; een wijziging vraagt om een nieuwe versie (hercontracteren)."
            )
        else:
            intro = (
                "<b>Concept.</b> Deze versie is nog niet (volledig) ondertekend en kan nog veranderen. "
                "Onderteken met pen op de lijnen hieronder, of in Koerskaart."
            )
        story += [Paragraph(intro, self.styles.body), Spacer(1, 8)]
        signatures = {s.role: s for s in snapshot.signatures}
        for role in STEERING_TRIANGLE:
            block = signature_block(self._signature_view(role, signatures.get(role.value)), self.styles)
            story.append(fit_on_page(block))
        story.append(Spacer(1, 10))
        if signed and snapshot.contract.fingerprint:
            story.append(
                fit_on_page(
                    fingerprint_qr(
                        snapshot.contract.fingerprint,
                        verification_text(self.record),
                        self.styles,
                        changed=self.record.changed,
                    )
                )
            )
        else:
            story.append(
                Paragraph(
                    "De vingerafdruk (en de QR-code om die te controleren) wordt vastgelegd zodra alle drie "
                    "hebben getekend.",
                    self.styles.small,
                )
            )
        return story

    def _signature_view(self, role: Role, signature: Signature | None) -> SignatureView:
        label = value_label("role", role.value)
        if signature is None:
            holder = next(
                (p for p in self.snapshot.participants if p.role == role.value and p.name.strip()), None
            )
            return SignatureView(
                role_label=label,
                signed=False,
                name_markup=self.text.markup(holder.name) if holder else "",
                function_markup=self.text.markup(holder.function) if holder else "",
            )
        return SignatureView(
            role_label=label,
            signed=True,
            name_markup=f"<b>{self.text.markup(signature.name)}</b>",
            function_markup=self.text.markup(signature.function),
            date_text=format_date(signature.signed_on),
            moment_text=format_moment(signature.signed_at) if signature.signed_at else "",
            place_markup=self.text.markup(signature.place),
            typed_name_markup=self.text.markup(signature.name),
            strokes=parse_strokes(signature.drawing),
        )
