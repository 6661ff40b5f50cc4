"""What kind of page an article is, and whether a trigger is the event its sentence reports.

Ceremonies, opinion pieces and history essays name states next to cooperation words without reporting
an event: "X hosted the commemoration, attended by the leaders of Y and Z" is no bilateral meeting; an
op-ed's "A and B now train together" is a habit, not an exercise; "Seventy years ago, A and B signed ..."
is history. The article is read once, cheaply (title, lead and the density of argument words); each draft
is then checked against its sentence's parse: the trigger's clause must tell a dated or reported event,
not a habit in the present tense or a description of a class of things. The lexicon is data/genre.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pactwatch.reference import data_file

NEWS, OPINION, HISTORY, CEREMONY = "news", "opinion", "history", "ceremony"
RELATIVE_PRONOUN = re.compile(r"\b(?:that|which|who|whose|when|where)\b")  # opens a clause about another noun
LEAD_LINES = 3  # the title and these first sentences tell what kind of page it is
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
           "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a hundred": 100, "hundred": 100,
           "decades": 30, "half a century": 50, "a century": 100, "generations": 50}
CLAUSE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "amod", "nsubj", "nsubjpass", "attr", "npadvmod", "advmod",
                         "acomp", "oprd", "appos", "conj"})


@dataclass(frozen=True)
class GenreCues:
    opinion_title: re.Pattern[str]
    opinion_url: re.Pattern[str]
    opinion_lines: re.Pattern[str]
    argument_words: re.Pattern[str]
    argument_min: int
    argument_per_sentence: float
    speech: re.Pattern[str]
    history_title: re.Pattern[str]
    ceremony_title: re.Pattern[str]
    ceremony_nouns: re.Pattern[str]
    met_words: re.Pattern[str]
    habitual: re.Pattern[str]
    generic_subject: re.Pattern[str]
    years_ago: re.Pattern[str]
    history_years: int
    news_window_days: int


@dataclass(frozen=True)
class Genre:
    """The article's reading: news, opinion, history or ceremony, with the marks that decided it."""

    kind: str
    reasons: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def load_genre_cues() -> GenreCues:
    """data/genre.yaml, read once."""
    d = data_file("genre.yaml")
    rx = lambda key: re.compile(d[key], re.I)  # noqa: E731
    return GenreCues(rx("opinion_title"), rx("opinion_url"), rx("opinion_lines"), re.compile(d["argument_words"]),
                     int(d["argument_min"]), float(d["argument_per_sentence"]), rx("speech"), rx("history_title"),
                     rx("ceremony_title"), re.compile(d["ceremony_nouns"], re.I), rx("met_words"), rx("habitual"),
                     rx("generic_subject"), rx("years_ago"), int(d["history_years"]), int(d["news_window_days"]))


def read_genre(title: str | None, sentences: list[str], url: str | None = None) -> Genre:
    """The page's kind from its address, its title, its first lines and how much it argues; news unless marked."""
    cues = load_genre_cues()
    if url and cues.opinion_url.search(url.split("?")[0].lower()):
        return Genre(OPINION, ("address",))
    title = (title or "").strip()
    lead = " ".join(sentences[:LEAD_LINES])
    head = f"{title} {lead}"
    edges = sentences[:LEAD_LINES] + sentences[-LEAD_LINES:]
    if cues.opinion_title.search(title):
        return Genre(OPINION, ("title",))
    if any(cues.opinion_lines.search(s) and not cues.speech.search(s) for s in edges):
        return Genre(OPINION, ("author line",))
    argued = sum(len(cues.argument_words.findall(s)) for s in sentences if not cues.speech.search(s))
    if sentences and argued >= cues.argument_min and argued / len(sentences) >= cues.argument_per_sentence:
        return Genre(OPINION, (f"{argued} argument words",))
    if cues.ceremony_title.search(head):
        return Genre(CEREMONY, ("ceremony",))
    first = _ago_span(sentences[0]) if sentences else (0, 0, 0)
    if cues.history_title.search(title) or (first[0] >= cues.history_years and first[1] == 0):
        return Genre(HISTORY, ("history",))
    return Genre(NEWS)


def years_ago(text: str) -> tuple[int, int]:
    """How many years ago the sentence says its event was ("Seventy years ago") and where it says it; (0, -1)."""
    m = load_genre_cues().years_ago.search(text)
    if not m:
        return 0, -1
    word = (m.group(1) or m.group(2)).lower()
    return (int(word) if word.isdigit() else NUMBERS.get(word, 0)), m.start()


def _years_ago(text: str) -> int:
    return years_ago(text)[0]


def _ago_span(text: str) -> tuple[int, int, int]:
    """How many years ago, and the stretch of the sentence that is that old: a relative clause ("the war that ended
    four decades ago") dates only itself, a bare "Seventy years ago, ..." the whole sentence."""
    ago, at = years_ago(text)
    if not ago:
        return 0, 0, 0
    clause = max(text.rfind(c, 0, at) for c in ",;:") + 1
    rel = RELATIVE_PRONOUN.search(text, clause, at)
    return (ago, rel.start(), text.find(" ago", at) + 4) if rel else (ago, 0, len(text))


