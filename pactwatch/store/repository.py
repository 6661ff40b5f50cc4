"""The one place that reads and writes the store: articles with their facts, events, reviews."""

from __future__ import annotations

import threading
import time
import zlib
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, String, and_, delete, func, literal, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from pactwatch.model import Article, Event, Fact, Problem
from pactwatch.store.engine import StoreError
from pactwatch.store.models import (
    ArticleRow,
    EventAliasRow,
    EventFactRow,
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
    article_values,
    check_edits,
    event_values,
    fact_key,
    fact_problem,
    fact_values,
    parties_text,
    row_article,
    row_event,
    row_fact,
    row_review,
)

CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits
RETRIES = 4  # a write that lost a race (unique key, deadlock, busy) is retried this many times
EVENTS_LOCK = 7426618  # PostgreSQL advisory lock: one event re-merge at a time
# Event columns whose change makes a saved event "changed" (and bumps last_seen).
COMPARED = ("thread_id", "type", "parties", "date", "status", "agreement_kind", "programme", "amount_value",
            "amount_currency", "place", "people", "notes")


def _now() -> datetime:
    return datetime.now(UTC)


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class Store:
    """Articles, facts, events and reviews in one SQL database (SQLite or PostgreSQL)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._writer = engine.execution_options(sqlite_begin="IMMEDIATE")
        self._local = threading.local()
        self.dialect = engine.dialect.name

    @property
    def url_for_display(self) -> str:
        """The URL with any password hidden."""
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        """Release every pooled connection."""
        self.engine.dispose()

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

    def _insert(self, table: Any) -> Any:
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def _insert_ignore(self, table: Any) -> Any:
        """INSERT that skips rows whose key exists; SQLite's form is cached by SQLAlchemy, ON CONFLICT is not."""
        if self.dialect == "sqlite":
            return table.insert().prefix_with("OR IGNORE")
        return postgresql.insert(table).on_conflict_do_nothing()

    def _lock(self, session: Session, key: str | int) -> None:
        """Serialise writers on one key for the rest of the transaction (PostgreSQL; SQLite is already)."""
        if self.dialect == "postgresql":
            number = key if isinstance(key, int) else zlib.crc32(key.encode("utf-8"))
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})

    # -- articles and facts -------------------------------------------------------------------------

    def save_article(self, article: Article, facts: Sequence[Fact]) -> str:
        """Store an article and its facts in one transaction: "new", "unchanged", "new_version" or "updated".

        "unchanged": the same text (same id) with the same facts is already stored; "updated": same text,
        but the facts differ (a newer extractor) and were replaced; "new_version": the same source or URL
        was stored before with other text, which is kept as an older version.
        """
        if not isinstance(article, Article) or not article.id:
            raise StoreError(f"cannot store {article!r}: an Article with an id is needed")
        for n, fact in enumerate(facts):
            problem = fact_problem(fact)
            if problem:
                raise StoreError(f"cannot store fact {n} of {article.source}: {problem}; nothing was saved")
        return self._write(lambda session: self._save_article(session, article, facts))

    def save_articles(self, items: Iterable[tuple[Article, Sequence[Fact]]]) -> list[str]:
        """Store a batch of articles with their facts in ONE transaction; outcomes as save_article's, in order.

        Brand-new pages go in with a few set-based statements; pages seen before take save_article's path.
        Locks are taken in a fixed order, and a batch that loses a race is retried whole.
        """
        batch = list(items)
        for article, facts in batch:
            if not isinstance(article, Article) or not article.id:
                raise StoreError(f"cannot store {article!r}: an Article with an id is needed")
            for n, fact in enumerate(facts):
                problem = fact_problem(fact)
                if problem:
                    raise StoreError(f"cannot store fact {n} of {article.source}: {problem}; nothing was saved")
        return self._write(lambda session: self._save_batch(session, batch))

    def _save_batch(self, session: Session, batch: list[tuple[Article, Sequence[Fact]]]) -> list[str]:
        lineages = sorted({a.url or a.source for a, _ in batch})
        for lineage in lineages:  # sorted, so two batches never wait on each other in a cycle
            self._lock(session, lineage)
        ids = sorted({a.id for a, _ in batch})
        known_ids: set[str] = set()
        for chunk in _chunks(ids):
            known_ids.update(session.execute(select(ArticleRow.id).where(ArticleRow.id.in_(chunk))).scalars())
        known_lineages: set[str] = set()
        for chunk in _chunks(lineages):
            known_lineages.update(session.execute(select(ArticleRow.lineage).distinct()
                                                  .where(ArticleRow.lineage.in_(chunk))).scalars())
        now = _now()
        outcomes: list[str | None] = [None] * len(batch)
        fresh_articles, fresh_facts, seen = [], [], set()
        for n, (article, facts) in enumerate(batch):
            lineage = article.url or article.source
            if article.id in known_ids or lineage in known_lineages or article.id in seen or lineage in seen:
                continue
            seen.update((article.id, lineage))
            fresh_articles.append(article_values(article, lineage, 1, now))
            fresh_facts.extend(fact_values(_owned(f, article.id), i) for i, f in enumerate(facts))
            outcomes[n] = "new"
        if fresh_articles:
            session.execute(self._insert_ignore(ArticleRow.__table__), fresh_articles)
        if fresh_facts:
            session.execute(self._insert_ignore(FactRow.__table__), fresh_facts)
        for n, (article, facts) in enumerate(batch):
            if outcomes[n] is None:  # seen before, or twice in this batch: the careful path, in order
                outcomes[n] = self._save_article(session, article, facts)
        return [o or "unchanged" for o in outcomes]

    def _save_article(self, session: Session, article: Article, facts: Sequence[Fact]) -> str:
        lineage = article.url or article.source
        self._lock(session, lineage)
        now = _now()
        existing = session.execute(
            select(ArticleRow.id, ArticleRow.current, ArticleRow.lineage).where(ArticleRow.id == article.id)
        ).first()
        if existing is not None:
            outcome = self._refresh_facts(session, article.id, facts)
            if not existing.current:  # the page went back to an older text: that version is current again
                session.execute(update(ArticleRow).where(ArticleRow.lineage == existing.lineage)
                                .values(current=ArticleRow.id == article.id))
                return "new_version"
            return outcome
        previous = session.execute(
            select(func.max(ArticleRow.version)).where(ArticleRow.lineage == lineage)).scalar()
        version = (previous or 0) + 1
        if previous:
            session.execute(update(ArticleRow).where(ArticleRow.lineage == lineage).values(current=False))
        inserted = session.execute(self._insert_ignore(ArticleRow.__table__),
                                   article_values(article, lineage, version, now))
        if inserted.rowcount == 0:  # another process stored the same text a moment ago
            return "unchanged"
        self._insert_facts(session, facts, article.id)
        return "new_version" if previous else "new"

    def _refresh_facts(self, session: Session, article_id: str, facts: Sequence[Fact]) -> str:
        stored = set(session.execute(select(FactRow.id).where(FactRow.article_id == article_id)).scalars())
        wanted = {fact_key(_owned(f, article_id)) for f in facts}
        if stored == wanted:
            return "unchanged"
        gone = sorted(stored - wanted)
        for chunk in _chunks(gone):
            session.execute(delete(FactRow).where(FactRow.id.in_(chunk)))
        self._insert_facts(session, facts, article_id)
        return "updated"

    def _insert_facts(self, session: Session, facts: Sequence[Fact], article_id: str) -> None:
        rows = [fact_values(_owned(f, article_id), i) for i, f in enumerate(facts)]
        if rows:
            session.execute(self._insert_ignore(FactRow.__table__), rows)

    def all_facts(self) -> list[Fact]:
        """Every fact of every current article version, in ingest order: the input of resolve_events."""
        with self.session() as session:
            rows = session.execute(
                select(FactRow).join(ArticleRow, ArticleRow.id == FactRow.article_id)
                .where(ArticleRow.current.is_(True))
                .order_by(ArticleRow.first_ingested_at, ArticleRow.id, FactRow.position)).scalars()
            return [row_fact(r) for r in rows]

    def query_facts(self, country: str | None = None, partner: str | None = None, type: str | None = None,
                    since: str | None = None, until: str | None = None,
                    limit: int | None = None) -> list[StoredFact]:
        """Facts of current articles, newest date first; since/until compare date prefixes (2022, 2022-05)."""
        query = (select(FactRow, ArticleRow.title, ArticleRow.outlet, ArticleRow.published, ArticleRow.source,
                        ArticleRow.url)
                 .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                 .where(ArticleRow.current.is_(True)))
        query = query.where(*_filters(FactRow, country, partner, type, since, until))
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
            row = session.get(ArticleRow, article_id) or _by_prefix(session, ArticleRow, article_id)
            if row is None:
                return None
            facts = session.execute(select(FactRow).where(FactRow.article_id == row.id)
                                    .order_by(FactRow.position)).scalars()
            return row_article(row, tuple(row_fact(f) for f in facts))

    # -- events -------------------------------------------------------------------------------------

    def save_events(self, events: Sequence[Event], prune: bool = True) -> None:
        """Upsert events by id and replace their fact links; reviews are never touched.

        With prune (the default, for a full re-merge), events that are no longer produced are removed and
        their ids become aliases of the new event holding most of their facts, so a review made on an
        old id still shows on the event it became.
        """
        self._write(lambda session: self._save_events(session, list({e.id: e for e in events}.values()),
                                                      prune))

    def _save_events(self, session: Session, events: list[Event], prune: bool) -> None:
        """Write only what changed: a rerun over the same facts writes nothing; last_seen marks a change."""
        self._lock(session, EVENTS_LOCK)
        now = _now()
        stored = {row.id: row for row in session.execute(select(EventRow.__table__))}
        old_links: dict[str, set[str]] = defaultdict(set)
        for event_id, fact_id in session.execute(select(EventFactRow.event_id, EventFactRow.fact_id)):
            old_links[event_id].add(fact_id)
        linked = set().union(*old_links.values()) if old_links else set()
        links = {e.id: {fact_key(f) for f in e.facts} for e in events}
        unseen = {k for keys in links.values() for k in keys} - linked
        known = linked | self._existing_fact_ids(session, unseen)  # linked facts exist (foreign key)
        rows, relinked = [], []
        for event in events:
            values = event_values(event, now)
            wanted = links[event.id] & known
            row = stored.get(event.id)
            moved = wanted != old_links.get(event.id, set())
            if row is None or moved or any(getattr(row, c) != values[c] for c in COMPARED):
                rows.append(values)
            if moved:
                relinked.append(event.id)
        if rows:
            stmt = self._insert(EventRow.__table__)
            upsert = stmt.on_conflict_do_update(
                index_elements=["id"],
                set_={c: getattr(stmt.excluded, c) for c in rows[0] if c not in ("id", "first_seen")})
            for chunk in _chunks(rows):
                session.execute(upsert, list(chunk))
        for chunk in _chunks(relinked):
            session.execute(delete(EventFactRow).where(EventFactRow.event_id.in_(chunk)))
        pairs = [{"event_id": e, "fact_id": f} for e in relinked for f in sorted(links[e] & known)]
        for chunk in _chunks(pairs, 5000):
            session.execute(self._insert_ignore(EventFactRow.__table__), list(chunk))
        stale = sorted(set(stored) - set(links)) if prune else []
        if stale:
            self._alias_stale(session, stale, old_links, links, stored, events, now)
        revived = sorted(set(session.execute(select(EventAliasRow.old_id)).scalars()) & set(links))
        for chunk in _chunks(revived):  # an id that is an event again is no longer an alias
            session.execute(delete(EventAliasRow).where(EventAliasRow.old_id.in_(chunk)))

    def _existing_fact_ids(self, session: Session, keys: set[str]) -> set[str]:
        found: set[str] = set()
        ordered = sorted(keys)
        for chunk in _chunks(ordered):
            found.update(session.execute(select(FactRow.id).where(FactRow.id.in_(chunk))).scalars())
        return found

    def _alias_stale(self, session: Session, stale: list[str], old_links: dict[str, set[str]],
                     links: dict[str, set[str]], stored: dict[str, Any], events: list[Event],
                     now: datetime) -> None:
        """Point each removed event id at its successor, then delete it.

        The successor holds most of its facts; failing that (its article got a new version, so its facts
        are new rows), the event of the same type and parties with most facts from the same pages.
        """
        holder: dict[str, str] = {f: e for e, keys in links.items() for f in keys}
        successors: dict[str, str] = {}
        orphans = []
        for old_id in stale:
            votes: dict[str, int] = defaultdict(int)
            for fact_id in old_links.get(old_id, ()):
                if fact_id in holder:
                    votes[holder[fact_id]] += 1
            if votes:
                successors[old_id] = min(votes, key=lambda e: (-votes[e], e))
            else:
                orphans.append(old_id)
        if orphans:
            successors.update(self._successors_by_page(session, orphans, old_links, links, stored, events))
        for old_id, successor in sorted(successors.items()):
            session.execute(update(EventAliasRow).where(EventAliasRow.new_id == old_id)
                            .values(new_id=successor, at=now))
            stmt = self._insert(EventAliasRow.__table__)
            session.execute(stmt.on_conflict_do_update(index_elements=["old_id"],
                                                       set_={"new_id": successor, "at": now}),
                            [{"old_id": old_id, "new_id": successor, "at": now}])
        for chunk in _chunks(stale):
            session.execute(delete(EventRow).where(EventRow.id.in_(chunk)))

    def _successors_by_page(self, session: Session, orphans: list[str], old_links: dict[str, set[str]],
                            links: dict[str, set[str]], stored: dict[str, Any],
                            events: list[Event]) -> dict[str, str]:
        """Successors of events whose facts all went away, matched by page (lineage), type and parties."""
        shape = {e.id: (e.type, parties_text(e.parties)) for e in events}
        wanted = {f for o in orphans for f in old_links.get(o, ())}
        wanted |= {f for e, keys in links.items() if shape[e] in {(stored[o].type, stored[o].parties)
                                                                 for o in orphans} for f in keys}
        lineage: dict[str, str] = {}
        ordered = sorted(wanted)
        for chunk in _chunks(ordered):
            lineage.update(session.execute(select(FactRow.id, ArticleRow.lineage)
                                           .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                                           .where(FactRow.id.in_(chunk))).all())
        found = {}
        for old_id in orphans:
            pages = {lineage[f] for f in old_links.get(old_id, ()) if f in lineage}
            kind = (stored[old_id].type, stored[old_id].parties)
            votes = {e: sum(lineage.get(f) in pages for f in keys) for e, keys in links.items() if shape[e] == kind}
            votes = {e: v for e, v in votes.items() if v}
            if votes:
                found[old_id] = min(votes, key=lambda e: (-votes[e], e))
        return found

    def list_events(self, country: str | None = None, partner: str | None = None, type: str | None = None,
                    since: str | None = None, until: str | None = None, status: str | None = None,
                    limit: int | None = None) -> list[Event]:
        """Events with their facts, newest date first, filtered like query_facts."""
        query = select(EventRow).where(*_filters(EventRow, country, partner, type, since, until))
        if status:
            query = query.where(EventRow.status == status)
        query = query.order_by(EventRow.date.is_(None), EventRow.date.desc(), EventRow.id)
        if limit is not None:
            query = query.limit(limit)
        with self.session() as session:
            rows = list(session.execute(query).scalars())
            facts = self._event_facts(session, [r.id for r in rows])
            return [row_event(r, facts.get(r.id, ())) for r in rows]

    def _event_facts(self, session: Session, event_ids: list[str]) -> dict[str, tuple[Fact, ...]]:
        out: dict[str, list[Fact]] = defaultdict(list)
        for chunk in _chunks(event_ids):
            for event_id, row in session.execute(
                    select(EventFactRow.event_id, FactRow)
                    .join(FactRow, FactRow.id == EventFactRow.fact_id)
                    .where(EventFactRow.event_id.in_(chunk))
                    .order_by(FactRow.article_id, FactRow.position)):
                out[event_id].append(row_fact(row))
        return {k: tuple(v) for k, v in out.items()}

    def resolve_event_id(self, event_id: str) -> str | None:
        """The current id for an id, an old id replaced by a re-merge, or a unique prefix of either."""
        with self.session() as session:
            return self._resolve_id(session, event_id)

    def _resolve_id(self, session: Session, event_id: str) -> str | None:
        event_id = event_id.strip()
        if not event_id:
            return None
        if session.get(EventRow, event_id) is not None:
            return event_id
        alias = session.get(EventAliasRow, event_id)
        if alias is not None:
            return alias.new_id
        row = _by_prefix(session, EventRow, event_id)
        return row.id if row is not None else None

    def get_event(self, event_id: str) -> EventDetail | None:
        """One event: its facts, their articles, its review history and its thread; None if unknown."""
        with self.session() as session:
            resolved = self._resolve_id(session, event_id)
            if resolved is None:
                return None
            row = session.get(EventRow, resolved)
            facts = self._event_facts(session, [resolved]).get(resolved, ())
            article_ids = sorted({f.article_id for f in facts})
            articles: dict[str, StoredArticle] = {}
            for chunk in _chunks(article_ids):
                for a in session.execute(select(ArticleRow).where(ArticleRow.id.in_(chunk))).scalars():
                    articles[a.id] = row_article(a)
            aliases = tuple(session.execute(select(EventAliasRow.old_id)
                                            .where(EventAliasRow.new_id == resolved)
                                            .order_by(EventAliasRow.old_id)).scalars())
            history = self._reviews(session, (resolved, *aliases))
            thread: tuple[Event, ...] = ()
            if row.thread_id:
                thread = tuple(row_event(t) for t in session.execute(
                    select(EventRow).where(EventRow.thread_id == row.thread_id, EventRow.id != resolved)
                    .order_by(EventRow.date.is_(None), EventRow.date, EventRow.id)).scalars())
            return EventDetail(event=row_event(row, facts), articles=articles,
                               review=history[0] if history else None, history=history, thread=thread,
                               first_seen=row.first_seen, last_seen=row.last_seen, aliases=aliases)

    def _reviews(self, session: Session, ids: tuple[str, ...]) -> tuple[Review, ...]:
        rows = session.execute(select(ReviewRow).where(ReviewRow.event_id.in_(ids))
                               .order_by(ReviewRow.at.desc(), ReviewRow.id.desc())).scalars()
        return tuple(row_review(r) for r in rows)

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
            resolved = self._resolve_id(session, event_id)
            if resolved is None:
                raise StoreError(f"no event {event_id!r}; run `pactwatch events` to list ids")
            row = ReviewRow(event_id=resolved, state=state, edits=checked, reviewer=reviewer, at=_now())
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
            row = IngestRunRow(started_at=_now())
            session.add(row)
            session.flush()
            return row.id
        return self._write(work)

    def finish_run(self, run_id: int, counts: dict[str, Any], problems: Iterable[Problem] = ()) -> None:
        """Close an ingest run with its counts and the inputs it skipped."""
        def work(session: Session) -> None:
            session.execute(update(IngestRunRow).where(IngestRunRow.id == run_id)
                            .values(finished_at=_now(), counts=counts))
            rows = [{"run_id": run_id, "source": p.source, "reason": p.reason, "message": p.message,
                     "hint": p.hint} for p in problems]
            if rows:
                session.execute(self._insert(ProblemRow.__table__), rows)
        self._write(work)

    def counts(self) -> dict[str, int]:
        """How many current articles, stored versions, facts of current articles, events and reviews."""
        with self.session() as session:
            def count(query: Any) -> int:
                return int(session.execute(query).scalar() or 0)
            return {
                "articles": count(select(func.count()).select_from(ArticleRow)
                                  .where(ArticleRow.current.is_(True))),
                "article_versions": count(select(func.count()).select_from(ArticleRow)),
                "facts": count(select(func.count()).select_from(FactRow)
                               .join(ArticleRow, ArticleRow.id == FactRow.article_id)
                               .where(ArticleRow.current.is_(True))),
                "events": count(select(func.count()).select_from(EventRow)),
                "reviews": count(select(func.count(func.distinct(ReviewRow.event_id)))),
            }


