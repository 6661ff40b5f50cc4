"""The frame of a meeting trigger: two state sides meeting, read from the parse (extract/frames.py)."""

from __future__ import annotations

import re

from pactwatch.extract.frames import (
    Frames,
    Side,
    conjuncts,
    head_token,
    load_frames,
    off_event,
    own_tokens,
    phrase_text,
    quoted,
    side_of,
)
from pactwatch.extract.meetings.cues import classifies


def sides(token, fr: Frames | None = None) -> list:
    """Head words of the participants around a meeting trigger: subject, object, "with"/"between" objects."""
    fr = fr or load_frames()
    anchors = [token]
    if token.pos_ in ("NOUN", "PROPN") and token.dep_ in ("dobj", "nsubj", "nsubjpass", "attr") and token.head is not token:
        anchors.append(token.head)  # "held talks": the holders are the verb's subject
    elif token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and (
            token.head.lower_ in fr.event_preps | fr.medium_preps
            or (token.head.lower_ in fr.travel_preps and token.lemma_.lower() in fr.travel_nouns)):
        verb = _clause_verb(token.head.head)
        if verb is not None:
            anchors.append(verb)  # "signed two agreements during talks", "agreed on a roadmap during talks": they met
    if token.pos_ in ("VERB", "AUX"):
        anchors += [c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in fr.meeting_nouns]
    else:
        anchors += [c for c in token.children if c.dep_ == "acl" and c.pos_ == "VERB"]  # "talks, attended by ..."
    for a in list(anchors):
        if a.pos_ in ("VERB", "AUX") and a.dep_ in ("xcomp", "conj") and not any(c.dep_.startswith("nsubj") for c in a.children):
            anchors.append(a.head)  # "agreed to accelerate talks", "met and held talks": the subject is the head's
        elif a.pos_ in ("VERB", "AUX") and a.dep_ == "acl" and a.head.dep_ == "dobj" and a.head.head.pos_ in ("VERB", "AUX") \
                and not any(c.dep_.startswith("nsubj") for c in a.children):
            anchors.append(a.head.head)  # "reaffirmed their commitment to deepen ties during talks": the reaffirmers met
    out: list = []
    if token.pos_ in ("VERB", "AUX") and token.dep_ == "acl" and token.head.dep_ == "ROOT" and token.head.pos_ in ("NOUN", "PROPN"):
        out += conjuncts(token.head)  # a main verb misparsed under a root noun ("The minister called on ..."): its subject
    for a in anchors:
        for c in a.children:
            if c in anchors or c.lemma_.lower() in fr.meeting_nouns:
                continue
            if c.dep_ in fr.participant_deps:
                if c.lower_ in ("who", "that") and a.dep_ == "relcl" and a.head.i != a.i:
                    out.append(_antecedent(c, a.head))  # "A and B, who is on a visit to Malaysia": B alone is the visitor
                    continue
                out += conjuncts(c)
            elif c.dep_ in ("prep", "agent") and c.lower_ in fr.participant_preps:
                out += [p for q in c.children if q.dep_ == "pobj" for p in conjuncts(q)]
    return out


def _antecedent(pronoun, head):
    """The person a "who" clause tells of: the name right before it ("Shoigu and his Kazakh counterpart Bektanov who
    visited Moscow": Bektanov visited), which the parse may have hung on the first conjunct instead."""
    before = pronoun.doc[pronoun.i - 1] if pronoun.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = pronoun.doc[before.i - 1]
    if before is not None and before.i != head.i and before.ent_type_ == "PERSON" and before in head.subtree:
        return before
    return head


