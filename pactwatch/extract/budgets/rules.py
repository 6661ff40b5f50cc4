"""Government defence spending figures: budgets, allocations, funds; one fact per figure."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import owner_of
from pactwatch.extract.amounts import home_state, neighbour, resolve, spent_by
from pactwatch.extract.budgets.fiscal import fiscal_year, told_year
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.frames import head_token
from pactwatch.extract.transfers.frame import maker_named, subject_of

NAME = "pactwatch.extract.budgets/11"
GOVERNMENT = re.compile(r"\b(?:defen[cs]e|military|ministry|government|officials|armed forces|procurement|research and development|"
                        r"R&D|MoD|DND|Pentagon|navy|army|air force|authori[sz]ed|Bundeswehr|Self-Defen[cs]e Forces)\b", re.I)
# "announced a fund of", "is due to receive", "an additional $1.7 billion over the four-year period": money still to spend
# "was expected on Thursday to approve": a short time phrase may stand between the modal adjective and its "to"
PLEDGED = re.compile(r"\b(?:announc\w+|pledg\w+|propos\w+|request\w*|promis\w+|unveil\w+|(?:due|set|slated|projected|expected)"
                     r"(?: (?:on|this|next|later|by) \w+(?: \w+)?)? to|additional|extra)\b", re.I)
# "the government's $11.1 billion response to the fleet review, announced in February": a sum announced (as a
# participle after the figure's phrase, no subject of its own) is money still to be spent, like "announced a fund"
ANNOUNCED_AFTER = re.compile(r"^[^.;,]{0,80},\s*(?:announced|unveiled|pledged|promised)\s+(?:in|on|last|earlier|this|by)\b", re.I)
# "parliament was expected on Thursday to approve a plan that raises spending by ...": a vote still to come, far back
AWAITED = re.compile(r"\b(?:is|are|was|were)\s+(?:due|set|slated|expected|scheduled)(?: (?:on|this|next|later|by) \w+(?: \w+)?)? to\b"
                     r"[^.;]{0,90}$", re.I)
DEAL = re.compile(r"\b(?:deal|contract|order|purchase|agreement|sale|worth|valued)s?\b|\bto (?:buy|purchase|acquire|order)\b", re.I)
# A company's books are no government budget: "revenue of", "defence sales of", "order backlog".
COMPANY_MONEY = re.compile(r"\b(?:revenues?|earnings|profits?|turnover|sales|backlog|order (?:intake|book)|market (?:value|cap\w*)|"
                           r"valuation|shares?|dividends?|net income|operating income)\b[^.;]{0,30}$", re.I)
# The spender named as the subject of the trigger is a firm ("Hanwha plans to invest ..."), not a state.
FIRM = re.compile(r"\b(?:company|companies|firms?|makers?|manufacturers?|contractors?|group|shipyards?|corporation|corp|"
                  r"inc|ltd|plc|industries|aerospace|conglomerate|startups?)\b", re.I)
# "Germany's parliamentary approval to invest nearly €4.5 billion in the fighter programme", "parliament approved
# €2 billion for the frigate programme": a legislature voting money for an arms programme or equipment is defence money
# though no defence word is told (a legislature alone is not: "parliament approved €2 billion for schools").
LEGISLATURE = re.compile(r"\b(?:parliament\w*|Bundestag|Congress|congressional|lawmakers|legislat\w+|Senate|Sejm|Diet|Knesset|"
                         r"National Assembly|House of Representatives)\b", re.I)
ARMS_PROGRAMME = re.compile(r"\b(?:programmes?|programs?|projects?|procurement)\b", re.I)
ARMS_KIND = re.compile(r"\b(?:fighters?|frigates?|submarines?|tanks?|jets?|missiles?|aircraft|drones?|shipbuilding|combat air|"
                       r"air[- ]defen[cs]e|helicopters?|artillery|warships?|destroyers?|corvettes?|rockets?|munitions|ammunition)\b", re.I)
BENEFICIARY = re.compile(r"\b(?:for|to|toward|towards|from|into|against|with)\s+(?:the\s+)?$", re.I)
# "$66 billion for wartime missions in Afghanistan, Iraq and Syria": a state told after the figure as the place the
# money is spent is no spender (a possessive is: "in Japan's budget"); a list of such places shares the preposition.
PLACE = re.compile(r"\b(?:in|across|throughout|inside|within|over)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+"
                   r"(?:and\s+|or\s+)?(?:the\s+)?){0,6}$")
EARLIER = re.compile(r"\b(?:up|down|rising|falling|increase|rise) from\s+$|\bcompared (?:with|to)\s+$", re.I)
# "the EU's €150 billion loan fund", "NATO's common budget of": money of a bloc or a lender is no state's budget
BODY_OWNED = re.compile(r"\b(?:EU|European Union|European Commission|Commission|NATO|alliance|bloc|UN|United Nations|World Bank|"
                        r"IMF|ASEAN|African Union|AU)(?:'s|’s)\s+(?:[\w-]+\s+){0,2}$")
# A figure naming a fund or budget of its own is spending money even beside a deal: "finance the deal with
# money from its €100 billion special defence fund".
OWN_FUND = re.compile(r"^[\s-]*(?:[\w-]+[\s-]+){0,3}?(?:fund|budget|war chest|allocation|reserve)\b", re.I)
# The whole government's spending plan is no defence budget ("4% of the government's proposed 6.35 trillion pesos
# spending plan", "the 20 trillion-naira national budget", "a national budget of ..."): the defence share is.
# "the government's $11.1 billion response to a review" is a defence measure: the possessive counts only with a
# plan noun right after the figure (WHOLE_NOUN).
WHOLE_OWNER = re.compile(r"\b(?:government|nation|country|state|federal government)(?:'s|’s)\s+(?:proposed\s+|draft\s+|"
                         r"overall\s+|total\s+|annual\s+|entire\s+)*$", re.I)
WHOLE_NOUN = re.compile(r"^[\s-]*(?:\([^()]{0,40}\)\s*)?(?:budget|spending plan|spending|expenditure|outlays?)\b", re.I)
WHOLE_BEFORE = re.compile(r"\b(?:(?:national|federal|general|state|government|overall|entire|union|central|total)\s+"
                          r"(?:budget|spending plan|expenditure|spending)\s+(?:proposal\s+)?(?:(?:for|in) (?:the )?(?:year |fiscal )?"
                          r"[\d-]+,?\s+)?(?:of|at|is|was|worth|totall?ing|(?:which|that) (?:is|was|stands at|stood at))\s+"
                          r"(?:about\s+|around\s+|some\s+|nearly\s+|roughly\s+)?)$", re.I)
# "12.76 per cent of the total Rs 21.46 lakh crore", "11.45 per cent of the total budget 2019-20 (Interim) of Rs
# 27.84 lakh crore": the whole a defence share is a percentage of.
SHARE_OF = re.compile(r"(?:%|per ?cent) of (?:the |its |their )?(?:(?:total|overall|entire|union|national|federal|"
                      r"government)\b[^.;%]{0,40})?$", re.I)
WHOLE_AFTER = re.compile(r"^[\s-]*(?:\([^()]{0,40}\)\s*)?(?:national|federal|general|state|government|nationwide|overall)[\s-]+(?:budget|spending|"
                         r"expenditure)", re.I)
# "Capital outlay ... has been fixed at Rs 1.80 lakh crore" after the article told a defence budget: a budget
# noun alone keeps the article's defence context.
BUDGET_NOUN = re.compile(r"\b(?:budget\w*|outlays?|allocat\w+|appropriat\w+|allot\w+)", re.I)
# "by 2032-33, defence is projected to have $96.5 billion", "In fiscal 2026, ...": the year that opens a figure's clause
LEAD_YEAR = re.compile(r"\b(?:by|in|for|during)\s+(?:the\s+)?(?:year\s+|fiscal\s+(?:year\s+)?)?$", re.I)
# "$56 billion budget approved Friday": the day a budget is approved is not the year it funds
DAY_KINDS = ("weekday", "today", "yesterday", "iso", "mdy", "dmy", "md", "dm", "slash", "ago")
CONTRAST = re.compile(r",\s*(?:while|whereas|but)\b|;", re.I)
BOUNDARY = re.compile(r"[.!?][\"”’']?\s+(?=[\"“]?[A-Z])|[;]")
FY = re.compile(r"\bFY\s?'?((?:19|20)\d\d|\d\d)(?:\s?[-–/]\s?\d{2,4})?\b")
PERIOD_END = re.compile(r"\b(?:to|until|till|through|thru)\s+(?:the\s+)?(?:end\s+of\s+)?$", re.I)
FOR_YEAR = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:fiscal|financial|budget)\s+(?:year\s+)?|year\s+|FY\s*)?$", re.I)
YEAR_OF = re.compile(r"^\s*(?:fiscal|financial|budget)\s+year\b|^\s*(?:defen[cs]e\s+|military\s+|state\s+|federal\s+)?budget\b", re.I)
DELTA_BEFORE = re.compile(r"\b(?:increase|increment|hike|rise|jump|growth|cut|reduction|decrease|decline|drop|fall)\s+of\s+"
                          r"(?:about\s+|around\s+|nearly\s+|some\s+|over\s+|more than\s+|almost\s+)?$", re.I)
DELTA_AFTER = re.compile(r"^[\s,]*(?:over|on|from|compared|against|versus|vs\.?)\b", re.I)
THRESHOLD_BEFORE = re.compile(r"\b(?:cross(?:ed|es|ing)?|surpass(?:ed|es|ing)?|breach(?:ed|es|ing)?|exceed(?:ed|s|ing)?)\s+(?:the\s+)?$",
                              re.I)
# "The 115.5 trillion yen budget for the year, greenlit by the cabinet, includes 8.7 trillion yen in defence spending":
# a figure whose budget holds the defence figure told after it is the whole (not "the $50bn defence budget includes").
CONTAINER = re.compile(r"^[^.;]{0,90}?\b(?:includes?|including|of which|contains?|comprises?)\b", re.I)
DEFENCE_WORD = re.compile(r"\b(?:defen[cs]e|military|armed forces|army|navy|air force)\b", re.I)
THRESHOLD_AFTER = re.compile(r"^[\s-]*(?:mark|threshold|milestone|barrier)\b", re.I)
# Money a state gives another is aid, not the giver's or the receiver's budget ("€200,000 allocated for the
# delivery of shells to Kyiv", "$61 billion for Ukraine"): a state after "to"/"for" following the figure.
# "to the Ukrainian army" receives; "in response to the Russian invasion" names no receiver.
RECEIVING_BODY = re.compile(r"\s+(?:armed forces|army|military|navy|air force|forces|troops|government|defen[cs]e ministry|people)\b", re.I)
# "funded with US$30 million in foreign military financing", "$400 million of security assistance": the figure is
# named as another state's aid (a transfer's price), not the spender's own budget
AID_NAMED = re.compile(r"^\s*(?:in|of)\s+(?:new\s+|additional\s+|U\.?S\.?\s+|American\s+)?(?:foreign military (?:financing|funding|sales)|FMF\b|"
                       r"military (?:aid|assistance|grants?)|security (?:aid|assistance)|defen[cs]e (?:aid|assistance))", re.I)
# "the Estonian Centre for Defence Investment said": a budget word inside an agency's name tells no money
AGENCY_NAME = re.compile(r"\b(?:Centre|Center|Agency|Office|Bank|Corporation|Institute|Directorate|Board|Committee|Commission|Authority|"
                         r"Council)\s+(?:of|for)\s+(?:(?:the|and|[A-Z][\w-]*)\s+){0,3}$")
AGENCY_AFTER = re.compile(r"^[\w-]*\s+(?:[A-Z][\w-]+\s+)?(?:Office|Agency|Bank|Committee|Commission|Centre|Center|Corporation|Authority|"
                          r"Board|Institute|Directorate)\b")
AID_GOAL = re.compile(r"\b(?:to|for|towards?)\s+(?:the\s+)?$", re.I)
# "The Ukrainian army will receive $2 billion from the United States": money received from a state is its aid
RECEIVED = re.compile(r"\b(?:receiv\w+|gets?|got|granted|given)\b", re.I)
AID_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
# "spending ... worth about £13.4 billion a year": the worth of a spending rise is the budget figure, not a price
SPENDING_WORTH = re.compile(r"\b(?:spending|budget|outlays?|increase|rise|uplift|boost)\b[^.;]{0,40}\bworth\b", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each figure in a sentence about government defence money; a deal's price belongs to the deal."""
    hits = [h for h in matches(sv, av, "budgets") if not _agency(sv.text, h[1])]
    voted = _voted_for_arms(sv, av)
    if not hits or not (GOVERNMENT.search(sv.text) or voted or "budget" in sv.earlier and BUDGET_NOUN.search(sv.text)):
        return []
    out: list[Draft] = []
    for a in sv.amounts:
        near = sv.text[max(0, a.start - 25) : a.end + 20]
        if a.converted or (DEAL.search(near) and not OWN_FUND.search(sv.text[a.end : a.end + 40]) and not (
                SPENDING_WORTH.search(sv.text[max(0, a.start - 70) : a.start])
                and not DEAL.search(near.replace("worth", "")))):
            continue
        if COMPANY_MONEY.search(sv.text[max(0, a.start - 45) : a.start]) or _firm_spends(sv, hits, a.start) \
                or BODY_OWNED.search(sv.text[max(0, a.start - 40) : a.start]):
            continue
        if not voted and not _about_defence(sv, a):
            continue  # "allocated KSh 12 billion to school feeding ..., while the defence allocation was not disclosed"
        if AID_NAMED.match(sv.text[a.end : a.end + 50]):
            continue  # "funded with US$30 million in foreign military financing": another state's aid, the transfer's price
        if _whole_government(sv.text, a) or _container(sv, a) or _aid(sv, a) or _threshold(sv.text, a) or _delta(sv, a):
            continue
        rivals = {m.code for m in sv.mentions if neighbour(sv.text, m.start)} - {
            m.code for m in sv.mentions if not neighbour(sv.text, m.start)}
        states = [c for c in (*sv.codes, *av.dyad) if c not in rivals]
        amount = resolve(a, states)  # "kroner" in a report on Norway is Norway's money, not a neighbour's
        owner = _owner(sv, a, amount.currency)
        if not owner:
            home = home_state(amount.currency)
            owner = (home,) if home else (av.dyad if len(av.dyad) == 1 else _lead_state(sv, av, hits) or _spent_abroad(sv, av, a))
        if not owner:
            continue
        if len(owner) == 1:
            amount = _local(sv, a, owner[0], amount)
        bracket = re.match(r"\s*\([^()]{0,40}\)", sv.text[a.end :])  # "200 billion zlotys ($55 billion) on defence in 2026"
        base = a.end + (bracket.end() if bracket else 0)
        after = [d for d in sv.dates if a.end <= d.start <= base + 25 and d.kind not in DAY_KINDS
                 and not PERIOD_END.search(sv.text[max(0, d.start - 12) : d.start])]  # "over the 10 years to 2032-33"
        item = draft(sv, av, "budget", owner, a.start, a.end, NAME, amount=amount)
        year = (_fiscal(sv, av, a, owner) or (after[0].value if after else None) or _lead_year(sv, a) or _for_year(sv, a)
                or _fy_label(sv, a))
        if year:
            item = replace(item, date=year, own_date=True)
        elif item.date and _elsewhere(sv, a, item.date):
            item = replace(item, date=None, own_date=False)  # "from the previous year's Rs 6.2 lakh crore to Rs 6.9 lakh crore"
        if item.date and av.published and item.status == "occurred" and item.own_date and len(item.date) == 4 \
                and int(item.date) > int(fiscal_year(owner[0], av.published) or av.published.year):
            item = replace(item, status="planned")  # India's 2025-26 told in February 2025: a budget year still to come
        if item.date and av.published and int(item.date[:4]) > av.published.year and item.status == "occurred":
            item = replace(item, status="planned")  # a figure for a year still to come is a plan
        if item.status == "occurred" and (PLEDGED.search(sv.text[max(0, a.start - 60) : a.start])
                                          or AWAITED.search(sv.text[max(0, a.start - 130) : a.start])
                                          or ANNOUNCED_AFTER.match(sv.text[a.end : a.end + 100])):
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
    home = home_state(currency)
    if home and any(m.code == home for m in sv.mentions):
        return (home,)  # "Malaysia ..., analysts at a Singapore think tank said, ... allocation of RM21 billion": Malaysia's
    before = owner_of([m for m in sv.mentions if m.end <= a.start], a.start, ())
    if before:
        return before
    if home:
        return (home,)
    spenders = [m for m in sv.mentions if not BENEFICIARY.search(sv.text[max(0, m.start - 14) : m.start])
                and not (m.start > a.end and PLACE.search(sv.text[a.end : m.start]) and not _possessive(sv.text, m.end))]
    return owner_of(spenders, a.start, ())  # "$61 billion in funding for Ukraine's military": Ukraine receives


