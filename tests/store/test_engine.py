"""Opening a store: where the URL comes from, what SQLite is set to, and errors that say what to do."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

from pactwatch.store import StoreError, open_store
from pactwatch.store.engine import resolve_url
from pactwatch.store.models import Base
from tests.pg_server import _free_port


def test_url_comes_from_argument_then_env_then_data_folder(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'xdg' / 'pactwatch' / 'pactwatch.db'}"
    assert (tmp_path / "xdg" / "pactwatch").is_dir()
    monkeypatch.setenv("PACTWATCH_DB", "sqlite:///from-env.db")
    assert resolve_url(None) == "sqlite:///from-env.db"
    assert resolve_url("sqlite:///given.db") == "sqlite:///given.db"
    assert resolve_url(str(tmp_path / "plain.db")) == f"sqlite:///{tmp_path / 'plain.db'}"


def test_home_data_folder_without_xdg(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    monkeypatch.delenv("PACTWATCH_DB", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path))
    store = open_store()
    assert store.url_for_display == f"sqlite:///{tmp_path / '.local/share/pactwatch/pactwatch.db'}"
    assert store.counts()["articles"] == 0


def test_sqlite_runs_with_wal_foreign_keys_and_busy_timeout(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    with store.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 30000


@pytest.mark.parametrize(("url", "message"), [
    ("not a url at all://", "not a database URL"),
    ("mysql://u@h/db", "unsupported database 'mysql'"),
    ("sqlite:////no/such/folder/x.db", "does not exist"),
])
def test_bad_urls_raise_store_error(url: str, message: str) -> None:
    with pytest.raises(StoreError, match=message):
        open_store(url)


@pytest.mark.postgres
def test_unreachable_server_says_what_to_do() -> None:
    port = _free_port()
    with pytest.raises(StoreError, match="check the server is running") as info:
        open_store(f"postgresql+psycopg://nobody:secret@127.0.0.1:{port}/nothing")
    assert "secret" not in str(info.value)


@pytest.mark.postgres
def test_missing_database_on_a_running_server(pg_cluster) -> None:
    with pytest.raises(StoreError, match="createdb"):
        open_store(pg_cluster.url("not_created"))


def test_migrations_match_the_models_and_rerun_is_a_noop(store_url: str) -> None:
    store = open_store(store_url)
    store.close()
    store = open_store(store_url)  # already at head: nothing to do
    with store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="not a database.*move a damaged file away"):
        open_store(f"sqlite:///{junk}")


def test_a_database_of_another_program_is_migrated_alongside(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("create table notes (x text)")
    store = open_store(f"sqlite:///{path}")
    assert store.counts()["articles"] == 0


def test_a_store_from_a_newer_pactwatch_is_refused_clearly(store_url: str) -> None:
    store = open_store(store_url)
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError, match="made by a newer pactwatch"):
        open_store(store_url)
