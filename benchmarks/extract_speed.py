#!/usr/bin/env python3
"""Extraction throughput: `extract_facts` against spaCy's full pipeline over every sentence, one run.

usage: benchmarks/extract_speed.py [--rounds N] [--limit N]

Input: the ScrapingHub ground-truth bodies (../shared/bench/scrapinghub/ground-truth.json), read in
place, as already-cleaned articles. The peer is the pinned small English model run on every page's
whole text (tagger, parser, NER on every sentence), which is what extraction would cost without the
cheap pass that selects candidate sentences. Both are warmed up, then timed in alternating rounds so
machine noise hits both alike; the ratio is what matters.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRUTH = ROOT.parent / "shared" / "bench" / "scrapinghub" / "ground-truth.json"
TARGET_RATIO = 5.0


def load_articles(limit: int | None):
    """Ground-truth bodies as Articles (paragraphs split on blank lines), with no publication date."""
    from pactwatch.model import Article

    if not TRUTH.exists():
        raise SystemExit(f"{TRUTH} not found: benchmarks read ../shared in place")
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    articles = []
    for key, value in list(truth.items())[:limit]:
        paragraphs = tuple(p.strip() for p in value["articleBody"].split("\n") if p.strip())
        text = "\n\n".join(paragraphs)
        articles.append(Article(id=hashlib.sha256(text.encode()).hexdigest()[:20], source=key, doc=key,
                                title=None, published=None, outlet=None, url=value.get("url"),
                                paragraphs=paragraphs, text=text))
    return articles


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    a = ap.parse_args()
    from pactwatch.extract import extract_facts
    from pactwatch.extract.nlp import load_nlp

    articles = load_articles(a.limit)
    nlp = load_nlp()
    words = sum(len(x.text.split()) for x in articles)

    def ours() -> int:
        return sum(len(extract_facts(x)) for x in articles)

    def peer() -> int:
        return sum(len(doc.ents) for doc in nlp.pipe((x.text for x in articles), batch_size=16))

    ours(), peer()  # warm-up: model load, regex compilation, caches
    times: dict[str, list[float]] = {"pactwatch extract": [], "spaCy on every sentence": []}
    facts = 0
    for _ in range(a.rounds):
        for name, run in (("pactwatch extract", ours), ("spaCy on every sentence", peer)):
            start = time.perf_counter()
            result = run()
            times[name].append(time.perf_counter() - start)
            if name == "pactwatch extract":
                facts = result
    best = {name: statistics.median(t) for name, t in times.items()}
    print(f"{len(articles)} pages, {words:,} words, {a.rounds} rounds (median)")
    print(f"{'method':26} {'seconds':>8} {'pages/s':>8} {'words/s':>10}")
    for name, seconds in best.items():
        print(f"{name:26} {seconds:8.2f} {len(articles) / seconds:8.1f} {words / seconds:10,.0f}")
    ratio = best["spaCy on every sentence"] / best["pactwatch extract"]
    verdict = "meets" if ratio >= TARGET_RATIO else "BELOW"
    print(f"ratio {ratio:.1f}x spaCy ({verdict} the {TARGET_RATIO:.0f}x target); {facts} facts extracted")
    return 0


if __name__ == "__main__":
    sys.exit(main())
