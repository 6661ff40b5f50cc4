"""Every store test runs on SQLite and on a real PostgreSQL 15 cluster started for the session."""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import pytest

from pactwatch.store import Store, open_store
from tests.pg_server import PostgresUnavailable, TempCluster

_names = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[TempCluster]:
    """One PostgreSQL cluster for the whole session; fails (never skips) when PostgreSQL is missing."""
    try:
        cluster = TempCluster().start()
    except PostgresUnavailable as exc:
        pytest.fail(str(exc), pytrace=False)
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster: TempCluster) -> str:
    """A fresh, empty database on the session cluster."""
    return pg_cluster.create_database(f"t{next(_names)}")


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store_url(request) -> str:
    """The URL of an empty store on each backend in turn."""
    return request.getfixturevalue("sqlite_url" if request.param == "sqlite" else "pg_url")


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = open_store(store_url)
    yield opened
    opened.close()
