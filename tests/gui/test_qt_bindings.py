"""The Qt bindings keep Python's reference counts right: a long conversation must not abort.

PySide6 6.12.0 dropped one reference to ``None`` on every call of a method that returns nothing;
on Python 3.11 the process aborts ("none_dealloc") once that count reaches zero, after a few
thousand ``setText`` calls. This test repeats such calls in a child process and checks the count
of ``None`` stays where it was, so a binding release with that defect fails here instead of in a
meeting.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.gui

CHILD = textwrap.dedent(
    """
    import os, sys
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen
    from PySide6.QtWidgets import QApplication, QLabel, QLineEdit
    app = QApplication([])
    label, edit = QLabel(), QLineEdit()
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    before = sys.getrefcount(None)
    for _ in range(20000):
        label.setText("x")
        edit.setReadOnly(False)
        painter.setPen(QPen(QColor("red")))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QRectF(1, 1, 5, 5))
    painter.end()
    print(sys.getrefcount(None) - before)
    sys.stdout.flush()
    os._exit(0)
    """
)


def test_calls_that_return_nothing_keep_the_reference_count_of_none() -> None:
    result = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, f"the child aborted: {result.stderr[-2000:]}"
    # A few references may come and go with caches; a leak is one per call (100,000 here).
    assert abs(int(result.stdout.strip())) < 100, result.stdout
