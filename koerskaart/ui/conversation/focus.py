"""Where the keyboard lands after a step change: the first field of the new page that takes typing.

The facilitator types while the room talks. After Volgende, Vorige, Alt+→/← or a click in the
step list the cursor must already be in the first place that takes text — a line, a text box, a
number or date field, or a table (typing in a table edits its current cell, or in an empty one
starts the first row) — so that a sentence typed right away lands there and never presses a
button. Radio buttons, check boxes and plain buttons are passed over: a space would toggle them.
A page without such a field (the review) gets the focus itself, so PageUp/PageDown scroll it.

What this module must not do: change anything on the page other than the focus and, for a
table without a current cell, which cell is current.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def takes_typing(widget: QWidget) -> bool:
    """True for a visible, enabled, keyboard-reachable widget that turns typed keys into text."""
    if not widget.isVisible() or not widget.isEnabled():
        return False
    if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if isinstance(widget, QLineEdit | QAbstractSpinBox):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QAbstractItemView):
        model = widget.model()
        return (
            model is not None
            and widget.editTriggers() & QAbstractItemView.EditTrigger.AnyKeyPressed
            and bool(widget.property("typingAddsRow") or model.rowCount())
        )
    return False


def first_typing_field(page: QWidget) -> QWidget | None:
    """The first widget of ``page``'s tab order that :func:`takes_typing`, or None."""
    # A page just brought to the front may not be laid out yet; visibility must be final.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    start = page
    widget = page.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not start and seen < 2000:
        seen += 1
        if page.isAncestorOf(widget) and takes_typing(widget):
            return widget
        widget = widget.nextInFocusChain()
    return None


def _first_focusable(page: QWidget) -> QWidget | None:
    """The first widget of ``page`` that Tab would reach (a read-only text, a list)."""
    widget = page.nextInFocusChain()
    seen = 0
    while widget is not None and widget is not page and seen < 2000:
        seen += 1
        if (
            page.isAncestorOf(widget)
            and widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            return widget
        widget = widget.nextInFocusChain()
    return None


def focus_first_field(page: QWidget) -> QWidget:
    """Put the keyboard in the first typing field of ``page`` (or on the page); returns it."""
    target = first_typing_field(page) or _first_focusable(page)
    if target is None:
        target = page
        if not page.focusPolicy() & Qt.FocusPolicy.TabFocus:
            page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    if isinstance(target, QAbstractItemView) and not target.currentIndex().isValid():
        model = target.model()
        if model is not None and model.rowCount():
            typing_column = getattr(target, "typing_column", None)
            column = typing_column() if callable(typing_column) else 0
            target.setCurrentIndex(model.index(0, column))
    target.setFocus(Qt.FocusReason.TabFocusReason)
    if isinstance(target, QAbstractItemView) and target.currentIndex().isValid():
        target.scrollTo(target.currentIndex())
    parent = target.parentWidget()
    while parent is not None and parent is not page.parentWidget():
        scroll = getattr(parent, "ensureWidgetVisible", None)
        if callable(scroll):
            scroll(target, 0, 40)
            break
        parent = parent.parentWidget()
    return target
