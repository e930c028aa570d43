"""Capacity sums per team and in total, from snapshots of contracts stored in SQLite."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from koerskaart.conversation.capacity import NO_TEAM, summarize, summarize_many
from koerskaart.conversation.snapshot import load_snapshot
from koerskaart.storage.database import Database
from koerskaart.storage.models import CapacityRequest, ConfirmationStatus
from koerskaart.storage.repository import Repository


class SteppingClock:
    """Each call is one minute later, so the order of confirmations is certain."""

    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clocked(database: Database) -> Repository:
    return Repository(database, clock=SteppingClock(), actor="test")


def new_contract(repo: Repository, title: str = "Opgave") -> int:
    opgave = repo.create_opgave(title)
    return repo.create_contract(
        opgave.id, question_set_id="x", question_set_version="1", question_set_sha256="", question_set_text=""
    ).id


def request(
    repo: Repository, contract_id: int, team: str, amount: float, unit: str = "fte", period: str = "jaar"
):
    row, _ = repo.save_row(
        CapacityRequest(contract_id=contract_id, team_name=team, amount=amount, unit=unit, period=period)
    )
    return row


def confirm(repo: Repository, row, status: str, amount: float) -> None:
    repo.confirm_capacity(row.id, status=status, confirmed_amount=amount, confirmed_by="Teamleider Fictief")


def test_no_requests(clocked: Repository) -> None:
    summary = summarize(load_snapshot(clocked, new_contract(clocked)))
    assert summary.teams == () and summary.totals == ()
    assert summary.total("fte") is None
    assert not summary.has_gap


def test_per_team_and_total_with_units_kept_apart(clocked: Repository) -> None:
    cid = new_contract(clocked)
    a1 = request(clocked, cid, "Openbare ruimte", 0.5)
    a2 = request(clocked, cid, "Openbare ruimte", 0.25)
    b = request(clocked, cid, "Veiligheid", 0.2)
    c = request(clocked, cid, "Veiligheid", 120, unit="uren")
    request(clocked, cid, "Communicatie", 40, unit="uren")  # never confirmed
    confirm(clocked, a1, ConfirmationStatus.CONFIRMED, 0.5)
    confirm(clocked, a2, ConfirmationStatus.PARTLY, 0.1)
    confirm(clocked, b, ConfirmationStatus.CONFIRMED, 0.2)
    confirm(clocked, c, ConfirmationStatus.PARTLY, 80)

    summary = summarize(load_snapshot(clocked, cid))
    [ruimte] = summary.team("Openbare ruimte")
    assert (ruimte.unit, ruimte.asked, ruimte.confirmed, ruimte.gap, ruimte.requests) == (
        "fte",
        0.75,
        0.6,
        0.15,
        2,
    )
    veiligheid = {item.unit: item for item in summary.team("Veiligheid")}
    assert set(veiligheid) == {"fte", "uren"}  # fte and hours are never added together
    assert (veiligheid["fte"].asked, veiligheid["fte"].confirmed, veiligheid["fte"].gap) == (0.2, 0.2, 0.0)
    assert (veiligheid["uren"].asked, veiligheid["uren"].confirmed, veiligheid["uren"].gap) == (120, 80, 40)
    [communicatie] = summary.team("Communicatie")
    assert (communicatie.confirmed, communicatie.gap, communicatie.unconfirmed) == (0, 40, 1)

    fte = summary.total("fte")
    hours = summary.total("uren")
    assert (fte.asked, fte.confirmed, fte.gap) == (0.95, 0.8, 0.15)  # 0.5 + 0.25 + 0.2, no float noise
    assert (hours.asked, hours.confirmed, hours.gap) == (160, 80, 80)
    assert hours.unconfirmed == 1 and not hours.complete
    assert summary.has_gap
    assert [t.unit for t in summary.totals] == ["fte", "uren"]


def test_latest_confirmation_holds(clocked: Repository) -> None:
    cid = new_contract(clocked)
    row = request(clocked, cid, "Wijkteam", 1.0)
    confirm(clocked, row, ConfirmationStatus.CONFIRMED, 1.0)
    confirm(clocked, row, ConfirmationStatus.PARTLY, 0.4)
    summary = summarize(load_snapshot(clocked, cid))
    assert summary.total("fte").confirmed == 0.4
    assert summary.total("fte").gap == 0.6

    confirm(clocked, row, ConfirmationStatus.NOT_CONFIRMED, 0.7)  # "cannot" counts as 0, whatever the amount
    summary = summarize(load_snapshot(clocked, cid))
    assert (summary.total("fte").confirmed, summary.total("fte").gap) == (0, 1.0)
    assert summary.total("fte").unconfirmed == 0


def test_periods_are_kept_apart(clocked: Repository) -> None:
    cid = new_contract(clocked)
    request(clocked, cid, "Wijkteam", 10, unit="uren", period="week")
    request(clocked, cid, "Wijkteam", 100, unit="uren", period="jaar")
    summary = summarize(load_snapshot(clocked, cid))
    assert summary.total("uren", "week").asked == 10
    assert summary.total("uren", "jaar").asked == 100
    assert len(summary.team("Wijkteam")) == 2


def test_over_confirmation_shows_a_negative_gap_and_no_team_gets_a_name(clocked: Repository) -> None:
    cid = new_contract(clocked)
    row = request(clocked, cid, "  ", 0.5)
    confirm(clocked, row, ConfirmationStatus.CONFIRMED, 0.8)
    summary = summarize(load_snapshot(clocked, cid))
    [item] = summary.team(NO_TEAM)
    assert item.gap == pytest.approx(-0.3)
    assert item.complete


def test_sums_over_several_contracts(clocked: Repository) -> None:
    first = new_contract(clocked, "Europaplein")
    second = new_contract(clocked, "Duurzaam wonen")
    confirm(clocked, request(clocked, first, "Wijkteam", 0.5), ConfirmationStatus.CONFIRMED, 0.5)
    request(clocked, second, "Wijkteam", 0.3)
    summary = summarize_many([load_snapshot(clocked, first), load_snapshot(clocked, second)])
    [team] = summary.team("Wijkteam")
    assert (team.asked, team.confirmed, team.gap, team.requests, team.unconfirmed) == (0.8, 0.5, 0.3, 2, 1)
