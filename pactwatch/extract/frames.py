"""Reading a trigger's grammatical frame from the parse, shared by the fact families.

A trigger word alone is a bag of words: "the meeting" in "a photo of the meeting was denied", "took
part in an effort", "visited the settlement bloc". These helpers find the trigger's head word, walk the
chain of heads above it (is it denied, cancelled, only told about?), tell quoted speech, and classify a
participant phrase by the states it names. The lexicon is the `frames` section of data/triggers.yaml;
territories come from data/countries.yaml. The meeting and mechanism frames live in their families.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from pactwatch.reference import data_file

QUOTE_WORDS = 6  # a quotation this long is speech; shorter ones are names or scare quotes
MAX_CLIMB = 12


@dataclass(frozen=True)
class Frames:
    topic_preps: frozenset[str]
    contest: re.Pattern[str]
    contest_particles: dict[str, str]
    chain_deps: frozenset[str]
    chain_preps: frozenset[str]
    attended_objects: re.Pattern[str]
    meeting_nouns: frozenset[str]
    participant_deps: frozenset[str]
    participant_preps: frozenset[str]
    non_state_labels: frozenset[str]
    establish_verbs: frozenset[str]
    establish_nouns: frozenset[str]
    counterpart_nouns: re.Pattern[str]
    pair_words: re.Pattern[str]
    event_preps: frozenset[str]
    domestic_meetings: re.Pattern[str]
    visited_places: re.Pattern[str]
    territories: dict[str, str]  # territory code -> sovereign code
    round_nouns: frozenset[str] = frozenset()  # "the third round of talks": the round stands for the talks
    drill_verbs: frozenset[str] = frozenset()  # verbs whose object drill is an event: hold, conduct, join
    drill_means_preps: frozenset[str] = frozenset()  # "through joint exercises": the drill is a means
    drill_frame_nouns: frozenset[str] = frozenset()  # "a framework for training": what an instrument covers
    drill_enabling: frozenset[str] = frozenset()  # "would help with training": verbs that cover a drill
    drill_possible: frozenset[str] = frozenset()  # "could train together": a possibility
    resume_verbs: frozenset[str] = frozenset()  # "resume the dialogue suspended in 2018": the undoing is undone
    medium_preps: frozenset[str] = frozenset()  # "signed via video conferencing": the call is how they met
    travel_preps: frozenset[str] = frozenset()  # "on a three-day visit": the subject travels
    travel_nouns: frozenset[str] = frozenset()
    group_names: re.Pattern[str] | None = None  # "talks among G7 ministers": a multilateral gathering
    drill_words: re.Pattern[str] = re.compile(r"(?!)")  # words that are drills themselves, in a list of fields
    vessels: re.Pattern[str] = re.compile(r"(?!)")  # "a submarine visiting Perth": a port call, no meeting
    meet_verbs: frozenset[str] = frozenset()  # verbs whose object is a side: "met X", "received X"
    resident_envoys: re.Pattern[str] = re.compile(r"(?!)")  # "German Ambassador X signed ... in Tokyo": no meeting


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    """The frames lexicon and the territories list, read once."""
    f = data_file("triggers.yaml")["frames"]
    terr = data_file("countries.yaml").get("territories") or {}
    words = lambda key: frozenset(str(w).lower() for w in f.get(key) or ())  # noqa: E731
    return Frames(words("topic_preps"), re.compile(f["contest"]), dict(f.get("contest_particles") or {}),
                  words("chain_deps"), words("chain_preps"), re.compile(f["attended_objects"], re.I),
                  words("meeting_nouns"), words("participant_deps"),
                  words("participant_preps"), frozenset(f.get("non_state_labels") or ()), words("establish_verbs"),
                  words("establish_nouns"), re.compile(f["counterpart_nouns"], re.I),
                  re.compile(f["pair_words"], re.I), words("event_preps"),
                  re.compile(f["domestic_meetings"], re.I), re.compile(f["visited_places"], re.I), {str(k): str(v) for k, v in terr.items()},
                  words("round_nouns"), words("drill_verbs"), words("drill_means_preps"), words("drill_frame_nouns"),
                  words("drill_enabling"), words("drill_possible"), words("resume_verbs"),
                  words("medium_preps"), words("travel_preps"), words("travel_nouns"),
                  re.compile(f["group_names"]) if f.get("group_names") else None,
                  re.compile(f.get("drill_words") or r"(?!)", re.I), re.compile(f.get("vessels") or r"(?!)", re.I),
                  words("meet_verbs"), re.compile(f.get("resident_envoys") or r"(?!)", re.I))


def territories() -> dict[str, str]:
    """Territory code -> its sovereign's code (Hong Kong -> China)."""
    return load_frames().territories


