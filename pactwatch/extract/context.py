"""What every fact family sees of a sentence and its article, and the draft fact a family returns."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pactwatch.extract.actors import Mention
from pactwatch.extract.amounts import AmountMention
from pactwatch.extract.dates import DateMention
from pactwatch.extract.frames import head_token
from pactwatch.extract.sentences import Sentence
from pactwatch.extract.status import status_of, verb_status
from pactwatch.model import Amount, Person
from pactwatch.reference import Reference, Trigger, data_file

RELATIVE = re.compile(r",\s+(?:who|which|whose)\b[^,]*,")
SUBORDINATE = re.compile(r"\b(?:when|which|that|who|whose|since|after|before|launched|formed|signed)\b", re.I)
UNTIL = re.compile(r"(?:\b(?:until|till)|\b(?:run|runs|last|lasts|continue|continues|extend|extends|end|ends)\s+"
                   r"(?:to|through|into)|\b(?:conclude|concludes|end|ends|close|closes|wrap up|wraps up|finish|finishes)"
                   r"(?:\s+(?:on|by))?)\s+$", re.I)
# A date inside a "since" clause is the bound's event ("since being elected in December", "since the pact took effect
# in May"); lower-case words only, so "since then, in May" and "Since March" are not taken.
SINCE_CLAUSE = re.compile(r"\bsince\s+(?:[a-z]+\s+){1,4}$")
SINCE_BOUND = re.compile(r"\bsince\s+(?:(?:early|late|mid|the end of|the start of)[\s-]+)?$", re.I)  # "suspended since March 2018"
# A counted step between a date and a later trigger puts the trigger in another event's time ("on Monday, two days
# after the ministers met", "on Monday, months after Lima agreed to buy").
COUNTED_STEP = re.compile(r"\b(?:\w+ |a few |several )?(?:days?|weeks?|months?|years?) (?:after|before|since)\b", re.I)
LABEL_YEAR = re.compile(r"\b(?:a|an|the|its|their|his|her|our|this|that)\s+$", re.I)  # "a 2011 deal": the year names it
# A stage of a drill watched or held ("the main phase", "the active stage"): told of a recent day, the drill goes on.
PHASE = re.compile(r"\b(?:main|active|practical|final|decisive|culminating) (?:phase|stage)\b", re.I)
# A verb relating the trigger's event to another ("The talks followed Exercise Alon in August", "The visit came two
# weeks after the drills in May", "coincided with"): dates told after it belong to that other event.
RELATION = re.compile(r"\b(?:followed|follows|follow|preceded|precedes|coincided with|coincides with|comes|came|come)\b"
                      r"(?:\s+(?:\w+\s+){0,3}?(?:after|before|ahead of|on the heels of|as|amid))?", re.I)
# A period or schedule that names what a document covers ("a plan of joint events for next year", "the programme for
# this year"): the day it was signed is told elsewhere.
COVERS = re.compile(r"\b(?:plans?|programmes?|programs?|road ?maps?|calendars?|schedules?)\b(?:\s+[\w-]+){0,4}?"
                    r"\s+for\s+(?:the\s+)?$", re.I)
BEGUN = re.compile(r"\b(?:began|begun|started|got under way|kicked off|opened|commenced)\b", re.I)
# Fact types that are events, whose verb's tense tells their status (a budget "is increasing" is no event).
TENSED = ("meeting", "agreement_signed", "agreement_in_force", "agreement_negotiation", "exercise",
          "mechanism_established", "arms_transfer", "joint_programme")
# "towards 2030", "till 2035", "by 2030", "up to 2027": a goal's horizon or a period's end.
TARGET = re.compile(r"\b(?:towards?|till|until|by|through|beyond|up to|horizon|vision)\s+(?:the\s+)?(?:year\s+)?(?:of\s+)?$", re.I)
# Words that make a clause an aside about another time ("since", "first announced", "originally signed").
ASIDE_MARKS = frozenset({"since", "first", "originally", "initially", "previously", "formerly"})
SIGN_LEMMAS = frozenset({"sign", "ink"})  # the verbs that date a signing
FORCE_LEMMAS = frozenset({"take", "enter", "come", "go"})  # "took effect", "entered into force"
FUTURE_AUX = frozenset({"will", "would", "shall", "'ll"})  # "and will meet again in May": a step still to come
FRAMEWORK_PREPS = frozenset({"under", "within", "pursuant"})  # "set up under the 2019 accord, signed on 3 May"
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
    found = mention_near(sv, start, end, lo, hi)
    return found.value if found else None


def mention_near(sv: SentenceView, start: int, end: int, lo: int = 0, hi: int | None = None) -> DateMention | None:
    """The date mention told nearest the trigger within [lo, hi), a year in a name ("African Lion 2018") last."""
    hi = len(sv.text) if hi is None else hi
    best: tuple[int, DateMention] | None = None
    verb = _verb_of(head_token(sv.doc, start, end))
    closed = [(m.start(), m.end()) for m in RELATIVE.finditer(sv.text) if not (m.start() <= start < m.end())
              and not (BEGUN.search(m.group()) and 0 <= m.start() - end < 60)]  # "the drills, which began on Monday,"
    told = _complements(sv) if sv.dates else []
    for d in sv.dates:
        if not (lo <= d.start < hi) or any(s <= d.start < e for s, e in closed):
            continue  # "Iwaya, who became minister in October, ...": the clause's date is another event's
        if d.other and end <= d.start:
            continue  # "held talks, a day before the chiefs gather": the step dates the gathering, not the talks
        if d.kind in ("year", "range") and re.search(r"\b(?:since|by|through|until|till|to)\s+$",
                                                     sv.text[max(0, d.start - 10) : d.start], re.I):
            continue  # "since 2014", "through 2027", "to fiscal 2027": the bounds of a period, not the event
        if d.kind == "range" and re.search(r"\b(?:for|covering|spanning|over)\s+(?:the\s+)?(?:period\s+)?$",
                                           sv.text[max(0, d.start - 20) : d.start], re.I):
            continue  # "an action plan for 2025-2027": the period the plan covers, not the day it was adopted
        if _since_bound(sv.text, d) and not (start > d.end and re.match(r",?\s+when\b", sv.text[d.end :])):
            continue  # "his first visit since being elected in December": the bound's event, not the visit (but
            # "expected since February, when the leaders, meeting at the White House, ...": the when-clause's own day)
        if d.kind == "year" and LABEL_YEAR.search(sv.text[max(0, d.start - 6) : d.start]) and _names_other(sv, d, verb,
                                                                                                     start, end):
            continue  # "said during his visit he would quit a 2011 deal": a year naming a thing dates that thing only
        if d.text.lower().startswith(("since", "by ")) or UNTIL.search(sv.text[max(0, d.start - 30) : d.start]):
            continue  # "will run to April 29", "until 14 May": where the event ends, not when it is
        if re.search(r"\bwithin\s+(?:the\s+)?$", sv.text[max(0, d.start - 12) : d.start], re.I):
            continue  # "will hold joint training within the next year": a deadline, not the day it was agreed
        if d.kind in ("year", "range", "my") and TARGET.search(sv.text[max(0, d.start - 12) : d.start]):
            continue  # "a vision statement towards 2030", "a roadmap till 2035": a goal's horizon, not the event
        if end <= d.start and _related_after(sv.text[end : d.start]):
            continue  # "The talks followed Exercise Alon in August": August is the drill's month
        if d.kind in ("year", "rel_year") and end <= d.start and COVERS.search(sv.text[max(0, d.start - 60) : _head_end(d)]):
            continue  # "signed a plan of joint events for next year": the year the plan covers
        if d.end <= start and _stepped_away(sv.text[d.end : start]):
            continue  # "held drills on Monday, months after Lima agreed to buy": Monday is the drills' day
        if any(lo_ <= d.start < hi_ and not lo_ <= start < hi_ for lo_, hi_ in told):
            continue  # "said during a visit to Ankara that trade reached $2bn in 2011": the said thing's date
        own = _date_verb(sv, d, verb, start, end)
        if own is None:
            continue  # "since the Soviet Union collapsed in 1991", "the pact signed in 2022": another event's date
        gap = max(d.start - end, start - d.end, 0) + (500 if d.kind == "name_year" else 0) + own
        if d.start > end and SUBORDINATE.search(sv.text[end : d.start]):
            gap += 200  # "met ... to announce a study launched when ... in September 2021": another event's date
        if d.end <= start and re.search(r"\band (?:then )?(?:\w+ )?(?:held|signed|met|agreed|launched|opened|began)\b",
                                        sv.text[d.end : start]):
            gap += 60  # "concluded a pact in March and held their first meeting the following month"
        if best is None or gap < best[0]:
            best = (gap, d)
    return best[1] if best else None


def _since_bound(text: str, d: DateMention) -> bool:
    """The date is the bound of a "since": "since March 2018", "since being elected in December"."""
    return bool(SINCE_CLAUSE.search(text[max(0, d.start - 40) : d.start]) or SINCE_BOUND.search(text[max(0, d.start - 16)
                                                                                                      : d.start]))


def _head_end(d: DateMention) -> int:
    """Where the date's own words begin, after a preposition the mention carries ("for 2022", "for next year")."""
    head = re.match(r"(?:for|in|during)\s+", d.text, re.I)
    return d.start + (head.end() if head else 0)


