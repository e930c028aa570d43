"""The ORM-free start list: the same rows as the repository, and hands off whatever it cannot read."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from koerskaart.errors import NotAKoerskaartDatabase
from koerskaart.storage.models import Domain, Opgave, Participant, Role
from koerskaart.storage.quick_read import read_start_list
from koerskaart.storage.repository import Repository
from koerskaart.storage.setting_keys import MUNICIPALITY_LOGO, MUNICIPALITY_NAME
from tests.unit.record_support import new_contract, question_set

OLD_FILE = Path(__file__).parent.parent / "data" / "koerskaart-0001_initial.sqlite"


def test_the_list_equals_the_repositorys(repo: Repository, db_path: Path):
    qs = question_set()
    first = new_contract(repo, qs, "Zoëlaan: ontmoeten & bewegen")
    repo.save_row(Participant(contract_id=first, role=Role.TASK_LEADER, name="Tweede", position=2))
    repo.save_row(Participant(contract_id=first, role=Role.TASK_LEADER, name="Anouk Bakker", position=1))
    repo.save_row(Participant(contract_id=first, role=Role.ALDERMAN, name="Wethouder", position=0))
    second = repo.get_contract(new_contract(repo, qs, "Energie"))
    repo.create_contract(
        second.opgave_id,
        question_set_id=qs.id,
        question_set_version=qs.version,
        question_set_sha256=qs.sha256,
        question_set_text=qs.text,
        reason="Nieuwe wethouder",
    )
    with repo.db.session() as s:
        domain = Domain(name="Sociaal")
        s.add(domain)
        s.flush()
        zoe = s.get(Opgave, repo.get_contract(first).opgave_id)
        zoe.domain_id = domain.id
    plain = repo.create_opgave("Armoede <en> schulden")
    removed = repo.create_opgave("Weg")
    repo.remove_opgave(removed.id or 0)
    repo.set_setting(MUNICIPALITY_NAME, "Gemeente Duinwijk")
    repo.set_setting(MUNICIPALITY_LOGO, "", b"\x89PNG logo")

    quick = read_start_list(db_path)
    assert quick is not None
    assert quick.opgaven == repo.list_opgaven()
    titles = [o.title for o in quick.opgaven]
    assert titles == ["Armoede <en> schulden", "Energie", "Zoëlaan: ontmoeten & bewegen"]
    armoede, energie, zoe = quick.opgaven
    assert (armoede.id, armoede.latest_version, armoede.task_leader) == (plain.id, None, "")
    assert (energie.latest_version, energie.task_leader) == (2, "")
    assert (zoe.latest_version, zoe.task_leader, zoe.domain) == (1, "Anouk Bakker", "Sociaal")
    assert (quick.municipality, quick.logo) == ("Gemeente Duinwijk", b"\x89PNG logo")


def test_a_new_file_is_left_to_the_full_way_and_not_created(tmp_path: Path):
    path = tmp_path / "nieuw.sqlite"
    assert read_start_list(path) is None
    assert not path.exists()


def test_an_old_file_is_left_to_the_migration_untouched(tmp_path: Path):
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert read_start_list(path) is None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_file_of_another_program_is_refused_as_by_the_database(tmp_path: Path):
    path = tmp_path / "boodschappen.sqlite"
    path.write_text("melk, brood\n", encoding="utf-8")
    with pytest.raises(NotAKoerskaartDatabase, match="geen Koerskaart-database"):
        read_start_list(path)


def test_the_domain_column_shows_the_domains_ticked_in_the_conversation(repo: Repository, db_path: Path):
    qs = question_set()
    ticked = new_contract(repo, qs, "Ticked")
    repo.save_answer(ticked, "opgave_domains", ["fysiek", "sociaal", "eigen domein"])
    new_contract(repo, qs, "Nothing ticked")
    broken = new_contract(repo, qs, "Odd answer")
    repo.save_answer(broken, "opgave_domains", {"niet": "een lijst"})
    with repo.db.session() as s:
        domain = Domain(name="Sociaal")
        s.add(domain)
        s.flush()
        opgave = s.get(Opgave, repo.get_contract(ticked).opgave_id)
        opgave.domain_id = domain.id
        s.add(opgave)
    expected = {"Ticked": "Sociaal, Fysiek, eigen domein", "Nothing ticked": "", "Odd answer": ""}
    assert {o.title: o.domain for o in repo.list_opgaven()} == expected
    start = read_start_list(db_path)
    assert start is not None and {o.title: o.domain for o in start.opgaven} == expected
