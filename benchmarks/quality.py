#!/usr/bin/env python3
"""Quality report: run `pactwatch extract` on the seeds and the dev set and print the scorer's figures.

usage: benchmarks/quality.py [--set seeds|dev|examples ...] [--json] [--verbose]

Each set is (pages, gold). The pages go through the real CLI (clean + extract, no database), the
output is scored by ../shared/eval/score.py, which this script calls and never copies.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SETS = {
    "seeds": (SHARED / "seeds", SHARED / "gold" / "seeds.jsonl"),
    "dev": (SHARED / "dev" / "pages", SHARED / "dev" / "gold.jsonl"),
    "examples": (ROOT / "examples", ROOT / "examples" / "gold.jsonl"),
}
CLI = [sys.executable, "-m", "pactwatch.serve.cli"]


def pages_of(folder: Path) -> list[str]:
    """The page files of a set, in a stable order."""
    suffixes = (".html", ".htm", ".txt", ".html.gz", ".htm.gz", ".txt.gz")
    return sorted(str(p) for p in folder.iterdir() if p.name.endswith(suffixes))


def run_set(name: str, workdir: Path) -> dict:
    """Extract one set through the CLI and score facts and documents."""
    pages, gold = SETS[name]
    if not gold.exists():
        raise SystemExit(f"{gold} not found: benchmarks read ../shared in place (clone next to it)")
    facts, docs = workdir / f"{name}.facts.jsonl", workdir / f"{name}.docs.jsonl"
    run = subprocess.run([*CLI, "extract", *pages_of(pages), "--out", str(facts), "--docs", str(docs)],
                         capture_output=True, text=True)
    if run.returncode not in (0, 1):
        raise SystemExit(f"pactwatch extract failed on {name}:\n{run.stderr}")
    score = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"), str(gold), str(facts),
                            "--docs", str(docs), "--json"], capture_output=True, text=True, check=True)
    return json.loads(score.stdout)


def summary_row(name: str, r: dict) -> str:
    """One line of the figures the issues ask for."""
    d = r.get("documents_check", {})
    return (f"{name:9} event F1 {r['event']['f1']:.3f}  strict F1 {r['strict']['f1']:.3f}  "
            f"date {r['date_accuracy']}  status {r['status_accuracy']}  people {r['people_recall']}  | "
            f"title {d.get('title_accuracy')}  published {d.get('published_accuracy')}  "
            f"body recall {d.get('body_recall')}  leak {d.get('boilerplate_leak')}  "
            f"(gold {r['gold_facts']}, predicted {r['predicted_facts']})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", choices=sorted(SETS), dest="sets")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="also print misses, spurious facts and per-type F1")
    a = ap.parse_args()
    names = a.sets or ["seeds", "dev"]
    with tempfile.TemporaryDirectory() as tmp:
        results = {n: run_set(n, Path(tmp)) for n in names}
    if a.json:
        print(json.dumps(results, indent=1))
        return 0
    for name, r in results.items():
        if a.verbose:
            for m in r["missed"]:
                print(f"{name} missed  ", m)
            for s in r["spurious"]:
                print(f"{name} spurious", s)
            for t, v in r["per_type"].items():
                print(f"{name} type {t:24} gold {v['gold']:3} pred {v['pred']:3} strict F1 {v['strict_f1']}")
        print(summary_row(name, r))
    return 0


if __name__ == "__main__":
    sys.exit(main())
