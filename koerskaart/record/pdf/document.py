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

from koerskaart.conversation.progress import hard_gaps, question_progress, soft_gaps
from koerskaart.conversation.snapshot import ContractSnapshot
from koerskaart.questions.model import Question, QuestionSet, QuestionType, Required
from koerskaart.record.display import display_text, format_date, format_moment, value_label
from koerskaart.record.pdf.cover import CoverFacts, cover
from koerskaart.record.pdf.mood import mood_curve
from koerskaart.record.pdf.settings import DocumentSettings
from koerskaart.record.pdf.signatures import SignatureView, fingerprint_qr, parse_strokes, signature_block
from koerskaart.record.pdf.styles import FRAME_WIDTH, Styles
from koerskaart.record.pdf.tables import CapacityTableMaker, chronological
from koerskaart.record.pdf.text import TextPreparer
from koerskaart.record.pdf.triangle import Corner, SteeringTriangle
from koerskaart.storage.models import STEERING_TRIANGLE, Participant, Role

NOT_ANSWERED = "Niet beantwoord"
OPEN_QUESTIONS = "Openstaande vragen"  # the gaps; "Open punten" is a question of its own
OPEN_QUESTIONS = "Openstaande vragen"  # the gaps; "Open punten" is a question of its own
_BLANK_LINES = re.compile(r"\n\s*\n")


def is_signed(snapshot: ContractSnapshot) -> bool:
    """A version counts as signed once it is locked (all three signed)."""
    return snapshot.contract.locked_at is not None


class ContractDocument:
    """Builds the flowables of one contract version."""

    def __init__(
        self,
        snapshot: ContractSnapshot,
        question_set: QuestionSet,
        settings: DocumentSettings,
        styles: Styles,
        text: TextPreparer,
    ) -> None:
        self.snapshot = snapshot
        self.question_set = question_set
        self.settings = settings
        self.styles = styles
        self.text = text
        self.tables = CapacityTableMaker(styles, text)
        self.warnings: list[str] = []
        self._progress = question_progress(question_set, snapshot)

    # ---------------------------------------------------------------- the whole
    def story(self) -> list[Flowable]:
        story = self.cover()
        story.append(PageBreak())
        triangle_placed = any(
            q.type == QuestionType.PARTICIPANTS and self._printable(q) for q in self.question_set.questions()
        )
        if not triangle_placed:
            story += [Paragraph("Wie zitten er aan tafel", self.styles.h1), *self.people()]
        for number, step in enumerate(self.question_set.steps, start=1):
            body: list[Flowable] = []
            for question in step.questions:
                if self._printable(question):
                    body += self.question(question)
            if body:
                heading = Paragraph(f"{number}. {self.text.markup(step.title())}", self.styles.h1)
                story += [CondPageBreak(60 * mm), heading, *body]
        story += self.open_points()
        story += self.signature_page()
        return story

    def _printable(self, question: Question) -> bool:
        progress = self._progress.get(question.key)
        return not question.facilitator_only and (progress is None or progress.visible)

    # ---------------------------------------------------------------- cover
    def cover(self) -> list[Flowable]:
        snapshot = self.snapshot
        signed_dates = [s.signed_on for s in snapshot.signatures]
        facts = CoverFacts(
            municipality_name=self.settings.municipality_name,
            logo=self.settings.logo,
            opgave_title=snapshot.opgave.title,
            opgave_description=snapshot.opgave.description,
            version=snapshot.contract.version,
            status=snapshot.contract.status,
            signed_on=max(signed_dates) if is_signed(snapshot) and signed_dates else None,
            locked_text=format_moment(snapshot.contract.locked_at) if snapshot.contract.locked_at else "",
            printed_on=self.settings.printed_on or date.today(),
            question_set_title=self.question_set.data.meta.title_nl,
            question_set_version=snapshot.contract.question_set_version or self.question_set.version,
            reason=snapshot.contract.reason,
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
        for role in STEERING_TRIANGLE:
            people = by_role.get(role.value, [])
            markup = "<br/>".join(
                f"<b>{self.text.markup(p.name)}</b>"
                + (f"<br/>{self.text.markup(p.function)}" if p.function else "")
                for p in people
            )
            corners.append(Corner(value_label("role", role.value), markup))
        top, left, right = corners
        story: list[Flowable] = [
            Spacer(1, 4),
            SteeringTriangle(top, left, right, self.styles, "niet ingevuld"),
        ]
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
        story: list[Flowable] = [CondPageBreak(40 * mm), Paragraph(OPEN_QUESTIONS, self.styles.h1)]
        gaps = hard_gaps(self.question_set, self.snapshot) + soft_gaps(self.question_set, self.snapshot)
        if not gaps:
            return [
                *story,
                Paragraph("Alle verplichte en gewenste vragen zijn beantwoord.", self.styles.body),
            ]
        story.append(
            Paragraph(
                "Deze verplichte (nodig voor ondertekening) of gewenste vragen zijn nog niet (volledig) "
                "beantwoord:",
                self.styles.body,
            )
        )
        for gap in gaps:
            step = self.question_set.step(gap.step_key).title()
            level = "verplicht" if gap.required == Required.HARD else "gewenst"
            line = f"<b>{self.text.markup(gap.label)}</b> ({self.text.markup(step)}, {level})"
            if gap.detail:
                line += f": {self.text.markup(gap.detail)}"
            story.append(Paragraph(line, self.styles.bullet, bulletText="•"))
        return story

    # ---------------------------------------------------------------- signatures
    def signature_page(self) -> list[Flowable]:
        snapshot = self.snapshot
        signed = is_signed(snapshot)
        story: list[Flowable] = [PageBreak(), Paragraph("Ondertekening", self.styles.h1)]
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
            story.append(signature_block(self._signature_view(role, signatures.get(role.value)), self.styles))
        story.append(Spacer(1, 10))
        if signed and snapshot.contract.fingerprint:
            story.append(KeepTogether([fingerprint_qr(snapshot.contract.fingerprint, self.styles)]))
        else:
            story.append(
                Paragraph(
                    "De vingerafdruk (en de QR-code om die te controleren) wordt vastgelegd zodra alle drie "
                    "hebben getekend.",
                    self.styles.small,
                )
            )
        return story

    def _signature_view(self, role: Role, signature) -> SignatureView:  # noqa: ANN001 - Signature | None
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
            place_markup=self.text.markup(signature.place),
            typed_name_markup=self.text.markup(signature.name),
            strokes=parse_strokes(signature.drawing),
        )