def _spent_abroad(sv: SentenceView, av: ArticleView, a) -> tuple[str, ...]:
    """The states the sentence names after the figure are places it is spent in ("$66 billion for missions in Afghanistan
    and Iraq"): the article's main state spends it, when it is none of the places and the sentence names no other."""
    places = {m.code for m in sv.mentions if m.start > a.end and PLACE.search(sv.text[a.end : m.start])
              and not _possessive(sv.text, m.end)}
    lead = [c for c in av.ranked if c not in places]
    if not places or not lead:
        return ()
    rest = {m.code for m in sv.mentions if m.code not in places}
    return (lead[0],) if rest <= {lead[0]} else ()


def _possessive(text: str, end: int) -> bool:
    """The state name is a possessor ("in Japan's budget"): an owner, not a place."""
    return text[end : end + 2] in ("'s", "’s")


def _voted_for_arms(sv: SentenceView, av: ArticleView) -> bool:
    """A legislature votes money for an arms programme or equipment ("parliament approved €2 billion for the frigate
    programme"; a programme told in a defence article, "the programme", counts when the article told a joint programme)."""
    if not LEGISLATURE.search(sv.text):
        return False
    named = av.ref.equipment_nouns.search(sv.text) or ARMS_KIND.search(sv.text) \
        or any(p.pattern.search(sv.text) for p in av.ref.programmes)
    told = ARMS_PROGRAMME.search(sv.text) and (named or "joint_programme" in sv.earlier or "agreement_signed" in sv.earlier)
    return bool(named or told)