def quoted(text: str, pos: int, doc=None) -> bool:
    """True when `pos` lies inside quoted speech (several words, with a verb when the parse is there),
    not a quoted name ("the first “Ukrainian-Japanese consultations on security issues”")."""
    for lo, hi in _quotes(text):
        if lo <= pos < hi:
            if len(text[lo:hi].split()) < QUOTE_WORDS:
                return False
            return doc is None or any(lo <= t.idx < hi and t.pos_ in ("VERB", "AUX") for t in doc)
    return False


def _quotes(text: str) -> list[tuple[int, int]]:
    """Spans of quotations; a quotation still open at the end, or closed before any opening, runs to the edge."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer(r"[\"“”]", text):
        ch = m.group()
        closes_earlier = ch == '"' and start is None and m.start() > 0 and text[m.start() - 1] in ",.!?"
        opening = ch == "“" or (ch == '"' and start is None and not closes_earlier)
        if opening and start is None:
            start = m.end()
        elif not opening and start is not None:
            spans.append((start, m.start()))
            start = None
        elif (ch == "”" or closes_earlier) and start is None and not spans:
            spans.append((0, m.start()))  # the sentence continues a quotation opened before it
    if start is not None:
        spans.append((start, len(text)))
    return spans


def head_token(doc, start: int, end: int):
    """The syntactic head of the trigger span: the token in it whose head lies outside it."""
    if doc is None:
        return None
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    heads = [t for t in inside if not (start <= t.head.idx < end) or t.head is t]
    content = [t for t in heads if t.pos_ in ("NOUN", "VERB", "PROPN", "AUX")]
    content = content or [t for t in inside if t.pos_ in ("NOUN", "VERB", "PROPN")]  # "during talks": the noun
    token = (content or heads or inside)[0]
    if not content and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # "2+2" is numbers and a symbol: the noun it names ("dialogue") heads it
    return token


def off_event(token, fr: Frames | None = None) -> str | None:
    """Why the trigger is not the sentence's event: "topic" (told about) or "contested" (denied, cancelled)."""
    fr = fr or load_frames()
    resumed = token.head.lemma_.lower() in fr.resume_verbs and token.head.pos_ in ("VERB", "AUX")
    for c in token.children:  # "a meeting ... that was canceled": the relative clause undoes its noun
        if not resumed and c.dep_ in ("relcl", "acl") and _contests(c, fr) and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.lower_ in ("that", "which") for g in c.children):
            return "contested"
    t = token
    for _ in range(MAX_CLIMB):
        if t is not token and _contests(t, fr):
            return "contested"
        if t.dep_ in ("prep", "agent"):
            if t.lower_ in fr.topic_preps:
                return "topic"
            if t.lower_ not in fr.chain_preps:
                return None
        elif t.dep_ == "conj":
            if t.pos_ not in ("NOUN", "PROPN"):
                return None  # "denied the report and met X": two events side by side
        elif t.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children):
            pass  # "reports that it would sell ...": the content of a noun, climbed like a complement
        elif t.dep_ == "acl" and t.head.pos_ == "NOUN" and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            pass  # "scrapped an agreement to buy ...", "a bid to build ... was rejected": the noun's purpose
        elif t.dep_ not in fr.chain_deps or (t.dep_ == "ccomp" and t.head.i > t.i):
            return None  # a clause hung on a later verb is mostly a misparse across ";" or a quote
        if t.head is t:
            return None
        t = t.head
    return None


