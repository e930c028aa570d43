"""The fingerprint: canonical, stable across reloads, blind to ids and bookkeeping, sensitive to content."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

import pytest

from koerskaart.conversation.snapshot import CapacityLine, load_snapshot
from koerskaart.record.fingerprint import canonical_content, compute_fingerprint, short_fingerprint
from koerskaart.storage.database import Database
from koerskaart.storage.models import (
    CapacityConfirmation,
    CapacityRequest,
    FacilitatorNote,
    Participant,
    TimelineEvent,
)
from koerskaart.storage.repository import Repository
from tests.unit.record_support import FIXED_NOW, ODD_TEXT, fill, new_contract, question_set


@pytest.fixture
def fixed_repo(database: Database) -> Repository:
    return Repository(database, clock=lambda: FIXED_NOW, actor="test")


def test_fingerprint_is_stable_across_a_reload_of_the_file(fixed_repo: Repository, db_path) -> None:
    qs = question_set()
    contract_id = new_contract(fixed_repo, qs)
    fill(fixed_repo, contract_id)
    first = compute_fingerprint(load_snapshot(fixed_repo, contract_id))
    assert len(first) == 64 and int(first, 16) >= 0

    fixed_repo.db.close()
    reopened = Repository(Database.open(db_path))
    try:
        assert compute_fingerprint(load_snapshot(reopened, contract_id)) == first
    finally:
        reopened.db.close()


def test_same_content_with_other_ids_and_write_order_gives_the_same_fingerprint(
    fixed_repo: Repository,
) -> None:
    qs = question_set()
    first = new_contract(fixed_repo, qs)
    fill(fixed_repo, first)
    second = new_contract(fixed_repo, qs)
    # Rows created and removed first push every id of the second contract further along.
    for _ in range(3):
        row, _rev = fixed_repo.save_row(TimelineEvent(contract_id=second, title="weg"))
        fixed_repo.delete_row(TimelineEvent, row.id or 0)
    fill(fixed_repo, second, reverse=True)

    one, two = load_snapshot(fixed_repo, first), load_snapshot(fixed_repo, second)
    assert {p.id for p in one.participants}.isdisjoint({p.id for p in two.participants})
    assert canonical_content(one) == canonical_content(two)
    assert compute_fingerprint(one) == compute_fingerprint(two)


def test_bookkeeping_and_facilitator_notes_do_not_change_the_fingerprint(fixed_repo: Repository) -> None:
    qs = question_set()
    contract_id = new_contract(fixed_repo, qs)
    fill(fixed_repo, contract_id)
    before = compute_fingerprint(load_snapshot(fixed_repo, contract_id))
    fixed_repo.set_current_step(contract_id, "aanpak")
    fixed_repo.save_note(FacilitatorNote(contract_id=contract_id, text="Geheim: wethouder twijfelt"))
    fixed_repo.set_contract_status(contract_id, "in_gesprek")
    after = load_snapshot(fixed_repo, contract_id)
    assert after.contract.revision > 0
    assert compute_fingerprint(after) == before
    assert b"Geheim" not in canonical_content(after)


@pytest.mark.parametrize(
    "change",
    [
        lambda r, c: r.save_answer(c, "opgave_what", ODD_TEXT + "."),
        lambda r, c: r.save_answer(c, "opgave_what", ODD_TEXT, role="BO"),
        lambda r, c: r.save_row(Participant(contract_id=c, name="Nieuw", role="overig")),
        lambda r, c: r.reorder_rows(Participant, c, [p.id for p in reversed(r.rows(c, Participant))]),
        lambda r, c: r.confirm_capacity(
            r.rows(c, CapacityRequest)[0].id, status="bevestigd", confirmed_amount=1.5, confirmed_by="Dana"
        ),
        lambda r, c: r.update_opgave(r.get_contract(c).opgave_id, title="Andere titel"),
    ],
    ids=["answer", "answer-role", "row-added", "row-order", "confirmation", "opgave-title"],
)
def test_every_change_of_content_changes_the_fingerprint(fixed_repo: Repository, change) -> None:
    qs = question_set()
    contract_id = new_contract(fixed_repo, qs)
    fill(fixed_repo, contract_id)
    before = compute_fingerprint(load_snapshot(fixed_repo, contract_id))
    change(fixed_repo, contract_id)
    assert compute_fingerprint(load_snapshot(fixed_repo, contract_id)) != before


def test_canonical_content_is_compact_sorted_utf8_json_without_ids(fixed_repo: Repository) -> None:
    qs = question_set()
    contract_id = new_contract(fixed_repo, qs)
    fill(fixed_repo, contract_id)
    content = canonical_content(load_snapshot(fixed_repo, contract_id))
    text = content.decode("utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    assert "café ë € 🚲" in text  # real UTF-8, not \u escapes
    assert data["question_set"] == {"id": qs.id, "version": qs.version, "sha256": qs.sha256}
    assert data["answers"]["opgave_what"] == {"value": ODD_TEXT, "role": "ON"}
    assert [p["name"] for p in data["participants"]][:3] == [
        "Wethouder Anna de Vries-Öztürk",
        "Bram Jansen",
        "Chris O'Neill",
    ]
    history = data["capacity"][0]["confirmations"]
    assert history == [
        {
            "status": "deels",
            "amount": 1.0,
            "remark": "",
            "by": "Dana Bakker",
            "at": "2026-11-28T10:00:00.000000+00:00",
        }
    ]
    assert "revision" not in text and "current_step" not in text and "_id" not in text
    assert not _integer_ids(data)


def _integer_ids(node: object) -> list[object]:
    """Every integer stored under a key "id" anywhere in the data (database ids)."""
    if isinstance(node, dict):
        found = [v for k, v in node.items() if k == "id" and isinstance(v, int)]
        return found + [i for v in node.values() for i in _integer_ids(v)]
    if isinstance(node, list):
        return [i for v in node for i in _integer_ids(v)]
    return []


def test_moments_are_normalised_to_utc(fixed_repo: Repository) -> None:
    qs = question_set()
    contract_id = new_contract(fixed_repo, qs)
    fill(fixed_repo, contract_id)
    snapshot = load_snapshot(fixed_repo, contract_id)
    line = snapshot.capacity[0]
    confirmation = line.history[0]

    def with_moment(moment: datetime):
        moved = CapacityConfirmation.model_validate(confirmation.model_dump() | {"confirmed_at": moment})
        return snapshot.__class__(
            **{**snapshot.__dict__, "capacity": (CapacityLine(line.request, (moved,)),)}
        )

    amsterdam = timezone(timedelta(hours=1))
    utc = with_moment(datetime(2026, 11, 28, 10, 0, tzinfo=UTC))
    local = with_moment(datetime(2026, 11, 28, 11, 0, tzinfo=amsterdam))
    naive = with_moment(datetime(2026, 11, 28, 10, 0))
    assert compute_fingerprint(utc) == compute_fingerprint(local) == compute_fingerprint(naive)
    assert compute_fingerprint(utc) == compute_fingerprint(snapshot)


def test_short_fingerprint_groups_the_first_twelve_characters() -> None:
    assert short_fingerprint("3f9a0c127be4" + "0" * 52) == "3f9a 0c12 7be4"
    assert short_fingerprint("abcdef", length=4) == "abcd"
