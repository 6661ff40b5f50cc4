"""Start a throwaway PostgreSQL 15 cluster on a free port, for the store tests and the store benchmark."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PG_BIN = Path(os.environ.get("PACTWATCH_PG_BIN", "/usr/lib/postgresql/15/bin"))
INSTALL_HINT = "apt-get install -y postgresql-15"
RUN_AS = "postgres"  # initdb refuses to run as root; the Debian package creates this user


class PostgresUnavailable(RuntimeError):
    """The PostgreSQL binaries are missing or the cluster would not start; the message says how to fix it."""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class TempCluster:
    """A PostgreSQL cluster in a temporary folder: `with TempCluster() as pg: pg.url("db")`."""

    def __init__(self, durable: bool = False) -> None:
        self.durable = durable  # False: fsync off, as tests need no crash safety from the server
        self.port = _free_port()
        self.folder: Path | None = None

    def _cmd(self, *args: str) -> list[str]:
        prefix = ["runuser", "-u", RUN_AS, "--"] if os.geteuid() == 0 else []
        return [*prefix, *args]

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._cmd(*args), capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.folder / "server.log" if self.folder else None
            tail = log.read_text(errors="replace")[-2000:] if log and log.exists() else ""
            raise PostgresUnavailable(f"{' '.join(args[:2])} failed ({done.returncode}): "
                                      f"{done.stderr.strip() or done.stdout.strip()}\n{tail}")

    def start(self) -> TempCluster:
        initdb = PG_BIN / "initdb"
        if not initdb.exists():
            raise PostgresUnavailable(f"PostgreSQL 15 is not installed ({initdb} is missing); install it with: "
                                      f"{INSTALL_HINT}")
        self.folder = Path(tempfile.mkdtemp(prefix="pactwatch-pg-"))
        if os.geteuid() == 0:
            shutil.chown(self.folder, RUN_AS, RUN_AS)
        data = self.folder / "data"
        self._run(str(initdb), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        options = [f"-p {self.port}", f"-k {self.folder}", "-c listen_addresses=127.0.0.1",
                   "-c max_connections=50"]
        if not self.durable:
            options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
        self._run(str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(self.folder / "server.log"),
                  "-o", " ".join(options), "-w", "-t", "60", "start")
        return self

    def create_database(self, name: str) -> str:
        """Create a database and return its SQLAlchemy URL."""
        self._run(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)
        return self.url(name)

    def url(self, name: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            subprocess.run(self._cmd(str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"),
                           capture_output=True, check=False)
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def __enter__(self) -> TempCluster:
        try:
            return self.start()
        except BaseException:
            self.stop()
            raise

    def __exit__(self, *exc: object) -> None:
        self.stop()
