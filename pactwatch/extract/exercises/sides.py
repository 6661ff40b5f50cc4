"""The stretch of a sentence that tells the event itself (a drill, a body set up): states in clauses about other
events never join it."""

from __future__ import annotations

import re

from pactwatch.extract.exercises.frame import drill_class
from pactwatch.extract.frames import ASIDE_MARKS, aside_spans, blank, head_token

POINTS_BACK = re.compile(r"\b(?:their|both|the two)\b", re.I)
PARTNER = re.compile(r"\b(?:with|alongside|together|jointly|joint|combined)\b", re.I)


def event_view(sv, start: int, end: int):
    """The sentence view with the clauses that tell other events blanked out (their states dropped): an adverbial
    clause ("days after US officials urged ..."), a reporting tail ("adding that A and B had been told"), a
    reaction on an appositive noun ("a move Beijing condemned"), observers sent; a drill told inside such a clause keeps
    only it."""
    doc = sv.doc
    if doc is None:
        return sv
    spans = _other_clauses(doc)
    own = [s for s in spans if s[0] <= start < s[1]]
    if own:
        lo, hi = max(own, key=lambda s: s[0])  # "met ..., a day after Belarus began military drills": Belarus's drill
        if not any(lo <= m.start < hi for m in sv.mentions) and POINTS_BACK.search(sv.text, lo, hi):
            return sv  # "..., days after their navies held joint drills": the main clause's states, told by reference
        inner = [s for s in spans if lo <= s[0] and s[1] <= hi and not s[0] <= start < s[1]]
        return blank(sv, [(0, lo), (hi, len(sv.text)), *inner])
    token = head_token(doc, start, end)
    spans = [s for s in spans if token is None or not s[0] <= token.idx < s[1]]
    return blank(sv, spans)


def target_spans(sv, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches that tell where a drill is aimed, not who drills: a participle clause of force on the drill's verb
    ("..., firing missiles into waters near Taiwan") with no partner in it, and a place phrase on the drill or its verb
    ("held drills around the island", "exercises off Japan's coast")."""
    token = head_token(sv.doc, start, end) if sv.doc is not None else None
    if token is None:
        return []
    dc = drill_class()
    heads = [token, token.head] if token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") else [token]
    if token.dep_ == "pobj":
        heads.append(token.head.head)  # "took part in drills near X": the verb of the preposition
    spans = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("advcl", "xcomp", "conj") and c.tag_ == "VBG" and c.lemma_.lower() in dc.force:
                lo, hi = _span(c)
                if not PARTNER.search(sv.text, lo, hi):
                    spans.append((lo, hi))  # "..., sending warships into waters claimed by the Philippines"
            elif c.dep_ in ("prep", "advcl", "acl") and c.lower_ in dc.place_preps:
                lo, hi = _span(c)
                after = next((x for x in c.doc if x.idx >= hi), None)
                if after is not None and after.lower_ == "with" and any(p.lemma_.lower() in dc.borders for p in c.children):
                    hi = _span(after)[1] if after.head.i != c.i else hi  # "near the border with China", "with" misattached
                spans.append((lo, hi))  # "around the island", "near the border with South Korea"
    return spans


def _other_clauses(doc) -> list[tuple[int, int]]:
    """Spans of clauses that tell an event other than the main clause's."""
    dc = drill_class()
    spans = aside_spans(doc, -1)
    for t in doc:
        if t.dep_ == "mark" and t.lower_ in ASIDE_MARKS and t.head.dep_ == "ROOT" and t.head.i > t.i \
                and any(x.text == "," for x in doc[max(0, t.i - 4) : t.i]):
            stop = next((x.idx for x in doc[t.i :] if x.text == ";"), len(doc.text))
            spans.append((t.idx, stop))  # ", days after a Chinese vessel rammed ..." parsed as the root: still an aside
        if t.dep_ in ("advcl", "conj", "xcomp") and t.tag_ == "VBG" and t.lemma_.lower() in dc.reporting:
            spans.append(_span(t))  # "..., the ministry said, adding that Austria and Ukraine had been informed"
        elif t.dep_ in ("relcl", "acl") and t.head.dep_ in ("npadvmod", "appos") and t.head.lemma_.lower() in dc.reaction_nouns \
                and any(c.dep_ == "nsubj" for c in t.children):
            spans.append(_span(t))  # "..., a move Beijing criticised as destabilising"
        elif t.lower_ in dc.watchers and t.pos_ == "NOUN":
            spans.append(_span(t))  # "Observers from Cyprus, Italy and the USA also attended the exercise"
        elif t.lemma_.lower() in dc.reaction_nouns and t.i >= 2 and doc[t.i - 1].lower_ in ("a", "an") \
                and doc[t.i - 2].text == "," and t.dep_ not in ("npadvmod", "appos"):
            stop = next((x.idx for x in doc[t.i :] if x.text == ";"), len(doc.text))
            spans.append((t.idx, stop))  # the same, parsed as the object of the reaction ("..., a step Myanmar called ...")
    return spans


def _span(t) -> tuple[int, int]:
    sub = list(t.subtree)
    return min(x.idx for x in sub), max(x.idx + len(x.text) for x in sub)
