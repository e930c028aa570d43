"""The record as an archive accepts it and nobody can forge it: PDF/A-3b with its content
embedded, tamper never printed as genuine, verify-pdf, reproducible bytes, Amsterdam times,
the version chain, the seal, the QR code and every script."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pikepdf
import pytest
from pikepdf import pdfa
from pypdf import PdfReader

from koerskaart.cli import main
from koerskaart.demo import load_demo
from koerskaart.paths import DEFAULT_QUESTION_SET
from koerskaart.questions.loader import load_question_set
from koerskaart.record.facts import load_record
from koerskaart.record.pdf import DocumentSettings
from koerskaart.record.pdf.archive import ATTACHMENT_NAME
from koerskaart.record.pdf.render import CHANGED_MARK, RecordChanged, render_record
from koerskaart.record.signing import sign
from koerskaart.record.verification_text import parse_verification_text
from koerskaart.record.verify import verify
from koerskaart.storage.database import Database
from koerskaart.storage.repository import Repository

OLD_FILE = Path(__file__).parent.parent.parent / "data" / "koerskaart-0001_initial.sqlite"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    db = Database.open(path)
    try:
        load_demo(Repository(db, actor="demo"), load_question_set(DEFAULT_QUESTION_SET))
    finally:
        db.close()
    return path


@pytest.fixture
def demo_path(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    return path


def _europaplein(path: Path) -> tuple[int, int]:
    with closing(sqlite3.connect(path)) as conn:
        row = conn.execute(
            "SELECT o.id, c.id FROM opgave o JOIN contract c ON c.opgave_id = o.id "
            "WHERE o.title LIKE '%Europaplein%' ORDER BY c.version DESC"
        ).fetchone()
    return row[0], row[1]


def _cli(*args: str) -> int:
    return main([str(a) for a in args])


def _raw(path: Path, *statements: str) -> None:
    """A change behind the app's back: drop the lock triggers, write, as an attacker would."""
    with closing(sqlite3.connect(path)) as conn, conn:
        for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
            conn.execute(f"DROP TRIGGER {name}")
        for statement in statements:
            conn.execute(statement)


def _pages_text(path: Path) -> list[str]:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return out.stdout.split("\f")[:-1]


def test_every_export_is_pdfa_3b_with_its_content_embedded(demo_path: Path, tmp_path: Path) -> None:
    opgave_id, contract_id = _europaplein(demo_path)
    out = tmp_path / "e.pdf"
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", out) == 0
    report = pdfa.validate_written(out, "3b")
    assert report.passed, report.summary()
    assert subprocess.run(["qpdf", "--check", str(out)], capture_output=True).returncode == 0
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), fonts
    with pikepdf.open(out) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "3" and meta["pdfaid:conformance"] == "B"
        assert pdf.Root.OutputIntents[0].S == "/GTS_PDFA1"
        assert all("/Trans" not in page.obj for page in pdf.pages)
        spec = pdf.attachments[ATTACHMENT_NAME]
        assert spec.obj.AFRelationship == "/Data" and pdf.Root.AF[0].objgen == spec.obj.objgen
        content = spec.get_file().read_bytes()
        info = pdf.trailer.Info
        assert str(info.KoerskaartFingerprint) == hashlib.sha256(content).hexdigest()
        assert str(info.KoerskaartStatus) == "Getekend" and str(info.KoerskaartFingerprintScheme) == "2"
        assert str(info.KoerskaartMunicipality) == "Gemeente Duinwijk"
    db = Database.open(demo_path)
    try:
        stored = load_record(Repository(db), contract_id).stored_fingerprint
    finally:
        db.close()
    assert hashlib.sha256(content).hexdigest() == stored
    form = json.loads(content)
    assert form["format"] == "koerskaart-vingerafdruk/2" and form["municipality"] == "Gemeente Duinwijk"
    outline = [item.title for item in PdfReader(out).outline if not isinstance(item, list)]
    assert outline[0].startswith("1. ") and "Openstaande vragen" in outline and outline[-1] == "Ondertekening"


def test_two_exports_give_the_same_bytes_whatever_the_computer_zone(demo_path: Path, tmp_path: Path) -> None:
    opgave_id, _ = _europaplein(demo_path)
    outputs = []
    for zone in ("UTC", "America/New_York"):
        target = tmp_path / f"{zone.replace('/', '-')}.pdf"
        env = {**os.environ, "TZ": zone}
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "koerskaart",
                "--db",
                str(demo_path),
                "export-pdf",
                str(opgave_id),
                "--out",
                str(target),
            ],
            capture_output=True,
            text=True,
            env=env,
        )
        assert result.returncode == 0, result.stderr
        outputs.append(target.read_bytes())
    assert outputs[0] == outputs[1]
    text = _pages_text(tmp_path / "UTC.pdf")[0]
    assert "14 maart 2025 17:00 CET" in text  # the demo locks at 16:00 UTC


