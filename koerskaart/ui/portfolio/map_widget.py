"""The complexity x time map as a widget: paints the laid-out scene, and lets you point and step.

The layout (positions, sizes, labels, quadrants) comes from
:func:`koerskaart.portfolio.map_layout.layout_map`, recomputed only when the opgaven, the size or
the zoom change. Mouse: hover shows an opgave's key facts, a click selects it, a double click
opens it. Keyboard: the arrow keys step to the nearest bubble in that direction, Home goes to
the first, Enter opens, 1–4 zoom to a quadrant and 0 or Esc zooms out. The widget holds no rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from koerskaart.portfolio.figures import OpgaveFacts
from koerskaart.portfolio.map_layout import Bubble, MapLayout, Quadrant, layout_map
from koerskaart.ui.portfolio.facts_text import key_facts
from koerskaart.ui.portfolio.painter import FontMeasure, paint_scene
from koerskaart.ui.portfolio.words import map_texts


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


ZOOM_KEYS = {
    Qt.Key.Key_1: Quadrant.SHORT_COMPLEX,
    Qt.Key.Key_2: Quadrant.LONG_COMPLEX,
    Qt.Key.Key_3: Quadrant.SHORT_SIMPLE,
    Qt.Key.Key_4: Quadrant.LONG_SIMPLE,
}
STEPS = {
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
}


class MapWidget(QWidget):
    openRequested = Signal(int)  # opgave id
    currentChanged = Signal(object)  # opgave id or None
    zoomChanged = Signal(object)  # Quadrant or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(480, 300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(_tr("Kaart van de opgaven: complexiteit tegen duur"))
        self.setAccessibleDescription(
            _tr("Pijltjestoetsen: naar de volgende opgave. Enter: openen. 1 tot 4: inzoomen. 0: uitzoomen.")
        )
        self._facts: tuple[OpgaveFacts, ...] = ()
        self._zoom: Quadrant | None = None
        self._activities = False
        self._layout: MapLayout | None = None
        self._layout_key: tuple[object, ...] = ()
        self._cache: dict[tuple[object, ...], tuple[tuple[OpgaveFacts, ...], MapLayout]] = {}
        self._current: int | None = None  # opgave id
        self._hover: int | None = None
        self._measure = FontMeasure(self.font().family())

    # ------------------------------------------------------------------ data
    def set_facts(self, facts: Sequence[OpgaveFacts]) -> None:
        self._facts = tuple(facts)
        self._layout = None
        if self._current is not None and all(f.id != self._current for f in self._facts):
            self.set_current(None)
        self.update()

    def set_activities(self, on: bool) -> None:
        """Show each activity as a small bubble beside the opgaven."""
        if on != self._activities:
            self._activities = on
            self._layout = None
            self.update()

    def zoom(self) -> Quadrant | None:
        return self._zoom

    def set_zoom(self, quadrant: Quadrant | None) -> None:
        if quadrant != self._zoom:
            self._zoom = quadrant
            self._layout = None
            self.update()
            self.zoomChanged.emit(quadrant)

    def current(self) -> int | None:
        return self._current

    def set_current(self, opgave_id: int | None) -> None:
        if opgave_id != self._current:
            self._current = opgave_id
            self.update()
            self.currentChanged.emit(opgave_id)

    def font_size(self) -> float:
        """The window's type size, capped: in presentation mode the map keeps room for its labels."""
        return min(16.0, max(11.0, float(self.fontInfo().pixelSize())))

    def map_layout(self) -> MapLayout:
        ids = tuple(item.id for item in self._facts)
        key = (
            ids,
            self.width(),
            self.height(),
            self.font_size(),
            self._zoom,
            self._activities,
            self.font().family(),
        )
        if self._layout is None or key != self._layout_key:
            if self._measure.family != self.font().family():
                self._measure = FontMeasure(self.font().family())
            cached = self._cache.get(key)
            if cached is not None and cached[0] == self._facts:
                self._layout, self._layout_key = cached[1], key
                return cached[1]
            self._layout = layout_map(
                self._facts,
                self.width(),
                self.height(),
                self._measure,
                font_size=self.font_size(),
                zoom=self._zoom,
                texts=map_texts(),
                activities=self._activities,
            )
            self._layout_key = key
            # Going back to an earlier filter redraws at once; new data (other facts) lays out anew.
            self._cache[key] = (self._facts, self._layout)
            while len(self._cache) > 8:
                self._cache.pop(next(iter(self._cache)))
        return self._layout

    def bubble(self, opgave_id: int | None) -> Bubble | None:
        layout = self.map_layout()
        index = layout.index_of(opgave_id)
        return layout.bubbles[index] if index is not None else None

    # ------------------------------------------------------------------ drawing
    def paintEvent(self, event: QPaintEvent) -> None:
        self._paint()

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        layout = self.map_layout()
        paint_scene(painter, layout.scene, self._measure)
        for opgave_id, colour, width in ((self._hover, "#5F6368", 2.0), (self._current, "#1F5FA8", 4.0)):
            bubble = self.bubble(opgave_id)
            if bubble is None:
                continue
            painter.setBrush(QBrush())
            painter.setPen(QPen(QColor(colour), width))
            painter.drawEllipse(QPointF(bubble.cx, bubble.cy), bubble.r + 4, bubble.r + 4)
        if not layout.bubbles:
            painter.setPen(QColor("#5F6368"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, _tr("Geen opgaven op de kaart."))
        painter.end()

    # ------------------------------------------------------------------ mouse and keys
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self.map_layout().bubble_at(event.position().x(), event.position().y())
        hover = found.opgave_id if found else None
        if hover != self._hover:
            self._hover = hover
            self.update()
            if found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(found), self)
        super().mouseMoveEvent(event)

    def leaveEvent(self, event: object) -> None:
        self._hover = None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self.map_layout().bubble_at(event.position().x(), event.position().y())
        self.setFocus(Qt.FocusReason.MouseFocusReason)  # a click on an activity selects its opgave
        if found is not None:
            self.set_current(found.opgave_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        found = self.map_layout().bubble_at(event.position().x(), event.position().y())
        if found is not None:
            self.openRequested.emit(found.opgave_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        layout = self.map_layout()
        if key in STEPS:
            index = layout.neighbour(layout.index_of(self._current), *STEPS[key])
            if index is not None:
                self.set_current(layout.bubbles[index].opgave_id)
            return
        opgaven = [bubble for bubble in layout.bubbles if not bubble.activity]
        if key == Qt.Key.Key_Home and opgaven:
            self.set_current(opgaven[0].opgave_id)
            return
        if key == Qt.Key.Key_End and opgaven:
            self.set_current(opgaven[-1].opgave_id)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._current is not None:
            self.openRequested.emit(self._current)
            return
        if key in ZOOM_KEYS:
            self.set_zoom(ZOOM_KEYS[key])
            return
        if key in (Qt.Key.Key_0, Qt.Key.Key_Escape) and self._zoom is not None:
            self.set_zoom(None)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        first = next((b for b in self.map_layout().bubbles if not b.activity), None)
        if self._current is None and first is not None:
            self.set_current(first.opgave_id)
        super().focusInEvent(event)

    def tooltip_for(self, bubble: Bubble) -> str:
        if bubble.activity:
            return (
                _tr("Activiteit: %1\nvan de opgave: %2")
                .replace("%1", bubble.activity)
                .replace("%2", bubble.title)
            )
        for item in self._facts:
            if item.id == bubble.opgave_id:
                return key_facts(item)
        return bubble.title
