"""The short verification text of a record, as the QR code and the metadata carry it.

``koerskaart:v1;g=Duinwijk;o=1;v=1;sha256=<64 hex>``: the municipality (``g``), the opgave id
(``o``), the version (``v``) and the fingerprint. A concept has ``concept`` instead of the
fingerprint. Values are percent-encoded (``;``, ``=``, ``%`` and anything outside printable
ASCII), so the text survives any QR reader and :func:`parse_verification_text` gives back
exactly what was written. What this module must not do: read the database or draw.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote, unquote

PREFIX = "koerskaart:v1"
_SAFE = " -_.,()'/&+!*:@"


def _encode(value: str) -> str:
    return quote(value, safe=_SAFE)


def verification_text(record: Any) -> str:
    """The text for a :class:`~koerskaart.record.facts.Record`."""
    snapshot = record.snapshot
    parts = [
        PREFIX,
        f"g={_encode(record.municipality.strip())}",
        f"o={snapshot.opgave.id or 0}",
        f"v={snapshot.contract.version}",
    ]
    parts.append(f"sha256={record.stored_fingerprint}" if record.signed else "concept")
    return ";".join(parts)


def parse_verification_text(text: str) -> dict[str, str]:
    """``{"g": ..., "o": ..., "v": ..., "sha256": ...}``; raises ValueError when it is not ours."""
    parts = text.strip().split(";")
    if not parts or parts[0] != PREFIX:
        raise ValueError("geen Koerskaart-verificatietekst")
    result: dict[str, str] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        result[key] = unquote(value) if sep else ""
    return result
