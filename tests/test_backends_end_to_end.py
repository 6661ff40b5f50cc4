"""The same ingest into SQLite and into a real PostgreSQL gives the same facts and the same events."""

from __future__ import annotations

import json

import pytest

from tests.conftest import EXAMPLES, run_cli

pytestmark = [pytest.mark.slow, pytest.mark.postgres]


def events_of(db: str) -> list[dict]:
    rows = [json.loads(x) for x in run_cli("events", "--json", "--limit", "100000", db=db).stdout.decode().splitlines()]
    return sorted(rows, key=lambda e: e["id"])


def test_dev_and_examples_give_identical_events_on_both_backends(tmp_path, shared):
    from tests.pg_server import TempCluster

    inputs = [str(shared / "dev" / "pages"), str(EXAMPLES)]
    sqlite_db = f"sqlite:///{tmp_path / 'x.db'}"
    with TempCluster() as cluster:
        pg_db = cluster.create_database("same")
        for db in (sqlite_db, pg_db):
            done = run_cli("ingest", *inputs, db=db)
            assert done.returncode == 0, done.stderr.decode()
        on_sqlite, on_pg = events_of(sqlite_db), events_of(pg_db)
        assert on_sqlite and on_sqlite == on_pg
        facts = [sorted(run_cli("facts", "--json", db=db).stdout.decode().splitlines()) for db in (sqlite_db, pg_db)]
        assert facts[0] == facts[1]
