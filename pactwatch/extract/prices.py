"""Prices told in another sentence than the deal they price ("The missiles will cost $1.15 billion").

The lexicon is data/prices.yaml. A deal (a signed contract) or an arms transfer without an amount takes
the one figure of a following sentence (the next one or two, or later in the same paragraph) when that
figure is worded as a price, the sentence points back at a deal or its equipment, names no other state,
tells no other year, and is not itself a deal, transfer or budget of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

import yaml

from pactwatch.extract.actors import actor_codes, find_mentions
from pactwatch.extract.amounts import AmountMention, find_amounts
from pactwatch.extract.context import ArticleView, Draft
from pactwatch.extract.sentences import Sentence
from pactwatch.reference import data_file

AHEAD = 2  # sentences after the deal that may price it, whatever the paragraph
SAME_PARAGRAPH = 3  # ... and this far within the deal's own paragraph
BEHIND = 2  # sentences before the deal, in its paragraph, that may announce its price
OWN_FACTS = ("agreement_signed", "arms_transfer", "budget", "agreement_negotiation")
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
SALE = re.compile(r"\b(?:sale|sell|sells|sold|deal|purchase|buy|buys|acquir\w+|order|contract|suppl(?:y|ies|ied)|deliver\w*)\b", re.I)
# "with a further $570 million needed", "plus $2 billion for support": a figure added to another is no deal's price
ADDED = re.compile(r"\b(?:a further|another|an additional|additional|plus|on top of)\s+(?:about\s+|some\s+)?$", re.I)
CONVERSION = re.compile(r"^\s*\([^()]{0,40}\)")  # "5.2 billion euro ($5.9 billion) deal": the bracket converts the figure
# A sentence splitting a budget told before into its shares: "Of the total defence budget, X will go to ...".
SHARE = re.compile(r"\b(?:of (?:the|this|that|its) (?:total |overall |whole )?(?:defen[cs]e |military )?(?:budget|allocation|amount|sum|figure)|(?:the|this) (?:budget|allocation|amount) (?:includes|covers|earmarks)|of (?:this|that|it),)", re.I)


@dataclass(frozen=True)
class PriceCues:
    before: re.Pattern[str]
    subject: re.Pattern[str]
    after: re.Pattern[str]
    refers_back: re.Pattern[str]
    other_thing: re.Pattern[str]
    points_back: re.Pattern[str]


@lru_cache(maxsize=1)
def load_cues() -> PriceCues:
    """The price lexicon, read once."""
    d = data_file("prices.yaml")
    return PriceCues(*(re.compile(d[k], re.I) for k in ("price_before", "price_subject", "price_after", "refers_back", "other_thing",
                                                         "points_back")))


def attach_prices(drafts: list[Draft], sentences: list[Sentence], av: ArticleView) -> list[Draft]:
    """Deals and transfers without an amount, with the amount a nearby sentence gives for them; a sale
    retold later without a date of its own keeps the date of the same sale told before."""
    try:
        return _attach(_retold(_unbudgeted(drafts)), sentences, av)
    except (OSError, KeyError, re.error, yaml.YAMLError):
        return drafts  # a broken lexicon leaves the drafts as they are


def _unbudgeted(drafts: list[Draft]) -> list[Draft]:
    """"approved a 5.26 trillion yen budget, much of it for buying U.S. weapons": the figure a budget fact of the same
    sentence claims is the budget, not the price of a deal the sentence also tells."""
    budgets = {(d.sentence.index, d.amount) for d in drafts if d.type == "budget" and d.amount}
    return [replace(d, amount=None) if _priced(d) and d.amount and (d.sentence.index, d.amount) in budgets else d
            for d in drafts]


def _retold(drafts: list[Draft]) -> list[Draft]:
    """"Under the plan the US will sell Australia three submarines" after the lead told that sale: the
    detail took a date lent from another lead fact; it takes the dated sale's own date, so the two fold."""
    out: list[Draft] = []
    for d in drafts:
        if d.type == "arms_transfer" and not d.own_date:
            told = [e for e in out if e.type == "arms_transfer" and e.own_date and e.parties == d.parties
                    and e.programme in (None, d.programme) and e.date]
            if told:
                d = replace(d, date=told[-1].date)
        elif d.type == "budget" and not d.own_date and (d.date is None or SHARE.search(d.sentence.text)):
            # "Of the total defence budget, 204.4 billion pesos will go to ...": a share of the budget told before;
            # "Capital outlay has been fixed at Rs 1.80 lakh crore", no year told: the year of the budget told before
            told = [e for e in out if e.type == "budget" and e.own_date and e.parties == d.parties and e.date]
            if told and SHARE.search(d.sentence.text):
                d = replace(d, date=told[-1].date, status=told[-1].status)
            elif told:
                d = replace(d, date=told[0].date)  # the article's lead budget, not a comparison figure told since
        out.append(d)
    return out


