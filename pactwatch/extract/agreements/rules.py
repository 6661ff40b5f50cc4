"""Agreements signed, in force or under negotiation, one fact per instrument and per step told."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import hub_spokes, parties_for
from pactwatch.extract.agreements.clauses import (
    govern,
    held_pacts,
    partner_after,
    ratifies_by_signing,
    relative_instruments,
)
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches, people_for
from pactwatch.extract.family_cues import load_agreement_cues
from pactwatch.extract.frames import aside_spans, blank, head_token
from pactwatch.extract.parties import load_cues, noun_parties, respective

NAME = "pactwatch.extract.agreements/14"
TYPE_ORDER = {"in_force": 0, "negotiate": 1, "topics": 2, "sign": 3, "order": 4}
ANAPHOR = re.compile(r"\b(?:(?:the|this|that|such an?|both|a similar|(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s) (?:new |bilateral |landmark |historic |defen[cs]e |similar |same |two )?"
                     r"(?:agreements?|pacts?|deal|accords?|documents?|treaty)|(?:agreements?|pacts?|deals?) of (?:this|its|the same) kind"
                     r"|(?:a|an|one) (?:second|third|similar) one)\b", re.I)
TRILATERAL = re.compile(r"\b(?:trilateral|three-way|tripartite)\s+(?:[\w-]+\s+){0,2}$", re.I)
SALE = re.compile(r"\b(?:deal|sale|contract|order|purchase)s?\b", re.I)
PASSING = re.compile(r"\b(?:after|since|following)\b[^,;]{0,30}$", re.I)
CONCLUDE = re.compile(r"\bconclud\w*\b", re.I)
# "in accordance with signed agreements", "under the signed documents": the participle names old pacts, no signing
SIGNED_ADJECTIVE = re.compile(r"\b(?:with|under|of|per|from|by|to|the|all|existing|these|those)\s+$", re.I)
PLURAL_PACTS = re.compile(r"^\s+(?:agreements|documents|pacts|deals|accords|treaties|memoranda|contracts)\b", re.I)
# "initiatives based on the agreement signed in 2022": a participle after the pact's noun tells a past signing
# (occurred), and the talks in that sentence are about other things, not about that pact
PARTICIPLE = re.compile(r"\b(?:agreements?|pacts?|accords?|deals?|treat(?:y|ies)|memorand(?:um|a)|MoUs?|documents?|"
                        r"contracts?|plans?|arrangements?|roadmaps?)\s+(?:\([^()]{1,15}\)\s+)?(?:(?:already|previously|earlier)\s+)?$",
                        re.I)
# "the lower house approved a bill on the ratification of the pact": one step of ratification, not yet in force
RATIFICATION_BILL = re.compile(r"\b(?:bill|draft law|draft|legislation|law) (?:on|for|to|approving) (?:the )?ratif\w*", re.I)
# "the old pact will expire as soon as the new treaty is adopted": a step told as the condition of another is no event
CONDITION = re.compile(r"\b(?:as soon as|once|until|unless|provided that|if|when|after) (?:the |this |a |its |their )?"
                       r"(?:[\w-]+ ){0,4}(?:is|are|gets?|has been|have been) $", re.I)
# "upgrade their cooperation arrangement to a treaty-level agreement": the old instrument is only the starting point
UPGRADED = re.compile(r"\b(?:upgrad|elevat|rais|replac|supersed|turn|transform|convert)\w*\s+(?:the |their |its |our |an? )?"
                      r"(?:existing |current |old |earlier |present )?$", re.I)
# "concluded its sixth round of talks for an agreement": a round is done, the negotiation goes on
ROUND_OF_TALKS = re.compile(r"\bround (?:of )?(?:talks|negotiations?|consultations)\b", re.I)
# "concluded the sixth round of talks for an agreement": what is concluded is the talks, not the pact
CONCLUDED_TALKS = re.compile(r"^\W*(?:(?:its|their|the|a|an|this|that|his|her)\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:round|talks|negotiations?|visit|meeting|consultations?|session|dialogue)\b", re.I)
# "disputes shall be settled by consultation and negotiations": talks as the means a pact prescribes are no event
MEANS = re.compile(r"\b(?:settled|resolved|solved|handled|addressed|dealt with)?\s*(?:by|through|via)\s+(?:[\w-]+\s+(?:and|or)\s+)?$", re.I)
# "following the signing of a new plan": the signing told as done, whatever the main verb's tense
AFTER_SIGNING = re.compile(r"\b(?:following|after|since|with|upon|on) the (?:recent |historic |formal )?signing$", re.I)
# "similar to the ones India has signed with the US and France", "modelled on the one Japan signed with Australia":
# a comparison with older pacts; its states are neither this pact's sides nor the article's pair
COMPARISON = re.compile(r"\b(?:(?:similar|identical|comparable) to|modell?ed (?:on|after)|like|along the lines of) "
                        r"(?:the ones?|those|that|one|ones|the (?:agreements?|pacts?|deals?)) (?:that |which )?"
                        r"[\w ,'’-]{0,40}?(?:signed|concluded|inked|agreed)\b[^.;]*"
                        r"|\b(?:unlike|like|as with|as in)\s+(?:the\s+)?(?:similar|comparable|earlier|other|previous)\s+"
                        r"(?:agreements?|pacts?|deals?|accords?|treaties)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?"
                        r"(?:signed|concluded|inked|agreed)\b[^.;,]*", re.I)
# "beating a rival offer from Sweden's Saab", "rejecting calls to buy from Germany instead": a competitor named beside
# the deal is no side of it
RIVAL = re.compile(r"\b(?:beating|beat|defeating|edging out|outbidding|outbid|over|ahead of|rather than|instead of)\s+"
                   r"(?:an?\s+|the\s+)?(?:rival|competing|cheaper|lower|competitor['’]?s?)?\s*(?:offers?|bids?|proposals?|tenders?|designs?)"
                   r"\s+(?:from|by|of)\s+[^,;.]{0,60}|\b(?:rejecting|ignoring|dismissing|resisting)\s+(?:[\w-]+\s+){0,2}"
                   r"(?:calls|pressure|demands)\s+to\s+(?:buy|purchase|order|choose|pick)\s+(?:from\s+)?[^,;.]{0,60}", re.I)
# "Australia had hoped to sign ... was left unsigned", "a contract has yet to be signed", "the signing was postponed":
# a signing that did not happen (yet) leaves the pact under negotiation
UNSIGNED = re.compile(r"\b(?:(?:left|remains?|remained|still)\s+unsigned|(?:has|have|is|are|was|were)\s+(?:still\s+)?yet\s+to\s+be\s+"
                      r"(?:signed|inked|concluded|finali[sz]ed)|(?:has|have|had|is|are|was|were)\s+not\s+(?:yet\s+)?(?:been\s+)?"
                      r"(?:signed|inked)|fail(?:ed|s)?\s+to\s+(?:sign|conclude|finali[sz]e|ink)|signing\b[^.;]{0,60}?\b(?:was|were|has been|"
                      r"have been|had been|is|been)\s+(?:[\w-]+ly\s+)?(?:postponed|delayed|called off|put off|shelved|cancell?ed|"
                      r"deferred|suspended))\b", re.I)
# "the deal is the result of years of negotiation", "came after months of talks": talks told as the history of a pact
# that is done are no negotiation under way
TALKS_HISTORY = re.compile(r"\b(?:(?:years?|months?|weeks?|decades?|rounds)\s+of\s+(?:[\w-]+\s+){0,2}|(?:result|product|"
                           r"culmination|outcome|fruit)\s+of\s+(?:[\w-]+\s+){0,3})$", re.I)
# "struck a deal", "the pact was sealed": these verbs sign only with an instrument right beside them
STRIKE = re.compile(r"^(?:struck|strike|strikes|clinched|sealed)$", re.I)
STRUCK_WHAT = re.compile(r"^\s+(?:(?:a|an|the|their|its|this|that|new|landmark|historic|major)\s+){0,3}(?:[\w-]+\s+){0,3}?"
                         r"(?:deals?|agreements?|pacts?|accords?|contracts?|bargains?|treat(?:y|ies)|memorand\w+|MoUs?)\b", re.I)
PASSIVE_TAIL = re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:(?:was|were|is|are|has been|had been|have been|being|been|will be)\s+)?"
                          r"(?:\w+ly\s+)?", re.I)
# "are close to signing an agreement", "on the verge of signing", "working towards the finalisation of": the pact is
# still being negotiated
NEAR_SIGNING = re.compile(r"\b(?:(?P<near>close to|closer to|near to|nearing|on the verge of|on the brink of|on the cusp of|"
                          r"within reach of)|towards?|awaiting|await|pending)\s+(?:the\s+|an?\s+)?(?:early\s+|swift\s+|speedy\s+)?$", re.I)
# "after the sides exchanged diplomatic notes": the notes bring a signed pact into force, they are no signing
NOTES = re.compile(r"^exchang\w*\s+(?:(?:the|their|diplomatic|formal)\s+)*(?:notes|instruments)\b", re.I)
# "opened negotiations with Sweden on the size and price of the package": talks with a state, no instrument named,
# in an article whose instrument was named before; those talks are on that instrument
TALKS_WITH = re.compile(r"\bnegotiations? with\b", re.I)
# "is negotiating with Sweden for four more Gripen jets", "in talks with Paris over 26 Rafale jets": talks on buying
# equipment are talks on a sale contract even when no contract noun is told
BARGAIN_FOR = re.compile(r"\b(?:negotiat\w*|(?:in )?talks|bargain\w*|haggl\w*)\s+with\s+[^.;]{1,50}?\s+(?:for|over|on)\s+"
                         r"(?:the\s+(?:purchase|sale|supply|acquisition)\s+of\s+)?", re.I)
# "Negotiations were formally opened in Brussels on Tuesday": talks opening with no state or instrument named go on
# the instrument the article told before (only when the sentence names no state of its own)
OPENED_TALKS = re.compile(r"^\W*(?:the\s+)?(?:formal\s+|official\s+)?(?:negotiations|talks)\b[^.;]{0,40}?\b(?:opened|began|begun|"
                          r"started|launched|resumed|kicked off|got under way|are under way|were under way)\b", re.I)
# "agreed to start talks on renewing the agreement", "negotiations on signing a pact": the step is what the talks are on
TALKS_ON = re.compile(r"\b(?:talks|negotiations?|discussions?|consultations)\s+(?:on|about|over|towards?)\s+$", re.I)
# ... unless the talks are on a field that is no defence pact ("negotiations with Brazil on a trade deal")
OTHER_TALKS = re.compile(r"^[^.;]{0,60}?\b(?:trade|tariffs?|customs|investment|fisheries|climate|energy|gas|oil|migration|"
                         r"visas?|debt|loans?|taxes|tax|aviation|air services|free trade)\b", re.I)
# "have made substantial progress on the text": talks that move forward are still going on
PROGRESS = re.compile(r"\b(?:made|making|make|makes|achieved|reported) (?:[\w“”\"'-]+ ){0,2}progress\b", re.I)
# A signing told as still ahead, after the talks in the same sentence ("which will be ready to be signed", "to sign")
FUTURE_SIGN = re.compile(r"\b(?:will|would|to|could|can|shall|may)(?: (?:soon|then|finally|also))?(?: be)?(?: (?:ready|set|due|expected|"
                         r"scheduled|able|likely|poised))?(?: to(?: be)?)?\s*$", re.I)


def _kinds(sv: SentenceView, av: ArticleView, parties: tuple[str, ...], near: int = 0) -> list[tuple[str, int]]:
    """The instruments the sentence names, as (kind, position); "the agreement" takes the article's last kind."""
    found: list[tuple[str, int]] = []
    for k in av.ref.agreement_kinds:
        for m in k.pattern.finditer(sv.text):
            kind = av.ref.kind_of(m.group(), parties) or k.kind
            if all(kind != f[0] for f in found) and not any(abs(m.start() - f[1]) < 3 for f in found):
                found.append((kind, m.start()))
    if found:
        kept = [f for f in found if not UPGRADED.search(sv.text[max(0, f[1] - 50) : f[1]])]
        return sorted(kept or found, key=lambda f: f[1])
    generic = list(av.ref.generic_agreement.finditer(sv.text))
    if not generic:
        cues = load_cues()
        pronoun = cues.object_pronoun.search(sv.text) or cues.anaphor_subject.search(sv.text.strip())
        if pronoun:
            return [(sv.last_kind or "other", pronoun.start())]  # "signed it", "It took effect"
        bid = BARGAIN_FOR.search(sv.text)
        if bid and av.ref.equipment_nouns.search(sv.text[bid.end() : bid.end() + 60]):
            return [("contract", bid.start())]  # "is negotiating with Sweden for four Gripen jets": a sale's terms
        opened = OPENED_TALKS.search(sv.text)
        if opened and sv.last_kind and not any(not m.locative and not m.topic for m in sv.mentions):
            return [(sv.last_kind, opened.start())]  # "Negotiations were formally opened on Tuesday": on the pact told before
        talks = TALKS_WITH.search(sv.text)
        if talks and sv.last_kind and len(set(sv.codes)) >= 2 and not OTHER_TALKS.search(sv.text[talks.end() :]):
            return [(sv.last_kind, talks.start())]  # "then opened negotiations with Sweden on the price": on the deal told
        return []
    after = [g for g in generic if 0 <= g.start() - near <= 45]  # the object of "signed ..." comes after the verb
    m = after[0] if after else min(generic, key=lambda g: abs(g.start() - near))  # "besides the Rafale deal, it signed a ..."
    near = sv.text[max(0, m.start() - 60) : m.end() + 80]
    sale = SALE.search(m.group()) and (av.ref.equipment_nouns.search(near) or av.ref.programme_named(near))
    if any(not a.converted for a in sv.amounts) or sale:
        return [("contract", m.start())]
    anaphor = ANAPHOR.search(sv.text)
    if anaphor and SALE.search(anaphor.group()) and "arms_transfer" in sv.earlier:
        return []  # "finalized the deal": the sale already told, not a new instrument
    if anaphor and sv.last_kind:
        return [(sv.last_kind, m.start())]
    return [("other", m.start())]


