"""The signing step after the review: the sturingsdriehoek signs, and the third signature locks.

One block per role (BO, AO, ON) with full name (taken from the participants of that role),
function, date (today), place, an optional drawn signature and "Ondertekenen"; each block always
says whether that role has signed. Hard gaps are listed as links (``jumpRequested(key)``) and
block signing with a Dutch message; soft gaps are listed as open points and do not block. Once
locked, the page shows the fingerprint and whether the stored content still matches it
(:func:`~koerskaart.record.verify.verify`).

The page binds :mod:`koerskaart.record.signing` to the screen and decides nothing itself: what is
missing, whether signing is allowed and what locking means all come from the record layer.
``signed(role)`` tells the conversation window to reload (the contract's revision moved on).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from koerskaart.conversation.progress import Gap, hard_gaps, soft_gaps
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.errors import ConcurrentChange, UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.record.display import format_date, format_moment
from koerskaart.record.signing import TRIANGLE_ROLES, SigningState, sign, state_of, withdraw_signature
from koerskaart.record.verify import verify
from koerskaart.storage.models import Role, Signature
from koerskaart.storage.repository import Repository
from koerskaart.ui import messages
from koerskaart.ui.drafts import Drafts
from koerskaart.ui.language import current_language
from koerskaart.ui.record.signature_pad import SignatureField

GAP_SCHEME = "vraag:"
_BOX = "QLabel {{ color: {}; background-color: {}; border: 2px solid {}; border-radius: 4px; padding: 6px; }}"
GOOD = _BOX.format("#0f5a2a", "#e3f4e8", "#1d7a3d")
BAD = _BOX.format("#8a0018", "#fde7ea", "#b00020")
SIGNED_STYLE = "QLabel { color: #0f5a2a; font-weight: 600; }"
OPEN_STYLE = "QLabel { color: #4a4f55; font-weight: 600; }"


class RoleBlock(QGroupBox):
    """The signature of one role: the form before signing, what was signed afterwards."""

    signRequested = Signal(str)  # role
    withdrawRequested = Signal(str)  # role

    def __init__(self, role: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.role = role
        self.signature: Signature | None = None
        self._touched: set[str] = set()
        layout = QVBoxLayout(self)
        self.state_label = QLabel(self)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)  # names may hold < and &
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.state_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = QLineEdit(self)
        self.function_edit = QLineEdit(self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.place_edit = QLineEdit(self)
        for label, widget, name in (
            (self.tr("Volledige naam"), self.name_edit, "name"),
            (self.tr("Functie"), self.function_edit, "function"),
            (self.tr("Datum"), self.date_edit, ""),
            (self.tr("Plaats"), self.place_edit, "place"),
        ):
            widget.setAccessibleName(f"{label} ({title})")
            form.addRow(label, widget)
            if name:
                widget.textEdited.connect(lambda _text, n=name: self._touched.add(n))  # type: ignore[attr-defined]
        # Form above the pad in a narrow column; side by side when the block has the full width.
        self.content = QBoxLayout(QBoxLayout.Direction.TopToBottom)
        self.content.addLayout(form, 1)
        self.signature_field = SignatureField(self)
        self.content.addWidget(self.signature_field, 1)
        layout.addLayout(self.content)
        buttons = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("Ondertekenen"), self)
        self.sign_button.setAccessibleName(self.tr("Ondertekenen als %1").replace("%1", title))
        self.sign_button.setAutoDefault(False)
        self.sign_button.clicked.connect(lambda: self.signRequested.emit(self.role))
        self.withdraw_button = QPushButton(self.tr("Handtekening intrekken"), self)
        self.withdraw_button.setAutoDefault(False)
        self.withdraw_button.clicked.connect(lambda: self.withdrawRequested.emit(self.role))
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        buttons.addWidget(self.sign_button)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def set_wide(self, wide: bool) -> None:
        self.content.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )

    # ------------------------------------------------------------------ showing
    def fields(self) -> dict[str, QLineEdit]:
        """The typed fields by name (what a draft is kept of before signing)."""
        return {"name": self.name_edit, "function": self.function_edit, "place": self.place_edit}

    def restore(self, field: str, text: str) -> None:
        """Put a draft typed before a crash back, as if it was just typed."""
        if self.signature is None and field not in self._touched:
            self.fields()[field].setText(text)
            self.fields()[field].setCursorPosition(0)
            self._touched.add(field)

    def prefill(self, name: str, function: str, place: str, today: date) -> None:
        """Suggest values for an unsigned role, never over what the user typed."""
        if self.signature is not None:
            return
        for key, edit, value in (
            ("name", self.name_edit, name),
            ("function", self.function_edit, function),
            ("place", self.place_edit, place),
        ):
            if key not in self._touched and value:
                edit.setText(value)
                edit.setCursorPosition(0)  # show the start of a long name, not its end
        if "date" not in self._touched:
            self.date_edit.setDate(QDate(today.year, today.month, today.day))
            self._touched.add("date")  # set once; a changed date stays

    def show_signature(self, signature: Signature | None, *, locked: bool, can_sign: bool) -> None:
        self.signature = signature
        signed = signature is not None
        if signature is not None:
            self.name_edit.setText(signature.name)
            self.function_edit.setText(signature.function)
            day = signature.signed_on
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
            self.place_edit.setText(signature.place)
            for edit in (self.name_edit, self.function_edit, self.place_edit):
                edit.setCursorPosition(0)
            self.signature_field.pad.set_drawing(signature.drawing)
            text = self.tr("✔ Getekend door %1 op %2").replace("%1", signature.name)
            text = text.replace("%2", format_date(signature.signed_on, current_language()))
            if signature.place.strip():
                text += " " + self.tr("in %1").replace("%1", signature.place)
            self.state_label.setText(text)
            self.state_label.setStyleSheet(SIGNED_STYLE)
        else:
            if locked:
                self.signature_field.pad.set_drawing("")
            self.state_label.setText(self.tr("○ Nog niet getekend"))
            self.state_label.setStyleSheet(OPEN_STYLE)
        self.state_label.setAccessibleName(self.state_label.text())
        read_only = signed or locked
        for edit in (self.name_edit, self.function_edit, self.place_edit):
            edit.setReadOnly(read_only)
        self.date_edit.setReadOnly(read_only)
        self.signature_field.set_read_only(read_only)
        self.sign_button.setVisible(not read_only)
        self.sign_button.setEnabled(can_sign)
        self.withdraw_button.setVisible(signed and not locked)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name_edit.text(),
            "function": self.function_edit.text(),
            "signed_on": self.date_edit.date().toPython(),
            "place": self.place_edit.text(),
            "drawing": self.signature_field.drawing(),
        }


class SigningPage(QWidget):
    """The signing step; ``before_read`` saves pending edits (the window's ``save_now``)."""

    signed = Signal(str)  # role; the contract's revision changed
    withdrawn = Signal(str)  # role
    locked = Signal()
    jumpRequested = Signal(str)  # question key of a gap
    previewRequested = Signal()
    conflicted = Signal()  # the contract was changed elsewhere; the window should reload it

    def __init__(
        self,
        repo: Repository,
        contract_id: int,
        question_set: QuestionSet,
        *,
        language: str = "nl",
        before_read: Callable[[], bool] | None = None,
        revision: Callable[[], int] | None = None,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.contract_id = contract_id
        self.question_set = question_set
        self.language = language
        self.before_read = before_read
        # The revision the window last saw: a signature or a withdrawal is refused when the
        # contract changed elsewhere since, so nobody signs content they have not seen.
        self.revision = revision
        self.today = today
        self.state: SigningState | None = None
        self._build()
        self.refresh()

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setAccessibleName(self.tr("Ondertekenen"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget(scroll)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 12, 4)
        self.summary_label = QLabel(body)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_label.setWordWrap(True)
        self.summary_label.setObjectName("stepLabel")
        layout.addWidget(self.summary_label)
        self.gaps_label = QLabel(body)
        self.gaps_label.setWordWrap(True)
        self.gaps_label.setTextFormat(Qt.TextFormat.RichText)
        self.gaps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.gaps_label.linkActivated.connect(self._link)
        layout.addWidget(self.gaps_label)
        self.blocks_grid = QGridLayout()
        self._columns = 0
        titles = {
            Role.ALDERMAN.value: self.tr("Bestuurlijk opdrachtgever (BO)"),
            Role.SENIOR_OFFICIAL.value: self.tr("Ambtelijk opdrachtgever (AO)"),
            Role.TASK_LEADER.value: self.tr("Opdrachtnemer (ON)"),
        }
        self.blocks: dict[str, RoleBlock] = {}
        for role in TRIANGLE_ROLES:
            block = RoleBlock(role, titles[role], body)
            block.signRequested.connect(self.sign_role)
            block.withdrawRequested.connect(self.withdraw_role)
            self.blocks[role] = block
        # What is typed into a block before "Ondertekenen" survives a crash.
        self.drafts = Drafts(self.repo, self.contract_id, self)
        for role, block in self.blocks.items():
            for field, edit in block.fields().items():
                self.drafts.keep(edit, f"ondertekenen:{role}:{field}")
        self._arrange(3)
        layout.addLayout(self.blocks_grid)
        self.record_box = QGroupBox(self.tr("Vastgelegd"), body)
        record = QVBoxLayout(self.record_box)
        self.locked_label = QLabel(self.record_box)
        self.locked_label.setTextFormat(Qt.TextFormat.PlainText)
        self.locked_label.setWordWrap(True)
        self.fingerprint_label = QLabel(self.record_box)
        self.fingerprint_label.setWordWrap(True)
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.verify_label = QLabel(self.record_box)
        self.verify_label.setTextFormat(Qt.TextFormat.PlainText)
        self.verify_label.setWordWrap(True)
        check_row = QHBoxLayout()
        self.verify_button = QPushButton(self.tr("Opnieuw controleren"), self.record_box)
        self.verify_button.setAutoDefault(False)
        self.verify_button.clicked.connect(self.check)
        check_row.addWidget(self.verify_label, 1)
        check_row.addWidget(self.verify_button, 0, Qt.AlignmentFlag.AlignTop)
        record.addWidget(self.locked_label)
        record.addWidget(self.fingerprint_label)
        record.addLayout(check_row)
        layout.addWidget(self.record_box)
        pdf_row = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Contracteringsformat (PDF) bekijken…"), body)
        self.preview_button.setAutoDefault(False)
        self.preview_button.clicked.connect(self.previewRequested)
        pdf_row.addWidget(self.preview_button)
        pdf_row.addStretch(1)
        layout.addLayout(pdf_row)
        layout.addStretch(1)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._viewport = scroll.viewport()
        self._viewport.installEventFilter(self)

    def _arrange(self, columns: int) -> None:
        """The three blocks side by side when they fit, else one below the other (large type)."""
        if columns == self._columns:
            return
        self._columns = columns
        for block in self.blocks.values():
            self.blocks_grid.removeWidget(block)
        for index, block in enumerate(self.blocks.values()):
            if columns == 3:
                self.blocks_grid.addWidget(block, 0, index)
            else:
                self.blocks_grid.addWidget(block, index, 0)
            block.set_wide(columns == 1)
        for index in range(3):
            self.blocks_grid.setColumnStretch(index, 1 if columns == 3 or index == 0 else 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._viewport and event.type() == QEvent.Type.Resize:
            self._fit_columns(self._viewport.width())
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_viewport"):
            self._fit_columns(self._viewport.width())  # presentation mode or zoom changed the type

    def _fit_columns(self, width: int) -> None:
        spacing = max(0, self.blocks_grid.spacing())
        needed = sum(self._narrow_width(block) for block in self.blocks.values()) + 2 * spacing + 24
        self._arrange(3 if width >= needed else 1)

    @staticmethod
    def _narrow_width(block: RoleBlock) -> int:
        """How wide a block wants to be with its form above its pad (at the current type size)."""
        metrics = block.fontMetrics()
        label = metrics.horizontalAdvance(block.tr("Volledige naam"))
        field = metrics.horizontalAdvance("0" * 18)
        return label + field + 48

    # ------------------------------------------------------------------ reading
    def refresh(self) -> SigningState:
        """Read the contract again and show its state (also when the page becomes visible)."""
        snapshot = load_snapshot(self.repo, self.contract_id)
        state = state_of(snapshot, self.question_set)
        # the open questions are listed in the window's language
        state = replace(
            state,
            hard_gaps=tuple(hard_gaps(self.question_set, snapshot, language=self.language)),
            soft_gaps=tuple(soft_gaps(self.question_set, snapshot, language=self.language)),
        )
        self.state = state
        places = [s.place for s in snapshot.signatures if s.place.strip()]
        for role, block in self.blocks.items():
            block.show_signature(state.signatures.get(role), locked=state.locked, can_sign=not state.locked)
            for field in block.fields():
                draft = self.drafts.get(f"ondertekenen:{role}:{field}")
                if draft is not None:
                    block.restore(field, draft)
            people = [p for p in snapshot.participants if p.role == role and p.name.strip()]
            person = people[0] if people else None
            block.prefill(
                person.name if person else "",
                person.function if person else "",
                places[0] if places else "",
                self.today(),
            )
        self._show_summary(state)
        self._show_gaps(state)
        self._show_record(state)
        return state

    def _show_summary(self, state: SigningState) -> None:
        if state.locked:
            text = self.tr("Deze versie (%1) is door alle drie ondertekend en ligt vast.")
        elif state.signed_count:
            text = self.tr("Versie %1: %2 van 3 handtekeningen. Na de derde ligt deze versie vast.")
        else:
            text = self.tr("Versie %1: nog niet ondertekend. Na de derde handtekening ligt deze versie vast.")
        text = text.replace("%1", str(state.version)).replace("%2", str(state.signed_count))
        self.summary_label.setText(text)

    def _gap_item(self, gap: Gap, link: bool) -> str:
        label = escape(gap.label)
        detail = f" – {escape(gap.detail)}" if gap.detail else ""
        if link:
            return f"<li><a href='{GAP_SCHEME}{escape(gap.question_key)}'>{label}</a>{detail}</li>"
        return f"<li>{label}{detail}</li>"

    def _show_gaps(self, state: SigningState) -> None:
        if state.locked:
            self.gaps_label.setVisible(False)
            return
        parts = []
        if state.hard_gaps:
            parts.append(
                "<p style='color:#b00020'><b>"
                + escape(self.tr("Ondertekenen kan nog niet. Deze verplichte vragen zijn nog open:"))
                + "</b></p><ul>"
                + "".join(self._gap_item(gap, True) for gap in state.hard_gaps)
                + "</ul>"
            )
        if state.soft_gaps:
            parts.append(
                "<p style='color:#7a4800'><b>"
                + escape(self.tr("Open punten (ondertekenen kan wel):"))
                + "</b></p><ul>"
                + "".join(self._gap_item(gap, True) for gap in state.soft_gaps)
                + "</ul>"
            )
        if not parts:
            parts.append(
                "<p>" + escape(self.tr("Alle vragen zijn beantwoord. Er zijn geen open punten.")) + "</p>"
            )
        self.gaps_label.setText("".join(parts))
        self.gaps_label.setVisible(True)

    def _show_record(self, state: SigningState) -> None:
        self.record_box.setVisible(state.locked)
        if not state.locked:
            return
        moment = format_moment(state.locked_at, self.language) if state.locked_at else ""
        self.locked_label.setText(
            self.tr("Vastgelegd op %1 met deze vingerafdruk (SHA-256):").replace("%1", moment)
        )
        fingerprint = escape(state.fingerprint or self.tr("(ontbreekt)"))
        self.fingerprint_label.setText(f"<span style='font-family: monospace'>{fingerprint}</span>")
        self.check()

    def check(self) -> bool | None:
        """Recompute the fingerprint from the database and show whether it still matches."""
        if self.state is None or not self.state.locked:
            return None
        result = verify(self.repo, self.contract_id)
        if result.intact:
            self.verify_label.setText(self.tr("✔ Inhoud ongewijzigd sinds ondertekening"))
            self.verify_label.setStyleSheet(GOOD)
        else:
            self.verify_label.setText(
                self.tr(
                    "✖ Let op: de inhoud is gewijzigd sinds de ondertekening! De opgeslagen gegevens "
                    "komen niet meer overeen met de vingerafdruk."
                )
            )
            self.verify_label.setStyleSheet(BAD)
        self.verify_label.setAccessibleName(self.verify_label.text())
        return result.intact

    # ------------------------------------------------------------------ acting
    def _link(self, href: str) -> None:
        if href.startswith(GAP_SCHEME):
            self.jumpRequested.emit(href[len(GAP_SCHEME) :])

    def _saved_first(self) -> bool:
        if self.before_read is None or self.before_read():
            return True
        messages.warn(
            self,
            self.tr("Ondertekenen"),
            self.tr(
                "Niet alle antwoorden zijn opgeslagen. Los eerst het probleem met opslaan op; "
                "daarna kan er worden ondertekend."
            ),
        )
        return False

    def sign_role(self, role: str) -> bool:
        """Sign for ``role`` with what its block holds; True when the signature was stored."""
        if not self._saved_first():
            return False
        state = self.refresh()
        block = self.blocks[role]
        if state.hard_gaps:
            items = "\n".join(f"• {gap.label}" for gap in state.hard_gaps[:12])
            more = len(state.hard_gaps) - 12
            if more > 0:
                items += "\n" + self.tr("… en nog %1").replace("%1", str(more))
            messages.warn(
                self,
                self.tr("Ondertekenen kan nog niet"),
                self.tr(
                    "Ondertekenen kan pas als alle verplichte vragen beantwoord zijn. Nog open:\n\n%1\n\n"
                    "Klik op een vraag in de lijst boven de handtekeningen om ernaartoe te gaan."
                ).replace("%1", items),
            )
            return False
        if state.missing_roles == (role,) and not self._confirm_lock(state.version):
            return False
        values = block.values()
        try:
            state = sign(
                self.repo,
                self.contract_id,
                self.question_set,
                role=role,
                name=str(values["name"]),
                function=str(values["function"]),
                signed_on=values["signed_on"],  # type: ignore[arg-type]  # a date from QDate
                place=str(values["place"]),
                drawing=str(values["drawing"]),
                expected_revision=self.revision() if self.revision is not None else None,
            )
        except UserFacingError as exc:
            self._refused(self.tr("Ondertekenen"), exc)
            return False
        self.drafts.discard(f"ondertekenen:{role}:")
        self.refresh()
        self.signed.emit(role)
        if state.locked:
            self.locked.emit()
        return True

    def _confirm_lock(self, version: int) -> bool:
        """The signature that completes the three fixes the version: say so, and ask."""
        return messages.confirm(
            self,
            self.tr("Laatste handtekening"),
            self.tr(
                "Dit is de derde handtekening. Hiermee wordt versie %1 vastgelegd en kan niet meer "
                "worden gewijzigd. Wie daarna iets wil veranderen, maakt een nieuwe versie "
                "(hercontracteren).\n\nWilt u nu ondertekenen?"
            ).replace("%1", str(version)),
            self.tr("Ondertekenen en vastleggen"),
            self.tr("Nog niet"),
        )

    def withdraw_role(self, role: str) -> bool:
        block = self.blocks[role]
        name = block.signature.name if block.signature is not None else ""
        if not messages.confirm(
            self,
            self.tr("Handtekening intrekken"),
            self.tr("Wilt u de handtekening van %1 intrekken?").replace("%1", name),
            self.tr("Intrekken"),
        ):
            return False
        try:
            withdraw_signature(
                self.repo,
                self.contract_id,
                role,
                expected_revision=self.revision() if self.revision is not None else None,
            )
        except UserFacingError as exc:
            self._refused(self.tr("Handtekening intrekken"), exc)
            return False
        self.refresh()
        self.withdrawn.emit(role)
        return True

    def _refused(self, title: str, exc: UserFacingError) -> None:
        messages.warn(self, title, exc.message)
        if isinstance(exc, ConcurrentChange):
            self.conflicted.emit()
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self.before_read is not None:
            self.before_read()
        self.refresh()
