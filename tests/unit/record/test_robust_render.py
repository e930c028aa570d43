"""The PDF never raises a layout error: whatever the data layer accepts renders.

One contract with every field far longer than a person would type (a 1,600-character name in
the triangle, a table cell longer than a page, an answer nested 500 levels deep), and a
property test: any contract the repository accepts renders to a PDF without an exception.
"""

from __future__ import annotations

import io
import string
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pikepdf import pdfa

from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.render import render_record
from koerskaart.storage.database import Database
from koerskaart.storage.models import Activity, CapacityRequest, Participant, Partner, TimelineEvent
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract, page_texts

LONG = ("Langenaam" * 200)[:1600]
WORDS = " ".join(f"woord{i}" for i in range(800))


def _nested(depth: int) -> object:
    value: object = "diep"
    for _ in range(depth):
        value = [value]
    return value


def test_a_contract_with_every_field_at_an_extreme_length_renders(repo: Repository) -> None:
    built = build_contract(
        repo,
        signed=False,
        extra_answers={"open_points": _nested(500), "opgave_what": {"value": _nested(500)}},
    )
    cid = built.contract_id
    repo.save_row(Participant(contract_id=cid, role="bestuurlijk_opdrachtgever", name=LONG, function=LONG))
    repo.save_row(
        Participant(contract_id=cid, role="teamleider", name=LONG, function=WORDS, organisation=LONG)
    )
    repo.save_row(Activity(contract_id=cid, name=LONG, reason=WORDS * 3, owner=LONG, approach="project"))
    repo.save_row(
        Partner(
            contract_id=cid,
            organisation=LONG,
            contact=WORDS,
            binding=LONG,
            holds_regie=True,
            regie_scope=LONG,
        )
    )
    repo.save_row(CapacityRequest(contract_id=cid, team_name=LONG, amount=1e15, skills=WORDS, period=LONG))
    repo.save_row(TimelineEvent(contract_id=cid, title=LONG, description=WORDS * 3))
    pdf = render_record(load_record(repo, cid), DocumentSettings(municipality_name=LONG))
    texts = page_texts(pdf.data)
    assert pdf.pages == len(texts) > 10
    joined = "".join("".join(t.split()) for t in texts)
    assert LONG[:400] in joined  # the name is printed in full below the triangle, not cut off
    assert pdfa.validate_written(io.BytesIO(pdf.data), "3b").passed


_TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
_SHORT = st.text(alphabet=string.ascii_letters + " éëü&<>\"'\t\n", max_size=60)
_ROLE = st.sampled_from(
    [
        "bestuurlijk_opdrachtgever",
        "ambtelijk_opdrachtgever",
        "opdrachtnemer",
        "teamleider",
        "facilitator",
        "overig",
    ]
)
_DAY = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))


@st.composite
def contracts(draw: st.DrawFn) -> dict:
    return {
        "answers": draw(
            st.dictionaries(
                st.sampled_from(["opgave_what", "story_dream", "open_points", "mandate", "meeting_place"]),
                st.recursive(
                    st.none() | st.booleans() | st.integers() | _TEXT, lambda c: st.lists(c, max_size=4)
                ),
                max_size=5,
            )
        ),
        "people": draw(st.lists(st.tuples(_ROLE, _TEXT, _TEXT, _SHORT), max_size=6)),
        "activities": draw(st.lists(st.tuples(_TEXT, _TEXT, _SHORT, st.none() | _DAY), max_size=4)),
        "partners": draw(st.lists(st.tuples(_TEXT, _SHORT, st.booleans(), _TEXT), max_size=3)),
        "capacity": draw(
            st.lists(
                st.tuples(_SHORT, st.floats(min_value=0, max_value=1e12, allow_nan=False), _SHORT, _TEXT),
                max_size=3,
            )
        ),
        "timeline": draw(st.lists(st.tuples(st.none() | _DAY, _TEXT, _TEXT, st.integers(-2, 2)), max_size=4)),
    }


@settings(
    max_examples=15,
    deadline=timedelta(seconds=60),  # a bound against a hang, not a speed target
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(contract=contracts())
def test_any_contract_the_repository_accepts_renders(contract: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "k.sqlite")
        try:
            repo = Repository(db)
            built = build_contract(repo, signed=False, extra_answers=contract["answers"])
            cid = built.contract_id
            for role, name, function, organisation in contract["people"]:
                repo.save_row(
                    Participant(
                        contract_id=cid, role=role, name=name, function=function, organisation=organisation
                    )
                )
            for name, reason, owner, start in contract["activities"]:
                repo.save_row(Activity(contract_id=cid, name=name, reason=reason, owner=owner, start=start))
            for organisation, contact, regie, scope in contract["partners"]:
                repo.save_row(
                    Partner(
                        contract_id=cid,
                        organisation=organisation,
                        contact=contact,
                        holds_regie=regie,
                        regie_scope=scope,
                    )
                )
            for team, amount, period, skills in contract["capacity"]:
                repo.save_row(
                    CapacityRequest(
                        contract_id=cid, team_name=team, amount=amount, period=period, skills=skills
                    )
                )
            for when, title, description, mood in contract["timeline"]:
                repo.save_row(
                    TimelineEvent(
                        contract_id=cid, event_date=when, title=title, description=description, mood=mood
                    )
                )
            pdf = render_record(load_record(repo, cid), DocumentSettings(municipality_name="Gemeente Test"))
            assert pdf.data.startswith(b"%PDF") and pdf.pages >= 3
            report = pdfa.validate_written(io.BytesIO(pdf.data), "3b")
            assert report.passed, report.summary()
        finally:
            db.close()
