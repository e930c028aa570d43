"""The capacity traffic light: green when complete, red when nothing is confirmed, orange between."""

from __future__ import annotations

from datetime import UTC, datetime

from koerskaart.conversation.capacity import summarize_lines
from koerskaart.conversation.capacity_status import light_of, line_sum, waiting_for_answer
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.storage.models import CapacityConfirmation, CapacityRequest, TrafficLight

AT = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)


def line(
    amount: float, *answers: tuple[str, float], team: str = "Wijkbeheer", unit: str = "fte"
) -> CapacityLine:
    request = CapacityRequest(id=1, contract_id=1, team_name=team, amount=amount, unit=unit, period="week")
    history = tuple(
        CapacityConfirmation(
            request_id=1, status=status, confirmed_amount=value, confirmed_by="Jan", confirmed_at=AT
        )
        for status, value in answers
    )
    return CapacityLine(request, history)


def test_a_request_without_an_answer_is_red_and_waiting():
    total = line_sum(line(0.8))
    assert light_of(total) == TrafficLight.RED
    assert waiting_for_answer(total)


def test_the_latest_answer_decides_the_light():
    assert light_of(line_sum(line(0.8, ("bevestigd", 0.8)))) == TrafficLight.GREEN
    assert light_of(line_sum(line(0.8, ("bevestigd", 0.8), ("deels", 0.4)))) == TrafficLight.ORANGE
    niet = line_sum(line(0.8, ("deels", 0.4), ("niet", 0.0)))
    assert light_of(niet) == TrafficLight.RED
    assert not waiting_for_answer(niet)


def test_a_team_with_one_answered_and_one_open_request_is_orange():
    summary = summarize_lines([line(0.8, ("bevestigd", 0.8)), line(0.4)])
    assert light_of(summary.teams[0]) == TrafficLight.ORANGE
    assert not waiting_for_answer(summary.teams[0])


def test_more_confirmed_than_asked_is_green():
    assert light_of(line_sum(line(16, ("bevestigd", 20), unit="uren"))) == TrafficLight.GREEN
