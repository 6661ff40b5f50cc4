"""Whether a known programme's name is told as work states do now, not as a thing seen, briefed or compared.

"Italy joined the GCAP", "Japan's share of the GCAP programme", "the joint headquarters of the GCAP" and "GCAP
will field a jet by 2035" tell the programme; "the delegation viewed the company's programme for a future combat
air system" and "was briefed on the Tempest" do not. Walking up the parse from the name, the first word found in
data/programme_frames.yaml's engage_words or observe_words decides; a name that is its clause's subject is the
programme itself at work; anything else is no fact.
"""

from __future__ import annotations

from pactwatch.extract.programmes.lexicon import Lexicon

MAX_CLIMB = 8
CHAIN = {"compound", "pobj", "prep", "dobj", "nsubj", "nsubjpass", "conj", "appos", "attr", "amod", "nmod", "poss",
         "npadvmod", "pcomp", "xcomp", "acl", "dep", "oprd", "case", "agent", "nummod"}


def engaged(doc, start: int, end: int, lex: Lexicon) -> bool:
    """True when the words above the name at [start, end) tell states working on it; True without a parse."""
    if doc is None:
        return True
    inside = [t for t in doc if start <= t.idx < end]
    if not inside:
        return True
    t = next((w for w in inside if not (start <= w.head.idx < end) or w.head is w), inside[-1])
    if _decide(t, inside, lex) is not None:
        return bool(_decide(t, inside, lex))
    if _own_clause_tells(t, lex):
        return True  # "the fighter jets jointly developed by Japan, Britain and Italy", "..., the project they launched"
    for _ in range(MAX_CLIMB):
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() not in lex.observe:
            return True  # "GCAP will field a jet": the programme at work
        if t.head is t or t.dep_ not in CHAIN:
            return False
        t = t.head
        verdict = _decide(t, inside, lex)
        if verdict is not None:
            return verdict
    return False


def _own_clause_tells(t, lex: Lexicon) -> bool:
    """A clause on the name or on its apposition ("the fighter project that Britain, Japan and Italy launched")
    tells the work."""
    heads = [t, *(c for c in t.children if c.dep_ == "appos")]
    verbs = [c for h in heads for c in h.children if c.dep_ in ("acl", "relcl")]
    return any(_decide(v, [], lex) for v in verbs)


def _decide(t, inside: list, lex: Lexicon) -> bool | None:
    """The verdict one word on the walk gives: its lemma, or a joint marker among its left modifiers."""
    lemma, word = t.lemma_.lower(), t.lower_
    if lemma in lex.observe or word in lex.observe:
        return False
    if lemma in lex.engage or word in lex.engage or lemma in lex.make_verbs or lemma in lex.work_verbs:
        return True
    if t.pos_ in ("VERB", "AUX") and any(c.dep_ == "dobj" and c.lemma_.lower() in lex.engage for c in t.children):
        return True  # "took part in the GCAP", "will increase their share of work in the F-35 programme"
    own = {w.i for w in inside}
    if any(w.lower_ in lex.joint for w in t.subtree if w.i < t.i and w.i not in own):
        return True  # "the joint government headquarters of the GCAP"
    return None