def _signed_together(token, sv, fr: Frames) -> bool:
    """Signers of two states named around the signing verb, at a place (or counterparts), with no remote medium."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    signers = [p for c in verb.children if c.dep_ == "nsubj" for p in conjuncts(c)]
    agents = [p for c in verb.children if c.dep_ == "agent" for q in c.children if q.dep_ == "pobj" for p in conjuncts(q)]
    if agents and not signers and _recalled(verb):
        return False  # "The agreement, signed in London last year by A and B, sets the framework": the pact's history
    signers += agents
    if len(signers) == 1:
        signers = [p for c in signers[0].children if c.dep_ == "appos" for p in conjuncts(c)] or signers  # "Prime ministers A and B"
    found = [side_of(h, sv.mentions, sv.people, fr) for h in signers]
    if len(found) < 2 or any(s.kind != "state" for s in found):
        return False  # "India and Japan signed": states sign by their envoys anywhere; people sign in person
    if any(h.ent_type_ == "GPE" for h in signers):
        return False
    if any(fr.resident_envoys.search(phrase_text(own_tokens(h))) for h in signers):
        return False  # an ambassador signs with the host government where it sits: no visit, no talks told
    if len({c for s in found for c in s.codes}) < 2:
        return False
    inside = {t.i for h in signers for t in h.subtree}
    preps = [c for c in verb.subtree if c.dep_ == "prep" and c.i not in inside]  # "signed the deal in Berlin"
    if any(c.lower_ in fr.medium_preps | {"via"} and any(q.lemma_.lower() in fr.meeting_nouns | {"conferencing", "video"}
                                                            for q in c.subtree) for c in preps):
        return False  # "signed via video conferencing" is read by the call trigger
    if any(c.lower_ in ("in", "at") and any(q.ent_type_ in ("GPE", "FAC", "LOC") for q in c.subtree) for c in preps):
        return True
    # "Minister A and his German counterpart, B, signed the agreement on Thursday": two named people signing
    # together, one the other's counterpart, met to do it even where the place is told in another sentence
    named = [h for h in signers if any(t.ent_type_ == "PERSON" for t in h.subtree)]
    return len(named) >= 2 and any(t.lower_ in ("counterpart", "counterparts") for h in signers for t in h.subtree)


def _recalled(verb) -> bool:
    """A passive signing whose subject is the instrument told as known ("it was signed by", "The agreement signed ... by"
    on a clause of its own): the report recalls how the pact came about rather than telling the signers' meeting."""
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        return verb.head.dep_ in ("nsubj", "nsubjpass")  # "The agreement signed in London by A and B sets ..."
    subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return bool(subject) and subject[0].lower_ in ("it", "this", "which")  # "In May, it was signed by A and B"


def named_pair(sv, start: int, end: int) -> tuple[str, ...]:
    """The states a meeting noun names as its own sides ("the summit between Yoon and Kishida"), or ()."""
    token = head_token(sv.doc, start, end)
    if token is None or token.pos_ not in ("NOUN", "PROPN"):
        return ()
    fr = load_frames()
    heads = [p for c in token.children if c.dep_ == "prep" and c.lower_ in ("between", "among")
             for q in c.children if q.dep_ == "pobj" for p in conjuncts(q)]
    found = [side_of(h, sv.mentions, sv.people, fr) for h in heads]
    if len(found) < 2 or any(s.kind != "state" for s in found):
        return ()
    codes = sorted({c for s in found for c in s.codes})
    return tuple(codes) if len(codes) >= 2 else ()


def _clause_verb(t, steps: int = 3):
    """The verb a setting phrase hangs on, through the object it was misattached to ("a roadmap ... during talks")."""
    for _ in range(steps):
        if t.pos_ in ("VERB", "AUX"):
            return t
        if t.dep_ not in ("dobj", "pobj", "prep") or t.head is t:
            return None
        t = t.head
    return None


def told_off(sv, start: int, end: int) -> bool:
    """The word is inside quoted speech or under a denial or a topic preposition: not the sentence's event."""
    token = head_token(sv.doc, start, end)
    return quoted(sv.text, start, sv.doc) or (token is not None and off_event(token) is not None)


