"""Per-line evidence for the flattened-text cleaner: how much a line looks like article prose or furniture."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from pactwatch.clean.dates import dated_lead

DATA_DIR = Path(__file__).resolve().parents[1] / "data"

WORD = re.compile(r"\w+", re.UNICODE)
# Characters of scripts written without spaces count as one word each.
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
SENTENCE_END = re.compile(r"[.!?。！？…][\"'”’»)\]]*$")
SENTENCE_BREAK = re.compile(r"[.!?。！？][\"'”’»)]*\s+[\"'“‘«(]?[A-ZÀ-ÖØ-Þ0-9\u0400-\u042f]")
TOKEN_BEFORE = re.compile(r"(\w+)[\"'”’»)]*$")
BULLET = re.compile(r"^([•·▪●◦‣*–—-]|\d{1,2}[.)])\s+\S")
SOFT_SECTION, HARD_SECTION = 1, 2  # kinds of section openers: related stories / comment threads
FURNITURE_PENALTY = -1.5  # mild: one widget line inside an article must not split it
EMBED_PENALTY = -0.3  # an embedded post's signature between paragraphs: barely against the article
FEED_LABEL_CHARS = 30  # a line this short with few words and no full stop is a menu label
HEADLINE_PREFIX_WORDS = 9  # where a glued headline would sit in a teaser card
TEASER_MIN_WORDS = 18
TEASER_PENALTY = 3.0
CAPTION_MAX_WORDS = 40  # a longer line with a credit at its end is a paragraph the credit was glued to
CAPTION_MAX_SENTENCES = 2  # ... when it holds more sentences than a caption does
PHOTO_LINE_WORDS = 40  # longer lines are paragraphs, whatever photo words they hold
GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:/|of)\s*\d{1,3}\b")
LEAD_MIN_WORDS = 8  # a dated lead is a paragraph, not a date stamp with a word or two after a dash
BULLET_SENTENCE_WORDS = 8  # a bullet point this long, written in prose, is a sentence without its full stop
MAX_GLUED_CREDITS = 3  # credits flattening may glue one after another at a paragraph's end
BULLET_SENTENCE_STOPS = 0.15  # ... prose has function words; a bulleted list of headlines or names has few


@dataclass(frozen=True)
class Rules:
    """The boilerplate rules and stop-word lists, loaded once from pactwatch/data."""

    short_phrases: tuple[str, ...]
    line_patterns: tuple[re.Pattern[str], ...]
    section_starts: tuple[tuple[str, bool], ...]  # (phrase, hard)
    section_patterns: tuple[re.Pattern[str], ...]
    caption_patterns: tuple[re.Pattern[str], ...]
    stopwords: dict[str, frozenset[str]]
    headline_case_words: frozenset[str]
    trailing_credits: tuple[re.Pattern[str], ...] = ()
    photo_words: frozenset[str] = frozenset()
    embed_patterns: tuple[re.Pattern[str], ...] = ()


@dataclass(frozen=True)
class LineFeatures:
    """What one non-empty line looks like, measured without looking at its neighbours."""

    text: str
    chars: int
    words: int
    stop_ratio: float  # share of words that are function words of the page's language
    ends_sentence: bool
    sentences: int  # sentence breaks inside the line plus a final one
    title_ratio: float  # share of words starting with a capital letter
    bullet: bool
    furniture: bool  # a known boilerplate phrase or pattern
    caption: bool
    section_start: int  # 0, SOFT_SECTION (related stories, most read) or HARD_SECTION (comments)
    repeats: int  # how often the same text occurs on the page
    teaser_card: bool  # starts with a title-cased headline glued to its standfirst
    dated_lead: bool = False  # a lead paragraph opened by its date and a dash ("3 May 2024 – Today ...")
    photo: bool = False  # a caption, credit or gallery label: part of a photo block inside the article
    embed: bool = False  # the signature line of an embedded social post: dropped, but weighs lightly


def count_sentence_breaks(text: str) -> int:
    """Sentence breaks inside a line, not counting abbreviations ("St. Paul", "U.S. officials", "Gen. Li")."""
    count = 0
    for match in SENTENCE_BREAK.finditer(text):
        if text[match.start()] != ".":
            count += 1
            continue
        before = TOKEN_BEFORE.search(text, max(0, match.start() - 40), match.start())
        word = before.group(1) if before else ""
        if word.isdigit() or (len(word) >= 2 and word[-1].islower() and not word[0].isupper()) or len(word) >= 5 \
                or (len(word) >= 2 and word.isupper()):
            count += 1
    return count


def _load_yaml(name: str) -> dict[str, Any]:
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@lru_cache(maxsize=1)
def load_rules() -> Rules:
    """Read the rule files once; a broken file is a packaging error and should fail loudly."""
    boiler = _load_yaml("boilerplate_flat.yaml")
    stops = _load_yaml("stopwords_flat.yaml")
    return Rules(
        short_phrases=tuple(r["phrase"].lower() for r in boiler["short_line_phrases"]),
        line_patterns=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in boiler["line_patterns"]),
        section_starts=tuple((r["phrase"].lower(), bool(r.get("hard"))) for r in boiler["section_starts"]),
        section_patterns=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in boiler["section_patterns"]),
        caption_patterns=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in boiler["caption_patterns"]),
        stopwords={lang: frozenset(ws.lower().split()) for lang, ws in stops["languages"].items()},
        headline_case_words=frozenset(boiler["headline_case_words"].split()),
        photo_words=frozenset(boiler.get("photo_words", "").split()),
        trailing_credits=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in boiler.get("trailing_credit_patterns", [])),
        embed_patterns=tuple(re.compile(r["pattern"], re.IGNORECASE) for r in boiler.get("embed_patterns", [])),
    )


def strip_trailing_credit(text: str, rules: Rules | None = None) -> str:
    """A paragraph without the photo credit the flattening glued after its last sentence."""
    rules = rules or load_rules()
    for _ in range(MAX_GLUED_CREDITS):  # agency captions may carry two credits ("(Photo by X / AFP) (Photo by X via Getty)")
        before = text
        for pattern in rules.trailing_credits:
            cut = pattern.sub("", text)
            if cut != text and cut.strip():
                text = cut.rstrip()
                break
        if text == before:
            break
    return text


def count_words(text: str) -> list[str]:
    """Words of a line, with each CJK character counted as a word."""
    words = WORD.findall(text)
    cjk = len(CJK.findall(text))
    if cjk:
        words = [w for w in words if not CJK.search(w)] + ["字"] * cjk
    return words


def guess_stopwords(lines: list[str], rules: Rules) -> frozenset[str]:
    """The stop-word list of the language that covers most words of the page's longer lines."""
    counts: Counter[str] = Counter()
    sample = [w.lower() for line in lines if len(line) > 60 for w in WORD.findall(line[:2000])][:20000]
    for lang, words in rules.stopwords.items():
        counts[lang] = sum(1 for w in sample if w in words)
    if not counts or counts.most_common(1)[0][1] == 0:
        return frozenset()
    return rules.stopwords[counts.most_common(1)[0][0]]


