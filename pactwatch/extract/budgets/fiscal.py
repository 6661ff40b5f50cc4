"""Budget years named relative to a report ("the current financial year") read in the spender's own calendar."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

import yaml

from pactwatch.reference import data_file

# "the current financial year", "next fiscal year", "the previous budget year", Indian "the current fiscal"
PHRASE = re.compile(r"\b(current|this|ongoing|present|next|coming|upcoming|last|previous|past)\s+(?:(?:fiscal|financial|budget)\s+year|"
                    r"fiscal(?!\s+(?:deficit|policy|gap|hole|space|rules?|year)))\b", re.I)
# "from the previous year's ₹5.25 lakh crore": a calendar year right before the figure it owns
YEAR_OWNER = re.compile(r"\b(?:the\s+)?(previous|last|past|preceding|next|coming|current|this)\s+year(?:'s|’s)\s*$", re.I)
# "for the fiscal year starting in April": the budget year that opens at the next such month
STARTING = re.compile(r"\b(?:fiscal|financial|budget) year (?:starting|beginning|that (?:starts|begins)|from)\s+(?:in\s+|on\s+)?(?:1\s+)?"
                      r"(January|February|March|April|May|June|July|August|September|October|November|December)\b", re.I)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
          "december")
STEP = {"next": 1, "coming": 1, "upcoming": 1, "last": -1, "previous": -1, "past": -1}


@lru_cache(maxsize=1)
def _calendars() -> tuple[tuple[int, str], dict[str, tuple[int, str]]]:
    """(default, per state) pairs of the month a budget year starts and how it is named; read once."""
    d = data_file("fiscal_years.yaml")
    default = (int(d["default"]["start"]), str(d["default"]["named_by"]))
    states = {str(k): (int(v.get("start", 1)), str(v.get("named_by", "start"))) for k, v in (d.get("states") or {}).items()}
    return default, states


def fiscal_year(state: str, published: date, step: int = 0) -> str | None:
    """The year a state's budget year is dated by, `step` years after the one running on `published`."""
    try:
        default, states = _calendars()
    except (OSError, KeyError, TypeError, ValueError, yaml.YAMLError):
        return None
    start, named_by = states.get(state, default)
    begun = published.year if published.month >= start else published.year - 1
    label = begun + 1 if named_by == "end" and start > 1 else begun
    return str(label + step)


def told_year(text: str, lo: int, hi: int, state: str, published: date | None) -> str | None:
    """The budget year a phrase in text[lo:hi] names relative to the report ("for the current financial year")."""
    if published is None:
        return None
    m = STARTING.search(text, lo, hi)
    if m and not re.search(r"\d\s*$", text[max(0, m.start() - 4) : m.start()]):  # "the 2024 fiscal year beginning March"
        month = MONTHS.index(m.group(1).lower()) + 1
        opens = date(published.year + (1 if month < published.month else 0), month, 1)
        return fiscal_year(state, opens)
    m = PHRASE.search(text, lo, hi)
    if m:
        return fiscal_year(state, published, STEP.get(m.group(1).lower(), 0))
    m = YEAR_OWNER.search(text[lo:hi]) if hi - lo < 60 else None
    return str(published.year + STEP.get(m.group(1).lower(), 0)) if m else None