def test_a_changed_record_is_refused_or_marked_on_every_page(demo_path: Path, tmp_path: Path, capsys) -> None:
    opgave_id, contract_id = _europaplein(demo_path)
    genuine = tmp_path / "echt.pdf"
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", genuine) == 0
    _raw(demo_path, f"UPDATE capacityrequest SET amount = amount + 1 WHERE contract_id = {contract_id}")
    capsys.readouterr()
    target = tmp_path / "vals.pdf"
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", target) == 1
    assert "na het ondertekenen gewijzigd" in capsys.readouterr().err and not target.exists()
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", target, "--force") == 0
    pages = _pages_text(target)
    assert pages and all("GEWIJZIGD NA ONDERTEKENING" in page for page in pages)
    with pikepdf.open(target) as pdf:
        assert str(pdf.trailer.Info.KoerskaartWarning) == CHANGED_MARK
        assert CHANGED_MARK in str(pdf.trailer.Info.Title)
    assert _cli("verify-pdf", target) == 1
    assert _cli("verify-pdf", genuine) == 0  # the archived copy itself still holds what was signed
    assert _cli("verify-pdf", genuine, "--db", demo_path) == 1

    # Whoever also recomputes the stored fingerprint fools `verify`, not the archived PDF.
    db = Database.open(demo_path)
    try:
        forged = load_record(Repository(db), contract_id).computed_fingerprint
    finally:
        db.close()
    _raw(demo_path, f"UPDATE contract SET fingerprint = '{forged}' WHERE id = {contract_id}")
    assert _cli("verify", opgave_id, "--db", demo_path) == 0
    assert _cli("verify-pdf", genuine, "--db", demo_path) == 1
    assert _cli("verify-pdf", tmp_path / "nergens.pdf") == 2
    (tmp_path / "ander.pdf").write_bytes(b"%PDF-1.4 geen record")
    assert _cli("verify-pdf", tmp_path / "ander.pdf") == 2


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE contract SET opgave_description = 'Een andere omschrijving' WHERE id = {c}",
        "UPDATE contract SET municipality_name = 'Gemeente Elders' WHERE id = {c}",
        "UPDATE contract SET locked_at = '2025-03-01 09:00:00.000000' WHERE id = {c}",
        "UPDATE signature SET drawing = '[[[0.1,0.1],[0.9,0.9]]]' WHERE contract_id = {c} AND drawing != ''",
        "UPDATE opgave SET title = 'Andere titel' WHERE id = (SELECT opgave_id FROM contract WHERE id = {c})",
    ],
)
def test_what_the_record_shows_is_in_the_fingerprint(demo_path: Path, statement: str) -> None:
    _opgave, contract_id = _europaplein(demo_path)
    _raw(demo_path, statement.format(c=contract_id))
    db = Database.open(demo_path)
    try:
        record = load_record(Repository(db), contract_id)
        assert record.changed and not verify(Repository(db), contract_id).intact
        with pytest.raises(RecordChanged):
            render_record(record, DocumentSettings())
    finally:
        db.close()


@pytest.mark.parametrize("field", ["fingerprint_scheme", "municipality_name", "opgave_description"])
def test_the_recorded_fields_are_locked_like_the_rest(demo_path: Path, field: str) -> None:
    from koerskaart.errors import ContractLocked
    from koerskaart.storage.models import Contract

    _opgave, contract_id = _europaplein(demo_path)
    db = Database.open(demo_path)
    try:
        with pytest.raises(ContractLocked):
            with db.session() as s:
                contract = s.get(Contract, contract_id)
                setattr(contract, field, 1 if field == "fingerprint_scheme" else "anders")
                s.add(contract)
    finally:
        db.close()


def test_facilitator_only_answers_are_not_in_the_fingerprint(demo_path: Path) -> None:
    _opgave, contract_id = _europaplein(demo_path)
    db = Database.open(demo_path)
    try:
        record = load_record(Repository(db), contract_id)
        private = [q.key for q in record.question_set.questions() if q.facilitator_only]
    finally:
        db.close()
    assert private
    keys = ", ".join(f"'{k}'" for k in private)
    _raw(
        demo_path,
        f"UPDATE answer SET value = '\"anders\"' WHERE contract_id = {contract_id} "
        f"AND question_key IN ({keys})",
    )
    db = Database.open(demo_path)
    try:
        assert verify(Repository(db), contract_id).intact
    finally:
        db.close()


