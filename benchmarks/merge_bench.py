"""Merge quality: precision and recall of "same event" over labelled fact pairs.

Run: .venv/bin/python benchmarks/merge_bench.py [--verbose]
All gold facts of ../shared (dev + seeds) and the invented facts of tests/resolve/fixtures/merge_pairs.jsonl
are resolved together, so every pair is judged among distractors; a pair counts as merged when both facts
land in one event.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pactwatch.resolve import resolve_events  # noqa: E402
from tests.resolve.pairs import load_pairs  # noqa: E402


def evaluate(verbose: bool = False) -> dict[str, float]:
    """Resolve every fact once and score the labelled pairs."""
    facts, pairs = load_pairs()
    started = time.perf_counter()
    events = resolve_events(facts.values())
    seconds = time.perf_counter() - started
    event_of = {f.evidence[0].sentence: e.id for e in events for f in e.facts}
    tp = fp = fn = tn = 0
    for pair in pairs:
        merged = event_of[pair.a] == event_of[pair.b]
        tp += merged and pair.same
        fp += merged and not pair.same
        fn += (not merged) and pair.same
        tn += (not merged) and not pair.same
        if verbose and merged != pair.same:
            print(f"  {'FALSE MERGE' if merged else 'MISSED'}: {pair.a} ~ {pair.b} ({pair.why})")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return {"pairs": len(pairs), "same": tp + fn, "different": fp + tn, "tp": tp, "fp": fp, "fn": fn,
            "tn": tn, "precision": precision, "recall": recall, "facts": len(facts), "events": len(events),
            "seconds": seconds}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="list every wrong pair")
    result = evaluate(parser.parse_args().verbose)
    print(f"merge pairs: {result['pairs']} ({result['same']} same, {result['different']} different); "
          f"{result['facts']} facts -> {result['events']} events in {result['seconds']:.3f}s")
    print(f"precision {result['precision']:.3f}  recall {result['recall']:.3f}  "
          f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, tn {result['tn']})")


if __name__ == "__main__":
    main()
