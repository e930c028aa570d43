"""A throwaway PostgreSQL cluster for tests and benchmarks: initdb + pg_ctl under a temp folder.

:class:`ThrowawayServer` finds the server binaries (``PATH`` or Debian's
``/usr/lib/postgresql/<n>/bin``), creates a cluster with trust authentication on a free port
on 127.0.0.1 (fsync off: nothing here needs to survive a crash), starts it with a log file (a
server without ``-l`` keeps the caller's stdout open and ``capture_output`` waits forever) and
stops it again. Run as root, the cluster belongs to the ``postgres`` user (initdb refuses root).

:func:`missing_reason` says in one line why no server can be started, for a loud skip.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PASSWORD_ROLE = "koerskaart_wachtwoord"  # the one role that must give a password


def _bin_dir() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists() and (Path(candidate) / "pg_ctl").exists():
            return Path(candidate)
    return None


def missing_reason() -> str | None:
    """None when a throwaway server can be started here, else why not (for pytest.skip)."""
    if _bin_dir() is None:
        return (
            "PostgreSQL-tests overgeslagen: initdb/pg_ctl niet gevonden "
            "(installeer het Debian-pakket postgresql; .ci/bootstrap doet dat)"
        )
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "PostgreSQL-tests overgeslagen: als root is runuser nodig om de server als postgres te starten"
    try:
        import psycopg  # noqa: F401  (the driver is a dependency; a missing one is a broken install)
    except ImportError as exc:  # pragma: no cover - shows as a skip reason, not a pass
        return f"PostgreSQL-tests overgeslagen: psycopg ontbreekt ({exc})"
    return None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ThrowawayServer:
    """A running PostgreSQL cluster in a temporary folder; :meth:`stop` removes it."""

    def __init__(self) -> None:
        bin_dir = _bin_dir()
        assert bin_dir is not None, missing_reason()
        self.bin_dir = bin_dir
        self.root = Path(tempfile.mkdtemp(prefix="koerskaart-pg-"))
        self.port = _free_port()
        self.as_root = os.geteuid() == 0
        self.user = "postgres" if self.as_root else _current_user()
        if self.as_root:
            shutil.chown(self.root, "postgres")
        self.root.chmod(0o755)
        self.data = self.root / "data"
        self.log = self.root / "server.log"
        self._run(
            "initdb",
            "-D",
            str(self.data),
            "--auth=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-U",
            self.user,
            "--no-sync",
        )
        # One role must give a password (to test the prompt); everyone else is trusted.
        hba = self.data / "pg_hba.conf"
        hba.write_text(f"host all {PASSWORD_ROLE} 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        self.resume()

    def _run(self, tool: str, *args: str) -> None:
        command = [str(self.bin_dir / tool), *args]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, cwd=self.root, timeout=120)
        if result.returncode != 0:
            log = self.log.read_text(errors="replace")[-2000:] if self.log.exists() else ""
            raise RuntimeError(f"{tool} failed: {result.stdout}{result.stderr}{log}")

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://{self.user}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """Run ``sql`` outside a transaction (CREATE/DROP DATABASE) on the maintenance database."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def password_role(self, password: str) -> str:
        """The role that must log in with ``password`` (created once per server); returns its name."""
        self.admin(
            "DO $$ BEGIN "
            f"IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{PASSWORD_ROLE}') THEN "
            f"CREATE ROLE {PASSWORD_ROLE} LOGIN; END IF; END $$"
        )
        self.admin(f"ALTER ROLE {PASSWORD_ROLE} PASSWORD '{password}'")
        return PASSWORD_ROLE

    def pause(self) -> None:
        """Stop the server, keeping its data (a dropped connection); :meth:`resume` starts it again."""
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")
        self.running = False

    def resume(self) -> None:
        self._run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "-o",
            f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=60",
            "start",
        )
        self.running = True

    def stop(self) -> None:
        if self.running:
            try:
                self._run("pg_ctl", "-D", str(self.data), "-m", "immediate", "-w", "stop")
            finally:
                self.running = False
        shutil.rmtree(self.root, ignore_errors=True)


def _current_user() -> str:
    import getpass

    return getpass.getuser()
