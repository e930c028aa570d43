"""``koerskaart verify ID [--version N]``: is a signed contract version still exactly as signed?

ID is the opgave; without ``--version`` the newest contract version is checked, under the
fingerprint scheme it was signed with. Prints one Dutch sentence with both fingerprints. Exit
status 0: intact; 1: changed after signing, or signed but its opgave is missing ("ontbreekt":
deleted behind Koerskaart's back); 2: the version is not signed (nothing to check) or the opgave
or version does not exist.
"""

from __future__ import annotations

import argparse

from koerskaart.commands.common import open_repository
from koerskaart.errors import UserFacingError
from koerskaart.record.verify import verify
from koerskaart.storage.models import Contract
from koerskaart.storage.repository import Repository

EXIT_INTACT = 0
EXIT_CHANGED = 1
EXIT_NOT_SIGNED = 2


def choose_contract(repo: Repository, opgave_id: int, version: int | None) -> Contract:
    """The contract version asked for on the command line, or the newest one."""
    opgave = repo.get_opgave(opgave_id)
    contracts = repo.contracts_of(opgave_id)
    if not contracts:
        raise UserFacingError(f"Opgave {opgave_id} ({opgave.title}) heeft nog geen contract.")
    if version is None:
        return contracts[-1]
    for contract in contracts:
        if contract.version == version:
            return contract
    known = ", ".join(str(c.version) for c in contracts)
    raise UserFacingError(
        f"Opgave {opgave_id} ({opgave.title}) heeft geen versie {version}; er zijn versies {known}."
    )


def _missing_opgave(repo: Repository, opgave_id: int, version: int | None) -> str | None:
    """The line for a signed version whose opgave was deleted behind Koerskaart's back, or None."""
    contracts = repo.contracts_of(opgave_id)
    chosen = [c for c in contracts if version is None or c.version == version][-1:]
    if not chosen or chosen[0].locked_at is None:
        return None
    return (
        f"Opgave {opgave_id}, versie {chosen[0].version}: ontbreekt. De versie is ondertekend, maar "
        "de opgave zelf staat niet meer in de database: ze is buiten Koerskaart om verwijderd. "
        "Zet een reservekopie van het bestand terug."
    )


def run(args: argparse.Namespace) -> int:
    repo = open_repository(args)
    try:
        try:
            opgave = repo.get_opgave(args.id)
        except UserFacingError:
            missing = _missing_opgave(repo, args.id, getattr(args, "contract_version", None))
            if missing is None:
                raise
            print(missing)
            return EXIT_CHANGED
        contract = choose_contract(repo, args.id, getattr(args, "contract_version", None))
        assert contract.id is not None
        result = verify(repo, contract.id)
    finally:
        repo.db.close()
    subject = f"Opgave {opgave.id} ({opgave.title}), versie {contract.version}"
    if not result.signed:
        print(
            f"{subject} is nog niet door alle drie ondertekend; er is dus geen vingerafdruk "
            "om te controleren."
        )
        return EXIT_NOT_SIGNED
    if result.intact:
        print(
            f"{subject}: intact. De inhoud is sinds het ondertekenen niet veranderd "
            f"(opgeslagen vingerafdruk {result.stored}, opnieuw berekend {result.computed}, "
            f"vingerafdrukschema {result.scheme})."
        )
        return EXIT_INTACT
    print(
        f"{subject}: gewijzigd. De inhoud is na het ondertekenen veranderd: de opgeslagen "
        f"vingerafdruk {result.stored} wijkt af van de opnieuw berekende {result.computed} "
        f"(vingerafdrukschema {result.scheme})."
    )
    return EXIT_CHANGED
