"""The open contract of one conversation window: every write of every editor goes through here.

A :class:`ContractSession` wraps the :class:`~koerskaart.storage.repository.Repository` for one
contract and carries the contract revision the window last saw, so that a change made in another
window is reported (``conflict``) instead of overwritten. A database server that cannot be
reached is reported as ``disconnected`` (the edit stays pending; see ``conversation.connection``).
It turns other user-facing errors (locked contract, busy or full disk) into the ``failed`` signal
and announces each successful write with ``saved`` so the window can show "Opgeslagen hh:mm:ss".

QtCore only: no widgets, so it is tested without a screen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

from koerskaart.errors import ConcurrentChange, DatabaseUnavailable, UserFacingError
from koerskaart.questions.model import QuestionSet
from koerskaart.storage.models import CapacityConfirmation, ContractRow
from koerskaart.storage.repository import Repository, StoredAnswer

T = TypeVar("T")
RowT = TypeVar("RowT", bound=ContractRow)


class ContractSession(QObject):
    """One contract as edited in one window."""

    saved = Signal(object)  # datetime (aware UTC) of the last successful write
    conflict = Signal(str)  # Dutch message: the contract was changed elsewhere
    failed = Signal(str)  # Dutch message: any other reason a write did not happen
    disconnected = Signal(str)  # Dutch message: the database server cannot be reached now
    connectionRestored = Signal()  # after ``disconnected``: the server answers again
    contentChanged = Signal(str)  # what changed: "answer:<key>", "participant", "activity", ...

    def __init__(
        self, repo: Repository, contract_id: int, question_set: QuestionSet, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.contract_id = contract_id
        self.question_set = question_set
        self.revision = 0
        self.read_only = False
        self.offline = False  # between ``disconnected`` and ``mark_online``
        self.file_read_only = False
        self.last_saved: datetime | None = None
        self.reload()

    def reload(self) -> None:
        """Take the stored revision and lock state as the new starting point."""
        contract = self.repo.get_contract(self.contract_id)
        self.revision = contract.revision
        # A database file opened read-only (see Database.read_only) is as unchangeable as a signed version.
        self.file_read_only = self.repo.db.read_only
        self.read_only = contract.locked_at is not None or self.file_read_only

    # ------------------------------------------------------------------ reads
    def answers(self) -> dict[str, StoredAnswer]:
        return self.repo.answers(self.contract_id)

    def rows(self, model: type[RowT]) -> list[RowT]:
        return self.repo.rows(self.contract_id, model)

    # ------------------------------------------------------------------ writes
    def save_answer(self, key: str, value: Any, role: str = "") -> bool:
        return (
            self._write(
                lambda: self._with_revision(
                    self.repo.save_answer(
                        self.contract_id, key, value, role=role, expected_revision=self.revision
                    )
                ),
                f"answer:{key}",
            )
            is not None
        )

    def save_row(self, row: RowT) -> RowT | None:
        def write() -> RowT:
            stored, revision = self.repo.save_row(row, expected_revision=self.revision)
            self._with_revision(revision)
            return stored

        return self._write(write, type(row).table_name())

    def delete_row(self, model: type[ContractRow], row_id: int) -> bool:
        return (
            self._write(
                lambda: self._with_revision(
                    self.repo.delete_row(model, row_id, expected_revision=self.revision)
                ),
                model.table_name(),
            )
            is not None
        )

    def reorder_rows(self, model: type[ContractRow], ordered_ids: list[int]) -> bool:
        return (
            self._write(
                lambda: self._with_revision(
                    self.repo.reorder_rows(
                        model, self.contract_id, ordered_ids, expected_revision=self.revision
                    )
                ),
                model.table_name(),
            )
            is not None
        )

    def confirm_capacity(
        self, request_id: int, *, status: str, confirmed_amount: float, confirmed_by: str, remark: str = ""
    ) -> CapacityConfirmation | None:
        def write() -> CapacityConfirmation:
            confirmation, revision = self.repo.confirm_capacity(
                request_id,
                status=status,
                confirmed_amount=confirmed_amount,
                confirmed_by=confirmed_by,
                remark=remark,
                expected_revision=self.revision,
            )
            self._with_revision(revision)
            return confirmation

        return self._write(write, "capacityconfirmation")

    def set_current_step(self, step_key: str) -> None:
        try:
            self.repo.set_current_step(self.contract_id, step_key)
        except DatabaseUnavailable as exc:
            self.disconnected.emit(exc.message)
        except UserFacingError as exc:
            self.failed.emit(exc.message)

    def mark_online(self) -> None:
        """The server answers again: editors holding edits made meanwhile write them now."""
        if self.offline:
            self.offline = False
            self.connectionRestored.emit()

    # ------------------------------------------------------------------ internals
    def _os_reason(self, exc: OSError) -> str:
        import errno

        reasons = {
            errno.ENOSPC: self.tr("de schijf is vol"),
            errno.EDQUOT: self.tr("de schijf is vol"),
            errno.EROFS: self.tr("de schijf is alleen-lezen"),
            errno.EACCES: self.tr("u mag dit bestand niet wijzigen"),
            errno.EPERM: self.tr("u mag dit bestand niet wijzigen"),
            errno.ENOENT: self.tr("het bestand is er niet meer"),
        }
        return reasons.get(exc.errno or 0, self.tr("de computer weigerde het"))

    def _with_revision(self, revision: int) -> int:
        self.revision = revision
        return revision

    def _write(self, action: Callable[[], T], what: str) -> T | None:
        if self.read_only:
            self.failed.emit(self.tr("Deze versie is ondertekend en kan niet meer worden gewijzigd."))
            return None
        try:
            result = action()
        except ConcurrentChange as exc:
            self.conflict.emit(exc.message)
            return None
        except DatabaseUnavailable as exc:
            self.offline = True
            self.disconnected.emit(exc.message)
            return None
        except UserFacingError as exc:
            self.failed.emit(exc.message)
            return None
        except OSError as exc:  # disk full, file gone: in Dutch, never the system's own words
            self.failed.emit(
                self.tr("Opslaan is mislukt: %1. Uw invoer staat nog in het venster.").replace(
                    "%1", self._os_reason(exc)
                )
            )
            return None
        self.last_saved = self.repo.clock()
        self.saved.emit(self.last_saved)
        self.contentChanged.emit(what)
        return result
