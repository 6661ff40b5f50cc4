"""Keep only the article of a page that was already flattened to text (one block per line).

The cascade, in the order it runs:
1. Split into lines, whitespace-normalise, drop empty ones; take a leading " date YYYY-MM-DD " header
   off the first line. At most MAX_LINES lines and MAX_LINE_CHARS characters per line are considered
   (the result then says `cleaner="flat:capped"`).
2. Score every line (flat_features.prose_score): long lines with sentence punctuation and function
   words score high, menus, counters, share widgets, bylines, captions and known boilerplate phrases
   (data/boilerplate_flat.yaml) score low.
3. Split the page at section openers ("More from ...", "Related", "Comments", ...) and, inside each part,
   take the run of lines with the largest score sum (the densest run of prose: the article core).
   Short lines between paragraphs (subheads, list items) stay when the prose around them carries them.
4. Drop furniture left inside the core (credits, captions, counters, inline "Read more:" promotions).
5. Headline (clean/headline.py), outlet (clean/outlet.py) and publication date (clean/dates.py) are
   read from the lines around the core.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from pactwatch.clean.dates import find_date_in_lines
from pactwatch.clean.flat_features import (
    HARD_SECTION,
    SOFT_SECTION,
    LineFeatures,
    line_features,
    load_rules,
    prose_score,
)
from pactwatch.clean.headline import find_headline
from pactwatch.clean.outlet import find_outlet
from pactwatch.model import Article

MAX_LINES = 200_000  # a 50 MB dump is cut here; news pages have a few thousand lines at most
MAX_LINE_CHARS = 100_000
MIN_CORE_SCORE = 1.0
STRONG_CORE = 4.0  # about two full paragraphs
SHARE_OF_BEST = 0.3
WIDGET_GAP = 8  # lines of teasers a related-stories widget inside an article may hold
JOIN_SCORE = 3.0  # prose needed on the far side of a widget to carry the article across it
JOIN_SHARE = 0.6  # ... and it must be mostly prose lines, not a teaser list
GAP_LINES = 5
MAX_ITEM_WORDS = 40  # list items announced by "...:" at the article's end
MIN_LIST_ITEMS, MAX_LIST_ITEMS = 2, 200  # this many lines in a row without prose end the article  # below this the best run is a stray sentence, not an article
DATE_HEADER = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*(.*)$", re.DOTALL)
SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Section:
    """Lines lo..hi between two section openers, their densest run, and the kinds of the openers."""

    lo: int
    hi: int
    start: int
    end: int
    total: float
    opener: int  # kind of the opener line just before lo (0 at the page top)
    closer: int  # kind of the opener line at hi (HARD_SECTION at the page end)


@dataclass(frozen=True)
class Core:
    """The article core: a half-open range of line indexes and the lines kept inside it."""

    start: int
    end: int
    kept: tuple[int, ...]


def normalise(text: str) -> str:
    """Collapse every run of whitespace (including no-break spaces) to one space."""
    return SPACES.sub(" ", text).strip()


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


def best_run(scores: list[float], lo: int, hi: int) -> tuple[int, int, float]:
    """The contiguous run of scores[lo:hi] with the largest sum (Kadane)."""
    best = (lo, lo, 0.0)
    start, total = lo, 0.0
    for i in range(lo, hi):
        if total <= 0:
            start, total = i, 0.0
        total += scores[i]
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def _positive_share(scores: list[float], start: int, end: int) -> float:
    """Share of a run's lines that are prose: high for paragraphs, low for headline+standfirst teasers."""
    return sum(1 for s in scores[start:end] if s > 0) / max(end - start, 1)


def split_sections(scores: list[float], feats: list[LineFeatures]) -> list[Section]:
    """Cut the page at section openers; each part gets its densest run."""
    sections, lo = [], 0
    kinds = [f.section_start for f in feats]
    for i, kind in enumerate([*kinds, HARD_SECTION]):
        if kind:
            if i > lo:
                start, end, total = best_run(scores, lo, i)
                opener = kinds[lo - 1] if lo > 0 else 0
                sections.append(Section(lo, i, start, end, total, opener, kind if i < len(kinds) else HARD_SECTION))
            lo = i + 1
    return sections