def _signing_ahead(text: str, start: int) -> bool:
    """"working on a pact which will be ready to be signed at the summit": the signing is the talks' goal."""
    return bool(FUTURE_SIGN.search(text[max(0, start - 40) : start]))


def _unconfirmed(doc, start: int, end: int) -> bool:
    """"The notice does not indicate that a contract has been signed": a step under a denied telling verb is no fact."""
    token = head_token(doc, start, end)
    while token is not None and token.dep_ in ("ccomp", "conj", "xcomp", "nsubj", "nsubjpass") and token.head is not token:
        token = token.head
        if token.lemma_.lower() in load_agreement_cues().untold and any(c.dep_ == "neg" for c in token.children):
            return True
    return False


def _ratifies(word: str) -> bool:
    """"ratified the pact in December, and it entered into force on Thursday": the entry into force is the step."""
    return word.lower().startswith("ratif")


def _ahead(text: str, start: int) -> bool:
    """"ratified the pact, clearing the way for it to enter into force": an infinitive step is the goal of a told one."""
    return bool(re.search(r"\bto\s+$", text[max(0, start - 4) : start]))


def _named_sides(sv: SentenceView, av: ArticleView, near: int) -> tuple[str, ...]:
    """The states an instrument noun names as its sides (possessor, "X-Y", "with X", "between X and Y")."""
    for _kind, pos in _kinds(sv, av, (), near):
        named = list(dict.fromkeys(noun_parties(sv.doc, sv.mentions, pos)))
        if 2 <= len(named) <= 3:
            return tuple(sorted(named))
    return ()


