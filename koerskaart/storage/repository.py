"""The unit of work of Koerskaart: every read and write of opgaven and contracts goes through here.

:class:`Repository` wraps a :class:`~koerskaart.storage.database.Database` and gives the rest of
the program (CLI, demo, exchange, record, UI) one way to do each thing. Its rules:

* Every write to a contract's content bumps ``Contract.revision`` in the same transaction, with
  ``UPDATE ... WHERE revision = expected``. A caller that passes the revision it last saw gets
  :class:`~koerskaart.errors.ConcurrentChange` instead of overwriting a change made elsewhere
  (another window, another program on the same file). ``expected_revision=None`` skips the check
  (batch jobs such as the demo or an import).
* A signed (locked) contract refuses every content write with
  :class:`~koerskaart.errors.ContractLocked`.
* Every value is held to the limits of :mod:`koerskaart.storage.limits` (text lengths, number
  ranges, rows per contract, an answer's size and depth) before anything is written:
  :class:`~koerskaart.storage.limits.LimitExceeded` says in Dutch what is too long or too large.
* Changes are written to the audit trail (old → new, who, when). Rapid edits of one answer by
  the same person within :data:`AUDIT_COALESCE` are folded into one audit entry so that saving
  while typing does not flood the trail.

It does not know about questions' meaning (see ``conversation``) and never imports Qt.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import defer
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col, select

from koerskaart.clock import Clock, utcnow
from koerskaart.errors import ConcurrentChange, ContractLocked, UserFacingError
from koerskaart.storage import limits
from koerskaart.storage.database import Database
from koerskaart.storage.limits import MAX_TITLE
from koerskaart.storage.models import (
    Activity,
    Answer,
    AppSetting,
    AuditEvent,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    ContractRow,
    Domain,
    FacilitatorNote,
    Opgave,
    OpgaveStatus,
    Participant,
    Partner,
    ProgressReport,
    Team,
    TeamCapacity,
    TimelineEvent,
)
from koerskaart.storage.setting_keys import MUNICIPALITY_NAME
from koerskaart.storage.summaries import OpgaveSummary, list_sql, summaries

AUDIT_COALESCE = timedelta(seconds=60)
CONCURRENT_CHANGE_MESSAGE = (
    "Dit gesprek is intussen in een ander venster of programma gewijzigd. "
    "Uw laatste wijziging is niet opgeslagen; open het gesprek opnieuw om de nieuwste stand te zien."
)

# Tables whose rows belong to one contract through ``contract_id`` and have a ``position``.
CONTRACT_ROW_TABLES: tuple[type[ContractRow], ...] = (
    Participant,
    Activity,
    Partner,
    CapacityRequest,
    TimelineEvent,
)

RowT = TypeVar("RowT", bound=ContractRow)


@dataclass(frozen=True)
class StoredAnswer:
    key: str
    value: Any
    role: str
    answered_at: datetime
    updated_at: datetime


def stored_answers(s: Session, contract_id: int) -> dict[str, StoredAnswer]:
    """question key → its stored answer, read in the caller's transaction."""
    return {
        a.question_key: StoredAnswer(a.question_key, json.loads(a.value), a.role, a.answered_at, a.updated_at)
        for a in s.exec(select(Answer).where(Answer.contract_id == contract_id))
    }


def checked_title(title: str) -> str:
    """An opgave title as stored: stripped, not empty, at most :data:`MAX_TITLE` characters."""
    title = title.strip()
    if not title:
        raise UserFacingError("Geef de opgave een titel.")
    if limits.has_lone_surrogate(title):
        raise limits.LimitExceeded(
            "De titel bevat een ongeldig teken (een half teken, bijvoorbeeld van een emoji)."
        )
    if len(title) > MAX_TITLE:
        raise UserFacingError(
            f"De titel is {len(title)} tekens lang; houd hem korter dan {MAX_TITLE + 1} tekens. "
            "Een toelichting past in de beschrijving."
        )
    return title


