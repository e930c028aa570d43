"""Reading the portfolio from a real database: few queries, and the demo's facts and figures."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event

from koerskaart.portfolio.capacity import overcommitted, team_years
from koerskaart.portfolio.data import load_portfolio
from koerskaart.portfolio.figures import missing_reports, portfolio_facts
from koerskaart.storage.repository import Repository
from tests.unit import demo_support

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path
demo_repo = demo_support.demo_repo


def test_the_demo_portfolio_in_a_dozen_queries(demo_repo: Repository) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]  # SQLAlchemy's hook
        statements.append(statement)

    event.listen(demo_repo.db.engine, "before_cursor_execute", count)
    try:
        data = load_portfolio(demo_repo.db)
    finally:
        event.remove(demo_repo.db.engine, "before_cursor_execute", count)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 14
    assert not any("question_set_text" in s for s in statements)  # never the big definition text
    assert len(data.opgaven) == 19 and data.municipality == "Gemeente Duinwijk"

    facts = {f.title: f for f in portfolio_facts(data, period="2026-11", today=date(2026, 12, 4))}
    europa = facts["Veilige en leefbare buurt Europaplein"]
    record = europa.record
    assert (record.alderman, record.task_leader, record.signed, record.version) == (
        "M. Bakker-Demo",
        "M. van den Berg-Demo",
        True,
        1,
    )
    assert record.domains[0] == "Fysiek" and len(record.reports) == 12
    assert europa.light == "groen" and europa.light_age_days == 6
    assert europa.complexity is not None and europa.duration_months is not None
    assert record.criteria  # the steering step's traffic-light criteria
    assert [f.title for f in missing_reports(facts.values())] == [
        "Dienstverlening digitaal en dichtbij",
        "Inclusieve arbeidsmarkt: iedereen doet mee",
        "Klimaatadaptief Duinwijk: wateroverlast en hitte",
    ]
    lights = [r.light for r in facts["Energietransitie: wijken van het gas af"].record.reports]
    assert "rood" in lights and lights[-1] == "groen"  # turned red and back


def test_two_demo_teams_promise_more_than_they_have_in_2026(demo_repo: Repository) -> None:
    data = load_portfolio(demo_repo.db)
    facts = portfolio_facts(data, period="2026-11", today=date(2026, 12, 4))
    over = overcommitted(team_years(data, facts, 2026))
    assert [team.team for team in over] == ["Jeugd en Onderwijs", "Vergunningen, Toezicht & Handhaving"]
    assert over[1].sentence() == "Vergunningen, Toezicht & Handhaving: 2,0 fte toegezegd van 1,6 beschikbaar"


def test_team_capacity_is_kept_per_year_and_audited(demo_repo: Repository) -> None:
    team = next(t for t in demo_repo.teams() if t.name == "Openbare Ruimte")
    demo_repo.set_team_capacity(team.id or 0, 2026, 2.5, set_by="W. Peters-Demo")
    data = load_portfolio(demo_repo.db)
    assert data.available_fte("Openbare Ruimte", 2026) == 2.5
    assert data.available_fte("Openbare Ruimte", 2027) == 1.4
    last = max((e for e in demo_repo.audit_events() if e.entity == "teamcapacity"), key=lambda e: e.id or 0)
    assert (last.field, last.old_value, last.new_value, last.actor) == ("2026", "1.2", "2.5", "test")