def comparison_spans(text: str) -> list[tuple[int, int]]:
    """Where a sentence compares a pact with older ones ("similar to the ones X has signed with A and B")."""
    return [(m.start(), m.end()) for m in COMPARISON.finditer(text)]


def _hits(sv: SentenceView, av: ArticleView) -> list:
    """The family's triggers in the sentence; "struck"/"sealed" only with an instrument beside them."""
    return [h for h in matches(sv, av, "agreements")
            if not (STRIKE.match(sv.text[h[1] : h[2]]) and not STRUCK_WHAT.match(sv.text[h[2] :])
                    and not _instrument_before(sv.text[max(0, h[1] - 45) : h[1]], av))]


def _instrument_before(before: str, av: ArticleView) -> bool:
    """"the GSOMIA, which was sealed in 2016", "the deal was struck": the instrument told just before the verb."""
    ends = [m.end() for m in av.ref.generic_agreement.finditer(before)]
    ends += [m.end() for k in av.ref.agreement_kinds for m in k.pattern.finditer(before)]
    return any(PASSIVE_TAIL.fullmatch(before[e:]) for e in ends)


def _trade_pact(sv: SentenceView, av: ArticleView, hit) -> bool:
    """"negotiations on a Comprehensive Economic Partnership Agreement": the step's object is a pact of trade or tax."""
    after = sv.text[hit[2] : hit[2] + 90]
    nouns = [m.end() for m in av.ref.generic_agreement.finditer(after)]
    nouns += [m.end() for k in av.ref.agreement_kinds for m in k.pattern.finditer(after)]
    if not nouns:
        return False
    span = after[: min(nouns)]
    if re.search(r"[,;(]|\b(?:with|and|as well as)\b", span[:-12]) or len(span) > 70:
        return False  # "was signed in 2007, together with an extradition treaty": another instrument beside this one
    return bool(load_agreement_cues().non_defence.search(span)) and not re.search(r"\b(?:defen[cs]e|military|security|arms)\b", span, re.I)


