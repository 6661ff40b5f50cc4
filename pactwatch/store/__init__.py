"""Persistence: open_store() gives a Store over SQLite (default) or PostgreSQL, migrated to the newest schema."""

from __future__ import annotations

from pactwatch.store.engine import ENV_VAR, StoreError, check_connection, make_engine, resolve_url, upgrade
from pactwatch.store.records import EventDetail, Review, StoredArticle, StoredFact, fact_key
from pactwatch.store.repository import Store


def open_store(url: str | None = None) -> Store:
    """The store at url, else $PACTWATCH_DB, else ~/.local/share/pactwatch/pactwatch.db; schema upgraded."""
    engine = make_engine(resolve_url(url))
    try:
        check_connection(engine)
        upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    return Store(engine)


__all__ = ["ENV_VAR", "EventDetail", "Review", "Store", "StoreError", "StoredArticle", "StoredFact",
           "fact_key", "open_store"]