def _is_furniture(low: str, n_words: int, rules: Rules, short_limit: int) -> bool:
    if any(p.search(low) for p in rules.line_patterns):
        return True
    return n_words <= short_limit and any(phrase in low for phrase in rules.short_phrases)


def _section_kind(low: str, n_words: int, rules: Rules) -> int:
    """0: not a section opener; 1: related stories and the like; 2: a comment thread."""
    if n_words > 20:
        return 0
    if any(p.search(low) for p in rules.section_patterns):
        return HARD_SECTION
    if n_words > 8:
        return 0
    stripped = low.strip(" \"'“”‘’-–—:|»›>#*•")
    for phrase, hard in rules.section_starts:
        if stripped.startswith(phrase):
            return HARD_SECTION if hard else SOFT_SECTION
    return 0


def _is_teaser_card(words: list[str], rules: Rules) -> bool:
    """Two capitalised function words among the first words: headline case, as in a teaser card."""
    if len(words) < TEASER_MIN_WORDS:
        return False
    head = words[1:HEADLINE_PREFIX_WORDS]
    return sum(1 for w in head if w[:1].isupper() and w.lower() in rules.headline_case_words) >= 2


def _is_caption(sample: str, n_words: int, rules: Rules) -> bool:
    """A photo caption; a long paragraph is judged without the credit flattening glued after it."""
    text = sample
    if n_words > CAPTION_MAX_WORDS:
        stripped = strip_trailing_credit(sample, rules)
        if count_sentence_breaks(stripped) >= CAPTION_MAX_SENTENCES:
            text = stripped
    return any(p.search(text) for p in rules.caption_patterns)