def _agency(text: str, start: int) -> bool:
    """A capitalised budget word in an agency's name ("Centre for Defence Investment", "Budget Office")."""
    return text[start : start + 1].isupper() and bool(AGENCY_NAME.search(text[max(0, start - 60) : start])
                                                      or AGENCY_AFTER.match(text[start : start + 40]))


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


def _about_defence(sv: SentenceView, a) -> bool:
    """The figure's stretch of the sentence speaks of defence money (a contrast clause "while the defence ministry's ..."
    is another's);
    a sentence after a defence budget was told keeps its context through a budget noun ("Capital outlay ... is fixed at")."""
    lo, hi = max(0, a.start - 150), min(len(sv.text), a.end + 100)
    cut = [m.start() for m in CONTRAST.finditer(sv.text, a.end, hi)]
    hi = cut[0] if cut else hi
    starts = [m.end() for m in CONTRAST.finditer(sv.text, lo, a.start)]
    lo = starts[-1] if starts else lo
    window = sv.text[lo:hi]
    return bool(GOVERNMENT.search(window) or "budget" in sv.earlier and BUDGET_NOUN.search(window))


def _local(sv: SentenceView, a, state: str, amount):
    """"$5.7 billion" Australia spends is the Australian dollar, unless the sentence writes that dollar with its own
    sign elsewhere ("A$5bn ($3.3bn)"), when the bare "$" is the US dollar."""
    if a.reading != "$":
        return amount  # a marked or re-read currency ("kroner" in a report on Norway) stays as read
    local = spent_by(a, state)
    marked = any(b.reading != "$" and b.amount.currency == local.currency != "USD" for b in sv.amounts)
    return amount if marked else local


