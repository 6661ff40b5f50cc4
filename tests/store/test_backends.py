"""SQLite and PostgreSQL give the same stored facts and the same events for the same input."""

from __future__ import annotations

import hashlib
from dataclasses import replace

import pytest

from pactwatch.model import Article, Event
from pactwatch.resolve import resolve_events
from pactwatch.store import Store, open_store
from tests.resolve.pairs import load_pairs


def _ingest(store: Store) -> list[Event]:
    """Store every fact of the merge pairs under one article per document, then merge and save events."""
    facts, _ = load_pairs()
    by_doc: dict[str, list] = {}
    for fact in facts.values():
        by_doc.setdefault(fact.doc, []).append(fact)
    with store.transaction():
        for doc, items in sorted(by_doc.items()):
            text = f"Article {doc}: " + " ".join(f.evidence[0].sentence for f in items)
            article_id = hashlib.sha256(text.encode()).hexdigest()[:32]
            article = Article(id=article_id, source=f"{doc}.txt", doc=doc, title=doc, published=None, outlet=None,
                              url=None, paragraphs=(text,), text=text)
            store.save_article(article, [replace(f, article_id=article_id) for f in items])
    store.save_events(resolve_events(store.all_facts()))
    return store.list_events()


@pytest.mark.postgres
def test_both_backends_store_identical_events(sqlite_url: str, pg_url: str) -> None:
    lite, pg = open_store(sqlite_url), open_store(pg_url)
    on_sqlite, on_pg = _ingest(lite), _ingest(pg)
    assert len(on_sqlite) > 100
    assert on_sqlite == on_pg
    assert lite.counts() == pg.counts()
    assert lite.query_facts(country="JPN", since="2024") == pg.query_facts(country="JPN", since="2024")
    assert sorted(lite.all_facts(), key=repr) == sorted(pg.all_facts(), key=repr)
