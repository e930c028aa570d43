"""The guard against PySide6 losing references to None: the loss is real, and it is given back."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject

from koerskaart.ui.none_guard import give_back, keep_none_alive, none_mark

pytestmark = pytest.mark.gui


def test_calls_without_a_return_value_are_given_back() -> None:
    thing = QObject()
    before = sys.getrefcount(None)
    mark = none_mark()
    for _ in range(500):
        thing.setObjectName("x")
    give_back(mark)
    assert sys.getrefcount(None) >= before


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_the_reserve_is_taken_once() -> None:
    keep_none_alive()
    after_first = sys.getrefcount(None)
    keep_none_alive()
    assert abs(sys.getrefcount(None) - after_first) < 1000  # not a second reserve
    assert after_first > 1_000_000
