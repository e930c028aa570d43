"""Moving a whole Koerskaart database to another one: a local file to the server, or back.

:func:`copy_database` copies everything (opgaven, contract versions with their rows, signatures,
progress reports, facilitator notes, the audit trail, the settings, domains and teams) in ONE
transaction on the target and checks, before it commits, that every signed version's
fingerprint still matches on the target. Anything wrong rolls the whole copy back.

* An empty target gets an exact copy: the same ids, so the audit trail keeps pointing at the
  right rows. Signed versions are written unlocked first and locked last, as the lock triggers
  require (see ``storage.locking``); on a server the id sequences are moved past the copied ids.
* A target that holds data is refused, unless ``merge=True``: then every opgave is added through
  the exchange import (new ids, beside what is there), its facilitator notes and audit entries
  follow with the new ids, and settings the target does not have yet are added (the target's own
  settings stay). Domains and teams are matched by name.

Conversation leases (who has a window open) are not copied: they describe the source's windows.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.engine import Connection
from sqlmodel import Session, SQLModel

from koerskaart.errors import UserFacingError
from koerskaart.storage.database import Database
from koerskaart.storage.models import (
    AppSetting,
    AuditEvent,
    Contract,
    ConversationLease,
    FacilitatorNote,
    Opgave,
)
from koerskaart.storage.repository import Repository

SKIPPED_TABLES = {ConversationLease.__tablename__}


@dataclass(frozen=True)
class CopyResult:
    opgaven: int
    signed_versions: int
    rows: int


def _tables() -> list[Any]:
    return [t for t in SQLModel.metadata.sorted_tables if t.name not in SKIPPED_TABLES]


def _has_data(connection: Connection) -> bool:
    return any(connection.execute(select(func.count()).select_from(t)).scalar_one() for t in _tables())


def copy_database(source: Database, target: Database, *, merge: bool = False) -> CopyResult:
    """Copy ``source`` into ``target`` in one transaction (see the module text)."""
    with target.one_transaction() as inside, inside.session() as s:
        connection = s.connection()
        if _has_data(connection):
            if not merge:
                raise UserFacingError(
                    f"De database {target.label} bevat al gegevens. Er is niets gekopieerd. Kies een "
                    "lege database, of voeg samen met --merge (de opgaven komen er dan naast)."
                )
            return _merge(source, Repository(inside, actor="copy-db"))
        return _exact_copy(source, s)


def _exact_copy(source: Database, s: Session) -> CopyResult:
    connection = s.connection()
    rows = 0
    locks: list[tuple[int, Any, str]] = []
    with source.session(consistent=True) as read:
        for table in _tables():
            # In key order: a re-contracted version refers to the older version's (smaller) id.
            query = select(table).order_by(*table.primary_key.columns)
            batch = [dict(row._mapping) for row in read.connection().execute(query)]
            if table.name == Contract.__tablename__:
                locks = [(r["id"], r["locked_at"], r["fingerprint"]) for r in batch if r["locked_at"]]
                for r in batch:
                    r["locked_at"] = None  # locked last: the triggers refuse rows of a locked version
            if batch:
                connection.execute(table.insert(), batch)
                rows += len(batch)
    contract_table = Contract.__table__  # type: ignore[attr-defined]
    for contract_id, locked_at, fingerprint in locks:
        connection.execute(
            update(contract_table)
            .where(contract_table.c.id == contract_id)
            .values(locked_at=locked_at, fingerprint=fingerprint)
        )
    if connection.dialect.name == "postgresql":
        for table in _tables():
            if "id" in table.c and table.c.id.primary_key:
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 1), "
                    f"(SELECT MAX(id) FROM {table.name}) IS NOT NULL)"
                )
    _verify_all(s, [contract_id for contract_id, _at, _fp in locks])
    opgaven = connection.execute(select(func.count(Opgave.id))).scalar_one()
    return CopyResult(opgaven=opgaven, signed_versions=len(locks), rows=rows)


def _verify_all(s: Session, contract_ids: list[int]) -> None:
    """Every signed version must match its fingerprint on the target, before anything commits."""
    from koerskaart.exchange.importer import computed_fingerprint

    s.flush()
    for contract_id in contract_ids:
        contract = s.get(Contract, contract_id)
        assert contract is not None, "copied just now"
        if computed_fingerprint(s, contract) != contract.fingerprint:
            opgave = s.get(Opgave, contract.opgave_id)
            raise UserFacingError(
                f"Versie {contract.version} van '{opgave.title if opgave else ''}' is ondertekend, "
                "maar past na het kopiëren niet meer bij de vingerafdruk. Er is niets gekopieerd."
            )


def _merge(source: Database, target: Repository) -> CopyResult:
    from koerskaart.exchange.export import export_opgave
    from koerskaart.exchange.importer import import_opgave

    source_repo = Repository(source)
    opgaven = signed = rows = 0
    opgave_ids: dict[int, int] = {}
    contract_ids: dict[int, int] = {}
    with source.session(consistent=True) as read:
        ids = list(read.execute(select(Opgave.id).order_by(Opgave.id)).scalars())
    for old_id in ids:
        document = export_opgave(source_repo, old_id)
        new_id = import_opgave(target, document)  # checks every signed version's fingerprint
        opgave_ids[old_id] = new_id
        old_versions = {c.version: c.id for c in source_repo.contracts_of(old_id)}
        for contract in target.contracts_of(new_id):
            contract_ids[old_versions[contract.version]] = contract.id  # type: ignore[index]
            signed += contract.locked_at is not None
        opgaven += 1
    with source.session(consistent=True) as read, target.db.session() as s:
        for note in read.execute(select(FacilitatorNote)).scalars():
            data = note.model_dump(exclude={"id"}) | {"contract_id": contract_ids[note.contract_id]}
            s.add(FacilitatorNote.model_validate(data))
            rows += 1
        for event in read.execute(select(AuditEvent).order_by(AuditEvent.id)).scalars():
            data = event.model_dump(exclude={"id"})
            data["opgave_id"] = opgave_ids.get(event.opgave_id) if event.opgave_id is not None else None
            data["contract_id"] = (
                contract_ids.get(event.contract_id) if event.contract_id is not None else None
            )
            if event.entity == "opgave":
                data["entity_id"] = opgave_ids.get(event.entity_id or 0)
            elif event.entity == "contract":
                data["entity_id"] = contract_ids.get(event.entity_id or 0)
            else:
                data["entity_id"] = None  # a row id of the source: it means nothing on the target
            s.add(AuditEvent.model_validate(data))
            rows += 1
        present = set(s.execute(select(AppSetting.key)).scalars())
        for setting in read.execute(select(AppSetting)).scalars():
            if setting.key not in present:
                s.add(AppSetting(key=setting.key, value=setting.value, blob=setting.blob))
                rows += 1
    return CopyResult(opgaven=opgaven, signed_versions=signed, rows=rows)
