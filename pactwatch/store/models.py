"""SQLAlchemy tables for articles, facts, events and reviews: the one schema both backends share."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Named constraints so Alembic migrations stay identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Free-text columns are Text, never VARCHAR(n): both backends must accept exactly the same values."""

    metadata = MetaData(naming_convention=NAMING)


class ArticleRow(Base):
    """One cleaned article version; `id` is the hash of its text, so a copy of a page is one row."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("lineage", "version", name="uq_articles_lineage_version"),)

    id: Mapped[str] = mapped_column(Text, primary_key=True)
    lineage: Mapped[str] = mapped_column(Text, index=True)  # url, else source: what "the same page" means
    version: Mapped[int] = mapped_column(Integer, default=1)
    current: Mapped[bool] = mapped_column(Boolean, default=True, index=True)
    doc: Mapped[str] = mapped_column(Text)
    source: Mapped[str] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text, nullable=True)
    title: Mapped[str | None] = mapped_column(Text, nullable=True)
    published: Mapped[str | None] = mapped_column(Text, nullable=True)
    outlet: Mapped[str | None] = mapped_column(Text, nullable=True)
    text: Mapped[str] = mapped_column(Text)
    paragraphs: Mapped[list[str]] = mapped_column(JSON)
    content_hash: Mapped[str] = mapped_column(String(64))
    cleaner: Mapped[str] = mapped_column(Text, default="")
    first_ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FactRow(Base):
    """One fact of one article; `id` hashes its content so re-saving the same fact is a no-op."""

    __tablename__ = "facts"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    article_id: Mapped[str] = mapped_column(Text, ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    doc: Mapped[str] = mapped_column(Text)
    type: Mapped[str] = mapped_column(Text, index=True)
    parties: Mapped[str] = mapped_column(Text)  # ",JPN,NZL,": LIKE '%,JPN,%' works on both backends
    date: Mapped[str | None] = mapped_column(Text, nullable=True, index=True)
    status: Mapped[str] = mapped_column(Text)
    agreement_kind: Mapped[str | None] = mapped_column(Text, nullable=True)
    programme: Mapped[str | None] = mapped_column(Text, nullable=True)
    amount_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    amount_currency: Mapped[str | None] = mapped_column(Text, nullable=True)
    place: Mapped[str | None] = mapped_column(Text, nullable=True)
    people: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    confidence: Mapped[float] = mapped_column(Float)
    extractor: Mapped[str] = mapped_column(Text)
    reference_version: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    """One merged event; reviews point at its id, which resolve keeps stable across reruns."""

    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    thread_id: Mapped[str | None] = mapped_column(String(64), nullable=True, index=True)
    type: Mapped[str] = mapped_column(Text, index=True)
    parties: Mapped[str] = mapped_column(Text)
    date: Mapped[str | None] = mapped_column(Text, nullable=True, index=True)
    status: Mapped[str] = mapped_column(Text)
    agreement_kind: Mapped[str | None] = mapped_column(Text, nullable=True)
    programme: Mapped[str | None] = mapped_column(Text, nullable=True)
    amount_value: Mapped[float | None] = mapped_column(Float, nullable=True)
    amount_currency: Mapped[str | None] = mapped_column(Text, nullable=True)
    place: Mapped[str | None] = mapped_column(Text, nullable=True)
    people: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    notes: Mapped[list[str]] = mapped_column(JSON)
    first_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class EventFactRow(Base):
    """Which facts an event merges; replaced wholesale each time events are saved."""

    __tablename__ = "event_facts"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    fact_id: Mapped[str] = mapped_column(ForeignKey("facts.id", ondelete="CASCADE"), primary_key=True,
                                         index=True)


class EventAliasRow(Base):
    """An event id that a re-merge replaced, pointing at the event that now holds most of its facts."""

    __tablename__ = "event_aliases"

    old_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    new_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class ReviewRow(Base):
    """A human verdict on an event; no foreign key, so it outlives re-ingest and re-merge."""

    __tablename__ = "reviews"
    __table_args__ = (Index("ix_reviews_event_at", "event_id", "at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(Text)
    edits: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    reviewer: Mapped[str | None] = mapped_column(Text, nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class IngestRunRow(Base):
    """One ingest run, so a user can see what was read when and what was skipped."""

    __tablename__ = "ingest_runs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), nullable=True)
    counts: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


class ProblemRow(Base):
    """An input an ingest run skipped, with the reason and the hint shown to the user."""

    __tablename__ = "problems"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    message: Mapped[str] = mapped_column(Text)
    hint: Mapped[str] = mapped_column(Text, default="")