def _ratifying(av: ArticleView):
    """The family's entry-into-force trigger, for a signature that completes a ratification."""
    return next(t for t in av.ref.triggers if t.family == "agreements" and t.type == "agreement_in_force")


def _trilateral(sv: SentenceView, av: ArticleView, parties: tuple[str, ...], kinds: list) -> tuple[str, ...]:
    """"The trilateral agreement, signed in Paris": a three-sided instrument told with fewer states takes the
    article's three main states, when the ones named are among them."""
    if len(parties) >= 3 or len(av.ranked) < 3 or not set(parties) <= set(av.ranked[:3]):
        return parties
    if any(TRILATERAL.search(sv.text[max(0, pos - 30) : pos]) for _, pos in kinds):
        return tuple(sorted(av.ranked[:3]))
    return parties


def _home_and_partner(sv: SentenceView, av: ArticleView) -> tuple[str, ...]:
    """"Lawmakers approved a bill ratifying an agreement with Fiji": the one state named is the instrument's partner,
    the other side the article's one main state (with two main states neither named, which one acts is not told)."""
    firm = [m for m in sv.mentions if not m.topic and not m.locative]
    if len({m.code for m in firm}) != 1 or not partner_after(sv.text, firm[0].start):
        return ()
    homes = [c for c in av.dyad if c != firm[0].code]
    return tuple(sorted((homes[0], firm[0].code))) if len(homes) == 1 else ()


