"""Find a page's own publication date in flattened text: the date shown near the headline, not dates told in the story."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

SPACES = re.compile(r"\s+")
DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b")
WORD = re.compile(r"\w+")
# clock times, time zones and weekdays do not make a date line into a sentence
ZONE = re.compile(r"\b[A-Z]{2,4}\b")
CLOCK = re.compile(r"\b\d{1,2}[:.h]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)"
                   r"|\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
MAX_DATE_LINE_WORDS = 7  # words left on a line once its date is taken out: a dateline, not a sentence
MAX_LABELLED_LINE_WORDS = 25  # "By X | Published: ... | 4 min read" carries a date inside a longer line
PROSE_WORDS = 15
LABEL_REACH = 16  # characters allowed between a label and its date ("Posted on Monday, ")
PROSE_GUARD_WORDS = 5
LABELLED_SENTENCE_WORDS = 8  # a labelled date inside a sentence this long is part of the story  # a line with this many other words and a full stop is a sentence  # a line this long with sentence punctuation is story text
AFTER_CORE_LINES = 3  # a date line may sit just below the first paragraph
LEAD_LINES = 6  # a dated lead may follow a few highlight bullets at the top of the body
MONTH_LINE_REACH = 15  # header lines above the body searched for a month-only date line
AFTER_BODY_LINES = 4  # "Posted 1 February 2023" or "13 May 2025 | 14:02 GMT" printed just after the article
AFTER_BODY_BARE_LINES = 2  # an unlabelled date line only right below the body: further down come teasers
# A wire-style dateline with no year: "(31/1) WASHINGTON", "RIYADH, May 13 (Gulf Wire)", "TOKYO, Jan. 5 --".
# It carries no publication date, but it is never the headline either.
WIRE_DATELINE = re.compile(
    r"^(?:\(\d{1,2}/\d{1,2}\)\s+[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2}"
    r"|[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+){0,2},\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)"
    r"(?:\s*\([^()]{2,40}\))?"
    # "Tashkent, Uzbekistan, Aug. 21": a title-case place and country before a day without its year
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*(?:,\s+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
    r"\s*(?:--|—|–|-|:)?$")
MIN_YEAR, MAX_YEAR = 1990, 2100
# A time zone on the line tells how an ambiguous "3/7/2023" is ordered: day first in Europe, India, Africa,
# Australia and Asia, month first in North America ("3/7/2023 10:15 IST" is 3 July, "3/7/2023 9:00 ET" 7 March).
DAY_FIRST_ZONES = re.compile(r"\b(?:IST|BST|GMT|UTC|CET|CEST|EET|EEST|WET|SAST|EAT|WAT|CAT|PKT|AEST|AEDT|ACST|AWST"
                             r"|NZST|NZDT|WIB|SGT|MYT|PHT|ICT|GST|AST)\b")
MONTH_FIRST_ZONES = re.compile(r"\b(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|AKST|HST)\b")
# A lead paragraph opened by its date and a dash ("16 April 2024 – Today the minister ...", press-release
# style, optionally after an upper-case place): the date is the page's own, though the line is prose.
# The place may carry a state ("RESTON, Va., Jan. 25, 2023 /Wire/ -- ...").
LEAD_PLACE = re.compile(r"^(?:[A-Z][A-Z.'’ -]{1,40},\s*(?:[A-Z][a-z]{1,4}\.(?:\s?[A-Z][a-z]?\.)?,\s*)?"
                        r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*)?")
# After the date: a wire tag ("/PRNewswire/"), then a dash, colon or semicolon ("15 Dec 2022; OUTLET: ...").
LEAD_DASH = re.compile(r"^\s*(?:/[\w -]{2,30}/\s*)?(?:[–—;]|--?|:)\s+[^\d\s]")  # not a date range ("3 - 5 May")
# Or the date closes a parenthesised source tag after the place ("DUBAI, (Agency - 19th Nov, 2019) The ...").
LEAD_TAG = re.compile(r"^\(([^()]{0,60}?)\)\s+[^\d\s]")
# An embedded post's signature ("— A. Name (@handle) May 3, 2024") dates the post, not the page.
QUOTED_POST = re.compile(r"^\s*[—–-]|\(@\w+\)|@\w{2,}")


@dataclass(frozen=True)
class Candidate:
    """One date seen on a line, with how strongly the line says it is the page's date."""

    line: int
    iso: str
    strength: int  # 3 labelled published, 2 a line that is mostly a date, 1 labelled updated


