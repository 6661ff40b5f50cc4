"""Sales, exports, donations and deliveries of defence equipment between states, one fact per system.

The parse names the sides where it can (extract/transfers/frame.py): the seller as the subject of
"sell"/"supply" or the "from" of "buy", the buyer as the "to" of "sell" or the subject of "buy", a
company by its state. Without such a frame the sentence's states and the known system's maker decide.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import parties_for
from pactwatch.extract.amounts import resolve
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches, reported_clause
from pactwatch.extract.frames import head_token
from pactwatch.extract.transfers.frame import Sides, load_lexicon, sides_of, subject_of

NAME = "pactwatch.extract.transfers/15"
MAX_PAIRS = 4
FRAMED = "framed"  # trigger id of the words that need the parse's frame (data/triggers.yaml)
# "had been completed", "have all been delivered": the delivery is finished by the time it is reported.
COMPLETED = re.compile(r"\b(?:had|have|has)\s+(?:all\s+|now\s+|already\s+|fully\s+)?been\s+(?:fully\s+)?(?:completed|delivered|handed over|transferred|supplied)\b", re.I)
POSSESSIVE = re.compile(r"['’]s?\s+")  # "India's indigenous": the state owning the design
VIA = re.compile(r"\b(?:through|via)\s+(?:the\s+)?$", re.I)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each named system moved (or one fact for unnamed equipment), between the buyer and the maker's state."""
    instruments = [(m.start(), m.end()) for k in av.ref.agreement_kinds for m in k.pattern.finditer(sv.text)]
    hits = [h for h in matches(sv, av, "transfers")
            if not any(s <= h[1] < e for s, e in instruments) and not _described(sv, av, h[1])
            and not (h[1] > 0 and sv.text[h[1]].isupper())]  # "Equipment Acquisition" in a title is a name
    policy = [(m.start(), m.end()) for m in load_lexicon().no_transfer.finditer(sv.text)]
    hits = [h for h in hits if not any(s <= h[1] < e for s, e in policy)]
    if not hits:
        return []  # the words of a ban, embargo or halt of arms exports, or of supply as a market, move nothing
    systems = [p for p in av.ref.programmes if p.maker and p.pattern.search(sv.text)]
    if not systems and not av.ref.equipment_nouns.search(sv.text) and not load_lexicon().more_equipment.search(sv.text):
        return []
    if av.ref.generic_recipient.search(sv.text[hits[0][1]:]) or _domestic(sv, av):
        return []
    framed = [(h, sides_of(sv.doc, sv.mentions, h[1], h[2])) for h in hits] if sv.doc is not None else []
    # "the deal provides a legal framework for ...": what the verb moves is a frame or a service, so the states trade nothing
    blocked = {h[1] for h, sides in framed if sides is not None and (sides.blocked or load_lexicon().abstract.search(sides.moved)
                                                                     or _people(sides.moved))}
    for (_trig, start, end), sides in framed:
        topic = getattr(head_token(sv.doc, start, end), "dep_", "") in ("nsubj", "csubj")
        if sides is not None and not systems and not topic:
            sides = _other_side(sides, sv, av)  # "US arms sales to Taiwan have angered Beijing": a topic, not a report
        if sides is not None and not sides.blocked and getattr(head_token(sv.doc, start, end), "pos_", "") == "VERB":
            sides = _told_recipient(sides, sv, av)  # a noun ("the purchase of jets from France") names the deal told before
        pairs = _pairs(sides) if sides is not None and not sides.blocked and _materiel(sides.moved, av) else []
        if pairs:
            amount = _price(sv, av, systems) if len(pairs) == 1 else None  # one price for several buyers is a total
            return [_completed(sv, _status(sv, av, draft(sv, av, "arms_transfer", pair, start, end, NAME,
                                                        programme=_one(systems), amount=amount), start, end), start, end)
                    for pair in pairs]
    if not systems and not av.ref.equipment_nouns.search(sv.text):
        return []  # the wider equipment words count only where the parse names both sides
    if policy:
        return []  # "voiced reservations against delivering tanks to X": beside a stance, only a parsed frame names a sale
    hits = [h for h in hits if h[0].id != FRAMED and h[1] not in blocked]
    if not hits:
        return []  # "received", "sent" need a frame naming both sides; "ordered rifles from a domestic firm" is none
    _trig, start, end = hits[0]
    out: list[Draft] = []
    # "supplied to conflict zones directly or through the United States": a state goods pass through is no side
    passing = {m.code for m in sv.mentions if VIA.search(sv.text[max(0, m.start - 14) : m.start])}
    for system in systems or [None]:
        codes = [c for c in sv.codes if c not in passing]
        if system and system.maker and system.maker not in codes:
            if len(codes) != 1:
                continue  # a system made by neither side is not what these two trade
            codes.append(system.maker)
        if len(codes) < 2 and not av.ref.dyad_markers.search(sv.text):
            continue  # "export hardware to some countries": no named buyer, no transfer
        parties = parties_for(codes, sv.text, av.dyad, "pair", av.ref, sv.own_codes, ranked=av.ranked)
        if len(parties) != 2:
            continue  # a sale is between a seller and a buyer
        out.append(_completed(sv, _status(sv, av, draft(sv, av, "arms_transfer", parties, start, end, NAME,
                                                      programme=system.name if system else None,
                                                      amount=_price(sv, av, systems)), start, end), start, end))
    return out