def choose_run(scores: list[float], feats: list[LineFeatures]) -> tuple[list[tuple[int, int]], float]:
    """The article's run: the densest run of the first strong section, joined across inline widgets.

    Section openers split the page. The article comes before the comments and related-story blocks
    that follow it, which are often longer, so a later section wins only when the earlier ones hold
    no run that is both a real article (STRONG_CORE) and a fair share of the best run on the page.
    A soft opener ("Related articles", "Trending") is often a widget inside the article: when strong
    prose starts right after it (or ends right before it), the run goes on across it.
    """
    sections = split_sections(scores, feats)
    if not sections:
        return [], 0.0
    for k, sec in enumerate(sections):
        # a comment thread after a real article is never the article, however long it runs
        if sec.total >= STRONG_CORE and sec.closer == HARD_SECTION:
            sections = sections[: k + 1]
            break
    top = max(sec.total for sec in sections)
    pick = next((k for k, sec in enumerate(sections) if sec.total >= STRONG_CORE and sec.total >= SHARE_OF_BEST * top),
                max(range(len(sections)), key=lambda k: sections[k].total))
    chosen = sections[pick]
    start, end = chosen.start, chosen.end
    runs = [(start, end)]
    total = chosen.total
    k = pick
    while k + 1 < len(sections):  # forwards across soft openers
        cur, nxt = sections[k], sections[k + 1]
        if cur.closer != SOFT_SECTION or end < cur.hi - WIDGET_GAP or nxt.start - nxt.lo > WIDGET_GAP:
            break
        if not _joins(scores, (nxt.start, nxt.end)):
            break
        runs.append((nxt.start, nxt.end))
        end, total, k = nxt.end, total + nxt.total, k + 1
    k = pick
    while k > 0:  # backwards across soft openers
        cur, prev = sections[k], sections[k - 1]
        if cur.opener != SOFT_SECTION or start - cur.lo > WIDGET_GAP or prev.hi - prev.end > WIDGET_GAP:
            break
        if not _joins(scores, (prev.start, prev.end)):
            break
        runs.insert(0, (prev.start, prev.end))
        start, total, k = prev.start, total + prev.total, k - 1
    return runs, total


def _split_at_gaps(scores: list[float], start: int, end: int) -> list[tuple[int, int]]:
    """Cut a run where GAP_LINES or more lines in a row carry no prose (tag lists, bylines, menus)."""
    pieces, piece_start, negatives = [], start, 0
    for i in range(start, end):
        if scores[i] > 0:
            if negatives >= GAP_LINES and i - negatives > piece_start:
                pieces.append((piece_start, i - negatives))
                piece_start = i
            negatives = 0
        else:
            negatives += 1
    pieces.append((piece_start, end - negatives if end - negatives > piece_start else end))
    return pieces


def _joins(scores: list[float], piece: tuple[int, int]) -> bool:
    """Whether a piece beyond a gap still reads as the article: several lines, mostly prose."""
    positives = sum(1 for s in scores[piece[0] : piece[1]] if s > 0)
    total = sum(scores[piece[0] : piece[1]])
    return positives >= 2 and total >= JOIN_SCORE and _positive_share(scores, *piece) >= JOIN_SHARE


