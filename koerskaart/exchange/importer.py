"""Reading an exchange file into the database as a new opgave: all or nothing.

:func:`import_opgave` checks the whole document first (:mod:`koerskaart.exchange.validate`),
then inserts everything in ONE transaction, so a problem half-way leaves the database exactly as
it was. The repository's per-row methods are not used on purpose: each opens its own transaction
and refuses rows of a locked contract. Instead a signed contract is written in the order the
lock allows: content first, then its status, ``locked_at`` and ``fingerprint`` last. Before the
transaction commits, the fingerprint of every signed contract is recomputed from what was
inserted; a file changed after signing is refused.

Existing teams and domains with the same name are reused as they are; missing ones are created.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import Session, select

from koerskaart.errors import ExchangeError
from koerskaart.exchange.validate import check, parse, parse_date, parse_timestamp
from koerskaart.storage import limits
from koerskaart.storage.models import (
    Activity,
    Answer,
    AuditEvent,
    CapacityConfirmation,
    CapacityRequest,
    Contract,
    Domain,
    Opgave,
    Participant,
    Partner,
    ProgressReport,
    Signature,
    Team,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository, dump_value

# Far above any real opgave (the demo's fullest one is about 60 kB), low enough to refuse a wrong
# file (a disk image, a device) before it fills the memory. Declared with the other limits.
MAX_FILE_BYTES = limits.MAX_EXCHANGE_FILE_BYTES


def read_file(path: str | Path) -> dict[str, Any]:
    """The checked document in the file at ``path``."""
    path = Path(path)
    source = f"Het bestand {path}"
    try:
        if path.exists() and not path.is_dir() and not path.is_file():
            raise ExchangeError(f"{source} is geen gewoon bestand en dus geen Koerskaart-exportbestand.")
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
        if len(raw) > MAX_FILE_BYTES:
            raise ExchangeError(
                f"{source} is groter dan {MAX_FILE_BYTES // 1_000_000} MB en dus geen "
                "Koerskaart-exportbestand. Er is niets geïmporteerd."
            )
    except FileNotFoundError as exc:
        raise ExchangeError(f"{source} bestaat niet.") from exc
    except IsADirectoryError as exc:
        raise ExchangeError(f"{path} is een map, geen bestand.") from exc
    except PermissionError as exc:
        raise ExchangeError(
            f"{source} kan niet worden gelezen: u heeft geen toegang tot dit bestand."
        ) from exc
    except OSError as exc:
        raise ExchangeError(f"{source} kan niet worden gelezen: {exc.strerror}.") from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExchangeError(
            f"{source} is geen tekstbestand in UTF-8 en dus geen Koerskaart-exportbestand."
        ) from exc
    data = parse(text, source)
    check(data, source)
    return data


def import_opgave(repo: Repository, data: dict[str, Any]) -> int:
    """Insert the document ``data`` as a new opgave; returns its id."""
    check(data)
    with repo.db.session() as s:
        domains = _Names(s, Domain)
        teams = _Names(s, Team)
        for team in data["teams"]:
            if teams.get(team["name"]) is None:
                domain_id = domains.ensure(team["domain"]) if team["domain"] is not None else None
                teams.add(Team(name=team["name"], domain_id=domain_id, team_leader=team["team_leader"]))

        source = data["opgave"]
        opgave = Opgave(
            title=source["title"],
            description=source["description"],
            status=source["status"],
            domain_id=domains.ensure(source["domain"]) if source["domain"] is not None else None,
            created_at=parse_timestamp(source["created_at"]),
            updated_at=parse_timestamp(source["updated_at"]),
            removed_at=_timestamp(source["removed_at"]),
            zaaknummer=source.get("zaaknummer", ""),
        )
        s.add(opgave)
        s.flush()
        assert opgave.id is not None
        s.add_all(
            ProgressReport(
                opgave_id=opgave.id,
                period=r["period"],
                report_date=parse_date(r["report_date"]),
                traffic_light=r["traffic_light"],
                text=r["text"],
                done=r["done"],
                next_steps=r["next_steps"],
                help_asked=r["help_asked"],
                author=r["author"],
            )
            for r in data["progress_reports"]
        )

        contract_ids: dict[int, int] = {}
        locked: list[tuple[Contract, dict[str, Any]]] = []
        for item in data["contracts"]:
            contract = _insert_contract(s, opgave.id, item, contract_ids, teams)
            if item["locked_at"] is not None:
                locked.append((contract, item))
        s.flush()
        for contract, item in locked:
            contract.locked_at = parse_timestamp(item["locked_at"])
            contract.fingerprint = item["fingerprint"]
            contract.fingerprint_scheme = item.get("fingerprint_scheme", 1)
            contract.municipality_name = item.get("municipality_name", "")
            contract.opgave_description = item.get("opgave_description", "")
            s.add(contract)
        s.flush()
        for contract, _item in locked:
            _verify_fingerprint(s, contract)
        s.add(
            AuditEvent(
                at=repo.clock(),
                actor=repo.actor,
                action="import",
                entity="opgave",
                entity_id=opgave.id,
                opgave_id=opgave.id,
                new_value=f"{opgave.title} ({len(data['contracts'])} versies)",
            )
        )
        return opgave.id


def _insert_contract(
    s: Session,
    opgave_id: int,
    item: dict[str, Any],
    contract_ids: dict[int, int],
    teams: _Names,
) -> Contract:
    question_set = item["question_set"]
    based_on = item["based_on_version"]
    contract = Contract(
        opgave_id=opgave_id,
        version=item["version"],
        status=item["status"],
        based_on_id=contract_ids[based_on] if based_on is not None else None,
        reason=item["reason"],
        question_set_id=question_set["id"],
        question_set_version=question_set["version"],
        question_set_sha256=question_set["sha256"],
        question_set_text=question_set["text"],
        current_step=item["current_step"],
        created_at=parse_timestamp(item["created_at"]),
        updated_at=parse_timestamp(item["updated_at"]),
    )
    s.add(contract)
    s.flush()
    assert contract.id is not None
    cid = contract.id
    contract_ids[item["version"]] = cid
    s.add_all(
        Answer(
            contract_id=cid,
            question_key=a["key"],
            value=dump_value(a["value"]),
            role=a["role"],
            answered_at=parse_timestamp(a["answered_at"]),
            updated_at=parse_timestamp(a["updated_at"]),
        )
        for a in item["answers"]
    )
    s.add_all(
        Participant(
            contract_id=cid,
            position=p["position"],
            name=p["name"],
            function=p["function"],
            role=p["role"],
            organisation=p["organisation"],
            team_id=teams.get(p["team"]),
        )
        for p in item["participants"]
    )
    s.add_all(
        Activity(
            contract_id=cid,
            position=a["position"],
            name=a["name"],
            approach=a["approach"],
            reason=a["reason"],
            priority=a["priority"],
            complexity=a["complexity"],
            start=_date(a["start"]),
            end=_date(a["end"]),
            owner=a["owner"],
        )
        for a in item["activities"]
    )
    s.add_all(
        Partner(
            contract_id=cid,
            position=p["position"],
            organisation=p["organisation"],
            contact=p["contact"],
            involvement=p["involvement"],
            holds_regie=p["holds_regie"],
            regie_scope=p["regie_scope"],
            binding=p["binding"],
        )
        for p in item["partners"]
    )
    s.add_all(
        TimelineEvent(
            contract_id=cid,
            position=t["position"],
            event_date=_date(t["date"]),
            kind=t["kind"],
            title=t["title"],
            description=t["description"],
            mood=t["mood"],
        )
        for t in item["timeline"]
    )
    for r in item["capacity_requests"]:
        request = CapacityRequest(
            contract_id=cid,
            position=r["position"],
            team_id=teams.get(r["team"]),
            team_name=r["team_name"],
            amount=float(r["amount"]),
            unit=r["unit"],
            period=r["period"],
            skills=r["skills"],
        )
        s.add(request)
        s.flush()
        assert request.id is not None
        # One flush per confirmation keeps their ids in file order, which breaks ties of equal times.
        for h in r["confirmations"]:
            s.add(
                CapacityConfirmation(
                    request_id=request.id,
                    status=h["status"],
                    confirmed_amount=float(h["confirmed_amount"]),
                    remark=h["remark"],
                    confirmed_by=h["confirmed_by"],
                    confirmed_at=parse_timestamp(h["confirmed_at"]),
                )
            )
            s.flush()
    for sig in item["signatures"]:
        s.add(
            Signature(
                contract_id=cid,
                role=sig["role"],
                name=sig["name"],
                function=sig["function"],
                signed_on=parse_date(sig["signed_on"]),
                place=sig["place"],
                drawing=sig["drawing"],
                signed_at=parse_timestamp(sig["signed_at"]),
            )
        )
        s.flush()  # signatures are read back in id order
    return contract


def computed_fingerprint(s: Session, contract: Contract) -> str:
    """The fingerprint of a signed version as it stands in ``s``'s (maybe uncommitted) transaction,
    under the scheme it was signed with (an import and ``copy-db`` check it before committing)."""
    from koerskaart.conversation.snapshot import read_snapshot
    from koerskaart.record.canonical import CanonicalContext
    from koerskaart.record.facts import question_set_of
    from koerskaart.record.fingerprint import compute_fingerprint

    snapshot = read_snapshot(s, contract.id)
    context = None
    if contract.fingerprint_scheme >= 2:
        predecessor = s.get(Contract, contract.based_on_id) if contract.based_on_id is not None else None
        context = CanonicalContext(
            question_set=question_set_of(contract),
            municipality=contract.municipality_name,
            description=contract.opgave_description,
            predecessor_fingerprint=predecessor.fingerprint if predecessor is not None else "",
        )
    return compute_fingerprint(snapshot, scheme=contract.fingerprint_scheme, context=context)


def _verify_fingerprint(s: Session, contract: Contract) -> None:
    """Refuse a signed contract whose content no longer gives its fingerprint."""
    if computed_fingerprint(s, contract) != contract.fingerprint:
        raise ExchangeError(
            f"Versie {contract.version} in het bestand is ondertekend, maar de inhoud past niet meer "
            "bij de vingerafdruk: het bestand is na het tekenen veranderd. Er is niets geïmporteerd."
        )


class _Names:
    """Domain or team ids by name, created on first use inside the import's transaction."""

    def __init__(self, s: Session, model: type[Domain] | type[Team]) -> None:
        self._s = s
        self._model = model
        self._ids: dict[str, int] = {row.name: row.id for row in s.exec(select(model)).all() if row.id}

    def get(self, name: str | None) -> int | None:
        return self._ids.get(name) if name is not None else None

    def ensure(self, name: str) -> int:
        found = self._ids.get(name)
        return found if found is not None else self.add(self._model(name=name))

    def add(self, row: Domain | Team) -> int:
        self._s.add(row)
        self._s.flush()
        assert row.id is not None
        self._ids[row.name] = row.id
        return row.id


def _timestamp(text: str | None) -> Any:
    return parse_timestamp(text) if text is not None else None


def _date(text: str | None) -> Any:
    return parse_date(text) if text is not None else None