def meeting_veto(sv, trigger_id: str, start: int, end: int) -> str | None:
    """Why a meeting trigger does not tell a meeting between two states, or None when it may."""
    if quoted(sv.text, start, sv.doc):
        return "quoted"
    token = head_token(sv.doc, start, end)
    if token is None:
        return None
    fr = load_frames()
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in fr.round_nouns:
        token = token.head.head  # "held the third round of defence talks": the round carries the sides
    why = off_event(token, fr)
    if why:
        return why
    if classifies(token, start, end):
        return "a kind of partner"  # "Australia joins the US and Japan among India's 2+2 partners"
    if trigger_id == "signing":
        return None if _signed_together(token, sv, fr) else "no signing in person"
    if trigger_id == "visit" and token.lower_ == "hosted" and token.dep_ == "acl":
        hosts = [q for c in token.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for q in c.children if q.dep_ == "pobj"]
        if hosts and not any(h.pos_ == "PRON" or h.ent_type_ in ("PERSON", "GPE", "NORP") or fr.counterpart_nouns.fullmatch(
                h.lower_) or side_of(h, sv.mentions, sv.people, fr, [t for t in own_tokens(h) if t.dep_ != "prep"
                                                                      and t.head is h or t is h]).kind == "state"
                for h in hosts):
            return "a body's event"  # "at an event hosted by a think tank in Brussels": a venue, no state's host
    if token.lemma_.lower() == "meet" and token.tag_ == "VBG" and _group_gathering(token, sv, fr):
        return "a group's gathering"  # "Forum leaders meeting in Suva backed a declaration": a multilateral sitting
    if trigger_id == "convened" and not _joint_body(token, sv, fr):
        return "one side's body"  # "the parliament's defence committee convened": a domestic sitting
    acting = [m for m in sv.mentions if not m.topic]
    if acting and all(quoted(sv.text, m.start, sv.doc) for m in acting):
        return "states only in a quotation"  # the sentence's states are what someone said, not who met
    if trigger_id == "call" and token.pos_ in ("NOUN", "PROPN") and token.dep_ == "pobj" and \
            token.head.lower_ not in fr.medium_preps:
        return "a call told about"  # "questioned him on the leader's phone call": held calls are objects or subjects
    if trigger_id == "call_on" and not _calls_on_someone(token, sv, fr):
        return "calls on someone to act"  # "called on Russia to withdraw": an appeal, not a courtesy call
    if trigger_id == "attended":
        objects = [q for t in sv.doc if start <= t.idx < end and t.dep_ == "prep" for q in t.children if q.dep_ == "pobj"]
        if objects and not any(fr.attended_objects.fullmatch(q.lemma_) or fr.attended_objects.fullmatch(q.lower_)
                               for q in objects):
            return "attended nothing"  # "took part in an effort to urge ..."
        verb = token if token.pos_ in ("VERB", "AUX") else token.head
        held = [c for c in verb.children if c.dep_ == "nsubjpass" and c.pos_ in ("NOUN", "PROPN")]
        if held and not any(fr.attended_objects.fullmatch(c.lemma_.lower()) or fr.attended_objects.fullmatch(c.lower_)
                            for c in held):
            return "attended nothing"  # "the exercise was attended by top officers": a drill, not a meeting
    if fr.group_names is not None and any(c.dep_ == "prep" and c.lower_ in ("among", "of") and fr.group_names.search(
            phrase_text(list(c.subtree))) for c in token.children):
        return "multilateral gathering"  # "travelled to Italy for talks among G7 foreign ministers"
    heads = sides(token, fr)
    found = [side_of(h, sv.mentions, sv.people, fr) for h in heads]
    states = {c for s in found for c in s.codes if s.kind == "state"}
    found = [s for s in found if not (s.head.dep_ == "dobj" and s.head.head.lemma_.lower() not in fr.meet_verbs)]  # "signed
    # a Memorandum via video conferencing": the thing signed is no side of the call
    if any(s.kind in ("nonstate", "territory") for s in found) and len(states) < 2:
        return "non-state side"  # "Washington and the Taliban held talks", Hong Kong's leader in Beijing
    if token.lemma_.lower() == "meet" and token.pos_ in ("VERB", "AUX"):
        goals = [c for c in token.children if c.dep_ == "dobj"]
        if goals and not any(_someone(g, sv, fr) for g in goals):
            return "meets a goal"  # "data meeting lowered expectations", "meet proteins"
    if token.pos_ in ("NOUN", "PROPN") and any(
            c.dep_ in ("compound", "amod", "nmod") and fr.domestic_meetings.fullmatch(c.lower_) for c in token.children) \
            and not JOINT_BEFORE.search(sv.text[max(0, token.idx - 30) : token.idx]) and len(states) < 2:
        return "domestic gathering"  # "a cabinet meeting", "the party meeting" (not "joint staff talks", nor "Chile and
        # Peru held army staff talks": two states sitting are no one state's gathering)
    if token.pos_ in ("NOUN", "PROPN") and any(c.lower_ in STANDING for c in token.children) and (
            token.head.lemma_.lower() in PROPOSING or PROPOSED_BEFORE.search(sv.text[max(0, token.idx - 70) : token.idx])):
        return "a standing body proposed"  # "proposed a standing dialogue": a mechanism offered, nobody met
    if token.lemma_.lower() in fr.travel_nouns and _visit_ahead(token, sv):
        return "a visit ahead elsewhere"  # "agreed to buy jets, ahead of a visit by Lula to Argentina"
    back = _points_back(token, sv)
    named = {m.code for m in sv.mentions if not m.topic and not m.locative and m.code not in fr.territories
             and not quoted(sv.text, m.start, sv.doc)}
    people = len(named) >= 2 and any(s.kind == "open" and (s.head.ent_type_ == "PERSON" or s.head.pos_ == "PROPN"
                                                          or fr.counterpart_nouns.fullmatch(s.head.lower_)) for s in found)
    joint = trigger_id == "body" and fr.pair_words.search(sv.text[start:end]) is not None  # "the next Joint Working Group"
    if not (people or back or joint or _has_participants(token, found, sv, fr)):
        return "no participants"  # "exclusion from some important meetings": no meeting told before to point to
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
            if fr.pair_words.search(phrase_text(own_tokens(q))):
                continue  # "the meeting of the Joint Working Group": a body of the two sides
            if len(own) < 2 and (s.kind == "nonstate" or (s.kind == "open" and q.pos_ == "NOUN"
                                                         and not fr.counterpart_nouns.fullmatch(q.lower_))):
                return "meeting of a body"  # "an emergency meeting of the body"
    return None


