"""Government defence spending figures: budgets, allocations, funds; one fact per figure."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import owner_of
from pactwatch.extract.amounts import home_state, resolve
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.frames import head_token
from pactwatch.extract.transfers.frame import maker_named, subject_of

NAME = "pactwatch.extract.budgets/5"
GOVERNMENT = re.compile(r"\b(?:defen[cs]e|military|ministry|government|officials|armed forces|procurement|research and development|"
                        r"R&D|MoD|DND|Pentagon|navy|army|air force|authori[sz]ed|Bundeswehr|Self-Defen[cs]e Forces)\b", re.I)
PLEDGED = re.compile(r"\b(?:announc\w+|pledg\w+|propos\w+|request\w*|promis\w+|unveil\w+)\b", re.I)
DEAL = re.compile(r"\b(?:deal|contract|order|purchase|agreement|sale|worth|valued)s?\b|\bto (?:buy|purchase|acquire|order)\b", re.I)
# A company's books are no government budget: "revenue of", "defence sales of", "order backlog".
COMPANY_MONEY = re.compile(r"\b(?:revenues?|earnings|profits?|turnover|sales|backlog|order (?:intake|book)|market (?:value|cap\w*)|"
                           r"valuation|shares?|dividends?|net income|operating income)\b[^.;]{0,30}$", re.I)
# The spender named as the subject of the trigger is a firm ("Hanwha plans to invest ..."), not a state.
FIRM = re.compile(r"\b(?:company|companies|firms?|makers?|manufacturers?|contractors?|group|shipyards?|corporation|corp|"
                  r"inc|ltd|plc|industries|aerospace|conglomerate|startups?)\b", re.I)
BENEFICIARY = re.compile(r"\b(?:for|to|toward|towards|from|into|against|with)\s+(?:the\s+)?$", re.I)
EARLIER = re.compile(r"\b(?:up|down|rising|falling|increase|rise) from\s+$|\bcompared (?:with|to)\s+$", re.I)
# "spending ... worth about £13.4 billion a year": the worth of a spending rise is the budget figure, not a price
# A figure naming a fund or budget of its own is spending money even beside a deal: "finance the deal with
# money from its €100 billion special defence fund".
OWN_FUND = re.compile(r"^[\s-]*(?:[\w-]+[\s-]+){0,3}?(?:fund|budget|war chest|allocation|reserve)\b", re.I)
# The whole government's spending plan is no defence budget ("4% of the government's proposed 6.35 trillion pesos
# spending plan", "the 20 trillion-naira national budget", "a national budget of ..."): the defence share is.
WHOLE_BEFORE = re.compile(r"\b(?:(?:government|nation|country|state|federal government)(?:'s|’s)\s+(?:proposed\s+|draft\s+|overall\s+|"
                          r"total\s+|annual\s+|entire\s+)*|(?:national|federal|general|state|government|overall|entire)\s+"
                          r"(?:budget|spending plan|expenditure|spending)\s+(?:proposal\s+)?(?:of|at|is|was|worth|totall?ing)\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?)$", re.I)
WHOLE_AFTER = re.compile(r"^[\s-]*(?:national|federal|general|state|government|nationwide|overall)[\s-]+(?:budget|spending|"
                         r"expenditure)", re.I)
# Money a state gives another is aid, not the giver's or the receiver's budget ("€200,000 allocated for the
# delivery of shells to Kyiv", "$61 billion for Ukraine"): a state after "to"/"for" following the figure.
# "to the Ukrainian army" receives; "in response to the Russian invasion" names no receiver.
RECEIVING_BODY = re.compile(r"\s+(?:armed forces|army|military|navy|air force|forces|troops|government|defen[cs]e ministry|people)\b", re.I)
AID_GOAL = re.compile(r"\b(?:to|for|towards?)\s+(?:the\s+)?$", re.I)
SPENDING_WORTH = re.compile(r"\b(?:spending|budget|outlays?|increase|rise|uplift|boost)\b[^.;]{0,40}\bworth\b", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each figure in a sentence about government defence money; a deal's price belongs to the deal."""
    hits = matches(sv, av, "budgets")
    if not hits or not GOVERNMENT.search(sv.text):
        return []
    out: list[Draft] = []
    for a in sv.amounts:
        near = sv.text[max(0, a.start - 25) : a.end + 20]
        if a.converted or (DEAL.search(near) and not OWN_FUND.search(sv.text[a.end : a.end + 40]) and not (
                SPENDING_WORTH.search(sv.text[max(0, a.start - 70) : a.start])
                and not DEAL.search(near.replace("worth", "")))):
            continue
        if COMPANY_MONEY.search(sv.text[max(0, a.start - 45) : a.start]) or _firm_spends(sv, hits, a.start):
            continue
        if _whole_government(sv.text, a) or _aid(sv, a):
            continue
        amount = resolve(a, (*sv.codes, *av.dyad))  # "kroner" in a report on Norway is Norway's money
        owner = _owner(sv, a, amount.currency)
        if not owner:
            home = home_state(amount.currency)
            owner = (home,) if home else (av.dyad if len(av.dyad) == 1 else ())  # of two states, no guess
        if not owner:
            continue
        after = [d for d in sv.dates if a.end <= d.start <= a.end + 25]
        item = draft(sv, av, "budget", owner, a.start, a.end, NAME, amount=amount)
        if after:
            item = replace(item, date=after[0].value, own_date=True)
        if item.date and av.published and int(item.date[:4]) > av.published.year and item.status == "occurred":
            item = replace(item, status="planned")  # a figure for a year still to come is a plan
        if item.status == "occurred" and PLEDGED.search(sv.text[max(0, a.start - 60) : a.start]):
            item = replace(item, status="planned")  # "announced a fund of 100 billion euros": money still to spend
        if item.status == "occurred" and any(t.id == "cost" for t, s0, _e in hits if s0 < a.start):
            item = replace(item, status="planned")  # "estimated the cost of the programme at ...": money to be spent
        if EARLIER.search(sv.text[max(0, a.start - 25) : a.start]) and not (
                item.date and av.published and int(item.date[:4]) > av.published.year):
            item = replace(item, status="occurred")  # "61 trillion won, up from 59 trillion won": the figure before
        out.append(item)
    return out


