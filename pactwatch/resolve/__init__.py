"""Merge facts told by many articles into events: resolve_events() is this stage's one entry point.

Policies (rules in data/merge_rules.yaml; the cascade is written down in merge.py):
- Same event: same type and parties, agreeing object (agreement kind, programme through reference
  aliases, amount within 5% in one currency; an empty field is a wildcard), compatible dates (one a
  prefix of the other, or day-precise within the type's day_slack), never two facts of one article.
  A fact with no date or only a year joins a dated event only for singular types (an ACSA, a named
  programme) or with a shared place, person, programme or amount; with two candidates it stays apart.
- Date: the most precise; among equally precise ones the most reported, then the earliest; a note
  lists the others. Status: the most advanced (occurred > ongoing > planned > proposed): a later
  report knows more. People: one per person (official record, word order, short forms, close
  misspellings), with a note for every spelling that differs.
- Id: hash of (type, parties, kind, programme, budget figure, date to the month) - so a day-precise
  report arriving after a month-precise one keeps the id, and so does input order. Events sharing
  that key get the day, then their first fact's content, in the hash. When a re-merge changes an id
  anyway (a year-only event gets its month) the store aliases the old id to the new event.
- A named joint programme is one event whatever the dates of the reports mentioning it.
- Thread: an agreement's talks, signing and entry into force share thread_id (threads.py).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from pactwatch.model import Event, Fact
from pactwatch.resolve.events import assign_ids, build_event
from pactwatch.resolve.merge import cluster_facts
from pactwatch.resolve.names import CachedLookup, Lookup, NoLookup
from pactwatch.resolve.rules import load_rules
from pactwatch.resolve.threads import assign_threads

log = logging.getLogger(__name__)


def default_lookup() -> Lookup:
    """The project's reference data, or a lookup that knows no names if it cannot be loaded."""
    try:
        from pactwatch.reference import load_reference

        return load_reference()
    except Exception as exc:  # a broken reference file must not stop merging; names merge on spelling alone
        log.warning("reference data unavailable (%s); names and programmes merge on spelling alone", exc)
        return NoLookup()


def resolve_events(facts: Iterable[Fact], lookup: Lookup | None = None) -> list[Event]:
    """Events from facts: same event across articles merged, with stable ids and lifecycle threads.

    The result is sorted by (date, type, parties, id) and does not depend on the order of the facts.
    """
    rules = load_rules()
    lookup = CachedLookup(lookup if lookup is not None else default_lookup())
    usable = [f for f in facts if isinstance(f, Fact) and f.type and f.parties]
    events = [build_event(c, rules, lookup) for c in cluster_facts(usable, rules, lookup)]
    events = assign_threads(assign_ids(events, rules), rules.thread_types)
    return sorted(events, key=lambda e: (e.date is None, e.date or "", e.type, e.parties, e.id))


__all__ = ["Lookup", "NoLookup", "resolve_events"]