def _lead_state(sv: SentenceView, av: ArticleView, hits: list) -> tuple[str, ...]:
    """"The $56 billion defense budget approved by the Cabinet ..." naming no state: the article's main state, when
    the sentence before named it too and the sentence names a budget ("Another €60 million will be spent on air
    defence" in a report on aid names none: whose money it is stays open)."""
    if sv.own_codes or not av.ranked or av.ranked[0] not in sv.codes:
        return ()
    if not (BUDGET_NOUN.search(sv.text) or any(t.id == "receive" for t, _s, _e in hits)):
        return ()
    return (av.ranked[0],)


def _fiscal(sv: SentenceView, av: ArticleView, a, owner: tuple[str, ...]) -> str | None:
    """"Rs 6.22 lakh crore provided for the current financial year": the spender's budget year running when the
    report was written, read in the figure's own clause (up to the next figure)."""
    if len(owner) != 1:
        return None
    nxt = min([b.start for b in sv.amounts if b.start > a.start and not b.converted] + [len(sv.text)])
    prev = max([b.end for b in sv.amounts if b.end <= a.start] + [0])
    hi = min(nxt, a.end + 90, *(i for i in (sv.text.find(";", a.end),) if i >= 0))
    return told_year(sv.text, a.end, hi, owner[0], av.published) or told_year(sv.text, max(prev, a.start - 50), a.start,
                                                                              owner[0], av.published)


