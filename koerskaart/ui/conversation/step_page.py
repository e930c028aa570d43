"""One step of the conversation as a page: its introduction, then one block per question.

A :class:`QuestionBlock` shows the question's label, a role badge (who answers: BO, AO, ON, TL,
FA or Iedereen, with the full Dutch name as tooltip and accessible name), the facilitator's
prompt in italics (how to ask it aloud), the help text, the editor from the registry, and for
plain questions a small list to change who gave the answer. A marker appears when a required
question is still open: calm for soft-required, stronger for hard-required. Neither blocks
anything.

Questions marked ``facilitator_only`` are never built here: this page is on the shared screen.
Which blocks are visible and which markers show is decided by the window; the page only shows it.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from koerskaart.questions.model import AnsweringRole, Question, Required, Step
from koerskaart.ui.editors.base import QuestionEditor
from koerskaart.ui.editors.plain import PlainEditor
from koerskaart.ui.editors.registry import create_editor
from koerskaart.ui.session import ContractSession


def _tr(text: str) -> str:
    return QCoreApplication.translate("StepPage", text)


def role_badge_text(role: str) -> str:
    return _tr("Iedereen") if role == AnsweringRole.ALL.value else role


def role_name(role: str) -> str:
    """The full Dutch name of an answering role."""
    names = {
        AnsweringRole.BO.value: _tr("Bestuurlijk opdrachtgever"),
        AnsweringRole.AO.value: _tr("Ambtelijk opdrachtgever"),
        AnsweringRole.ON.value: _tr("Opdrachtnemer"),
        AnsweringRole.TL.value: _tr("Teamleider"),
        AnsweringRole.FA.value: _tr("Facilitator"),
        AnsweringRole.ALL.value: _tr("Iedereen aan tafel"),
    }
    return names.get(role, role)


class _Unavailable(QLabel):
    """Shown in place of an editor that cannot be loaded, so the rest of the talk goes on."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(
            _tr("Deze vraag kan in deze versie van Koerskaart niet op het scherm worden ingevuld."), parent
        )
        self.setWordWrap(True)
        self.setObjectName("hintLabel")


