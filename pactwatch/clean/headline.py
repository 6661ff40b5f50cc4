"""Pick the headline of a flattened page: the line the article's first paragraphs follow.

The cascade:
1. A line above the body that repeats the page's own title (the first line of a flattened page is
   usually the document title, often with the site name after it): that line is the headline.
2. Else the nearest headline-like line above the body (not furniture, a byline, a date, a caption or
   a section label, in the body's alphabet), or the headline above a longer standfirst.
3. Else, with no body found, the first headline-like line of the page.
Site names after " | " (or after a dash when the name shows elsewhere on the page) are dropped.
"""

from __future__ import annotations

import re

from pactwatch.clean.dates import is_date_line
from pactwatch.clean.flat_features import LineFeatures

LOOK_BACK = 15  # lines above the body start where a headline can sit (bylines, dates, captions between)
MIN_WORDS, MAX_WORDS = 3, 30
MAX_CHARS = 300
MIN_HEADLINE_OVER_STANDFIRST = 5  # shorter lines above a headline are menu items, not headlines
STANDFIRST_RATIO = 1.3  # a standfirst is clearly longer than the headline above it
MAX_TITLE_WORDS = 40  # a first line longer than this is not a document title
TITLE_MATCH = 0.8  # share of a line's words found in the page title
TITLE_COVER = 0.5  # share of the page title's words the line must carry
TOKEN = re.compile(r"\w+", re.UNICODE)
SITE_SEPARATORS = re.compile(r"\s+(\||—|–|-|::|»|·)\s+")
MAX_SITE_WORDS = 6
# A feed's relative time glued to a headline ("... cooperation10 min ago"): not part of the headline.
RELATIVE_TIME = re.compile(r"\s*\d{1,3}\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?)\s+ago$",
                           re.IGNORECASE)
# A gallery's caption line starts with its slide counter ("2 / 5 Show Caption", "3 of 8"): the short line
# above it is the photo's title, not the article's headline.
GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}\b")
# A blog reposting a wire story prefixes its source and day ("From the News Agency (Mar 10): Headline").
REPOST_PREFIX = re.compile(r"^From (?:the )?[A-Z][\w .&'’-]{2,60}\s\([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?\):\s+(?=\S)")
CLAUSE_WORDS, CLAUSE_COMMAS = 20, 3  # headlines list names with commas, but are short when they do
TWO_SENTENCES = re.compile(r"[a-z]{2}\. [A-Z][a-z]")
DANGLING_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "that", "is", "are", "was"})
LABEL_MAX_WORDS = 4  # "Department of Defence", "World News": a label under the headline, not the headline


def looks_like_headline(f: LineFeatures) -> bool:
    """A short standalone line that is not furniture, a caption, a label, a byline or a date."""
    if f.furniture or f.caption or f.section_start or f.bullet or f.repeats > 2:
        return False
    if not MIN_WORDS <= f.words <= MAX_WORDS or f.chars > MAX_CHARS:
        return False
    if f.sentences > 1 or f.text.endswith((":", "...", "…")):
        return False  # a colon announces a list or a quote, an ellipsis ends a cut-off snippet: not headlines
    if f.words > CLAUSE_WORDS and f.text.count(",") >= CLAUSE_COMMAS:
        return False  # a long line of several clauses is a sentence that lost its full stop
    if f.text.endswith(".") and TWO_SENTENCES.search(f.text):
        return False  # "X observed Y Day. The holiday was renamed ..." is prose, whatever the abbreviation rule says
    first, last = f.text.split(" ", 1)[0], f.text.rsplit(" ", 1)[-1]
    if (first.isalpha() and first.islower()) or last in DANGLING_WORDS:
        return False  # a line opening in lower case or ending on "a", "the" is a wrapped fragment of a sentence
    return not (f.text.islower() or is_date_line(f.text))


def _is_label(f: LineFeatures) -> bool:
    """A short capitalised line without punctuation: an author desk, a section or a department name."""
    words = f.text.split()
    return (len(words) <= LABEL_MAX_WORDS and not f.ends_sentence
            and all(w[:1].isupper() or w.lower() in {"of", "and", "the", "for", "&"} for w in words))


def _is_photo_alt(lines: list[str], feats: list[LineFeatures], i: int) -> bool:
    """An image's alternative text: the caption under it (or a line under it) repeats it and says more."""
    if i + 1 >= len(lines):
        return False
    below = lines[i + 1]
    return len(below) > len(lines[i]) and below.lower().startswith(lines[i].lower()) \
        and (feats[i + 1].caption or feats[i + 1].words <= MAX_WORDS)


def _is_photo_title(feats: list[LineFeatures], i: int) -> bool:
    """A line followed by a gallery caption line ("1 / 3 Show Caption ... (Photo Credit: X)") titles a photo."""
    return i + 1 < len(feats) and GALLERY_COUNTER.match(feats[i + 1].text) is not None


