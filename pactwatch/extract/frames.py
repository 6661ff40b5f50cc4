"""Grammatical frames of meeting and mechanism triggers, read from the parse: who meets whom, what is set up.

A trigger word alone is a bag of words: "the meeting" in "a photo of the meeting was denied", "took
part in an effort", "visited the settlement bloc". These checks look at the dependency parse around
the trigger (subject, object, "with"/"between" objects, possessor, the chain of heads above it) and
say when the sentence does not report a cooperation event between states. The lexicon is the
`frames` section of data/triggers.yaml; territories come from data/countries.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import yaml

from pactwatch.reference import DATA_DIR

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
    meeting_verbs: frozenset[str]
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


@lru_cache(maxsize=1)
def load_frames() -> Frames:
    """The frames lexicon and the territories list, read once."""
    f = yaml.safe_load((DATA_DIR / "triggers.yaml").read_text(encoding="utf-8"))["frames"]
    terr = yaml.safe_load((DATA_DIR / "countries.yaml").read_text(encoding="utf-8")).get("territories") or {}
    words = lambda key: frozenset(str(w).lower() for w in f.get(key) or ())  # noqa: E731
    return Frames(words("topic_preps"), re.compile(f["contest"]), dict(f.get("contest_particles") or {}),
                  words("chain_deps"), words("chain_preps"), re.compile(f["attended_objects"], re.I),
                  words("meeting_verbs"), words("meeting_nouns"), words("participant_deps"),
                  words("participant_preps"), frozenset(f.get("non_state_labels") or ()), words("establish_verbs"),
                  words("establish_nouns"), re.compile(f["counterpart_nouns"], re.I),
                  re.compile(f["pair_words"], re.I), words("event_preps"),
                  re.compile(f["domestic_meetings"], re.I), re.compile(f["visited_places"], re.I), {str(k): str(v) for k, v in terr.items()})


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
    for c in token.children:  # "a meeting ... that was canceled": the relative clause undoes its noun
        if c.dep_ in ("relcl", "acl") and _contests(c, fr) and any(
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
    tokens = tokens or _own_tokens(head)
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
    if head.pos_ == "PROPN" and head.ent_type_ in fr.non_state_labels:
        return Side(head, "nonstate", frozenset())
    return Side(head, "open", frozenset())


def _own_tokens(head) -> list:
    """The phrase of one conjunct: its subtree without the other conjuncts and clauses hung on it."""
    skip = {"conj", "cc", "relcl", "acl", "punct", "advcl"}
    out = [head]
    for c in head.children:
        if c.dep_ not in skip:
            out.extend(c.subtree)
    return sorted(out, key=lambda t: t.i)


def _text(tokens: list) -> str:
    """The sentence text a phrase covers, spacing as written ("2+2", "Japan-US")."""
    return tokens[0].doc.text[min(t.idx for t in tokens) : max(t.idx + len(t.text) for t in tokens)]


def _conjuncts(t) -> list:
    return [t, *t.conjuncts]


def sides(token, fr: Frames | None = None) -> list:
    """Head words of the participants around a meeting trigger: subject, object, "with"/"between" objects."""
    fr = fr or load_frames()
    anchors = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and token.head is not token:
        anchors.append(token.head)  # "held talks": the holders are the verb's subject
    elif (token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and token.head.lower_ in fr.event_preps
          and token.head.head.pos_ in ("VERB", "AUX")):
        anchors.append(token.head.head)  # "signed two agreements during talks": the signers met
    if token.pos_ in ("VERB", "AUX"):
        anchors += [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in fr.meeting_nouns]
    for a in list(anchors):
        if a.pos_ in ("VERB", "AUX") and a.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in a.children):
            anchors.append(a.head)  # "agreed to accelerate talks", "met and held talks": the subject is the head's
    out: list = []
    for a in anchors:
        for c in a.children:
            if c in anchors or c.lemma_.lower() in fr.meeting_nouns:
                continue
            if c.dep_ in fr.participant_deps:
                out += _conjuncts(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in fr.participant_preps:
                out += [p for q in c.children if q.dep_ == "pobj" for p in _conjuncts(q)]
    return out


def meeting_veto(sv, trigger_id: str, start: int, end: int) -> str | None:
    """Why a meeting trigger does not tell a meeting between two states, or None when it may."""
    if quoted(sv.text, start, sv.doc):
        return "quoted"
    token = head_token(sv.doc, start, end)
    if token is None:
        return None
    fr = load_frames()
    why = off_event(token, fr)
    if why:
        return why
    acting = [m for m in sv.mentions if not m.topic]
    if acting and all(quoted(sv.text, m.start, sv.doc) for m in acting):
        return "states only in a quotation"  # the sentence's states are what someone said, not who met
    if trigger_id == "attended":
        objects = [q for t in sv.doc if start <= t.idx < end and t.dep_ == "prep" for q in t.children if q.dep_ == "pobj"]
        if objects and not any(fr.attended_objects.fullmatch(q.lemma_) or fr.attended_objects.fullmatch(q.lower_)
                               for q in objects):
            return "attended nothing"  # "took part in an effort to urge ..."
    heads = sides(token, fr)
    found = [side_of(h, sv.mentions, sv.people, fr) for h in heads]
    states = {c for s in found for c in s.codes if s.kind == "state"}
    if any(s.kind in ("nonstate", "territory") for s in found) and len(states) < 2:
        return "non-state side"  # "Washington and the Taliban held talks", Hong Kong's leader in Beijing
    if token.lemma_.lower() == "meet" and token.pos_ in ("VERB", "AUX"):
        goals = [c for c in token.children if c.dep_ == "dobj"]
        if goals and not any(_someone(g, sv, fr) for g in goals):
            return "meets a goal"  # "data meeting lowered expectations", "meet proteins"
    if token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("compound", "amod", "nmod") and fr.domestic_meetings.fullmatch(c.lower_) for c in token.children):
        return "domestic gathering"  # "a cabinet meeting", "the party meeting"
    back = _points_back(token, sv)
    if not _has_participants(token, found, sv, fr) and not back:
        return "no participants"  # "exclusion from some important meetings": no meeting told before to point to
    named = {m.code for m in sv.mentions if not m.topic and not m.locative and m.code not in fr.territories}
    if token.pos_ in ("NOUN", "PROPN") and not back and len(named) < 2 and _one_sided(token, found, sv, fr):
        return "one side only"  # "Modi pledged at the Climate Action Summit": nobody met him there in this sentence
    if token.lemma_.lower() in ("visit", "trip") or trigger_id == "visit":
        why = _visit_veto(token, found, sv, fr)
        if why:
            return why
    if token.lemma_.lower() == "meeting":
        body = [q for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
        own = {m.code for m in sv.mentions if not m.topic}
        for q in body:
            s = side_of(q, sv.mentions, sv.people, fr)
            if len(own) < 2 and (s.kind == "nonstate" or (s.kind == "open" and q.pos_ == "NOUN"
                                                         and not fr.counterpart_nouns.fullmatch(q.lower_))):
                return "meeting of a body"  # "an emergency meeting of the body"
    return None


def _visit_veto(token, found: list[Side], sv, fr: Frames) -> str | None:
    """A visit must go to another state or its people: not to one's own country, a site or a settlement."""
    if token.dep_ == "amod" or (token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children)
                                and any(c.dep_ == "dobj" and fr.counterpart_nouns.fullmatch(c.lower_) for c in token.children)):
        return "visiting units"  # "visiting officials", "told visiting Ukraine officials": no visit is told
    dest = []
    if token.pos_ in ("VERB", "AUX"):
        dest = [d for c in token.children if c.dep_ == "dobj" for d in _conjuncts(c)]
    dest += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for q in c.children
             if q.dep_ == "pobj" for p in _conjuncts(q)]
    if not dest:
        return None
    dest_sides = [side_of(d, sv.mentions, sv.people, fr) for d in dest]
    visitor = [s for s in found if s.head not in dest]
    visitor_states = {c for s in visitor for c in s.codes if s.kind == "state"}
    visitor_territories = {c for s in visitor for c in s.codes if s.kind == "territory"}
    ok = []
    for d, s in zip(dest, dest_sides, strict=True):
        if s.kind == "state":
            if d.pos_ == "NOUN" and not (fr.counterpart_nouns.fullmatch(d.lower_) or fr.visited_places.fullmatch(d.lower_)):
                continue  # "visited the U.S.-Mexico border", "a Japanese shipyard": a site in that state
            if s.codes <= visitor_states:
                continue  # "Netanyahu visited Jerusalem": a trip at home
            if any(fr.territories.get(t) in s.codes for t in visitor_territories):
                continue  # a territory's leader visiting its sovereign
            ok.append(d)
        elif s.kind == "open" and (d.pos_ == "PRON" or d.ent_type_ == "PERSON" or fr.counterpart_nouns.fullmatch(d.lower_)):
            ok.append(d)  # "visited him", "visited his counterpart"
    return None if ok else "visit to a place, not a state"


