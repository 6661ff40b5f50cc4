"""Fixtures shared by the whole suite: where ../shared is, and a CLI runner with its own store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
BASELINE = ROOT / "benchmarks" / "baseline.json"


@pytest.fixture(scope="session")
def shared() -> Path:
    """The shared development data, read in place; its absence is a failure, not a skip."""
    assert (SHARED / "eval" / "score.py").exists(), (
        f"{SHARED} is missing: the tests read ../shared in place; clone the repo next to shared/")
    return SHARED


@pytest.fixture(scope="session")
def baseline() -> dict:
    """Quality floors pinned in benchmarks/baseline.json; lowering one is an explained commit."""
    return json.loads(BASELINE.read_text())


def run_cli(*args: str, db: str | None = None, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the real `pactwatch` command in a subprocess, as a user would."""
    env_db = ["--db", db] if db and args and args[0] in {"ingest", "facts", "events", "show"} else []
    return subprocess.run([sys.executable, "-m", "pactwatch.serve.cli", *args, *env_db],
                          capture_output=True, input=stdin, timeout=600)


def score(gold: Path, facts: Path, docs: Path | None = None) -> dict:
    """The shared scorer's figures, as JSON."""
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(facts), "--json"]
    if docs:
        cmd += ["--docs", str(docs)]
    return json.loads(subprocess.run(cmd, capture_output=True, text=True, check=True).stdout)
