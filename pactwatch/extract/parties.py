"""Which named states act in a sentence's event, read from the parse rather than from the words around a name.

A state named as the threat ("in the face of Chinese pressure"), the yardstick ("a counterweight to
China"), the beneficiary ("security guarantees for Ukraine") or a tie the actor already has ("which already
has similar accords with Britain") is the sentence's topic, not a party. A sentence whose subject is the
instrument told before ("It was signed by the two ministers") inherits that instrument's parties, and
"respectively" pairs a list of states with a list of dates. The lexicon is the `parties` section of
data/cues.yaml, loaded in party_cues.py; which people's states join the event is party_people.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pactwatch.extract.actors import Mention, actor_codes, find_firms
from pactwatch.extract.frames import territories
from pactwatch.extract.party_cues import (
    MAX_CLIMB,
    FrameCues,
    PartyCues,
    load_cues,
    load_frames,
    mention_token,
)
from pactwatch.extract.party_people import with_people_states
from pactwatch.extract.sentences import Sentence
from pactwatch.reference import load_reference

__all__ = ["MAX_CLIMB", "NOUN_LINKS", "FrameCues", "Pair", "PartyCues", "acting", "load_cues", "load_frames",
           "noun_parties", "refine", "respective", "with_people_states"]

MIN_OTHERS = 2  # a beneficiary is a topic only when two other states still act
DAY_LIST = re.compile(r"((?:\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*|\s+(?:and|&)\s+))+)$")
DAY_AFTER = re.compile(r"^(?:\s*,\s*|\s+(?:and|&)\s+)(\d{1,2})(?:st|nd|rd|th)?\b")


def acting(sentence: Sentence, doc, mentions: list[Mention], codes: list[str],
           told: list) -> tuple[list[Mention], list[str]]:
    """The sentence's mentions with topics marked from the parse, and the states acting in its event.

    `codes` are the states the cheap pass found (own or carried from the sentence before); `told` are the
    drafts of the article so far, whose last agreement an anaphoric subject ("It was signed ...") points to.
    """
    if doc is None:
        return mentions, codes
    cues = load_cues()
    text = sentence.text
    refined = _one_side_lists(text, refine(doc, mentions, cues))
    before, after = actor_codes(mentions), actor_codes(refined)
    sides = _told_agreement(told) if cues.anaphor_subject.search(text.strip()) else ()
    if sides and {m.code for m in refined if not m.topic and not m.locative} <= set(sides):
        return refined, list(sides)  # "It was signed in Manila by ...": the place is no party, the pact's sides are
    if before:
        if after:
            return _with_firms(text, refined, after)
        near = [d for d in told if d.parties and (d.sentence.paragraph == sentence.paragraph
                                                   or d.sentence.index == sentence.index - 1)]
        return refined, list(near[-1].parties) if near else []  # only topics named: the event told just before
    return _with_firms(text, refined, codes)


def _one_side_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Arms exports to Saudi Arabia and the UAE": when every acting state stands in lists under a recipient
    preposition, the listed states are one side with no counterpart named, never a pair of each other."""
    frames = load_frames()
    acting = [m for m in mentions if not m.topic and not m.locative]
    if len({m.code for m in acting}) < 2:
        return mentions
    groups: list[list[str]] = []  # the gaps inside each list, a list opened by its recipient preposition
    for i, m in enumerate(acting):
        gap = text[acting[i - 1].end : m.start] if i else ""
        kind = "and" if re.fullmatch(r"\s*,?\s*(?:and|or|&)\s+(?:the\s+)?", gap) else \
            "comma" if re.fullmatch(r"\s*,\s*(?:the\s+)?", gap) else None
        if groups and kind and groups[-1][-1:] != ["and"]:
            groups[-1].append(kind)
        elif frames.recipient.search(text[max(0, m.start - 16) : m.start]):
            groups.append([])
        else:
            return mentions
    if any(g and g[-1] != "and" for g in groups):
        return mentions  # "to the United States, the Japanese government ...": a comma alone closes no list
    return [replace(m, topic=True) if m in acting else m for m in mentions]


