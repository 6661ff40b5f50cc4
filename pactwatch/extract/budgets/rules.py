"""Government defence spending figures: budgets, allocations, funds; one fact per figure."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import owner_of
from pactwatch.extract.amounts import CURRENCY_COUNTRY
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.budgets/3"
GOVERNMENT = re.compile(r"\b(?:defen[cs]e|military|ministry|government|armed forces|procurement|research and development|"
                        r"R&D|MoD|DND|Pentagon|navy|army|air force|authori[sz]ed|Bundeswehr|Self-Defen[cs]e Forces)\b", re.I)
PLEDGED = re.compile(r"\b(?:announc\w+|pledg\w+|propos\w+|request\w*|promis\w+|unveil\w+)\b", re.I)
DEAL = re.compile(r"\b(?:deal|contract|order|purchase|agreement|sale|worth|valued)s?\b", re.I)
# "spending ... worth about £13.4 billion a year": the worth of a spending rise is the budget figure, not a price
SPENDING_WORTH = re.compile(r"\b(?:spending|budget|outlays?|increase|rise|uplift|boost)\b[^.;]{0,40}\bworth\b", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each figure in a sentence about government defence money; a deal's price belongs to the deal."""
    hits = matches(sv, av, "budgets")
    if not hits or not GOVERNMENT.search(sv.text):
        return []
    out: list[Draft] = []
    for a in sv.amounts:
        near = sv.text[max(0, a.start - 25) : a.end + 20]
        if a.converted or (DEAL.search(near) and not (
                SPENDING_WORTH.search(sv.text[max(0, a.start - 70) : a.start])
                and not DEAL.search(near.replace("worth", "")))):
            continue
        owner = owner_of(sv.mentions, a.start, ())
        if not owner:
            home = CURRENCY_COUNTRY.get(a.amount.currency)
            owner = (home,) if home else (av.dyad[:1] if av.dyad else ())
        if not owner:
            continue
        after = [d for d in sv.dates if a.end <= d.start <= a.end + 25]
        item = draft(sv, av, "budget", owner, a.start, a.end, NAME, amount=a.amount)
        if after:
            item = replace(item, date=after[0].value, own_date=True)
        if item.date and av.published and int(item.date[:4]) > av.published.year and item.status == "occurred":
            item = replace(item, status="planned")  # a figure for a year still to come is a plan
        if item.status == "occurred" and PLEDGED.search(sv.text[max(0, a.start - 60) : a.start]):
            item = replace(item, status="planned")  # "announced a fund of 100 billion euros": money still to spend
        out.append(item)
    return out
