"""The frame of a mechanism trigger: "establish", "open", "creation of" must take a body as object."""

from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.extract.frames import conjuncts, head_token, load_frames, phrase_text
from pactwatch.reference import data_file

SKIP = frozenset({"conj", "cc", "relcl", "acl", "punct", "advcl", "appos"})


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
        if not objects and token.dep_ == "xcomp" and any(c.dep_ == "auxpass" for c in token.children):
            objects = [c for c in token.head.children if c.dep_ == "nsubj"]  # "a venture is to be set up"
    elif token.pos_ == "NOUN" and lemma in fr.establish_nouns:
        objects = [q for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for q in c.children if q.dep_ == "pobj"]
    if not objects:
        return False
    for o in (p for q in objects for p in conjuncts(q)):
        phrase = phrase_text(_core(o))
        if body.search(phrase) or (sv.doc is not None and o.pos_ == "PROPN"):
            return False  # a body word in the object, or a named body ("launched AUKUS")
    return True


def _core(head) -> list:
    """The object's own words and its "of" complements ("a new round of the dialogue"), without other prepositional
    phrases: "launched talks, with a team headed by the Office of the President" names no body it set up."""
    out = [head]
    for c in head.children:
        if c.dep_ in SKIP or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        out.extend(_core(c) if c.dep_ == "prep" or c.dep_ == "pobj" else c.subtree)
    return sorted(out, key=lambda t: t.i)


@lru_cache(maxsize=1)
def _label() -> re.Pattern[str]:
    return re.compile(data_file("triggers.yaml")["frames"].get("relationship_label") or r"(?!)", re.I)


def relationship(name: str) -> bool:
    """The body's name is a label of closeness ("comprehensive strategic partnership"), not a body that meets."""
    return bool(_label().search(name.strip()))
