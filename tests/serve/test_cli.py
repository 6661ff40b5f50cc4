"""The `pactwatch` command end to end: real subprocesses, a real SQLite file, the shared scorer."""

from __future__ import annotations

import gzip
import json
import re

import pytest

from tests.conftest import EXAMPLES, ROOT, run_cli, score

pytestmark = pytest.mark.slow

GOOD_HTML = """<!DOCTYPE html><html><head><title>Japan and Italy sign supply pact | Test Wire</title></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Japan and Italy sign supply pact</h1>
<p>Japan and Italy signed an Acquisition and Cross-Servicing Agreement in Rome on Monday, the Italian
defence ministry said, allowing their forces to share fuel, food and spare parts.</p>
<p>The agreement was signed by Italian Defence Minister Guido Crosetto and Japanese Foreign Minister
Takeshi Iwaya, who also held talks with Italian Foreign Minister Antonio Tajani.</p>
<p>Officials said the pact would make joint training between the two militaries easier to organise.</p>
</article><footer>© 2024 Test Wire</footer></body></html>"""


def bad_inputs(folder):
    """One of each kind of bad input a new user hands the tool, beside one good page."""
    (folder / "good.html").write_text(GOOD_HTML, encoding="utf-8")
    (folder / "binary.html").write_bytes(bytes(range(256)) * 64)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.txt.gz").write_bytes(gzip.compress(GOOD_HTML.encode())[:100])
    (folder / "win1252.txt").write_bytes(
        "Caf\u00e9 owners in Rome said the \u201cnew rules\u201d would help trade.\n".encode("cp1252") * 3)
    (folder / "sjis.txt").write_bytes("防衛省は新しい計画を発表した。\n".encode("shift_jis") * 5)
    (folder / "malformed.html").write_bytes(b"<html><body><div><p>Unclosed <b>tags <i>everywhere<table><tr><td>x")


