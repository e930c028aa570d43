"""The partners of the opgave: how each steps in, who holds regie, and how people stay bound.

One row per partner (organisation, contact, involvement, "houdt regie" with its scope, binding
to the own organisation), stored when a cell edit ends. A line above the table sums up who holds
regie over the whole and per sub-theme, and says so when nobody does or when two partners claim
the same.

What this module must not do: decide who may hold regie (see
:mod:`koerskaart.conversation.row_checks` for the overview it shows).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from koerskaart.conversation.row_checks import regie_overview
from koerskaart.questions.model import Question
from koerskaart.storage.models import Partner
from koerskaart.ui.editors.base import StructuredEditor
from koerskaart.ui.editors.labels import involvement_choices
from koerskaart.ui.editors.table_editor import RowTableEditor
from koerskaart.ui.editors.table_model import Column, Kind, RowTableModel
from koerskaart.ui.session import ContractSession

SUMMARY_STYLE = "background: #eef3f7; border: 1px solid #b8c7d3; border-radius: 4px; padding: 6px;"


class PartnersEditor(StructuredEditor):
    def __init__(self, question: Question, session: ContractSession, parent: QWidget | None = None) -> None:
        super().__init__(question, session, parent)
        columns = [
            Column(
                "organisation",
                self.tr("Organisatie"),
                stretch=True,
                placeholder=self.tr("Naam van de partner"),
            ),
            Column("contact", self.tr("Contactpersoon"), width=18),
            Column(
                "involvement",
                self.tr("Hoe doet de partner mee?"),
                Kind.CHOICE,
                choices=tuple(involvement_choices()),
                width=32,
            ),
            Column(
                "holds_regie",
                self.tr("Houdt regie"),
                Kind.BOOL,
                tooltip=self.tr("Deze partner houdt de regie (spatiebalk zet het aan of uit)"),
                width=11,
            ),
            Column(
                "regie_scope",
                self.tr("Regie over"),
                placeholder=self.tr("leeg = het geheel, anders het deelthema"),
                row_text=self.scope_text,
                tooltip=self.tr("Leeg: de regie over het geheel. Anders: het deelthema, bijv. Veiligheid."),
                width=18,
            ),
            Column(
                "binding",
                self.tr("Binding met eigen organisatie"),
                stretch=True,
                placeholder=self.tr("Hoe blijven de mensen verbonden met hun eigen organisatie?"),
            ),
        ]
        self.model = RowTableModel(session, Partner, columns, parent=self)
        self.table = RowTableEditor(self.model, accessible_name=self.tr("Partners en regie"), parent=self)
        self.setFocusProxy(self.table)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setAccessibleName(self.tr("Wie houdt de regie"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

        self.table.changed.connect(self.changed)
        self.follow_model(self.model, self._show_summary)

    # ------------------------------------------------------------------ the contract
    def load(self) -> None:
        self.model.reload()
        if self.session.read_only:  # a signed version opens read-only whoever shows it
            self.set_read_only(True)

    def set_read_only(self, read_only: bool) -> None:
        self.table.set_read_only(read_only)

    # ------------------------------------------------------------------ regie
    def scope_text(self, partner: Partner) -> str:
        if partner.holds_regie and not partner.regie_scope:
            return self.tr("het geheel")
        return partner.regie_scope

    def summary_text(self) -> str:
        overview = regie_overview(self.model.rows)
        parts = []
        if overview.overall:
            parts.append(self.tr("Regie over het geheel: %1.").replace("%1", ", ".join(overview.overall)))
        else:
            parts.append(self.tr("Nog niemand houdt de regie over het geheel."))
        if overview.by_theme:
            themes = "; ".join(f"{theme}: {', '.join(names)}" for theme, names in overview.by_theme.items())
            parts.append(self.tr("Per deelthema — %1.").replace("%1", themes))
        contested = overview.contested
        if contested:
            named = [self.tr("het geheel") if theme == "" else theme for theme in contested]
            parts.append(
                self.tr("Let op: meer dan één partner houdt regie over %1.").replace("%1", ", ".join(named))
            )
        return " ".join(parts)

    def _show_summary(self, *_args: object) -> None:
        self.summary.setText(self.summary_text())