def sets_up_other(sv, start: int, end: int, body: re.Pattern[str]) -> bool:
    """True when the parse shows "establish"/"launch"/"creation of" taking something other than a body.

    "agreed to establish a working group" and "an office will open" set up bodies; "the establishment of
    settlements" or "launched an attack" do not. Without a parse or an object, nothing is ruled out.
    """
    token = head_token(sv.doc, start, end)
    if token is None:
        return False
    fr = load_frames()
    lemma = token.lemma_.lower()
    objects: list = []
    if token.pos_ in ("VERB", "AUX") and lemma in fr.establish_verbs:
        objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        if not objects and lemma == "open":
            objects = [c for c in token.children if c.dep_ == "nsubj"]  # "an office will open in Bristol"
    elif token.pos_ == "NOUN" and lemma in fr.establish_nouns:
        objects = [q for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    if not objects:
        return False
    for o in (p for q in objects for p in _conjuncts(q)):
        phrase = _text(_own_tokens(o))
        if body.search(phrase) or (sv.doc is not None and o.pos_ == "PROPN"):
            return False  # a body word in the object, or a named body ("launched AUKUS")
    return True


def _has_participants(token, found: list[Side], sv, fr: Frames) -> bool:
    """A state or a person of known state stands in the trigger's frame (its sides, or the noun's own phrase)."""
    if any(s.kind == "state" or _both_sides(s.head, fr) for s in found):
        return True
    if token.pos_ in ("VERB", "AUX"):
        return False
    modifiers = [t for c in token.children if c.i < token.i and c.dep_ not in ("prep", "relcl", "acl", "punct", "cc", "conj")
                 for t in c.subtree]  # what stands before the noun: "UK-Japan", "2+2", "Kishida's"
    words = _text([token, *modifiers])
    if modifiers and side_of(token, sv.mentions, sv.people, fr, [token, *modifiers]).kind == "state":
        return True  # "the UK-Japan meeting", "Kishida's visit"
    if any(t.dep_ == "poss" and t.lower_ == "their" for t in token.children) or fr.pair_words.search(words):
        return True  # "their second two-plus-two talks", "the 2+2 dialogue", "bilateral talks"
    of = [q for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    return any(fr.counterpart_nouns.fullmatch(q.lower_) for q in of)  # "a meeting of foreign ministers"


def _both_sides(head, fr: Frames) -> bool:
    """A plural subject stands for both sides: "they met", "the ministers met", "the two countries held"."""
    if head.pos_ == "PRON":
        return head.lower_ in ("they", "we", "both")
    return head.tag_ in ("NNS", "NNPS") and bool(fr.counterpart_nouns.fullmatch(head.lower_))


DEFINITE = ("the", "this", "that", "these", "those", "their", "its", "his", "her", "our")


def _points_back(token, sv) -> bool:
    """The trigger refers to a meeting the article already told: "the meeting", "Monday's talks", "Talks focused on"."""
    if "meeting" not in sv.earlier:
        return False
    if token.pos_ in ("VERB", "AUX"):
        return True
    if any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in DEFINITE) for c in token.children):
        return True
    bare = not any(c.dep_ == "det" for c in token.children)
    return bare and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass")


