"""The PDF preview: a real contract rendered, shown with QtPdf, saved, printed and handed to a reader."""

from __future__ import annotations

import errno
import os
import tempfile
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QUrl
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from koerskaart.storage.repository import Repository
from koerskaart.ui.record.pdf_preview import PdfPreview, print_document, safe_file_name
from tests.gui.app_support import SCREENSHOTS as SCREENSHOTS_DIR
from tests.gui.app_support import SIZE, screenshot
from tests.unit.record_support import ODD_TEXT, fill, new_contract, question_set, sign_all

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("propagateSizeHints")]


@pytest.fixture
def preview(qtbot, repo: Repository, popups) -> PdfPreview:
    contract_id = new_contract(repo, question_set(), title="Europaplein: veilig & levendig")
    fill(repo, contract_id)
    sign_all(repo, contract_id, question_set())
    window = PdfPreview(repo, contract_id, question_set())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.resize(*SIZE)
        window.show()
    return window


def test_the_preview_shows_every_page_of_the_real_pdf(qtbot, preview: PdfPreview) -> None:
    assert preview.document.status() == QPdfDocument.Status.Ready
    assert preview.rendered is not None
    pages = len(PdfReader(BytesIO(preview.rendered.data)).pages)
    assert pages >= 2 and preview.page_count() == pages
    assert preview.page_label.text() == f"Pagina 1 van {pages}"
    assert preview.save_action.isEnabled() and preview.print_action.isEnabled()
    text = "".join(page.extract_text() for page in PdfReader(BytesIO(preview.rendered.data)).pages)
    assert ODD_TEXT[:20] in text.replace("\n", " ")

    preview.zoom_in()
    bigger = preview.view.zoomFactor()
    preview.zoom_out()
    assert preview.view.zoomFactor() < bigger
    assert preview.zoom_label.text().endswith("%")
    preview.fit_width()
    assert preview.zoom_label.text() == "Paginabreedte"
    qtbot.waitUntil(lambda: preview.view.viewport().width() > 0)
    screenshot(preview, "record_pdf_preview")


def test_save_as_writes_the_shown_pdf(preview: PdfPreview, tmp_path: Path, popups) -> None:
    folder = tmp_path / "uit"
    folder.mkdir()
    popups.reply(str(folder / "contract"))  # no extension: .pdf is added
    saved = preview.save_as()
    assert saved == folder / "contract.pdf"
    assert saved.read_bytes() == preview.rendered.data
    assert str(saved) in preview.notice.text()
    assert [p.name for p in folder.iterdir()] == ["contract.pdf"]  # no temporary file left

    popups.reply(str(saved), 1)  # the file exists now: "Annuleren" keeps it as it is
    saved.write_bytes(b"oud")
    assert preview.save_as() is None and saved.read_bytes() == b"oud"


def test_save_as_into_a_read_only_folder_says_so_and_leaves_nothing(
    preview: PdfPreview, tmp_path: Path, popups, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "alleen-lezen"
    folder.mkdir()
    if os.geteuid() == 0:
        # root writes anywhere; make the file system answer as it does to an ordinary user.
        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o555)
    try:
        popups.reply(str(folder / "contract.pdf"))
        assert preview.save_as() is None
    finally:
        folder.chmod(0o755)
    file_message, problem = popups.messages
    assert file_message.kind == "file"
    assert problem.kind == "critical"
    assert "u mag in die map niet schrijven" in problem.text and "Kies een andere map" in problem.text
    assert list(folder.iterdir()) == []
    assert preview.rendered is not None  # the preview is still there to save elsewhere
    assert preview.save_action.isEnabled()


def test_printing_draws_every_page_on_the_printer(preview: PdfPreview, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "afdruk.pdf"))
    assert print_document(preview.document, printer) == preview.page_count()
    assert len(PdfReader(tmp_path / "afdruk.pdf").pages) == preview.page_count()

    printer.setOutputFileName(str(tmp_path / "pagina2.pdf"))
    assert print_document(preview.document, printer, 1, 1) == 1
    assert len(PdfReader(tmp_path / "pagina2.pdf").pages) == 1


def test_open_in_viewer_hands_a_temporary_copy_to_the_system(preview: PdfPreview, popups) -> None:
    opened: list[QUrl] = []
    preview.open_url = lambda url: opened.append(url) or True
    path = preview.open_in_viewer()
    assert path is not None and opened == [QUrl.fromLocalFile(str(path))]
    assert path.read_bytes() == preview.rendered.data
    assert path.name == "Contracteringsformat Europaplein- veilig & levendig versie 1.pdf"

    preview.open_url = lambda url: False  # no PDF reader installed
    assert preview.open_in_viewer() is None
    assert "Opslaan als" in popups.texts("warning")[0]


def test_file_names_lose_characters_a_file_system_refuses() -> None:
    assert safe_file_name('a/b\\c:d*e?f"g<h>i|j') == "a-b-c-d-e-f-g-h-i-j"
    assert safe_file_name("...") == "contracteringsformat"
    assert len(safe_file_name("x" * 500)) == 120


