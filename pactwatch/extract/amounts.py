"""Money figures in text ("3.5 trillion yen", "US$6.6 billion", "€1.9 billion") as values in units."""

from __future__ import annotations

import re
from dataclasses import dataclass

from pactwatch.model import Amount

SCALE = {"trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "b": 1e9, "million": 1e6, "mn": 1e6, "m": 1e6,
         "mil": 1e6, "mln": 1e6, "bln": 1e9, "thousand": 1e3, "crore": 1e7, "lakh": 1e5, "lakh crore": 1e12}
SCALE |= {"crores": 1e7, "cr": 1e7, "lakhs": 1e5, "lakh crores": 1e12, "lakh cr": 1e12}  # Indian reports: "Rs 19,600 cr"
# ISO 4217 codes written before or after the figure ("AUD 2 billion", "12 billion NOK", "USD1.2 billion").
CODES = ("USD", "EUR", "GBP", "JPY", "AUD", "CAD", "NZD", "SGD", "NOK", "SEK", "DKK", "PLN", "CHF", "INR", "KRW", "PHP",
         "CNY", "IDR", "SAR", "AED", "QAR", "KWD", "ILS", "TWD", "BRL", "TRY", "RUB", "UAH", "MYR", "THB", "VND", "ZAR",
         "CZK", "HUF", "RON", "MXN", "EGP", "PKR", "HKD")
SYMBOL = {"US$": "USD", "U.S.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "A$": "AUD", "AU$": "AUD",
          "C$": "CAD", "CA$": "CAD", "NZ$": "NZD", "S$": "SGD", "NT$": "TWD", "R$": "BRL", "HK$": "HKD", "₹": "INR",
          "Rs": "INR", "Rs.": "INR", "₩": "KRW", "₱": "PHP", "₺": "TRY", "₪": "ILS", "NIS": "ILS", "Rp": "IDR",
          "Rp.": "IDR", "RM": "MYR", "zł": "PLN", **{c: c for c in CODES}}
WORD = {"yen": "JPY", "euro": "EUR", "euros": "EUR", "dollars": "USD", "dollar": "USD", "u.s. dollars": "USD",
        "us dollars": "USD", "pounds": "GBP", "pound": "GBP", "sterling": "GBP", "pounds sterling": "GBP", "won": "KRW",
        "rupees": "INR", "rupee": "INR", "pesos": "PHP", "peso": "PHP", "yuan": "CNY", "renminbi": "CNY", "zlotys": "PLN", "zloty": "PLN",
        "australian dollars": "AUD", "canadian dollars": "CAD", "new zealand dollars": "NZD", "singapore dollars": "SGD",
        "taiwan dollars": "TWD", "new taiwan dollars": "TWD", "hong kong dollars": "HKD", "rupiah": "IDR", "riyals": "SAR",
        "riyal": "SAR", "saudi riyals": "SAR", "qatari riyals": "QAR", "dirhams": "AED", "dirham": "AED",
        "rubles": "RUB", "roubles": "RUB", "ruble": "RUB", "rouble": "RUB", "shekel": "ILS", "ringgits": "MYR", "lira": "TRY", "liras": "TRY", "turkish lira": "TRY", "reais": "BRL",
        "swiss francs": "CHF", "kronor": "SEK", "swedish kronor": "SEK", "norwegian kroner": "NOK", "danish kroner": "DKK",
        "norwegian crowns": "NOK", "swedish crowns": "SEK", "danish crowns": "DKK", "shekels": "ILS", "ringgit": "MYR",
        "baht": "THB", "hryvnias": "UAH", "hryvnia": "UAH", "rand": "ZAR", "koruna": "CZK", "forints": "HUF"}
