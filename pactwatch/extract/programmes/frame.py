"""Joint programmes read from the dependency parse, where the regexes need the verb right before its object.

"The engine will be co-produced by HAL and GE", "production of the KF-21 with Indonesia", "India and
France are working together on a new jet engine", "Poland will build tanks under licence from South
Korea": a making verb or noun with a joint marker (or a partner state), its object (the system) and the
states in its subject, agent, "with"/"between"/"from" phrases and possessor. Words come from
data/programme_frames.yaml.
"""

from __future__ import annotations

from dataclasses import dataclass

from pactwatch.extract.context import ArticleView, SentenceView
from pactwatch.extract.programmes.lexicon import Lexicon, load_lexicon

MAX_CLIMB = 6


@dataclass(frozen=True)
class Read:
    """One programme read from the parse: its name, the span of its making word and the states around it."""

    name: str
    start: int
    end: int
    codes: tuple[str, ...]
    status: str | None = None  # a status the frame itself tells ("aims to involve X in ..." is proposed)


def read(sv: SentenceView, av: ArticleView) -> list[Read]:
    """Every programme the parse shows made together, left to right; empty without a parse."""
    doc = sv.doc
    if doc is None:
        return []
    lex = load_lexicon()
    out: list[Read] = []
    for t in doc:
        found = _anchor(t, lex)
        if found is None:
            continue
        obj, partners, joint = found
        name = system_named(obj, lex, av) if obj is not None else None
        if name is None:
            continue
        host = _host(t, av, lex)
        if host:
            name = host  # "the new GCAP project to build an advanced fighter": the fighter is that programme
        if t.pos_ == "NOUN" and t.lemma_.lower() in lex.named_for_work and not av.ref.programme_named(name):
            name = f"{name} {t.lemma_.lower()}"  # "maintenance of warships" is named for the work, not the ships
        owners = [c for c in obj.children if c.dep_ in ("compound", "nmod", "amod", "poss") and c.i < obj.i]
        codes = tuple(dict.fromkeys([*states_in(sv, [*partners, *subjects_of(t)]),
                                     *states_in(sv, owners, topics=True)]))  # "U.S. warships": the owner works on them
        if not joint and (len(codes) < 2 or lex.domestic.search(span_text(_phrase(obj)))):
            continue  # no joint word: two states must make it ("India and France will develop an engine"), not
            # each its own ("Japan and Australia will build their own submarines") nor one ("developed by Japan")
        out.append(Read(name, t.idx, t.idx + len(t.text), codes))
    return out


def _anchor(t, lex: Lexicon):
    """(object token, partner tokens, joint word present) when `t` is a making verb or noun, else None."""
    lemma = t.lemma_.lower()
    co = _co_prefixed(t)
    if t.pos_ == "VERB" and (lemma in lex.make_verbs or co):
        partners = _partners(t, lex)
        joint = co or any(c.dep_ == "advmod" and c.lower_ in lex.joint for c in t.children) or _licensed(t, lex) \
            or any(c.dep_ == "amod" and c.lower_ in lex.joint for p in partners for c in p.children)  # "by a joint venture"
        obj = next((c for c in t.children if c.dep_ == "dobj"), None)
        obj = obj or next((c for c in _arguments(_clause(t)) if c.dep_ == "nsubjpass" or
                           (co and c.dep_ == "nsubj")), None)  # "the engine will be co-produced by ..."
        if obj is None and t.dep_ == "acl" and t.tag_ == "VBN":
            obj = t.head  # "the fighter developed by France, Germany and Spain"
        return _through_nouns(obj, lex), partners, joint
    if t.pos_ == "VERB" and lemma in lex.work_verbs:
        together = any(c.dep_ == "advmod" and c.lower_ in lex.joint for c in t.children)
        on = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children
                   if g.dep_ == "pobj"), None)
        if on is None:
            return None
        return _through_nouns(on, lex), _partners(t, lex), together
    if t.pos_ == "NOUN" and lemma in lex.line_nouns and any(c.dep_ == "compound" and c.lemma_.lower() in lex.make_nouns
                                                            for c in t.children):
        made = next((g for c in t.children if c.dep_ == "prep" and c.lower_ in ("for", "of") for g in c.children
                     if g.dep_ == "pobj"), None)  # "launched a production line for Gripen fighter jets in Brazil"
        if made is None:
            return None
        places = [g for h in (t, made) for c in h.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                  if g.dep_ == "pobj"]
        return made, [*_partners(t, lex), *places], True  # a line set up for a system is local production with its maker
    if t.pos_ == "NOUN" and lemma in lex.make_nouns:
        joint = co or any(c.dep_ in ("amod", "compound", "advmod") and c.lower_ in lex.joint for c in t.children)
        of = next((g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj"), None)
        if of is None:
            return None
        partners = _partners(t, lex) + _partners(of, lex) + [c for c in t.children if c.dep_ == "poss"]
        return of, partners, joint
    return None


def _host(t, av: ArticleView, lex: Lexicon) -> str | None:
    """The known programme the making word works in: "the GCAP project to build ...", "developing a new
    fighter under the GCAP programme"."""
    spans = [list(c.subtree) for h in (t, *(c for c in t.children if c.dep_ == "dobj")) for c in h.children
             if c.dep_ == "prep" and c.lower_ in lex.host_preps]  # on the verb or its object
    if t.dep_ in ("acl", "relcl") and t.head.pos_ in ("NOUN", "PROPN"):
        spans.append([w for w in t.head.subtree if w.i < t.i])  # "a partnership for the new GCAP project" before "to build"
    for words in spans:
        known = av.ref.programme_named(span_text(words))
        if known and known.kind == "programme":
            return known.name
    return None


def span_text(tokens: list) -> str:
    return tokens[0].doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)] if tokens else ""


