"""Checking an exported record without trusting it: does the PDF still hold what was signed?

:func:`check_pdf` reads the canonical JSON embedded in a Koerskaart PDF, recomputes its SHA-256
and compares it with the fingerprint the PDF states (its metadata, which the footer and QR
code print); with a database, it also compares with the fingerprint stored there and checks
that the database content still gives it; with trust roots, it validates the organisation seal
offline. The outcome is ``INTACT``, ``CHANGED`` or ``NOT_A_RECORD``, with one Dutch line per
finding. An archived PDF is thereby checkable without the database.

What this module must not do: change the PDF or the database.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import StrEnum
from io import BytesIO

from koerskaart.record.fingerprint import SCHEME_FORMATS, fingerprint_of_bytes
from koerskaart.record.seal import check_seal


class Outcome(StrEnum):
    INTACT = "intact"
    CHANGED = "changed"
    NOT_A_RECORD = "not_a_record"


@dataclass
class PdfCheck:
    outcome: Outcome
    lines: list[str] = field(default_factory=list)
    opgave_id: int | None = None
    version: int | None = None
    fingerprint: str = ""


def read_record_pdf(data: bytes) -> tuple[bytes | None, dict[str, str]]:
    """The embedded canonical JSON and the ``Koerskaart*`` metadata of a PDF."""
    import pikepdf

    from koerskaart.record.pdf.archive import read_attachment, read_properties

    try:
        with pikepdf.open(BytesIO(data)) as pdf:
            return read_attachment(pdf), read_properties(pdf)
    except (pikepdf.PdfError, ValueError):
        return None, {}


def check_pdf(
    data: bytes, *, repo: object | None = None, trust_roots: list[object] | None = None
) -> PdfCheck:
    canonical, properties = read_record_pdf(data)
    if canonical is None or "Fingerprint" not in properties:
        return PdfCheck(
            Outcome.NOT_A_RECORD,
            ["Dit is geen contracteringsformat van Koerskaart (geen ingesloten inhoud)."],
        )
    stated = properties.get("Fingerprint", "")
    try:
        opgave_id = int(properties.get("OpgaveId", ""))
        version = int(properties.get("Version", ""))
    except ValueError:
        opgave_id = version = None
    check = PdfCheck(Outcome.INTACT, opgave_id=opgave_id, version=version, fingerprint=stated)
    try:
        form = json.loads(canonical).get("format")
    except (ValueError, AttributeError):
        form = None
    if form not in SCHEME_FORMATS.values():
        return PdfCheck(Outcome.NOT_A_RECORD, ["De ingesloten inhoud is geen vastgelegde Koerskaart-inhoud."])
    if not stated:
        return PdfCheck(
            Outcome.NOT_A_RECORD,
            ["Dit is een concept: het is nog niet door alle drie ondertekend en heeft geen vingerafdruk."],
        )
    computed = fingerprint_of_bytes(canonical)
    if properties.get("Warning") or computed != stated:
        check.outcome = Outcome.CHANGED
        check.lines.append(
            f"Gewijzigd: de ingesloten inhoud geeft vingerafdruk {computed}, de pdf noemt {stated}."
            if computed != stated
            else "Gewijzigd: deze pdf is gemaakt van een versie die na het ondertekenen is veranderd."
        )
    else:
        check.lines.append(f"De ingesloten inhoud past bij de vingerafdruk in de pdf ({stated}).")
    if repo is not None and opgave_id is not None and version is not None:
        _compare_with_database(check, repo, opgave_id, version, stated)
    seal = check_seal(data, list(trust_roots or []))
    if seal.present:
        if not seal.sound:
            check.outcome = Outcome.CHANGED
            check.lines.append("Het zegel is ongeldig: de pdf is na het verzegelen veranderd.")
        elif trust_roots:
            if seal.trusted:
                check.lines.append(f"Het zegel is geldig en vertrouwd ({seal.signer}).")
            else:
                check.outcome = Outcome.CHANGED
                check.lines.append(
                    "Het zegel is intact, maar niet gezet met een certificaat dat u vertrouwt "
                    f"({seal.signer})."
                )
        else:
            check.lines.append(
                f"Het zegel is intact ({seal.signer}); noem met --trust het certificaat dat u vertrouwt om "
                "ook de afzender te controleren."
            )
    elif trust_roots:
        check.lines.append("Deze pdf heeft geen zegel.")
    return check


def _compare_with_database(check: PdfCheck, repo: object, opgave_id: int, version: int, stated: str) -> None:
    from koerskaart.errors import UserFacingError
    from koerskaart.record.facts import load_record

    try:
        contracts = repo.contracts_of(opgave_id)  # type: ignore[attr-defined]  # a Repository
    except UserFacingError:
        contracts = []
    contract = next((c for c in contracts if c.version == version), None)
    if contract is None or contract.id is None:
        check.outcome = Outcome.CHANGED
        check.lines.append(f"De database heeft geen versie {version} van opgave {opgave_id}.")
        return
    record = load_record(repo, contract.id)  # type: ignore[arg-type]  # a Repository
    if record.stored_fingerprint != stated:
        check.outcome = Outcome.CHANGED
        check.lines.append(
            f"Gewijzigd: de database noemt voor versie {version} vingerafdruk "
            f"{record.stored_fingerprint or '(geen)'}, de pdf {stated}."
        )
    elif not record.intact:
        check.outcome = Outcome.CHANGED
        check.lines.append("Gewijzigd: de inhoud in de database past niet meer bij de vingerafdruk.")
    else:
        check.lines.append("De database heeft dezelfde vingerafdruk en haar inhoud is ongewijzigd.")
