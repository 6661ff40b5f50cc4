"""Two ingests into one store at the same time leave no duplicates and no half-saved article."""

from __future__ import annotations

import multiprocessing
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from pactwatch.resolve import resolve_events
from pactwatch.store import open_store
from pactwatch.store.models import ArticleRow, EventFactRow
from tests.store.sample import article, fact, meeting_article

ARTICLES = 30


def ingest_all(url: str, reverse: bool) -> list[str]:
    """What one ingest process does: save every article, then re-merge events."""
    store = open_store(url)
    order = range(ARTICLES - 1, -1, -1) if reverse else range(ARTICLES)
    outcomes = []
    for n in order:
        a, facts = meeting_article(n)
        outcomes.append(store.save_article(a, facts))
    store.save_events(resolve_events(store.all_facts()))
    store.close()
    return outcomes


def ingest_in_batches(url: str, reverse: bool) -> list[str]:
    """Like ingest_all, with save_articles in batches of 7 (locks taken in a fixed order)."""
    store = open_store(url)
    order = list(range(ARTICLES - 1, -1, -1) if reverse else range(ARTICLES))
    outcomes = []
    for at in range(0, ARTICLES, 7):
        outcomes += store.save_articles([meeting_article(n) for n in order[at:at + 7]])
    store.close()
    return outcomes


def rewrite_all(url: str, tag: str) -> list[str]:
    """Save a different text for the same sources: each must become one more version."""
    store = open_store(url)
    outcomes = []
    for n in range(ARTICLES):
        a = article(f"Version {tag} of page {n}.", source=f"pages/p{n:04d}.txt")
        outcomes.append(store.save_article(a, [fact(a)]))
    store.close()
    return outcomes


def _run_two(target, args_a: tuple, args_b: tuple) -> list[list[str]]:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Pool(2) as pool:
        first = pool.apply_async(target, args_a)
        second = pool.apply_async(target, args_b)
        return [first.get(timeout=180), second.get(timeout=180)]


@pytest.mark.slow
def test_two_processes_saving_the_same_articles(store_url: str) -> None:
    open_store(store_url).close()  # schema first, so both workers time only their saves
    results = _run_two(ingest_all, (store_url, False), (store_url, True))
    outcomes = Counter(o for r in results for o in r)
    assert outcomes == {"new": ARTICLES, "unchanged": ARTICLES}
    store = open_store(store_url)
    assert store.counts() == {"articles": ARTICLES, "article_versions": ARTICLES, "facts": 3 * ARTICLES,
                              "events": 3, "reviews": 0}
    with store.session() as session:
        links = session.execute(select(func.count()).select_from(EventFactRow)).scalar()
    assert links == 3 * ARTICLES


@pytest.mark.slow
def test_two_processes_saving_overlapping_batches(store_url: str) -> None:
    open_store(store_url).close()
    results = _run_two(ingest_in_batches, (store_url, False), (store_url, True))
    assert Counter(o for r in results for o in r) == {"new": ARTICLES, "unchanged": ARTICLES}
    assert open_store(store_url).counts()["facts"] == 3 * ARTICLES


@pytest.mark.slow
def test_two_processes_writing_new_versions_of_the_same_pages(store_url: str) -> None:
    store = open_store(store_url)
    for n in range(ARTICLES):
        a, facts = meeting_article(n)
        store.save_article(a, facts)
    results = _run_two(rewrite_all, (store_url, "A"), (store_url, "B"))
    assert Counter(o for r in results for o in r) == {"new_version": 2 * ARTICLES}
    with store.session() as session:
        per_page = session.execute(select(ArticleRow.lineage, func.count(), func.max(ArticleRow.version))
                                   .group_by(ArticleRow.lineage)).all()
        current = session.execute(select(func.count()).select_from(ArticleRow)
                                  .where(ArticleRow.current.is_(True))).scalar()
    assert {(count, top) for _, count, top in per_page} == {(3, 3)}
    assert current == ARTICLES
    assert store.counts()["facts"] == ARTICLES


def save_then_hang(url: str, ready) -> None:
    """Save articles inside one batch and never commit: the test kills this process mid-batch."""
    store = open_store(url)
    with store.transaction():
        for n in range(5):
            a, facts = meeting_article(n)
            store.save_article(a, facts)
        ready.set()
        time.sleep(120)


@pytest.mark.slow
def test_a_killed_ingest_leaves_no_half_article(store_url: str) -> None:
    open_store(store_url).close()
    ctx = multiprocessing.get_context("spawn")
    ready = ctx.Event()
    worker = ctx.Process(target=save_then_hang, args=(store_url, ready))
    worker.start()
    assert ready.wait(60), "the worker never reached the middle of its batch"
    worker.kill()
    worker.join(30)
    store = open_store(store_url)
    assert store.counts()["articles"] == 0 and store.counts()["facts"] == 0
    a, facts = meeting_article(0)
    assert store.save_article(a, facts) == "new"  # and the store is writable again at once