def _owner(sv: SentenceView, a, currency: str) -> tuple[str, ...]:
    """The state named before the figure; else the currency's home ("1.2 trillion won to buy jets from the US" is
    Korea's money, not America's); else the first state named after it that is not the money's recipient."""
    before = owner_of([m for m in sv.mentions if m.end <= a.start], a.start, ())
    if before:
        return before
    home = home_state(currency)
    if home:
        return (home,)
    spenders = [m for m in sv.mentions if not BENEFICIARY.search(sv.text[max(0, m.start - 14) : m.start])]
    return owner_of(spenders, a.start, ())  # "$61 billion in funding for Ukraine's military": Ukraine receives


def _firm_spends(sv: SentenceView, hits: list, pos: int) -> bool:
    """The trigger nearest before the figure has a firm as its subject, not a government body."""
    before = [h for h in hits if h[1] < pos]
    if not before or sv.doc is None:
        return False
    token = head_token(sv.doc, before[-1][1], before[-1][2])
    subject = subject_of(token) if token is not None else None
    if subject is None:
        return False
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    words = sv.text[lo:hi]
    if GOVERNMENT.search(words):
        return False
    return bool(FIRM.search(words) or maker_named(words))  # "Hanwha Aerospace plans to invest ..."


def _whole_government(text: str, a) -> bool:
    """The figure is the whole government's spending plan, not its defence share."""
    before = text[max(0, a.start - 60) : a.start]
    return bool(WHOLE_BEFORE.search(before) or WHOLE_AFTER.search(text[a.end : a.end + 40])
                or re.search(r"(?:%|per ?cent) of (?:the |its |their )?$", before, re.I)
                and not re.search(r"\b(?:defen[cs]e|military)\b", text[a.end : a.end + 25], re.I))


def _aid(sv: SentenceView, a) -> bool:
    """The figure goes to a foreign state named after it, in the same clause ("allocated for shells to Kyiv")."""
    after = [m for m in sv.mentions if a.end <= m.start <= a.end + 120 and not re.search(r"[;:]|, (?:said|says)\b|\bsaid\b",
                                                                                        sv.text[a.end : m.start])]
    before = owner_of([m for m in sv.mentions if m.end <= a.start], a.start, ())
    return any(AID_GOAL.search(sv.text[max(0, m.start - 14) : m.start]) and m.code not in before
               and (m.how != "demonym" or RECEIVING_BODY.match(sv.text[m.end : m.end + 25])) for m in after)