def _contests(t, fr: Frames) -> bool:
    if t.pos_ not in ("VERB", "AUX", "NOUN") or not fr.contest.fullmatch(t.lemma_.lower()):
        return False
    particle = fr.contest_particles.get(t.lemma_.lower())
    return particle is None or any(c.dep_ == "prt" and c.lower_ == particle for c in t.children)


@dataclass(frozen=True)
class Side:
    """One participant phrase of a meeting: its head word and the states named in it."""

    head: object
    kind: str  # state | territory | nonstate | open
    codes: frozenset[str]


def side_of(head, mentions: list, people: list, fr: Frames | None = None, tokens: list | None = None) -> Side:
    """Classify a participant phrase by the states, territories and entities it names."""
    fr = fr or load_frames()
    tokens = tokens or own_tokens(head)
    lo = min(t.idx for t in tokens)
    hi = max(t.idx + len(t.text) for t in tokens)
    words = head.doc.text[lo:hi]
    codes = {m.code for m in mentions if lo <= m.start < hi}
    codes |= {p.country for p in people if p.country and p.name.split()[-1] in words}
    states = frozenset(c for c in codes if c not in fr.territories)
    if states:
        return Side(head, "state", states)
    if codes:
        return Side(head, "territory", frozenset(codes))
    if head.pos_ == "PROPN" and head.ent_type_ in fr.non_state_labels and not any(
            p.name.split()[-1] == head.text for p in people if p.name):
        return Side(head, "nonstate", frozenset())  # (a known person's surname mislabelled as a group is a person)
    return Side(head, "open", frozenset())


def own_tokens(head) -> list:
    """The phrase of one conjunct: its subtree without the other conjuncts and clauses hung on it."""
    skip = {"conj", "cc", "relcl", "acl", "punct", "advcl"}
    out = [head]
    for c in head.children:
        if c.dep_ not in skip:
            out.extend(c.subtree)
    return sorted(out, key=lambda t: t.i)


def phrase_text(tokens: list) -> str:
    """The sentence text a phrase covers, spacing as written ("2+2", "Japan-US")."""
    return tokens[0].doc.text[min(t.idx for t in tokens) : max(t.idx + len(t.text) for t in tokens)]


def conjuncts(t) -> list:
    return [t, *t.conjuncts]


# Conjunctions that open an adverbial clause about another event ("..., days after China's vessels fired ...")
ASIDE_MARKS = frozenset({"after", "before", "since", "when", "while", "although", "though", "because", "whereas", "until", "once"})


def blank(sv, spans: list[tuple[int, int]]):
    """The sentence view with these stretches blanked out (offsets kept) and the states and dates named in them dropped."""
    text = sv.text
    for lo, hi in spans:
        text = text[:lo] + " " * (hi - lo) + text[hi:]
    kept = [m for m in sv.mentions if not any(lo <= m.start < hi for lo, hi in spans)]
    gone = {m.code for m in sv.mentions} - {m.code for m in kept}
    dates = [d for d in sv.dates if not any(lo <= d.start < hi for lo, hi in spans)]  # the blanked clause's own times
    return replace(sv, text=text, mentions=kept, codes=[c for c in sv.codes if c not in gone], dates=dates)


def aside_spans(doc, first: int, own_subject: bool = False) -> list[tuple[int, int]]:
    """Adverbial clauses after character `first` that tell another event ("met on Monday, a week after Ugandan forces
    seized boats there"); with own_subject, only clauses whose verb has a subject of its own."""
    spans = []
    for t in doc if doc is not None else ():
        if t.dep_ == "mark" and t.lower_ in ASIDE_MARKS and t.idx > first and t.head.dep_ == "advcl" \
                and (not own_subject or any(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children)):
            sub = list(t.head.subtree)
            spans.append((min(x.idx for x in sub), max(x.idx + len(x.text) for x in sub)))
    return spans
