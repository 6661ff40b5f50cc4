"""Writing articles and their facts: idempotent by text, versioned by page, one transaction each."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from pactwatch.model import Article, Fact
from pactwatch.store.engine import StoreError
from pactwatch.store.models import ArticleRow, FactRow
from pactwatch.store.records import article_values, fact_key, fact_problem, fact_values
from pactwatch.store.sql import Sql, chunks, now


def check(article: object, facts: Sequence[object]) -> None:
    """Refuse, before any write, what the tables cannot hold the same way on both backends."""
    if not isinstance(article, Article) or not article.id:
        raise StoreError(f"cannot store {article!r}: an Article with an id is needed")
    for n, fact in enumerate(facts):
        problem = fact_problem(fact)
        if problem:
            raise StoreError(f"cannot store fact {n} of {article.source}: {problem}; nothing was saved")


def lineage_of(article: Article) -> str:
    """What "the same page" means: its URL when known, else where it was read from."""
    return article.url or article.source


def save_article(session: Session, sql: Sql, article: Article, facts: Sequence[Fact]) -> str:
    """Store one article: "new", "unchanged", "updated" (same text, other facts) or "new_version"."""
    lineage = lineage_of(article)
    sql.lock(session, lineage)
    existing = session.execute(
        select(ArticleRow.id, ArticleRow.current, ArticleRow.lineage).where(ArticleRow.id == article.id)
    ).first()
    if existing is not None:
        outcome = _refresh_facts(session, sql, article.id, facts)
        if not existing.current:  # the page went back to an older text: that version is current again
            session.execute(update(ArticleRow).where(ArticleRow.lineage == existing.lineage)
                            .values(current=ArticleRow.id == article.id))
            return "new_version"
        return outcome
    previous = session.execute(select(func.max(ArticleRow.version)).where(ArticleRow.lineage == lineage)).scalar()
    if previous:
        session.execute(update(ArticleRow).where(ArticleRow.lineage == lineage).values(current=False))
    inserted = session.execute(sql.insert_ignore(ArticleRow.__table__),
                               article_values(article, lineage, (previous or 0) + 1, now()))
    if inserted.rowcount == 0:  # another process stored the same text a moment ago
        return "unchanged"
    _insert_facts(session, sql, facts, article.id)
    return "new_version" if previous else "new"


def save_batch(session: Session, sql: Sql, batch: list[tuple[Article, Sequence[Fact]]]) -> list[str]:
    """Store many articles: brand-new pages with set-based inserts, the rest one by one, in order."""
    lineages = sorted({lineage_of(a) for a, _ in batch})
    for lineage in lineages:  # sorted, so two batches never wait on each other in a cycle
        sql.lock(session, lineage)
    ids = sorted({a.id for a, _ in batch})
    known: set[str] = set()
    for chunk in chunks(ids):
        known.update(session.execute(select(ArticleRow.id).where(ArticleRow.id.in_(chunk))).scalars())
    for chunk in chunks(lineages):
        known.update(session.execute(select(ArticleRow.lineage).distinct()
                                     .where(ArticleRow.lineage.in_(chunk))).scalars())
    stamp = now()
    outcomes: list[str | None] = [None] * len(batch)
    fresh_articles, fresh_facts = [], []
    for n, (article, facts) in enumerate(batch):
        lineage = lineage_of(article)
        if article.id in known or lineage in known:
            continue
        known.update((article.id, lineage))  # a second copy in this batch takes the careful path
        fresh_articles.append(article_values(article, lineage, 1, stamp))
        fresh_facts.extend(fact_values(_owned(f, article.id), i) for i, f in enumerate(facts))
        outcomes[n] = "new"
    if fresh_articles:
        session.execute(sql.insert_ignore(ArticleRow.__table__), fresh_articles)
    if fresh_facts:
        session.execute(sql.insert_ignore(FactRow.__table__), fresh_facts)
    for n, (article, facts) in enumerate(batch):
        if outcomes[n] is None:
            outcomes[n] = save_article(session, sql, article, facts)
    return [o or "unchanged" for o in outcomes]


def _refresh_facts(session: Session, sql: Sql, article_id: str, facts: Sequence[Fact]) -> str:
    stored = set(session.execute(select(FactRow.id).where(FactRow.article_id == article_id)).scalars())
    wanted = {fact_key(_owned(f, article_id)) for f in facts}
    if stored == wanted:
        return "unchanged"
    gone = sorted(stored - wanted)
    for chunk in chunks(gone):
        session.execute(delete(FactRow).where(FactRow.id.in_(chunk)))
    _insert_facts(session, sql, facts, article_id)
    return "updated"


def _insert_facts(session: Session, sql: Sql, facts: Sequence[Fact], article_id: str) -> None:
    rows = [fact_values(_owned(f, article_id), i) for i, f in enumerate(facts)]
    if rows:
        session.execute(sql.insert_ignore(FactRow.__table__), rows)


def _owned(fact: Fact, article_id: str) -> Fact:
    """The fact tied to the article it is saved with (extractors may leave article_id empty)."""
    return fact if fact.article_id == article_id else replace(fact, article_id=article_id)
