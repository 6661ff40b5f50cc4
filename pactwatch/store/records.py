"""Convert between the stage dataclasses and table rows, and define what the store hands back."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, fields, replace
from datetime import datetime
from typing import Any

from pactwatch.model import Amount, Article, Event, Evidence, Fact, Person

REVIEW_STATES: tuple[str, ...] = ("accepted", "rejected", "edited")
# Fields a reviewer may correct with --edit; the rest are identity (id, facts) or bookkeeping.
EDITABLE: frozenset[str] = frozenset(
    {"type", "parties", "date", "status", "agreement_kind", "programme", "amount", "place", "people"})


@dataclass(frozen=True)
class Review:
    """The latest human verdict on an event."""

    event_id: str
    state: str  # accepted | rejected | edited
    edits: dict[str, Any] | None
    reviewer: str | None
    at: datetime

    def apply(self, event: Event) -> Event:
        """The event as the reviewer corrected it (unchanged unless the review is an edit)."""
        if self.state != "edited" or not self.edits:
            return event
        changes: dict[str, Any] = {}
        for name, value in self.edits.items():
            if name == "parties":
                value = tuple(sorted(value))
            elif name == "amount" and value is not None:
                value = Amount(float(value["value"]), value["currency"])
            elif name == "people":
                value = tuple(Person(**p) for p in value)
            changes[name] = value
        return replace(event, **changes)


@dataclass(frozen=True)
class StoredFact:
    """A stored fact with the article it came from, as `pactwatch facts` lists it."""

    fact: Fact
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    url: str | None = None


@dataclass(frozen=True)
class StoredArticle:
    """A stored article version, with its facts and bookkeeping."""

    article: Article
    version: int
    current: bool
    first_ingested_at: datetime
    facts: tuple[Fact, ...] = ()

    @property
    def title(self) -> str | None:
        return self.article.title

    @property
    def outlet(self) -> str | None:
        return self.article.outlet

    @property
    def source(self) -> str:
        return self.article.source

    @property
    def published(self) -> str | None:
        return self.article.published


@dataclass(frozen=True)
class EventDetail:
    """One event with its facts, the articles they came from, its review and its thread."""

    event: Event
    articles: dict[str, StoredArticle]
    review: Review | None
    history: tuple[Review, ...]
    thread: tuple[Event, ...]  # the other events of the same agreement's lifecycle (facts not loaded)
    first_seen: datetime
    last_seen: datetime
    aliases: tuple[str, ...] = ()  # earlier ids of this event, from before a re-merge


def fact_problem(fact: object) -> str | None:
    """Why a fact cannot be stored as it is, or None; checked before any write so both backends agree."""
    if not isinstance(fact, Fact):
        return f"not a Fact but {type(fact).__name__}"
    for name in ("type", "status"):
        if not isinstance(getattr(fact, name), str) or not getattr(fact, name):
            return f"its {name} is missing"
    if not all(isinstance(p, str) and p for p in fact.parties):
        return f"its parties {fact.parties!r} are not all country codes"
    if fact.date is not None and not isinstance(fact.date, str):
        return f"its date {fact.date!r} is not a string"
    if fact.amount is not None and not (isinstance(fact.amount.value, int | float) and fact.amount.currency):
        return f"its amount {fact.amount!r} needs a number and a currency"
    return None


def fact_key(fact: Fact) -> str:
    """A content hash of a fact, so the same fact saved twice (or linked by an event) is one row."""
    data = fact.to_json()
    data.pop("doc", None)  # the same text under another file name is the same fact
    payload = json.dumps(data, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:40]


def text_hash(text: str) -> str:
    """SHA-256 of the article text, stored beside the id so any id scheme can be checked."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parties_text(parties: tuple[str, ...] | list[str]) -> str:
    """",JPN,NZL,": a form that LIKE '%,JPN,%' can filter on every backend."""
    return "," + ",".join(sorted(parties)) + "," if parties else ","


def parties_tuple(value: str) -> tuple[str, ...]:
    return tuple(p for p in value.split(",") if p)