@lru_cache(maxsize=1)
def _vocabulary() -> tuple[dict[str, int], tuple[str, ...], tuple[str, ...]]:
    with (DATA_DIR / "months.yaml").open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    months = {name: int(num) for num, names in data["months"].items() for name in names}
    return months, tuple(data["published_labels"]), tuple(data["updated_labels"])


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    months, _, _ = _vocabulary()
    month = "(?P<mon>" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + r")\.?"
    day = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})"
    return (
        re.compile(rf"(?<!\d){year}-(?P<mm>\d{{1,2}})-(?P<day>\d{{1,2}})(?!\d)"),
        re.compile(rf"(?<!\d){year}[./](?P<mm>\d{{1,2}})[./](?P<day>\d{{1,2}})(?!\d)"),
        re.compile(rf"(?<![\w.]){day}\.?\s+(?:de\s+|of\s+)?{month},?\s+(?:de\s+)?{year}(?!\d)", re.IGNORECASE),
        re.compile(rf"(?<!\w){month}\s+{day},?\s+{year}(?!\d)", re.IGNORECASE),
        re.compile(rf"(?<![\d.]){day}\.(?P<mm>\d{{1,2}})\.{year}(?!\d)"),
        re.compile(rf"(?<![\w.-]){day}-{month}-{year}(?!\d)", re.IGNORECASE),  # 23-Aug-2025
        # 21/06/2014 or 06/21/2014: read only when one of the two numbers cannot be a month
        re.compile(rf"(?<![\d/])(?P<first>\d{{1,2}})/(?P<second>\d{{1,2}})/{year}(?![\d/])"),
    )


def _to_iso(match: re.Match[str], order: str | None = None) -> str | None:
    months, _, _ = _vocabulary()
    parts = match.groupdict()
    try:
        year = int(parts["year"])
        if parts.get("first"):
            first, second = int(parts["first"]), int(parts["second"])
            if first > 12 and second > 12:
                return None
            if first <= 12 and second <= 12:
                if order is None:
                    return None  # 03/04/2021 could be either order
                day, month = (first, second) if order == "dmy" else (second, first)
            else:
                day, month = (first, second) if first > 12 else (second, first)
        else:
            month = int(parts["mm"]) if parts.get("mm") else months[parts["mon"].lower().rstrip(".")]
            day = int(parts["day"])
        if not MIN_YEAR <= year <= MAX_YEAR:
            return None
        return date(year, month, day).isoformat()
    except (KeyError, TypeError, ValueError):
        return None


def dates_in_line(line: str) -> list[tuple[str, tuple[int, int]]]:
    """Every date written in a line, as ISO strings with their spans (first pattern wins a span)."""
    found: list[tuple[str, tuple[int, int]]] = []
    order = "dmy" if DAY_FIRST_ZONES.search(line) else "mdy" if MONTH_FIRST_ZONES.search(line) else None
    for pattern in _patterns():
        for match in pattern.finditer(line):
            span = match.span()
            if any(span[0] < end and start < span[1] for _, (start, end) in found):
                continue
            iso = _to_iso(match, order)
            if iso:
                found.append((iso, span))
    return sorted(found, key=lambda item: item[1])


@lru_cache(maxsize=1)
def _glued_month() -> re.Pattern[str]:
    """A capitalised month name glued to the word before it ("By U.S. ArmySeptember 19, 2018")."""
    months, _, _ = _vocabulary()
    names = sorted({m.capitalize() for m in months if len(m) >= 3 and m.isalpha()}, key=len, reverse=True)
    month = "(?:" + "|".join(map(re.escape, names)) + ")"
    # "By U.S. ArmySeptember 19, 2018" (month glued) and "A. Writer19 May 2023" (day glued)
    return re.compile(r"(?<=[a-z)])(?=" + month + r"\.?\s+\d)|(?<=[a-z)])(?=\d{1,2}(?:st|nd|rd|th)?\s+" + month + r"\b)")


def unglue_months(line: str) -> str:
    """Put back the space flattening took out between a byline and its date (month or day first)."""
    return _glued_month().sub(" ", line)


def dated_lead(line: str) -> str | None:
    """The date that opens a lead paragraph before a dash ("3 May 2024 – Today ..."), else None."""
    place = LEAD_PLACE.match(line)
    offset = place.end() if place else 0
    tag = LEAD_TAG.match(line[offset:])
    if tag:
        inside = dates_in_line(tag.group(1))
        if inside and inside[-1][1][1] == len(tag.group(1).rstrip()):
            return inside[-1][0]
        return None
    found = dates_in_line(line[: offset + 40])
    if not found:
        return None
    iso, (start, end) = found[0]
    if start != offset or not LEAD_DASH.match(line[end:]):
        return None
    return iso


def _labels(low: str, labels: tuple[str, ...], date_start: int) -> bool:
    """Whether a label ("Published", "Updated") stands just before the date, as in "Published on 3 May"."""
    for label in labels:
        at = low.rfind(label, 0, date_start)
        if at >= 0 and date_start - (at + len(label)) <= LABEL_REACH:
            return True
    return False


def _candidates(lines: list[str]) -> list[Candidate]:
    _, published, updated = _vocabulary()
    out = []
    for index, line in enumerate(lines):
        if not any(ch.isdigit() for ch in line[:400]):
            continue
        sample = unglue_months(line[:400])
        found = dates_in_line(sample)
        if not found:
            continue
        low = sample.lower()
        iso, (start, end) = found[0]
        rest = len(WORD.findall(CLOCK.sub(" ", ZONE.sub(" ", sample[:start] + " " + sample[end:]))))
        sentence = rest >= PROSE_GUARD_WORDS and bool(SENTENCE_END.search(sample))
        if dated_lead(sample):
            out.append(Candidate(index, iso, 2))
            continue
        if sentence and rest >= LABELLED_SENTENCE_WORDS:
            continue  # "The study, published on 3 May 2021 by ..., found ...": the story, not the page
        if _labels(low, published, start) and rest <= MAX_LABELLED_LINE_WORDS:
            out.append(Candidate(index, iso, 3))
        elif _labels(low, updated, start) and rest <= MAX_LABELLED_LINE_WORDS:
            out.append(Candidate(index, iso, 1))
        elif rest <= MAX_DATE_LINE_WORDS and not sentence:
            # a short sentence that mentions a date is not a dateline
            out.append(Candidate(index, iso, 2))

    return out