def _without_critics(sv: SentenceView) -> SentenceView:
    """"a deal that Azerbaijan's foreign ministry called destabilising": the judging clause's states are no sides."""
    if sv.doc is None:
        return sv
    spans = []
    for t in sv.doc:
        if t.dep_ == "relcl" and t.lemma_.lower() in load_agreement_cues().judging and any(c.dep_ == "nsubj" for c in t.children):
            sub = list(t.subtree)
            spans.append((min(x.idx for x in sub), max(x.idx + len(x.text) for x in sub)))
    return blank(sv, spans) if spans else sv


def _without_aside(sv: SentenceView, first: int) -> SentenceView:
    """"X was inked two weeks after France was left reeling by Australia's cancellation of ...": the adverbial clause
    after the verb tells another story, so its states, instruments and verbs are blanked out (offsets kept)."""
    spans = aside_spans(sv.doc, first)
    return blank(sv, spans) if spans else sv


def _own_clause(sv: SentenceView, hits: list) -> tuple[SentenceView, list]:
    """"A and B train under their pact, and C and B have signed their own": a signing verb in a clause of its own
    with two states takes those states only (the other clause's pair is another story)."""
    verb = head_token(sv.doc, hits[0][1], hits[0][2])
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return sv, hits
    others = [c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]
    second = verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX")  # a second clause: its subtree is its own
    if not others and not second:
        return sv, hits
    away = {t.i for o in others for t in o.subtree}
    inside = [(t.idx, t.idx + len(t.text)) for t in verb.subtree if t.i not in away and not t.is_punct]
    kept = [m for m in sv.mentions if any(lo < m.end and m.start < hi for lo, hi in inside)]
    if len({m.code for m in kept if not m.topic and not m.locative}) < 2:
        return sv, hits
    codes = {m.code for m in kept}
    return (replace(sv, mentions=kept, codes=[c for c in sv.codes if c in codes]),
            [h for h in hits if any(lo <= h[1] < hi for lo, hi in inside)])


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """For each step the sentence tells (signed, in force, negotiated) and each instrument it names, one draft."""
    compared = comparison_spans(sv.text) + [(m.start(), m.end()) for m in RIVAL.finditer(sv.text)]
    if compared:
        sv = blank(sv, compared)
    sv = _without_critics(sv)
    hits = _hits(sv, av)
    if hits:
        sv = _without_aside(sv, min(h[1] for h in hits))
        hits = _hits(sv, av)
    held = held_pacts(sv.text, hits)
    if held:
        sv = blank(sv, held)  # "Manila has access agreements with A and B and agreed to ... with C": A and B are background
        hits = _hits(sv, av)
    if hits and len({m.code for m in sv.mentions if not m.topic}) >= 3:
        sv, hits = _own_clause(sv, hits)
    sealing = [h for h in hits if h[0].id == "sign" and ratifies_by_signing(sv.text, h[1], h[2])]
    if sealing:  # "signed five laws ratifying the pacts", "signed the pact into law": the pact enters into force
        told = any(h[0].type == "agreement_in_force" for h in hits)
        hits = [h for h in hits if h not in sealing] + ([] if told else [(_ratifying(av), h[1], h[2]) for h in sealing])
    hits = [h for h in hits if not (h[0].id == "negotiate" and MEANS.search(sv.text[max(0, h[1] - 40) : h[1]]))]
    hits = [h for h in hits if not _trade_pact(sv, av, h)]
    hits = [h for h in hits if not _unconfirmed(sv.doc, h[1], h[2])]
    hits = [h for h in hits if not (h[0].id == "sign" and CONCLUDE.fullmatch(sv.text[h[1] : h[2]])
                                    and CONCLUDED_TALKS.search(sv.text[h[2] : h[2] + 50]))]
    hits = [h for h in hits if not (h[0].id == "sign" and sv.text[h[1] : h[2]].lower() == "signed"
                                    and SIGNED_ADJECTIVE.search(sv.text[max(0, h[1] - 25) : h[1]])
                                    and PLURAL_PACTS.match(sv.text[h[2] : h[2] + 20]))]
    hits = [h for h in hits if not (h[0].id == "sign" and CONDITION.search(sv.text[max(0, h[1] - 60) : h[1]]))]
    hits = [h for h in hits if not (h[0].id == "negotiate" and sv.text[h[1] : h[2]].lower().startswith("text of")
                                    and load_agreement_cues().text_released.search(sv.text[h[2] :]))]
    if any(h[0].id == "in_force" for h in hits):
        hits = [h for h in hits if not (h[0].id == "sign" and NOTES.match(sv.text[h[1] :]))]
    if any(h[0].id == "sign" for h in hits) or "agreement_signed" in sv.earlier:
        hits = [h for h in hits if not (h[0].id == "negotiate" and TALKS_HISTORY.search(sv.text[max(0, h[1] - 40) : h[1]]))]
    told_done = [h for h in hits if h[0].id == "sign" and sv.text[h[1] : h[2]].lower() in load_agreement_cues().past_words
                 and PARTICIPLE.search(sv.text[max(0, h[1] - 40) : h[1]])]
    if told_done:
        hits = [h for h in hits if h[0].id != "topics"]  # "discussed initiatives based on the pact signed in 2022"
    talks = [h[1] for h in hits if h[0].id == "negotiate"]
    if talks:
        hits = [h for h in hits if not (h[0].id == "sign" and (CONCLUDE.fullmatch(sv.text[h[1] : h[2]])
                                                                or (h[1] > min(talks) and _signing_ahead(sv.text, h[1]))))]
    if not hits:
        return []
    if all(t.id == "topics" for t, _, _ in hits) and not any(k.pattern.search(sv.text) for k in av.ref.agreement_kinds):
        return []  # "discussed the arrangement": only a named instrument makes talks about it a fact
    paired = respective(sv.text, sv.doc, sv.mentions, sv.dates) if sv.own_codes else []
    when = {tuple(sorted((p.hub, p.spoke))): p.date for p in paired}
    spokes = [(p.hub, p.spoke, 0, None) for p in paired] or (hub_spokes(sv.text, sv.mentions, av.dyad) if sv.own_codes else [])
    groups = [((hub, spoke), lo, hi) for hub, spoke, lo, hi in spokes] or [(None, 0, None)]
    firm = {m.code for m in sv.mentions if not m.topic and not m.locative}  # named states, places aside
    inherited = 2 <= len(set(sv.codes)) <= 3 and firm <= set(sv.codes) and load_cues().anaphor_subject.search(sv.text.strip())
    out: list[Draft] = []
    for pair, lo, hi in groups:
        parties = tuple(sorted(pair)) if pair else parties_for(sv.codes, sv.text, av.dyad, "pair", av.ref, sv.own_codes, ranked=av.ranked)
        if inherited and not pair:
            parties = tuple(sorted(set(sv.codes)))  # "It was signed by the two ministers": the instrument told before
        named = _named_sides(sv, av, min(h[1] for h in hits)) if not pair else ()
        parties = named or parties  # "welcomed Japan's agreement with the Philippines": the instrument's own sides
        if not parties and not pair:
            parties = _home_and_partner(sv, av)
        if not parties:
            continue
        kinds = _kinds(sv, av, parties, min(h[1] for h in hits))
        if not kinds:
            continue
        parties = _trilateral(sv, av, parties, kinds)
        if kinds == [("other", kinds[0][1])] and len(set(sv.codes)) < 2 and sv.own_codes \
                and not av.ref.dyad_markers.search(sv.text) and not pair and not load_agreement_cues().signed.search(sv.text):
            continue  # "the cabinet will adopt three documents": one state and an unnamed paper is no pact
        steps: dict[str, tuple[int, int, str]] = {}
        for trig, start, end in sorted(hits, key=lambda h: (TYPE_ORDER.get(h[0].id, 9), _ahead(sv.text, h[1]),
                                                            _ratifies(sv.text[h[1] : h[2]]))):
            if pair and not (lo <= start < (hi or len(sv.text))) and len(hits) > 1:
                continue
            steps.setdefault(trig.type, (start, end, trig.id))
        another = relative_instruments(sv.text, hits, kinds, av.ref.generic_agreement)  # "a treaty they hope to sign"
        kinds = sorted(kinds + another, key=lambda k: k[1])
        mine = [h for h in hits if not (pair and not (lo <= h[1] < (hi or len(sv.text))) and len(hits) > 1)]
        for step, (start, end, _tid), governed in govern(sv.text, mine, steps, kinds):
            fact_type = step
            if fact_type == "agreement_signed" and CONCLUDE.fullmatch(sv.text[start:end]) and \
                    re.search(r"\b(?:to|will|would|be)\s+$", sv.text[max(0, start - 8) : start]):
                fact_type = "agreement_negotiation"  # "to conclude" a pact: it is still being negotiated
            if fact_type == "agreement_signed" and TALKS_ON.search(sv.text[max(0, start - 40) : start]):
                fact_type = "agreement_negotiation"  # "agreed to start talks on renewing their pact": the renewal is talked on
            ahead = NEAR_SIGNING.search(sv.text[max(0, start - 25) : start]) if fact_type == "agreement_signed" else None
            near = ahead is not None
            if near and "agreement_negotiation" in steps:
                continue  # "close to signing" beside the talks told in the same sentence
            if near:
                fact_type = "agreement_negotiation"  # "close to signing a pact": the talks are near their end
            unsigned = fact_type == "agreement_signed" and UNSIGNED.search(sv.text) is not None
            if unsigned:
                fact_type = "agreement_negotiation"  # "was left unsigned", "has yet to be signed": the talks go on
            for kind, pos in governed:
                if kind == "contract" and av.ref.domestic.search(sv.text):
                    continue  # an order placed with the country's own industry
                if kind == "other" and fact_type == "agreement_negotiation" and sv.last_kind and (kind, pos) not in another:
                    kind = sv.last_kind  # "reached agreement in principle": on the pact the article is about
                money = [a for a in sv.amounts if not a.converted]
                amount = money[0].amount if kind == "contract" and money else None
                programme = av.ref.programme_named(sv.text)
                item = draft(sv, av, fact_type, parties, start, end, NAME, lo=lo, hi=hi, agreement_kind=kind,
                             amount=amount, place=sv.place,
                             programme=programme.name if programme and kind == "contract" else None,
                             people=people_for(sv, parties) if fact_type == "agreement_signed" else ())
                if parties in when and when[parties]:
                    item = replace(item, date=when[parties], own_date=True)  # "... on 18 and 19 December, respectively"
                if fact_type == "agreement_signed" and any(h[1] == start for h in told_done) and item.status != "occurred" \
                        and (item.date is None or av.published is None or item.date < av.published.isoformat()[: len(item.date)]):
                    item = replace(item, status="occurred")  # "the agreement signed in 2022": done, whatever the verb
                if fact_type == "agreement_in_force" and item.status == "occurred" and RATIFICATION_BILL.search(sv.text):
                    item = replace(item, status="ongoing")  # one chamber's vote on the bill: ratification under way
                if fact_type == "agreement_negotiation" and item.status == "occurred" and _tid == "negotiate" \
                        and (ROUND_OF_TALKS.search(sv.text) or PROGRESS.search(sv.text)) \
                        and not re.search(r"\bin principle\b", sv.text, re.I):
                    item = replace(item, status="ongoing")  # a round held, progress made: the talks go on
                if near and item.status in ("occurred", "ongoing"):
                    # a signing at hand is planned (guideline); work towards one goes on
                    item = replace(item, status="planned" if ahead.group("near") else "ongoing")
                if unsigned:
                    item = replace(item, status="ongoing")
                if fact_type == "agreement_signed" and AFTER_SIGNING.search(sv.text[max(0, start - 30) : end]):
                    item = replace(item, status="occurred")  # "ties deepen following the signing of a plan": it is signed
                if len(steps) > 1 and PASSING.search(sv.text[max(0, start - 40) : start]):
                    item = replace(item, date=None, own_date=False, keep_undated=True)  # "...months after it was signed"
                out.append(item)
    return out
