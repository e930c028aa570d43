"""The plain checks behind the activity warnings and the regie summary."""

from __future__ import annotations

from datetime import date

from koerskaart.conversation.row_checks import ends_before_start, reason_missing, regie_overview
from koerskaart.storage.models import Activity, Partner


def activity(**fields) -> Activity:
    return Activity(contract_id=1, **fields)


def partner(organisation: str, *, regie: bool = True, scope: str = "", contact: str = "") -> Partner:
    return Partner(
        contract_id=1, organisation=organisation, contact=contact, holds_regie=regie, regie_scope=scope
    )


def test_reason_is_needed_only_once_an_approach_is_chosen():
    assert not reason_missing(activity(name="Wijkschouw"))
    assert reason_missing(activity(name="Wijkschouw", approach="project"))
    assert reason_missing(activity(name="Wijkschouw", approach="project", reason="   "))
    assert not reason_missing(activity(name="Wijkschouw", approach="project", reason="Eenmalig"))


def test_end_before_start():
    assert ends_before_start(activity(start=date(2026, 5, 1), end=date(2026, 2, 1)))
    assert not ends_before_start(activity(start=date(2026, 5, 1), end=date(2026, 5, 1)))
    assert not ends_before_start(activity(start=None, end=date(2026, 2, 1)))
    assert not ends_before_start(activity(start=date(2026, 5, 1), end=None))


def test_regie_overall_and_per_sub_theme():
    overview = regie_overview(
        [
            partner("Woonstichting"),
            partner("Politie", scope="Veiligheid"),
            partner("Jongerenwerk", regie=False, scope="Jeugd"),
            partner("", contact="Fatma Yıldız", scope="Ondernemers"),
            partner("   "),  # a row without a name does not count
        ]
    )
    assert overview.overall == ("Woonstichting",)
    assert overview.by_theme == {"Veiligheid": ("Politie",), "Ondernemers": ("Fatma Yıldız",)}
    assert overview.contested == []


def test_contested_regie_is_reported():
    overview = regie_overview(
        [
            partner("Gemeente"),
            partner("Woonstichting"),
            partner("Politie", scope="Veiligheid"),
            partner("BOA", scope=" Veiligheid "),
        ]
    )
    assert overview.contested == ["", "Veiligheid"]
    assert overview.by_theme["Veiligheid"] == ("Politie", "BOA")


def test_nobody_holds_regie():
    overview = regie_overview([partner("Politie", regie=False)])
    assert overview.overall == ()
    assert overview.by_theme == {}
