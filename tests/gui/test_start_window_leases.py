"""The start window says who has a conversation open, and warns before a second person opens it."""

from __future__ import annotations

import pytest

from koerskaart.storage.leases import Leases
from koerskaart.ui.opgave_table_model import Column
from tests.gui.app_support import fill, screenshot

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")]


def status_of(window, opgave_id: int) -> str:
    row = window.start.model.row_of(opgave_id)
    return window.start.model.index(row, Column.STATUS).data()


def test_another_persons_open_conversation_is_shown_and_warned_about(
    qtbot, main_window, repo, db_path, popups
):
    ids = fill(repo)
    opgave_id = ids["Veilige en leefbare buurt Europaplein"]
    from koerskaart.conversation.opening import contract_to_open
    from tests.gui.app_support import question_set

    contract_id, _qs = contract_to_open(repo, opgave_id, question_set())
    Leases(repo.db).take(contract_id, "A. de Vries", "ander-venster")  # another computer
    main_window.settings.user_name = "Bram Jansen"
    main_window.open_database(db_path)
    assert "geopend door A. de Vries sinds" in status_of(main_window, opgave_id)
    screenshot(main_window, "start-window-open-by")

    popups.reply(1)  # "Annuleren"
    main_window.open_opgave(opgave_id)
    assert contract_id not in main_window.conversations
    assert "nu ook geopend door A. de Vries" in popups.messages[-1].text

    popups.reply(0)  # "Toch openen"
    with qtbot.waitSignal(main_window.conversationOpened):
        main_window.open_opgave(opgave_id)
    holders = sorted(lease.holder for lease in Leases(repo.db).active())
    assert holders == ["A. de Vries", "Bram Jansen"]

    main_window.conversations[contract_id].close()
    assert [lease.holder for lease in Leases(repo.db).active()] == ["A. de Vries"]
    # Audit events carry the user's name from the settings (the login name when it is empty).
    main_window.repo.save_answer(contract_id, "opgave_what", "Veilig ‘thuis’ & <buurt>")
    assert repo.audit_events(contract_id=contract_id)[-1].actor == "Bram Jansen"


def test_the_title_bar_names_the_server_database_without_password(qtbot, main_window, pg_url, popups):
    url = pg_url.replace("@", ":geheim@", 1)  # the test server trusts every local user: ignored
    main_window.open_database(url)
    assert main_window.repo is not None and main_window.repo.db.on_server
    name = pg_url.rsplit("/", 1)[1]
    assert main_window.windowTitle() == f"Koerskaart – {name} op server 127.0.0.1"
    assert main_window.settings.last_database == pg_url  # remembered without the password
    main_window.repo.db.close()


def test_a_server_database_is_chosen_by_its_address_and_a_wrong_one_is_refused(
    qtbot, main_window, db_path, pg_url, popups
):
    main_window.open_database(db_path)
    popups.reply("mysql://jan@db/kk", 1)  # the address, then "Annuleren" on the refusal
    main_window.ui.actionOpenServer.trigger()
    assert "kent het adres mysql://jan@db/kk niet" in popups.messages[1].text
    assert main_window.repo.db.path == db_path  # the open file stays in use
    popups.reply(pg_url)
    main_window.ui.actionOpenServer.trigger()
    assert main_window.repo.db.on_server and main_window.repo.db.label == pg_url
    main_window.repo.db.close()


def test_the_window_asks_for_the_password_and_never_stores_it(
    qtbot, main_window, pg_server, popups, monkeypatch
):
    monkeypatch.delenv("PGPASSWORD", raising=False)
    role = pg_server.password_role("Zoë-€-geheim")
    pg_server.admin(f"CREATE DATABASE kk_venster_wachtwoord OWNER {role}")
    url = f"postgresql://{role}@127.0.0.1:{pg_server.port}/kk_venster_wachtwoord"
    popups.reply("fout", "Zoë-€-geheim")
    main_window.open_database(url)
    asked = [m for m in popups.messages if m.title == "Wachtwoord"]
    assert len(asked) == 2 and "wachtwoord nodig" in asked[0].text and "klopt niet" in asked[1].text
    assert main_window.repo is not None and main_window.repo.db.on_server
    assert main_window.settings.last_database == url
    main_window.settings.sync()
    assert "geheim" not in main_window.settings.path.read_text(encoding="utf-8")
    main_window.repo.db.close()
