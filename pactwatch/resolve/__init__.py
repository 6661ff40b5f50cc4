"""Merge facts told by many articles into events: resolve_events() is this stage's one entry point."""

from __future__ import annotations

from collections.abc import Iterable

from pactwatch.model import Event, Fact
from pactwatch.resolve.events import assign_ids, build_event
from pactwatch.resolve.merge import cluster_facts
from pactwatch.resolve.names import CachedLookup, Lookup, NoLookup
from pactwatch.resolve.rules import load_rules
from pactwatch.resolve.threads import assign_threads


def default_lookup() -> Lookup:
    """The project's reference data, or a lookup that knows no names if it cannot be loaded."""
    try:
        from pactwatch.reference import load_reference

        return load_reference()
    except Exception:  # a broken reference file must not stop merging; names merge on spelling alone
        return NoLookup()


def resolve_events(facts: Iterable[Fact], lookup: Lookup | None = None) -> list[Event]:
    """Events from facts: same event across articles merged, with stable ids and lifecycle threads.

    The result is sorted by (date, type, parties, id) and does not depend on the order of the facts.
    """
    rules = load_rules()
    lookup = CachedLookup(lookup if lookup is not None else default_lookup())
    usable = [f for f in facts if isinstance(f, Fact) and f.type and f.parties]
    events = [build_event(c, rules, lookup) for c in cluster_facts(usable, rules, lookup)]
    events = assign_threads(assign_ids(events), rules.thread_types)
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.type, e.parties, e.id))


__all__ = ["Lookup", "NoLookup", "resolve_events"]
