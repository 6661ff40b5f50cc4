"""Who supplies and who receives in a transfer sentence, read from the parse of the trigger's clause.

"Washington approved the sale of jets to Taiwan": the sale's "to" names the recipient, the approving
subject the supplier. "Indonesia bought 42 Rafales from France": the subject buys, "from" names the
supplier. "the contract with South Korea's Hanwha": a maker's phrase gives its state, from the text
("South Korea's") or from the makers list. The lexicon is data/transfers.yaml.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.extract.actors import Mention
from pactwatch.extract.frames import head_token
from pactwatch.reference import data_file, load_reference

MAX_CLIMB = 6
OWN_DEPS = ("poss", "compound", "amod", "nmod", "appos", "det", "nummod", "case", "punct", "prep", "pobj", "npadvmod")


@dataclass(frozen=True)
class Lexicon:
    supply_verbs: frozenset[str]
    buy_verbs: frozenset[str]
    supply_nouns: frozenset[str]
    buy_nouns: frozenset[str]
    approving_verbs: frozenset[str]
    receiving_verbs: frozenset[str]
    entering_verbs: frozenset[str]
    deployed: re.Pattern[str]
    needs_state_goal: frozenset[str]
    own_use: re.Pattern[str]
    purpose: re.Pattern[str]
    more_equipment: re.Pattern[str]
    totals: re.Pattern[str]
    no_transfer: re.Pattern[str]
    abstract: re.Pattern[str]
    makers: tuple[tuple[re.Pattern[str], str], ...]
    force_goal: re.Pattern[str]
    arriving_verbs: frozenset[str] = frozenset()  # "a cargo of launchers reached Armenia"
    arriving_nouns: frozenset[str] = frozenset()  # the consignment nouns such a verb wants as its subject
    terms_nouns: frozenset[str] = frozenset()  # "on a non-reimbursable basis to X": the terms a goal may hang on
    people: re.Pattern[str] | None = None  # "vessels supplying troops at the shoal": people supplied, no materiel moved


@dataclass(frozen=True)
class Sides:
    """The sides the parse names: None when no phrase names that side, () when its phrase names no state."""

    supplier: tuple[str, ...] | None
    recipient: tuple[str, ...] | None
    blocked: str | None = None  # why the sentence tells no transfer: deployment, own use
    moved: str = ""  # the words of what moves: the object of the verb, the "of" of the noun
    goal: str = ""  # the words of a "to"/"for" phrase that names no state ("to the military")


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    """The transfer frame lexicon, read once."""
    d = data_file("transfers.yaml")
    words = lambda key: frozenset(str(w).lower() for w in d.get(key) or ())  # noqa: E731
    makers = tuple((re.compile(r"\b(?:" + "|".join(names) + r")\b"), code) for code, names in (d.get("makers") or {}).items())
    return Lexicon(words("supply_verbs"), words("buy_verbs"), words("supply_nouns"), words("buy_nouns"),
                   words("approving_verbs"), words("receiving_verbs"), words("entering_verbs"), re.compile(r"^\W*(?:\w+\W+){0,4}?" + d["deployed"] + r"\b", re.I),
                   words("verbs_needing_state_goal"), re.compile(d["own_use"], re.I),
                   re.compile(d["deployment_purpose"], re.I), re.compile(d["more_equipment"], re.I),
                   re.compile(d["totals"], re.I), re.compile(d["no_transfer"], re.I),
                   re.compile(r"^\W*(?:\w+\s+){0,3}?(?:" + d["abstract_objects"] + r")\b", re.I), makers,
                   re.compile(d["force_goal"], re.I), words("arriving_verbs"), words("arriving_nouns"), words("terms_nouns"),
                   re.compile(r"^\W*(?:the\s+|its\s+|their\s+|[\w-]+\s+){0,2}?(?:" + d["people_supplied"] + r")\b", re.I)
                   if d.get("people_supplied") else None)


def sides_of(doc, mentions: list[Mention], start: int, end: int, lex: Lexicon | None = None) -> Sides | None:
    """The supplier and recipient the trigger's frame names, or None when the trigger is no transfer word."""
    lex = lex or load_lexicon()
    token = head_token(doc, start, end)
    if token is None:
        return None
    lemma = token.lemma_.lower()
    if token.pos_ in ("VERB", "AUX") or lemma in lex.supply_verbs | lex.buy_verbs and token.pos_ != "NOUN":
        if lemma in lex.entering_verbs and any(c.dep_ == "nsubjpass" for c in token.children):
            return _entering_verb(token, mentions, lex)  # "the submarines were inducted into the Brazilian Navy"
        if lemma in lex.supply_verbs:
            return _supply_verb(token, lemma, mentions, lex)
        if lemma in lex.buy_verbs:
            return _buy_verb(token, mentions, lex)
        if lemma in lex.entering_verbs:
            return _entering_verb(token, mentions, lex)
        if lemma in lex.arriving_verbs:
            return _arriving_verb(token, mentions, lex)
        return None
    if lemma in lex.supply_nouns:
        return _noun(token, mentions, lex, supply=True)
    if lemma in lex.buy_nouns:
        return _noun(token, mentions, lex, supply=False)
    return None


