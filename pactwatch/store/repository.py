"""The store's public face: one Store object whose methods the pipeline, CLI and API call."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from pactwatch.model import Article, Event, Fact, Problem
from pactwatch.store import articles as article_writes
from pactwatch.store import events as event_store
from pactwatch.store.engine import StoreError
from pactwatch.store.models import (
    ArticleRow,
    EventAliasRow,
    EventRow,
    FactRow,
    IngestRunRow,
    ProblemRow,
    ReviewRow,
)
from pactwatch.store.records import (
    REVIEW_STATES,
    EventDetail,
    Review,
    StoredArticle,
    StoredFact,
    check_edits,
    row_article,
    row_event,
    row_fact,
    row_review,
)
from pactwatch.store.sql import Sql, by_prefix, chunks, filters, now

RETRIES = 4  # a write that lost a race (unique key, deadlock, busy) is retried this many times


class Store:
    """Articles, facts, events and reviews in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._local = threading.local()
        self.sql = Sql(engine.dialect.name)

    @property
    def url_for_display(self) -> str:
        """The URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- transactions -------------------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction; store calls made inside it join it and commit together at the end."""
        active = getattr(self._local, "session", None)
        if active is not None:
            yield active
            return
        with Session(self._writer) as session, session.begin():
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A read session (or the active write transaction, so reads see its own writes)."""
        active = getattr(self._local, "session", None)
        if active is not None:
            yield active
            return
        with Session(self.engine) as session, session.begin():
            yield session

    def _write(self, work: Any) -> Any:
        """Run work(session) in the active transaction, or in its own one, retrying lost races."""
        if getattr(self._local, "session", None) is not None:
            return work(self._local.session)
        for attempt in range(RETRIES):
            try:
                with self.transaction() as session:
                    return work(session)
            except (IntegrityError, OperationalError) as exc:
                if attempt == RETRIES - 1:
                    raise StoreError(f"the store stayed busy or conflicting after {RETRIES} tries: "
                                     f"{exc.orig or exc}; retry the command") from exc
                time.sleep(0.05 * (attempt + 1))
        raise AssertionError("unreachable")

    # -- articles and facts -------------------------------------------------------------------------

    def save_article(self, article: Article, facts: Sequence[Fact]) -> str:
        """Store an article and its facts in one transaction: "new", "unchanged", "new_version" or "updated".

        "unchanged": the same text (same id) with the same facts is already stored; "updated": same text,
        but the facts differ (a newer extractor) and were replaced; "new_version": the same source or URL
        was stored before with other text, which is kept as an older version.
        """
        article_writes.check(article, facts)
        return self._write(lambda session: article_writes.save_article(session, self.sql, article, facts))

    def save_articles(self, items: Iterable[tuple[Article, Sequence[Fact]]]) -> list[str]:
        """Store a batch of articles with their facts in ONE transaction; outcomes as save_article's, in order.

        Brand-new pages go in with a few set-based statements; pages seen before take save_article's path.
        Locks are taken in a fixed order, and a batch that loses a race is retried whole.
        """
        batch = list(items)
        for article, facts in batch:
            article_writes.check(article, facts)
        return self._write(lambda session: article_writes.save_batch(session, self.sql, batch))

    def all_facts(self) -> list[Fact]:
        """Every fact of every current article version, in ingest order: the input of resolve_events."""
        with self.session() as session:
            rows = session.execute(  # plain rows, not ORM objects: this reads every fact
                select(FactRow.__table__).join(ArticleRow, ArticleRow.id == FactRow.article_id)
                .where(ArticleRow.current.is_(True))
                .order_by(ArticleRow.first_ingested_at, ArticleRow.id, FactRow.position))
            return [row_fact(r) for r in rows]

    def query_facts(self, country: str | None = None, partner: str | None = None, type: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None) -> list[StoredFact]:
        """Facts of current articles, newest date first; since/until compare date prefixes (2022, 2022-05)."""
        query = (select(FactRow, ArticleRow.title, ArticleRow.outlet, ArticleRow.published, ArticleRow.source,
                        ArticleRow.url)
                 .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                 .where(ArticleRow.current.is_(True)))
        query = query.where(*filters(FactRow, country, partner, type, since, until))
        query = query.order_by(FactRow.date.is_(None), FactRow.date.desc(), ArticleRow.published.desc(),
                               FactRow.article_id, FactRow.position)
        if limit is not None:
            query = query.limit(limit)
        with self.session() as session:
            return [StoredFact(row_fact(r.FactRow), r.title, r.outlet, r.published, r.source, r.url)
                    for r in session.execute(query)]

    def get_article(self, article_id: str) -> StoredArticle | None:
        """One stored article version with its facts, by id (or a unique id prefix)."""
        with self.session() as session:
            row = session.get(ArticleRow, article_id) or by_prefix(session, ArticleRow, article_id)
            if row is None:
                return None
            facts = session.execute(select(FactRow).where(FactRow.article_id == row.id)
                                    .order_by(FactRow.position)).scalars()
            return row_article(row, tuple(row_fact(f) for f in facts))

    # -- events -------------------------------------------------------------------------------------

    def save_events(self, events: Sequence[Event], prune: bool = True) -> None:
        """Upsert events by id and replace their fact links; reviews are never touched.

        With prune (the default, for a full re-merge), events that are no longer produced are removed and
        their ids become aliases of the event that holds most of their facts (or, when their article got a
        new version, most facts from the same page), so a review made on an old id stays with its event.
        """
        unique = list({e.id: e for e in events}.values())
        self._write(lambda session: event_store.save_events(session, self.sql, unique, prune))

    def list_events(self, country: str | None = None, partner: str | None = None, type: str | None = None,
                    since: str | None = None, until: str | None = None, status: str | None = None,
                    limit: int | None = None) -> list[Event]:
        """Events with their facts, newest date first, filtered like query_facts."""
        query = select(EventRow).where(*filters(EventRow, country, partner, type, since, until))
        if status:
            query = query.where(EventRow.status == status)
        query = query.order_by(EventRow.date.is_(None), EventRow.date.desc(), EventRow.id)
        if limit is not None:
            query = query.limit(limit)
        with self.session() as session:
            rows = list(session.execute(query).scalars())
            facts = event_store.event_facts(session, [r.id for r in rows])
            return [row_event(r, facts.get(r.id, ())) for r in rows]

    def resolve_event_id(self, event_id: str) -> str | None:
        """The current id for an id, an old id replaced by a re-merge, or a unique prefix of either."""
        with self.session() as session:
            return event_store.resolve_id(session, event_id)

    def get_event(self, event_id: str) -> EventDetail | None:
        """One event: its facts, their articles, its review history and its thread; None if unknown."""
        with self.session() as session:
            resolved = event_store.resolve_id(session, event_id)
            if resolved is None:
                return None
            row = session.get(EventRow, resolved)
            facts = event_store.event_facts(session, [resolved]).get(resolved, ())
            articles: dict[str, StoredArticle] = {}
            for chunk in chunks(sorted({f.article_id for f in facts})):
                for a in session.execute(select(ArticleRow).where(ArticleRow.id.in_(chunk))).scalars():
                    articles[a.id] = row_article(a)
            aliases = tuple(session.execute(select(EventAliasRow.old_id).where(EventAliasRow.new_id == resolved)
                                            .order_by(EventAliasRow.old_id)).scalars())
            history = event_store.reviews_of(session, (resolved, *aliases))
            thread: tuple[Event, ...] = ()
            if row.thread_id:
                thread = tuple(row_event(t) for t in session.execute(
                    select(EventRow).where(EventRow.thread_id == row.thread_id, EventRow.id != resolved)
                    .order_by(EventRow.date.is_(None), EventRow.date, EventRow.id)).scalars())
            return EventDetail(event=row_event(row, facts), articles=articles,
                               review=history[0] if history else None, history=history, thread=thread,
                               first_seen=row.first_seen, last_seen=row.last_seen, aliases=aliases)

    # -- reviews ------------------------------------------------------------------------------------

    def set_review(self, event_id: str, state: str, edits: dict[str, Any] | None = None,
                   reviewer: str | None = None) -> Review:
        """Record a verdict on an event (accepted, rejected or edited); earlier verdicts stay as history."""
        if state not in REVIEW_STATES:
            raise StoreError(f"unknown review state {state!r}; use one of: {', '.join(REVIEW_STATES)}")
        if state == "edited" and not edits:
            raise StoreError("an 'edited' review needs the edits, e.g. {'date': '2024-06-09'}")
        try:
            checked = check_edits(edits)
        except ValueError as exc:
            raise StoreError(str(exc)) from exc

        def work(session: Session) -> Review:
            resolved = event_store.resolve_id(session, event_id)
            if resolved is None:
                raise StoreError(f"no event {event_id!r}; run `pactwatch events` to list ids")
            row = ReviewRow(event_id=resolved, state=state, edits=checked, reviewer=reviewer, at=now())
            session.add(row)
            session.flush()
            return row_review(row)

        return self._write(work)

    def reviews(self) -> dict[str, Review]:
        """The latest review of every reviewed event, by the event id it now carries."""
        with self.session() as session:
            aliases = dict(session.execute(select(EventAliasRow.old_id, EventAliasRow.new_id)).all())
            latest: dict[str, Review] = {}
            for row in session.execute(select(ReviewRow).order_by(ReviewRow.at, ReviewRow.id)).scalars():
                latest[aliases.get(row.event_id, row.event_id)] = row_review(row)
            return latest

    # -- runs and counts ----------------------------------------------------------------------------

    def start_run(self) -> int:
        """Open an ingest run record and return its id."""
        def work(session: Session) -> int:
            row = IngestRunRow(started_at=now())
            session.add(row)
            session.flush()
            return row.id
        return self._write(work)

    def finish_run(self, run_id: int, counts: dict[str, Any], problems: Iterable[Problem] = ()) -> None:
        """Close an ingest run with its counts and the inputs it skipped."""
        def work(session: Session) -> None:
            session.execute(update(IngestRunRow).where(IngestRunRow.id == run_id)
                            .values(finished_at=now(), counts=counts))
            rows = [{"run_id": run_id, "source": p.source, "reason": p.reason, "message": p.message,
                     "hint": p.hint} for p in problems]
            if rows:
                session.execute(self.sql.insert(ProblemRow.__table__), rows)
        self._write(work)

    def counts(self) -> dict[str, int]:
        """How many current articles, stored versions, facts of current articles, events and reviews."""
        with self.session() as session:
            def count(query: Any) -> int:
                return int(session.execute(query).scalar() or 0)
            return {
                "articles": count(select(func.count()).select_from(ArticleRow).where(ArticleRow.current.is_(True))),
                "article_versions": count(select(func.count()).select_from(ArticleRow)),
                "facts": count(select(func.count()).select_from(FactRow)
                               .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                               .where(ArticleRow.current.is_(True))),
                "events": count(select(func.count()).select_from(EventRow)),
                "reviews": count(select(func.count(func.distinct(ReviewRow.event_id)))),
            }
