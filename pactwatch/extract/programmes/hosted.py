"""Joint work told by its setting rather than a joint word: a plant abroad, an invitation, a contract's scope.

"Turkey intends to open a plant in Pakistan for assembling drones" (local production of the owner's system in
the host state), "aims to involve Islamabad in the programme for creating KAAN" (a state brought into another's
programme) and "within the scope of the contract, components of the Anka will be produced and developed" (work a
two-sided contract carries). Words come from data/programme_frames.yaml; the shared parse helpers from frame.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pactwatch.extract.context import ArticleView, SentenceView
from pactwatch.extract.programmes.frame import Read, span_text, states_in, subjects_of, system_named
from pactwatch.extract.programmes.lexicon import Lexicon, load_lexicon
from pactwatch.reference import data_file

MAX_PART_CLIMB = 3


def hosted(sv: SentenceView, av: ArticleView) -> list[Read]:
    """Every plant, invitation or contract-carried programme the parse shows; empty without a parse."""
    doc = sv.doc
    if doc is None:
        return []
    lex = load_lexicon()
    out: list[Read] = [*_produced_in(sv, av, lex), *_licensed(sv, av, lex), *_know_how(sv, av, lex)]
    for t in doc:
        found = _plant(t, sv, av, lex) or _invited(t, sv, av, lex) or _contracted(t, sv, av, lex) \
            or _assembled(t, sv, av, lex) or _joined(t, sv, av, lex) or _venture(t, sv, av, lex)
        if found is not None:
            out.append(found)
    return out


def _made(heads: list, lex: Lexicon):
    """The system a purpose phrase makes: "for assembling X", "to produce X", "for the production of X"."""
    for h in heads:
        for c in h.children:
            if c.dep_ == "prep" and c.lower_ in ("for", "of"):
                for g in c.children:
                    if g.dep_ == "pcomp" and g.lemma_.lower() in lex.make_verbs:
                        obj = next((d for d in g.children if d.dep_ == "dobj"), None)
                        if obj is not None:
                            return obj
                    if g.dep_ == "pobj" and g.lemma_.lower() in lex.make_nouns:
                        obj = next((d for p in g.children if p.dep_ == "prep" and p.lower_ == "of"
                                    for d in p.children if d.dep_ == "pobj"), None)
                        if obj is not None:
                            return obj
            if c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in lex.make_verbs:
                obj = next((d for d in c.children if d.dep_ == "dobj"), None)
                if obj is not None:
                    return obj
    return None


def _plant(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """A plant, factory or line set up in a host state to make a system: the owner's and the host's programme."""
    if t.pos_ != "NOUN" or t.lemma_.lower() not in lex.line_nouns or t.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = t.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lex.setup_verbs:
        return None
    places = [g for h in (t, verb) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
              for g in c.children if g.dep_ == "pobj"]
    hosts = states_in(sv, places, topics=True)
    obj = _made([t, verb], lex) or next((g for h in (t, verb) for c in h.children if c.dep_ == "prep" and
                                         c.lower_ == "for" for g in c.children
                                         if g.dep_ == "pobj" and system_named(g, lex, av)), None)
    if not hosts or obj is None:  # "a plant in Malaysia for armoured vehicles": the system the plant is for
        return None
    name = system_named(obj, lex, av)
    owners = [o for o in states_in(sv, subjects_of(verb), topics=True) if o not in hosts]
    known = av.ref.programme_named(name) if name else None
    if not owners and known and known.maker and known.maker not in hosts:
        owners = [known.maker]  # "a plant will open in Indonesia for Anka drones": the system's maker owns it
    if name is None or not owners:
        return None  # "Pakistan opened a plant in Pakistan": one state's own factory
    return Read(name, t.idx, t.idx + len(t.text), tuple(dict.fromkeys([*owners, *hosts])))


def _assembled(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """A known foreign system made in a state ("the first Gripen E fighter assembled in Brazil"): its maker's state and
    the producing state run a programme."""
    if t.tag_ != "VBN" or t.dep_ != "acl" or t.lemma_.lower() not in lex.make_verbs:
        return None
    places = [w for c in t.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children if g.dep_ == "pobj"
              for w in (g, *(x for x in g.children if x.dep_ == "compound"))]  # the place's own words, no appositive
    hosts = list(dict.fromkeys(m.code for m in sv.mentions if any(w.idx <= m.start < w.idx + len(w.text) for w in places)))
    name = system_named(t.head, lex, av)
    known = av.ref.programme_named(name) if name else None
    if len(hosts) != 1 or known is None or not known.maker or known.maker in hosts:
        return None
    return Read(known.name, t.idx, t.idx + len(t.text), (known.maker, hosts[0]))


def _produced_in(sv: SentenceView, av: ArticleView, lex: Lexicon) -> list[Read]:
    """Production of a known foreign system told by where it takes place ("with part of the production to take place
    in Indonesia"): the maker's state and the producing state."""
    out: list[Read] = []
    for m in sorted(sv.mentions, key=lambda m: m.start):
        told = lex.made_in.search(sv.text[max(0, m.start - 120) : m.start])
        if told is None or m.topic:
            continue
        known = av.ref.programme_named(sv.text[: m.start])
        if known is None or not known.maker or known.maker == m.code:
            continue
        start = max(0, m.start - 120) + told.start()
        out.append(Read(known.name, start, m.end, (known.maker, m.code)))
    return out


def _licensed(sv: SentenceView, av: ArticleView, lex: Lexicon) -> list[Read]:
    """One state's design made in another ("built in Brazil with technology transferred by France's Naval Group",
    "Ukrainian-designed drones will be produced in Britain"): the designing and the producing state."""
    hosts = [m for m in sv.mentions if not m.firm and lex.licensed_host.search(sv.text[max(0, m.start - 40) : m.start])]
    if len(hosts) != 1:
        return []
    host = hosts[0]
    sources = [m for m in sv.mentions if m.code != host.code and abs(m.start - host.start) <= 160 and (
        lex.licensed_source.search(sv.text[max(0, m.start - 70) : m.start]) or lex.designed_by.match(sv.text[m.end : m.end + 12]))]
    if len({m.code for m in sources}) != 1:
        return []
    name = _system_in(sv, av, lex)
    if name is None:
        return []
    start = min(host.start, sources[0].start)
    return [Read(name, start, max(host.end, sources[0].end), (sources[0].code, host.code))]


@lru_cache(maxsize=1)
def _know_how_words() -> re.Pattern[str]:
    """The words of a handover of the know-how to make a system (data/programme_frames.yaml: know_how_transfer)."""
    return re.compile(data_file("programme_frames.yaml").get("know_how_transfer") or "(?!x)x", re.I)


def _know_how(sv: SentenceView, av: ArticleView, lex: Lexicon) -> list[Read]:
    """One state hands another the know-how to make a system ("South Korea will transfer the expertise needed to build
    K2 tanks to Poland"): the giving state (the one state named before the words) and the receiving state (the one
    named after "to") run a licensed-production programme."""
    found = _know_how_words().search(sv.text)
    if found is None:
        return []
    givers = {m.code for m in sv.mentions if m.end <= found.start() and not m.firm}
    takers = {m.code for m in sv.mentions if m.start >= found.end() and not m.firm
              and re.search(r"\bto\s+(?:the\s+)?$", sv.text[max(found.end(), m.start - 8) : m.start])}
    if len(givers) != 1 or len(takers) != 1 or givers == takers:
        return []
    name = _system_in(sv, av, lex)
    if name is None:
        return []
    return [Read(name, found.start(), found.end(), (*givers, *takers))]


def _system_in(sv: SentenceView, av: ArticleView, lex: Lexicon) -> str | None:
    """The system the sentence makes: a known programme or equipment it names, else its first equipment noun."""
    known = av.ref.programme_named(sv.text)
    if known is not None:
        return known.name
    head = next((t for t in sv.doc if t.pos_ in ("NOUN", "PROPN") and (t.lower_ in lex.equipment or t.lemma_.lower() in lex.equipment)
                 and t.lower_ not in lex.generic), None)
    return system_named(head, lex, av) if head is not None else None


def _invited(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """A state brought into a programme ("involve Islamabad in the programme for creating KAAN")."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.invite_verbs:
        return None
    guests = [c for c in t.children if c.dep_ == "dobj"]
    invited = states_in(sv, guests, topics=True)
    if not invited:
        return None
    places = [g for c in t.children if c.dep_ == "prep" and c.lower_ in ("in", "into", "to")
              for g in c.children if g.dep_ == "pobj"]
    places += [g for c in t.children if c.dep_ == "xcomp" for g in c.subtree if g.pos_ in ("NOUN", "PROPN")]
    name = None
    for p in places:
        words = list(p.subtree)
        known = av.ref.programme_named(span_text(words))
        if known and known.kind in ("programme", "equipment"):
            name = known.name
        elif p.lemma_.lower() in lex.programme_nouns:
            obj = _made([p], lex)
            name = system_named(obj, lex, av) if obj is not None else None
        if name:
            break
    if name is None:
        return None
    hosts = [s for s in states_in(sv, subjects_of(t), topics=True) if s not in invited]
    if not hosts:
        return None
    return Read(name, t.idx, t.idx + len(t.text), tuple(dict.fromkeys([*hosts, *invited])), "proposed")


def _joined(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """A state joining a programme others run ("would join ELSA, a project launched by Germany and France"): the
    joiner and the states the programme's phrase names."""
    if t.pos_ != "VERB" or t.lemma_.lower() not in lex.join_verbs:
        return None
    objects = [o for c in t.children if c.dep_ == "dobj" for o in (c, *(a for a in c.children if a.dep_ == "appos"))]
    name = None
    for o in objects:
        known = av.ref.programme_named(span_text(list(o.subtree)))
        if known is not None and known.kind in ("programme", "equipment"):
            name = known.name
        elif o.lemma_.lower() in lex.programme_nouns:
            made = _made([o], lex)
            name = system_named(made, lex, av) if made is not None else _own_words(o, lex)
        if name:
            break
    if name is None:
        return None
    joiners = states_in(sv, subjects_of(t), topics=True)
    if not joiners and t.dep_ == "ccomp" and t.head.i != t.i:
        joiners = states_in(sv, subjects_of(t.head), topics=True)  # "Sweden said it would join ..."
    partners = [c for c in states_in(sv, objects, topics=True) if c not in joiners]
    if not joiners or not partners:
        return None  # "Finland joined the bloc's initiative": no state runs it with the joiner
    return Read(name, t.idx, t.idx + len(t.text), tuple(dict.fromkeys([*joiners, *partners])))


def _venture(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """A joint venture of two states' firms carrying the sentence's system ("the rifle contract will be executed by a
    joint venture of India's Munitions India with Russia's Rosoboronexport"): the states its phrase names."""
    if t.lemma_.lower() != "venture" or not any(c.lower_ == "joint" for c in t.children):
        return None
    if t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children):
        return None  # "made by BrahMos Aerospace, an India-Russia joint venture": the maker described, no news
    codes = list(dict.fromkeys(states_in(sv, [t], topics=True)))
    if len(codes) < 2:
        return None
    name = _system_in(sv, av, lex)
    return Read(name, t.idx, t.idx + len(t.text), tuple(codes)) if name else None


def _own_words(noun, lex: Lexicon) -> str | None:
    """A programme noun with its modifiers ("the fighter jet programme"), when they name more than a generic word."""
    words = [c.text for c in noun.lefts if c.dep_ in ("compound", "amod") and c.ent_type_ not in ("NORP", "GPE")]
    if not words or {w.lower() for w in words} <= lex.generic:
        return None
    return " ".join([*words, noun.text])


def _contract_words(tokens, lex: Lexicon) -> list:
    return [w for w in tokens if w.lemma_.lower() in lex.contract_nouns or w.lower_ in lex.contract_nouns]


def _contracted(t, sv: SentenceView, av: ArticleView, lex: Lexicon) -> Read | None:
    """Development, design or parts-making a contract carries: "within the scope of the contract, components of X
    will be produced and developed", "the contract will ensure the development of X"."""
    lemma = t.lemma_.lower()
    if t.pos_ == "VERB" and lemma in lex.make_verbs and t.dep_ != "conj":
        obj = next((c for c in t.children if c.dep_ in ("dobj", "nsubjpass")), None)
        scopes = [c for c in t.children if c.dep_ == "prep" and c.lower_ in ("within", "under", "in", "as")]
        deal = [w for s in scopes for w in _contract_words(s.subtree, lex)]
        developing = {lemma, *(c.lemma_.lower() for c in t.conjuncts)}
    elif t.pos_ == "NOUN" and lemma in lex.make_nouns and t.dep_ in ("dobj", "pobj"):
        obj = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                    if g.dep_ == "pobj"), None)
        verb = t.head if t.dep_ == "dobj" else t.head.head
        deal = _contract_words([c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")], lex)
        developing = {lemma}
    else:
        return None
    if obj is None or not deal:
        return None
    parts = obj.lemma_.lower() in lex.part_nouns or obj.lower_ in lex.part_nouns
    if parts:
        obj = _whole(obj, lex)
    if obj is None or not (parts or developing & lex.developing):
        return None  # "under the contract, 30 helicopters will be produced": a supply deal, no joint work
    name = system_named(obj, lex, av)
    if name is None:
        return None
    codes = states_in(sv, [w for d in deal for w in d.subtree], topics=True)
    return Read(name, t.idx, t.idx + len(t.text), tuple(dict.fromkeys(codes)))


def _whole(part, lex: Lexicon):
    """The system a part belongs to: "components of X", "parts for X", "components belonging to X"."""
    t = part
    for _ in range(MAX_PART_CLIMB):
        nxt = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")
                    for g in c.children if g.dep_ == "pobj"), None)
        nxt = nxt or next((g for c in t.children if c.dep_ in ("acl", "relcl") for p in c.children
                           if p.dep_ == "prep" and p.lower_ in ("to", "of") for g in p.children if g.dep_ == "pobj"), None)
        if nxt is None:
            return None
        if nxt.lemma_.lower() not in lex.part_nouns:
            return nxt
        t = nxt
    return None

