"""Find the article core among scored lines: the densest run of prose, extended and contracted at its edges.

The steps, in the order find_core runs them:
1. Split the page at section openers; in each part take the run with the largest score sum (Kadane).
   The article is the first part whose run is strong (STRONG_CORE) and a fair share of the page's best;
   comment threads after a real article never win. Soft openers ("Related", "Most read") inside the
   article are crossed when article-like prose follows within WIDGET_GAP lines.
2. Cut the run at long prose-free gaps and keep the densest piece plus neighbouring pieces that still
   read as the article (several lines, mostly prose): teaser lists absorbed by Kadane fall away.
3. Take back lead paragraphs a caption cut off. (Before all this, same-shaped lists announced by a
   colon get a small positive score, so a list does not open a gap in the article.)
4. Inside the core, drop furniture, captions, counters and one-word labels.
"""

from __future__ import annotations

from dataclasses import dataclass

from pactwatch.clean.flat_features import HARD_SECTION, SOFT_SECTION, LineFeatures

MIN_CORE_SCORE = 1.0  # below this the best run is a stray sentence, not an article
STRONG_CORE = 4.0  # about two full paragraphs
SHARE_OF_BEST = 0.3  # a later section must beat the first strong one by this much to win
WIDGET_GAP = 8  # lines of teasers a related-stories widget inside an article may hold
JOIN_SCORE = 3.0  # prose needed on the far side of a gap or widget to carry the article across it
JOIN_SHARE = 0.6  # ... and it must be mostly prose lines, not a teaser list
GAP_LINES = 5  # this many lines in a row without prose end the article
MAX_ITEM_WORDS = 40  # longest list item announced by "...:"
MIN_LIST_ITEMS, MAX_LIST_ITEMS = 2, 200
LEAD_LOOKAHEAD = 2  # header lines (headline, kicker) a core may have taken in above a dated lead
SNIPPET_MIN_WORDS = 8  # a cut-off teaser snippet is a sentence, not a "Read more..." label
TEASER_TITLE_WORDS = (3, 25)
TEASER_SCORE = -1.5  # as much as a furniture line
GALLERY_LINES = 16  # captions and credits of a photo gallery inside an article
TEASER_BULLETS = 3  # unannounced bullet lines without full stops closing the body: a list of other stories
LIST_ITEM_SCORE = 0.3  # an announced list item is weak article evidence: it carries the run, never starts one


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


def recover_lead(scores: list[float], runs: list[tuple[int, int]], floor: int,
                 feats: list[LineFeatures] | None = None) -> list[tuple[int, int]]:
    """Take back opening paragraphs that a caption or a share bar cut off from the rest of the article.

    A lone paragraph is taken back only when it opens with the page's date ("3 May 2024 – Today ..."):
    that is how leads start, never teasers. A photo gallery (captions, credits, counters) may hold up to
    GALLERY_LINES lines between the lead and the rest; any other gap fewer than GAP_LINES.
    """
    while runs:
        start = runs[0][0]
        end = start
        while end > floor and scores[end - 1] <= 0 and (
                start - end < GAP_LINES
                or (start - end < GALLERY_LINES and feats is not None
                    and all(feats[i].photo for i in range(end - 1, start)))):
            end -= 1
        if end in (start, floor) or scores[end - 1] <= 0:
            break
        lead_start = end
        while lead_start > floor and scores[lead_start - 1] > 0:
            lead_start -= 1
        dated = feats is not None and any(feats[i].dated_lead for i in range(lead_start, end))
        if not _joins(scores, (lead_start, end)) and not dated:
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