def _joint_body(token, sv, fr: Frames) -> bool:
    """The subject of "convened" is a body of two sides: its phrase names two states ("a Japan-Philippines council") or
    a joint word ("the joint committee")."""
    for subj in (c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")):
        words = [t for t in subj.subtree if t.i <= subj.i]
        if fr.pair_words.search(phrase_text(words)) or re.search(r"\b(?:joint|bilateral)\b", phrase_text(words), re.I):
            return True
        lo, hi = words[0].idx, subj.idx + len(subj.text)
        if len({m.code for m in sv.mentions if lo <= m.start < hi}) >= 2:
            return True
    return False


def _calls_on_someone(token, sv, fr: Frames) -> bool:
    """"called on Prime Minister X in Canberra" is a visit; "called on X to ..." or "called on the world" is not."""
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children) or \
            any(c.dep_ in ("acl", "relcl") for q in verb.children if q.dep_ == "prep" for p in q.children for c in p.children):
        return False
    callee = [p for q in verb.children if q.dep_ == "prep" and q.lower_ == "on" for p in q.children if p.dep_ == "pobj"]
    return any(p.ent_type_ == "PERSON" or fr.counterpart_nouns.fullmatch(p.lower_) for p in callee)


def _visit_veto(token, found: list[Side], sv, fr: Frames) -> str | None:
    """A visit must go to another state or its people: not to one's own country, a site or a settlement."""
    if token.dep_ == "amod" or (token.tag_ == "VBG" and not any(c.dep_.startswith("nsubj") for c in token.children)
                                and any(c.dep_ == "dobj" and fr.counterpart_nouns.fullmatch(c.lower_) for c in token.children)):
        return "visiting units"  # "visiting officials", "told visiting Ukraine officials": no visit is told
    visitor_heads = [token.head] if token.dep_ == "acl" else [c for c in token.children if c.dep_ == "nsubj"]
    if any(fr.vessels.search(phrase_text(own_tokens(v))) for v in visitor_heads):
        return "a ship's call"  # "Virginia, a nuclear-powered submarine, currently visiting Perth"
    dest = []
    if token.pos_ in ("VERB", "AUX"):
        dest = [d for c in token.children if c.dep_ == "dobj" for d in conjuncts(c)]
    dest += [p for c in token.children if c.dep_ == "prep" and c.lower_ == "to" for q in c.children
             if q.dep_ == "pobj" for p in conjuncts(q)]
    if not dest:
        return None
    dest_sides = [side_of(d, sv.mentions, sv.people, fr) for d in dest]
    by = [q for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ == "by" for q in c.children if q.dep_ == "pobj"]
    visitor = [s for s in found if s.head not in dest and (not by or s.head in by)]  # "a visit by X to Tokyo": X visits
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


