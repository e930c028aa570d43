"""Plain checks on rows of the structured answers: activity warnings and who holds regie.

An activity with an approach must say why (the choice is deliberate and recorded with its
reason); an activity cannot end before it starts. For partners, :func:`regie_overview` tells who
directs the whole and who directs each sub-theme, and which of those are claimed twice.

These are warnings for the conversation, not blocks. The module imports no Qt and runs no SQL;
widgets turn the results into Dutch sentences.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from koerskaart.storage.models import Activity, Partner


def reason_missing(activity: Activity) -> bool:
    """An approach was chosen but no reason recorded."""
    return bool(activity.approach) and not activity.reason.strip()


def ends_before_start(activity: Activity) -> bool:
    return activity.start is not None and activity.end is not None and activity.end < activity.start


@dataclass(frozen=True)
class RegieOverview:
    """Who holds regie: over the whole (``overall``) and per sub-theme, in table order."""

    overall: tuple[str, ...] = ()
    by_theme: dict[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def contested(self) -> list[str]:
        """Sub-themes ("" for the whole) that more than one partner claims."""
        themes = [""] if len(self.overall) > 1 else []
        return themes + [theme for theme, names in self.by_theme.items() if len(names) > 1]


def regie_overview(partners: Iterable[Partner]) -> RegieOverview:
    overall: list[str] = []
    by_theme: dict[str, list[str]] = {}
    for partner in partners:
        if not partner.holds_regie:
            continue
        name = partner.organisation.strip() or partner.contact.strip()
        if not name:
            continue
        theme = partner.regie_scope.strip()
        if theme:
            by_theme.setdefault(theme, []).append(name)
        else:
            overall.append(name)
    return RegieOverview(tuple(overall), {theme: tuple(names) for theme, names in by_theme.items()})
