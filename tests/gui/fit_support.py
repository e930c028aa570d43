"""Finding talk content that a viewer of the shared screen would see cut off ("…") or clipped.

For every visible label, button and table cell of a page, the room the text needs at the
widget's font (one line, or wrapped lines at the widget's width) is compared with the room it
has. A widget counts when it is on screen; a cell when its row is in the table's viewport.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextDocument, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

SLACK = 2  # pixels of rounding


def _plain(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    ):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return text.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


def label_problem(label: QLabel) -> str:
    text = _plain(label)
    if label.buddy() is not None:
        text = _without_mnemonic(text)
    if not text.strip() or label.pixmap() is not None and not label.pixmap().isNull():
        return ""
    room = label.contentsRect()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"label clipped ({needed}px of text in {label.height()}px): {text[:50]!r}"
        return ""
    metrics = QFontMetrics(label.font())
    widest = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if widest > room.width() + SLACK:
        return f"label cut off ({widest}px in {room.width()}px): {text[:50]!r}"
    return ""


def button_problem(button: QAbstractButton) -> str:
    if button.text() and button.sizeHint().width() > button.width() + SLACK:
        return f"button cut off: {button.text()!r}"
    return ""


def cell_problems(view: QTableView) -> list[str]:
    model = view.model()
    problems: list[str] = []
    if model is None:
        return problems
    viewport = view.viewport().rect()
    for row in range(model.rowCount()):
        if view.isRowHidden(row):
            continue
        for column in range(model.columnCount()):
            if view.isColumnHidden(column):
                continue
            index = model.index(row, column)
            rect = view.visualRect(index)
            if not rect.intersects(viewport):
                continue
            # Through the Python model and a hand-filled option: see WrappingDelegate.sizeHint.
            text = model.data(index, Qt.ItemDataRole.DisplayRole)
            if not text:
                continue
            option = QStyleOptionViewItem()
            option.font = view.font()
            option.text = str(text)
            features = QStyleOptionViewItem.ViewItemFeature
            option.features = features.WrapText | features.HasDisplay
            if model.data(index, Qt.ItemDataRole.DecorationRole) is not None:
                option.features |= features.HasDecoration
                option.decorationSize = view.iconSize()
            option.rect = rect
            style = view.style()
            text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, view) + 1
            width = max(text_rect.width() - 2 * margin, 1)
            needed = _text_height(str(text), option.font, width, wrap=view.wordWrap())
            rect = text_rect
            # A view wraps between words; a single word wider than the column is cut with "…".
            widest_word = max(
                (QFontMetrics(option.font).horizontalAdvance(w) for w in str(text).split()), default=0
            )
            breaks = getattr(view.itemDelegateForIndex(index), "breaks_long_words", False)
            if widest_word > width + SLACK and not breaks:
                header = model.headerData(column, Qt.Orientation.Horizontal)
                problems.append(f"word cut off in {view.accessibleName()!r}/{header!r}: {str(text)[:50]!r}")
                continue
            if needed is None or needed > rect.height() + SLACK:
                header = model.headerData(column, Qt.Orientation.Horizontal)
                problems.append(f"cell cut off in {view.accessibleName()!r}/{header!r}: {str(text)[:50]!r}")
    return problems


def _text_height(text: str, font: QFont, width: int, *, wrap: bool) -> int | None:
    """Height of ``text`` laid out as a view draws it (wrapped at words, or anywhere inside a
    word that is wider than the column); None when it does not fit on one unwrapped line."""
    metrics = QFontMetrics(font)
    if not wrap:
        return metrics.height() if metrics.horizontalAdvance(text) <= width else None
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return int(height + 0.999)


def on_screen(widget: QWidget, page: QWidget) -> bool:
    return widget.isVisibleTo(page) and widget.width() > 0 and widget.height() > 0


def clipped_content(page: QWidget) -> list[str]:
    """Every label, button and table cell of ``page`` whose text does not fit its room."""
    problems: list[str] = []
    for label in page.findChildren(QLabel):
        if on_screen(label, page) and (problem := label_problem(label)):
            problems.append(problem)
    for button in page.findChildren(QAbstractButton):
        if on_screen(button, page) and (problem := button_problem(button)):
            problems.append(problem)
    for view in page.findChildren(QTableView):
        if on_screen(view, page) and isinstance(view, QAbstractItemView):
            problems.extend(cell_problems(view))
    return problems
