"""SQL details that differ by backend (upserts, locks) and the query pieces every store module shares."""

from __future__ import annotations

import zlib
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import String, and_, func, literal, select, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from pactwatch.store.records import parties_text

CHUNK = 500  # ids per IN (...) list: far below SQLite's and PostgreSQL's parameter limits


class Sql:
    """The statements whose form depends on the backend."""

    def __init__(self, dialect: str) -> None:
        self.dialect = dialect

    def insert(self, table: Any) -> Any:
        """An INSERT that can take ON CONFLICT clauses."""
        return (postgresql.insert if self.dialect == "postgresql" else sqlite.insert)(table)

    def insert_ignore(self, table: Any) -> Any:
        """INSERT that skips rows whose key exists; SQLite's form is cached by SQLAlchemy, ON CONFLICT is not."""
        if self.dialect == "sqlite":
            return table.insert().prefix_with("OR IGNORE")
        return postgresql.insert(table).on_conflict_do_nothing()

    def lock(self, session: Session, key: str | int) -> None:
        """Serialise writers on one key for the rest of the transaction (PostgreSQL; SQLite is already)."""
        if self.dialect == "postgresql":
            number = key if isinstance(key, int) else zlib.crc32(key.encode("utf-8"))
            session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": number})


def now() -> datetime:
    return datetime.now(UTC)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    """Slices of at most size items, for IN lists and batched inserts."""
    for start in range(0, len(items), size):
        yield items[start:start + size]


def filters(table: Any, country: str | None, partner: str | None, type_: str | None, since: str | None,
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


def by_prefix(session: Session, table: Any, prefix: str) -> Any:
    """The one row whose id starts with prefix (at least 4 characters), else None."""
    if len(prefix) < 4 or any(c in prefix for c in "%_\\"):
        return None
    rows = session.execute(select(table).where(table.id.like(f"{prefix}%")).limit(2)).scalars().all()
    return rows[0] if len(rows) == 1 else None
