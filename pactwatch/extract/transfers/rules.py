"""Sales, exports, donations and deliveries of defence equipment between states, one fact per system."""

from __future__ import annotations

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.transfers/2"


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each named system moved (or one fact for unnamed equipment), between the buyer and the maker's state."""
    instruments = [(m.start(), m.end()) for k in av.ref.agreement_kinds for m in k.pattern.finditer(sv.text)]
    hits = [h for h in matches(sv, av, "transfers")
            if not any(s <= h[1] < e for s, e in instruments) and not av.ref.descriptive.search(sv.text[: h[1]])
            and not (h[1] > 0 and sv.text[h[1]].isupper())]  # "Equipment Acquisition" in a title is a name
    if not hits:
        return []
    _trig, start, end = hits[0]
    systems = [p for p in av.ref.programmes if p.maker and p.pattern.search(sv.text)]
    if not systems and not av.ref.equipment_nouns.search(sv.text):
        return []
    if av.ref.generic_recipient.search(sv.text[start:]) or av.ref.domestic.search(sv.text):
        return []
    out: list[Draft] = []
    for system in systems or [None]:
        codes = list(sv.codes)
        if system and system.maker and system.maker not in codes:
            if len(codes) != 1:
                continue  # a system made by neither side is not what these two trade
            codes.append(system.maker)
        if len(codes) < 2 and not av.ref.dyad_markers.search(sv.text):
            continue  # "export hardware to some countries": no named buyer, no transfer
        parties = parties_for(codes, sv.text, av.dyad, "pair", av.ref, sv.own_codes, ranked=av.ranked)
        if len(parties) != 2:
            continue  # a sale is between a seller and a buyer
        money = [a for a in sv.amounts if not a.converted]
        out.append(draft(sv, av, "arms_transfer", parties, start, end, NAME, programme=system.name if system else None,
                         amount=money[0].amount if money and len(systems) <= 1 else None))
    return out