def _co_prefixed(t) -> bool:
    """"co-produced" written as one token or split by the tokenizer into "co", "-", "produced"."""
    if t.lower_.startswith("co-"):
        return True
    return t.i >= 2 and t.doc[t.i - 1].text == "-" and t.doc[t.i - 2].lower_ == "co"


def _clause(t):
    """The verb that carries the clause's subject: the "co" token when the tokenizer split "co-produced"."""
    if _co_prefixed(t) and not t.lower_.startswith("co-"):
        return t.doc[t.i - 2] if t.head.i == t.i - 2 or t.doc[t.i - 2].dep_ == "ROOT" else t
    return t


def _arguments(v) -> list:
    """The verb's dependents, and those a misparse hung on its auxiliaries ("be" heading the subject)."""
    return [*v.children, *(g for c in v.children if c.dep_ in ("aux", "auxpass") for g in c.children)]


def _licensed(t, lex: Lexicon) -> bool:
    """"under licence from", "under a technology transfer agreement": made locally from another state's design."""
    return any(c.dep_ == "prep" and c.lower_ == "under" and (any(g.lemma_.lower() in lex.licence for g in c.children)
               or lex.licence_phrase.search(span_text(list(c.subtree)))) for c in [*t.children, *_clause(t).children])


def _partners(t, lex: Lexicon) -> list:
    """Objects of partner prepositions on `t`, and "from" under "under licence"."""
    out = []
    for c in [*t.children, *(_clause(t).children if _clause(t) is not t else [])]:
        if c.dep_ in ("prep", "agent") and c.lower_ in lex.partner_preps:
            out.extend(g for g in c.children if g.dep_ == "pobj")
        if c.dep_ == "prep" and c.lower_ == "under":
            for g in c.children:
                out.extend(p for h in g.children if h.dep_ == "prep" and h.lower_ in lex.partner_preps
                           for p in h.children if p.dep_ == "pobj")
    return out


def subjects_of(t) -> list:
    """The subject of the clause, climbing "agreed to jointly develop", "plan to build" to the governing verb."""
    v = _clause(t)
    for _ in range(MAX_CLIMB):
        subj = [c for c in _arguments(v) if c.dep_ == "nsubj"]
        if subj:
            return subj
        if v.dep_ in ("xcomp", "conj", "advcl", "acomp") and v.head.i != v.i:
            v = v.head  # "is ready to set up ...": the subject of "is"
        elif v.pos_ in ("NOUN", "ADP") and v.dep_ in ("pobj", "prep", "dobj") and v.head.i != v.i:
            v = v.head  # "agreed on the production of ...": the noun's governing verb holds the subject
        elif v.dep_ == "acl" and v.head.dep_ in ("dobj", "nsubj") and v.head.head.i != v.head.i:
            v = v.head.head  # "announced plans to develop ...": the subject of the verb whose plans they are
        else:
            break
    return []


def _through_nouns(obj, lex: Lexicon):
    """"the development of a new jet": the system under a making noun."""
    if obj is None:
        return None
    if obj.lemma_.lower() in lex.make_nouns:
        return next((g for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                     if g.dep_ == "pobj"), None)
    return obj


def system_named(obj, lex: Lexicon, av: ArticleView) -> str | None:
    """The programme a noun phrase names: a known alias, or a phrase headed by equipment or a proper name."""
    tokens = _phrase(obj)
    text = obj.doc.text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    known = av.ref.programme_named(text)
    if known:
        return known.name
    if lex.abstract.search(obj.lower_):
        return None
    designator = obj.text[:1].isupper() and any(ch.isdigit() for ch in obj.text)  # "KF-21", "F414"
    named = obj.pos_ == "PROPN" and obj.ent_type_ in lex.system_labels  # "the Gripen", not "NATO" or "Ukraine"
    if obj.lower_ not in lex.equipment and obj.lemma_.lower() not in lex.equipment and not named and not designator:
        return None
    codes_free = [t for t in tokens if not av.ref.country_surface.fullmatch(t.text) and t.ent_type_ not in ("NORP", "GPE")]
    words = [t.text for t in codes_free if t.dep_ not in ("det", "poss", "case", "punct")
             and not (t.dep_ == "nummod" and not any(ch.isalpha() for ch in t.text))]
    while words and words[0].lower() in lex.leading:
        words = words[1:]
    if not words or {w.lower() for w in words} <= lex.generic:
        return None
    more = [c.text for c in obj.conjuncts if c.i > obj.i and (c.lower_ in lex.equipment or c.lemma_.lower() in lex.equipment)]
    return " and ".join([" ".join(words), *more])  # "warships and aircraft"


def _phrase(obj) -> list:
    """The object's own words: modifiers and compounds, not its clauses or prepositional phrases."""
    keep = {"compound", "amod", "nmod", "det", "nummod", "poss", "case", "punct", "hmod", "hyph"}
    out = [obj]
    for c in obj.children:
        if c.dep_ in keep and c.i < obj.i:
            out.extend(c.subtree)
    return sorted(out, key=lambda t: t.i)


def states_in(sv: SentenceView, heads: list, topics: bool = False) -> list[str]:
    """States named in the phrases of the given heads and their conjuncts (topics only when asked)."""
    codes: list[str] = []
    for h in heads:
        for c in [h, *h.conjuncts]:
            lo = min(t.idx for t in c.subtree)
            hi = max(t.idx + len(t.text) for t in c.subtree)
            codes.extend(m.code for m in sv.mentions if lo <= m.start < hi and (topics or not m.topic))
    return codes
