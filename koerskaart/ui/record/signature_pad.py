"""A small signature pad: draw a signature with the mouse, a pen or a tablet, or leave it empty.

:class:`SignaturePad` is the drawing area. It keeps the strokes normalised to a unit box of the
same 3:1 shape the PDF prints (x to the right, y downwards, both 0..1), so what is drawn on the
screen prints without stretching. :meth:`SignaturePad.drawing` gives them as the JSON text the
record layer stores (``[[[x, y], ...], ...]``, ``""`` when nothing was drawn).
:class:`SignatureField` adds the "Wissen" button and a hint. The pad takes no keyboard focus:
a keyboard user skips it, and the typed name alone is a valid signature.

What this module must not do: validate or store a signature (that is
:mod:`koerskaart.record.signing`).
"""

from __future__ import annotations

import json

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from koerskaart.storage.limits import MAX_DRAWING_POINTS

ASPECT = 3.0  # width : height, as koerskaart.record.pdf.signatures.PAD_ASPECT prints it
MIN_STEP = 0.002  # points closer than this (in the unit box) add nothing a printer could show
MAX_POINTS = MAX_DRAWING_POINTS  # the record layer refuses more than this

Stroke = list[tuple[float, float]]


class SignaturePad(QWidget):
    """The area to draw in; ``changed`` fires when a stroke ends or the pad is cleared."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._strokes: list[Stroke] = []
        self._drawing = False
        self._read_only = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(180, 60)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Handtekening tekenen (niet verplicht)"))
        self.setToolTip(self.tr("Teken hier met de muis of een pen. Niet verplicht: de naam is genoeg."))
        self._describe()

    # ------------------------------------------------------------------ the value
    def strokes(self) -> list[Stroke]:
        return [list(stroke) for stroke in self._strokes]

    def is_empty(self) -> bool:
        return not self._strokes

    def drawing(self) -> str:
        """The strokes as the JSON the record layer expects; ``""`` when nothing was drawn."""
        if not self._strokes:
            return ""
        return json.dumps(
            [[[round(x, 4), round(y, 4)] for x, y in stroke] for stroke in self._strokes],
            separators=(",", ":"),
        )

    def set_drawing(self, text: str) -> None:
        """Show a stored drawing (no validation beyond what is needed to draw it)."""
        self._strokes = []
        try:
            data = json.loads(text) if text.strip() else []
            for stroke in data:
                self._strokes.append([(float(x), float(y)) for x, y in stroke])
        except (ValueError, TypeError):
            self._strokes = []
        self._describe()
        self.update()

    def _describe(self) -> None:
        """What the pad shows, as text for a screen reader."""
        if not self._strokes:
            self.setAccessibleDescription(self.tr("Nog niets getekend."))
        else:
            self.setAccessibleDescription(
                self.tr("Getekend: %1 lijnen.").replace("%1", str(len(self._strokes)))
            )

    def clear(self) -> None:
        if self._read_only:
            return
        had = bool(self._strokes)
        self._strokes = []
        self._drawing = False
        self._describe()
        self.update()
        if had:
            self.changed.emit()

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._drawing = False
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.update()

    # ------------------------------------------------------------------ geometry
    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt override)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt override)
        return max(60, round(width / ASPECT))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(360, 120)

    def box(self) -> QRectF:
        """The 3:1 drawing box, centred in the widget."""
        rect = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        width = min(rect.width(), rect.height() * ASPECT)
        height = width / ASPECT
        return QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)

    def _normalised(self, position: QPointF) -> tuple[float, float]:
        box = self.box()
        x = (position.x() - box.left()) / box.width() if box.width() else 0.0
        y = (position.y() - box.top()) / box.height() if box.height() else 0.0
        return min(1.0, max(0.0, x)), min(1.0, max(0.0, y))

    def _point_count(self) -> int:
        return sum(len(stroke) for stroke in self._strokes)

    # ------------------------------------------------------------------ drawing input
    def _begin(self, position: QPointF) -> None:
        if self._read_only or self._point_count() >= MAX_POINTS:
            return
        self._drawing = True
        self._strokes.append([self._normalised(position)])
        self.update()

    def _extend(self, position: QPointF) -> None:
        if not self._drawing or self._point_count() >= MAX_POINTS:
            return
        point = self._normalised(position)
        last = self._strokes[-1][-1]
        if abs(point[0] - last[0]) + abs(point[1] - last[1]) >= MIN_STEP:
            self._strokes[-1].append(point)
            self.update()

    def _end(self, position: QPointF) -> None:
        if not self._drawing:
            return
        self._extend(position)
        self._drawing = False
        self._describe()
        self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt override)
        if event.button() == Qt.MouseButton.LeftButton:
            self._end(event.position())

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end(event.position())
        event.accept()  # no synthesised mouse events on top of the pen's own

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self.box()
        background = QColor("#f3f4f6") if self._read_only else QColor("#ffffff")
        painter.fillRect(box, background)
        painter.setPen(QPen(QColor("#8a8f96"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(box)
        baseline = box.top() + box.height() * 0.78
        painter.setPen(QPen(QColor("#c4c7cb"), 1))
        painter.drawLine(QPointF(box.left() + 12, baseline), QPointF(box.right() - 12, baseline))
        if not self._strokes and not self._read_only:
            painter.setPen(QColor("#6b6f75"))
            painter.drawText(
                box.adjusted(8, 0, -8, -box.height() * 0.25),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Teken hier (niet verplicht)"),
            )
        pen = QPen(QColor("#10233f"), max(1.5, box.height() / 45))
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self._strokes:
            path = QPainterPath()
            x0, y0 = stroke[0]
            path.moveTo(box.left() + x0 * box.width(), box.top() + y0 * box.height())
            if len(stroke) == 1:
                path.lineTo(box.left() + x0 * box.width() + 0.5, box.top() + y0 * box.height())
            for x, y in stroke[1:]:
                path.lineTo(box.left() + x * box.width(), box.top() + y * box.height())
            painter.drawPath(path)
        painter.end()


class SignatureField(QWidget):
    """The pad with its "Wissen" button; ``pad`` is the drawing area itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.pad = SignaturePad(self)
        layout.addWidget(self.pad)
        row = QHBoxLayout()
        self.hint = QLabel(self.tr("Alleen de naam is ook een geldige handtekening."), self)
        self.hint.setObjectName("hintLabel")
        self.hint.setWordWrap(True)
        self.clear_button = QPushButton(self.tr("Wissen"), self)
        self.clear_button.setAutoDefault(False)
        self.clear_button.setAccessibleName(self.tr("Getekende handtekening wissen"))
        self.clear_button.clicked.connect(self.pad.clear)
        self.pad.changed.connect(self._update)
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button)
        layout.addLayout(row)
        self._update()

    def drawing(self) -> str:
        return self.pad.drawing()

    def clear(self) -> None:
        self.pad.clear()

    def set_read_only(self, read_only: bool) -> None:
        self.pad.set_read_only(read_only)
        self.clear_button.setVisible(not read_only)
        self.hint.setVisible(not read_only)

    def _update(self) -> None:
        self.clear_button.setEnabled(not self.pad.is_empty())
