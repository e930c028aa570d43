"""The baseline of the start-up benchmark: a bare PySide6 QWizard of three pages, shown, then quit.

Prints ``KOERSKAART_SHOWN <ms>`` from the event loop's first turn after ``show()``, exactly as
``koerskaart`` does with ``KOERSKAART_BENCH_EXIT_ON_SHOW=1``.
"""

import sys
import time

started = time.perf_counter()

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage  # noqa: E402

app = QApplication(sys.argv[:1])
wizard = QWizard()
for number in range(1, 4):
    page = QWizardPage()
    page.setTitle(f"Stap {number}")
    QVBoxLayout(page).addWidget(QLabel(f"Pagina {number}"))
    wizard.addPage(page)
wizard.show()


def shown() -> None:
    print(f"KOERSKAART_SHOWN {(time.perf_counter() - started) * 1000:.1f}", flush=True)
    app.quit()


QTimer.singleShot(0, shown)
sys.exit(app.exec())