def _people(moved: str) -> bool:
    """What the verb supplies is people ("vessels supplying troops at the shoal", "provided soldiers to the mission"):
    a resupply run or a troop contribution, no equipment changing hands."""
    pattern = load_lexicon().people
    return bool(moved and pattern is not None and pattern.match(moved))


def _described(sv: SentenceView, av: ArticleView, pos: int) -> bool:
    """The trigger sits in a description of what an instrument allows ("the pact allows the supply of fuel"); a state
    that allows or permits a delivery decides it ("Berlin would allow the delivery of tanks to Ukraine": a sale to come)."""
    found = av.ref.descriptive.search(sv.text[:pos])
    if found is None or sv.doc is None:
        return found is not None
    verb = next((t for t in sv.doc if t.idx == found.start()), None)
    if verb is None or verb.lemma_.lower() not in load_lexicon().approving_verbs or verb.pos_ not in ("VERB", "AUX"):
        return True
    subject = subject_of(verb)
    if subject is None:
        return True
    lo = min(t.idx for t in subject.subtree)
    hi = max(t.idx + len(t.text) for t in subject.subtree)
    if any(k.pattern.search(sv.text[lo:hi]) for k in av.ref.agreement_kinds):
        return True  # "the agreement allows the transfer of ...": the instrument's content
    return not any(lo <= m.start and m.end <= hi and not m.firm for m in sv.mentions)


def _domestic(sv: SentenceView, av: ArticleView) -> bool:
    """A home-made word that tells a purchase at home ("ordered indigenous howitzers"), not one that names a state's own
    design ("a cargo of India's indigenous rocket launchers reached Armenia": the design is India's, the buyer abroad)."""
    return any(not any(m.end <= w.start() and POSSESSIVE.fullmatch(sv.text[m.end : w.start()]) for m in sv.mentions)
               for w in av.ref.domestic.finditer(sv.text))


def _other_side(sides: Sides, sv: SentenceView, av: ArticleView) -> Sides:
    """"the handover of a patrol boat to Tonga", "the vessel was received by Tonga's crown prince": a frame naming
    only the receiving state has the sentence's one other state as the supplier, or else the other of the
    article's two main states."""
    if sides.supplier is not None or not sides.recipient or len(sides.recipient) != 1:
        return sides  # a phrase names the supplier ("from a domestic firm" names no state: no guess either)
    named = [c for c in dict.fromkeys(sv.codes) if c != sides.recipient[0]]
    if len(named) > 1 or (not named and len(av.dyad) != 2):
        return sides
    others = named or [c for c in av.dyad if c != sides.recipient[0]]
    return replace(sides, supplier=tuple(others)) if len(others) == 1 else sides