def event_veto(genre: Genre, text: str, doc, trigger: tuple[int, int], fact_type: str, own_date: bool,
               value: str | None, published: date | None) -> str | None:
    """Why the draft's trigger is not an event the sentence reports, or None when it is."""
    cues = load_genre_cues()
    ago, lo, hi = _ago_span(text)
    if ago >= cues.history_years and lo <= trigger[0] < hi:
        return "history"  # "Seventy years ago, A and B signed ...": an anniversary's background (not "lifted the ban,
        # a relic of the war that ended four decades ago": the lifting is today's)
    verb = clause_verb(doc, *trigger)
    if verb is not None and _habitual(verb, text, cues, genre, own_date, trigger):
        return "habit or description"
    if genre.kind in (OPINION, HISTORY) and not _news_dated(own_date, value, published, cues):
        return f"{genre.kind} without a news date"
    if fact_type == "meeting" and _ceremony(genre, text, doc, trigger, cues):
        return "ceremony"
    return None


def clause_verb(doc, start: int, end: int):
    """The verb of the clause the trigger stands in: the trigger itself or the first verb above it."""
    if doc is None:
        return None
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return None
    t = next((t for t in inside if t.pos_ in ("VERB", "AUX")), inside[0])
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux":
            return t
        if t.head is t or t.dep_ not in CLAUSE_DEPS:
            return None
        t = t.head
    return None


def _habitual(verb, text: str, cues: GenreCues, genre: Genre, dated: bool, trigger: tuple[int, int]) -> bool:
    """A present-tense verb with no future or perfect helper, marked as a habit or said of a class of things.

    A date told with the trigger makes it this week's event ("hold their annual talks in Tokyo on Monday")."""
    if _generic_rule(verb, cues):
        return True  # "All existing members must ratify an accession protocol": how things are done, no event
    finite_base = verb.tag_ == "VB" and verb.dep_ in ("ROOT", "conj") and any(c.dep_ == "nsubj" for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBP") and not finite_base:
        return False  # the small model tags some present verbs VB ("Chile and Peru hold ..."): a subject makes it finite
    if any(c.dep_ in ("aux", "auxpass") and c.lemma_.lower() not in ("do",) for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(cues.generic_subject.match(" ".join(w.text for w in s.subtree)) for s in subjects):
        return True  # "such pacts let forces ...": a class of things, dated or not
    if dated:
        return False
    marks = [c for c in verb.children if c.dep_ in ("advmod", "npadvmod")]
    marks += [c for t in verb.doc if trigger[0] <= t.idx < trigger[1] for c in t.children if c.dep_ == "amod"]
    after = text[verb.idx : verb.idx + 60]
    habit = any(cues.habitual.fullmatch(c.lower_) for c in marks) or bool(re.search(r"\b(?:every|each)\b", after)
                                                                         and cues.habitual.search(after))
    return habit or genre.kind in (OPINION, HISTORY)


def _generic_rule(verb, cues: GenreCues) -> bool:
    """A duty stated of a class ("all members must ratify", "such deals should be approved"): a rule, not an act."""
    head = verb.head if verb.dep_ == "conj" else verb
    deontic = any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("must", "should") for c in head.children)
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return deontic and any(cues.generic_subject.match(" ".join(w.text for w in s.subtree)) for s in subjects)


def _news_dated(own_date: bool, value: str | None, published: date | None, cues: GenreCues) -> bool:
    """A fact told with its own date near publication: news even on a commentary or history page."""
    if not own_date or not value or len(value) < 7:
        return False
    if published is None:
        return True
    try:
        when = date.fromisoformat(value if len(value) == 10 else f"{value[:7]}-01")
    except ValueError:
        return False
    return abs((when - published).days) <= cues.news_window_days


def _ceremony(genre: Genre, text: str, doc, trigger: tuple[int, int], cues: GenreCues) -> bool:
    """A ceremony hosted or attended is no meeting unless the sentence says the leaders met or talked."""
    if cues.met_words.search(text):
        return False
    words = text[trigger[0] : trigger[1]].lower()
    if doc is None:
        return genre.kind == CEREMONY and bool(re.search(r"attend|took part|participat|host", words))
    inside = [t for t in doc if trigger[0] <= t.idx < trigger[1]]
    near = set()
    for t in inside:  # what was hosted or attended: the object, the passive subject, "took part in" the object
        near |= {c for c in t.children if c.dep_ in ("dobj", "nsubjpass", "nsubj")}
        near |= {g for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"}
        if t.dep_ in ("relcl", "acl") or t.head.dep_ in ("relcl", "acl"):
            clause = t if t.dep_ in ("relcl", "acl") else t.head
            near.add(clause.head)  # "the commemoration, which was attended by ...": the noun the clause hangs on
    nouns = [t for t in near if t.pos_ in ("NOUN", "PROPN") and cues.ceremony_nouns.fullmatch(t.lower_)
             and not any(c.lower_ == "signing" for c in t.children)]
    if nouns:
        return True
    return genre.kind == CEREMONY and bool(re.search(r"attend|took part|participat|host", words))