def _has_participants(token, found: list[Side], sv, fr: Frames) -> bool:
    """A state or a person of known state stands in the trigger's frame (its sides, or the noun's own phrase)."""
    if any(s.kind == "state" or _both_sides(s.head, fr) for s in found):
        return True
    persons = [s for s in found if s.head.ent_type_ == "PERSON" or s.head.lower_ in PERSONAL
               or fr.counterpart_nouns.fullmatch(s.head.lower_)]
    if len(persons) >= 2:
        return True  # "she held talks with her counterpart": two people on two sides
    if token.pos_ in ("VERB", "AUX"):
        return False
    modifiers = [t for c in token.children if c.i < token.i and c.dep_ not in ("prep", "relcl", "acl", "punct", "cc", "conj")
                 for t in c.subtree]  # what stands before the noun: "UK-Japan", "2+2", "Kishida's"
    words = phrase_text([token, *modifiers])
    if modifiers and side_of(token, sv.mentions, sv.people, fr, [token, *modifiers]).kind == "state":
        return True  # "the UK-Japan meeting", "Kishida's visit"
    if any(t.dep_ == "poss" and t.lower_ == "their" for t in token.children) or fr.pair_words.search(words):
        return True  # "their second two-plus-two talks", "the 2+2 dialogue", "bilateral talks"
    of = [q for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    if any(fr.counterpart_nouns.fullmatch(q.lower_) for q in of):
        return True  # "a meeting of foreign ministers"
    if any(fr.pair_words.search(phrase_text(own_tokens(q))) for q in of):
        return True  # "a meeting of the Joint Defence Committee": a body of two sides
    return any(len(side_of(q, sv.mentions, sv.people, fr).codes) >= 2 for q in of)  # "of the India-Egypt committee"


def _both_sides(head, fr: Frames) -> bool:
    """A plural subject stands for both sides: "they met", "the ministers met", "the two countries held"."""
    if head.pos_ == "PRON":
        return head.lower_ in ("they", "we", "both")
    if any(p.lower_ == "their" or (p.tag_ in ("NNS", "NNPS") and any(n.lower_ in ("two", "both") for n in p.children))
           for p in head.children if p.dep_ == "poss"):
        return True  # "the two countries' core group met", "their joint working group met": a body of both sides
    return head.tag_ in ("NNS", "NNPS") and bool(fr.counterpart_nouns.fullmatch(head.lower_))


# "joint staff talks", "bilateral cabinet meeting": a joint word before the noun makes a domestic modifier shared
JOINT_BEFORE = re.compile(r"\b(?:joint|bilateral|combined)\s+(?:[\w-]+\s+)?$", re.I)
PROPOSING = frozenset({"propose", "suggest", "offer", "float", "seek", "want", "push"})
STANDING = frozenset({"standing", "regular", "permanent", "institutionalised", "institutionalized", "annual", "periodic"})
TIME_PREPS = ("before", "ahead", "prior")
# the proposing verb read from the words when the parse hangs the noun elsewhere ("has proposed a standing dialogue with
# Australia, an official said": "dialogue" parsed as the subject of "said")
PROPOSED_BEFORE = re.compile(r"\b(?:propos|suggest|offer|float)\w*\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,4}$", re.I)


def _visit_ahead(token, sv) -> bool:
    """A visit told as the time of another event ("ahead of a visit by X to Y") whose destination no other part of the
    sentence names: a trip still to come to a third place, not a meeting of the sentence's states."""
    prep = token.head if token.dep_ == "pobj" else None
    if prep is None or not (prep.lower_ in TIME_PREPS or prep.head.lower_ in TIME_PREPS):
        return False
    inside = {t.i for t in token.subtree}
    dest = [m for m in sv.mentions for t in token.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
            and t.idx <= m.start < t.idx + len(t.text) + 30 and t.i in inside]
    if not dest:
        return False
    lo, hi = token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)
    outside = {m.code for m in sv.mentions if not (lo <= m.start < hi)}
    return not ({m.code for m in dest} & outside)


