"""Renders koerskaart.svg into the PNG sizes the desktop and the frozen build use.

Run after changing the SVG (``.venv/bin/python resources/icons/render_png.py``) and commit the PNGs;
the application itself only reads the files. Uses QtSvg, which the app ships anyway.
"""

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
HERE = Path(__file__).resolve().parent


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter needs an application)
    renderer = QSvgRenderer(str(HERE / "koerskaart.svg"))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(HERE / f"koerskaart-{size}.png"))


if __name__ == "__main__":
    main()