def _related_after(between: str) -> bool:
    """Between the trigger and a later date stands a verb relating the event to another one, in the same clause."""
    rel = RELATION.search(between)
    return bool(rel) and not re.search(r"[;:]|,\s+(?:and|but|while)\b", between[: rel.start()]) and \
        not re.search(r"[,;:]", between[rel.end() :]) and \
        not re.fullmatch(r"\s*(?:(?:on|in|during|at|by)\s*)?", between[rel.end() :])  # "came on Monday": its own day


def _stepped_away(between: str) -> bool:
    """The trigger lies inside a counted step's clause that follows the date ("on Monday, months after Lima agreed to
    buy"), not after it ("On Monday, a year after the pact, the navies held drills")."""
    steps = list(COUNTED_STEP.finditer(between))
    return bool(steps) and not re.search(r"[,;:]", between[steps[-1].end() :])


def _names_other(sv: SentenceView, d: DateMention, verb, start: int, end: int) -> bool:
    """A year before a noun ("a 2011 deal") names a thing that is neither the trigger nor its verb's own argument
    ("the 2019 agreement ... was signed" keeps its year)."""
    year = next((t for t in sv.doc if t.idx == d.start), None) if sv.doc is not None else None
    if year is None or verb is None or year.head.pos_ not in ("NOUN", "PROPN"):
        return False
    noun = year.head
    return not (start <= noun.idx < end or noun.head.i == verb.i or any(start <= t.idx < end for t in noun.subtree))


