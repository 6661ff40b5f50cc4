"""Joint exercises, drills, training and deployments together."""

from __future__ import annotations

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.exercises/3"
MULTILATERAL = 8  # drills such as Malabar or RIMPAC join many navies: more parties than a meeting


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One exercise fact per sentence that names joint training between identifiable states."""
    hits = [h for h in matches(sv, av, "exercises") if not av.ref.descriptive.search(sv.text[: h[1]])]
    if not hits:
        return []
    trig, start, end = min(hits, key=lambda h: h[1])
    parties = parties_for(sv.codes, sv.text, av.dyad, trig.frame, av.ref, sv.own_codes, most=MULTILATERAL, ranked=av.ranked)
    if not parties:
        return []
    return [draft(sv, av, "exercise", parties, start, end, NAME)]