def _owned(fact: Fact, article_id: str) -> Fact:
    """The fact tied to the article it is saved with (extractors may leave article_id empty)."""
    if fact.article_id == article_id:
        return fact
    return replace(fact, article_id=article_id)


def _filters(table: Any, country: str | None, partner: str | None, type_: str | None, since: str | None,
             until: str | None) -> list[Any]:
    """WHERE clauses shared by facts and events: parties, type and date-prefix bounds."""
    out: list[Any] = []
    if country:
        out.append(table.parties.like(f"%{parties_text((country.upper(),))}%"))
    if partner:
        out.append(table.parties.like(f"%{parties_text((partner.upper(),))}%"))
    if type_:
        out.append(table.type == type_)
    # Dates compare at their common precision: a fact dated "2023" is within since="2023-01-13".
    if since:
        bound = literal(since, String)
        out.append(and_(table.date.is_not(None),
                        func.substr(table.date, 1, len(since)) >= func.substr(bound, 1, func.length(table.date))))
    if until:
        bound = literal(until, String)
        out.append(and_(table.date.is_not(None),
                        func.substr(table.date, 1, len(until)) <= func.substr(bound, 1, func.length(table.date))))
    return out


def _by_prefix(session: Session, table: Any, prefix: str) -> Any:
    """The one row whose id starts with prefix (at least 4 characters), else None."""
    if len(prefix) < 4 or any(c in prefix for c in "%_\\"):
        return None
    rows = session.execute(select(table).where(table.id.like(f"{prefix}%")).limit(2)).scalars().all()
    return rows[0] if len(rows) == 1 else None