def strip_site_name(title: str, page_lines: list[str]) -> str:
    """Drop a trailing " | Site" (always) or " — Site" (when the name shows elsewhere on the page)."""
    title = REPOST_PREFIX.sub("", title)
    cut = RELATIVE_TIME.sub("", title)
    title = cut if len(cut.split()) >= MIN_WORDS else title
    matches = list(SITE_SEPARATORS.finditer(title))
    if not matches:
        return title
    last = matches[-1]
    head, tail = title[: last.start()].strip(), title[last.end() :].strip()
    if not tail or len(tail.split()) > MAX_SITE_WORDS or len(head.split()) < 2:
        return title
    low_tail = tail.lower()
    if last.group(1) == "|" or any(low_tail in line.lower() for line in page_lines if line != title):
        return head
    return title


def _script(text: str) -> str:
    """The dominant alphabet of a text: latin, cyrillic, greek, arabic, cjk or other."""
    counts = {"latin": 0, "cyrillic": 0, "greek": 0, "arabic": 0, "cjk": 0, "other": 0}
    for ch in text[:300]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        if code < 0x250:
            counts["latin"] += 1
        elif 0x370 <= code < 0x400:
            counts["greek"] += 1
        elif 0x400 <= code < 0x530:
            counts["cyrillic"] += 1
        elif 0x600 <= code < 0x700:
            counts["arabic"] += 1
        elif 0x3040 <= code < 0xA000 or 0xAC00 <= code < 0xD7B0:
            counts["cjk"] += 1
        else:
            counts["other"] += 1
    return max(counts, key=counts.__getitem__)


def _tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def repeats_title(line: str, title_tokens: set[str]) -> bool:
    """Whether a line says what the page title says (most of its words are the title's words)."""
    tokens = _tokens(line)
    if len(tokens) < MIN_WORDS or not title_tokens:
        return False
    shared = sum(1 for t in tokens if t in title_tokens)
    return shared / len(tokens) >= TITLE_MATCH and shared / len(title_tokens) >= TITLE_COVER


def _matching_title(lines: list[str], feats: list[LineFeatures], window: range) -> str | None:
    first = feats[0]
    if first.furniture or first.sentences > 1 or first.words > MAX_TITLE_WORDS or is_date_line(lines[0]):
        return None
    title_tokens = set(_tokens(strip_site_name(lines[0], lines)))
    for i in reversed(window):
        f = feats[i]
        if i == 0 or f.furniture or f.caption or f.section_start or f.words > MAX_WORDS or is_date_line(lines[i]):
            continue
        if repeats_title(lines[i], title_tokens):
            return strip_site_name(lines[i], lines)
    return None


def find_headline(lines: list[str], feats: list[LineFeatures], core_start: int | None) -> str | None:
    """The nearest headline-like line above the body start (in the body's alphabet), else None.

    With no body found, the first headline-like line of the page is the best we can say.
    """
    if not lines:
        return None
    window = range(max(0, (core_start if core_start is not None else LOOK_BACK) - LOOK_BACK),
                   min(len(lines), core_start if core_start is not None else LOOK_BACK))
    repeated = _matching_title(lines, feats, window)
    if repeated:
        return repeated
    if core_start is None:
        for i in range(min(len(lines), LOOK_BACK)):
            if looks_like_headline(feats[i]):
                return strip_site_name(lines[i], lines)
        return None
    body_script = _script(lines[core_start]) if core_start < len(lines) else None
    for i in range(core_start - 1, max(-1, core_start - 1 - LOOK_BACK), -1):
        # a translated headline in another alphabet is not the article's own headline
        if looks_like_headline(feats[i]) and _script(lines[i]) == body_script and not _is_photo_title(feats, i) \
                and not _is_photo_alt(lines, feats, i):
            if i > 0 and (_is_headline_over_standfirst(feats[i - 1], feats[i])
                          or _is_headline_over_label(feats[i - 1], feats[i])
                          or (feats[i + 1].caption and looks_like_headline(feats[i - 1]))):
                # a headline above its standfirst, above a desk or section label, or above a photo's title
                i -= 1
            return strip_site_name(lines[i], lines)
    return None


def _is_headline_over_label(upper: LineFeatures, lower: LineFeatures) -> bool:
    """A headline directly above a short capitalised label (desk, section): the label is not the headline."""
    return (looks_like_headline(upper) and upper.words >= MIN_HEADLINE_OVER_STANDFIRST and upper.words > lower.words
            and _is_label(lower))


def _is_headline_over_standfirst(upper: LineFeatures, lower: LineFeatures) -> bool:
    """A headline directly above a longer summary line: the summary (standfirst) is not the headline."""
    return (looks_like_headline(upper) and upper.words >= MIN_HEADLINE_OVER_STANDFIRST
            and lower.words >= STANDFIRST_RATIO * upper.words)