def _with_firms(text: str, mentions: list[Mention], codes: list[str]) -> tuple[list[Mention], list[str]]:
    """"Embraer and Saab launched a Gripen line in Brazil": with fewer than two states acting, the firms of the
    event stand for their home states (never a firm told as a maker's origin: "a consortium from ...")."""
    if len(codes) >= 2:
        return mentions, codes
    firms = [f for f in find_firms(text, load_reference()) if not f.topic]
    extra = list(dict.fromkeys(f.code for f in firms if f.code not in codes and f.code not in territories()))
    if not extra or len(codes) + len(extra) < 2:
        return mentions, codes
    return sorted([*mentions, *firms], key=lambda m: m.start), [*codes, *extra]


def _told_agreement(told: list) -> tuple[str, ...]:
    """The parties of the last agreement drafted in the article, for "It" or "the pact" to point back to."""
    agreements = [d for d in told if d.type.startswith("agreement_") and len(d.parties) >= 2]
    return tuple(agreements[-1].parties) if agreements else ()


def refine(doc, mentions: list[Mention], cues: PartyCues | None = None) -> list[Mention]:
    """Mark as topics the mentions the parse shows to be a threat, a yardstick, a beneficiary or background."""
    cues = cues or load_cues()
    roles = [None if m.topic else _role(mention_token(doc, m), cues) for m in mentions]
    out = [replace(m, topic=True) if r == "strong" else m for m, r in zip(mentions, roles, strict=True)]
    dependent = territories()
    others = {m.code for m, r in zip(out, roles, strict=True) if not m.topic and r is None and not m.locative
              and m.code not in dependent}
    if len(others) >= MIN_OTHERS:
        out = [replace(m, topic=True) if r in ("weak", "aside") else m for m, r in zip(out, roles, strict=True)]
    if {"aside", "matter"} & set(roles) and _pair_in_main(doc, cues):
        # "The two sides agreed to ..., while Pistorius said Berlin opposed sending arms to Ukraine", "the two sides
        # also discussed cooperation with Cambodia": the main clause names its pair without names, so the states
        # of the while/after clause or of the matter discussed are not its sides
        out = [replace(m, topic=True) if r in ("aside", "matter") else m for m, r in zip(out, roles, strict=True)]
    return out


def _pair_in_main(doc, cues: PartyCues) -> bool:
    """The sentence's main clause names the article's pair by a marker ("the two sides", "his counterpart")."""
    for hit in load_cues().pair_words.finditer(doc.text):
        span = doc.char_span(hit.start(), hit.end(), alignment_mode="expand")
        if span is not None and len(span) and not _in_aside(span.root, cues):
            return True
    return False


def _in_aside(token, cues: PartyCues) -> bool:
    """The token sits in an adverbial clause or phrase of another event ("..., after Poland donated tanks",
    "a week after visiting the UAE", "ahead of a visit by Macron to Saudi Arabia")."""
    for a in [token, *token.ancestors]:
        if a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.aside_marks for c in a.children):
            return True
        prep = a.head if a.dep_ in ("pobj", "pcomp") else None
        if prep is not None and prep.dep_ == "prep" and a.i != token.i and (
                prep.lower_ in cues.aside_lead_preps
                or (prep.lower_ in ("of", "to") and prep.head.lower_ in cues.aside_lead_preps)):
            return True
    return False


def _role(token, cues: PartyCues) -> str | None:
    """"strong" (always a topic), "weak" (a topic when two others act) or None, from the heads above a mention."""
    if token is None:
        return None
    if any(a.dep_ == "nsubjpass" and a.head.lemma_.lower() in cues.matter_verbs for a in [token, *token.ancestors]) \
            and not _of_event(token, cues):
        return "strong"  # "the Armenian-Azerbaijani conflict was discussed during the talks": the matter discussed
    refused = any(a.lemma_.lower() in cues.refusal_words and not _subject_of(token, a) for a in token.ancestors)
    role = _climb(token, cues) or ("weak" if refused else None)  # "opposed to sending jets to Ukraine"
    return role or ("aside" if _in_aside(token, cues) else None)


def _of_event(token, cues: PartyCues) -> bool:
    """The state qualifies an event noun ("the Russian-Belarusian exercises were reviewed"): that event's own side."""
    t = token
    while t.dep_ in ("compound", "amod", "nmod", "poss", "conj") and t.head.i != t.i:
        t = t.head
        if t.lemma_.lower() in cues.matter_events:
            return True
    return False


