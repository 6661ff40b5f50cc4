"""The joint-programme lexicon (data/programme_frames.yaml), read once, so rules and frames share one word list."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.reference import data_file


@dataclass(frozen=True)
class Lexicon:
    paper: re.Pattern[str]  # a document as the object ("a report")
    abstract: re.Pattern[str]  # a relation or idea as the head word ("ties")
    generic: frozenset[str]
    leading: frozenset[str]
    equipment: frozenset[str]
    make_verbs: frozenset[str]
    work_verbs: frozenset[str]
    make_nouns: frozenset[str]
    joint: frozenset[str]
    partner_preps: frozenset[str]
    licence: frozenset[str]
    domestic: re.Pattern[str]
    aside: re.Pattern[str]
    system_labels: frozenset[str]
    named_for_work: frozenset[str]
    host_preps: frozenset[str]
    engage: frozenset[str]  # words above a known name that tell states working on it
    observe: frozenset[str]  # words above a known name that tell it seen, briefed or compared
    line_nouns: frozenset[str]  # "a production line for X": local production
    licence_phrase: re.Pattern[str]  # "under a technology transfer agreement"
    setup_verbs: frozenset[str] = frozenset()  # "open a plant in Pakistan for assembling drones"
    invite_verbs: frozenset[str] = frozenset()  # "involve Islamabad in the programme"
    programme_nouns: frozenset[str] = frozenset()
    contract_nouns: frozenset[str] = frozenset()  # "within the scope of the contract, X will be developed"
    developing: frozenset[str] = frozenset()
    part_nouns: frozenset[str] = frozenset()  # "components of X": the system is X
    made_in: re.Pattern[str] = re.compile(r"(?!x)x")  # "with part of the production to take place in Indonesia"
    licensed_host: re.Pattern[str] = re.compile(r"(?!x)x")  # "built in Brazil" (before the producing state)
    licensed_source: re.Pattern[str] = re.compile(r"(?!x)x")  # "with technology transferred by" (before the designer)
    designed_by: re.Pattern[str] = re.compile(r"(?!x)x")  # "-designed" (right after the designing state)
    join_verbs: frozenset[str] = frozenset()  # "would join a project launched by Germany and France"


def _alt(words: frozenset[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The programme_frames.yaml lists as sets and patterns."""
    data = data_file("programme_frames.yaml")
    words = lambda key: frozenset(str(w).lower() for w in data.get(key) or ())  # noqa: E731
    paper = re.compile(r"(?!(?:an?\s+|the\s+)?(?:new\s+|joint\s+)?(?:" + _alt(words("paper_objects")) + r")s?\b)", re.I)
    abstract = re.compile(r"\b(?:" + _alt(words("abstract_heads")) + r")$", re.I)
    return Lexicon(paper, abstract, words("generic_words"), words("leading_words"), words("equipment_heads"),
                   words("make_verbs"), words("work_verbs"), words("make_nouns"), words("joint_markers"),
                   words("partner_preps"), words("licence_nouns"), re.compile(data["domestic_markers"], re.I),
                   re.compile(data["aside_clause"], re.I), frozenset(str(x) for x in data.get("system_labels") or ()),
                   words("named_for_work"), words("host_preps"), words("engage_words"), words("observe_words"),
                   words("line_nouns"), re.compile(data.get("licence_phrase") or "(?!x)x", re.I),
                   words("setup_verbs"), words("invite_verbs"), words("programme_nouns"), words("contract_nouns"),
                   words("developing_lemmas"), words("part_nouns"), re.compile(data.get("made_in") or "(?!x)x", re.I),
                   *(re.compile(data.get(k) or "(?!x)x", re.I) for k in ("licensed_host", "licensed_source", "designed_by")),
                   words("join_verbs"))
