"""Money figures in text ("3.5 trillion yen", "US$6.6 billion", "€1.9 billion") as values in units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pactwatch.model import Amount

SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
         "mil": 1e6, "thousand": 1e3, "crore": 1e7, "lakh": 1e5, "lakh crore": 1e12}
SYMBOL = {"US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "A$": "AUD", "AU$": "AUD",
          "C$": "CAD", "NOK": "NOK", "SEK": "SEK", "DKK": "DKK", "PLN": "PLN", "CHF": "CHF", "INR": "INR", "KRW": "KRW", "NZ$": "NZD", "S$": "SGD", "₹": "INR", "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₱": "PHP"}
WORD = {"yen": "JPY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD",
        "us dollars": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "won": "KRW", "rupees": "INR",
        "pesos": "PHP", "yuan": "CNY", "zlotys": "PLN", "zloty": "PLN", "australian dollars": "AUD", "canadian dollars": "CAD", "rupiah": "IDR"}
CURRENCY_COUNTRY = {"JPY": "JPN", "EUR": None, "USD": None, "GBP": "GBR", "KRW": "KOR", "INR": "IND", "PHP": "PHL",
                    "CNY": "CHN", "NOK": "NOR", "SEK": "SWE", "DKK": "DNK", "PLN": "POL", "CHF": "CHE", "AUD": "AUS", "CAD": "CAN", "NZD": "NZL", "SGD": "SGP", "IDR": "IDN"}
NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALES = r"(lakh crore|trillion|billion|million|thousand|crore|lakh|bn|tn|mn|mil|b|m)"
SYMBOLIC = re.compile(r"(NOK|SEK|DKK|PLN|CHF|INR|KRW|US\$|U\.S\.\$|AU\$|A\$|C\$|NZ\$|S\$|Rs\.?|[$€£¥₹₩₱])\s?" + NUM + r"(?:[\s-]*" + SCALES + r")?(?![\w])")
WORDED = re.compile(NUM + r"(?:[\s-]*" + SCALES + r")?[\s-]*(u\.s\. dollars|us dollars|australian dollars|canadian dollars"
                    r"|yen|euros?|dollars?|pounds?|sterling|won|rupees|pesos|yuan|rupiah|zlotys?)\b", re.IGNORECASE)


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    amount: Amount
    converted: bool  # a parenthesised conversion of a figure just told ("(about $22 billion)")


def find_amounts(text: str) -> list[AmountMention]:
    """Every money figure in `text`, in order, with conversions flagged so they are not counted twice."""
    found: list[AmountMention] = []
    for m in SYMBOLIC.finditer(text):
        found.append(_mention(text, m.start(), m.end(), m.group(2), m.group(3), SYMBOL.get(m.group(1), "USD")))
    for m in WORDED.finditer(text):
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
            continue
        found.append(_mention(text, m.start(), m.end(), m.group(1), m.group(2), WORD[m.group(3).lower()]))
    return sorted((a for a in found if a.amount.value >= 1000), key=lambda a: a.start)


def _mention(text: str, start: int, end: int, number: str, scale: str | None, currency: str) -> AmountMention:
    value = float(number.replace(",", "")) * SCALE.get(re.sub(r"\s+", " ", (scale or "").lower()), 1.0)
    before = text[max(0, start - 12) : start]
    converted = bool(re.search(r"\((?:about|around|roughly|approximately|some|nearly|or)?\s*$", before))
    return AmountMention(start, end, Amount(round(value, 2), currency), converted)
