"""Keep only the article of a page that was already flattened to text (one block per line).

The cascade, in the order it runs:
1. Split into lines, whitespace-normalise, drop empty ones; take a leading " date YYYY-MM-DD " header
   off the first line. At most MAX_LINES lines and MAX_LINE_CHARS characters per line are considered
   (the result then says `cleaner="flat:capped"`).
2. Score every line (flat_features.prose_score): long lines with sentence punctuation and function
   words score high, menus, counters, share widgets, bylines, captions and known boilerplate phrases
   (data/boilerplate_flat.yaml) score low.
3. Find the article core (clean/flat_core.py): the densest run of prose inside the first strong
   section (comments and related-story blocks after it never win), joined across inline widgets,
   cut at long prose-free gaps, with cut-off lead paragraphs and announced lists taken back.
4. Drop furniture left inside the core (credits, captions, counters, inline "Read more:" promotions).
5. Headline (clean/headline.py), outlet (clean/outlet.py) and publication date (clean/dates.py) are
   read from the lines around the core.
"""


from __future__ import annotations

import hashlib
import re
from dataclasses import replace

from pactwatch.clean.dates import find_date_in_lines
from pactwatch.clean.flat_core import find_core
from pactwatch.clean.flat_features import (
    LineFeatures,
    guess_stopwords,
    line_features,
    load_rules,
    prose_score,
    strip_trailing_credit,
)
from pactwatch.clean.headline import find_headline
from pactwatch.clean.outlet import find_outlet
from pactwatch.model import Article

MAX_LINES = 200_000  # a 50 MB dump is cut here; news pages have a few thousand lines at most
MAX_LINE_CHARS = 100_000
HEADLINE_CASE_WORDS = (4, 25)  # a headline in title case opening the body ("To Be a Peacemaker, Trump Must ...")
HEADLINE_CASE_RATIO = 0.7  # share of capitalised words; prose has far fewer
INNER_WORD = re.compile(r"(?<![.:!?\"“])\s(\w+)")  # a word inside a sentence, not opening one
# " date 2024-07-03 " header; a page that only tells the month has "date 2024-07" (kept at month precision)
DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?)(?![\d-])\s*(.*)$", re.DOTALL)
SPACES = re.compile(r"\s+")
INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]")  # zero-width characters and soft hyphens


def normalise(text: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space."""
    return SPACES.sub(" ", INVISIBLE.sub("", text)).strip()


def article_id(body: str, source: str, raw: str) -> str:
    """A stable id: the hash of the normalised body, or of source and text when there is no body."""
    basis = normalise(body) if body.strip() else f"{source}\n{raw}"
    return hashlib.sha256(basis.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def split_lines(text: str) -> tuple[list[str], str | None, bool]:
    """Non-empty normalised lines, the header date if the page carries one, and whether we capped."""
    raw_lines = text.splitlines()
    capped = len(raw_lines) > MAX_LINES
    header_date = None
    lines: list[str] = []
    for raw in raw_lines[:MAX_LINES]:
        if len(raw) > MAX_LINE_CHARS:
            raw, capped = raw[:MAX_LINE_CHARS], True
        line = normalise(raw)
        if not line:
            continue
        if not lines and header_date is None:
            match = DATE_HEADER.match(line)
            if match:
                header_date, line = match.group(1), match.group(2).strip()
                if not line:
                    continue
        lines.append(line)
    return lines, header_date, capped


def _empty_reason(lines: list[str], feats: list[LineFeatures]) -> str:
    if not lines:
        return "empty text"
    if not any(f.ends_sentence or f.sentences for f in feats):
        return "no sentence punctuation: the text looks like a menu or a list, not an article"
    if all(f.words < 10 for f in feats):
        return "only short lines (menus, labels): no article body found"
    return "no run of article prose found"


def _opens_with_headline(feats: list[LineFeatures], kept: tuple[int, ...], stops: frozenset[str]) -> bool:
    """A short first body line in headline case, with prose after it: the headline, not a paragraph.

    Names make prose capitalised too ("ISLAMABAD: Inaugural meeting of South Africa-Pakistan Joint Defence
    Committee held ..."); only headline case capitalises a function word inside a sentence ("Trump Must Be").
    """
    if len(kept) < 2:
        return False
    f = feats[kept[0]]
    if not (HEADLINE_CASE_WORDS[0] <= f.words <= HEADLINE_CASE_WORDS[1] and f.title_ratio >= HEADLINE_CASE_RATIO
            and not f.bullet and not f.caption):
        return False
    inner = [m.group(1) for m in INNER_WORD.finditer(f.text)]
    return any(w[:1].isupper() and w.lower() in stops for w in inner)


def clean_flat(text: str, source: str, doc: str) -> Article:
    """Turn one flattened page into an Article holding only its headline, date, outlet and body."""
    if not isinstance(text, str):
        text = ""
    lines, header_date, capped = split_lines(text)
    cleaner = "flat:capped" if capped else "flat"
    rules = load_rules()
    feats = line_features(lines, rules)
    has_stopwords = any(f.stop_ratio > 0 for f in feats)
    scores = [prose_score(f, has_stopwords) for f in feats]
    punctuated = any(f.ends_sentence or f.sentences for f in feats)
    core = find_core(feats, scores) if punctuated else None
    body_end = max(core.kept) + 1 if core and core.kept else None  # a stamp may follow the last kept line
    published = header_date or find_date_in_lines(lines, core.start if core else None, body_end)
    title = find_headline(lines, feats, core.start if core else None)
    if core is not None and title is None and _opens_with_headline(feats, core.kept, guess_stopwords(lines, rules)):
        # the core took in the headline (no line above it): a title-cased first line is the headline
        title, core = lines[core.kept[0]], replace(core, start=core.kept[1], kept=core.kept[1:])
    if core is None:
        reason = _empty_reason(lines, feats)
        if capped:
            reason += f" (input capped: at most {MAX_LINES} lines of at most {MAX_LINE_CHARS} characters considered)"
        return Article(
            id=article_id("", source, text),
            source=source,
            doc=doc,
            title=title,
            published=published,
            outlet=find_outlet(lines, None, title),
            url=None,
            paragraphs=(),
            text="",
            empty_reason=reason,
            cleaner=cleaner,
        )
    paragraphs = tuple(strip_trailing_credit(lines[i], rules) for i in core.kept)
    body = "\n\n".join(paragraphs)
    return Article(
        id=article_id(body, source, text),
        source=source,
        doc=doc,
        title=title,
        published=published,
        outlet=find_outlet(lines, core.start, title),
        url=None,
        paragraphs=paragraphs,
        text=body,
        empty_reason=None,
        cleaner=cleaner,
    )