def _is_photo_line(low: str, words: list[str], rules: Rules) -> bool:
    """A caption, a photo credit or a gallery label ("1 of 6"), told by its words or by a caption pattern."""
    if len(words) > PHOTO_LINE_WORDS:
        return False
    if GALLERY_COUNTER.match(low) or any(w.lower() in rules.photo_words for w in words):
        return True
    return any(p.search(low) for p in rules.caption_patterns)


def _bullet_sentence(words: list[str], stop_ratio: float, caps: int) -> bool:
    """A bullet point that is a sentence (fact sheets write whole sentences as bullets, without full stops)."""
    return (len(words) >= BULLET_SENTENCE_WORDS and stop_ratio >= BULLET_SENTENCE_STOPS
            and caps <= 0.5 * len(words))


def line_features(lines: list[str], rules: Rules | None = None) -> list[LineFeatures]:
    """Measure every non-empty line of a page; `lines` must already be whitespace-normalised."""
    rules = rules or load_rules()
    stops = guess_stopwords(lines, rules)
    repeats = Counter(line.lower() for line in lines)
    out = []
    for line in lines:
        sample = line[:5000]
        low = sample.lower()
        words = count_words(sample)
        n = len(words)
        # function-word ratios mean nothing for lines written in CJK scripts
        cjk_line = n and words.count("字") * 2 > n
        caps = sum(1 for w in words if w[:1].isupper())
        stop_ratio = (sum(1 for w in words if w.lower() in stops) / n) if n and stops and not cjk_line else -1.0
        bullet = bool(BULLET.match(sample))
        ends = bool(SENTENCE_END.search(sample)) or (bullet and _bullet_sentence(words, stop_ratio, caps))
        out.append(
            LineFeatures(
                text=line,
                chars=len(line),
                words=n,
                stop_ratio=stop_ratio,
                ends_sentence=ends,
                sentences=count_sentence_breaks(sample) + ends,
                title_ratio=caps / n if n else 0.0,
                bullet=bullet,
                furniture=_is_furniture(low, n, rules, short_limit=8),
                caption=_is_caption(sample, n, rules),
                section_start=_section_kind(low, n, rules),
                repeats=repeats[line.lower()],
                teaser_card=_is_teaser_card(words, rules),
                dated_lead=n >= LEAD_MIN_WORDS and dated_lead(sample[:200]) is not None,
                photo=_is_photo_line(low, words, rules),
                embed=any(p.search(sample) for p in rules.embed_patterns),
            )
        )
    return out


def prose_score(f: LineFeatures, has_stopwords: bool) -> float:
    """Evidence that a line is article text: positive for prose, negative for furniture."""
    if f.section_start:
        return -3.0
    if f.embed:
        return EMBED_PENALTY
    if f.furniture:
        return FURNITURE_PENALTY  # many in a row still split the page
    if f.repeats > 1:
        # repeated menus are furniture; a repeated long block is a notice or a teaser shown twice
        return -1.0 if f.words < 15 else 0.0
    if f.words == 0:
        return -1.0
    if f.caption:
        return -1.5
    score = 0.0
    if f.words >= 10 and (f.ends_sentence or f.sentences >= 1):
        score = min(f.chars, 1200) / 100.0 + 0.5 * min(f.sentences, 4)
    elif f.words >= 20 and (f.stop_ratio >= 0.15 or f.stop_ratio < 0 or not has_stopwords):
        # a long line without a final full stop: a paragraph ending in a credit ("./Antara/VOI")
        score = 0.7 * min(f.chars, 1200) / 100.0
    elif f.words >= 6 and f.ends_sentence:
        score = 0.6 + f.chars / 200.0
    elif f.bullet and f.words >= 4:
        score = 0.4
    elif f.words < 4 and f.chars < FEED_LABEL_CHARS:
        score = -1.0
    else:
        score = -0.6
    if has_stopwords and f.words >= 6 and f.stop_ratio >= 0:
        # prose in a known language has many function words; lists of names and tag clouds do not
        if f.stop_ratio < 0.12:
            score -= 1.5
        elif f.stop_ratio >= 0.25:
            score += 0.5
    if f.title_ratio > 0.7 and f.words >= 4:
        score -= 1.0
    if f.teaser_card:
        score -= TEASER_PENALTY
    return score