def test_ingest_bad_inputs_are_named_and_the_run_goes_on(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    bad_inputs(pages)
    db = f"sqlite:///{tmp_path / 'store.db'}"
    first = run_cli("ingest", str(pages), str(tmp_path / "does-not-exist.html"), db=db)
    err = first.stderr.decode()
    assert first.returncode == 1, err
    for name, what in [("binary.html", "binary"), ("empty.txt", "empty"), ("broken.txt.gz", "gzip"),
                       ("does-not-exist.html", "no such file")]:
        line = next((ln for ln in err.splitlines() if name in ln), "")
        assert what in line, f"no clear line for {name} in:\n{err}"
    report = first.stdout.decode()
    assert re.search(r"skipped\s+\d+ \(", report)
    facts = json.loads("[" + ",".join(run_cli("facts", "--json", db=db).stdout.decode().split("\n")[:-1]) + "]")
    assert any(f["type"] == "agreement_signed" and f["parties"] == ["ITA", "JPN"] for f in facts), facts
    # a rerun adds nothing
    second = run_cli("ingest", str(pages), db=db)
    again = run_cli("facts", "--json", db=db).stdout.decode().splitlines()
    assert len(again) == len(facts)
    assert "0 new" in second.stdout.decode()


def test_clean_writes_one_line_per_readable_file(tmp_path, shared):
    seeds = sorted((shared / "seeds").glob("*.txt"))
    out = tmp_path / "docs.jsonl"
    result = run_cli("clean", *map(str, seeds), "--out", str(out))
    assert result.returncode == 0, result.stderr.decode()
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert [d["doc"] for d in docs] == [p.stem for p in seeds]
    assert set(docs[0]) == {"doc", "title", "published", "outlet", "text"}


def test_extract_on_seeds_reaches_the_floor(tmp_path, shared, baseline):
    facts, docs = tmp_path / "facts.jsonl", tmp_path / "docs.jsonl"
    result = run_cli("extract", str(shared / "seeds"), "--out", str(facts), "--docs", str(docs))
    assert result.returncode == 0, result.stderr.decode()
    first = json.loads(facts.read_text().splitlines()[0])
    assert first["evidence"] and first["evidence"][0]["end"] > first["evidence"][0]["start"]
    figures = score(shared / "gold" / "seeds.jsonl", facts, docs)
    assert figures["event"]["f1"] >= baseline["seeds_event_f1"], figures
    check = figures["documents_check"]
    assert check["title_accuracy"] == 1.0 and check["body_recall"] == 1.0 and check["boilerplate_leak"] == 0


def test_extract_reads_gz_and_stdin(tmp_path):
    page = tmp_path / "story.html.gz"
    page.write_bytes(gzip.compress(GOOD_HTML.encode()))
    out = tmp_path / "f.jsonl"
    assert run_cli("extract", str(page), "--out", str(out)).returncode == 0
    from_file = [json.loads(x) for x in out.read_text().splitlines()]
    assert from_file and all(f["doc"] == "story" for f in from_file)
    piped = run_cli("extract", "-", "--out", str(out), stdin=GOOD_HTML.encode())
    assert piped.returncode == 0
    assert len(out.read_text().splitlines()) == len(from_file)


def test_demo_run_scored_against_examples_gold(tmp_path, baseline):
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    ingest = run_cli("ingest", str(EXAMPLES), db=db)
    assert ingest.returncode == 0, ingest.stderr.decode()
    report = ingest.stdout.decode()
    assert "Top events" in report and "pactwatch show" in report
    facts = tmp_path / "facts.jsonl"
    rows = run_cli("facts", "--json", db=db).stdout.decode().splitlines()
    # the store keeps the doc id the scorer needs, so the demo's own store is what gets scored
    facts.write_text("\n".join(rows) + "\n")
    figures = score(EXAMPLES / "gold.jsonl", facts)
    assert figures["event"]["f1"] >= baseline["examples_event_f1"], figures


def test_facts_filters_and_formats(tmp_path):
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    run_cli("ingest", str(EXAMPLES), db=db)
    every = [json.loads(x) for x in run_cli("facts", "--json", db=db).stdout.decode().splitlines()]
    assert every
    some = every[0]
    country = some["parties"][0]
    by_country = [json.loads(x) for x in run_cli("facts", "--json", "--country", country.lower(),
                                                  db=db).stdout.decode().splitlines()]
    assert by_country and all(country in f["parties"] for f in by_country)
    assert len(by_country) == sum(country in f["parties"] for f in every)
    by_type = [json.loads(x) for x in run_cli("facts", "--json", "--type", some["type"],
                                               db=db).stdout.decode().splitlines()]
    assert by_type and {f["type"] for f in by_type} == {some["type"]}
    dated = [f for f in every if f["date"]]
    if dated:
        year = min(f["date"][:4] for f in dated)
        since = [json.loads(x) for x in run_cli("facts", "--json", "--since", str(int(year) + 1),
                                                 db=db).stdout.decode().splitlines()]
        assert all(f["date"] and f["date"][:4] > year for f in since)
    csv_out = run_cli("facts", "--csv", db=db).stdout.decode().splitlines()
    assert csv_out[0].startswith("date,type,parties") and len(csv_out) >= len(every) + 1
    bad = run_cli("facts", "--type", "picnic", db=db)
    assert bad.returncode == 2 and "choose one of" in bad.stderr.decode()


def test_events_and_show(tmp_path):
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    run_cli("ingest", str(EXAMPLES), db=db)
    events = [json.loads(x) for x in run_cli("events", "--json", db=db).stdout.decode().splitlines()]
    assert events
    multi = max(events, key=lambda e: e["articles"])
    assert multi["articles"] >= 2, "the examples hold a second report of one event; it must merge"
    shown = run_cli("show", multi["id"][:10], db=db)
    assert shown.returncode == 0, shown.stderr.decode()
    text = shown.stdout.decode()
    assert multi["type"] in text and "“" in text
    missing = run_cli("show", "nope-not-an-id", db=db)
    assert missing.returncode == 1 and "pactwatch events" in missing.stderr.decode()


def test_unusable_store_is_a_clear_error(tmp_path):
    result = run_cli("facts", db="postgresql+psycopg://nobody@127.0.0.1:1/none")
    assert result.returncode == 3
    assert "error" in result.stderr.decode().lower()


def test_every_command_has_help_and_is_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    from pactwatch.serve.cli import app

    names = [c.name or c.callback.__name__ for c in app.registered_commands]
    assert {"ingest", "facts", "events", "show", "clean", "extract"} <= set(names)
    for command in app.registered_commands:
        assert command.callback.__doc__, f"{command.name} has no help"
        assert f"pactwatch {command.name or command.callback.__name__}" in readme


def test_runs_with_standard_input_closed(tmp_path):
    """CI and cron start commands with no stdin at all; reading files must not care, '-' must say so."""
    import subprocess
    import sys

    page = tmp_path / "story.html"
    page.write_text(GOOD_HTML, encoding="utf-8")
    out = tmp_path / "f.jsonl"
    cmd = [sys.executable, "-m", "pactwatch.serve.cli", "extract", str(page), "-", "--out", str(out)]
    done = subprocess.run(cmd, capture_output=True, stdin=None, timeout=300, pass_fds=(),
                          preexec_fn=lambda: __import__("os").close(0))
    assert done.returncode == 1, done.stderr.decode()
    assert "no standard input" in done.stderr.decode()
    assert out.read_text().strip()