CURRENCY_COUNTRY = {"JPY": "JPN", "EUR": None, "USD": None, "GBP": "GBR", "KRW": "KOR", "INR": "IND", "PHP": "PHL",
                    "CNY": "CHN", "NOK": "NOR", "SEK": "SWE", "DKK": "DNK", "PLN": "POL", "CHF": "CHE", "AUD": "AUS",
                    "CAD": "CAN", "NZD": "NZL", "SGD": "SGP", "IDR": "IDN", "SAR": "SAU", "AED": "ARE", "QAR": "QAT",
                    "KWD": "KWT", "ILS": "ISR", "TWD": "TWN", "BRL": "BRA", "TRY": "TUR", "RUB": "RUS", "UAH": "UKR",
                    "MYR": "MYS", "THB": "THA", "VND": "VNM", "ZAR": "ZAF", "CZK": "CZE", "HUF": "HUN", "RON": "ROU",
                    "MXN": "MEX", "EGP": "EGY", "PKR": "PAK", "HKD": None}
NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
SCALES = r"(lakh crores?|lakh cr|trillion|billion|million|thousand|crores?|lakhs?|cr|bn|tn|mn|mln|bln|mil|b|m)"
_SYMBOLS = "|".join(re.escape(s) for s in sorted(SYMBOL, key=len, reverse=True) if s[0].isalpha() or len(s) > 1)
# A letter before "$" makes another currency ("CA$", "NT$"): those are listed whole, so a bare symbol needs none.
SYMBOLIC = re.compile(r"(?<![\w$])(" + _SYMBOLS + r"|[$€£¥₹₩₱₺₪])\s?" + NUM + r"(?:[\s-]*(?i:" + SCALES + r"))?(?![\w])")
_WORDS = "|".join(re.escape(w) for w in sorted(WORD, key=len, reverse=True))
WORDED = re.compile(NUM + r"(?:[\s-]*" + SCALES + r")?[\s-]*(" + _WORDS + "|" + "|".join(CODES) + r")\b", re.IGNORECASE)
# "$2-3 billion", "2 to 3 billion dollars", "between $1 billion and $2 billion": a range is no single figure.
# "rose from 5.2 to 6.8 trillion yen" is a change, not a range, and "in 2022 to 57 trillion won" starts with a year.
_SIGN = r"(?:(?:" + _SYMBOLS + r"|[$€£¥₹₩₱₺₪])\s?)?"
RANGE = re.compile(r"(?<![\w$.,])(?<!from )" + _SIGN + r"(?!(?:19|20)\d\d\b)" + NUM + r"\s*(?:-|–|—|to|or)\s*" + _SIGN
                   + NUM + r"[\s-]*" + SCALES + r"\b|\bbetween\s+\S*\d[^.;]{0,25}?\band\s+\S*\d", re.IGNORECASE)


@dataclass(frozen=True)
class AmountMention:
    start: int
    end: int
    amount: Amount
    converted: bool  # a parenthesised conversion of a figure just told ("(about $22 billion)")


def find_amounts(text: str) -> list[AmountMention]:
    """Every money figure in `text`, in order, with conversions flagged so they are not counted twice;
    ranges ("$2-3 billion") give none, as the text tells no single figure."""
    found: list[AmountMention] = []
    ranges = [(m.start(), m.end()) for m in RANGE.finditer(text)]
    for m in SYMBOLIC.finditer(text):
        code = SYMBOL.get(m.group(1)) or SYMBOL.get(m.group(1).upper(), "USD")
        found.append(_mention(text, m.start(), m.end(), m.group(2), m.group(3), code))
    for m in WORDED.finditer(text):
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in found):
            continue
        word = m.group(3)
        if word.isupper() is False and word.upper() in CODES and word not in WORD:
            continue  # "12 billion eur" in lower case is a word, not a code; codes are written in capitals
        code = WORD.get(re.sub(r"\s+", " ", word.lower())) if word.lower() in WORD else word.upper()
        found.append(_mention(text, m.start(), m.end(), m.group(1), m.group(2), code))
    return sorted((a for a in found if a.amount.value >= 1000 and not any(s <= a.start < e for s, e in ranges)),
                  key=lambda a: a.start)


def _mention(text: str, start: int, end: int, number: str, scale: str | None, currency: str) -> AmountMention:
    value = float(number.replace(",", "")) * SCALE.get(re.sub(r"\s+", " ", (scale or "").lower()), 1.0)
    before = text[max(0, start - 12) : start]
    converted = bool(re.search(r"\((?:about|around|roughly|approximately|some|nearly|or)?\s*$", before))
    return AmountMention(start, end, Amount(round(value, 2), currency), converted)