def _verb_of(token):
    """The verb a token belongs to: itself when a verb, else its nearest verb ancestor (None without a parse)."""
    for _ in range(12):
        if token is None or token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _date_verb(sv: SentenceView, d: DateMention, verb, start: int, end: int) -> int | None:
    """How far a date sits from the trigger's own verb: 0 for a date that verb governs, a penalty for the day
    of a coordinated verb ("submitted in April, and it was signed on 13 August"), None for a date inside an
    aside that leaves the trigger out ("the pact, first signed in 2014", "for the first time since ... in 1991",
    "told Reuters Aug. 21" said of a signing)."""
    if verb is None:
        return 0
    theirs = _verb_of(head_token(sv.doc, d.start, d.end))
    if theirs is None or theirs.i == verb.i:
        return 0 if theirs is None else -20
    if _coordinated_ahead(theirs, verb):
        return None  # "signed a memorandum and agreed to meet again in the autumn": the later step's date
    if (theirs.dep_ == "conj" and theirs.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == theirs.i):
        return 60  # the other of two coordinated verbs
    if any(start <= t.idx < end for t in theirs.subtree):
        return 0  # the trigger sits in the date's clause ("met on Monday, signing a pact")
    marks = {c.lower_ for c in theirs.children if c.dep_ in ("mark", "advmod")}
    trigger = head_token(sv.doc, start, end)
    attached = _hangs_on(theirs.head, trigger)  # "the agreement on patrol boats signed today": the trigger's own
    if marks & ASIDE_MARKS:
        return None
    if theirs.dep_ == "acl" and theirs.tag_ == "VBN" and (not attached or _framework(theirs.head)):
        return None  # "initiatives based on the agreement signed in 2022": another instrument's day
    if _reduced_relative(theirs, trigger):
        return None  # "created under the Washington Declaration, adopted by both presidents on April 26": its day
    if theirs.dep_ in ("relcl", "appos") and not attached:
        return 200
    if _inside_other_noun(theirs, verb, trigger, start, end):
        return None  # "met to announce the result of a study launched when the pact was formed in 2021"
    return 0


