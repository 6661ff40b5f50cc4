"""Money figures in text ("3.5 trillion yen", "US$6.6 billion", "€1.9 billion") as values in units.

Currencies, symbols, words, scales and the readings of shared symbols live in data/currencies.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

import yaml

from pactwatch.model import Amount
from pactwatch.reference import data_file

# "1,200,000" and the Indian grouping "6,81,210" or "3,00,000" (lakh then thousands): both one number
# "2,4 billion" in European copy: a comma with one or two digits before a scale word is a decimal point
NUM = (r"(\d{1,2}(?:,\d\d)+,\d{3}(?!,?\d)(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
       r"|\d{1,3},\d{1,2}(?=[\s-]*(?i:billion|million|trillion|bn|mn|tn)\b)|\d+(?:\.\d+)?)")
DECIMAL_COMMA = re.compile(r"\d{1,3},\d{1,2}")
SIGNS = "$€£¥₹₩₱₺₪₦₵৳₫₸₼₾֏₴₽฿"  # one-character symbols: a letter before one makes another currency ("CA$")


@dataclass(frozen=True)
class Currencies:
    scale: dict[str, float]
    codes: tuple[str, ...]
    symbol: dict[str, str]  # symbol or code written before a figure -> ISO code
    word: dict[str, str]  # lower-case word written after a figure -> ISO code
    state: dict[str, str | None]  # ISO code -> the one state using it, None for shared currencies
    ambiguous: dict[str, tuple[str | None, tuple[tuple[str, re.Pattern[str]], ...]]]
    symbolic: re.Pattern[str]
    lettered: re.Pattern[str]  # a bare letter sign ("N1.25 trillion") read only with its context
    worded: re.Pattern[str]
    ranges: re.Pattern[str]
    local_dollars: dict[str, str] = field(default_factory=dict)  # state -> its dollar, for a bare "$" it spends


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    amount: Amount
    converted: bool  # a parenthesised conversion of a figure just told ("(about $22 billion)")
    reading: str = ""  # the shared symbol or word the currency was read from ("kroner"), "" when unambiguous


# "along the borders with China and Pakistan", "tensions with Pakistan": a state named as a neighbour or a rival
NEIGHBOUR = re.compile(r"\b(?:borders?|frontiers?|boundary|tensions?|stand-?off|conflicts?|war|clashes|rivalry|rivals?|threats?|"
                       r"hostilit\w+|disputes?)\s+(?:along|with|from|against|involving|posed by)\s+(?:(?:the|[\w-]+|and|,)\s*){0,3}$",
                       re.I)


@lru_cache(maxsize=1)
def load_currencies() -> Currencies:
    """The currency table, read once."""
    d = data_file("currencies.yaml")
    scale = {str(k).lower(): float(v) for k, v in d["scales"].items()}
    codes = tuple(d["currencies"])
    symbol: dict[str, str] = {c: c for c in codes}
    word: dict[str, str] = {}
    state: dict[str, str | None] = {}
    for code, e in d["currencies"].items():
        state[code] = e.get("state")
        symbol.update({str(s): code for s in e.get("symbols") or ()})
        word.update({_norm(str(w)): code for w in e.get("words") or ()})
    ambiguous = {str(k): (v.get("default"), tuple((c, re.compile(p)) for c, p in (v.get("cues") or {}).items()))
                 for k, v in (d.get("ambiguous") or {}).items()}
    letters = [k for k in ambiguous if len(k) == 1 and k.isalpha()]
    scales = "(" + "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in sorted(scale, key=len, reverse=True)) + ")"
    long_symbols = "|".join(re.escape(s) for s in sorted(symbol, key=len, reverse=True) if len(s) > 1 or s.isalpha())
    sign = "(?:" + long_symbols + "|[" + re.escape(SIGNS) + "])"
    symbolic = re.compile(r"(?<![\w$])(" + long_symbols + "|[" + re.escape(SIGNS) + r"])\s?" + NUM
                          + r"(?:[\s-]*(?i:" + scales + r"))?(?![\w])")
    lettered = re.compile(r"(?<![\w$.,])(" + "|".join(letters or ["(?!)"]) + ")" + NUM + r"[\s-]*(?i:" + scales + r")\b")
    words = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(word, key=len, reverse=True))
    worded = re.compile(NUM + r"(?:[\s-]*" + scales + r")?[\s-]*(" + words + "|" + "|".join(codes) + r")\b", re.I)
    # "$2-3 billion", "2 to 3 billion dollars", "between $1 billion and $2 billion": a range is no single figure.
    # "rose from 5.2 to 6.8 trillion yen" is a change, not a range, and "in 2022 to 57 trillion won" starts with a year.
    opt = r"(?:" + sign + r"\s?)?"
    ranges = re.compile(r"(?<![\w$.,])(?<!from )" + opt + r"(?!(?:19|20)\d\d\b)" + NUM + r"\s*(?:-|–|—|to|or)\s*" + opt
                        + NUM + r"[\s-]*" + scales + r"\b|\bbetween\s+\S*\d[^.;]{0,25}?\band\s+\S*\d", re.I)
    local = {str(k): str(v) for k, v in (d.get("local_dollars") or {}).items() if str(v) in codes}
    return Currencies(scale, codes, symbol, word, state, ambiguous, symbolic, lettered, worded, ranges, local)


def home_state(code: str) -> str | None:
    """The one state whose money the currency is ("KRW" -> KOR), None for shared or unknown currencies."""
    try:
        return load_currencies().state.get(code)
    except (OSError, KeyError, re.error, yaml.YAMLError):
        return None


def resolve(mention: AmountMention, states: tuple[str, ...] | list[str] | set[str]) -> Amount:
    """The figure's amount re-read with the article's states: "kroner" in a report on Norway alone is NOK."""
    try:
        table = load_currencies()
    except (OSError, KeyError, re.error, yaml.YAMLError):
        return mention.amount
    entry = table.ambiguous.get(mention.reading)
    if entry is None or table.state.get(mention.amount.currency) in states:
        return mention.amount
    default, cues = entry
    others = [c for c in (default, *(c for c, _p in cues)) if c and c != mention.amount.currency
              and table.state.get(c) in states]
    return replace(mention.amount, currency=others[0]) if len(others) == 1 else mention.amount


def spent_by(mention: AmountMention, state: str | None) -> Amount:
    """The figure as money a state spends: a bare "$" in Australia's own budget is the Australian dollar."""
    if mention.reading != "$" or not state:
        return mention.amount
    try:
        local = load_currencies().local_dollars.get(state)
    except (OSError, KeyError, re.error, yaml.YAMLError):
        return mention.amount
    return replace(mention.amount, currency=local) if local else mention.amount