@pytest.mark.parametrize("zoom", [0, 2], ids=["zoom0", "zoom+2"])
def test_the_preview_fits_a_shared_screen_with_every_action_visible(
    qtbot, repo: Repository, popups, tmp_path: Path, zoom: int
) -> None:
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QApplication, QToolButton

    from koerskaart.ui.presentation import apply_presentation
    from koerskaart.ui.settings import UiSettings

    settings = UiSettings(tmp_path / "ui.ini")
    settings.presentation = True
    settings.zoom = zoom
    contract_id = new_contract(repo, question_set(), title="Europaplein: veilig & levendig")
    fill(repo, contract_id)
    window = PdfPreview(repo, contract_id, question_set())
    qtbot.addWidget(window)
    apply_presentation(window, settings)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.show()
    window.fit_to_screen()
    assert window.width() <= 1280 and window.height() <= 680  # 720 with a title bar
    window.resize(QSize(1280, 680))  # the shared screen
    QApplication.processEvents()
    window.grab().save(str(SCREENSHOTS_DIR / f"pdf_preview_presentation_zoom{zoom}.png"))
    for bar in (window.toolbar, window.page_toolbar):
        for action in bar.actions():
            if action.isSeparator():
                continue
            button = bar.widgetForAction(action)
            assert isinstance(button, QToolButton) and button.isVisible(), action.text()
            assert bar.rect().contains(button.geometry()), action.text()
    window.close()


def preview_is_genuine(window: PdfPreview) -> bool:
    return not window.changed_banner.isVisible()


def test_the_banner_is_hidden_for_an_intact_record(preview: PdfPreview) -> None:
    assert preview_is_genuine(preview) and not preview.rendered.changed


def test_a_record_changed_after_signing_is_shown_saved_and_printed_only_as_not_valid(
    qtbot, repo: Repository, popups, tmp_path: Path
) -> None:
    import sqlite3
    from contextlib import closing

    contract_id = new_contract(repo, question_set(), title="Europaplein")
    fill(repo, contract_id)
    sign_all(repo, contract_id, question_set())
    path = Path(repo.db.engine.url.database)
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("DROP TRIGGER lock_answer_update")
        conn.execute("UPDATE answer SET value = '\"vervalst\"' WHERE contract_id = ?", (contract_id,))
    window = PdfPreview(repo, contract_id, question_set())
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        window.resize(*SIZE)
        window.show()
    assert window.changed and window.rendered is not None and window.rendered.changed
    assert not preview_is_genuine(window)
    banner = window.changed_banner
    assert "GEWIJZIGD NA ONDERTEKENING" in banner.text() and banner.isVisible()
    assert not window.seal_action.isEnabled()  # a changed record is never sealed
    pages = PdfReader(BytesIO(window.rendered.data)).pages
    assert all("GEWIJZIGD NA ONDERTEKENING" in page.extract_text() for page in pages)
    qtbot.waitUntil(lambda: window.view.viewport().width() > 0)
    screenshot(window, "record_pdf_preview_changed")
    popups.reply(str(tmp_path / "gewijzigd.pdf"))
    saved = window.save_as()
    assert saved is not None and saved.read_bytes() == window.rendered.data  # the same marked PDF
    assert banner.isVisible()


def test_the_zaaknummer_is_set_from_the_preview_and_printed_on_the_record(
    qtbot, preview: PdfPreview, repo: Repository, popups
) -> None:
    popups.reply("Z/2026-00123 & co")
    with qtbot.waitSignal(preview.loaded, timeout=10_000):
        assert preview.set_zaaknummer()
    assert repo.get_opgave(preview.opgave_id).zaaknummer == "Z/2026-00123 & co"
    text = PdfReader(BytesIO(preview.rendered.data)).pages[0].extract_text()
    assert "Zaaknummer" in text and "Z/2026-00123 & co" in text
    assert not preview.rendered.changed  # archive metadata, not signed content
    popups.reply("x" * 61)
    assert not preview.set_zaaknummer()
    assert "hoogstens 60 tekens" in popups.texts()[-1]


def test_the_signed_record_is_saved_with_the_municipality_seal(
    preview: PdfPreview, tmp_path: Path, popups
) -> None:
    from koerskaart.record.seal import check_seal, load_trust_roots
    from tests.unit.record.test_archive import _make_ca_and_p12

    p12, ca_pem, _other = _make_ca_and_p12(tmp_path, "zegel-wachtwoord")
    assert preview.seal_action.isEnabled()
    popups.reply(str(p12), "fout wachtwoord")
    assert preview.save_sealed() is None
    assert "wachtwoord klopt niet" in popups.texts()[-1]
    popups.reply(str(p12), "zegel-wachtwoord", str(tmp_path / "verzegeld"))
    saved = preview.save_sealed()
    assert saved == tmp_path / "verzegeld.pdf"
    check = check_seal(saved.read_bytes(), load_trust_roots(ca_pem))
    assert check.sound and check.trusted
    assert saved.read_bytes().startswith(preview.rendered.data[:1000])  # the shown PDF, sealed
