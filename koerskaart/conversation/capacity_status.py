"""The traffic light of capacity: green when fully confirmed, orange when partly, red when not.

One rule for the capacity step, its gap overview and anything else that colours a team's or a
request's capacity: a sum that is complete (every request answered, nothing short) is green,
a sum with nothing confirmed (no answer yet, or "cannot confirm") is red, anything between is
orange. It works on the sums of :mod:`koerskaart.conversation.capacity` and never adds anything
up itself. No Qt, no SQL.
"""

from __future__ import annotations

from koerskaart.conversation.capacity import CapacitySum, summarize_lines
from koerskaart.conversation.snapshot import CapacityLine
from koerskaart.storage.models import TrafficLight


def light_of(total: CapacitySum) -> TrafficLight:
    if total.complete:
        return TrafficLight.GREEN
    if total.confirmed <= 0:
        return TrafficLight.RED
    return TrafficLight.ORANGE


def waiting_for_answer(total: CapacitySum) -> bool:
    """True when no request in the sum has been answered at all."""
    return total.requests > 0 and total.unconfirmed == total.requests


def line_sum(line: CapacityLine) -> CapacitySum:
    """The sum of a single request, so one request reads with the same rule as a team."""
    return summarize_lines([line]).totals[0]
