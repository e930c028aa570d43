"""The ``koerskaart`` entry point: no command starts the GUI, sub-commands work without a screen.

This module only parses arguments and dispatches; each command lives in
:mod:`koerskaart.commands`. A :class:`~koerskaart.errors.UserFacingError` is printed as one
Dutch sentence on stderr with exit status 2, never as a traceback; anything unexpected is
written to the log file (:mod:`koerskaart.logbook`) and named in one line, with exit status 3.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from koerskaart import __version__
from koerskaart.errors import UserFacingError

EXIT_USER_ERROR = 2
EXIT_UNEXPECTED = 3  # a mistake in Koerskaart itself; the details are in the log file


def _db_option(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    # On sub-commands the default is suppressed so ``koerskaart --db X list`` keeps X.
    parser.add_argument(
        "--db",
        metavar="DATABASE",
        default=None if top else argparse.SUPPRESS,
        help="het databasebestand of een postgresql://-adres "
        "(standaard: KOERSKAART_DB of de gegevensmap van de gebruiker)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="koerskaart",
        description="Koerskaart: het contracteringsgesprek voor opgavegericht werken.",
    )
    parser.add_argument("--version", action="version", version=f"koerskaart {__version__}")
    _db_option(parser, top=True)
    parser.add_argument("--language", choices=["nl", "en"], help="taal van de app (nl of en)")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT")

    p = sub.add_parser("check-form", help="controleer een vragenlijstbestand (TOML)")
    p.add_argument("file", metavar="BESTAND")
    p.set_defaults(module="check_form")

    p = sub.add_parser("demo", help="vul de database met een fictieve demo-portefeuille")
    _db_option(p)
    p.set_defaults(module="demo")

    p = sub.add_parser("list", help="toon de opgaven")
    _db_option(p)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(module="list_opgaven")

    p = sub.add_parser("export-json", help="exporteer één opgave als JSON")
    _db_option(p)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--out", metavar="BESTAND", help="bestand (standaard: standaarduitvoer)")
    p.set_defaults(module="export_json")

    p = sub.add_parser("import-json", help="importeer een opgave uit een JSON-bestand")
    _db_option(p)
    p.add_argument("file", metavar="BESTAND")
    p.set_defaults(module="import_json")

    p = sub.add_parser(
        "export-pdf",
        help="exporteer het contracteringsformat als PDF (één opgave, of met --all alle opgaven)",
    )
    _db_option(p)
    p.add_argument("id", type=int, nargs="?", metavar="ID")
    p.add_argument(
        "--version",
        dest="contract_version",
        type=int,
        metavar="N",
        help="contractversie (standaard: de nieuwste)",
    )
    p.add_argument("--out", metavar="BESTAND", help="het pdf-bestand (bij één opgave)")
    p.add_argument(
        "--all", action="store_true", help="de nieuwste versie van elke opgave, elk in een eigen bestand"
    )
    p.add_argument("--out-dir", metavar="MAP", help="de map voor --all")
    p.add_argument(
        "--signed-only", action="store_true", help="bij --all: alleen de nieuwste ondertekende versies"
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="maak ook een pdf van een na ondertekening gewijzigde versie (gemarkeerd als niet geldig)",
    )
    p.add_argument("--seal", metavar="CERT.p12", help="zet het zegel van de gemeente (PKCS#12-certificaat)")
    p.set_defaults(module="export_pdf")

    p = sub.add_parser("copy-db", help="kopieer een hele database, bijvoorbeeld een bestand naar de server")
    p.add_argument(
        "--from", dest="source", required=True, metavar="BRON", help="bestand of postgresql://-adres"
    )
    p.add_argument(
        "--to", dest="target", required=True, metavar="DOEL", help="bestand of postgresql://-adres"
    )
    p.add_argument(
        "--merge",
        action="store_true",
        help="voeg toe aan een database die al gegevens heeft (nieuwe nummers)",
    )
    p.set_defaults(module="copy_db")

    p = sub.add_parser(
        "verify-pdf", help="controleer of een geëxporteerd contracteringsformat ongewijzigd is"
    )
    p.add_argument("file", metavar="BESTAND")
    p.add_argument(
        "--db",
        metavar="DATABASE",
        default=None,
        help="vergelijk ook met deze database, een bestand of postgresql://-adres "
        "(zonder --db: alleen het bestand zelf)",
    )
    p.add_argument("--trust", metavar="CA.pem", help="certificaat dat u vertrouwt voor het zegel")
    p.set_defaults(module="verify_pdf")
    for name, module, kind in (
        ("portfolio-pdf", "portfolio_pdf", "het rapport voor het opgavenboard als PDF"),
        ("portfolio-xlsx", "portfolio_xlsx", "de portefeuille als Excel-werkmap"),
    ):
        p = sub.add_parser(name, help=f"schrijf {kind}")
        _db_option(p)
        p.add_argument(
            "--period", metavar="JJJJ-MM", help="de maand waarover het gaat (standaard: de vorige maand)"
        )
        p.add_argument("--out", required=True, metavar="BESTAND")
        p.set_defaults(module=module)

    p = sub.add_parser("verify", help="controleer of een ondertekend contract ongewijzigd is")
    _db_option(p)
    p.add_argument("id", type=int, metavar="ID")
    p.add_argument("--version", dest="contract_version", type=int, metavar="N")
    p.set_defaults(module="verify")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command is None:
            from koerskaart.app import run_gui

            return run_gui(args)
        module = importlib.import_module(f"koerskaart.commands.{args.module}")
        return int(module.run(args))
    except UserFacingError as exc:
        # A message may quote what a file holds; a lone surrogate there must not stop the print.
        message = exc.message.encode("utf-8", "backslashreplace").decode("utf-8")
        print(f"koerskaart: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except OSError as exc:
        # The system refused something no command foresaw (a file, the terminal): say what, in
        # one line, rather than a traceback.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"koerskaart: de computer weigerde dit{where}: {exc.strerror or exc}.", file=sys.stderr)
        return EXIT_USER_ERROR
    except Exception as exc:  # noqa: BLE001  (a mistake in Koerskaart: logged, never a traceback)
        from koerskaart import logbook

        logbook.install()
        log = logbook.record_unexpected(exc, f"opdracht {args.command or 'venster'}")
        print(
            f"koerskaart: er ging iets onverwachts mis (een fout in Koerskaart zelf). De details "
            f"staan in {log}; stuur dat bestand mee als u de fout meldt.",
            file=sys.stderr,
        )
        return EXIT_UNEXPECTED
