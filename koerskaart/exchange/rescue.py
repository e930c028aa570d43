"""A rescue file: the answers typed while the database was out of reach, as an exchange file.

When a conversation window is closed while its database server cannot be reached, the answers
that could not be saved would be lost. :func:`rescue_document` takes the exchange document of
the opgave as it was read when the window opened (``export.export_opgave``) and puts the answers
as the window shows them (saved since, or not saved at all) into the version being edited, so
``koerskaart import-json`` can read the file later (it imports it as a new opgave beside the
original; nothing is overwritten). Facilitator notes stay
out, as in every export.

Pure data: no database access, no Qt.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from koerskaart.exchange.export import timestamp_text


def rescue_document(
    document: dict[str, Any],
    version: int,
    unsaved: Mapping[str, tuple[Any, str]],
    now: datetime,
) -> dict[str, Any]:
    """``document`` with the ``unsaved`` answers (key → (value, role)) in contract ``version``."""
    rescued = copy.deepcopy(document)
    for contract in rescued["contracts"]:
        if contract["version"] != version:
            continue
        answers = {answer["key"]: answer for answer in contract["answers"]}
        for key, (value, role) in unsaved.items():
            stamp = timestamp_text(now)
            previous = answers.get(key)
            answers[key] = {
                "key": key,
                "value": value,
                "role": role,
                "answered_at": previous["answered_at"] if previous else stamp,
                "updated_at": stamp,
            }
        contract["answers"] = [answers[key] for key in sorted(answers)]
        contract["updated_at"] = timestamp_text(now)
        return rescued
    raise ValueError(f"version {version} is not in the document")
