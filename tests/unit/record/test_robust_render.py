"""The PDF never raises a layout error: whatever the data layer accepts renders.

One contract with every field at the longest the repository allows (``storage/limits.py``: a
100-character name in the triangle, table cells longer than a page, an answer nested as deep as
allowed), and a property test: any contract the repository accepts renders to a PDF without an
exception (what the repository refuses is left out).
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
from sqlmodel import SQLModel

from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.render import render_record
from koerskaart.storage import limits
from koerskaart.storage.database import Database
from koerskaart.storage.limits import LimitExceeded
from koerskaart.storage.models import Activity, CapacityRequest, Participant, Partner, TimelineEvent
from koerskaart.storage.repository import Repository
from tests.unit.test_pdf_support import build_contract, page_texts

LONG = ("Langenaam" * 200)[:1600]
WORDS = " ".join(f"woord{i}" for i in range(800))


def _at_most(text: str, table: str, field: str) -> str:
    """``text`` cut to the longest ``table.field`` may be."""
    maximum = limits.text_limit(table, field)
    assert maximum is not None
    return text[:maximum]


def _nested(depth: int) -> object:
    value: object = "diep"
    for _ in range(depth):
        value = [value]
    return value


def test_a_contract_with_every_field_at_an_extreme_length_renders(repo: Repository) -> None:
    deep = limits.MAX_DEPTH - 1  # the string inside is the last level
    built = build_contract(
        repo,
        signed=False,
        extra_answers={"open_points": _nested(deep), "opgave_what": {"value": _nested(deep - 1)}},
    )
    cid = built.contract_id

    def cut(table: str, **fields: str) -> dict[str, str]:
        return {name: _at_most(text, table, name) for name, text in fields.items()}

    repo.save_row(
        Participant(
            contract_id=cid, role="bestuurlijk_opdrachtgever", **cut("participant", name=LONG, function=LONG)
        )
    )
    repo.save_row(
        Participant(
            contract_id=cid,
            role="teamleider",
            **cut("participant", name=LONG, function=WORDS, organisation=LONG),
        )
    )
    repo.save_row(
        Activity(
            contract_id=cid, approach="project", **cut("activity", name=LONG, reason=WORDS * 3, owner=LONG)
        )
    )
    repo.save_row(
        Partner(
            contract_id=cid,
            holds_regie=True,
            **cut("partner", organisation=LONG, contact=WORDS, binding=LONG, regie_scope=LONG),
        )
    )
    repo.save_row(
        CapacityRequest(
            contract_id=cid,
            amount=limits.MAX_FTE,
            **cut("capacityrequest", team_name=LONG, skills=WORDS, period=LONG),
        )
    )
    repo.save_row(TimelineEvent(contract_id=cid, **cut("timelineevent", title=LONG, description=WORDS * 3)))
    pdf = render_record(load_record(repo, cid), DocumentSettings(municipality_name=LONG))
    texts = page_texts(pdf.data)
    assert pdf.pages == len(texts) > 5
    joined = "".join("".join(t.split()) for t in texts)
    assert _at_most(LONG, "participant", "name") in joined  # printed in full, not cut off
    assert pdfa.validate_written(io.BytesIO(pdf.data), "3b").passed


def _accepted(repo: Repository, row: SQLModel) -> None:
    """Store a generated row unless the repository refuses it as beyond its limits."""
    try:
        repo.save_row(row)
    except LimitExceeded:
        pass


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
            answers = {
                key: value
                for key, value in contract["answers"].items()
                if limits.answer_problem(key, value) is None
            }
            built = build_contract(repo, signed=False, extra_answers=answers)
            cid = built.contract_id
            for role, name, function, organisation in contract["people"]:
                _accepted(
                    repo,
                    Participant(
                        contract_id=cid, role=role, name=name, function=function, organisation=organisation
                    ),
                )
            for name, reason, owner, start in contract["activities"]:
                _accepted(repo, Activity(contract_id=cid, name=name, reason=reason, owner=owner, start=start))
            for organisation, contact, regie, scope in contract["partners"]:
                _accepted(
                    repo,
                    Partner(
                        contract_id=cid,
                        organisation=organisation,
                        contact=contact,
                        holds_regie=regie,
                        regie_scope=scope,
                    ),
                )
            for team, amount, period, skills in contract["capacity"]:
                _accepted(
                    repo,
                    CapacityRequest(
                        contract_id=cid, team_name=team, amount=amount, period=period, skills=skills
                    ),
                )
            for when, title, description, mood in contract["timeline"]:
                _accepted(
                    repo,
                    TimelineEvent(
                        contract_id=cid, event_date=when, title=title, description=description, mood=mood
                    ),
                )
            pdf = render_record(load_record(repo, cid), DocumentSettings(municipality_name="Gemeente Test"))
            assert pdf.data.startswith(b"%PDF") and pdf.pages >= 3
            report = pdfa.validate_written(io.BytesIO(pdf.data), "3b")
            assert report.passed, report.summary()
        finally:
            db.close()
