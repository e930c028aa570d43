"""What a municipality sets once for all its documents: its name and logo, read from the database.

Kept apart from the renderer so the renderer can be called with any settings (tests, preview)
without a database. Nothing here draws.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from koerskaart.storage.repository import Repository
from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME


@dataclass(frozen=True)
class DocumentSettings:
    municipality_name: str = ""
    logo: bytes | None = None  # PNG or JPEG bytes
    printed_on: date | None = None  # None: today
    now: datetime | None = None  # the creation moment of a concept's PDF; None: now

    @classmethod
    def from_repository(cls, repo: Repository) -> DocumentSettings:
        return cls(
            municipality_name=repo.setting(MUNICIPALITY_NAME),
            logo=repo.setting_blob(MUNICIPALITY_LOGO) or None,
        )