class QuestionBlock(QFrame):
    """Everything shown for one question."""

    BADGE_STYLE = (
        "QLabel { background-color: #0b4f8a; color: #ffffff; border-radius: 4px; "
        "padding: 2px 8px; font-weight: 600; }"
    )
    MARKER_STYLE = {
        Required.SOFT: "QLabel { color: #7a4800; background-color: #fff4dc; border-left: 4px solid #c98a00; "
        "padding: 2px 8px; }",
        Required.HARD: "QLabel { color: #ffffff; background-color: #b00020; border-radius: 4px; "
        "padding: 2px 8px; font-weight: 600; }",
    }

    def __init__(self, question: Question, session: ContractSession, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.question = question
        self.setObjectName("questionBlock")
        self.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 8)
        layout.setSpacing(4)

        header = QHBoxLayout()
        self.label = QLabel(html.escape(question.label(language)), self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { font-weight: 600; }")
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.badge = QLabel(self)
        self.badge.setStyleSheet(self.BADGE_STYLE)
        self.marker = QLabel(self)
        self.marker.setVisible(False)
        header.addWidget(self.label, 1)
        header.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        header.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(header)

        prompt = question.prompt(language)
        self.prompt = QLabel(f"<i>{html.escape(prompt)}</i>", self) if prompt else None
        if self.prompt is not None:
            self.prompt.setWordWrap(True)
            self.prompt.setAccessibleName(_tr("Zo vraagt u het"))
            layout.addWidget(self.prompt)
        help_text = question.help(language)
        self.help = QLabel(help_text, self) if help_text else None
        if self.help is not None:
            self.help.setTextFormat(Qt.TextFormat.PlainText)  # shown exactly as written
            self.help.setWordWrap(True)
            self.help.setObjectName("hintLabel")
            layout.addWidget(self.help)

        self.editor: QuestionEditor | None
        try:
            self.editor = create_editor(question, session, self)
        except (ImportError, AttributeError):
            self.editor = None
            layout.addWidget(_Unavailable(self))
        else:
            if isinstance(self.editor, PlainEditor) and language != "nl":
                self.editor.set_language(language)
            else:
                self.editor.setAccessibleName(question.label(language))
            layout.addWidget(self.editor)
            self.label.setBuddy(self.editor)

        self.role_box: QComboBox | None = None
        self.role_row = QWidget(self)
        if isinstance(self.editor, PlainEditor):
            row = QHBoxLayout(self.role_row)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(_tr("Antwoord van:"), self)
            caption.setObjectName("hintLabel")
            self.role_box = QComboBox(self)
            self.role_box.setAccessibleName(
                _tr("Wie gaf het antwoord op: %1").replace("%1", question.label(language))
            )
            for role in AnsweringRole:
                self.role_box.addItem(f"{role_badge_text(role.value)} – {role_name(role.value)}", role.value)
            self.role_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.role_box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            caption.setBuddy(self.role_box)
            row.addWidget(caption)
            row.addWidget(self.role_box)
            row.addStretch(1)
            layout.addWidget(self.role_row)
            self.show_role(self.editor.role)
            self.role_box.currentIndexChanged.connect(self._role_chosen)
        else:
            self.role_row.setVisible(False)
            self.show_role(question.role.value)

    def show_role(self, role: str) -> None:
        self.badge.setText(role_badge_text(role))
        name = role_name(role)
        self.badge.setToolTip(_tr("Wie antwoordt: %1").replace("%1", name))
        self.badge.setAccessibleName(_tr("Wie antwoordt: %1").replace("%1", name))
        if self.role_box is not None:
            index = self.role_box.findData(role)
            if index >= 0 and index != self.role_box.currentIndex():
                self.role_box.blockSignals(True)
                self.role_box.setCurrentIndex(index)
                self.role_box.blockSignals(False)

    def _role_chosen(self) -> None:
        assert self.role_box is not None and isinstance(self.editor, PlainEditor)
        role = self.role_box.currentData()
        self.editor.set_role(role)
        self.show_role(role)

    def show_gap(self, level: Required | None) -> None:
        """``None`` hides the marker; SOFT or HARD shows the matching one."""
        if level is None or level == Required.NO:
            self.marker.setVisible(False)
            return
        if level == Required.HARD:
            self.marker.setText(_tr("⚠ Nodig om te tekenen"))
        else:
            self.marker.setText(_tr("Nog open"))
        self.marker.setAccessibleName(self.marker.text())
        self.marker.setStyleSheet(self.MARKER_STYLE[level])
        self.marker.setVisible(True)

    def set_read_only(self, read_only: bool) -> None:
        if self.editor is not None:
            self.editor.set_read_only(read_only)
        if self.role_box is not None:
            self.role_box.setEnabled(not read_only)
            self.role_row.setVisible(not read_only)  # the badge still says who answered

    def reload(self) -> None:
        if self.editor is not None:
            self.editor.load()
            if isinstance(self.editor, PlainEditor):
                self.show_role(self.editor.role)


class StepPage(QScrollArea):
    """A scrollable page holding a step's introduction and question blocks."""

    def __init__(
        self, step: Step, session: ContractSession, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.step = step
        self.setAccessibleName(step.title(language))  # a screen reader names the page by its step
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        content = QWidget(self)
        content.setObjectName("stepContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(16, 8, 16, 16)
        layout.setSpacing(6)
        intro = step.intro(language)
        if intro:
            label = QLabel(intro, content)
            label.setTextFormat(Qt.TextFormat.PlainText)  # shown exactly as written
            label.setWordWrap(True)
            label.setObjectName("hintLabel")
            layout.addWidget(label)
        self.blocks: dict[str, QuestionBlock] = {}
        for question in step.questions:
            if question.facilitator_only:
                continue  # the facilitator window shows these; never the shared screen
            block = QuestionBlock(question, session, language, content)
            self.blocks[question.key] = block
            layout.addWidget(block)
        layout.addStretch(1)
        self.setWidget(content)

    def editors(self) -> dict[str, QuestionEditor]:
        return {key: block.editor for key, block in self.blocks.items() if block.editor is not None}

    def focus_question(self, key: str) -> bool:
        block = self.blocks.get(key)
        if block is None or block.isHidden():
            return False
        # A page just brought to the front may not be laid out yet; positions must be final.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.ensureWidgetVisible(block, 0, 40)
        target = block.editor if block.editor is not None else block
        if target is not block:
            self.ensureWidgetVisible(target, 0, 40)  # a tall block: the editor matters most
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def block_of(self, widget: QWidget | None) -> QuestionBlock | None:
        while widget is not None:
            if isinstance(widget, QuestionBlock) and widget.question.key in self.blocks:
                return widget
            widget = widget.parentWidget()
        return None
