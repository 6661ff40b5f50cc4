"""Every kind of bad input a new user tries, fed to a real `pactwatch ingest` over a store with data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run_cli

pytestmark = pytest.mark.slow

WEATHER = ("Page {n}: the weather stayed mild in the harbour town on Tuesday, residents said, and the "
           "market kept its stalls open late into the evening while the ferry ran on time.")


def stored(db: str) -> list[str]:
    """Every stored fact as a JSON line, sorted, to compare whole stores."""
    return sorted(run_cli("facts", "--json", db=db).stdout.decode().splitlines())


def make_bad_folder(folder: Path) -> dict[str, str]:
    """One input of each bad kind; returns file name -> words its skip line must contain."""
    folder.mkdir()
    (folder / "binary.html").write_bytes(os.urandom(4096))
    (folder / "empty.html").write_bytes(b"")
    big = "<html><body>" + "<div><a href='/x'>menu item</a></div>" * 1_500_000 + "</body></html>"
    (folder / "huge.html").write_text(big)  # about 50 MB of markup with no article in it
    (folder / "utf16.html").write_bytes(
        "<html><body><article><p>Une page en UTF-16 avec BOM.</p></article></body></html>".encode("utf-16"))
    (folder / "cp1252.txt").write_bytes("Caf\u00e9 \u201cquoted\u201d text.\n".encode("cp1252"))
    (folder / "sjis.txt").write_bytes("防衛省は発表した。\n".encode("shift_jis"))
    (folder / "malformed.html").write_bytes(b"<html><body><div><p>Unclosed <b>tags<table><tr><td>")
    os.symlink(folder / "loop_b.html", folder / "loop_a.html")
    os.symlink(folder / "loop_a.html", folder / "loop_b.html")
    return {"binary.html": "binary", "empty.html": "empty", "loop_a.html": "link", "loop_b.html": "link"}


def test_bad_inputs_leave_the_store_unchanged(tmp_path):
    db = f"sqlite:///{tmp_path / 'store.db'}"
    assert run_cli("ingest", str(EXAMPLES), db=db).returncode == 0
    before = stored(db)
    expected = make_bad_folder(tmp_path / "bad")
    result = run_cli("ingest", str(tmp_path / "bad"), str(tmp_path / "missing.html"), db=db)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    expected["missing.html"] = "no such file"
    for name, words in expected.items():
        lines = [ln for ln in err.splitlines() if name in ln]
        assert len(lines) == 1 and words in lines[0], f"{name}: {lines} in\n{err}"
    counts = re.search(r"skipped\s+(\d+) \(([^)]*)\)", result.stdout.decode())
    assert counts and int(counts.group(1)) >= len(expected), result.stdout.decode()
    assert "binary: 1" in counts.group(2) and "empty: 1" in counts.group(2)
    assert stored(db) == before


def test_unreadable_file_is_named_and_the_run_goes_on(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    shutil.copy(next(EXAMPLES.glob("*.txt")), pages / "readable.txt")
    (pages / "secret.txt").write_text(WEATHER.format(n=1))
    (pages / "secret.txt").chmod(0)
    cmd = [*without_root_powers(), sys.executable, "-m", "pactwatch.serve.cli", "ingest", str(pages),
           "--db", f"sqlite:///{tmp_path / 's.db'}"]
    result = subprocess.run(cmd, capture_output=True, timeout=300)
    err = result.stderr.decode()
    assert result.returncode == 1, err
    line = next(ln for ln in err.splitlines() if "secret.txt" in ln)
    assert "permission" in line and "chmod" in line
    assert re.search(r"articles\s+1 ", result.stdout.decode())


def without_root_powers() -> list[str]:
    """A prefix that runs a command as root would run without its power to read any file, or nothing."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    assert setpriv, "setpriv (util-linux) is needed to test unreadable files as root"
    return [setpriv, "--bounding-set=-dac_override,-dac_read_search"]


def test_ten_thousand_files(tmp_path):
    pages = tmp_path / "many"
    pages.mkdir()
    for n in range(10_000):
        (pages / f"p{n:05d}.txt").write_text(WEATHER.format(n=n))
    db = f"sqlite:///{tmp_path / 'many.db'}"
    first = run_cli("ingest", str(pages), db=db)
    assert first.returncode in (0, 1), first.stderr.decode()[-2000:]
    assert re.search(r"pages read\s+10000", first.stdout.decode()), first.stdout.decode()
    again = run_cli("ingest", str(pages), db=db)
    assert re.search(r"\b0 new\b", again.stdout.decode())