def _told_recipient(sides: Sides, sv: SentenceView, av: ArticleView) -> Sides:
    """"the United States would supply 31 tanks", "donated 24 vehicles to the military": a frame naming the
    supplier and no receiving state, in a story of arms for one of its two main states (a transfer told
    before, or a goal that is a force), has that state as the recipient: the main state that is not the
    supplier and that the sentence does not name in another role."""
    if not sides.supplier or sides.recipient or len(av.dyad) != 2:
        return sides
    if sides.recipient is None and "arms_transfer" not in sv.earlier:
        return sides  # no transfer told yet: "Germany will send tanks" has no receiver to point back to
    if sides.recipient == () and not load_lexicon().force_goal.search(sides.goal):
        return sides  # "to the region", "to its partners": a goal that is no state's forces
    left = [c for c in av.dyad if c not in sides.supplier]
    if len(left) == 2:
        left = [c for c in left if c not in sv.codes and all(m.code != c for m in sv.mentions)]
    return replace(sides, recipient=tuple(left)) if len(left) == 1 else sides


def _completed(sv: SentenceView, d: Draft, start: int, end: int) -> Draft:
    """"said in May that the deliveries of jets to Angola had been completed": a finished delivery reported
    with a date is done by the report's date, when the delivery clause names none of its own."""
    span = reported_clause(sv, start, end)
    if d.date is not None or span is None or not COMPLETED.search(sv.text[span[0] : span[1]]):
        return d
    told = [m for m in sv.dates if m.end <= span[0] and m.kind != "name_year" and m.until is None]
    return replace(d, date=told[-1].value, own_date=True) if told else d


def _materiel(words: str, av: ArticleView) -> bool:
    """What moves is defence equipment: a known system or an equipment word."""
    return bool(words) and bool(av.ref.equipment_nouns.search(words) or load_lexicon().more_equipment.search(words)
                                or av.ref.programme_named(words))


def _pairs(sides: Sides) -> list[tuple[str, ...]]:
    """Each seller's state with each different buyer's state, both named by the parse ("Germany and Norway
    will deliver tanks to Ukraine": two sales); a list longer than a few is a tally, not a report."""
    if not sides.supplier or not sides.recipient or len(sides.supplier) * len(sides.recipient) > MAX_PAIRS:
        return []
    return list(dict.fromkeys(tuple(sorted((s, r))) for s in sides.supplier for r in sides.recipient if s != r))


def _one(systems: list) -> str | None:
    return systems[0].name if len(systems) == 1 else None


def _price(sv: SentenceView, av: ArticleView, systems: list):
    """The sentence's figure, unless it is a total over several purchases or the sentence names several systems."""
    money = [a for a in sv.amounts if not a.converted]
    if not money or len(systems) > 1 or load_lexicon().totals.search(sv.text):
        return None
    return resolve(money[0], (*sv.codes, *av.dyad))  # "kroner" in a sale by Norway is NOK


def _status(sv: SentenceView, av: ArticleView, d: Draft, start: int, end: int) -> Draft:
    """An approved sale is still to come ("Washington approved the sale of ..."): planned, not occurred."""
    token = head_token(sv.doc, start, end)
    if token is None or d.status not in ("occurred", "proposed"):
        return d  # "approved a possible sale": the seller's decision, so planned even when the sale is "possible"
    governor = token.head if token.dep_ in ("dobj", "nsubjpass") else None
    if governor is not None and governor.lemma_.lower() in load_lexicon().approving_verbs:
        return replace(d, status="planned")
    return d
