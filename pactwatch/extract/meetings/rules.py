"""Meetings, visits, talks and summits between officials of two or more states."""

from __future__ import annotations

from pactwatch.extract.actors import hub_spokes, parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches, people_for

NAME = "pactwatch.extract.meetings/1"


def _visits_someone(sv: SentenceView, av: ArticleView, end: int) -> bool:
    """"visited Manila", "visit to Japan", "Austin's visit, ..." yes; "visited the historic temple" no."""
    return not av.ref.sightseeing.match(sv.text[end : end + 30])


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One meeting per sentence that names one (or one per spoke of a hub's round of talks)."""
    hits = [h for h in matches(sv, av, "meetings") if h[0].id != "visit" or _visits_someone(sv, av, h[2])]
    if not hits:
        return []
    trig, start, end = min(hits, key=lambda h: h[1])
    bilateral = any(av.ref.multilateral.search(sv.text[max(0, s - 40) : e]) is None for _, s, e in hits)
    if not bilateral:
        return []  # "the G7 summit" alone: only talks held at it are facts
    spokes = hub_spokes(sv.text, sv.mentions, av.dyad) if sv.own_codes else []
    if spokes:
        return [draft(sv, av, "meeting", tuple(sorted((hub, spoke))), start, end, NAME, place=sv.place,
                      people=people_for(sv, (hub, spoke)), confidence=0.6) for hub, spoke, _, _ in spokes]
    parties = parties_for(sv.codes, sv.text, av.dyad, trig.frame, av.ref, sv.own_codes)
    if not parties:
        return []
    return [draft(sv, av, "meeting", parties, start, end, NAME, place=sv.place, people=people_for(sv, parties))]