def dump_value(value: Any) -> str:
    """Answer values are stored as canonical JSON text (sorted keys, real UTF-8)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class Repository:
    """Reads and writes Koerskaart data through short transactions on one database."""

    def __init__(self, db: Database, *, clock: Clock = utcnow, actor: str = "") -> None:
        self.db = db
        self.clock = clock
        self.actor = actor

    # ----------------------------------------------------------------- reference data
    def ensure_domain(self, name: str) -> Domain:
        limits.check_row("domain", {"name": name})
        with self.db.session() as s:
            found = s.exec(select(Domain).where(Domain.name == name)).first()
            if found:
                return found
            domain = Domain(name=name)
            s.add(domain)
            s.flush()
            return domain

    def ensure_team(self, name: str, *, domain_id: int | None = None, team_leader: str = "") -> Team:
        limits.check_row("team", {"name": name, "team_leader": team_leader})
        with self.db.session() as s:
            found = s.exec(select(Team).where(Team.name == name)).first()
            if found:
                return found
            team = Team(name=name, domain_id=domain_id, team_leader=team_leader)
            s.add(team)
            s.flush()
            return team

    def save_team(
        self, name: str, *, team_leader: str = "", domain_id: int | None = None, team_id: int | None = None
    ) -> Team:
        """Add a team, or change one (``team_id``): its name, team leader and domain."""
        name = name.strip()
        if not name:
            raise UserFacingError("Geef het team een naam.")
        with self.db.session() as s:
            clash = s.exec(select(Team).where(Team.name == name)).first()
            if clash is not None and clash.id != team_id:
                raise UserFacingError(f"Er is al een team met de naam “{name}”. Kies een andere naam.")
            team = s.get(Team, team_id) if team_id is not None else None
            old = f"{team.name} / {team.team_leader}" if team is not None else ""
            if team is None:
                team = Team(name=name)
            team.name = name
            team.team_leader = team_leader.strip()
            team.domain_id = domain_id
            s.add(team)
            s.flush()
            action = "update" if old else "create"
            self._audit(s, action, "team", team.id, field="team", old=old, new=f"{name} / {team.team_leader}")
            return team

    def domains(self) -> list[Domain]:
        with self.db.session() as s:
            return list(s.exec(select(Domain).order_by(Domain.name)).all())

    def teams(self) -> list[Team]:
        with self.db.session() as s:
            return list(s.exec(select(Team).order_by(Team.name)).all())

    def setting(self, key: str, default: str = "") -> str:
        with self.db.session() as s:
            row = s.get(AppSetting, key)
            return row.value if row else default

    def setting_blob(self, key: str) -> bytes | None:
        with self.db.session() as s:
            row = s.get(AppSetting, key)
            return row.blob if row else None

    def set_setting(
        self,
        key: str,
        value: str = "",
        blob: bytes | None = None,
        *,
        expected: tuple[str, bytes | None] | None = None,
    ) -> None:
        """Store a setting; with ``expected`` (the value and blob the caller read, ``("", None)``
        for a setting never stored) only if nobody changed it since, else :class:`ConcurrentChange`."""
        if key == MUNICIPALITY_NAME:
            problem = limits.text_problem(value, limits.MAX_MUNICIPALITY_NAME, "de naam van de gemeente")
        else:
            problem = limits.text_problem(value, limits.MAX_SETTING, "de instelling")
        if problem:
            raise limits.LimitExceeded(problem[0].upper() + problem[1:] + ". Er is niets opgeslagen.")
        with self.db.session() as s:
            row = s.get(AppSetting, key) or AppSetting(key=key)
            if expected is not None and (row.value, row.blob) != expected:
                raise ConcurrentChange(
                    "Deze instelling is intussen door iemand anders gewijzigd. Uw wijziging is niet "
                    "opgeslagen; open de instellingen opnieuw om de nieuwste stand te zien."
                )
            old = row.value
            row.value = value
            row.blob = blob
            s.add(row)
            self._audit(s, "update", "setting", None, field=key, old=old, new=value)

    # ----------------------------------------------------------------- opgaven
    def create_opgave(self, title: str, *, description: str = "", domain_id: int | None = None) -> Opgave:
        title = checked_title(title)
        limits.check_row("opgave", {"description": description})
        with self.db.session() as s:
            now = self.clock()
            opgave = Opgave(
                title=title,
                description=description,
                domain_id=domain_id,
                created_at=now,
                updated_at=now,
            )
            s.add(opgave)
            s.flush()
            self._audit(s, "create", "opgave", opgave.id, opgave_id=opgave.id, new=title)
            return opgave

    def get_opgave(self, opgave_id: int) -> Opgave:
        with self.db.session() as s:
            opgave = s.get(Opgave, opgave_id)
            if opgave is None:
                raise UserFacingError(f"Opgave {opgave_id} bestaat niet.")
            return opgave

    def update_opgave(self, opgave_id: int, **fields: Any) -> Opgave:
        with self.db.session() as s:
            opgave = s.get(Opgave, opgave_id)
            if opgave is None:
                raise UserFacingError(f"Opgave {opgave_id} bestaat niet.")
            if "title" in fields:
                fields["title"] = checked_title(fields["title"])
            limits.check_row("opgave", fields)
            for name, value in fields.items():
                old = getattr(opgave, name)
                if old != value:
                    setattr(opgave, name, value)
                    self._audit(
                        s,
                        "update",
                        "opgave",
                        opgave_id,
                        opgave_id=opgave_id,
                        field=name,
                        old=str(old),
                        new=str(value),
                    )
            opgave.updated_at = self.clock()
            s.add(opgave)
            return opgave

    def remove_opgave(self, opgave_id: int) -> None:
        """Hide an opgave from every list; its data and history stay in the file."""
        with self.db.session() as s:
            opgave = s.get(Opgave, opgave_id)
            if opgave is None or opgave.removed_at is not None:
                return
            opgave.removed_at = self.clock()
            s.add(opgave)
            self._audit(s, "remove", "opgave", opgave_id, opgave_id=opgave_id, old=opgave.title)

    def list_opgaven(self, *, include_removed: bool = False) -> list[OpgaveSummary]:
        """The opgaven by title: the one query of :mod:`koerskaart.storage.summaries`."""
        with self.db.session() as s:
            rows = s.connection().exec_driver_sql(list_sql(include_removed=include_removed)).all()
        return summaries(rows)

    # ----------------------------------------------------------------- contracts
    def create_contract(
        self,
        opgave_id: int,
        *,
        question_set_id: str,
        question_set_version: str,
        question_set_sha256: str,
        question_set_text: str,
        reason: str = "",
        based_on_id: int | None = None,
    ) -> Contract:
        """A new, empty contract version (n+1) of an opgave."""
        limits.check_row(
            "contract",
            {
                "reason": reason,
                "question_set_id": question_set_id,
                "question_set_version": question_set_version,
                "question_set_sha256": question_set_sha256,
                "question_set_text": question_set_text,
            },
        )
        with self.db.session() as s:
            opgave = s.get(Opgave, opgave_id)
            if opgave is None:
                raise UserFacingError(f"Opgave {opgave_id} bestaat niet.")
            last = s.exec(select(func.max(Contract.version)).where(Contract.opgave_id == opgave_id)).one()
            count = s.exec(
                select(func.count()).select_from(Contract).where(Contract.opgave_id == opgave_id)
            ).one()
            if count >= limits.MAX_CONTRACTS or (last or 0) >= limits.MAX_VERSION:
                raise limits.LimitExceeded(
                    f"Een opgave kan hoogstens {limits.MAX_CONTRACTS} contractversies hebben. "
                    "Er is geen nieuwe versie gemaakt."
                )
            now = self.clock()
            contract = Contract(
                opgave_id=opgave_id,
                version=(last or 0) + 1,
                status=OpgaveStatus.CONCEPT,
                based_on_id=based_on_id,
                reason=reason,
                question_set_id=question_set_id,
                question_set_version=question_set_version,
                question_set_sha256=question_set_sha256,
                question_set_text=question_set_text,
                created_at=now,
                updated_at=now,
            )
            s.add(contract)
            opgave.status = OpgaveStatus.CONCEPT if last is None else OpgaveStatus.REVISED
            opgave.updated_at = now
            s.add(opgave)
            s.flush()
            self._audit(
                s,
                "create",
                "contract",
                contract.id,
                opgave_id=opgave_id,
                contract_id=contract.id,
                new=f"versie {contract.version}",
            )
            return contract

    def get_contract(self, contract_id: int) -> Contract:
        with self.db.session() as s:
            contract = s.get(Contract, contract_id)
            if contract is None:
                raise UserFacingError(f"Contract {contract_id} bestaat niet.")
            return contract

    def contracts_of(self, opgave_id: int) -> list[Contract]:
        with self.db.session() as s:
            return list(
                s.exec(
                    select(Contract).where(Contract.opgave_id == opgave_id).order_by(Contract.version)
                ).all()
            )

    def latest_contract(self, opgave_id: int) -> Contract | None:
        contracts = self.contracts_of(opgave_id)
        return contracts[-1] if contracts else None

    def set_current_step(self, contract_id: int, step_key: str) -> None:
        """Remember where the talk is, to reopen there. Not content: no revision bump."""
        with self.db.session() as s:
            s.execute(update(Contract).where(col(Contract.id) == contract_id).values(current_step=step_key))

    def set_contract_status(self, contract_id: int, status: str) -> None:
        with self.db.session() as s:
            contract = self._contract(s, contract_id)
            old = contract.status
            if old == status:
                return
            contract.status = status
            s.add(contract)
            opgave = s.get(Opgave, contract.opgave_id)
            if opgave is not None:
                opgave.status = status
                opgave.updated_at = self.clock()
                s.add(opgave)
            self._audit(
                s,
                "update",
                "contract",
                contract_id,
                opgave_id=contract.opgave_id,
                contract_id=contract_id,
                field="status",
                old=old,
                new=status,
            )

    # ----------------------------------------------------------------- answers
    def answers(self, contract_id: int) -> dict[str, StoredAnswer]:
        with self.db.session() as s:
            return stored_answers(s, contract_id)

    def save_answer(
        self,
        contract_id: int,
        key: str,
        value: Any,
        *,
        role: str = "",
        expected_revision: int | None = None,
    ) -> int:
        """Store one answer; returns the contract's new revision.

        This is the hot path of saving while typing, so it uses Core statements (an upsert and
        at most one audit write) rather than ORM objects; the lock is still enforced by
        :meth:`_touch` and by the database's triggers.
        """
        limits.check_answer(key, value)  # before dumping: a value 10,000 levels deep cannot be dumped
        text = dump_value(value)
        limits.check_answer_text(text)
        table = Answer.__table__  # type: ignore[attr-defined]  # SQLModel sets it
        with self.db.session() as s:
            previous = s.execute(
                select(table.c.value, table.c.role).where(
                    table.c.contract_id == contract_id, table.c.question_key == key
                )
            ).first()
            if previous is not None and tuple(previous) == (text, role):
                # Nothing to write, but the caller's revision must still be current: handing it
                # a newer revision it has not seen would let its next save overwrite that change.
                return self._check_revision(s, contract_id, expected_revision)
            if previous is None:
                self._check_room(s, Answer, contract_id, 1)
            now = self.clock()
            revision = self._touch(s, contract_id, expected_revision, now)
            self._write_answer(s, contract_id, key, text, role, previous, now, coalesce=True)
            return revision

    def save_answers(
        self,
        contract_id: int,
        answers: Mapping[str, tuple[Any, str]],
        *,
        expected_revision: int | None = None,
    ) -> int:
        """Store several answers ``key -> (value, role)`` in one transaction; returns the new revision.

        For batch work (the demo, a paste of many answers): one revision bump for all of them,
        one audit entry per changed answer, unchanged answers are left alone.
        """
        table = Answer.__table__  # type: ignore[attr-defined]  # SQLModel sets it
        texts = {}
        for key, (value, _role) in answers.items():
            limits.check_answer(key, value)
            texts[key] = dump_value(value)
            limits.check_answer_text(texts[key])
        with self.db.session() as s:
            now = self.clock()
            revision = self._touch(s, contract_id, expected_revision, now)
            stored = {
                row.question_key: (row.value, row.role)
                for row in s.execute(
                    select(table.c.question_key, table.c.value, table.c.role).where(
                        table.c.contract_id == contract_id
                    )
                )
            }
            limits.check_count("answer", len(stored.keys() | answers.keys()))
            for key, (_value, role) in answers.items():
                text = texts[key]
                previous = stored.get(key)
                if previous != (text, role):
                    self._write_answer(s, contract_id, key, text, role, previous, now, coalesce=False)
            return revision

    def _write_answer(
        self,
        s: Session,
        contract_id: int,
        key: str,
        text: str,
        role: str,
        previous: Sequence[str] | None,
        now: datetime,
        *,
        coalesce: bool,
    ) -> None:
        """Upsert one answer (JSON ``text``) and audit what changed against ``previous`` (value, role)."""
        old_text, old_role = (previous[0], previous[1]) if previous is not None else ("null", "")
        table = Answer.__table__  # type: ignore[attr-defined]  # SQLModel sets it
        insert = postgresql_insert if self.db.on_server else sqlite_insert  # same ON CONFLICT
        upsert = insert(table).values(
            contract_id=contract_id,
            question_key=key,
            value=text,
            role=role,
            answered_at=now,
            updated_at=now,
        )
        s.execute(
            upsert.on_conflict_do_update(
                index_elements=[table.c.contract_id, table.c.question_key],
                set_={"value": text, "role": role, "updated_at": now},
            )
        )
        if old_text != text:
            self._audit(
                s,
                "update",
                "answer",
                None,
                contract_id=contract_id,
                field=key,
                old=old_text,
                new=text,
                coalesce=coalesce,
            )
        if old_role != role:
            self._audit(
                s,
                "update",
                "answer",
                None,
                contract_id=contract_id,
                field=f"{key}.rol",
                old=old_role,
                new=role,
            )

    def add_rows(
        self, rows: Sequence[RowT], *, expected_revision: int | None = None
    ) -> tuple[list[RowT], int]:
        """Insert new rows of ONE contract's tables in one transaction; returns (stored rows, revision).

        A row with position 0 goes after the last row of its table, as with :meth:`save_row`.
        """
        if not rows:
            raise ValueError("add_rows needs at least one row")
        contract_ids = {row.contract_id for row in rows}
        if len(contract_ids) != 1:
            raise ValueError("add_rows takes rows of one contract")
        contract_id: int = contract_ids.pop()
        for row in rows:
            limits.check_row(type(row).__tablename__, row.model_dump())
        with self.db.session() as s:
            revision = self._touch(s, contract_id, expected_revision, self.clock())
            added: dict[type[ContractRow], int] = {}
            for row in rows:
                added[type(row)] = added.get(type(row), 0) + 1
            for model, count in added.items():
                self._check_room(s, model, contract_id, count)
            last: dict[type[ContractRow], int] = {}
            stored_rows: list[RowT] = []
            for row in rows:
                model = type(row)
                if model not in last:
                    last[model] = (
                        s.exec(
                            select(func.max(col(model.position))).where(col(model.contract_id) == contract_id)
                        ).one()
                        or 0
                    )
                stored = model.model_validate(row.model_dump(exclude={"id"}))
                if stored.position == 0:
                    stored.position = last[model] + 1
                    limits.check_row(model.__tablename__, {"position": stored.position})
                last[model] = max(last[model], stored.position)
                s.add(stored)
                s.flush()
                self._audit(
                    s,
                    "create",
                    model.table_name(),
                    stored.id,
                    contract_id=contract_id,
                    new=dump_value(stored.model_dump(mode="json")),
                )
                stored_rows.append(stored)
            return stored_rows, revision

    # ----------------------------------------------------------------- table rows
    def rows(self, contract_id: int, model: type[RowT]) -> list[RowT]:
        with self.db.session() as s:
            return list(
                s.exec(
                    select(model)
                    .where(col(model.contract_id) == contract_id)
                    .order_by(col(model.position), col(model.id))
                ).all()
            )

    def save_row(self, row: RowT, *, expected_revision: int | None = None) -> tuple[RowT, int]:
        """Insert or update one row of a contract table; returns (stored row, new revision)."""
        model = type(row)
        contract_id = row.contract_id
        limits.check_row(model.__tablename__, row.model_dump())
        with self.db.session() as s:
            revision = self._touch(s, contract_id, expected_revision, self.clock())
            row_id = row.id
            if row_id is None:
                self._check_room(s, model, contract_id, 1)
                if row.position == 0:
                    last = s.exec(
                        select(func.max(col(model.position))).where(col(model.contract_id) == contract_id)
                    ).one()
                    row.position = (last or 0) + 1
                    limits.check_row(model.__tablename__, {"position": row.position})
                stored = model.model_validate(row.model_dump())
                s.add(stored)
                s.flush()
                self._audit(
                    s,
                    "create",
                    model.table_name(),
                    stored.id,
                    contract_id=contract_id,
                    new=dump_value(stored.model_dump(mode="json")),
                )
            else:
                stored = s.get(model, row_id)
                if stored is None or stored.contract_id != contract_id:
                    raise ConcurrentChange("Deze regel is intussen elders verwijderd. Vernieuw het scherm.")
                for name, value in row.model_dump(exclude={"id"}).items():
                    old = getattr(stored, name)
                    if old != value:
                        setattr(stored, name, value)
                        self._audit(
                            s,
                            "update",
                            model.table_name(),
                            row_id,
                            contract_id=contract_id,
                            field=name,
                            old=str(old),
                            new=str(value),
                            coalesce=True,
                        )
                s.add(stored)
            s.flush()
            return stored, revision

    def delete_row(
        self, model: type[ContractRow], row_id: int, *, expected_revision: int | None = None
    ) -> int:
        with self.db.session() as s:
            stored = s.get(model, row_id)
            if stored is None:
                raise ConcurrentChange("Deze regel is intussen elders verwijderd. Vernieuw het scherm.")
            contract_id = stored.contract_id
            revision = self._touch(s, contract_id, expected_revision, self.clock())
            if isinstance(stored, CapacityRequest):
                for confirmation in s.exec(
                    select(CapacityConfirmation).where(CapacityConfirmation.request_id == row_id)
                ):
                    s.delete(confirmation)
            s.delete(stored)
            self._audit(
                s,
                "delete",
                model.table_name(),
                row_id,
                contract_id=contract_id,
                old=dump_value(stored.model_dump(mode="json")),
            )
            return revision

    def reorder_rows(
        self,
        model: type[ContractRow],
        contract_id: int,
        ordered_ids: Sequence[int],
        *,
        expected_revision: int | None = None,
    ) -> int:
        """Give the rows the order of ``ordered_ids`` (positions 1..n)."""
        with self.db.session() as s:
            revision = self._touch(s, contract_id, expected_revision, self.clock())
            for position, row_id in enumerate(ordered_ids, start=1):
                s.execute(
                    update(model)
                    .where(col(model.id) == row_id)
                    .where(col(model.contract_id) == contract_id)
                    .values(position=position)
                )
            return revision

    # ----------------------------------------------------------------- capacity
    def confirmations(self, request_id: int) -> list[CapacityConfirmation]:
        """The history of a request's confirmations, oldest first; the last one holds."""
        with self.db.session() as s:
            return list(
                s.exec(
                    select(CapacityConfirmation)
                    .where(CapacityConfirmation.request_id == request_id)
                    .order_by(CapacityConfirmation.confirmed_at, CapacityConfirmation.id)
                ).all()
            )

    def latest_confirmations(self, contract_id: int) -> dict[int, CapacityConfirmation]:
        """request id → its latest confirmation, for all requests of a contract."""
        with self.db.session() as s:
            rows = s.exec(
                select(CapacityConfirmation)
                .join(CapacityRequest, CapacityRequest.id == CapacityConfirmation.request_id)
                .where(CapacityRequest.contract_id == contract_id)
                .order_by(CapacityConfirmation.confirmed_at, CapacityConfirmation.id)
            ).all()
            return {c.request_id: c for c in rows}

    def confirm_capacity(
        self,
        request_id: int,
        *,
        status: str,
        confirmed_amount: float,
        confirmed_by: str,
        remark: str = "",
        expected_revision: int | None = None,
    ) -> tuple[CapacityConfirmation, int]:
        """Record a team leader's (new) confirmation; earlier ones stay in the history."""
        if not confirmed_by.strip():
            raise UserFacingError("Vul de naam in van de teamleider die bevestigt.")
        with self.db.session() as s:
            request = s.get(CapacityRequest, request_id)
            if request is None:
                raise ConcurrentChange("Deze capaciteitsvraag is intussen elders verwijderd.")
            limits.check_row(
                "capacityconfirmation",
                {
                    "remark": remark,
                    "confirmed_by": confirmed_by,
                    "confirmed_amount": confirmed_amount,
                    "unit": request.unit,
                },
            )
            history = s.exec(
                select(func.count())
                .select_from(CapacityConfirmation)
                .where(CapacityConfirmation.request_id == request_id)
            ).one()
            limits.check_count("capacityconfirmation", history + 1)
            now = self.clock()
            revision = self._touch(s, request.contract_id, expected_revision, now)
            confirmation = CapacityConfirmation(
                request_id=request_id,
                status=status,
                confirmed_amount=confirmed_amount,
                remark=remark,
                confirmed_by=confirmed_by.strip(),
                confirmed_at=now,
            )
            s.add(confirmation)
            s.flush()
            self._audit(
                s,
                "confirm",
                "capacityconfirmation",
                confirmation.id,
                contract_id=request.contract_id,
                field=request.team_name,
                new=f"{status} {confirmed_amount:g} door {confirmation.confirmed_by}",
            )
            return confirmation, revision

    # ----------------------------------------------------------------- facilitator notes
    def notes(self, contract_id: int, kind: str) -> list[FacilitatorNote]:
        with self.db.session() as s:
            return list(
                s.exec(
                    select(FacilitatorNote)
                    .where(FacilitatorNote.contract_id == contract_id, FacilitatorNote.kind == kind)
                    .order_by(FacilitatorNote.created_at, FacilitatorNote.id)
                ).all()
            )

    def save_note(self, note: FacilitatorNote) -> FacilitatorNote:
        """Private to the facilitator: allowed on signed contracts, no revision bump."""
        limits.check_row("facilitatornote", {"text": note.text})
        with self.db.session() as s:
            stored = s.get(FacilitatorNote, note.id) if note.id is not None else None
            now = self.clock()
            if stored is None:
                stored = FacilitatorNote.model_validate(
                    note.model_dump(exclude={"id"}) | {"created_at": now, "updated_at": now}
                )
            else:
                stored.text = note.text
                stored.resolved = note.resolved
                stored.question_key = note.question_key
                stored.updated_at = now
            s.add(stored)
            s.flush()
            return stored

    def delete_note(self, note_id: int) -> None:
        with self.db.session() as s:
            stored = s.get(FacilitatorNote, note_id)
            if stored is not None:
                s.delete(stored)

    # ----------------------------------------------------------------- progress reports
    def progress_reports(self, opgave_id: int) -> list[ProgressReport]:
        with self.db.session() as s:
            return list(
                s.exec(
                    select(ProgressReport)
                    .where(ProgressReport.opgave_id == opgave_id)
                    .order_by(ProgressReport.report_date, ProgressReport.id)
                ).all()
            )

    def add_progress_report(self, report: ProgressReport) -> ProgressReport:
        """Store a report as given (the rules for filing one are in ``portfolio.reports``)."""
        limits.check_row("progressreport", report.model_dump())
        with self.db.session() as s:
            count = s.exec(
                select(func.count())
                .select_from(ProgressReport)
                .where(ProgressReport.opgave_id == report.opgave_id)
            ).one()
            if count >= limits.MAX_PROGRESS_REPORTS:
                raise limits.LimitExceeded(
                    f"Een opgave kan hoogstens {limits.MAX_PROGRESS_REPORTS} voortgangsrapportages hebben. "
                    "Er is niets toegevoegd."
                )
            stored = ProgressReport.model_validate(report.model_dump(exclude={"id"}))
            if not stored.period:
                stored.period = f"{stored.report_date.year:04d}-{stored.report_date.month:02d}"
            if s.get(Opgave, stored.opgave_id) is None:
                raise UserFacingError(f"Opgave {stored.opgave_id} bestaat niet.")
            s.add(stored)
            s.flush()
            self._audit(
                s,
                "create",
                "progressreport",
                stored.id,
                opgave_id=stored.opgave_id,
                new=f"{stored.report_date} {stored.traffic_light}",
            )
            return stored

    # ----------------------------------------------------------------- team capacity
    def team_capacities(self) -> list[TeamCapacity]:
        with self.db.session() as s:
            return list(s.exec(select(TeamCapacity).order_by(TeamCapacity.team_id, TeamCapacity.year)).all())

    def set_team_capacity(
        self, team_id: int, year: int, available_fte: float, *, set_by: str, note: str = ""
    ) -> TeamCapacity:
        """The team leader's figure for one year: replaces the earlier one, old → new in the audit."""
        if not 2000 <= year <= 2100:
            raise UserFacingError(f"Het jaar {year} ligt buiten 2000–2100.")
        if not 0 <= available_fte <= 10000:
            raise UserFacingError("De beschikbare capaciteit moet tussen 0 en 10.000 fte liggen.")
        if not set_by.strip():
            raise UserFacingError("Vul in wie de capaciteit opgeeft (de teamleider).")
        with self.db.session() as s:
            if s.get(Team, team_id) is None:
                raise UserFacingError(f"Team {team_id} bestaat niet.")
            stored = s.exec(
                select(TeamCapacity).where(TeamCapacity.team_id == team_id, TeamCapacity.year == year)
            ).first()
            old = f"{stored.available_fte:g}" if stored else ""
            if stored is None:
                stored = TeamCapacity(team_id=team_id, year=year)
            stored.available_fte = round(float(available_fte), 6)
            stored.note = note
            stored.set_by = set_by.strip()
            stored.set_at = self.clock()
            s.add(stored)
            s.flush()
            self._audit(
                s,
                "update" if old else "create",
                "teamcapacity",
                stored.id,
                field=f"{year}",
                old=old,
                new=f"{stored.available_fte:g}",
            )
            return stored

    # ----------------------------------------------------------------- audit
    def audit_events(
        self, *, contract_id: int | None = None, opgave_id: int | None = None
    ) -> list[AuditEvent]:
        with self.db.session() as s:
            query = select(AuditEvent).order_by(AuditEvent.at, AuditEvent.id)
            if contract_id is not None:
                query = query.where(AuditEvent.contract_id == contract_id)
            if opgave_id is not None:
                query = query.where(AuditEvent.opgave_id == opgave_id)
            return list(s.exec(query).all())

    # ----------------------------------------------------------------- internals
    @staticmethod
    def _contract(s: Session, contract_id: int) -> Contract:
        # The definition text (~25 kB) is not needed to check or bump a revision: every save
        # while typing passes here, and on a server each byte crosses the network.
        contract = s.get(Contract, contract_id, options=[defer(Contract.question_set_text)])
        if contract is None:
            raise UserFacingError(f"Contract {contract_id} bestaat niet.")
        return contract

    @staticmethod
    def _check_room(s: Session, model: type[ContractRow], contract_id: int, adding: int) -> None:
        """Refuse rows beyond :data:`limits.ROWS` for one contract's table."""
        table = model.__tablename__
        if table not in limits.ROWS:
            return
        count = s.exec(select(func.count()).select_from(model).where(model.contract_id == contract_id)).one()
        limits.check_count(str(table), count + adding)

    def _check_revision(self, s: Session, contract_id: int, expected: int | None) -> int:
        """The contract's revision, after checking it is ``expected`` (when given); writes nothing."""
        contract = self._contract(s, contract_id)
        if expected is not None and contract.revision != expected:
            raise ConcurrentChange(CONCURRENT_CHANGE_MESSAGE)
        return contract.revision

    def _touch(self, s: Session, contract_id: int, expected: int | None, now: datetime) -> int:
        """Check lock and revision, bump the revision; returns the new revision."""
        contract = self._contract(s, contract_id)
        if contract.locked_at is not None:
            raise ContractLocked(
                f"Versie {contract.version} is ondertekend en kan niet meer worden gewijzigd. "
                "Maak een nieuwe versie (hercontracteren) om iets te veranderen."
            )
        condition = col(Contract.id) == contract_id
        if expected is not None:
            condition = condition & (col(Contract.revision) == expected)
        revision = s.execute(
            update(Contract)
            .where(condition)
            .values(revision=Contract.revision + 1, updated_at=now)
            .returning(Contract.revision)
            .execution_options(synchronize_session=False)
        ).scalar_one_or_none()
        if revision is None:
            raise ConcurrentChange(CONCURRENT_CHANGE_MESSAGE)
        # Keep the loaded object true to the row without marking it changed.
        set_committed_value(contract, "revision", revision)
        set_committed_value(contract, "updated_at", now)
        return revision

    def _audit(
        self,
        s: Session,
        action: str,
        entity: str,
        entity_id: int | None,
        *,
        opgave_id: int | None = None,
        contract_id: int | None = None,
        field: str = "",
        old: str = "",
        new: str = "",
        coalesce: bool = False,
    ) -> None:
        now = self.clock()
        if contract_id is not None and opgave_id is None:
            contract_table = Contract.__table__  # type: ignore[attr-defined]  # SQLModel sets it
            opgave_id = s.execute(
                select(contract_table.c.opgave_id).where(contract_table.c.id == contract_id)
            ).scalar_one_or_none()
        table = AuditEvent.__table__  # type: ignore[attr-defined]  # SQLModel sets it
        if coalesce:
            # Only the newest entry of this very field may absorb the edit, and only when the
            # same person made it moments ago; otherwise history would be reordered.
            last = s.execute(
                select(table.c.id, table.c.at, table.c.actor)
                .where(
                    table.c.contract_id == contract_id,
                    table.c.entity == entity,
                    table.c.field == field,
                    table.c.entity_id.is_(None) if entity_id is None else table.c.entity_id == entity_id,
                )
                .order_by(table.c.id.desc())
                .limit(1)
            ).first()
            if last is not None and last.actor == self.actor and now - _aware(last.at) < AUDIT_COALESCE:
                s.execute(update(table).where(table.c.id == last.id).values(new_value=new, at=now))
                return
        s.execute(
            table.insert().values(
                at=now,
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                opgave_id=opgave_id,
                contract_id=contract_id,
                field=field,
                old_value=old,
                new_value=new,
            )
        )


def _aware(moment: datetime) -> datetime:
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
