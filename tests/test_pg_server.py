"""The PostgreSQL test cluster helper: it starts a real server, and says how to install one when missing."""

from __future__ import annotations

import psycopg
import pytest

from tests import pg_server


def test_missing_binaries_fail_with_the_install_command(monkeypatch, tmp_path) -> None:
    monkeypatch.setattr(pg_server, "PG_BIN", tmp_path / "nothing")
    with pytest.raises(pg_server.PostgresUnavailable, match=r"apt-get install -y postgresql-15"):
        pg_server.TempCluster().start()


@pytest.mark.postgres
def test_cluster_serves_a_database_and_cleans_up() -> None:
    with pg_server.TempCluster() as cluster:
        url = cluster.create_database("probe").replace("postgresql+psycopg", "postgresql")
        with psycopg.connect(url) as conn:
            assert conn.execute("SHOW server_version").fetchone()[0].startswith("15")
        folder = cluster.folder
    assert not folder.exists()
