"""Loading the storage layer (SQLAlchemy, SQLModel, the repository) off the UI thread at start-up.

Importing the ORM takes longer than the rest of a cold start together. The start window shows
the list straight from the file first (:mod:`koerskaart.storage.quick_read`); meanwhile this
loader imports the storage modules in a background thread so the window keeps answering keys,
and announces ``loaded`` (delivered on the UI thread) when the main window may open the
database. It only imports: it opens nothing and touches no widget.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal


class StorageLoader(QObject):
    loaded = Signal()

    def start(self) -> None:
        threading.Thread(target=self._run, name="koerskaart-storage-import", daemon=True).start()

    def _run(self) -> None:
        try:
            import koerskaart.storage.repository  # noqa: F401  (the import is the work)
        except BaseException:  # noqa: BLE001  (opening the database repeats the import and shows it)
            pass
        finally:
            try:
                self.loaded.emit()
            except RuntimeError:  # the window was closed before the import finished
                pass