def _coordinated_ahead(theirs, verb) -> bool:
    """The date's verb lies ahead, in a verb coordinated with the trigger's: an infinitive under it ("and agreed to
    meet again in the autumn", "and aim to sign it later this year") or itself a future ("and will meet in May")."""
    node, infinitive = theirs, False
    for _ in range(4):
        if (node.dep_ == "conj" and node.head.i == verb.i) or (verb.dep_ == "conj" and verb.head.i == node.i):
            return infinitive or any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children)
        if node.dep_ != "xcomp" or node.head.i == node.i:
            return False
        infinitive = True
        node = node.head
    return False


def _inside_other_noun(theirs, verb, trigger, start: int, end: int) -> bool:
    """The date's clause hangs, some verbs up, on a participle that describes a noun other than the trigger's
    ("a study launched when the partnership was formed in September 2021"): that noun's story, not the event's."""
    node = _verb_of(theirs.head)
    for _ in range(6):
        if node is None or node.i == verb.i or node.head.i == node.i or any(start <= t.idx < end for t in node.subtree):
            return False
        if node.dep_ == "acl" and node.tag_ in ("VBN", "VBD") and not _hangs_on(node.head, trigger):
            return True
        node = _verb_of(node.head)
    return False


def _reduced_relative(verb, trigger) -> bool:
    """A bare participle after a comma that follows the framework an act comes under ("created under the X
    Declaration, adopted by the two presidents on April 26"): the parser hangs it on the main verb, but it tells
    the framework's own event."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBN" or trigger is None or verb.i < 2:
        return False
    if any(c.dep_ in ("aux", "auxpass", "mark", "nsubj", "nsubjpass") for c in verb.children):
        return False
    comma, noun = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
    return comma.text == "," and noun.i != trigger.i and _framework(noun)


def _framework(noun) -> bool:
    """A noun an act comes under ("under the accord", "within", "based on", "as part of"): its own events are not
    the act's."""
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ in FRAMEWORK_PREPS or (prep.lower_, prep.head.lower_) in (("on", "based"), ("of", "part"))


def _signing_verb(sv: SentenceView, fact_type: str, start: int, end: int, lo: int, hi: int | None):
    """For a signing or an entry into force whose trigger hangs on another verb, the sentence's own verb of that
    step (None when the trigger's verb already tells it, or none is told): "took effect on 1 September, two
    months after parliament approved it on 1 July" dates the entry into force by "took"."""
    if fact_type not in ("agreement_signed", "agreement_in_force") or sv.doc is None:
        return None
    tells = _signs if fact_type == "agreement_signed" else _enters_force
    verb = _verb_of(head_token(sv.doc, start, end))
    if verb is None or tells(verb):
        return None
    hi = len(sv.text) if hi is None else hi
    return next((t for t in sv.doc if t.pos_ in ("VERB", "AUX") and tells(t) and lo <= t.idx < hi
                 and t.dep_ not in ("relcl", "acl", "advcl", "xcomp")), None)


def _signs(verb) -> bool:
    return verb.lemma_.lower() in SIGN_LEMMAS


def _enters_force(verb) -> bool:
    """"took effect", "entered into force", "comes into effect": the verb of an entry into force."""
    if verb.lemma_.lower() not in FORCE_LEMMAS:
        return False
    words = {t.lower_ for t in verb.subtree if t.i > verb.i and t.i - verb.i <= 3}
    return bool(words & {"effect", "force"})


def _hangs_on(node, trigger) -> bool:
    """Whether a noun phrase lies inside the trigger's own (up through nouns and prepositions, no verb between);
    a trigger naming a noun ("the Joint Working Group meeting held on Wednesday") owns that noun's phrase."""
    if trigger is None:
        return False
    owners = {trigger.i} if trigger.dep_ not in ("compound", "amod", "nmod") else {trigger.i, trigger.head.i}
    for _ in range(8):
        if node.i in owners:
            return True
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            return False
        node = node.head
    return False


def reported_clause(sv: SentenceView, start: int, end: int) -> tuple[int, int] | None:
    """The span of the clause a reporting verb introduces, when the trigger lies inside it ("announced on Friday
    that the dialogue is set for 20 August", "..., the ministry said on Saturday"): the report's date is nobody's."""
    token = head_token(sv.doc, start, end)
    if token is None:
        return None
    reporting = _reporting_verbs()
    node = token
    for _ in range(12):
        if node.head is node:
            return None
        if node.dep_ == "ccomp" and node.head.lemma_.lower() in reporting and not (start <= node.head.idx < end):
            return _span_of(node)
        node = node.head
    return None


