"""Filing a progress report: refusals per field, storage, audit, and a signed contract untouched."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from koerskaart.portfolio.reports import ReportDraft, ReportRefused, check_report, file_report
from koerskaart.record.verify import verify
from koerskaart.storage.repository import Repository
from tests.unit import demo_support
from tests.unit.demo_support import opgave_id

question_set = demo_support.question_set
demo_template = demo_support.demo_template
demo_db_path = demo_support.demo_db_path
demo_repo = demo_support.demo_repo

TODAY = date(2026, 12, 4)


def test_red_or_orange_without_explanation_is_refused_with_the_reason_at_the_field() -> None:
    draft = ReportDraft(opgave_id=1, period="2026-11", light="rood", author="M. Berg")
    reason = "Leg uit waarom het stoplicht op rood staat: bij oranje en rood is een toelichting verplicht."
    assert check_report(draft, today=TODAY) == {"explanation": reason}
    assert "explanation" in check_report(ReportDraft(1, "2026-11", "oranje", "  ", author="x"), today=TODAY)
    assert check_report(ReportDraft(1, "2026-11", "groen", author="x"), today=TODAY) == {}


def test_other_refusals() -> None:
    problems = check_report(ReportDraft(1, "2027-01", "paars", done="x" * 5000), today=TODAY)
    assert set(problems) == {"light", "period", "author", "done"}
    assert "nog moet komen" in problems["period"]
    assert "geen maand" in check_report(ReportDraft(1, "nov", "groen", author="x"), today=TODAY)["period"]


def test_filing_stores_audits_and_leaves_the_signed_contract_alone(demo_repo: Repository) -> None:
    europa = opgave_id(demo_repo, "Veilige en leefbare buurt Europaplein")
    contract = demo_repo.latest_contract(europa)
    assert contract is not None and contract.locked_at is not None
    repo = Repository(demo_repo.db, clock=lambda: datetime(2026, 12, 4, 9, tzinfo=UTC), actor="portfolio")
    before = len(repo.progress_reports(europa))
    with pytest.raises(ReportRefused) as refused:
        file_report(repo, ReportDraft(europa, "2026-11", "rood", author="M. van den Berg-Demo"))
    assert set(refused.value.problems) == {"explanation"}
    assert len(repo.progress_reports(europa)) == before  # nothing stored

    stored = file_report(
        repo,
        ReportDraft(
            europa,
            "2026-11",
            "rood",
            explanation="Winkeliers haken af <na> de brand & de sluiting",
            done="Gesprek met de ondernemers",
            next_steps="Herstelplan",
            help_asked="Besluit over extra handhaving",
            author="M. van den Berg-Demo",
        ),
    )
    assert (stored.period, stored.report_date, stored.traffic_light) == ("2026-11", TODAY, "rood")
    assert stored.text == "Winkeliers haken af <na> de brand & de sluiting"
    reports = repo.progress_reports(europa)
    assert len(reports) == before + 1 and reports[-1].help_asked == "Besluit over extra handhaving"
    audit = [e for e in repo.audit_events(opgave_id=europa) if e.entity == "progressreport"]
    assert audit[-1].actor == "portfolio" and audit[-1].new_value == "2026-12-04 rood"
    after = repo.latest_contract(europa)
    assert after is not None and (after.revision, after.fingerprint) == (
        contract.revision,
        contract.fingerprint,
    )
    assert verify(repo, contract.id or 0).intact