def is_date_line(line: str) -> bool:
    """Whether a line is a dateline or a published/updated stamp rather than a headline or text."""
    return bool(WIRE_DATELINE.match(line.strip())) or bool(_candidates([line]))


def first_prose_line(lines: list[str]) -> int | None:
    """Where the story probably starts: the first long line with sentence punctuation."""
    for index, line in enumerate(lines):
        if len(WORD.findall(line[:2000])) >= PROSE_WORDS and re.search(r"[.!?]", line[:2000]):
            return index
    return None


def find_date_in_lines(lines: list[str], core_start: int | None, core_end: int | None = None) -> str | None:
    """The publication date among normalised lines, given where the article body starts (and ends): the header
    region first, then a stamp printed just after the body."""
    start = core_start if core_start is not None else first_prose_line(lines)
    limit = len(lines) if start is None else start + AFTER_CORE_LINES
    candidates = [c for c in _candidates(lines[: max(limit, 0)])]
    if not candidates and start is not None:
        # a press release opens after a few bullet highlights: its dated lead ("CITY, Jan. 25, 2023 /Wire/ --")
        leads = [(i, dated_lead(lines[i][:200])) for i in range(max(limit, 0), min(len(lines), start + LEAD_LINES))]
        candidates = [Candidate(i, iso, 2) for i, iso in leads if iso][:1]
    if not candidates:
        if start is None:
            return None
        return _after_body(lines, core_end) or _month_line(lines[max(0, start - MONTH_LINE_REACH): max(limit, 0)])
    best = max(c.strength for c in candidates if c.strength != 1) if any(c.strength != 1 for c in candidates) else 1
    pool = [c for c in candidates if c.strength == best]
    if start is None:
        return pool[0].iso
    if best == 1:  # only "Updated ..." above the body: a "Published ..." stamp below it is the first date
        below = _after_body(lines, core_end, labelled_only=True)
        if below:
            return below
    before = [c for c in pool if c.line <= start]
    # nearest to the body start: dates higher up belong to menus and sidebars
    return (before[-1] if before else pool[0]).iso


@lru_cache(maxsize=1)
def _month_pattern() -> re.Pattern[str]:
    months, published, _ = _vocabulary()
    month = "(?P<mon>" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + r")\.?"
    label = "(?:" + "|".join(re.escape(p.rstrip(":")) for p in published) + r")?\s*(?:on)?\s*:?\s*"
    return re.compile(rf"^{label}{month},?\s+(?P<year>\d{{4}})$", re.IGNORECASE)


def _month_line(lines: list[str]) -> str | None:
    """A line that is only a month and year ("July 2024") above the body: the page's date at month precision."""
    months, _, _ = _vocabulary()
    found = [(i, _month_pattern().match(line.strip())) for i, line in enumerate(lines)]
    found = [(i, m) for i, m in found if m and MIN_YEAR <= int(m.group("year")) <= MAX_YEAR]
    if len(found) != 1:
        return None  # "July 2024 / June 2024 / ..." is a blog's archive list, not a date line
    match = found[0][1]
    return f"{match.group('year')}-{months[match.group('mon').lower().rstrip('.')]:02d}"


def _after_body(lines: list[str], core_end: int | None, labelled_only: bool = False) -> str | None:
    """A date stamp in the few lines after the body: a labelled one, or a bare date line right below it."""
    if core_end is None or core_end < 0:
        return None
    window = lines[core_end : core_end + AFTER_BODY_LINES]
    found = [replace(c, line=c.line + core_end) for c in _candidates(window)]
    if labelled_only:
        return next((c.iso for c in found if c.strength == 3), None)
    found = [c for c in found if c.strength != 2 or (c.line < core_end + AFTER_BODY_BARE_LINES
                                                     and not QUOTED_POST.search(lines[c.line]))]
    if not found:
        return None
    best = max(c.strength for c in found if c.strength != 1) if any(c.strength != 1 for c in found) else 1
    return next(c.iso for c in found if c.strength == best)


def find_published_date(text: str) -> str | None:
    """The page's publication date as YYYY-MM-DD, or None when the page does not show one."""
    if not isinstance(text, str) or not text.strip():
        return None
    lines = [SPACES.sub(" ", raw).strip() for raw in text.splitlines()[:200_000]]
    lines = [line for line in lines if line]
    if lines:
        header = DATE_HEADER.match(lines[0])
        if header:
            try:
                return date.fromisoformat(header.group(1)).isoformat()
            except ValueError:
                pass
    return find_date_in_lines(lines, None)
