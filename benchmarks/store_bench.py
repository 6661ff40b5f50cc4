"""Bulk insert rate of the store: facts per second on SQLite and PostgreSQL, measured in the same run.

Three ways to save: save_article (one transaction per article), save_article inside store.transaction()
(one per batch), and save_articles (one per batch, set-based inserts for new pages).

Run: .venv/bin/python benchmarks/store_bench.py [--articles 1000] [--facts-per-article 10] [--batch 100]
PostgreSQL runs in a temporary cluster started here (as the tests do), with its default durable settings
(fsync on); SQLite runs in WAL mode with synchronous=NORMAL, as open_store sets it.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pactwatch.model import Amount, Article, Evidence, Fact, Person  # noqa: E402
from pactwatch.resolve import resolve_events  # noqa: E402
from pactwatch.store import open_store  # noqa: E402
from tests.pg_server import TempCluster  # noqa: E402

PARTIES = [("JPN", "USA"), ("AUS", "JPN"), ("GBR", "JPN"), ("IND", "JPN"), ("JPN", "PHL"), ("FRA", "IDN")]
TYPES = ["meeting", "agreement_signed", "cooperation_pledge", "exercise", "arms_transfer"]


def corpus(articles: int, per_article: int, tag: str) -> list[tuple[Article, list[Fact]]]:
    """Synthetic articles with facts of every field kind (people, evidence, amounts)."""
    out = []
    for n in range(articles):
        text = f"[{tag}] Article {n}. " + " ".join(f"Sentence {i} about defence talks." for i in range(per_article))
        article_id = hashlib.sha256(text.encode()).hexdigest()[:32]
        article = Article(id=article_id, source=f"bench/{tag}/{n}.txt", doc=f"{tag}{n}", title=f"Title {n}",
                          published=f"2024-{n % 12 + 1:02d}-{n % 28 + 1:02d}", outlet="Bench Wire", url=None,
                          paragraphs=(text,), text=text)
        facts = []
        for i in range(per_article):
            start = text.index(f"Sentence {i} ")
            facts.append(Fact(article_id=article_id, doc=article.doc, type=TYPES[(n + i) % len(TYPES)],
                              parties=PARTIES[(n * 7 + i) % len(PARTIES)],
                              date=f"{2020 + (n + i) % 5}-{(n * 3 + i) % 12 + 1:02d}",
                              status="occurred", place="Tokyo" if i % 2 else None,
                              amount=Amount(1e9 + i, "USD") if i % 5 == 4 else None,
                              people=(Person("Minoru Kihara", "JPN", "defence minister"),),
                              evidence=(Evidence(f"Sentence {i} about defence talks.", start, start + 33),),
                              confidence=0.7, extractor="bench.v1", reference_version="bench"))
        out.append((article, facts))
    return out


def _rate(items: list, per_article: int, started: float) -> float:
    return len(items) * per_article / (time.perf_counter() - started)


def measure(url: str, args: argparse.Namespace) -> dict[str, float]:
    """Facts per second: article by article, in transaction() batches, with save_articles; then re-merge."""
    store = open_store(url)
    k = args.facts_per_article
    items = corpus(args.articles, k, "single")
    started = time.perf_counter()
    for article, facts in items:
        store.save_article(article, facts)
    single = _rate(items, k, started)
    items = corpus(args.articles, k, "tx")
    started = time.perf_counter()
    for at in range(0, len(items), args.batch):
        with store.transaction():
            for article, facts in items[at:at + args.batch]:
                store.save_article(article, facts)
    batched = _rate(items, k, started)
    items = corpus(args.articles, k, "bulk")
    started = time.perf_counter()
    for at in range(0, len(items), args.batch):
        store.save_articles(items[at:at + args.batch])
    bulk = _rate(items, k, started)
    started = time.perf_counter()
    again = sum(store.save_article(a, f) == "unchanged" for a, f in items)
    rerun = _rate(items, k, started)
    assert again == len(items)
    started = time.perf_counter()
    events = resolve_events(store.all_facts())
    resolve_s = time.perf_counter() - started
    started = time.perf_counter()
    store.save_events(events)
    events_s = time.perf_counter() - started
    counts = store.counts()
    store.close()
    return {"single": single, "batched": batched, "bulk": bulk, "rerun": rerun, "facts": counts["facts"],
            "events": counts["events"], "resolve_s": resolve_s, "save_events_s": events_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--facts-per-article", type=int, default=10)
    parser.add_argument("--batch", type=int, default=100, help="articles per transaction in the batched run")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as folder:
        results["sqlite"] = measure(f"sqlite:///{folder}/bench.db", args)
    with TempCluster(durable=True) as pg:
        results["postgresql"] = measure(pg.create_database("bench"), args)
    print(f"{args.articles} articles x {args.facts_per_article} facts per mode; batches of {args.batch} articles")
    print(f"{'backend':<11} {'save_article':>13} {'transaction()':>14} {'save_articles':>14} {'re-save':>9} "
          f"{'facts':>6} {'events':>6} {'resolve s':>9} {'save_events s':>13}   (rates in facts/s)")
    for name, r in results.items():
        print(f"{name:<11} {r['single']:>13,.0f} {r['batched']:>14,.0f} {r['bulk']:>14,.0f} {r['rerun']:>9,.0f} "
              f"{r['facts']:>6} {r['events']:>6} {r['resolve_s']:>9.2f} {r['save_events_s']:>13.2f}")
    ratio = results["postgresql"]["bulk"] / results["sqlite"]["bulk"]
    print(f"postgresql / sqlite save_articles rate: {ratio:.2f}")


if __name__ == "__main__":
    main()
