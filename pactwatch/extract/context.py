"""What every fact family sees of a sentence and its article, and the draft fact a family returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pactwatch.extract.actors import Mention
from pactwatch.extract.amounts import AmountMention
from pactwatch.extract.dates import DateMention
from pactwatch.extract.sentences import Sentence
from pactwatch.extract.status import status_of
from pactwatch.model import Amount, Person
from pactwatch.reference import Reference, Trigger

RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,")
SUBORDINATE = re.compile(r"\b(?:when|which|that|who|whose|since|after|before|launched|formed|signed)\b", re.I)
DAY_KINDS = ("iso", "mdy", "dmy", "md", "dm", "slash", "weekday", "today", "yesterday")


@dataclass(frozen=True)
class ArticleView:
    ref: Reference
    published: date | None
    fallback_year: int | None
    dyad: tuple[str, ...]
    ranked: tuple[str, ...] = ()  # the article's states by weight, for "the four countries"


@dataclass(frozen=True)
class SentenceView:
    sentence: Sentence
    text: str
    mentions: list[Mention]
    codes: list[str]  # acting states, own or carried over from the sentence before
    own_codes: bool  # False when `codes` were carried over
    dates: list[DateMention]
    amounts: list[AmountMention]
    doc: object | None  # spaCy Doc
    people: list[Person]
    place: str | None
    lead_in: str  # a list's introducing line ("Among the main topics:"), read for status
    last_kind: str | None  # the agreement kind the article named last, for "the agreement"
    background: bool  # the sentence looks back ("earlier", "since")
    earlier: frozenset[str] = frozenset()  # fact types already drafted in this article


@dataclass(frozen=True)
class Draft:
    type: str
    parties: tuple[str, ...]
    date: str | None
    status: str
    sentence: Sentence
    extractor: str
    agreement_kind: str | None = None
    programme: str | None = None
    amount: Amount | None = None
    place: str | None = None
    people: tuple[Person, ...] = ()
    confidence: float = 0.5
    own_date: bool = False
    trigger: tuple[int, int] = (0, 0)  # span of the trigger in the sentence, for the parser's negation check
    keep_undated: bool = False  # a step told in passing ("months after it was signed"): no date is lent to it


def matches(sv: SentenceView, av: ArticleView, family: str) -> list[tuple[Trigger, int, int]]:
    """Every trigger of a family found in the sentence, with its span."""
    out = []
    for t in av.ref.triggers:
        if t.family == family:
            out.extend((t, m.start(), m.end()) for m in t.pattern.finditer(sv.text))
    return out


def date_near(sv: SentenceView, start: int, end: int, lo: int = 0, hi: int | None = None) -> str | None:
    """The date told nearest the trigger within [lo, hi); "since 2014" and "by 2035" are not event dates."""
    hi = len(sv.text) if hi is None else hi
    best: tuple[int, str] | None = None
    closed = [(m.start(), m.end()) for m in RELATIVE.finditer(sv.text) if not (m.start() <= start < m.end())]
    for d in sv.dates:
        if not (lo <= d.start < hi) or any(s <= d.start < e for s, e in closed):
            continue  # "Iwaya, who became minister in October, ...": the clause's date is another event's
        if d.kind in ("year", "range") and re.search(r"\b(?:since|by|through|until|till|to)\s+$",
                                                     sv.text[max(0, d.start - 10) : d.start], re.I):
            continue  # "since 2014", "through 2027", "to fiscal 2027": the bounds of a period, not the event
        if d.text.lower().startswith(("since", "by ")):
            continue
        gap = max(d.start - end, start - d.end, 0)
        if d.start > end and SUBORDINATE.search(sv.text[end : d.start]):
            gap += 200  # "met ... to announce a study launched when ... in September 2021": another event's date
        if d.end <= start and re.search(r"\band (?:then )?(?:\w+ )?(?:held|signed|met|agreed|launched|opened|began)\b",
                                        sv.text[d.end : start]):
            gap += 60  # "concluded a pact in March and held their first meeting the following month"
        if best is None or gap < best[0]:
            best = (gap, d.value)
    return best[1] if best else None


def draft(sv: SentenceView, av: ArticleView, fact_type: str, parties: tuple[str, ...], start: int, end: int,
          extractor: str, lo: int = 0, hi: int | None = None, **fields) -> Draft:
    """A draft fact with the date and status read around its trigger (inside the clause [lo, hi))."""
    when = date_near(sv, start, end, lo, hi)
    clause = sv.text[lo:hi] if hi is not None else sv.text[lo:]
    lead_in = sv.lead_in
    colon = sv.text.find(":", 0, start)
    if not lead_in and 0 < colon < 60:
        lead_in = sv.text[:colon]  # "Among the main topics: joint production of ...": the list inherits the lead's mood
    status = status_of(clause, start - lo, end - lo, fact_type, av.ref, lead_in)
    fields.pop("confidence", None)
    confidence = 0.55 + (0.15 if sv.own_codes else 0) + (0.1 if when else 0) + (0.1 if fields.get("agreement_kind") else 0)
    return Draft(fact_type, parties, when, status, sv.sentence, extractor, confidence=min(confidence, 0.95),
                 own_date=when is not None, trigger=(start, end), **fields)


def people_for(sv: SentenceView, parties: tuple[str, ...]) -> tuple[Person, ...]:
    """The sentence's people who belong to one of the parties (or whose state is unknown)."""
    return tuple(p for p in sv.people if p.country is None or p.country in parties)