def _priced(d: Draft) -> bool:
    """A fact a price can belong to: a transfer, a contract, or an agreement its sentence tells as a sale ("signed an
    agreement with Egypt for the sale of its fighter jet", "signed the agreement to supply the system")."""
    return d.type == "arms_transfer" or (d.type == "agreement_signed" and (
        d.agreement_kind == "contract" or d.agreement_kind in (None, "other") and SALE.search(d.sentence.text) is not None))


def _attach(drafts: list[Draft], sentences: list[Sentence], av: ArticleView) -> list[Draft]:
    if not any(_priced(d) and d.amount is None for d in drafts):
        return drafts
    cues = load_cues()
    told = {d.sentence.index for d in drafts if d.type in OWN_FACTS}  # sentences telling a fact of their own
    deals = sorted({d.sentence.index for d in drafts if _priced(d)})
    prices: dict[int, AmountMention] = {}
    for i in deals:
        group = [d for d in drafts if d.sentence.index == i and _priced(d)]
        if any(d.amount for d in group) or len({d.programme for d in group if d.type == "arms_transfer"}) > 1:
            continue  # already priced, or several systems in one sentence: one figure cannot price each
        parties = {p for d in group for p in d.parties}
        years = {d.date[:4] for d in group if d.date}
        origin = sentences[i]
        for j in range(i + 1, min(len(sentences), i + 1 + SAME_PARAGRAPH)):
            s = sentences[j]
            if j - i > AHEAD and s.paragraph != origin.paragraph:
                break
            if j in told and not _retells(drafts, j, parties):
                break  # the next deal's own sentence: later figures belong to it
            found = _price_in(s.text, cues)
            if found is None:
                continue
            if _other_states(s.text, parties, av) or _other_year(s.text, years):
                break
            prices[i] = found
            break
        if i not in prices and cues.points_back.search(origin.text):
            earlier = _told_before(i, sentences, told, cues, parties, years, av)
            if earlier is not None:
                prices[i] = earlier
    if not prices:
        return drafts
    return [replace(d, amount=prices[d.sentence.index].amount)
            if _priced(d) and d.amount is None and d.sentence.index in prices else d for d in drafts]


def _retells(drafts: list[Draft], j: int, parties: set[str]) -> bool:
    """Sentence j only retells the deal ("The agreement, announced on Friday, covers ...", "The minister signed the
    documents"): all its facts are priceable facts of the same sides with no price of their own."""
    own = [d for d in drafts if d.sentence.index == j]
    return bool(own) and all(_priced(d) and d.amount is None and set(d.parties) == parties for d in own)


def _told_before(i: int, sentences: list[Sentence], told: set[int], cues: PriceCues, parties: set[str],
                 years: set[str], av: ArticleView) -> AmountMention | None:
    """The price of the package an earlier sentence of the deal's paragraph announced ("The $2.5 billion
    package was approved on Tuesday."), when no fact of its own stands between."""
    for j in range(i - 1, max(-1, i - 1 - BEHIND), -1):
        s = sentences[j]
        if s.paragraph != sentences[i].paragraph or j in told:
            return None
        found = _price_in(s.text, cues)
        if found is not None:
            return None if _other_states(s.text, parties, av) or _other_year(s.text, years) else found
    return None


def _price_in(text: str, cues: PriceCues) -> AmountMention | None:
    """The one figure of the sentence worded as the price of a deal told before, else None."""
    money = [a for a in find_amounts(text) if not a.converted]
    if not money or not cues.refers_back.search(text) or cues.other_thing.search(text):
        return None
    worded = [a for a in money if _worded_as_price(text, a, cues)]
    # "the missiles will cost $1.15 billion, with a further $570 million needed to fit them": the one figure worded
    # as the price; two such figures price two things, and a lone figure must be worded as a price too
    return worded[0] if len(worded) == 1 and (len(money) == 1 or not ADDED.search(text[: worded[0].start])) else None


def _worded_as_price(text: str, a: AmountMention, cues: PriceCues) -> bool:
    """The figure stands where a price does: after "worth"/"will cost", as the cost's complement, or before a deal noun."""
    rest = text[a.end :]
    skip = CONVERSION.match(rest)
    before, after = text[max(0, a.start - 40) : a.start], rest[skip.end() if skip else 0 :][:40]
    return bool(cues.before.search(before) or cues.subject.search(text[max(0, a.start - 70) : a.start])
                or cues.after.search(after))


def _other_states(text: str, parties: set[str], av: ArticleView) -> bool:
    """The sentence names a state acting that is not a side of the deal ("Germany paid $2 billion for ...")."""
    codes = actor_codes(find_mentions(text, av.ref, av.published, set()))
    return any(c not in parties for c in codes)


def _other_year(text: str, years: set[str]) -> bool:
    """The sentence tells a year other than the deal's ("In 2015 it paid $5 billion"): another purchase."""
    told = set(YEAR.findall(text))
    return bool(told) and not (told <= years)
