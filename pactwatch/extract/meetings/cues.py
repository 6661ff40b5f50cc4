"""The `meetings` section of data/cues.yaml: phrasings around a meeting word that tell no sitting of two states."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.reference import data_file


@dataclass(frozen=True)
class MeetingCues:
    tour_stops: re.Pattern[str]
    classified_nouns: frozenset[str]
    not_held: re.Pattern[str]
    person_count: re.Pattern[str]
    trilateral: re.Pattern[str]
    lawmaking: re.Pattern[str]
    onward: re.Pattern[str]
    many_states: re.Pattern[str]
    agenda_where: re.Pattern[str]


@lru_cache(maxsize=1)
def load_meeting_cues() -> MeetingCues:
    """The `meetings` section of data/cues.yaml, read once."""
    data = data_file("cues.yaml")["meetings"]
    return MeetingCues(re.compile(data["tour_stops"], re.I),
                       frozenset(str(w).lower() for w in data.get("classified_nouns") or ()),
                       re.compile(data["not_held"], re.I), re.compile(data["person_count"], re.I),
                       re.compile(data["trilateral"], re.I), re.compile(data["lawmaking"], re.I),
                       re.compile(data["onward"], re.I), re.compile(data["many_states"], re.I),
                       re.compile(data["agenda_where"], re.I))


def tour_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence tells the other stops of a trip in passing ("part of a tour that also took him to A and B")."""
    return [(m.start(), m.end()) for m in load_meeting_cues().tour_stops.finditer(text)]


def onward_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence names the next stop of a trip ("travels on to Israel"): no side of the meeting it tells."""
    return [(m.start(), m.end()) for m in load_meeting_cues().onward.finditer(text)]


def many_states(text: str) -> bool:
    """The sentence counts the states gathered ("ministers from about 40 countries"): a multilateral gathering."""
    return load_meeting_cues().many_states.search(text) is not None


def not_held(text: str, start: int) -> bool:
    """The sentence says the meeting at `start` did not take place ("was due to be held ... but had not taken place")."""
    return load_meeting_cues().not_held.search(text, start) is not None


def classifies(token, start: int, end: int) -> bool:
    """The meeting word at start..end only classifies a noun ("India's 2+2 partners", "a dialogue partner"): no
    sitting is told. The parse may root the word's span at that noun, or hang the word on it as a modifier."""
    if token is None:
        return False
    nouns = load_meeting_cues().classified_nouns
    if not start <= token.idx < end:
        return token.lemma_.lower() in nouns and token.idx >= end
    return token.dep_ in ("compound", "amod", "nmod", "nummod") and token.head is not token \
        and token.head.lemma_.lower() in nouns


def lawmaking(text: str, end: int) -> bool:
    """The consultations ending at `end` are on a law ("consultations on amendments to the Act"): a domestic process.
    Only "consultations": "talks on changes to the forces agreement" are two states negotiating."""
    return text[:end].lower().endswith("consultations") and load_meeting_cues().lawmaking.match(text[end : end + 80]) is not None