def find_amounts(text: str) -> list[AmountMention]:
    """Every money figure in `text`, in order, with conversions flagged so they are not counted twice;
    ranges ("$2-3 billion") give none, as the text tells no single figure."""
    try:
        table = load_currencies()
    except (OSError, KeyError, re.error, yaml.YAMLError):
        return []  # a broken table finds no money rather than failing the article
    found: list[AmountMention] = []
    ranges = [(m.start(), m.end()) for m in table.ranges.finditer(text)]
    for m in [*table.symbolic.finditer(text), *table.lettered.finditer(text)]:
        sign = m.group(1)
        code, reading = _read(table, sign, table.symbol.get(sign) or table.symbol.get(sign.upper()), text)
        if code and not any(a.start <= m.start() < a.end for a in found):
            found.append(_mention(table, text, m.start(), m.end(), m.group(2), m.group(3), code, reading))
    for m in table.worded.finditer(text):
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
            continue
        word = _norm(m.group(3))
        if m.group(3).isupper() is False and m.group(3).upper() in table.codes and word not in table.word:
            continue  # "12 billion eur" in lower case is a word, not a code; codes are written in capitals
        code, reading = _read(table, word, table.word.get(word) or m.group(3).upper(), text)
        if code:
            found.append(_mention(table, text, m.start(), m.end(), m.group(1), m.group(2), code, reading))
    kept = sorted((a for a in found if a.amount.value >= 1000 and not any(s <= a.start < e for s, e in ranges)),
                  key=lambda a: a.start)
    return [_restated(a, kept) for a in kept]


def _restated(a: AmountMention, found: list[AmountMention]) -> AmountMention:
    """A figure in brackets after one in the same currency is no conversion but a figure of its own ("an increase
    of Rs 40,367 crore in total allocations (Rs 4,71,378 crore)"); after one in another currency it converts it."""
    if not a.converted:
        return a
    before = [b for b in found if b.end <= a.start and a.start - b.end <= 80]
    return replace(a, converted=False) if before and before[-1].amount.currency == a.amount.currency else a


def _norm(word: str) -> str:
    return re.sub(r"\s+", " ", word.lower())


def _read(table: Currencies, key: str, code: str | None, text: str) -> tuple[str | None, str]:
    """The currency a sign or word stands for here: a shared one by the cue its context gives, else its default."""
    entry = table.ambiguous.get(key)
    if entry is None:
        return code, ""
    default, cues = entry
    return next((c for c, cue in cues if any(not neighbour(text, m.start()) for m in cue.finditer(text))), default), key


def neighbour(text: str, start: int) -> bool:
    """Whether the state named at `start` is told as a neighbour or rival ("tensions along the borders with China and
    Pakistan"), which says nothing of whose money a figure is."""
    return bool(NEIGHBOUR.search(text[max(0, start - 60) : start]))


def _mention(table: Currencies, text: str, start: int, end: int, number: str, scale: str | None, currency: str,
             reading: str) -> AmountMention:
    number = number.replace(",", ".") if DECIMAL_COMMA.fullmatch(number) else number.replace(",", "")
    value = float(number) * table.scale.get(_norm(scale or ""), 1.0)
    before = text[max(0, start - 12) : start]
    converted = bool(re.search(r"\((?:about|around|roughly|approximately|some|nearly|or)?\s*$", before))
    return AmountMention(start, end, Amount(round(value, 2), currency), converted, reading)