def fact_values(fact: Fact, position: int) -> dict[str, Any]:
    """The facts-table row of a fact."""
    return {
        "id": fact_key(fact),
        "article_id": fact.article_id,
        "position": position,
        "doc": fact.doc,
        "type": fact.type,
        "parties": parties_text(fact.parties),
        "date": fact.date,
        "status": fact.status,
        "agreement_kind": fact.agreement_kind,
        "programme": fact.programme,
        "amount_value": fact.amount.value if fact.amount else None,
        "amount_currency": fact.amount.currency if fact.amount else None,
        "place": fact.place,
        "people": [asdict(p) for p in fact.people],
        "evidence": [asdict(e) for e in fact.evidence],
        "confidence": float(fact.confidence),
        "extractor": fact.extractor,
        "reference_version": fact.reference_version,
    }


def row_fact(row: Any) -> Fact:
    """The Fact a facts-table row holds."""
    amount = Amount(row.amount_value, row.amount_currency) if row.amount_value is not None else None
    return Fact(
        article_id=row.article_id, doc=row.doc, type=row.type, parties=parties_tuple(row.parties),
        date=row.date, status=row.status, agreement_kind=row.agreement_kind, programme=row.programme,
        amount=amount, place=row.place, people=tuple(Person(**p) for p in row.people or ()),
        evidence=tuple(Evidence(**e) for e in row.evidence or ()), confidence=row.confidence,
        extractor=row.extractor, reference_version=row.reference_version)


def article_values(article: Article, lineage: str, version: int, now: datetime) -> dict[str, Any]:
    """The articles-table row of an article version."""
    return {
        "id": article.id, "lineage": lineage, "version": version, "current": True, "doc": article.doc,
        "source": article.source, "url": article.url, "title": article.title,
        "published": article.published, "outlet": article.outlet, "text": article.text,
        "paragraphs": list(article.paragraphs), "content_hash": text_hash(article.text),
        "cleaner": article.cleaner, "first_ingested_at": now,
    }


def row_article(row: Any, facts: tuple[Fact, ...] = ()) -> StoredArticle:
    article = Article(id=row.id, source=row.source, doc=row.doc, title=row.title, published=row.published,
                      outlet=row.outlet, url=row.url, paragraphs=tuple(row.paragraphs), text=row.text,
                      cleaner=row.cleaner)
    return StoredArticle(article, row.version, row.current, row.first_ingested_at, facts)


def event_values(event: Event, now: datetime) -> dict[str, Any]:
    """The events-table row of an event (first_seen is kept on update by the caller)."""
    return {
        "id": event.id, "thread_id": event.thread_id, "type": event.type,
        "parties": parties_text(event.parties), "date": event.date, "status": event.status,
        "agreement_kind": event.agreement_kind, "programme": event.programme,
        "amount_value": event.amount.value if event.amount else None,
        "amount_currency": event.amount.currency if event.amount else None,
        "place": event.place, "people": [asdict(p) for p in event.people], "notes": list(event.notes),
        "first_seen": now, "last_seen": now,
    }


def row_event(row: Any, facts: tuple[Fact, ...] = ()) -> Event:
    amount = Amount(row.amount_value, row.amount_currency) if row.amount_value is not None else None
    return Event(id=row.id, type=row.type, parties=parties_tuple(row.parties), date=row.date,
                 status=row.status, agreement_kind=row.agreement_kind, programme=row.programme,
                 amount=amount, place=row.place, people=tuple(Person(**p) for p in row.people or ()),
                 facts=facts, notes=tuple(row.notes or ()), thread_id=row.thread_id)


def row_review(row: Any) -> Review:
    return Review(row.event_id, row.state, row.edits, row.reviewer, row.at)


def check_edits(edits: dict[str, Any] | None) -> dict[str, Any] | None:
    """Reject edits of fields that do not exist or may not be edited, naming the allowed ones."""
    if not edits:
        return None
    names = {f.name for f in fields(Event)}
    bad = sorted(k for k in edits if k not in names or k not in EDITABLE)
    if bad:
        raise ValueError(f"cannot edit {', '.join(bad)}; editable fields: {', '.join(sorted(EDITABLE))}")
    return dict(edits)