def _for_year(sv: SentenceView, a) -> str | None:
    """The one budget year the sentence names ("the $56 billion budget approved Friday for the 2024 fiscal year",
    "the budget for this year, approved in December, stands at ..."):
    a year after "for" or before "fiscal year"/"budget"; None when it names several."""
    lo, hi = _clause(sv, a)
    years = {d.value[:4] for d in sv.dates if d.kind in ("year", "range", "rel_year") and lo <= d.start < hi and (
        FOR_YEAR.search(sv.text[max(0, d.start - 25) : _own_start(d)]) or YEAR_OF.match(sv.text[d.end : d.end + 20]))}
    return years.pop() if len(years) == 1 else None


def _own_start(d) -> int:
    """Where a date's own words begin: a mention may carry its preposition ("for 2026"), which FOR_YEAR reads."""
    head = re.match(r"(?:for|in|during)\s+", d.text, re.I)
    return d.start + (head.end() if head else 0)


def _clause(sv: SentenceView, a) -> tuple[int, int]:
    """The span of text that belongs to the figure: from the figure before it to the one after, not across a
    sentence boundary the splitter missed ('... for 2019-20," the statement added. Excluding pensions, Rs ...')."""
    lo = max([b.end for b in sv.amounts if b.end <= a.start] + [0])
    hi = min([b.start for b in sv.amounts if b.start >= a.end and not b.converted] + [len(sv.text)])
    stops = [m.end() for m in BOUNDARY.finditer(sv.text, lo, a.start)]
    ends = [m.start() for m in BOUNDARY.finditer(sv.text, a.end, hi)]
    return (stops[-1] if stops else lo), (ends[0] if ends else hi)


