"""The frame of a drill word: an exercise held, begun or joined, not training an agreement covers or allows."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from pactwatch.extract.frames import head_token, load_frames
from pactwatch.reference import data_file

MAX_CLIMB = 6
JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multilateral", "multinational"})
COMPARING = frozenset({"different", "distinct", "differ", "apart", "separate"})  # "drills differ from patrols"


@dataclass(frozen=True)
class DrillClass:
    defining: frozenset[str]
    solo: re.Pattern[str]
    habit: re.Pattern[str]
    reporting: frozenset[str] = frozenset()  # "adding that ...": a reporting tail tells no drill party
    reaction_nouns: frozenset[str] = frozenset()  # "a move Beijing condemned": a reaction, not a party
    intent: frozenset[str] = frozenset()  # "is considering joint drills": a drill proposed, not held
    watchers: frozenset[str] = frozenset()  # "observers from Cyprus": watching, not drilling
    many: frozenset[str] = frozenset()  # "trains with many partners": partners as a class
    operation: re.Pattern[str] = re.compile(r"(?!)")  # "Operation X ... to practise": a named operation that trains
    unnamed: re.Pattern[str] = re.compile(r"(?!)")  # "with its African partners", "20 nations": others unnamed
    purpose: frozenset[str] = frozenset()  # "the exercise would help the navies ...": what a told drill is for
    force: frozenset[str] = frozenset()  # "..., firing missiles into waters near Taiwan": a show of force's target
    place_preps: frozenset[str] = frozenset()  # "drills around the island", "off Japan": the drill's site
    borders: frozenset[str] = frozenset()  # "near the border with China": the site's neighbour
    joined: frozenset[str] = frozenset()  # "They join long-standing participants": what a drill's newcomer joins
    origin: re.Pattern[str] = re.compile(r"(?!)")  # "What began in 2003 as a bilateral exercise": a series' birth
    described: frozenset[str] = frozenset()  # "countries that perform military exercises": states described


@lru_cache(maxsize=1)
def drill_class() -> DrillClass:
    """The drill_* words of data/triggers.yaml `frames`, read once."""
    f = data_file("triggers.yaml")["frames"]
    words = lambda key: frozenset(str(w).lower() for w in f.get(key) or ())  # noqa: E731
    return DrillClass(words("drill_defining"), re.compile(f.get("drill_solo") or r"(?!)", re.I),
                      re.compile(f.get("drill_habit") or r"(?!)", re.I), words("drill_reporting"), words("drill_reaction_nouns"),
                      words("drill_intent"), words("drill_watchers"), words("drill_many"),
                      re.compile(f.get("drill_operation") or r"(?!)", re.I), re.compile(f.get("drill_unnamed") or r"(?!)"),
                      words("drill_purpose"), words("drill_force"), words("drill_place_preps"),
                      words("drill_border_nouns"), words("drill_joined"),
                      re.compile(f.get("drill_origin") or r"(?!)", re.I), words("drill_described"))


def drill_veto(sv, start: int, end: int) -> str | None:
    """Why the drill word is no exercise event ("a framework for ... training of personnel"), or None."""
    token = head_token(sv.doc, start, end)
    if token is None:
        return None
    fr = load_frames()
    if token.lower_.startswith("exercis") and token.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and not c.text[:1].isupper() for c in token.children):
        return "the verb exercise"  # "Tokyo exercised restraint", "exercising its right"; not "began exercise Coral Shield"
    if _solo(token):
        return "one state's own drill"  # "China's unilateral naval exercises around Taiwan"
    if _told_held(token, fr):
        return None  # "reviewed the results of the Medusa exercise, which was held off Crete in October": held all the same
    t = token
    listed = False
    for _ in range(MAX_CLIMB):
        if t.dep_ in ("conj", "appos", "compound", "amod", "nmod") and t.head.i != t.i:
            listed = listed or (t.dep_ == "conj" and not fr.drill_words.search(t.head.text))
            t = t.head  # "supply, servicing and training of personnel": the first conjunct's frame
            continue
        if t.dep_ == "pobj" and t.head.lower_ == "of" and (t.head.head.pos_ == "NOUN" or t.head.head.tag_ == "VBG"):
            t = t.head.head  # "the supply of equipment, training of personnel": the phrase's own head
            continue
        break
    if t.pos_ in ("VERB", "AUX"):
        return _habit(t) or _described(t) or _modal(t, fr)  # "trained together", "will train alongside"
    if t.dep_ in ("nsubj", "nsubjpass") and _purpose(t):
        return "what the drill told is for"  # "the exercise would help the participating navies ...": no new event
    if t.dep_ in ("nsubj", "nsubjpass"):
        return _a_class(t, fr)  # "the exercise began", "drills were held"; not "joint drills differ from patrols"
    if t.dep_ in ("dobj", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
        verb = t.head
        if verb.lemma_.lower() in drill_class().intent:
            return None  # "is considering joint naval drills with Japan": a proposed drill (rules.py sets the status)
        if verb.lemma_.lower() not in fr.drill_verbs:
            return "drill is what the verb covers"  # "would facilitate the training of sailors", "establishing ... as"
        return _described(verb) or _modal(verb, fr)
    if t.dep_ == "pobj" and (t.head.lower_ == "than" or (t.head.lower_ == "from" and t.head.head.lemma_.lower() in COMPARING)):
        return "a yardstick"  # "more telling than naval exercises", "different from joint patrols"
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ in fr.drill_means_preps:
            return "drill is a means"  # "cooperated previously through joint exercises"
        if prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() in fr.drill_frame_nouns:
            return "drill is what an instrument covers"  # "a framework for training", "provisions on joint drills"
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in fr.drill_enabling:
            return "drill is what the verb covers"
        if verb.pos_ in ("VERB", "AUX"):
            return _modal(verb, fr)  # "could take part in joint drills"
    if listed and not any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in fr.drill_verbs for a in token.ancestors):
        return "a field in a list"  # "servicing of equipment, training of personnel and technology transfer"
    return None


def _modal(verb, fr) -> str | None:
    """"could train together", "would facilitate": a possibility, not an event."""
    verbs = [verb, verb.head] if verb.dep_ == "conj" else [verb]  # "can hold larger drills and take part in others"
    if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for v in verbs for c in v.children):
        return "hypothetical"  # "if Seoul and Tokyo held joint drills, ..."
    if any(c.dep_ == "aux" and c.lower_ in fr.drill_possible for v in verbs for c in v.children):
        return "possibility"
    return None


def _described(verb) -> str | None:
    """A simple-present drill verb in a relative clause on a noun of states ("Brazil and Colombia, countries that perform
    military exercises"): what those states do as a rule, no event."""
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    heads = [verb.head, *verb.head.conjuncts]  # "neighbours and partners that conduct joint drills"
    return "states described" if any(h.lemma_.lower() in drill_class().described for h in heads) else None


def _told_held(token, fr) -> bool:
    """The drill noun carries its own clause of holding ("the exercise, which was held in October", "the drills that had
    taken place in Kazakhstan"): whatever the main verb does with it, the drill was held."""
    for c in token.children:
        if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX") and not any(a.dep_ == "aux" and a.lower_ in fr.drill_possible
                                                                            for a in c.children):
            lemma = c.lemma_.lower()
            if lemma in fr.drill_verbs or (lemma == "take" and any(p.lower_ == "place" for p in c.children)):
                return True
    return False


