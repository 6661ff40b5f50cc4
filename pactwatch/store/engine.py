"""Turn a store URL into a ready, migrated SQLAlchemy engine, with errors that say what to do."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
ENV_VAR = "PACTWATCH_DB"
SQLITE_BUSY_MS = 30_000  # two ingests at once wait for each other instead of failing


class StoreError(Exception):
    """The store cannot be opened or used; the message says what is wrong and what to do."""


def default_url() -> str:
    """The SQLite file in the user's data folder, creating the folder."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    folder = Path(base) / "pactwatch"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {folder} ({exc.strerror}); "
                         f"set {ENV_VAR} or pass --db URL to use another place") from exc
    return f"sqlite:///{folder / 'pactwatch.db'}"


def resolve_url(url: str | None) -> str:
    """The URL to use: the argument, else $PACTWATCH_DB, else the default SQLite file."""
    chosen = url or os.environ.get(ENV_VAR) or default_url()
    if "://" not in chosen:  # a bare path is taken as an SQLite file
        chosen = f"sqlite:///{Path(chosen).expanduser().resolve()}"
    return chosen


def make_engine(url: str) -> Engine:
    """An engine for the URL: SQLite with WAL, busy timeout and foreign keys; PostgreSQL as given."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"not a database URL: {url!r}; use sqlite:///PATH or "
                         "postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB") from exc
    backend = parsed.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        raise StoreError(f"unsupported database {backend!r} in {parsed.render_as_string(hide_password=True)}; "
                         "use sqlite:///PATH or postgresql+psycopg://USER:PASSWORD@HOST:PORT/DB")
    if backend == "postgresql" and parsed.drivername == "postgresql":
        parsed = parsed.set(drivername="postgresql+psycopg")  # psycopg 3 is the driver we ship
    if backend == "sqlite" and parsed.database and parsed.database != ":memory:":
        folder = Path(parsed.database).expanduser().resolve().parent
        if not folder.is_dir():
            raise StoreError(f"the folder {folder} for the SQLite file does not exist; create it or pick "
                             "another path")
    try:
        engine = create_engine(parsed, pool_pre_ping=backend == "postgresql",
                               connect_args={"timeout": SQLITE_BUSY_MS / 1000} if backend == "sqlite" else {})
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"no driver for {parsed.drivername}: install it (pip install 'psycopg[binary]') "
                         "or use a postgresql+psycopg:// URL") from exc
    if backend == "sqlite":
        _configure_sqlite(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    """WAL so readers never block, busy timeout so writers queue, foreign keys on, explicit BEGINs."""

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # we emit BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_MS}")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:
        # A write transaction takes the write lock up front (IMMEDIATE): upgrading a read lock later
        # fails at once with "database is locked" in WAL mode, whatever the busy timeout.
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


def check_connection(engine: Engine) -> None:
    """Connect once so a wrong password or a stopped server is reported before any work starts."""
    try:
        with engine.connect() as conn:
            # SQLite reads nothing for SELECT 1: the schema version makes it read (and judge) the file.
            conn.execute(text("PRAGMA schema_version" if engine.dialect.name == "sqlite" else "SELECT 1"))
    except DBAPIError as exc:
        where = engine.url.render_as_string(hide_password=True)
        first = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if engine.dialect.name == "sqlite":
            hint = ("check the file path and its permissions, and that it is a pactwatch database "
                    "(move a damaged file away and ingest again)")
        else:
            hint = ("check the server is running and the host, port, user, password and database in the "
                    "URL (createdb DB creates a missing database)")
        raise StoreError(f"cannot open the store {where}: {first}; {hint}") from exc


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest migration, once even when several processes start together."""
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    try:
        with engine.connect() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
        with _migration_lock(engine), engine.begin() as conn:
            if MigrationContext.configure(conn).get_current_revision() == head:
                return
            cfg = _alembic_config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except CommandError as exc:
        raise StoreError(f"the store's schema ({exc}) is not one this pactwatch knows: it was probably made by a "
                         "newer pactwatch; upgrade pactwatch or use another --db") from exc
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot prepare the store schema: {exc}; check the database user may create "
                         "tables") from exc


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


@contextmanager
def _migration_lock(engine: Engine) -> Iterator[None]:
    """A cross-process lock around migrations: a lock file for SQLite, an advisory lock for PostgreSQL."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(7426617)"))
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(7426617)"))
                conn.commit()
        return
    database = engine.url.database
    if not database or database == ":memory:":
        yield
        return
    with open(f"{database}.migrate.lock", "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
