"""The keyboard-help window of the conversation (F1 or "?"): every key the facilitator can use.

A small dialog in two columns (key, what it does), grouped by where the key works. It is sized
to fit a shared screen of 1280x720 in presentation mode at the largest zoom: when the type is
that large, the groups move side by side instead of growing off the screen, and the text wraps.

What this module must not do: bind keys itself. The list below describes the keys the window,
the editors and the record screens bind; a test checks each listed step key really works.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

SHARED_SCREEN = QSize(1280, 720)  # the help is made to fit this, even on a larger screen


def _tr(text: str) -> str:
    return QCoreApplication.translate("KeyboardHelp", text)


def key_groups() -> list[tuple[str, list[tuple[str, str]]]]:
    """(group title, [(keys, what they do)]) in the order shown; "<br>" separates alternatives."""
    return [
        (
            _tr("Stappen"),
            [
                (_tr("Alt+→<br>Ctrl+PageDown"), _tr("Volgende stap")),
                (_tr("Alt+←<br>Ctrl+PageUp"), _tr("Vorige stap")),
                (_tr("PageUp / PageDown"), _tr("Pagina schuiven")),
                (_tr("Tab / Shift+Tab"), _tr("Volgend of vorig veld")),
                (_tr("Ctrl+S"), _tr("Nu opslaan")),
            ],
        ),
        (
            _tr("Tabellen"),
            [
                (_tr("Typen, F2, Enter"), _tr("Cel bewerken; een lege tabel krijgt een regel")),
                (_tr("Ctrl+Insert<br>Alt+N"), _tr("Regel toevoegen")),
                (_tr("Delete"), _tr("Regel verwijderen")),
                (_tr("Ctrl+↑ / Ctrl+↓"), _tr("Regel verplaatsen")),
            ],
        ),
        (
            _tr("Velden"),
            [
                (_tr("12-3-2025<br>120325"), _tr("Datum typen; Alt+↓ toont de kalender")),
                (_tr("1 – 5"), _tr("Score kiezen")),
                (_tr("1, 2, 3, Enter"), _tr("Rol in de driehoek invullen")),
            ],
        ),
        (
            _tr("Beeld"),
            [
                (_tr("Ctrl+Shift+P"), _tr("Presentatiemodus")),
                (_tr("Ctrl++ / Ctrl+-"), _tr("Groter / kleiner")),
                (_tr("Ctrl+0"), _tr("Normale grootte")),
                (_tr("F11"), _tr("Volledig scherm")),
                (_tr("Ctrl+Shift+F"), _tr("Facilitatorvenster")),
                (_tr("F1 of ?"), _tr("Deze toetsen")),
            ],
        ),
    ]


class KeyboardHelp(QDialog):
    """Non-modal: it can stay open beside the talk."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Toetsen – Koerskaart"))
        self.setAccessibleName(_tr("Overzicht van de toetsen"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 8, 12, 8)
        self.scroll = QScrollArea(self)
        self.scroll.setAccessibleName(_tr("Overzicht van de toetsen"))
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        self.grid = QGridLayout(body)
        self.grid.setHorizontalSpacing(32)
        self.grid.setVerticalSpacing(8)
        self.groups: list[QWidget] = []
        self.lists: list[QLabel] = []
        for title, rows in key_groups():
            box = QWidget(body)
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            heading = QLabel(f"<b>{escape(title)}</b>", box)
            heading.setTextFormat(Qt.TextFormat.RichText)
            column.addWidget(heading)
            # One rich-text table per group: compact, and it wraps as one block of text.
            cells = "".join(
                f"<tr><td style='padding: 2px 16px 2px 0'><b>{keys}</b></td><td style='padding: 2px 0'>"
                f"{escape(meaning)}</td></tr>"
                for keys, meaning in rows
            )
            text = QLabel(f"<table cellspacing='0'>{cells}</table>", box)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            text.setTextFormat(Qt.TextFormat.RichText)
            text.setWordWrap(True)
            text.setAccessibleName(title)
            text.setAccessibleDescription(
                "; ".join(
                    f"{keys.replace('<br>', ' ' + _tr('of') + ' ')}: {meaning}" for keys, meaning in rows
                )
            )
            column.addWidget(text)
            self.lists.append(text)
            self.groups.append(box)
        for index, box in enumerate(self.groups):
            self.grid.addWidget(box, index // 2, index % 2, Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        outer.addWidget(buttons)

    def fit_to_screen(self) -> None:
        """As large as its content needs, never larger than the screen it is on."""
        screen = self.screen()
        area = screen.availableGeometry().size() if screen is not None else SHARED_SCREEN
        self.fit_to(
            QSize(min(area.width(), SHARED_SCREEN.width()), min(area.height(), SHARED_SCREEN.height()))
        )

    def fit_to(self, room: QSize) -> None:
        """The smallest size that shows every key without scrolling, within ``room``."""
        body = self.scroll.widget()
        width = min(room.width() - 40, max(body.sizeHint().width() + 48, 640))
        tallest = room.height() - 40  # the window's title bar
        self.resize(width, tallest)
        self.layout().activate()
        chrome = self.height() - self.scroll.viewport().height()
        viewport = self.scroll.viewport().width()
        needed = body.heightForWidth(viewport) if body.hasHeightForWidth() else body.sizeHint().height()
        self.resize(width, min(tallest, max(needed, body.minimumSizeHint().height()) + chrome))