def _purpose(noun) -> bool:
    """A drill already told ("the exercise", "these drills") as the subject of a verb of aim or effect ("would help",
    "aims to", "is designed to"): a sentence on what it is for, whose states are its beneficiaries."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these", "that", "those") for c in noun.children):
        return False
    verb = noun.head
    lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in verb.children if c.dep_ in ("xcomp", "acomp")}
    return bool(lemmas & drill_class().purpose)


def _habit(verb) -> str | None:
    """A simple-present drill verb with no helper, training with an unnamed many ("trains with many partners,
    including the US", "exercises with several navies each year"): what a state does as a rule, no event."""
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    many = drill_class().many
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("with", "alongside")):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            if obj.tag_ == "NNS" and any(c.lower_ in many for c in obj.children if c.dep_ in ("amod", "det", "nummod", "quantmod")):
                return "a habit"
    return None


def _solo(token) -> bool:
    """The drill's own modifiers say one state holds it ("unilateral drills", "drills conducted by a single nation")."""
    if any(c.dep_ == "amod" and c.lower_ in JOINT for c in token.children):
        return False  # "held their own joint drills": joint all the same
    listed = [token, *token.conjuncts]  # "exercises, drills or activities conducted by a single nation"
    near = [c for t in listed for c in t.children if c.dep_ in ("amod", "acl", "advmod")]
    return any(drill_class().solo.search(" ".join(w.text for w in c.subtree)) for c in near)


def _a_class(noun, fr) -> str | None:
    """A bare plural drill noun that a present-tense verb defines or compares: drills as a class, no event."""
    if noun.tag_ != "NNS" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None  # "the drills", "their drills": these drills
    verb = noun.head
    described = any(c.dep_ == "prep" for c in noun.children)  # "drills between A and B are under way": these drills
    helpers = [c for c in verb.children if c.dep_ == "aux"]
    if any(c.lower_ in fr.drill_possible for c in helpers):
        return "possibility"  # "joint exercises can occur in one-off instances"
    if helpers or verb.tag_ not in ("VBZ", "VBP"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in drill_class().defining or (lemma == "be" and not described
                                            and any(c.dep_ in ("acomp", "attr") for c in verb.children)):
        return "drills as a class"
    return None


def proposed(sv, start: int, end: int) -> bool:
    """The drill is the object of a verb of deliberation or proposal, directly or through a gerund ("is considering
    joint drills", "proposed holding joint exercises"): a drill proposed, not one held or agreed."""
    token = head_token(sv.doc, start, end)
    if token is None:
        return False
    intent = drill_class().intent
    t = token
    for _ in range(3):
        if t.dep_ in ("dobj", "pobj", "nsubjpass") and t.head is not t:
            t = t.head if t.dep_ != "pobj" else t.head.head  # "talks on joint drills": the noun's verb
        elif t.dep_ in ("xcomp", "ccomp", "pcomp") and t.head is not t:
            t = t.head  # "proposed holding", "are discussing conducting"
        else:
            break
        if t.lemma_.lower() in intent:
            return True
    return False


def habitual(text: str, start: int, end: int) -> bool:
    """A habit marker told with the drill word ("every year since 2015", "regularly"): a habit when undated."""
    return bool(drill_class().habit.search(text[max(0, start - 60) : end + 60]))


def joins_told_drill(sv, start: int, end: int) -> bool:
    """A verb of taking part whose object, if any, is the drill told before or its participants ("are participating",
    "have sent aircraft", "join long-standing participants", "took part in it"), not some other thing joined."""
    token = next((t for t in sv.doc if t.idx >= start), None) if sv.doc is not None else None  # "sent" of "sent troops"
    if token is None or token.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in token.children):
        return False
    joined = drill_class().joined
    objects = [c for c in token.children if c.dep_ == "dobj" and token.lemma_.lower() == "join"]
    objects += [q for c in token.children if c.dep_ == "prep" and c.lower_ == "in" for q in c.children if q.dep_ == "pobj"]
    return all(o.lemma_.lower() in joined or o.lower_ in joined for o in objects)