PERSONAL = ("he", "she", "him", "her", "i", "me", "we", "us", "they", "them")
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


def _group_gathering(token, sv, fr: Frames) -> bool:
    """"Forum leaders meeting in Suva", "Pacific ministers meeting in Apia": plural office-holders named by a group, not
    by two states ("Indian and Chinese ministers meeting in Moscow") or a count ("the two leaders, meeting in Tokyo")."""
    group = [c for c in token.children if c.dep_ == "nsubj"]
    if token.dep_ == "acl":
        group.append(token.head)
    for g in group:
        if g.tag_ not in ("NNS", "NNPS") or not fr.counterpart_nouns.fullmatch(g.lower_):
            continue
        mods = [c for c in g.children if c.dep_ in ("compound", "amod", "nmod", "nummod", "poss", "predet")
                or (c.dep_ == "det" and c.lower_ == "both")]
        if mods and not any(c.dep_ in ("nummod", "poss") or c.lower_ == "both" or side_of(
                c, sv.mentions, sv.people, fr, [c]).kind == "state" for c in mods):
            return True
    return False


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
        if fr.pair_words.search(phrase_text([token, *modifiers])):
            return False
        states |= side_of(token, sv.mentions, sv.people, fr, [token, *modifiers]).codes - set(fr.territories)
    if len(states) != 1:
        return False
    own_preps = ("of", "with", "between", "among", "to") if token.lemma_.lower() in fr.travel_nouns else \
        ("of", "with", "between", "among")
    if any(c.dep_ == "prep" and c.lower_ in own_preps for c in token.children):
        return False  # the noun names its own participants ("Modi's state visit to the US"), read by the other checks
    anchors = [token.head] if token.head is not token else []
    if token.dep_ == "pobj" and token.head.head is not token.head:
        anchors.append(token.head.head)
    places = {m.code for a in anchors if a.pos_ in ("VERB", "AUX") for c in a.children
              if c.dep_ == "prep" and c.lower_ in ("to", "in") for q in c.children if q.dep_ == "pobj" and q.i != token.i
              for m in sv.mentions if q.left_edge.idx <= m.start < q.right_edge.idx + len(q.right_edge.text)}
    return not (places - states)  # "travel to Japan for talks": the place is the other side
