"""Which database a run of Koerskaart uses: a local SQLite file or a shared PostgreSQL server.

``--db`` and ``KOERSKAART_DB`` take either a file path or a ``postgresql://`` URL. This module
turns that text into a :class:`FileTarget` or a :class:`ServerTarget`, refuses any other URL
scheme in Dutch (so ``postgres:/…`` typos never become a folder named ``postgresql:``), and
gives each target a label that is safe to show (a server URL without its password).

It opens nothing; :class:`~koerskaart.storage.database.Database` does. A password never comes
from Koerskaart's own files: libpq finds it in ``~/.pgpass`` or ``PGPASSWORD``, or the caller
asks for it and passes it in memory only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import SplitResult, unquote, urlsplit, urlunsplit

from koerskaart.errors import DatabaseError

SERVER_SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")
# A URL scheme as RFC 3986 writes it, followed by "://"; "C:\\x" (a Windows drive) is no URL.
_URL = re.compile(r"^(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*)://")


@dataclass(frozen=True)
class FileTarget:
    """A local SQLite file."""

    path: Path

    @property
    def label(self) -> str:
        return str(self.path)

    @property
    def short_label(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return str(self.path)


@dataclass(frozen=True)
class ServerTarget:
    """A PostgreSQL database on a server; ``url`` may hold a password, ``label`` never does."""

    url: str

    @property
    def parts(self) -> SplitResult:
        return urlsplit(self.url)

    @property
    def sqlalchemy_url(self) -> str:
        """The same address for SQLAlchemy with the psycopg 3 driver."""
        return "postgresql+psycopg://" + self.url.split("://", 1)[1]

    @property
    def password(self) -> str | None:
        password = self.parts.password
        return unquote(password) if password is not None else None

    @property
    def label(self) -> str:
        """The URL without password (and without query options such as a password= option)."""
        return without_password(self.url)

    @property
    def short_label(self) -> str:
        parts = self.parts
        database = parts.path.lstrip("/") or (parts.username or "")
        host = parts.hostname or "localhost"
        return f"{database} op {host}"

    def with_password(self, password: str) -> ServerTarget:
        """The same target with ``password`` (held in memory only)."""
        parts = self.parts
        user = parts.username or ""
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        from urllib.parse import quote

        netloc = f"{quote(user, safe='')}:{quote(password, safe='')}@{host}"
        return ServerTarget(urlunsplit((parts.scheme, netloc, parts.path, parts.query, "")))

    def __str__(self) -> str:
        return self.label


Target = FileTarget | ServerTarget


def without_password(url: str) -> str:
    """``url`` with any password removed from the user part and from the query."""
    parts = urlsplit(url)
    netloc = parts.netloc
    if "@" in netloc:
        user, host = netloc.rsplit("@", 1)
        netloc = f"{user.split(':', 1)[0]}@{host}"
    query = "&".join(
        item for item in parts.query.split("&") if item and not item.lower().startswith("password=")
    )
    return urlunsplit((parts.scheme, netloc, parts.path, query, ""))


def parse_target(text: str | Path) -> Target:
    """A file path or a server URL; any other URL scheme is refused with a Dutch message."""
    if isinstance(text, Path):
        return FileTarget(text.expanduser())
    text = text.strip()
    match = _URL.match(text)
    if match is None:
        scheme = text.split(":", 1)[0].lower() if ":" in text else ""
        if scheme in SERVER_SCHEMES:  # "postgresql:/db" or "postgres:db": a URL with a typo
            raise DatabaseError(
                f"Het adres {without_password(text)} is geen volledig PostgreSQL-adres: het begint "
                "met postgresql:// (twee schuine strepen), bijvoorbeeld postgresql://gebruiker@server/koerskaart."
            )
        return FileTarget(Path(text).expanduser())
    scheme = match.group("scheme").lower()
    if scheme not in SERVER_SCHEMES:
        raise DatabaseError(
            f"Koerskaart kent het adres {without_password(text)} niet: geef een databasebestand "
            "(pad) of een PostgreSQL-adres dat begint met postgresql://."
        )
    if scheme == "postgres":  # libpq's short form
        text = "postgresql" + text[len("postgres") :]
    elif scheme == "postgresql+psycopg":
        text = "postgresql" + text[len("postgresql+psycopg") :]
    parts = urlsplit(text)
    if not parts.path.strip("/"):
        raise DatabaseError(
            f"In het adres {without_password(text)} ontbreekt de naam van de database, "
            "bijvoorbeeld postgresql://gebruiker@server/koerskaart."
        )
    try:
        parts.port  # noqa: B018  (raises on a port that is no number)
    except ValueError as exc:
        raise DatabaseError(
            f"In het adres {without_password(text)} is de poort geen getal. "
            "Schrijf bijvoorbeeld postgresql://gebruiker@server:5432/koerskaart."
        ) from exc
    return ServerTarget(text)