def boost_lists(feats: list[LineFeatures], scores: list[float]) -> list[float]:
    """Lists the article announces with a colon ("The tour dates:") count as article text.

    Their items are short lines without full stops that would otherwise open a gap in the article;
    the items must share one shape (how they start, which separator they use).
    """
    boosted = list(scores)
    i = 0
    while i < len(feats) - 1:
        f = feats[i]
        shape = _item_shape(feats[i + 1]) if f.text.endswith(":") and not f.section_start else None
        if shape is None:
            i += 1
            continue
        stop = i + 1
        while stop < len(feats) and stop - i <= MAX_LIST_ITEMS and _item_shape(feats[stop]) == shape:
            stop += 1
        if stop - i - 1 >= MIN_LIST_ITEMS:
            for k in range(i, stop):
                boosted[k] = max(boosted[k], LIST_ITEM_SCORE)
        i = max(stop, i + 1)
    return boosted


def _is_snippet(f: LineFeatures) -> bool:
    """One sentence cut off with an ellipsis: the standfirst of a teaser for another story."""
    text = f.text.rstrip()
    return (text.endswith(("...", "…")) and not text.endswith("....") and f.words >= SNIPPET_MIN_WORDS
            and f.sentences <= 1 and not f.bullet)


def _is_teaser_title(f: LineFeatures) -> bool:
    """A short line without sentence punctuation: a teaser's headline."""
    return (not f.ends_sentence and not f.section_start and not f.bullet
            and TEASER_TITLE_WORDS[0] <= f.words <= TEASER_TITLE_WORDS[1])


def mark_teasers(feats: list[LineFeatures], scores: list[float]) -> list[float]:
    """A headline line followed by a cut-off one-sentence snippet is a teaser card: both score as furniture.

    Blogs and news sites put such cards for other stories after (or beside) the article; the article's own
    paragraphs are not cut off with an ellipsis.
    """
    marked = list(scores)
    for i in range(len(feats) - 1):
        if _is_teaser_title(feats[i]) and _is_snippet(feats[i + 1]):
            marked[i] = min(marked[i], TEASER_SCORE)
            marked[i + 1] = min(marked[i + 1], TEASER_SCORE)
    return marked


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
        if f.furniture or f.section_start or f.caption or f.embed:
            continue
        if f.repeats > 1 and f.words < 15:
            continue
        if f.words < 2 and not f.bullet:
            continue
        kept.append(i)
    return tuple(kept)


def _header_before_lead(feats: list[LineFeatures], kept: tuple[int, ...]) -> tuple[int, ...]:
    """Drop a headline the core took in when a dated lead ("3 May 2024 – Today ...") follows it.

    A line without sentence punctuation right above the paragraph that opens with the page's date is
    the headline (a long one reads as prose); the article starts at the dated lead.
    """
    for k in range(1, min(len(kept), LEAD_LOOKAHEAD + 1)):
        if feats[kept[k]].dated_lead:
            if all(not feats[i].ends_sentence and not feats[i].bullet for i in kept[:k]):
                return kept[k:]
            break
    return kept


def _drop_teaser_bullets(feats: list[LineFeatures], kept: tuple[int, ...]) -> tuple[int, ...]:
    """Drop bullet headlines at the body's end (several, or a list going on below it): other stories.

    A list the article announces ("The plan covers:") stays, and so does a page that is bullets only.
    """
    k = len(kept)
    while k > 0 and feats[kept[k - 1]].bullet and not feats[kept[k - 1]].ends_sentence:
        k -= 1
    if k in (0, len(kept)) or feats[kept[k] - 1].text.endswith(":"):
        return kept
    below = kept[-1] + 1
    runs_on = below < len(feats) and feats[below].bullet
    return kept[:k] if runs_on or len(kept) - k >= TEASER_BULLETS else kept


def find_core(feats: list[LineFeatures], scores: list[float]) -> Core | None:
    """The article core, or None when no run of prose is strong enough."""
    scores = boost_lists(feats, mark_teasers(feats, scores))
    runs, total = choose_run(scores, feats)
    if total < MIN_CORE_SCORE:
        return None
    runs = refine(scores, runs)
    runs = recover_lead(scores, runs, section_floor(feats, runs[0][0]), feats)
    kept = _drop_teaser_bullets(feats, _header_before_lead(feats, keep_inside(feats, runs)))
    if not kept:
        return None
    return Core(start=kept[0], end=kept[-1] + 1, kept=kept)
