"""Turn a cluster of facts into an Event: its date, status, object, people, notes and stable id."""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from dataclasses import asdict, replace

from pactwatch.model import Amount, Event, Fact
from pactwatch.resolve import dates
from pactwatch.resolve.merge import Cluster, Item
from pactwatch.resolve.names import Lookup, merge_people
from pactwatch.resolve.rules import MergeRules

ID_VERSION = "e1"  # bump when the id recipe changes; the store aliases old ids to new ones


def digest(*parts: object) -> str:
    """A short stable hash of the parts."""
    text = "|".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def anchor(date: str | None) -> str:
    """The part of the date an id depends on: the month (or the year, or nothing).

    Coarser than the day, so a day-precise report arriving after a month-precise one, or two reports
    a day apart, keep the event's id; two events of one month are told apart by their day (see ids()).
    """
    nums = dates.parse(date)
    if not nums:
        return "undated"
    return "-".join([f"{nums[0]:04d}", *(f"{n:02d}" for n in nums[1:2])])


def _most_common(values: list, tiebreak=lambda v: str(v)):
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], tiebreak(v))) if counts else None


def _date(items: list[Item]) -> tuple[str | None, list[str]]:
    """The most precise date, the most reported one among equals (earliest on a tie), and a note."""
    best = max(i.precision for i in items)
    if best == 0:
        return None, []
    top = [i for i in items if i.precision == best]
    chosen = _most_common([i.date for i in top])
    notes = []
    if len({i.date for i in top}) > 1:
        docs: dict[str, set[str]] = defaultdict(set)
        for i in top:
            docs[i.date].add(i.fact.doc)
        told = "; ".join(f"{d} ({', '.join(sorted(docs[d]))})" for d in sorted(docs))
        notes.append(f"reports give different dates: {told}; kept {chosen}")
    return chosen, notes


def build_event(cluster: Cluster, rules: MergeRules, lookup: Lookup) -> Event:
    """The merged event of one cluster (its id is set later, once all events are known)."""
    items = sorted(cluster.items, key=lambda i: (i.fact.article_id, i.signature))
    first = items[0].fact
    date, notes = _date(items)
    if rules.for_type(first.type).dateless and all(i.programme for i in items):
        notes = []  # mentions of a programme carry their reports' dates; differences mean nothing
    status = min((i.fact.status for i in items), key=lambda s: (rules.status_order(s), s))
    kind = _most_common([i.kind for i in items if i.kind])
    programme = None
    if any(i.programme for i in items):
        key = _most_common([i.programme for i in items if i.programme])
        named = lookup.programme_named(key) if key else None
        spellings = [i.fact.programme for i in items if i.programme == key and i.fact.programme]
        programme = named.name if named is not None else _most_common(spellings, lambda s: (-len(s), s))
    amounts = [(i.amount.value, i.amount.currency) for i in items if i.amount]
    amount = None
    if amounts:
        value, currency = _most_common(amounts)
        amount = Amount(value, currency)
        if len(set(amounts)) > 1:
            told = ", ".join(f"{v:,.0f} {c}" for v, c in sorted(set(amounts)))
            notes.append(f"reports give different amounts: {told}")
    places = [i.fact.place.strip() for i in items if i.fact.place and i.fact.place.strip()]
    place = _most_common(places, lambda p: (-len(p), p))
    reports = [(p, i.fact.doc) for i in items for p in i.fact.people]
    people, name_notes = merge_people(reports, dates.to_date(date), lookup)
    facts: tuple[Fact, ...] = tuple(i.fact for i in items)
    return Event(id="", type=first.type, parties=tuple(sorted(set(first.parties))), date=date,
                 status=status, agreement_kind=kind, programme=programme, amount=amount, place=place,
                 people=people, facts=facts, notes=tuple(notes) + name_notes)


def base_key(event: Event, rules: MergeRules) -> tuple:
    """What names an event regardless of its reports: type, parties, object and the month."""
    identity_amount = None
    if event.type == "budget" and event.amount:  # a budget IS its figure; elsewhere the amount may vary
        identity_amount = f"{event.amount.value:.6g} {event.amount.currency}"
    return (ID_VERSION, event.type, ",".join(event.parties), event.agreement_kind,
            (event.programme or "").casefold() or None, identity_amount,
            "any" if rules.for_type(event.type).dateless and event.programme else anchor(event.date))


def assign_ids(events: list[Event], rules: MergeRules) -> list[Event]:
    """Stable ids: a hash of the base key; events sharing it are told apart by day, then by content."""
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        groups[base_key(e, rules)].append(e)
    out = []
    for key, group in groups.items():
        if len(group) == 1:
            out.append(replace(group[0], id=digest(*key)))
            continue
        by_date: dict[str | None, list[Event]] = defaultdict(list)
        for e in group:
            by_date[e.date].append(e)
        for day, same in by_date.items():
            for e in same:
                if len(same) == 1:
                    out.append(replace(e, id=digest(*key, day)))
                else:  # last resort: the content of its first fact (same-article twins differ in it)
                    first = min(json.dumps(asdict(f), sort_keys=True, default=str) for f in e.facts)
                    out.append(replace(e, id=digest(*key, day, first)))
    return out
