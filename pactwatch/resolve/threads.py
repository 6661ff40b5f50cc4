"""Link one agreement's lifecycle events (talks, signing, entry into force) under one thread id."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from pactwatch.model import Event
from pactwatch.resolve import dates
from pactwatch.resolve.events import digest


def _before_or_same(a: str | None, b: str | None) -> bool:
    """True when date a is not after date b, compared at their common precision."""
    pa, pb = dates.parse(a), dates.parse(b)
    n = min(len(pa), len(pb))
    return pa[:n] <= pb[:n]


def assign_threads(events: list[Event], thread_types: tuple[str, ...]) -> list[Event]:
    """Give agreement events a thread: each signing starts one; talks join the next signing, entry
    into force the last signing before it; undated ones join the latest signing."""
    groups: dict[tuple, list[Event]] = defaultdict(list)
    for e in events:
        if e.type in thread_types and (e.agreement_kind or e.programme):
            groups[(e.parties, e.agreement_kind, (e.programme or "").casefold())].append(e)
    thread_of: dict[str, str] = {}
    for key, group in groups.items():
        signed = sorted((e for e in group if e.type == "agreement_signed"),
                        key=lambda e: (e.date is None, e.date or "", e.id))
        dated = [e for e in signed if e.date]
        latest = (dated or signed)[-1] if signed else None
        for e in group:
            if e.type == "agreement_signed":
                owner = e
            elif not e.date or not dated:
                owner = latest
            elif e.type == "agreement_negotiation":
                owner = next((s for s in dated if _before_or_same(e.date, s.date)), None)
            else:
                later = [s for s in dated if _before_or_same(s.date, e.date)]
                owner = later[-1] if later else dated[0]
            if owner is not None:
                thread_of[e.id] = digest("thread", owner.id)
            else:  # talks after the last signing, or with no signing yet: the open thread
                after = dated[-1].id if dated else ""
                thread_of[e.id] = digest("thread", *key, "open", after)
    return [replace(e, thread_id=thread_of[e.id]) if e.id in thread_of else e for e in events]
