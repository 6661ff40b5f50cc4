"""The frame of a drill word: an exercise held, begun or joined, not training an agreement covers or allows."""

from __future__ import annotations

from pactwatch.extract.frames import head_token, load_frames

MAX_CLIMB = 6


def drill_veto(sv, start: int, end: int) -> str | None:
    """Why the drill word is no exercise event ("a framework for ... training of personnel"), or None."""
    token = head_token(sv.doc, start, end)
    if token is None:
        return None
    fr = load_frames()
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
        return _modal(t, fr)  # "trained together", "will train alongside"
    if t.dep_ in ("nsubj", "nsubjpass"):
        return None  # "the exercise began", "drills were held"
    if t.dep_ in ("dobj", "attr", "oprd") and t.head.pos_ in ("VERB", "AUX"):
        verb = t.head
        if verb.lemma_.lower() not in fr.drill_verbs:
            return "drill is what the verb covers"  # "would facilitate the training of sailors", "establishing ... as"
        return _modal(verb, fr)
    if t.dep_ == "pobj":
        prep = t.head
        if prep.lower_ in fr.drill_means_preps:
            return "drill is a means"  # "cooperated previously through joint exercises"
        if prep.head.pos_ in ("NOUN", "PROPN") and prep.head.lemma_.lower() in fr.drill_frame_nouns:
            return "drill is what an instrument covers"  # "a framework for training", "provisions on joint drills"
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in fr.drill_enabling:
            return "drill is what the verb covers"
    if listed and not any(a.pos_ in ("VERB", "AUX") and a.lemma_.lower() in fr.drill_verbs for a in token.ancestors):
        return "a field in a list"  # "servicing of equipment, training of personnel and technology transfer"
    return None


def _modal(verb, fr) -> str | None:
    """"could train together", "would facilitate": a possibility, not an event."""
    if any(c.dep_ == "aux" and c.lower_ in fr.drill_possible for c in verb.children):
        return "possibility"
    return None
