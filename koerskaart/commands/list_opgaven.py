"""``koerskaart list [--json]``: the opgaven with id, title, status and latest contract version.

As text: an aligned table for reading in a terminal. With ``--json``: a JSON list of objects
``{"id", "title", "status", "latest_version"}`` for scripts, with the stored status codes.
Removed opgaven are not listed. Reads only; never changes the database. An up-to-date file is
read without loading the ORM (:mod:`koerskaart.storage.quick_read`); a new file or one to
migrate is opened the full way.
"""

from __future__ import annotations

import argparse
import json

from koerskaart.commands.common import open_repository, write_output
from koerskaart.paths import resolve_database_path
from koerskaart.storage.quick_read import read_start_list
from koerskaart.storage.summaries import OpgaveSummary

STATUS_LABELS = {
    "concept": "concept",
    "in_gesprek": "in gesprek",
    "ter_ondertekening": "ter ondertekening",
    "getekend": "getekend",
    "herzien": "herzien",
}
HEADERS = ("Nr", "Titel", "Status", "Versie")
TITLE_WIDTH = 60  # a longer title is shortened in the table (never in --json)


def _shortened(title: str) -> str:
    title = " ".join(title.split())  # no line breaks or tabs inside a table row
    return title if len(title) <= TITLE_WIDTH else title[: TITLE_WIDTH - 1] + "…"


def as_json(opgaven: list[OpgaveSummary]) -> str:
    items = [
        {"id": o.id, "title": o.title, "status": str(o.status), "latest_version": o.latest_version}
        for o in opgaven
    ]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def as_table(opgaven: list[OpgaveSummary]) -> str:
    if not opgaven:
        return "Er zijn nog geen opgaven. Met 'koerskaart demo' laadt u een voorbeeldportefeuille.\n"
    rows = [
        (
            str(o.id),
            _shortened(o.title),
            STATUS_LABELS.get(o.status, str(o.status)),
            str(o.latest_version) if o.latest_version is not None else "-",
        )
        for o in opgaven
    ]
    widths = [max(len(row[i]) for row in [HEADERS, *rows]) for i in range(len(HEADERS))]

    def line(cells: tuple[str, ...]) -> str:
        nr, title, status, version = cells
        return (
            f"{nr.rjust(widths[0])}  {title.ljust(widths[1])}  {status.ljust(widths[2])}  "
            f"{version.rjust(widths[3])}"
        ).rstrip()

    rule = "  ".join("-" * w for w in widths)
    count = len(opgaven)
    footer = f"{count} {'opgave' if count == 1 else 'opgaven'}"
    return "\n".join([line(HEADERS), rule, *(line(r) for r in rows), "", footer]) + "\n"


def read_opgaven(args: argparse.Namespace) -> list[OpgaveSummary]:
    quick = read_start_list(resolve_database_path(getattr(args, "db", None)))
    if quick is not None:
        return quick.opgaven
    repo = open_repository(args)
    try:
        return repo.list_opgaven()
    finally:
        repo.db.close()


def run(args: argparse.Namespace) -> int:
    opgaven = read_opgaven(args)
    write_output(as_json(opgaven) if args.json else as_table(opgaven))
    return 0
