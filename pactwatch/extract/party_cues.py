"""The lexicon the party rules read (the `parties` section of data/cues.yaml and the `party_frames` section of
data/countries.yaml), loaded once, and the parse lookup every party rule shares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.extract.actors import Mention
from pactwatch.reference import data_file

MAX_CLIMB = 12  # how many heads a rule climbs from a mention before it gives up


@dataclass(frozen=True)
class PartyCues:
    topic_preps: frozenset[str]
    topic_nouns: frozenset[str]
    topic_verbs: frozenset[str]
    aside_preps: frozenset[str]
    tie_verbs: frozenset[str]
    tie_markers: frozenset[str]
    comparison_markers: frozenset[str]
    actor_nouns: frozenset[str]
    aside_marks: frozenset[str]
    venture_nouns: frozenset[str]
    event_nouns: frozenset[str]
    matter_verbs: frozenset[str]
    matter_events: frozenset[str]
    refusal_words: frozenset[str]
    pair_words: re.Pattern[str]
    aside_lead_preps: frozenset[str]
    anaphor_subject: re.Pattern[str]
    object_pronoun: re.Pattern[str]
    respectively: re.Pattern[str]


@dataclass(frozen=True)
class FrameCues:
    recipient: re.Pattern[str]  # "... to (the) " right before a listed state
    reporting: frozenset[str]
    speaker_side: re.Pattern[str]


@lru_cache(maxsize=1)
def load_frames() -> FrameCues:
    """The `party_frames` section of data/countries.yaml, read once."""
    data = data_file("countries.yaml")["party_frames"]
    preps = "|".join(re.escape(str(p)) for p in data["recipient_preps"])
    return FrameCues(re.compile(rf"\b(?:{preps})\s+(?:the\s+)?$", re.I),
                     frozenset(str(v) for v in data["reporting_verbs"]), re.compile(data["speaker_side"]))


@lru_cache(maxsize=1)
def load_cues() -> PartyCues:
    """The `parties` section of data/cues.yaml, read once."""
    data = data_file("cues.yaml")["parties"]
    words = lambda key: frozenset(str(w).lower() for w in data.get(key) or ())  # noqa: E731
    return PartyCues(words("topic_preps"), words("topic_nouns"), words("topic_verbs"), words("aside_preps"),
                     words("tie_verbs"), words("tie_markers"), words("comparison_markers"),
                     words("actor_nouns"), words("aside_marks"),
                     words("venture_nouns"), words("event_nouns"), words("matter_verbs"), words("matter_events"),
                     words("refusal_words"),
                     re.compile(data["pair_words"], re.I), words("aside_lead_preps"),
                     re.compile(data["anaphor_subject"], re.I),
                     re.compile(data["object_pronoun"], re.I), re.compile(data["respectively"], re.I))


def mention_token(doc, m: Mention):
    """The head token of the parse under a mention, or None when the parse cannot align to it."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None
