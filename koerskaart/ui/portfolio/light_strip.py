"""The lights of one opgave over the last months as a row of coloured blocks with month names.

A block per period: the colour of the report that holds for it, grey and a dash when nothing was
reported. Letters (G/O/R) are printed on the blocks so the strip never relies on colour alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from koerskaart.portfolio.map_layout import LIGHT_COLOURS
from koerskaart.ui.portfolio.words import light_text, period_text, short_month


def _tr(text: str) -> str:
    return QCoreApplication.translate("portfolio", text)


class LightStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._periods: tuple[str, ...] = ()
        self._lights: tuple[str | None, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(_tr("Stoplichten per maand"))

    def set_lights(self, periods: Sequence[str], lights: Sequence[str | None]) -> None:
        self._periods = tuple(periods)
        self._lights = tuple(lights)
        self.setAccessibleDescription(
            "; ".join(
                f"{period_text(p)}: {light_text(light)}" for p, light in zip(periods, lights, strict=True)
            )
        )
        self.update()

    def lights(self) -> tuple[str | None, ...]:
        return self._lights

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().height()
        return QSize(12 * height * 2, int(height * 3.2))

    def minimumSizeHint(self) -> QSize:
        return QSize(200, int(self.fontMetrics().height() * 3.2))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._periods:
            return
        self._paint()

    def _paint(self) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        line = self.fontMetrics().height()
        gap = 4.0
        width = (self.width() - gap * (len(self._periods) - 1)) / len(self._periods)
        block = line * 1.7
        for index, (period, light) in enumerate(zip(self._periods, self._lights, strict=True)):
            x = index * (width + gap)
            rect = QRectF(x, 0, width, block)
            painter.setPen(QPen(QColor("#3C4043"), 1))
            painter.setBrush(QColor(LIGHT_COLOURS.get(light, "#E8EAED") if light else "#E8EAED"))
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(QColor("#FFFFFF") if light else QColor("#5F6368"))
            letter = {"groen": _tr("G"), "oranje": _tr("O"), "rood": _tr("R")}.get(light or "", "–")
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
            painter.setPen(QColor("#1A1A1A"))
            painter.drawText(
                QRectF(x, block + 2, width, line * 1.4),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                short_month(period),
            )
        painter.end()
