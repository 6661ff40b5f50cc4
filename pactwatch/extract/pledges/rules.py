"""Stated commitments to cooperate more in a field, with no named instrument."""

from __future__ import annotations

import re

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.pledges/2"
INSTRUMENT_SUBJECT = re.compile(r"\b(?:the|this|that|new)\s+(?:[\w-]+\s+){0,2}(?:agreement|pact|treaty|deal|accord|arrangement)s?"
                                r"\b[^.;]{0,50}$", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """At most one pledge per sentence: "agreed to boost cooperation", "discussed strengthening ties"."""
    hits = [h for h in matches(sv, av, "pledges")
            if not (h[0].id == "discuss" and re.search(r"\bto\s+(?:discuss|explore)|\bto\s+$",
                                                      sv.text[max(0, h[1] - 4) : h[1] + 12]))]
    if not hits:
        return []  # "held talks to discuss expanding collaboration": the purpose of a meeting, not a pledge
    trig, start, end = min(hits, key=lambda h: h[1])
    if INSTRUMENT_SUBJECT.search(sv.text[max(0, start - 70) : start]):
        return []  # "the agreement (between A and B) aims to enhance cooperation": what a pact is for, not a pledge
    parties = parties_for(sv.codes, sv.text, av.dyad, trig.frame, av.ref, sv.own_codes, ranked=av.ranked)
    if not parties:
        return []
    return [draft(sv, av, "cooperation_pledge", parties, start, start + 12, NAME)]