def test_a_version_signed_under_scheme_1_keeps_verifying_after_the_upgrade(tmp_path: Path) -> None:
    from koerskaart.conversation.snapshot import load_snapshot
    from koerskaart.record.fingerprint import compute_fingerprint

    reference = tmp_path / "ref.sqlite"
    shutil.copy(OLD_FILE, reference)
    db = Database.open(reference)
    try:
        old_fingerprint = compute_fingerprint(load_snapshot(Repository(db), 1), scheme=1)
    finally:
        db.close()
    path = tmp_path / "oud.sqlite"
    shutil.copy(OLD_FILE, path)
    with closing(sqlite3.connect(path)) as conn, conn:  # signed at schema 0001, under scheme 1
        conn.execute(
            "UPDATE contract SET locked_at = '2026-11-28 13:05:00.000000', fingerprint = ? WHERE id = 1",
            (old_fingerprint,),
        )
    db = Database.open(path)
    try:
        repo = Repository(db)
        result = verify(repo, 1)
        assert result.signed and result.intact and result.scheme == 1
        pdf = render_record(load_record(repo, 1), DocumentSettings())
        assert not pdf.changed
    finally:
        db.close()


def test_the_qr_code_decodes_to_the_verification_text(demo_path: Path, tmp_path: Path) -> None:
    if shutil.which("zbarimg") is None:
        pytest.skip("zbarimg (Debian zbar-tools, installed by .ci/bootstrap) is missing: QR not decoded")
    opgave_id, contract_id = _europaplein(demo_path)
    out = tmp_path / "e.pdf"
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", out) == 0
    pages = len(PdfReader(out).pages)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", str(pages), "-l", str(pages), str(out), str(tmp_path / "p")],
        check=True,
    )
    image = next(tmp_path.glob("p*.png"))
    decoded = subprocess.run(
        ["zbarimg", "-q", "--raw", str(image)], capture_output=True, text=True, check=True
    )
    fields = parse_verification_text(decoded.stdout.strip())
    db = Database.open(demo_path)
    try:
        result = verify(Repository(db), contract_id)
    finally:
        db.close()
    assert fields == {"g": "Gemeente Duinwijk", "o": str(opgave_id), "v": "1", "sha256": result.stored}


def test_a_replaced_version_says_so_and_the_new_one_names_its_predecessor(demo_path: Path) -> None:
    db = Database.open(demo_path)
    try:
        repo = Repository(db)
        qs = load_question_set(DEFAULT_QUESTION_SET)
        with closing(sqlite3.connect(demo_path)) as conn:
            old_id, new_id = conn.execute(
                "SELECT based_on_id, id FROM contract "
                "WHERE based_on_id IS NOT NULL AND locked_at IS NULL LIMIT 1"
            ).fetchone()
        new_record = load_record(repo, new_id)
        for line in new_record.snapshot.capacity:
            repo.confirm_capacity(
                line.request.id or 0,
                status="bevestigd",
                confirmed_amount=line.request.amount,
                confirmed_by="T. Leider",
            )
        for role, name in (
            ("bestuurlijk_opdrachtgever", "A. Wethouder"),
            ("ambtelijk_opdrachtgever", "B. Directeur"),
            ("opdrachtnemer", "C. Leider"),
        ):
            sign(repo, new_id, new_record.question_set, role=role, name=name, signed_on=date(2026, 12, 1))
        del qs
        old = load_record(repo, old_id)
        new = load_record(repo, new_id)
        assert new.intact and old.intact
        assert (
            json.loads(new.canonical_bytes)["contract"]["predecessor_fingerprint"] == old.stored_fingerprint
        )
        old_text = _text_of(render_record(old, DocumentSettings()).data)
        new_text = _text_of(render_record(new, DocumentSettings()).data)
    finally:
        db.close()
    assert f"Vervangen door versie {new.snapshot.contract.version} op" in old_text
    assert old.stored_fingerprint in new_text.replace("\n", "")

    # The chain survives export → import: scheme 2 needs the predecessor's fingerprint.
    exported = demo_path.parent / "opgave.json"
    assert _cli("export-json", new.snapshot.opgave.id, "--db", demo_path, "--out", exported) == 0
    fresh = demo_path.parent / "nieuw.sqlite"
    assert _cli("import-json", exported, "--db", fresh) == 0
    db = Database.open(fresh)
    try:
        repo = Repository(db)
        (imported,) = [o for o in repo.list_opgaven() if o.title == new.snapshot.opgave.title]
        result = verify(repo, imported.latest_contract_id)
        assert (
            result.signed and result.intact and result.scheme == 2 and result.stored == new.stored_fingerprint
        )
    finally:
        db.close()


