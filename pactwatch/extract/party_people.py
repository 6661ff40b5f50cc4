"""Which people's states join a sentence's event: an official told only as background brings no state in."""

from __future__ import annotations

import re

from pactwatch.extract.actors import Mention, actor_codes
from pactwatch.extract.frames import territories
from pactwatch.extract.party_cues import MAX_CLIMB, PartyCues, load_cues, load_frames, mention_token


def with_people_states(codes: list[str], people: list, mentions: list[Mention], doc) -> tuple[list[str], bool]:
    """The acting states with the states of the people in the event's frame ("Mukherjee had talks with ..."),
    and whether the sentence names its own actors (rather than carrying the sentence before's).

    A person told only as background ("days after Spain hosted US Defense Secretary Austin", "the ceremony,
    which was attended by Zelenskyy") does not bring their state in, as a state named there would not act."""
    cues = load_cues()
    main = actor_codes([m for m in mentions if _in_frame(doc, (m.start, m.end), cues)])
    aside = _background(doc, mentions, cues) if main else []
    kept = [m for m in mentions if m not in aside]
    named = {m.official.name for m in aside if m.official is not None}
    framed = [p for p in people if p.name not in named and (not main or _in_frame(doc, _where(p, kept, doc), cues))]
    # with no state in the main clause ("..., before Biden was due to host the leaders of A, B and C") the told
    # clause is the event: everyone in it counts
    framed = [p for p in framed if not _only_reports(p, kept, doc, codes)]
    spoken = [p.country for p in framed if p.country and p.country not in codes and p.country not in territories()]
    drop = {m.code for m in aside} - set(actor_codes(kept)) - set(spoken)
    codes = [c for c in codes if c not in drop]
    own = bool(actor_codes(kept)) or bool(spoken)
    return (list(dict.fromkeys([*codes, *spoken])) if own else codes), own


def _only_reports(person, mentions: list[Mention], doc, codes: list[str]) -> bool:
    """"Japan will supply the radars, Austin said": a speaker whose side is not in the event brings no state."""
    frames = load_frames()
    if not codes or person.country in codes or doc is None or frames.speaker_side.search(doc.text):
        return False
    where = _where(person, mentions, doc)
    span = doc.char_span(*where, alignment_mode="expand") if where else None
    if span is None or not len(span):
        return False
    t = span.root
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in frames.reporting and t.head.dep_ == "ROOT" \
        and any(c.dep_ in ("ccomp", "parataxis") for c in t.head.children)


PERSON_LINKS = frozenset({"compound", "amod", "poss", "nmod"})


def _background(doc, mentions: list[Mention], cues: PartyCues) -> list[Mention]:
    """Officials named only as background, with the states that qualify them ("US Defense Secretary Austin")."""
    if doc is None:
        return []
    people = [m for m in mentions if m.official is not None and not _in_frame(doc, (m.start, m.end), cues)]
    roots = {t.i for m in people for t in [mention_token(doc, m)] if t is not None}
    out = list(people)
    for m in mentions:
        t = mention_token(doc, m)
        if m in out or t is None:
            continue
        for _ in range(6):
            if t.dep_ not in PERSON_LINKS or t.head.i == t.i:
                break
            t = t.head
            if t.i in roots:
                out.append(m)
                break
    return out


def _where(person, mentions: list[Mention], doc) -> tuple[int, int] | None:
    """Where the sentence names a person: their official mention, else their spelling, full name or surname."""
    for m in mentions:
        if m.official is not None and m.official.name == person.name:
            return m.start, m.end
    if doc is None:
        return None
    for form in (getattr(person, "spelled", None), person.name, person.name.split()[-1] if person.name else None):
        hit = re.search(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", doc.text) if form else None
        if hit:
            return hit.start(), hit.end()
    return None


def _in_frame(doc, where: tuple[int, int] | None, cues: PartyCues) -> bool:
    """False when the parse puts the person in a clause that only tells background: a relative clause on a
    thing ("the ceremony, which was attended by"), or a clause or phrase of time ("after ... hosted", "after
    talks with"). A person not found in the sentence (the "He" of the sentence before) stays in."""
    if doc is None or where is None:
        return True
    span = doc.char_span(where[0], where[1], alignment_mode="expand")
    if span is None or not len(span):
        return True
    t = span.root
    for _ in range(MAX_CLIMB):
        head = t.head
        if head.i == t.i:
            return True
        if t.dep_ in ("relcl", "acl") and head.pos_ != "PROPN":
            return False  # "Pistorius, who met Crosetto": a clause on a person still tells that person's acts
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in cues.aside_marks for c in t.children):
            return False
        if t.dep_ in ("pcomp", "pobj") and head.dep_ == "prep" and head.lower_ in cues.aside_marks \
                and head.head.pos_ in ("VERB", "AUX"):
            return False
        t = head
    return True
