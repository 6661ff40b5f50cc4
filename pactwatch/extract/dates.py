"""Dates told in a sentence, resolved against the article's date only as precisely as the text allows.

A story often narrates in its own time ("On 30 August 1951 ... Two days later, on 1 September, ..."):
the date it told last (`Anchor`) is where year-less dates in past-tense clauses and steps ("the next
day", "a week after that", "the following month") are read from. Expressions about the present ("last
week", "on Tuesday", "this year", "two days ago") always read from the publication date.
A stretch of days ("from 3 to 14 May") is dated by its first day and keeps its last (`until`); a year inside a
name ("Exercise Talisman Sabre 2025") is a `name_year`, a last resort; with no page date, a future year-less month
takes only a year the page tells of its present, never the year of a past event.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from pactwatch.reference import data_file

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
PAST = re.compile(r"\b(?:was|were|had|did|took|held|met|began|came|went|won|(?<!\bbe )(?<!\bbeing )(?!(?:scheduled|expected|planned|set|due)\b)\w+ed)\b",
                  re.I)  # a past verb before a bare month: "entered into force on 11 October" looks back
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
FUTURE = re.compile(r"\b(?:will|to be|likely to|plans? to|set to|due (?:to|in|on|for|by)|is to|are to|going to|scheduled|expected|as early as|(?<!\bfor )next|"
                    r"(?:to|will|would) (?:meet|convene|gather|talk|hold talks) again|"
                    r"upcoming|later)\b", re.I)
PART = r"(early|mid|late|the end of|end of|the beginning of|beginning of|the start of|start of|the middle of)"
COUNT = (r"(?:(?P<count>\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
         r"sixteen|seventeen|eighteen|nineteen|twenty|a couple of|an?|"
         r"(?P<vague>a few|few|several|some|(?:just |a little |little |slightly )?(?:over|more than|less than|under) an?|"
         r"(?:nearly|almost|about|around|roughly) an?))\s+)?")
# A step in the story's time: "two days later", "a week after that", "the following month", "later that year".
STEP = re.compile(
    r"\b" + COUNT + r"(?P<unit>day|week|month|year)(?P<plural>s)?\s+(?P<dir>later|afterwards|after|earlier|before|prior|on)\b"
    r"|\bthe\s+(?P<rel>next|following|previous|preceding|prior)\s+(?P<unit2>day|week|month|year)\b"
    r"|\bthe\s+day\s+(?P<dir2>after|before)\b"
    r"|\b(?:(?:later|earlier)\s+(?:in\s+)?)?(?:the\s+same|that\s+same|that|(?<=\bin\s)the)\s+(?P<unit3>day|month|year)\b(?![-'’])", re.I)
AGO = re.compile(r"\b" + COUNT + r"(?P<unit>day|week|month|year)(?P<plural>s)?\s+ago\b", re.I)
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
           "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "a couple of": 2}
SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}  # the first month of a northern season; no winter:
# it straddles two years
VAGUE_DAYS = {"day": 3, "week": 10}  # "days later", "a little over a week after": a rough guess kept only to the month
# The tense of the clause around a year-less date: only a past clause is read in the story's time.
STORY_FUTURE = re.compile(r"\b(?:will|shall|won't|(?:is|are|was|were) (?:to|set to|due to|expected to|scheduled to|slated to)|"
                          r"plans? to|intends? to|going to|upcoming|(?<!the )next)\b", re.I)
STORY_PAST = re.compile(r"\b(?:was|were|had|did|took|held|met|began|came|went|won|made|gave|became|led|sent|sought|spoke|"
                        r"flew|brought|struck|chose|wrote|sold|bought|paid|built|fought|saw|left|rose|fell|drew|grew|broke)\b")
# A modal or a present verb of intent that governs the clause a day sits in, however far back in that clause: "would
# sign a contract for a fourth frigate on Wednesday", "aim to sign it in the autumn" look ahead. Not a past intent:
# "agreed to create the forum at their summit in April" may date the agreeing.
MODAL = re.compile(r"\b(?:will|would(?! have)|shall|(?:is|are) (?:set|due|expected|scheduled|slated) to|(?:aims?|hopes?|"
                   r"intends?|plans?) to)\s+(?!have\b)", re.I)
CLAUSE_BREAK = re.compile(r"[,;:()]|\b(?:who|which|that|after|since|when|because|while|before|as)\b", re.I)
PAST_ED = re.compile(r"(?<![\w-])(?P<prev>[A-Za-z']+\s+)?(?P<verb>[a-z]{3,}ed)\b")
NOT_PAST_BEFORE = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "is", "are",
                   "be", "been", "being", "has", "have", "to", "will", "would", "newly", "so", "well", "fully"}
NOT_PAST = {"armed", "based", "called", "planned", "expected", "scheduled", "proposed", "advanced", "united", "related",
            "detailed", "limited", "dedicated", "unmanned", "manned", "crewed", "uncrewed", "skilled", "integrated",
            "combined", "extended", "enhanced", "need", "speed", "indeed", "proceed", "exceed", "succeed", "hundred",
            "said", "told", "added", "noted", "stressed", "explained", "reported", "quoted", "unprecedented",
            "sophisticated", "concerned", "interested", "supposed", "alleged", "required", "needed"}
HEAD = re.compile(r"^\W*(?:(?:but|and|yet|so|then|just|only|barely|exactly|precisely|some|nearly|almost|about|"
                  r"around|roughly)\W+)*$", re.I)
OTHER_EVENT = re.compile(r"(?:\s+to)?\s+(?!(?:that|this|it|then|which|these|those)\b)\w", re.I)
DURATION = re.compile(r"\b(?:for|within|up to|over|in|than|least|every|each|per)\s+$", re.I)
# A date told in an aside ("X, which signed a pact in 2024, met ...") or in brackets does not set the story's time.
ASIDE = re.compile(r",\s+(?:(?:first|originally|initially|jointly|also|later|since)\s+)?(?:who|which|whose|when|signed|agreed|concluded|launched|formed|founded|established|adopted|"
                   r"set up|created|inked)\b[^,;]*(?:,|$)|\([^()]*\)")
SINCE = re.compile(r"\bsince\s+(?:(?:early|mid|late|the end of|the start of)[\s-]+)?$", re.I)
# "since 2014", "by 2030", "fiscal 2025", "the 2019 pact": bounds, budgets and labels are not the story's time
ANCHOR_YEAR = re.compile(r"^(?:in|during|early|mid|late|of)\b", re.I)

MONN = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
TILL = r"\s*(?(btw)and|(?:-|–|—|to|until|till|through))\s*"  # "and" only after "between"
TILL_AND = r"\s*(?:-|–|—|to|until|till|through|and)\s*"  # "on 30 and 31 January": the month closes the stretch
ORD = r"(?:st|nd|rd|th)?"
# A stretch of days ("from October 29 to November 4, 2017", "from 3 to 14 May", "3-14 May"): the event starts
# on the first day; the last day tells whether it is still under way when the story is told.
SPANS = [
    re.compile(r"\b(?:from\s+|(?P<btw>between\s+))?(?P<m1>" + MONN + r")\s+(?P<d1>\d{1,2})" + ORD + TILL + r"(?:(?P<m2>"
               + MONN + r")\s+)?(?P<d2>\d{1,2})" + ORD + r"\b(?![:.]?\d)(?:,?\s+(?P<y>\d{4})\b)?"),
    re.compile(r"\b(?:from\s+|between\s+)?(?P<d1>\d{1,2})" + ORD + r"(?:\s+(?P<m1>" + MONN + r"))?" + TILL_AND
               + r"(?P<d2>\d{1,2})" + ORD + r"\s+(?P<m2>" + MONN + r")(?:,?\s+(?P<y>\d{4})\b)?"
               + r"(?![^.;]{0,20}\brespectively\b)"),  # "on 3 and 5 May, respectively": two events' days
]

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("span", SPANS[0]),
    ("span", SPANS[1]),
    ("iso", re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")),
    # "14.03.2024" (day first, as European and Asian outlets write it); "14/03/2024" only when the day is over 12
    ("numeric", re.compile(r"(?<![\d.,/])(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)\b(?![.,/]?\d)")),
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + r",?\s+(\d{4})\b")),
    ("ago", AGO),
    ("step", STEP),
    ("md", re.compile(r"\b" + MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?![\d:])")),
    ("dm", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + MON + r"\b(?!,?\s+\d{4})")),
    # "confirmed on the 13th that ...": a day of the report's month (Korean and Japanese wires write dates so);
    # "on the 15th Joint Working Group", "on the 13th floor" are ordinals of a noun
    ("nth", re.compile(r"\b(?:on|since|from) the (\d{1,2})(?:st|nd|rd|th)\b(?=\s*(?:[,.;:)]|$|(?:that|when|at|in|"
                       r"with|of this month)\b))")),
    ("slash", re.compile(r"\((\d{1,2})/(\d{1,2})\)")),
    ("month_rel_year", re.compile(r"\b(?:in\s+)?" + MON + r"\s+(last|this|next)\s+year\b", re.I)),
    ("my", re.compile(r"\b(?:(early|mid|late|the end of|end of|the beginning of)[\s-]+)?" + MON + r",?\s+(\d{4})\b", re.I)),
    ("rel_year", re.compile(r"\b(last|this|next|earlier this|later this|previous|the previous|the current)\s+(year|fiscal year)\b", re.I)),
    ("season", re.compile(r"\b(last|this|next|early|late|in the|during the|over the|by the)\s+(spring|summer|autumn|fall)\b"
                          r"(?!\s+(?:of\s+)?(?:19|20)\d\d)", re.I)),
    ("rel_month", re.compile(r"\b(last|this|next|earlier this|later this)\s+month\b", re.I)),
    ("rel_week", re.compile(r"\b(last|this|next|earlier this|later this|earlier in the|later in the)\s+week\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|on the day)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|next\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("month", re.compile(r"\b(?:" + PART + r"[\s-]+)?" + MON + r"\b(?![\s,]+\d)")),
    ("range", re.compile(r"\b((?:19|20)\d\d)\s?[-–]\s?(?:19|20)?\d\d\b")),
    ("year", re.compile(r"\b(?:(?:in|since|by|from|until|of|for|fiscal|FY|early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?![-–/]\d)")),
]
MONTH_PREP = re.compile(r"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Tt]ill|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate|[Mm]id|[Ff]rom|[Tt]hrough|"
                        r"[Bb]y|[Dd]uring)[\s-]+$")  # "in May", "since May": the month, never the verb
# An event's edition named with a hyphenated year ("Kalkan-2021", "Cobra Gold-2019").
EDITION = re.compile(r"\b[A-Z][A-Za-z]+-((?:19|20)\d\d)\b(?![-–]\d)")
YEARLESS = ("md", "dm", "slash", "month")
PRESENT = ("rel_month", "rel_week", "today", "yesterday", "weekday", "ago")


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    kind: str
    text: str
    until: str | None = None  # the last day of a stretch ("from 3 to 14 May"), YYYY-MM-DD
    other: bool = False  # a step back from the sentence's date to the event after it ("a day before the chiefs
    # gather", "two months after parliament approved it"): that event's date, not the main clause's


@dataclass(frozen=True)
class Anchor:
    """The date the story told last: later year-less dates and steps ("two days later") read from it."""

    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    carried: bool = False  # told at the end of the paragraph before: only a step may read it


def find_dates(sentence: str, published: date | None, fallback_year: int | None = None,
               anchor: Anchor | None = None) -> list[DateMention]:
    """Date expressions in a sentence with their resolved value; ones that need a missing anchor are dropped."""
    return _read(sentence, published, fallback_year, anchor, fallback_year)[0]


def story_dates(sentences: Sequence[tuple[str, int]], published: date | None,
                fallback_year: int | None = None) -> list[list[DateMention]]:
    """Dates of each (sentence, paragraph) in order, read in the story's time: within a paragraph the last told
    date anchors what follows; across a paragraph break only the sentence before lends its date, to steps."""
    out: list[list[DateMention]] = []
    # a future month ("will sign in October") takes only a year told of the present, never a past event's
    ahead = infer_year("\n".join(t for t, _ in sentences), present_only=True) if fallback_year and not published \
        else fallback_year
    anchor: Anchor | None = None
    told_last = False  # the sentence before told a date of its own
    lead: Anchor | None = None
    paragraph = None
    for text, para in sentences:
        if para != paragraph:
            anchor = Anchor(anchor.value, carried=True) if anchor and told_last else None
            paragraph = para
        found, after = _read(text, published, fallback_year, anchor, ahead, lead)
        told_last = after is not anchor
        if lead is None and told_last and after is not None and _current(after.value, published):
            lead = after  # the first date the story tells of its present: its main event's (not "in 1992")
        anchor = after
        out.append(found)
    return out


def _current(value: str, published: date | None) -> bool:
    """A date within about a month of the report (none, when the page has no date: a history may open the story)."""
    if published is None:
        return False
    if len(value) < 7:
        return value == str(published.year)
    first = date.fromisoformat(value if len(value) == 10 else value + "-01")
    return abs((first - published).days) <= 40


def tells_a_day(sentence: str) -> bool:
    """The sentence names its day as a weekday, today or yesterday: this week's news, whether or not the page's own
    date lets the day be resolved."""
    return any(kind in ("weekday", "today", "yesterday") for kind, _ in _spans(sentence))


def _spans(sentence: str) -> list[tuple[str, re.Match[str]]]:
    """Every date expression, the first pattern winning a span, in reading order."""
    out: list[tuple[str, re.Match[str]]] = []
    taken = bytearray(len(sentence))
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(taken[m.start() : m.end()]):
                continue
            if kind == "year" and _named(sentence, m):
                kind = "name_year"  # "African Lion 2018": the year is part of a name, a last resort as a date
            if kind == "month" and m.group(2) in ("May", "Mar") and not m.group(1) \
                    and not (m.group(2) == "May" and MONTH_PREP.search(sentence, 0, m.start())):
                continue  # "may" the verb and "Mar" the abbreviation are too often not months ("in May" is one)
            if kind in ("step", "ago") and (not _counted(m) or DURATION.search(sentence[max(0, m.start() - 12) : m.start()])):
                continue  # "for two years after its signing" is a span of time, not a step
            out.append((kind, m))
            taken[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    return sorted(out, key=lambda x: x[1].start())


def _counted(m: re.Match[str]) -> bool:
    """A counted step needs a number or a plural ("days later"); "year on record" is not one."""
    if m.groupdict().get("unit") is None:
        return True
    if (m.groupdict().get("dir") or "").lower() == "on":
        return bool(m.group("count") and m.group("plural"))  # "two years on", never "a day on which"
    return bool(m.group("count") or m.group("plural"))


def _read(sentence: str, pub: date | None, fallback: int | None, anchor: Anchor | None,
          ahead: int | None, lead: Anchor | None = None) -> tuple[list[DateMention], Anchor | None]:
    spans = _spans(sentence)
    out: list[DateMention] = []
    told = anchor
    future_sentence = bool(STORY_FUTURE.search(sentence))
    plain = sentence  # steps blanked out: "two days later, on 30 August" does not look ahead
    for kind, m in spans:
        if kind in ("step", "ago"):
            plain = plain[: m.start()] + " " * (m.end() - m.start()) + plain[m.end() :]
    asides = [x.span() for x in ASIDE.finditer(sentence)]
    for i, (kind, m) in enumerate(spans):
        story = told is not None and (pub is None or told.value[:4] != str(pub.year))
        inherited = told is anchor  # told before this sentence
        # "The two sides will meet again the next month": a future sentence is about now, not the story
        story_told = None if story and inherited and future_sentence else told
        value, inverse = None, False
        if kind in ("step", "ago"):
            inverse = _before_other_event(sentence, m, told is not anchor)
            named = _from_named_event(sentence, m, told, inverse)  # "Days before the signing": from the lead's date
            # "The speech came a day after ...", with no date of its own: back from the story's main date
            ahead = named or (inverse and (story_told is None or story_told.carried))
            value = _stepped(m, kind, lead if ahead else story_told, pub, inverse) if lead or not ahead else None
        elif kind in YEARLESS and story and story_told and not story_told.carried and not _since(sentence, m):
            lo = spans[i - 1][1].end() if i else 0
            hi = spans[i + 1][1].start() if i + 1 < len(spans) else len(sentence)
            lo = max(lo, sentence.rfind(";", lo, m.start()) + 1)
            cut = sentence.find(";", m.end(), hi)
            clause = sentence[lo : m.start()] + " " + sentence[m.end() : cut if cut >= 0 else hi]
            if _past_clause(clause):
                value = _in_story(kind, m, story_told.value)
        if value is None and kind not in ("step", "ago"):
            window = plain[max(0, m.start() - 45) : m.end()]
            since = _since(sentence, m)  # "expected since February": a bound is behind the report, whatever the tense
            future = (bool(FUTURE.search(window)) or _modal_clause(plain, m.start())) and not since
            year = ahead if future and kind == "month" else fallback
            value = _resolve(kind, m, pub, year, future, since or bool(PAST.search(plain, max(0, m.start() - 45), m.start())))
        if kind == "rel_year" and out and out[-1].kind in ("md", "dm", "month") and 0 <= m.start() - out[-1].end <= 2:
            if value and pub and "fiscal" not in m.group().lower():  # "on 18 December last year": one date, its year
                fixed = replace(out[-1], value=value[:4] + out[-1].value[4:])
                told = Anchor(fixed.value) if told is not None and told.value == out[-1].value else told
                out[-1] = fixed
            continue
        if value and _plausible(value):
            until = _span_end(m, value) if kind == "span" else None
            out.append(DateMention(m.start(), m.end(), value, "iso" if kind == "numeric" else kind, m.group(), until,
                                   inverse))
            if _tells_time(kind, m) and not inverse and not _since(sentence, m) \
                    and not any(s <= m.start() < e for s, e in asides):
                told = Anchor(value)
    explicit = [d for d in out if d.kind in ("iso", "mdy", "dmy", "md", "dm", "slash")]
    out = [d for d in out if d.kind != "weekday" or not any(abs(x.start - d.end) < 14 or abs(d.start - x.end) < 14
                                                             for x in explicit)]
    return out, told


def _modal_clause(sentence: str, at: int) -> bool:
    """The clause a date sits in opens with a modal or a verb of intent and tells no past verb after it ("Athens and
    Paris would sign a contract for a fourth frigate on Wednesday"): the date lies ahead."""
    head = sentence[max(0, at - 120) : at]
    breaks = [b.end() for b in CLAUSE_BREAK.finditer(head)]
    clause = head[breaks[-1] :] if breaks else head
    found = list(MODAL.finditer(clause))
    if not found:
        return False
    rest = clause[found[-1].end() :]
    return not STORY_PAST.search(rest) and not _past_ed(rest)


def _since(sentence: str, m: re.Match[str]) -> bool:
    """"since February": a bound reaching up to the present, read from the report's date, never the story's."""
    return bool(SINCE.search(sentence, max(0, m.start() - 20), m.start()))


def _tells_time(kind: str, m: re.Match[str]) -> bool:
    """Whether a date sets the story's time: bounds ("since 2014"), ranges and budget years do not."""
    if kind in ("range", "name_year", "season"):
        return False
    if kind == "year":
        return bool(ANCHOR_YEAR.match(m.group()))
    if kind == "rel_year":
        return "fiscal" not in m.group().lower()
    return True


def _past_clause(clause: str) -> bool:
    """A clause told in the past ("signed", "was held"), not the future ("will sign") nor the present."""
    if STORY_FUTURE.search(clause):
        return False
    return bool(STORY_PAST.search(clause)) or _past_ed(clause)


def _past_ed(clause: str) -> bool:
    """A lower-case -ed verb that is not an adjective ("armed forces"), a perfect ("has signed") or reporting."""
    for m in PAST_ED.finditer(clause):
        prev = (m.group("prev") or "").strip().lower()
        if m.group("verb") not in NOT_PAST and prev not in NOT_PAST_BEFORE:
            return True
    return False


def _in_story(kind: str, m: re.Match[str], told: str) -> str | None:
    """A year-less date in the story's year: the told year, or the next when the month lies well before."""
    month, day = _month_day(kind, m)
    year = int(told[:4])
    if len(told) >= 7 and int(told[5:7]) - month > 6:
        year += 1  # "In December 2019 ... on 9 January": the story moves forward
    elif len(told) >= 7 and month - int(told[5:7]) > 6:
        return None  # "signed in January 2022 ... took effect on 13 August": too far on to be sure; the report's date decides
    try:
        return _ym(year, month) if day is None else date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_day(kind: str, m: re.Match[str]) -> tuple[int, int | None]:
    g = m.groups()
    if kind == "md":
        return MONTHS[g[0].lower()], int(g[1])
    if kind == "dm":
        return MONTHS[g[1].lower()], int(g[0])
    if kind == "slash":
        return int(g[1]), int(g[0])
    return MONTHS[g[1].lower()], None


def _before_other_event(sentence: str, m: re.Match[str], told_here: bool) -> bool:
    """"came into force on Sunday, nineteen months after the two sides signed it": the step dates the other
    event, back from the sentence's own (told) date; "Two weeks after the meeting, ..." at the head of a
    sentence, "two weeks later" and "after that" step forward from it."""
    if (m.groupdict().get("dir") or m.groupdict().get("dir2") or "").lower() not in ("after", "before", "prior"):
        return False
    head = bool(HEAD.match(sentence[: m.start()]))  # "But just two weeks after the vote, ..."
    return (told_here or not head) and bool(OTHER_EVENT.match(sentence, m.end()))


def _from_named_event(sentence: str, m: re.Match[str], told: Anchor | None, inverse: bool) -> bool:
    """"Days before the signing, ..." opening a paragraph steps from the event it names, the story's main one, not
    from the date the paragraph before told last (often a background one)."""
    if inverse or told is None or not told.carried or m.groupdict().get("unit") is None:
        return False
    if (m.groupdict().get("dir") or "").lower() not in ("after", "before", "prior"):
        return False
    return bool(HEAD.match(sentence[: m.start()])) and bool(OTHER_EVENT.match(sentence, m.end()))


def _stepped(m: re.Match[str], kind: str, told: Anchor | None, pub: date | None, inverse: bool = False) -> str | None:
    """A step from the told date ("two days later") or, for "ago", from the publication date; never more
    precise than its base, and a vague count ("days later") keeps only the month."""
    g = m.groupdict()
    base = (pub.isoformat() if pub else None) if kind == "ago" else (told.value if told else None)
    unit = (g.get("unit") or g.get("unit2") or g.get("unit3") or "day").lower()
    if g.get("unit3"):
        if base is None and pub and unit == "day" and "same" in m.group().lower():
            return pub.isoformat()  # "the same day" with nothing told before: the day of the report
        return _same(base, unit) if base else None
    if base is None:
        return _present_step(m, pub)
    sign, count, vague = _step_size(g, kind)
    sign = -sign if inverse else sign
    if (vague and unit in ("month", "year")) or (kind == "ago" and unit == "year"):
        return None  # "months later"; "a year ago" in December may mean this year's January or last year's
    if unit in ("day", "week"):
        days = (VAGUE_DAYS[unit] if vague else count * (7 if unit == "week" else 1)) * sign
        if len(base) < 10:
            return base
        moved = date.fromisoformat(base) + timedelta(days=days)
        rough = vague or (unit == "week" and g.get("rel"))  # "the previous week" is no one day
        return moved.isoformat()[:7] if rough else moved.isoformat()
    year = int(base[:4])
    if unit == "year":
        return str(year + sign * count)
    if len(base) < 7:
        return None  # "In 2019 ... a month later": no month to step from
    index = year * 12 + int(base[5:7]) - 1 + sign * count
    return _ym(index // 12, index % 12 + 1)


def _step_size(g: dict, kind: str) -> tuple[int, int, bool]:
    """Direction, count and vagueness of a step."""
    if g.get("rel"):
        return (-1 if g["rel"].lower() in ("previous", "preceding", "prior") else 1), 1, False
    if g.get("dir2"):
        return (-1 if g["dir2"].lower() == "before" else 1), 1, False
    sign = -1 if kind == "ago" or g["dir"].lower() in ("earlier", "before", "prior") else 1
    word = (g.get("count") or "").lower()
    if g.get("vague") or not word:
        return sign, 1, True
    return sign, int(word) if word.isdigit() else NUMBERS.get(word, 1), False


def _same(base: str, unit: str) -> str:
    """"That same day", "later that month", "that year": the told date at that unit's precision."""
    return base if unit == "day" else base[:7] if unit == "month" else base[:4]


def _present_step(m: re.Match[str], pub: date | None) -> str | None:
    """With no told date, "the next year" and "the previous month" read from the publication date."""
    g = m.groupdict()
    if not pub or not g.get("rel") or g["unit2"].lower() not in ("month", "year"):
        return None
    sign = -1 if g["rel"].lower() in ("previous", "preceding", "prior") else 1
    if g["unit2"].lower() == "year":
        return str(pub.year + sign)
    index = pub.year * 12 + pub.month - 1 + sign
    return _ym(index // 12, index % 12 + 1)


def _named(sentence: str, m: re.Match[str]) -> bool:
    """A bare year right after a capitalised name ("Talisman Sabre 2025"), not after "In" or a month."""
    if not m.group()[:1].isdigit():
        return False
    rule, not_names = _name_rules()
    head = rule.search(sentence[max(0, m.start() - 40) : m.start()])
    return bool(head) and re.sub(r"\W", "", head.group()).lower() not in not_names


@lru_cache(maxsize=1)
def _name_rules() -> tuple[re.Pattern[str], frozenset[str]]:
    data = data_file("months.yaml")
    return re.compile(data["name_year_before"]), frozenset(data["not_names"])


def _span_start(m: re.Match[str], pub: date | None, future: bool, past: bool) -> str | None:
    """The first day of a stretch; its year is the text's, or read against the publication date."""
    last = MONTHS[(m.group("m2") or m.group("m1")).lower().rstrip(".")]
    first = MONTHS[m.group("m1").lower().rstrip(".")] if m.group("m1") else last
    if m.group("y"):
        year = int(m.group("y")) - (1 if first > last else 0)
    elif pub is None:
        return None
    else:
        year = _month_year(first, pub, future, past)
    return date(year, first, int(m.group("d1"))).isoformat()


def _span_end(m: re.Match[str], start: str) -> str | None:
    """The last day of a stretch whose first day is `start`."""
    m2 = MONTHS[(m.group("m2") or m.group("m1")).lower().rstrip(".")]
    year = int(start[:4]) + (1 if m2 < int(start[5:7]) else 0)
    try:
        end = date(year, m2, int(m.group("d2")))
    except ValueError:
        return None
    return end.isoformat() if end >= date.fromisoformat(start) else None


def _season_year(word: str, first: int, pub: date, future: bool, past: bool) -> str:
    """"last summer", "this autumn", "next spring", "in the summer": the year of that season, read from the report."""
    if word == "this":
        return str(pub.year)
    over = pub.month >= first + 3  # the season has ended this year
    if word == "last":
        return str(pub.year if over else pub.year - 1)
    if word == "next" or (future and word != "last"):
        return str(pub.year if pub.month < first else pub.year + 1)
    return str(pub.year if pub.month >= first else pub.year - 1)  # "in the summer" told in the past: the last one


def _plausible(value: str) -> bool:
    return 1945 <= int(value[:4]) <= 2100


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _month_year(month: int, anchor: date, future: bool, past: bool = False) -> int:
    """A month named without a year: the next one when the sentence looks ahead, the last one when it
    looks back, else the one nearest the article's date."""
    if future:
        return anchor.year + 1 if month < anchor.month - 1 else anchor.year
    if past or month > anchor.month + 6:
        return anchor.year - 1 if month > anchor.month + 1 else anchor.year
    return anchor.year


def _resolve(kind: str, m: re.Match[str], pub: date | None, fallback: int | None, future: bool,
             past: bool = False) -> str | None:
    g = m.groups()
    anchor = pub or (date(fallback, 12, 31) if fallback else None)
    try:
        if kind == "iso":
            return date(int(g[0]), int(g[1]), int(g[2])).isoformat()
        if kind == "nth":
            if pub is None:
                return None
            day = int(g[0])
            month = pub.replace(day=1) if day <= pub.day else (pub.replace(day=1) - timedelta(days=1)).replace(day=1)
            return month.replace(day=day).isoformat()
        if kind == "numeric":
            first, second = int(g[0]), int(g[2])
            if g[1] == "/" and first <= 12:
                return None  # "03/04/2024": March 4 or 3 April, the page does not say
            return date(int(g[3]), second, first).isoformat()
        if kind == "mdy":
            return date(int(g[2]), MONTHS[g[0].lower()], int(g[1])).isoformat()
        if kind == "dmy":
            return date(int(g[2]), MONTHS[g[1].lower()], int(g[0])).isoformat()
        if kind in ("md", "dm", "slash"):
            month, day = _month_day(kind, m)
            if pub is None:
                return None  # a day with no year: nothing to resolve it against
            return date(_month_year(month, pub, future, past), month, day).isoformat()
        if kind == "month_rel_year":
            if not anchor:
                return None
            return _ym(anchor.year + {"last": -1, "this": 0, "next": 1}[g[1].lower()], MONTHS[g[0].lower()])
        if kind == "my":
            return _ym(int(g[2]), MONTHS[g[1].lower()])
        if kind == "rel_year":
            if not anchor:
                return None
            word = g[0].lower()
            return str(anchor.year + (-1 if word in ("last", "previous", "the previous") else 1 if word == "next" else 0))
        if kind in ("rel_month", "rel_week"):
            if not pub:
                return None
            word = g[0].lower()
            if kind == "rel_month" and word in ("last", "next"):
                shifted = (pub.replace(day=1) - timedelta(days=1)) if word == "last" else (pub.replace(day=28) + timedelta(days=5))
                return _ym(shifted.year, shifted.month)
            return _ym(pub.year, pub.month)
        if kind == "season":
            return _season_year(g[0].lower(), SEASONS[g[1].lower()], pub, future, past) if pub else None
        if kind == "today":
            return pub.isoformat() if pub else None
        if kind == "yesterday":
            return (pub - timedelta(days=1)).isoformat() if pub else None
        if kind == "weekday":
            if not pub:
                return None
            target = WEEKDAYS.index(g[0].lower())
            lead = m.group().lower()
            if lead.startswith("next") or (future and not lead.startswith("last")):
                return (pub + timedelta(days=(target - pub.weekday()) % 7)).isoformat()
            return (pub - timedelta(days=(pub.weekday() - target) % 7)).isoformat()
        if kind == "month":
            if not anchor:
                return None
            month = MONTHS[g[1].lower()]
            return _ym(_month_year(month, anchor, future, past) if pub else anchor.year, month)
        if kind in ("year", "range", "name_year"):
            return g[0]
        if kind == "span":
            return _span_start(m, pub, future, past)
    except (ValueError, KeyError):
        return None
    return None
def latest_full_date(text: str) -> date | None:
    """When the page has no date, the latest full date it tells (a caption's "Aug. 29, 2024") dates the story."""
    head = text[:20000]
    found = [date.fromisoformat(d.value) for d in find_dates(head, None) if d.kind in ("iso", "mdy", "dmy")
             and not re.search(r"\b(?:by|until|till|before|through)\s+$", head[max(0, d.start - 10) : d.start], re.I)]
    found = [d for d in found if d <= date.today()]  # a deadline ("by 1 March 2030") does not date a story
    return max(found) if found else None


def infer_year(text: str, present_only: bool = False) -> int | None:
    """When the page has no date, the latest year it tells in passing ("in 2024") stands in for 'this year'. With
    `present_only`, a year told only of a past event ("In August 2016, India signed ...") is left out: it is behind
    the story, and a future month ("will sign in October") must not borrow it."""
    pattern = r"(?<![\d-])(?:in|of|at|for|during|since|" + MON + r")\s+((?:19|20)\d\d)\b(?![-–]\d)"
    years = []
    for m in re.finditer(pattern, text):
        if present_only:
            lo = max(text.rfind(".", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
            hi = min((i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0), default=len(text))
            clause = text[lo : m.start()] + " " + text[m.end() : hi]
            if _past_clause(clause) and not STORY_FUTURE.search(clause):
                continue
        years.append(int(m.group(m.lastindex)))
    if not years:  # "the ongoing Hamkorlik-2021 exercise": an edition's year is the story's when nothing else tells
        years = [int(y) for y in EDITION.findall(text) if int(y) <= date.today().year]
    return max(years) if years else None