def _text_of(data: bytes) -> str:
    out = subprocess.run(["pdftotext", "-", "-"], input=data, capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def _make_ca_and_p12(folder: Path, password: str) -> tuple[Path, Path, Path]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(text: str) -> x509.Name:
        return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])

    now = datetime.now(UTC)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (
        x509.CertificateBuilder()
        .subject_name(name("Test-CA Duinwijk"))
        .issuer_name(name("Test-CA Duinwijk"))
        .public_key(ca_key.public_key())
        .serial_number(1)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name("Gemeente Duinwijk zegel"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(2)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .sign(ca_key, hashes.SHA256())
    )
    p12 = folder / "zegel.p12"
    p12.write_bytes(
        pkcs12.serialize_key_and_certificates(
            b"zegel", key, cert, [ca], serialization.BestAvailableEncryption(password.encode())
        )
    )
    ca_pem = folder / "ca.pem"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    other_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    other = (
        x509.CertificateBuilder()
        .subject_name(name("Andere CA"))
        .issuer_name(name("Andere CA"))
        .public_key(other_key.public_key())
        .serial_number(3)
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(other_key, hashes.SHA256())
    )
    other_pem = folder / "ander.pem"
    other_pem.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    return p12, ca_pem, other_pem


def test_the_seal_keeps_pdfa_and_is_checked_against_the_trust_root(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    p12, ca_pem, other_pem = _make_ca_and_p12(tmp_path, "geheim wachtwoord")
    opgave_id, _ = _europaplein(demo_path)
    out = tmp_path / "verzegeld.pdf"
    monkeypatch.setattr(sys, "stdin", io.StringIO("geheim wachtwoord\n"))
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", out, "--seal", p12) == 0
    assert b"geheim wachtwoord" not in demo_path.read_bytes()
    # pikepdf's allowlist validator does not assess signature forms or embedded files after an
    # incremental update ("unsupported"); it must find no violation.
    report = pdfa.validate_written(out, "3b")
    assert not report.violations, report.summary()
    assert {f.rule for f in report.unsupported} <= {"pikepdf:schema-Catalog", "pikepdf:embedded-file"}
    with pikepdf.open(out) as pdf:
        assert pdf.Root.get("/Version") in (None, "/1.7") and str(pdf.open_metadata()["pdfaid:part"]) == "3"
        (field,) = pdf.Root.AcroForm.Fields  # one invisible seal, printable as PDF/A asks
        assert field.FT == "/Sig" and int(field.F) & 4 and list(field.Rect) == [0, 0, 0, 0]
    capsys.readouterr()
    assert _cli("verify-pdf", out) == 0
    assert "noem met --trust" in capsys.readouterr().out  # intact, but nobody said whom to trust
    assert _cli("verify-pdf", out, "--trust", ca_pem) == 0
    assert "geldig en vertrouwd" in capsys.readouterr().out
    assert _cli("verify-pdf", out, "--trust", other_pem) == 1
    assert "niet gezet met een certificaat dat u vertrouwt" in capsys.readouterr().out
    data = bytearray(out.read_bytes())
    index = data.index(b"Duinwijk")  # one byte inside the signed range
    data[index] ^= 0x01
    broken = tmp_path / "gebroken.pdf"
    broken.write_bytes(bytes(data))
    assert _cli("verify-pdf", broken, "--trust", ca_pem) == 1
    monkeypatch.setattr(sys, "stdin", io.StringIO("fout\n"))
    assert _cli("export-pdf", opgave_id, "--db", demo_path, "--out", tmp_path / "x.pdf", "--seal", p12) == 2


ARTIFACTS = Path(__file__).resolve().parents[3] / "artifacts" / "pdf"


def test_page_images_of_the_europaplein_record_and_of_a_draft(demo_path: Path, tmp_path: Path) -> None:
    """For people to look at: every page of the signed Europaplein record and of a demo draft."""
    opgave_id, _ = _europaplein(demo_path)
    with closing(sqlite3.connect(demo_path)) as conn:
        (draft_opgave,) = conn.execute(
            "SELECT opgave_id FROM contract WHERE locked_at IS NULL AND based_on_id IS NULL "
            "ORDER BY opgave_id"
        ).fetchone()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for name, opgave in (("europaplein", opgave_id), ("concept", draft_opgave)):
        out = tmp_path / f"{name}.pdf"
        assert _cli("export-pdf", opgave, "--db", demo_path, "--out", out) == 0
        assert pdfa.validate_written(out, "3b").passed
        for old in ARTIFACTS.glob(f"demo-{name}-*.png"):
            old.unlink()
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", str(out), str(ARTIFACTS / f"demo-{name}")], check=True
        )
        shutil.copy(out, ARTIFACTS / f"demo-{name}.pdf")
        images = sorted(ARTIFACTS.glob(f"demo-{name}-*.png"))
        assert len(images) == len(PdfReader(out).pages) >= 5
        assert _cli("verify-pdf", out) == (0 if name == "europaplein" else 2)  # a concept has no fingerprint
