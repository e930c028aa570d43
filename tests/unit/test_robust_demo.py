"""Loading the demo is all or nothing: a failure half-way leaves no half demo, a rerun adds it once."""

from __future__ import annotations

from collections import Counter

import pytest

from koerskaart.demo import build, load_demo
from koerskaart.demo import portfolio as data
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.storage.repository import Repository
from tests.unit.demo_support import table_counts


class _Broken(RuntimeError):
    pass


def test_a_failure_half_way_leaves_nothing_and_a_rerun_loads_the_demo_once(
    repo: Repository, monkeypatch: pytest.MonkeyPatch
) -> None:
    question_set = load_question_set(DEFAULT_QUESTION_SET)
    before = table_counts(repo)
    real_opgave = build._Builder.opgave
    calls = Counter[str]()

    def failing_opgave(self: build._Builder, spec: dict) -> None:
        calls["opgave"] += 1
        if calls["opgave"] == 6:
            raise _Broken("disk trouble half-way")
        real_opgave(self, spec)

    monkeypatch.setattr(build._Builder, "opgave", failing_opgave)
    with pytest.raises(_Broken):
        load_demo(repo, question_set)
    assert table_counts(repo) == before
    assert repo.list_opgaven() == []
    assert repo.setting(data.MARKER_KEY) == ""

    monkeypatch.setattr(build._Builder, "opgave", real_opgave)
    summary = load_demo(repo, question_set)
    assert not summary.already_present
    titles = Counter(o.title for o in repo.list_opgaven())
    assert len(titles) == 19 == summary.opgaven
    assert set(titles.values()) == {1}
    assert repo.setting(data.MARKER_KEY) == data.MARKER_VALUE
    assert load_demo(repo, question_set).already_present
    assert len(repo.list_opgaven()) == 19


@pytest.mark.sqlite_only  # about the SQLite file itself
def test_the_demo_waits_for_nobody_when_another_program_holds_the_file(repo: Repository) -> None:
    """A busy file gives the Dutch busy message and leaves no marker."""
    import sqlite3

    from koerskaart.errors import DatabaseBusy
    from koerskaart.storage.database import Database

    quick = Repository(Database.open(repo.db.path, busy_timeout_ms=100), actor="demo")
    holder = sqlite3.connect(repo.db.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy):
            load_demo(quick, load_question_set(DEFAULT_QUESTION_SET))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
        quick.db.close()
    assert repo.setting(data.MARKER_KEY) == ""
    assert repo.list_opgaven() == []