def _someone(t, sv, fr: Frames) -> bool:
    """The object of "meet" is a person, an official, a state or a pronoun, not a goal."""
    if t.pos_ == "PRON" or t.ent_type_ in ("PERSON", "GPE", "NORP") or fr.counterpart_nouns.fullmatch(t.lower_):
        return True
    return side_of(t, sv.mentions, sv.people, fr).kind == "state"


def _one_sided(token, found: list[Side], sv, fr: Frames) -> bool:
    """Exactly one state stands around a meeting noun and nothing names the other side."""
    if any(s.kind != "state" and (_both_sides(s.head, fr) or s.head.pos_ == "PRON"
                                  or fr.counterpart_nouns.fullmatch(s.head.lower_) or s.head.ent_type_ == "PERSON")
           for s in found):
        return False  # "talks with officials", "with him", "the ministers held talks"
    states = {c for s in found for c in s.codes if s.kind == "state"}
    modifiers = [t for c in token.children if c.i < token.i and c.dep_ not in ("prep", "relcl", "acl", "punct")
                 for t in c.subtree]
    if modifiers:
        if fr.pair_words.search(_text([token, *modifiers])):
            return False
        states |= side_of(token, sv.mentions, sv.people, fr, [token, *modifiers]).codes - set(fr.territories)
    if len(states) != 1:
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("of", "with", "between", "among") for c in token.children):
        return False  # the noun names its own participants, read by the other checks
    anchors = [token.head] if token.head is not token else []
    if token.dep_ == "pobj" and token.head.head is not token.head:
        anchors.append(token.head.head)
    places = {m.code for a in anchors if a.pos_ in ("VERB", "AUX") for c in a.children
              if c.dep_ == "prep" and c.lower_ in ("to", "in") for q in c.children if q.dep_ == "pobj"
              for m in sv.mentions if q.left_edge.idx <= m.start < q.right_edge.idx + len(q.right_edge.text)}
    return not (places - states)  # "travel to Japan for talks": the place is the other side