def refine(scores: list[float], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep the densest piece of the runs and the pieces around it that still read as the article.

    Kadane absorbs a teaser list after the article when each teaser nets a little prose; a long gap
    without prose, or a run of short teasers, is where the article really ends.
    """
    pieces = [piece for run in runs for piece in _split_at_gaps(scores, *run)]
    if len(pieces) <= 1:
        return pieces
    anchor = max(range(len(pieces)), key=lambda k: sum(scores[pieces[k][0] : pieces[k][1]]))
    lo = hi = anchor
    while hi + 1 < len(pieces) and _joins(scores, pieces[hi + 1]):
        hi += 1
    while lo > 0 and _joins(scores, pieces[lo - 1]):
        lo -= 1
    return pieces[lo : hi + 1]


def recover_lead(scores: list[float], runs: list[tuple[int, int]], floor: int) -> list[tuple[int, int]]:
    """Take back opening paragraphs that a caption or a share bar cut off from the rest of the article."""
    while runs:
        start = runs[0][0]
        end = start
        while end > floor and scores[end - 1] <= 0 and start - end < GAP_LINES:
            end -= 1
        if end in (start, floor) or scores[end - 1] <= 0:
            break
        lead_start = end
        while lead_start > floor and scores[lead_start - 1] > 0:
            lead_start -= 1
        if not _joins(scores, (lead_start, end)):
            break
        runs = [(lead_start, end), *runs]
    return runs


LIST_SEPARATORS = (" -- ", " — ", " – ", " - ", ": ", " | ", "\t")


def _item_shape(f: LineFeatures) -> tuple[str, str] | None:
    """How a list item is built: what it starts with and which separator it uses."""
    if f.furniture or f.section_start or f.caption or not 1 <= f.words <= MAX_ITEM_WORDS:
        return None
    first = f.text.split(" ", 1)[0]
    kind = "bullet" if f.bullet else "digit" if any(ch.isdigit() for ch in first) else (
        "upper" if first[:1].isupper() else "other")
    separator = next((sep for sep in LIST_SEPARATORS if sep in f.text), "")
    return kind, separator


def extend_list(feats: list[LineFeatures], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Keep a list the article announces with a colon ("Tour dates:") when its items share one shape."""
    if not runs:
        return runs
    end = runs[-1][1]
    intro = end if end < len(feats) and feats[end].text.endswith(":") else end - 1
    if intro < 0 or intro >= len(feats) or not feats[intro].text.endswith(":") or feats[intro].section_start:
        return runs
    shape = _item_shape(feats[intro + 1]) if intro + 1 < len(feats) else None
    if shape is None:
        return runs
    stop = intro + 1
    while stop < len(feats) and stop - intro <= MAX_LIST_ITEMS and _item_shape(feats[stop]) == shape:
        stop += 1
    if stop - intro - 1 < MIN_LIST_ITEMS:
        return runs
    return [*runs[:-1], (runs[-1][0], max(stop, runs[-1][1]))]


def section_floor(feats: list[LineFeatures], index: int) -> int:
    """The first line after the nearest section opener above a line (0 at the page top)."""
    for i in range(index - 1, -1, -1):
        if feats[i].section_start:
            return i + 1
    return 0


def keep_inside(feats: list[LineFeatures], runs: list[tuple[int, int]]) -> tuple[int, ...]:
    """Lines of the core that are text: furniture, captions and stray labels inside it are dropped."""
    kept = []
    for i in (i for start, end in runs for i in range(start, end)):
        f = feats[i]
        if f.furniture or f.section_start or f.caption:
            continue
        if f.repeats > 1 and f.words < 15:
            continue
        if f.words < 2 and not f.bullet:
            continue
        kept.append(i)
    return tuple(kept)


def find_core(feats: list[LineFeatures], scores: list[float]) -> Core | None:
    """The article core, or None when no run of prose is strong enough."""
    runs, total = choose_run(scores, feats)
    if total < MIN_CORE_SCORE:
        return None
    runs = refine(scores, runs)
    runs = recover_lead(scores, runs, section_floor(feats, runs[0][0]))
    runs = extend_list(feats, runs)
    kept = keep_inside(feats, runs)
    if not kept:
        return None
    return Core(start=runs[0][0], end=runs[-1][1], kept=kept)


def _empty_reason(lines: list[str], feats: list[LineFeatures]) -> str:
    if not lines:
        return "empty text"
    if not any(f.ends_sentence or f.sentences for f in feats):
        return "no sentence punctuation: the text looks like a menu or a list, not an article"
    if all(f.words < 10 for f in feats):
        return "only short lines (menus, labels): no article body found"
    return "no run of article prose found"


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
    published = header_date or find_date_in_lines(lines, core.start if core else None)
    outlet = find_outlet(lines, core.start if core else None)
    if core is None:
        reason = _empty_reason(lines, feats)
        if capped:
            reason += f" (only the first {MAX_LINES} lines were considered)"
        return Article(
            id=article_id("", source, text),
            source=source,
            doc=doc,
            title=find_headline(lines, feats, None),
            published=published,
            outlet=outlet,
            url=None,
            paragraphs=(),
            text="",
            empty_reason=reason,
            cleaner=cleaner,
        )
    paragraphs = tuple(lines[i] for i in core.kept)
    body = "\n\n".join(paragraphs)
    return Article(
        id=article_id(body, source, text),
        source=source,
        doc=doc,
        title=find_headline(lines, feats, core.start),
        published=published,
        outlet=outlet,
        url=None,
        paragraphs=paragraphs,
        text=body,
        empty_reason=None,
        cleaner=cleaner,
    )