def _fy_label(sv: SentenceView, a) -> str | None:
    """"for FY2025", "in FY 2025-26", "FY25": a budget-year label in the figure's clause (a range by its first year)."""
    lo, hi = _clause(sv, a)
    years = {(m.group(1) if len(m.group(1)) == 4 else "20" + m.group(1)) for m in FY.finditer(sv.text, lo, hi)}
    return years.pop() if len(years) == 1 else None


def _lead_year(sv: SentenceView, a) -> str | None:
    """The year a clause opens with for its figure: "by 2032-33, defence is projected to have $96.5 billion",
    "in fiscal 2026 the ministry will spend ¥9 trillion"; None when another figure or clause stands between."""
    for d in reversed(sv.dates):
        if d.end > a.start or a.start - d.end > 70 or d.kind not in ("year", "range"):
            continue
        between = sv.text[d.end : a.start]
        if re.search(r"[;:]|\b(?:than|from|since|compared|after|before|when|which|while|whereas)\b", between, re.I) or any(
                d.end <= b.start < a.start for b in sv.amounts):
            return None
        if LEAD_YEAR.search(sv.text[max(0, d.start - 12) : _own_start(d)]):
            return d.value[:4]
        return None
    return None


def _threshold(text: str, a) -> bool:
    """A mark the figure crosses, not a figure of its own: "crossed the Rs 3 lakh crore mark", "will cross $1
    trillion for the first time" (the budget's own figure is told beside it)."""
    return bool(THRESHOLD_BEFORE.search(text[max(0, a.start - 25) : a.start])
                or THRESHOLD_AFTER.search(text[a.end : a.end + 12]))


