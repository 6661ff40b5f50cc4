"""Writing and reading merged events: changed rows only, fact links, aliases that keep reviews attached."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from pactwatch.model import Event, Fact
from pactwatch.store.models import ArticleRow, EventAliasRow, EventFactRow, EventRow, FactRow, ReviewRow
from pactwatch.store.records import Review, event_values, fact_key, parties_text, row_fact, row_review
from pactwatch.store.sql import Sql, by_prefix, chunks, now

EVENTS_LOCK = 7426618  # PostgreSQL advisory lock: one event re-merge at a time
# Event columns whose change makes a saved event "changed" (and bumps last_seen).
COMPARED = ("thread_id", "type", "parties", "date", "status", "agreement_kind", "programme", "amount_value",
            "amount_currency", "place", "people", "notes")


def save_events(session: Session, sql: Sql, events: list[Event], prune: bool) -> None:
    """Write only what changed: a rerun over the same facts writes nothing; last_seen marks a change."""
    sql.lock(session, EVENTS_LOCK)
    stamp = now()
    stored = {row.id: row for row in session.execute(select(EventRow.__table__))}
    old_links: dict[str, set[str]] = defaultdict(set)
    for event_id, fact_id in session.execute(select(EventFactRow.event_id, EventFactRow.fact_id)):
        old_links[event_id].add(fact_id)
    linked = set().union(*old_links.values()) if old_links else set()
    links = {e.id: {fact_key(f) for f in e.facts} for e in events}
    unseen = {k for keys in links.values() for k in keys} - linked
    known = linked | _existing_fact_ids(session, unseen)  # linked facts exist (foreign key)
    rows, relinked = [], []
    for event in events:
        values = event_values(event, stamp)
        row = stored.get(event.id)
        moved = links[event.id] & known != old_links.get(event.id, set())
        if row is None or moved or any(getattr(row, c) != values[c] for c in COMPARED):
            rows.append(values)
        if moved:
            relinked.append(event.id)
    if rows:
        stmt = sql.insert(EventRow.__table__)
        upsert = stmt.on_conflict_do_update(
            index_elements=["id"], set_={c: getattr(stmt.excluded, c) for c in rows[0] if c not in ("id", "first_seen")})
        for chunk in chunks(rows):
            session.execute(upsert, list(chunk))
    for chunk in chunks(relinked):
        session.execute(delete(EventFactRow).where(EventFactRow.event_id.in_(chunk)))
    pairs = [{"event_id": e, "fact_id": f} for e in relinked for f in sorted(links[e] & known)]
    for chunk in chunks(pairs, 5000):
        session.execute(sql.insert_ignore(EventFactRow.__table__), list(chunk))
    stale = sorted(set(stored) - set(links)) if prune else []
    if stale:
        _alias_stale(session, sql, stale, old_links, links, stored, events, stamp)
    revived = sorted(set(session.execute(select(EventAliasRow.old_id)).scalars()) & set(links))
    for chunk in chunks(revived):  # an id that is an event again is no longer an alias
        session.execute(delete(EventAliasRow).where(EventAliasRow.old_id.in_(chunk)))


def _existing_fact_ids(session: Session, keys: set[str]) -> set[str]:
    found: set[str] = set()
    for chunk in chunks(sorted(keys)):
        found.update(session.execute(select(FactRow.id).where(FactRow.id.in_(chunk))).scalars())
    return found


def _alias_stale(session: Session, sql: Sql, stale: list[str], old_links: dict[str, set[str]],
                 links: dict[str, set[str]], stored: dict[str, Any], events: list[Event], stamp: datetime) -> None:
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
        successors.update(_successors_by_page(session, orphans, old_links, links, stored, events))
    for old_id, successor in sorted(successors.items()):
        session.execute(update(EventAliasRow).where(EventAliasRow.new_id == old_id).values(new_id=successor, at=stamp))
        stmt = sql.insert(EventAliasRow.__table__)
        session.execute(stmt.on_conflict_do_update(index_elements=["old_id"], set_={"new_id": successor, "at": stamp}),
                        [{"old_id": old_id, "new_id": successor, "at": stamp}])
    for chunk in chunks(stale):
        session.execute(delete(EventRow).where(EventRow.id.in_(chunk)))


def _successors_by_page(session: Session, orphans: list[str], old_links: dict[str, set[str]],
                        links: dict[str, set[str]], stored: dict[str, Any], events: list[Event]) -> dict[str, str]:
    """Successors of events whose facts all went away, matched by page (lineage), type and parties."""
    shape = {e.id: (e.type, parties_text(e.parties)) for e in events}
    shapes = {(stored[o].type, stored[o].parties) for o in orphans}
    wanted = {f for o in orphans for f in old_links.get(o, ())}
    wanted |= {f for e, keys in links.items() if shape[e] in shapes for f in keys}
    lineage: dict[str, str] = {}
    for chunk in chunks(sorted(wanted)):
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


def event_facts(session: Session, event_ids: list[str]) -> dict[str, tuple[Fact, ...]]:
    """The facts of each event, in article order."""
    out: dict[str, list[Fact]] = defaultdict(list)
    for chunk in chunks(event_ids):
        for row in session.execute(
                select(EventFactRow.event_id.label("event_id_"), FactRow.__table__)
                .join(FactRow, FactRow.id == EventFactRow.fact_id)
                .where(EventFactRow.event_id.in_(chunk)).order_by(FactRow.article_id, FactRow.position)):
            out[row.event_id_].append(row_fact(row))
    return {k: tuple(v) for k, v in out.items()}


def resolve_id(session: Session, event_id: str) -> str | None:
    """The current id for an id, an old id replaced by a re-merge, or a unique prefix of either."""
    event_id = event_id.strip()
    if not event_id:
        return None
    if session.get(EventRow, event_id) is not None:
        return event_id
    alias = session.get(EventAliasRow, event_id)
    if alias is not None:
        return alias.new_id
    row = by_prefix(session, EventRow, event_id)
    return row.id if row is not None else None


def reviews_of(session: Session, ids: tuple[str, ...]) -> tuple[Review, ...]:
    """Reviews made on any of the ids, newest first."""
    rows = session.execute(select(ReviewRow).where(ReviewRow.event_id.in_(ids))
                           .order_by(ReviewRow.at.desc(), ReviewRow.id.desc())).scalars()
    return tuple(row_review(r) for r in rows)
