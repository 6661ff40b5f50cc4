"""Stated commitments to cooperate more in a field, with no named instrument."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.frames import head_token
from pactwatch.reference import data_file

NAME = "pactwatch.extract.pledges/10"
MAX_CLIMB = 6
# "Even without a new agreement, the ministers agreed to ...", "Under the accord, A and B pledged ...": an instrument
# inside a prepositional phrase is a circumstance, not the subject whose purpose the sentence tells.
PREP_BEFORE = re.compile(r"\b(?:without|under|despite|beyond|besides|after|before|through|via|within|outside|in|with)\s+(?:(?:a|an|the|its|their|this|that)\s+)?$", re.I)


@dataclass(frozen=True)
class PledgeLexicon:
    instrument: re.Pattern[str]  # an instrument as the subject just before the trigger
    commentators: frozenset[str]
    opinion_verbs: frozenset[str]
    opinion_piece: re.Pattern[str]
    purpose: re.Pattern[str]
    plural_subjects: frozenset[str]
    partner_words: frozenset[str]
    pair_subjects: re.Pattern[str]  # "Host and guest", "the two parties": the article's pair
    past_content: re.Pattern[str]  # "agreeing that they have implemented": a finding, no commitment
    field_topic: re.Pattern[str]  # "discussed the development of cooperation in the field of X": a topic
    instrument_purpose: re.Pattern[str]  # "discussed the bills that would promote cooperation": a bill's aim
    programme_object: re.Pattern[str]  # "collaborate in the development of a jet engine": a programme


@lru_cache(maxsize=1)
def load_lexicon() -> PledgeLexicon:
    """data/pledge_frames.yaml, read once."""
    data = data_file("pledge_frames.yaml")
    words = lambda key: frozenset(str(w).lower() for w in data.get(key) or ())  # noqa: E731
    nouns = "|".join(re.escape(w) for w in sorted(words("instrument_nouns"), key=len, reverse=True))
    instrument = re.compile(r"\b(?:the|this|that|new)\s+(?:[\w-]+\s+){0,2}(?:" + nouns + r")s?\b[^.;]{0,50}$", re.I)
    return PledgeLexicon(instrument, words("commentators"), words("opinion_verbs"),
                         re.compile(data["opinion_piece"], re.I), re.compile(data["purpose"], re.I),
                         words("plural_subjects"), words("partner_words"),
                         re.compile(data.get("pair_subjects") or "(?!x)x", re.I),
                         re.compile(data.get("past_content") or "(?!x)x", re.I),
                         re.compile(data.get("field_topic") or "(?!x)x", re.I),
                         re.compile(data.get("instrument_purpose") or "(?!x)x", re.I),
                         re.compile(data.get("programme_object") or "(?!x)x", re.I))


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """At most one pledge per sentence: "agreed to boost cooperation", "discussed strengthening ties"."""
    lex = load_lexicon()
    hits = [h for h in matches(sv, av, "pledges")
            if not (h[0].id == "discuss" and (lex.purpose.search(sv.text[max(0, h[1] - 4) : h[1] + 12])
                                              or lex.field_topic.search(sv.text[h[1] : h[1] + 90])))]
    hits = [h for h in hits if _one_clause(sv.doc, h[1], h[2]) and not lex.past_content.search(sv.text[h[1] :])]
    hits = [h for h in hits if not lex.instrument_purpose.search(sv.text[h[1] : h[2]])]  # "the bills that would promote ..."
    hits = [h for h in hits if not (h[0].id == "cooperate" and lex.programme_object.match(sv.text, h[2]))]  # one item  # "decided to hold a summit, while X wants to deepen ties"
    if av.ref.programme_named(sv.text):
        hits = [h for h in hits if h[0].id != "jointly"]  # "will jointly develop the X fighter": a programme, not a pledge
    if not hits:
        return []  # "held talks to discuss expanding collaboration": the purpose of a meeting, not a pledge
    trig, start, end = min(hits, key=lambda h: h[1])
    instrument = lex.instrument.search(sv.text[max(0, start - 70) : start])
    if instrument and not PREP_BEFORE.search(sv.text[: max(0, start - 70) + instrument.start()]):
        return []  # "the agreement (between A and B) aims to enhance cooperation": what a pact is for, not a pledge
    if lex.opinion_piece.search(sv.text[:start]) or _commentary(sv.doc, start, end, lex):
        return []  # "Analysts agreed that ...", "In an op-ed, the former envoy argued ...": an opinion, not the sides
    if _one_sided(sv.doc, start, end, lex):
        return []  # "Sir Keir emphasised the importance of this collaboration": one side speaking, no partner named
    own = _clause_states(sv, start)
    codes = own if len(own) >= 2 else sv.codes  # the states of the pledging clause, else the sentence's
    if len(own) == 1 and len(av.dyad) == 2 and own[0] in av.dyad and _paired_subject(sv.doc, start, end):
        codes = list(av.dyad)  # "he and Kishida committed to ...": the speaker and his partner, not every state quoted
    elif own and _paired_subject(sv.doc, start, end, speaker=True):
        codes = list(dict.fromkeys([*own, *sv.codes]))  # "he and his counterparts from A and B decided": the speaker's too
    parties = parties_for(codes, sv.text, av.dyad, trig.frame, av.ref, sv.own_codes, ranked=av.ranked)
    if not parties and len(own) < 2 and len(av.dyad) == 2 and lex.pair_subjects.search(sv.text[:start]):
        if not own or set(own) <= set(av.dyad):
            parties = tuple(sorted(av.dyad))  # "Host and guest agreed to ...": the two sides of the article's talks
        elif trig.id == "say_will":
            parties = tuple(sorted({*av.dyad, *own}))  # "the two leaders said they would deepen ties with Italy": three
    if not parties:
        return []
    return [draft(sv, av, "cooperation_pledge", parties, start, start + 12, NAME)]


def _commentary(doc, start: int, end: int, lex: PledgeLexicon) -> bool:
    """The pledge verb, or an opinion verb above it, has a commentator or a piece of writing as its subject."""
    t = head_token(doc, start, end)
    for _ in range(MAX_CLIMB):
        if t is None:
            return False
        if t.pos_ in ("VERB", "AUX"):
            subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lemma_.lower() in lex.commentators or s.lower_ in lex.commentators for s in subjects):
                return True
            told = t.dep_ == "ccomp" and t.head.lemma_.lower() in lex.opinion_verbs
            if subjects and t.lemma_.lower() not in lex.opinion_verbs and not told:
                return False  # the pledge has its own subject (the states or their ministers) and is not an opinion's content
        if t.head is t or t.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "relcl", "pcomp", "pobj", "prep"):
            return False
        t = t.head
    return False


def _one_sided(doc, start: int, end: int, lex: PledgeLexicon) -> bool:
    """The pledge verb has one singular subject and no partner ("with", "between") anywhere in its clause."""
    t = head_token(doc, start, end)
    if t is None or t.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subj = subjects[0]
    if subj.conjuncts or subj.tag_ in ("NNS", "NNPS") or subj.lower_ in lex.plural_subjects \
            or any(c.lower_ in lex.plural_subjects for c in subj.children):
        return False  # "Japan and India", "the ministers", "they", "both sides"
    clause = [w for c in t.children if c.dep_ not in ("advcl", "ccomp", "parataxis") for w in c.subtree]
    return not any(w.lower_ in lex.partner_words for w in clause)  # a quote or aside hung on the verb is not its clause


def _paired_subject(doc, start: int, end: int, speaker: bool = False) -> bool:
    """The pledge verb's subject is two people or sides joined by "and" ("he and Kishida"); with `speaker`, one of
    them is the reporting speaker himself ("he and his counterparts from A and B"), whose state is told elsewhere."""
    t = head_token(doc, start, end)
    if t is None:
        return False
    pairs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.conjuncts]
    if not speaker:
        return bool(pairs)
    return any(w.lower_ in ("he", "she") for c in pairs for w in (c, *c.conjuncts))


def _first(doc, start: int):
    return next((t for t in doc if t.idx >= start), None) if doc is not None else None


def _own_clause(t) -> bool:
    """A verb with its own subject hung on another as an aside or a second clause ("agreed that Japan will ..."
    is the content of the pledge, not another clause)."""
    return t.pos_ in ("VERB", "AUX") and t.dep_ in ("advcl", "conj", "parataxis") and \
        any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children)


def _one_clause(doc, start: int, end: int) -> bool:
    """The pledge's field ("ties") hangs under its verb ("decided") without crossing a clause that has its own
    subject; without a parse, or when the parse does not link them, the words are trusted."""
    first = _first(doc, start)
    last = next((t for t in reversed(doc) if t.idx < end), None) if doc is not None else None
    if first is None or last is None:
        return True
    t = last
    crossed = False
    for _ in range(2 * MAX_CLIMB):
        if t.i == first.i:
            return not crossed
        crossed = crossed or _own_clause(t)
        if t.head.i == t.i:
            break
        t = t.head
    return True


def _clause_states(sv: SentenceView, start: int) -> list[str]:
    """The acting states named under the pledge verb (subject, "with" partner), leaving out other clauses."""
    first = _first(sv.doc, start)
    if first is None:
        return []
    skip = {w.i for c in first.children if _own_clause(c) for w in c.subtree}
    spans = [(w.idx, w.idx + len(w.text)) for w in first.subtree if w.i not in skip]
    aside = _own_clause(first)  # the pledge is a clause beside the main one: its states were read against that one
    codes = [m.code for m in sv.mentions if (aside or not m.topic) and any(lo <= m.start < hi for lo, hi in spans)]
    return list(dict.fromkeys(c for c in codes if aside or c in sv.codes))