def _elsewhere(sv: SentenceView, a, value: str) -> bool:
    """The date lent to the figure is told only outside its clause, for another figure."""
    lo, hi = _clause(sv, a)
    told = [d for d in sv.dates if d.value == value]
    return bool(told) and not any(lo <= d.start < hi for d in told)


def _delta(sv: SentenceView, a) -> bool:
    """A change measured against another figure, not a sum to spend: "an increase of Rs 40,367 crore in the total
    allocation (Rs 4,71,378 crore)", "a cut of $2 billion over last year" ("an increase of €2 billion in defence
    spending" told alone is money to spend)."""
    text = sv.text
    if not DELTA_BEFORE.search(text[max(0, a.start - 40) : a.start]):
        return False
    base = any(a.end < b.start <= a.end + 80 and b.amount.currency == a.amount.currency for b in sv.amounts)
    return bool(base or DELTA_AFTER.match(text[a.end : a.end + 30]))


def _container(sv: SentenceView, a) -> bool:
    """The figure is a whole budget that the sentence says holds a defence figure told after it."""
    m = CONTAINER.match(sv.text[a.end :])
    return bool(m and not DEFENCE_WORD.search(m.group()) and not DEFENCE_WORD.search(sv.text[max(0, a.start - 25) : a.start])
                and any(b.start >= a.end + m.end() for b in sv.amounts))


def _whole_government(text: str, a) -> bool:
    """The figure is the whole government's spending plan, not its defence share."""
    before = text[max(0, a.start - 60) : a.start]
    return bool(WHOLE_BEFORE.search(before) or WHOLE_AFTER.search(text[a.end : a.end + 40])
                or WHOLE_OWNER.search(before) and WHOLE_NOUN.search(text[a.end : a.end + 30])
                or SHARE_OF.search(before)
                and not re.search(r"\b(?:defen[cs]e|military)\b", text[a.end : a.end + 25], re.I))


def _aid(sv: SentenceView, a) -> bool:
    """The figure goes to a foreign state named after it, in the same clause ("allocated for shells to Kyiv")."""
    after = [m for m in sv.mentions if a.end <= m.start <= a.end + 120 and not re.search(r"[;:]|, (?:said|says)\b|\bsaid\b",
                                                                                        sv.text[a.end : m.start])]
    before = owner_of([m for m in sv.mentions if m.end <= a.start], a.start, ())
    received = RECEIVED.search(sv.text[max(0, a.start - 60) : a.start])  # "will receive $2 billion from the US"
    return any((AID_GOAL.search(sv.text[max(0, m.start - 14) : m.start])
                and (m.how != "demonym" or RECEIVING_BODY.match(sv.text[m.end : m.end + 25]))
                or received and AID_FROM.search(sv.text[max(0, m.start - 12) : m.start])) and m.code not in before
               for m in after)
