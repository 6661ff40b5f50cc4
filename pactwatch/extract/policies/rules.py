"""A state's change of its own defence or export policy."""

from __future__ import annotations

import re

from pactwatch.extract.actors import owner_of
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.policies/2"
DEFENCE = re.compile(r"\b(?:defen[cs]e|arms|military|export|weapons?|equipment|security)\b", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One policy change per sentence: a state easing, revising or lifting its defence rules."""
    hits = [h for h in matches(sv, av, "policies") if DEFENCE.search(sv.text[h[1] : h[2] + 60])]
    if not hits:
        return []
    _trig, start, _end = hits[0]
    parties = owner_of(sv.mentions, start, av.dyad)
    if not parties:
        return []
    return [draft(sv, av, "policy_change", parties, start, start + 10, NAME)]
