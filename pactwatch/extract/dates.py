"""Dates told in a sentence, resolved against the article's date only as precisely as the text allows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

MONTHS = {m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"])}
MONTHS.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
               "oct": 10, "nov": 11, "dec": 12})
FOLLOWING = re.compile(r"\b(?:the following|the next|a) (month|year)(?: later)?\b", re.I)
PAST = re.compile(r"\b(?:was|were|had|did|took|held|met|began|came|went|won|(?!(?:scheduled|expected|planned|set|due)\b)\w+ed)\b",
                  re.I)  # a past verb before a bare month: "entered into force on 11 October" looks back
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MON = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
FUTURE = re.compile(r"\b(?:will|to be|plans? to|set to|due to|is to|are to|going to|scheduled|expected|as early as|next|"
                    r"upcoming|later)\b", re.I)

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(20\d\d|19\d\d)-(\d\d)-(\d\d)\b")),
    ("mdy", re.compile(MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b")),
    ("dmy", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + MON + r",?\s+(\d{4})\b")),
    ("md", re.compile(r"\b" + MON + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d{4})(?![\d:])")),
    ("dm", re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + MON + r"\b(?!,?\s+\d{4})")),
    ("slash", re.compile(r"\((\d{1,2})/(\d{1,2})\)")),
    ("month_rel_year", re.compile(r"\b(?:in\s+)?" + MON + r"\s+(last|this|next)\s+year\b", re.I)),
    ("my", re.compile(r"\b(?:(early|mid|late|the end of|end of|the beginning of)[\s-]+)?" + MON + r",?\s+(\d{4})\b", re.I)),
    ("rel_year", re.compile(r"\b(last|this|next|earlier this|later this|previous|the previous|the current)\s+(year|fiscal year)\b", re.I)),
    ("rel_month", re.compile(r"\b(last|this|next|earlier this|later this)\s+month\b", re.I)),
    ("rel_week", re.compile(r"\b(last|this|next|earlier this|later this|earlier in the|later in the)\s+week\b", re.I)),
    ("today", re.compile(r"\b(today|this morning|this afternoon|this evening|tonight|on the day|the same day)\b", re.I)),
    ("yesterday", re.compile(r"\byesterday\b", re.I)),
    ("weekday", re.compile(r"\b(?:on\s+|last\s+|next\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")),
    ("month", re.compile(r"\b(?:(early|mid|late|the end of|end of)[\s-]+)?" + MON + r"\b(?![\s,]+\d)")),
    ("range", re.compile(r"\b((?:19|20)\d\d)\s?[-–]\s?(?:19|20)?\d\d\b")),
    ("year", re.compile(r"\b(?:(?:in|since|by|from|until|of|for|fiscal|FY|early|late|mid)[\s-]+)?((?:19|20)\d\d)\b(?![-–/]\d)")),
]


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: str  # YYYY, YYYY-MM or YYYY-MM-DD
    kind: str
    text: str


def find_dates(sentence: str, published: date | None, fallback_year: int | None = None) -> list[DateMention]:
    """Date expressions in a sentence with their resolved value; ones that need a missing anchor are dropped."""
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(sentence):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            future = bool(FUTURE.search(sentence[max(0, m.start() - 45) : m.end()]))
            past = bool(PAST.search(sentence[max(0, m.start() - 45) : m.start()]))
            if kind == "month" and m.group(2) in ("May", "Mar") and not m.group(1):
                continue  # "may" the verb and "Mar" the abbreviation are too often not months
            value = _resolve(kind, m, published, fallback_year, future, past)
            if value and _plausible(value):
                taken.append((m.start(), m.end()))
                out.append(DateMention(m.start(), m.end(), value, kind, m.group()))
    for m in FOLLOWING.finditer(sentence):
        prior = [d for d in out if d.end <= m.start()]
        if prior and not any(s < m.end() and m.start() < e for s, e in taken):
            out.append(DateMention(m.start(), m.end(), _step(max(prior, key=lambda d: d.end).value, m.group(1).lower()),
                                   "following", m.group()))
    explicit = [d for d in out if d.kind in ("iso", "mdy", "dmy", "md", "dm", "slash")]
    out = [d for d in out if d.kind != "weekday" or not any(abs(x.start - d.end) < 14 or abs(d.start - x.end) < 14
                                                             for x in explicit)]
    return sorted(out, key=lambda d: d.start)


def _step(value: str, unit: str) -> str:
    """The month or year after a told date, at the precision the phrase gives."""
    year = int(value[:4])
    if unit == "year":
        return str(year + 1)
    month = int(value[5:7]) if len(value) >= 7 else 12
    return _ym(year + (month == 12), month % 12 + 1) if len(value) >= 7 else str(year + 1)


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
        if kind == "mdy":
            return date(int(g[2]), MONTHS[g[0].lower()], int(g[1])).isoformat()
        if kind == "dmy":
            return date(int(g[2]), MONTHS[g[1].lower()], int(g[0])).isoformat()
        if kind in ("md", "dm", "slash"):
            if kind == "md":
                month, day = MONTHS[g[0].lower()], int(g[1])
            elif kind == "dm":
                month, day = MONTHS[g[1].lower()], int(g[0])
            else:
                day, month = int(g[0]), int(g[1])
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
        if kind in ("year", "range"):
            return g[0]
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


def infer_year(text: str) -> int | None:
    """When the page has no date, the latest year it tells in passing ("in 2024") stands in for 'this year'."""
    pattern = r"(?<![\d-])(?:in|of|at|for|during|since|" + MON + r")\s+((?:19|20)\d\d)\b(?![-–]\d)"
    years = [int(m.group(m.lastindex)) for m in re.finditer(pattern, text)]
    return max(years) if years else None