def _complements(sv: SentenceView) -> list[tuple[int, int]]:
    """The spans of what reporting verbs say ("said ... that X"): X's dates are X's, not the reporting clause's."""
    if sv.doc is None:
        return []
    reporting = _reporting_verbs()
    spans = []
    for t in sv.doc:
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in reporting and t.i > t.head.i:
            spans.append(_span_of(t))
    return spans


def _span_of(token) -> tuple[int, int]:
    """The characters a token's clause covers: its subtree from first to last word."""
    words = list(token.subtree)
    return words[0].idx, words[-1].idx + len(words[-1].text)


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    data = data_file("months.yaml")
    return frozenset(data["reporting_verbs"])


def draft(sv: SentenceView, av: ArticleView, fact_type: str, parties: tuple[str, ...], start: int, end: int,
          extractor: str, lo: int = 0, hi: int | None = None, **fields) -> Draft:
    """A draft fact with the date and status read around its trigger (inside the clause [lo, hi), narrowed to the
    clause a reporting verb introduces); a stretch of days told around the report makes it ongoing."""
    whole = (lo, hi)
    reported = reported_clause(sv, start, end)
    if reported:
        lo, hi = max(lo, reported[0]), min(len(sv.text) if hi is None else hi, reported[1])
    found = mention_near(sv, start, end, lo, hi)
    signing = _signing_verb(sv, fact_type, start, end, lo, hi)
    if signing is not None:  # "submitted the treaty in April, and it was signed on 13 August": the signing's day
        # (and "took effect on 1 September, after parliament approved it on 1 July": the entry into force's)
        found = mention_near(sv, signing.idx, signing.idx + len(signing.text), lo, hi) or found
    clause = sv.text[lo:hi] if hi is not None else sv.text[lo:]
    lead_in = sv.lead_in
    colon = sv.text.find(":", 0, start)
    if not lead_in and 0 < colon < 60:
        lead_in = sv.text[:colon]  # "Among the main topics: joint production of ...": the list inherits the lead's mood
    status = status_of(clause, start - lo, end - lo, fact_type, av.ref, lead_in,
                       verb_status(sv.doc, start, end, fact_type) if fact_type in TENSED else None)
    if found is None and reported:
        found = mention_near(sv, start, end, *whole)  # "signed a deal, a statement said on Monday": the report's day
    if found and found.until and av.published and status in ("occurred", "planned") and fact_type != "meeting" \
            and found.value <= av.published.isoformat() <= found.until:
        status = "ongoing"  # "held from 3 to 14 May" told on 10 May (a visit's talks told during it are done)
    if fact_type == "exercise" and status == "occurred" and found and PHASE.search(clause) and _recent(found.value, av):
        status = "ongoing"  # "on Monday watched the main phase of the drills", told that day: still under way
    if status == "ongoing" and found and found.until is None and av.published and len(found.value) == 10 \
            and found.value > av.published.isoformat():
        status = "planned"  # "the talks take place on Friday" told on Tuesday: still to come
    if found and found.kind == "name_year" and av.published and found.value == str(av.published.year):
        found = None  # "signed at IDEX 2023" in a 2023 report: the name says no more than the report's own date
    when = found.value if found else None
    fields.pop("confidence", None)
    confidence = 0.55 + (0.15 if sv.own_codes else 0) + (0.1 if when else 0) + (0.1 if fields.get("agreement_kind") else 0)
    return Draft(fact_type, parties, when, status, sv.sentence, extractor, confidence=min(confidence, 0.95),
                 own_date=when is not None, trigger=(start, end), **fields)


def _recent(value: str, av: ArticleView) -> bool:
    """A day told at most two days before the report."""
    if av.published is None or len(value) != 10:
        return False
    return 0 <= (av.published - date.fromisoformat(value)).days <= 2


def people_for(sv: SentenceView, parties: tuple[str, ...]) -> tuple[Person, ...]:
    """The sentence's people who belong to one of the parties (or whose state is unknown)."""
    return tuple(p for p in sv.people if p.country is None or p.country in parties)