def _subject_of(token, head) -> bool:
    """The token is (inside) the subject of `head` ("Germany refused ...": Germany refuses, it is not refused)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and token in c.subtree for c in head.children)


def _thing(token, cues: PartyCues) -> bool:
    """The state only qualifies a thing ("a US Marine Corps base"): the head of its noun phrase is no actor or event."""
    t = token
    while t.dep_ in ("compound", "amod", "nmod") and t.head.i != t.i and t.head.pos_ in ("NOUN", "PROPN"):
        t = t.head
    lemma = t.lemma_.lower()
    return t.i != token.i and t.pos_ == "NOUN" and lemma not in cues.actor_nouns and lemma not in cues.event_nouns


def _climb(token, cues: PartyCues) -> str | None:
    t = token
    first_prep = True
    for _ in range(MAX_CLIMB):
        head = t.head
        if head.i == t.i:
            return None
        if t.dep_ == "conj":  # "Sweden and Finland": the second conjunct shares the first's role
            t = head
            continue
        if t.dep_ in ("poss", "amod", "compound", "nmod", "nummod") and head.lemma_.lower() in cues.topic_nouns:
            return "strong"  # "Russian pressure", "China's rise"
        if t.dep_ in ("compound", "nmod") and head.lemma_.lower() in cues.venture_nouns:
            return "strong"  # "the India-Russia joint venture": the company acts, not its owners
        if t.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            if head.lower_ in cues.topic_preps:
                return "strong"  # "amid ...", "against Russia"
            before = head.doc[head.i - 1] if head.i > 0 else head
            if any(n.lemma_.lower() in cues.topic_nouns and n.pos_ in ("NOUN", "PROPN") for n in (head.head, before)):
                return "strong"  # "a counterweight to China", "in the face of ..." (the word before when misattached)
            if first_prep and head.lower_ in cues.aside_preps:
                return "weak"  # "guarantees for Ukraine"
            first_prep = False
        if t.dep_ in ("dobj", "pobj", "attr") and head.pos_ == "VERB" and head.lemma_.lower() in cues.topic_verbs:
            return "strong"  # "to deter Russia"
        if t.dep_ == "poss" and t.i == token.i and head.pos_ == "NOUN" and head.lemma_.lower() not in cues.actor_nouns \
                and head.lemma_.lower() not in cues.topic_nouns and head.lemma_.lower() not in cues.event_nouns:
            return "weak"  # "discussed Ukraine's defence needs": the possessor of a thing, not of an actor
        if t.dep_ == "appos" and t.i != token.i and t.pos_ == "NOUN":
            return "weak"  # "the Quad, a grouping with the United States and Australia": a description
        if t.pos_ == "NOUN" and t.dep_ != "dobj" \
                and any(c.dep_ in ("amod", "predet") and c.lower_ in cues.comparison_markers for c in t.children):
            return "weak"  # "modelled on a similar pact between Japan and Australia": the yardstick (not "A and B
            # signed similar pacts with C", where the similar pacts are the event's own)
        if head.pos_ in ("VERB", "AUX"):
            if head.lemma_.lower() in cues.matter_verbs and _thing(token, cues):
                return "strong"  # "met the mayor to discuss the relocation of a US base": the matter talked over
            if head.lemma_.lower() in cues.matter_verbs and t.dep_ == "dobj" and t.pos_ == "PROPN":
                return "strong"  # "the four ministers discussed Afghanistan": a state talked about is never a side
            if head.lemma_.lower() in cues.matter_verbs and t.dep_ == "dobj":
                return "matter"  # "the two sides also discussed cooperation with Cambodia": the matter, not a side
            return _clause_role(head, cues)
        t = head
    return None


def _clause_role(verb, cues: PartyCues) -> str | None:
    """The first verb above a mention: a tie already held is background, a participle on a noun an aside, and a
    clause of another event ("while X said ...", "a week after Y ...") anywhere above it an aside."""
    if verb.dep_ == "relcl" and verb.lemma_.lower() in cues.tie_verbs:
        marks = [c for c in verb.children if c.dep_ == "advmod"]
        marks += [g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ in ("amod", "det")]
        if any(c.lower_ in cues.tie_markers for c in marks):
            return "strong"
    if verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") for c in verb.children):
        return "weak"  # "a programme named after a pact between A, B and C", ", modelled on a pact between ..."
    if _in_aside(verb, cues):
        return "aside"  # "signed the contract, after Poland donated tanks to Ukraine": another event's states
    return None


@dataclass(frozen=True)
class Pair:
    """One pairing of a "respectively" sentence: the hub, one listed state and the date that goes with it."""

    hub: str
    spoke: str
    date: str | None


def respective(text: str, doc, mentions: list[Mention], dates: list) -> list[Pair]:
    """"A signed pacts with B and C on 18 and 19 December, respectively": (A, B, 18 Dec), (A, C, 19 Dec).

    Empty unless the sentence says "respectively" and the parse shows a coordinated list of two or more
    states whose length matches the dates told."""
    cues = load_cues()
    if doc is None or not cues.respectively.search(text):
        return []
    dependent = territories()
    states = [m for m in mentions if m.code not in dependent]
    tokens = {id(m): mention_token(doc, m) for m in states}
    listed: list[Mention] = []
    for m in states:
        tok = tokens[id(m)]
        if tok is None:
            continue
        group = [o for o in states if tokens[id(o)] is not None and _same_list(tokens[id(o)], tok)]
        if len({o.code for o in group}) >= 2 and len(group) > len(listed):
            listed = group
    spokes = list(dict.fromkeys(m.code for m in listed))
    resp = cues.respectively.search(text)
    values = _date_list(text, [d for d in dates if min(m.start for m in listed) < d.start < resp.start()]) \
        if listed else []  # the dates told between the list and "respectively", not the article's "on Monday"
    if len(spokes) < 2 or len(values) != len(spokes):
        return []
    rest = [m for m in states if m not in listed and not m.topic and m.code not in spokes]
    if not rest:
        return []
    head_of_list = tokens[id(listed[0])]
    listed_after_with = head_of_list is not None and head_of_list.head.lower_ == "with"
    with_side = [m for m in rest if tokens[id(m)] is not None and tokens[id(m)].head.lower_ == "with"]
    hub = (with_side[0] if with_side and not listed_after_with else rest[0]).code
    return [Pair(hub, spoke, value) for spoke, value in zip(spokes, values, strict=True)]


def _same_list(a, b) -> bool:
    """Two tokens are conjuncts of one coordination ("the Netherlands and New Zealand")."""
    return a.i == b.i or a in b.conjuncts


def _date_list(text: str, dates: list) -> list[str]:
    """The dates of the sentence in order, a day list sharing one month spread out ("18 and 19 December")."""
    out: list[str] = []
    for d in dates:
        if len(d.value) != 10:
            out.append(d.value)
            continue
        before = [int(x) for x in re.findall(r"\d{1,2}", DAY_LIST.search(text[: d.start]).group(0))] \
            if DAY_LIST.search(text[: d.start]) else []
        after = DAY_AFTER.match(text[d.end :])
        days = [*before, int(d.value[8:])] + ([int(after.group(1))] if after else [])
        out.extend(f"{d.value[:8]}{day:02d}" for day in days if 1 <= day <= 31)
    return out


NOUN_LINKS = frozenset({"conj", "compound", "amod", "nmod", "poss", "npadvmod", "appos"})


def noun_parties(doc, mentions: list[Mention], pos: int) -> list[str]:
    """The states an instrument noun names as its own sides: possessor, "Japan-Philippines" or "Japanese"
    modifiers, "with X", "between X and Y" ("welcomed Japan's agreement with the Philippines": JPN, PHL).

    `pos` is where the noun phrase's name starts in the sentence; empty without a parse."""
    if doc is None:
        return []
    first = next((t for t in doc if t.idx <= pos < t.idx + len(t.text) + 1), None)
    if first is None:
        return []
    noun = first
    for _ in range(MAX_CLIMB):
        if noun.dep_ in ("compound", "amod", "nmod", "nummod", "punct") and noun.head.i > noun.i:
            noun = noun.head
        else:
            break
    dependent = territories()
    out: list[str] = []
    for m in mentions:
        t = mention_token(doc, m)
        if t is None or m.code in dependent or m.code in out:
            continue
        for _ in range(6):
            if t.head.i == noun.i and (t.dep_ in NOUN_LINKS or t.dep_ == "prep"):
                out.append(m.code)
                break
            if t.dep_ == "pobj" and t.head.lower_ in ("with", "between", "among") and t.head.head.i == noun.i:
                out.append(m.code)
                break
            if t.dep_ not in NOUN_LINKS or t.head.i == t.i:
                break
            t = t.head
    return out
