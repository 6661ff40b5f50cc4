"""A real ingest killed with SIGKILL mid-run, then rerun, stores exactly what one clean run stores."""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from tests.conftest import EXAMPLES, run_cli

pytestmark = pytest.mark.slow
VARIANTS = 20


def make_corpus(folder) -> int:
    """Distinct articles: each flattened example page in several copies that differ in one body line."""
    count = 0
    for page in sorted(EXAMPLES.glob("*.txt")):
        lines = page.read_text(encoding="utf-8").splitlines()
        long_line = max(range(len(lines)), key=lambda i: len(lines[i]))
        for i in range(VARIANTS):
            copy = list(lines)
            copy[long_line] = f"{copy[long_line]} (Archive copy {i}.)"
            (folder / f"{page.stem}_v{i:02d}.txt").write_text("\n".join(copy), encoding="utf-8")
            count += 1
    return count


def stored_facts(db: str) -> list[tuple]:
    """Every stored fact as a comparable tuple (doc, type, parties, date, status, object)."""
    rows = [json.loads(x) for x in run_cli("facts", "--json", db=db).stdout.decode().splitlines()]
    return sorted((f["doc"], f["type"], tuple(f["parties"]), f["date"] or "", f["status"],
                   f.get("agreement_kind") or f.get("programme") or "") for f in rows)


def article_count(path) -> int:
    try:
        with sqlite3.connect(path, timeout=5) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_kill_mid_ingest_then_rerun_equals_a_clean_run(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = make_corpus(corpus)
    clean_db = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_cli("ingest", str(corpus), db=clean_db).returncode == 0
    expected = stored_facts(clean_db)
    assert expected

    crash_path = tmp_path / "crash.db"
    proc = subprocess.Popen([sys.executable, "-m", "pactwatch.serve.cli", "ingest", str(corpus),
                             "--db", f"sqlite:///{crash_path}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while article_count(crash_path) < total // 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    assert proc.poll() is None, "ingest finished before it could be killed; make the corpus larger"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = article_count(crash_path)
    assert 0 < partial < total

    rerun = run_cli("ingest", str(corpus), db=f"sqlite:///{crash_path}")
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert stored_facts(f"sqlite:///{crash_path}") == expected
    assert article_count(crash_path) == article_count(tmp_path / "clean.db")
    assert event_ids(f"sqlite:///{crash_path}") == event_ids(clean_db)


def event_ids(db: str) -> list[str]:
    """Merged event ids, which are stable hashes, so two equal stores list the same ids."""
    return sorted(json.loads(x)["id"] for x in run_cli("events", "--json", "--limit", "100000",
                                                        db=db).stdout.decode().splitlines())


@pytest.mark.postgres
def test_postgres_restart_mid_ingest_then_rerun_completes(tmp_path):
    from tests.pg_server import PG_BIN, TempCluster

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    total = make_corpus(corpus)
    with TempCluster() as cluster:
        clean_db, restarted_db = cluster.create_database("clean"), cluster.create_database("restarted")
        assert run_cli("ingest", str(corpus), db=clean_db).returncode == 0
        expected = stored_facts(clean_db)

        proc = subprocess.Popen([sys.executable, "-m", "pactwatch.serve.cli", "ingest", str(corpus),
                                 "--db", restarted_db], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        deadline = time.monotonic() + 120
        while pg_article_count(restarted_db) < total // 4 and time.monotonic() < deadline \
                and proc.poll() is None:
            time.sleep(0.05)
        assert proc.poll() is None, "ingest finished before the restart; make the corpus larger"
        # -l keeps the restarted server off our pipes, or the call would wait for it to exit
        cluster._run(str(PG_BIN / "pg_ctl"), "-D", str(cluster.folder / "data"), "-l",
                     str(cluster.folder / "server.log"), "-m", "fast", "-w", "restart")
        _, stderr = proc.communicate(timeout=300)
        # either the store's retries rode out the restart, or the run stopped with a clear message
        assert proc.returncode in (0, 3), stderr.decode()
        if proc.returncode == 3:
            assert "rerun the same command" in stderr.decode()
        rerun = run_cli("ingest", str(corpus), db=restarted_db)
        assert rerun.returncode == 0, rerun.stderr.decode()
        assert stored_facts(restarted_db) == expected


def pg_article_count(url: str) -> int:
    import psycopg

    try:
        with psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), connect_timeout=2) as conn:
            return conn.execute("select count(*) from articles").fetchone()[0]
    except psycopg.Error:
        return 0