def _supply_verb(verb, lemma: str, mentions: list[Mention], lex: Lexicon) -> Sides:
    obj = _object(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    supplier = _all_states(_agent(verb) if passive else _speaker(_subject(verb), verb), mentions, lex)
    goals = _prep_objects(verb, ("to", "for")) + ([p for o in [obj] if o is not None for p in _prep_objects(o, ("to", "for"))])
    goals += [c for c in verb.children if c.dep_ in ("dative", "iobj")]
    # "donated 24 vehicles valued at $11 million to the army": the parse hangs the goal on the object's participle
    goals += [p for c in (obj.children if obj is not None and not passive else ()) if c.dep_ == "acl"
              for p in _prep_objects(c, ("to",))]
    goals += [c for c in (obj.children if obj is not None else ()) if c.dep_ == "nmod" and _states(c, mentions, lex)]
    if not goals:
        goals = _terms_goals(verb, obj, lex)  # "sent vehicles on a non-reimbursable basis to the Central African Republic"
    if lemma in ("supply", "provide", "arm", "equip") and obj is not None and _prep_objects(verb, ("with",)):
        goals.append(obj)  # "supply Ukraine with tanks": the object receives
    recipient = _first_states(goals, mentions, lex)
    blocked = None
    text = _text(obj) if obj is not None else ""
    if lemma in lex.needs_state_goal:
        if lemma == "send" and (lex.deployed.search(text) or lex.purpose.search(_text(verb, whole=True))):
            blocked = "deployment"  # "sent warships to the region": forces on the move, no transfer
        elif not recipient and (goals or lemma != "send"):
            blocked = "no state receives"  # "sent tanks" alone may have its recipient told before (transfers/rules.py)
    if passive and _agent(verb) is None and recipient is None:
        blocked = blocked or "no sides"  # "the first UK submarines will be delivered in the 2030s": to their own navy
    if not recipient and any(lex.own_use.search(_text(g)) for g in goals):
        blocked = blocked or "own use"  # "builds frigates for its own navy"
    if verb.dep_ == "relcl" and lex.abstract.search(_text(verb.head)):
        blocked = blocked or "abstract"  # "the help the U.S. Navy provided Argentina": a service, not materiel
    with_ = _prep_objects(verb, ("with",))
    moved = _text(with_[0]) if with_ and lemma in ("supply", "provide") else text
    goal = " ".join(_text(g) for g in goals) if goals and not recipient else ""
    return Sides(supplier, recipient, blocked, moved, goal)


def _terms_goals(verb, obj, lex: Lexicon) -> list:
    """A "to" the parse hangs on the terms of the supply rather than on its verb ("on a non-reimbursable basis to X",
    "free of charge to the army of Mali", "as a gift to Somalia"): the goal of the supply all the same."""
    heads = [g for c in verb.children if c.dep_ == "prep" and c.lower_ not in ("to", "for", "from") for g in c.children
             if g.dep_ == "pobj"]
    heads += [t for t in (obj.subtree if obj is not None else ()) if t.dep_ == "pobj" and t.i > obj.i]
    return [g for h in heads if h.lemma_.lower() in lex.terms_nouns for g in _prep_objects(h, ("to",))]


def _buy_verb(verb, mentions: list[Mention], lex: Lexicon) -> Sides:
    obj = _object(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    buyer = _all_states(_agent(verb) if passive else _subject(verb), mentions, lex)
    sources = _prep_objects(verb, ("from",)) + ([p for o in [obj] if o is not None for p in _prep_objects(o, ("from",))])
    supplier = _first_states(sources, mentions, lex)
    if supplier is None and obj is not None:
        made = _states(obj, mentions, lex)  # "received US military hardware": the maker named in the object
        supplier = made or None
    blocked = None
    if sources and not supplier and any(lex.own_use.search(_text(s)) for s in sources):
        blocked = "own use"  # "ordered rifles from a domestic firm"
    elif not supplier and lex.own_use.search(_text(verb, whole=True)):
        blocked = "own use"
    return Sides(supplier, buyer, blocked, _objects_text(verb, obj))


def _noun(noun, mentions: list[Mention], lex: Lexicon, supply: bool) -> Sides:
    of = _prep_objects(noun, ("of",))
    to = _prep_objects(noun, ("to", "for")) + [p for o in of for p in _prep_objects(o, ("to",))]
    if noun.head is not noun and noun.head.pos_ in ("VERB", "AUX"):
        to += _prep_objects(noun.head, ("to",))  # "approved a sale of missiles to Poland" read with the verb
    frm = _prep_objects(noun, ("from",)) + [p for o in of for p in _prep_objects(o, ("from",))]
    owner = [c for c in noun.children if c.dep_ == "poss"]
    governor = noun.head if noun.dep_ in ("dobj", "nsubjpass", "pobj") else None
    while governor is not None and governor.dep_ == "prep":
        governor = governor.head  # "signed a deal for the purchase of ...": the verb above the preposition
    subject = _subject(governor) if governor is not None and governor.pos_ in ("VERB", "AUX") else None
    if supply and governor is not None and governor.lemma_.lower() in lex.receiving_verbs and not owner:
        supply = False  # "took delivery of jets from the US": the taker receives, "from" supplies
        frm += _prep_objects(governor, ("from",))
    if supply:
        supplier = _first_states(owner, mentions, lex)
        if supplier is None and subject is not None and governor.lemma_.lower() in lex.approving_verbs:
            supplier = _all_states(subject, mentions, lex)
        supplier = supplier or _first_states(frm, mentions, lex)
        return Sides(supplier, _first_states(to, mentions, lex), moved=_text(of[0]) if of else _text(noun))
    buyer = _first_states(owner, mentions, lex)
    if buyer is None and subject is not None:
        buyer = _all_states(subject, mentions, lex)
    supplier = _first_states(frm, mentions, lex)
    if supplier is None and of:
        supplier = _states(of[0], mentions, lex) or None
    return Sides(supplier, buyer, moved=_text(of[0]) if of else _text(noun))


def _entering_verb(verb, mentions: list[Mention], lex: Lexicon) -> Sides:
    """The equipment as subject enters a force ("was commissioned into the Hellenic Navy"); its maker supplies."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    recipient = _first_states(_prep_objects(verb, ("into", "to")), mentions, lex)
    if subject is None or not recipient:
        return Sides(None, recipient, "no force receives" if subject is not None else None)
    tokens = list(subject.subtree)
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
    words = verb.doc.text[lo:hi]
    made = [m.code for m in mentions if lo <= m.start < hi] or _makers_in(words, lex)
    return Sides(tuple(dict.fromkeys(made)) or None, recipient, moved=words)


def _arriving_verb(verb, mentions: list[Mention], lex: Lexicon) -> Sides:
    """A consignment reaching a state ("a cargo of Indian rocket launchers reached Armenia", "a shipment of Turkish
    vehicles arrived in Georgia"): the state reached receives, the state named in the consignment supplies."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in lex.arriving_nouns and subject.lower_ not in lex.arriving_nouns:
        return Sides(None, None, "no consignment")  # "Chinese warships reached Colombo": forces on the move
    goals = [c for c in verb.children if c.dep_ == "dobj"] if verb.lemma_.lower() == "reach" else \
        _prep_objects(verb, ("in", "at"))
    recipient = _first_states(goals, mentions, lex)
    tokens = list(subject.subtree)
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
    words = verb.doc.text[lo:hi]
    made = [m.code for m in mentions if lo <= m.start < hi and m.code not in (recipient or ())] or _makers_in(words, lex)
    if not made:
        known = load_reference().programme_named(words)  # "the first batch of BrahMos missiles": the system's maker
        made = [known.maker] if known is not None and known.maker and known.maker not in (recipient or ()) else []
    return Sides(tuple(dict.fromkeys(made)) or None, recipient, moved=words)


def subject_of(verb):
    """The subject of the verb, or of the verb it hangs on; public for the budgets family."""
    return _subject(verb)


def maker_named(words: str) -> str | None:
    """The state of a defence maker the words name ("Hanwha" -> KOR), if any."""
    return next(iter(_makers_in(words, load_lexicon())), None)


def _makers_in(words: str, lex: Lexicon) -> list[str]:
    """The home states of the defence firms the words name: data/companies.yaml first (the shared firm list),
    then the few makers only data/transfers.yaml lists."""
    try:
        ref = load_reference()
    except (OSError, ValueError, KeyError):
        ref = None
    if ref is not None and ref.firm_surface is not None:
        found = [ref.firms[m.group()].state for m in ref.firm_surface.finditer(words)]
        if any(found):
            return list(dict.fromkeys(c for c in found if c))
    return [code for pattern, code in lex.makers if pattern.search(words)]


def _subject(verb):
    """The subject of the verb, or of the verb it hangs on ("plans to buy", "won a contract to supply")."""
    t = verb
    for _ in range(MAX_CLIMB):
        for c in t.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (t is not verb and c.dep_ == "nsubjpass"):
                return c
        if t.dep_ not in ("xcomp", "conj", "acl", "dobj", "advcl", "ccomp", "pobj", "prep") or t.head is t:
            return None  # pobj, prep: "signed a letter of intent to purchase jets": the signers buy
        if t.dep_ == "ccomp" and t.head.i > t.i:
            return None  # "Germany will deliver ..., the government said": the saying verb's subject is no side
        owner = next((c for c in t.head.children if c.dep_ == "poss"), None) if t.dep_ == "acl" else None
        if owner is not None:
            return owner  # "Turkey criticised France's decision to supply howitzers": the decision's owner acts, not its critic
        t = t.head
    return None


def _speaker(subject, verb=None):
    """"Norway and Denmark said they would send ...": a pronoun subject of a reported clause is the sayer.
    A relative clause the parse left without a subject ("..., the United States on Thursday donated ...") has
    its head as the doer."""
    if subject is None and verb is not None and verb.dep_ == "relcl" and verb.head.pos_ == "PROPN":
        return verb.head
    if subject is None or subject.lower_ not in ("they", "we") or subject.head.dep_ != "ccomp":
        return subject
    sayer = subject.head.head
    return next((c for c in sayer.children if c.dep_ == "nsubj" and c.i < subject.i), subject)


def _agent(verb):
    for c in verb.children:
        if c.dep_ == "agent":
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _object(verb):
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _objects_text(verb, obj) -> str:
    """The words of the object, across a split parse ("received their first six AH-64E | Apache attack helicopters")."""
    if obj is None:
        return ""
    tokens = [t for c in verb.children if c.dep_ == "dobj" for t in _own(c)] or _own(obj)
    if obj.dep_ != "dobj":
        tokens = _own(obj)
    return verb.doc.text[min(t.idx for t in tokens) : max(t.idx + len(t.text) for t in tokens)]


def _prep_objects(head, preps: tuple[str, ...]) -> list:
    return [g for c in head.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for g in c.children if g.dep_ == "pobj"]


def _own(head) -> list:
    """The head's phrase without clauses, conjuncts or prepositions other than "of"."""
    out = [head]
    for c in head.children:
        if c.dep_ in ("relcl", "acl", "conj", "cc", "advcl") or (c.dep_ == "prep" and c.lower_ != "of"):
            continue
        out.extend(_own(c))
    return out


def _text(head, whole: bool = False) -> str:
    tokens = list(head.subtree) if whole else _own(head)
    return head.doc.text[min(t.idx for t in tokens) : max(t.idx + len(t.text) for t in tokens)]


def _states(head, mentions: list[Mention], lex: Lexicon) -> tuple[str, ...]:
    """The states a phrase names: its own words ("South Korea's Hanwha", "the Philippine navy") or its maker."""
    if head is None:
        return ()
    tokens = _own(head)
    lo, hi = min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)
    spans = [(t.idx, t.idx + len(t.text)) for t in tokens]
    codes = [m.code for m in mentions if lo <= m.start < hi and any(s <= m.start < e for s, e in spans)]
    if not codes:
        words = head.doc.text[lo:hi]
        codes = _makers_in(words, lex)
    return tuple(dict.fromkeys(codes))


def _all_states(head, mentions: list[Mention], lex: Lexicon) -> tuple[str, ...]:
    """The states of a phrase and of its conjuncts ("Germany and the Netherlands")."""
    if head is None:
        return ()
    return tuple(dict.fromkeys(code for c in [head, *head.conjuncts] for code in _states(c, mentions, lex)))


def _first_states(heads: list, mentions: list[Mention], lex: Lexicon) -> tuple[str, ...] | None:
    """The states of the first phrase that names any; () when phrases stand there but name none; None when none."""
    if not heads:
        return None
    for h in heads:
        found = tuple(dict.fromkeys(code for c in [h, *h.conjuncts] for code in _states(c, mentions, lex)))
        if found:
            return found  # "to Ukraine and Moldova": each conjunct's state
    return ()
