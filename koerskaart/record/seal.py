"""The municipality's optional organisation seal: one invisible PAdES B-B signature (pyHanko).

:meth:`Seal.from_pkcs12` opens the municipality's PKCS#12 file with the password the user just
typed (the password is never stored, not in the database and not in a setting);
:meth:`Seal.apply` adds one invisible PAdES signature to an archival PDF as an incremental
update, which keeps it PDF/A-3b. :func:`check_seal` validates a sealed PDF offline against the
trust roots the user names: intact (the signed bytes are unchanged and cover the whole file),
valid and trusted. Nothing here reaches the network.

What this module must not do: decide when to seal, or ask for the password itself.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from koerskaart.errors import UserFacingError

SEAL_FIELD = "Koerskaart-zegel"


@dataclass(frozen=True)
class SealCheck:
    """``present``: the PDF carries a seal; then whether it is intact, valid and trusted."""

    present: bool
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    signer: str = ""

    @property
    def sound(self) -> bool:
        """The sealed bytes are unchanged and nothing was added after the seal."""
        return self.intact and self.valid and self.covers_whole_file


class Seal:
    def __init__(self, signer: object) -> None:
        self._signer = signer

    @classmethod
    def from_pkcs12(cls, path: str | Path, password: str) -> Seal:
        from pyhanko.sign import signers

        file = Path(path)
        if not file.is_file():
            raise UserFacingError(f"Het certificaatbestand {file} bestaat niet of is geen bestand.")
        logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # its own error lines would repeat ours
        signer = signers.SimpleSigner.load_pkcs12(str(file), passphrase=password.encode("utf-8"))
        if signer is None:
            raise UserFacingError(
                f"Het certificaat in {file} kan niet worden geopend: het wachtwoord klopt niet of het "
                "bestand is geen PKCS#12-bestand (.p12 of .pfx)."
            )
        return cls(signer)

    def apply(self, data: bytes, *, reason: str) -> bytes:
        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
        from pyhanko.sign import fields, signers

        writer = IncrementalPdfFileWriter(BytesIO(data))
        meta = signers.PdfSignatureMetadata(
            field_name=SEAL_FIELD,
            reason=reason,
            subfilter=fields.SigSeedSubFilter.PADES,
            md_algorithm="sha256",
        )
        out = signers.sign_pdf(writer, meta, signer=self._signer)  # type: ignore[arg-type]  # a SimpleSigner
        return out.getvalue()


def load_trust_roots(path: str | Path) -> list[object]:
    """The certificates in a PEM (or DER) file, as trust roots."""
    from asn1crypto import pem, x509

    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise UserFacingError(
            f"Het vertrouwde certificaat {file} kan niet worden gelezen ({exc.strerror})."
        ) from None
    try:
        if pem.detect(raw):
            return [x509.Certificate.load(der) for _type, _headers, der in pem.unarmor(raw, multiple=True)]
        return [x509.Certificate.load(raw)]
    except ValueError:
        raise UserFacingError(f"{file} bevat geen certificaat (PEM of DER).") from None


def check_seal(data: bytes, trust_roots: list[object]) -> SealCheck:
    """Validate the seal offline; ``trust_roots`` may be empty (then nothing is trusted)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        reader = PdfFileReader(BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except Exception:  # noqa: BLE001 - any unreadable structure: there is no readable seal
        return SealCheck(present=False)
    if not signatures:
        return SealCheck(present=False)
    context = ValidationContext(trust_roots=trust_roots, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(signatures[-1], context)
    except (SignatureValidationError, ValueError, KeyError):
        return SealCheck(present=True)
    return SealCheck(
        present=True,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        signer=status.signing_cert.subject.human_friendly if status.signing_cert is not None else "",
    )
