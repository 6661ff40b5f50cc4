"""Joint exercises, drills, training and deployments together."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.exercises.frame import drill_class, drill_veto, habitual, joins_told_drill, proposed
from pactwatch.extract.exercises.name import drill_name
from pactwatch.extract.exercises.sides import event_view, target_spans
from pactwatch.extract.frames import blank

NAME = "pactwatch.extract.exercises/16"
# "endorsed holding drills", "agreed on conducting an exercise": drills decided, still to be held (the gerund's
# past-tense governor is the decision's tense, not the drill's).
AGREED = re.compile(r"\b(?:endorsed|approved|agreed (?:on|to)|decided (?:on|to)|backed|welcomed|announced plans? (?:for|to))\s+"
                    r"(?:\w+\s+){0,3}?(?:holding|conducting|staging|organi[sz]ing|hold|conduct|stage)\b[^.;]{0,160}$", re.I)
# Words that tell a drill with others; a sentence naming one state and none of these tells that state's own drill.
TOGETHER = re.compile(r"\b(?:joint|jointly|combined|with|alongside|together|bilateral|trilateral|multilateral|multinational|"
                      r"international|join\w*|took part|take part|taking part|participat\w*|sent|send\w*|contribut\w*|"
                      r"host\w*|co-host\w*|watch\w*|observ\w*|attend\w*|invit\w*|partners?|allies|counterparts?|both|"
                      r"two|three|four)\b", re.I)
BACK = re.compile(r".*\b(?:the|this|these|that)\s+(?:[\w-]+\s+)?(?:exercises?|drills?)\b", re.I)
SUBORDINATE = re.compile(r"\b(?:after|before|following|since|unlike|amid|while|whereas)\b", re.I)
# An armed service named right after a state ("United States Army", "the French Navy's"): the state's forces.
SERVICE = re.compile(r"(?:['’]s)?\s*(?:Army|Navy|Air Force|Marine Corps|Marines|Coast Guard|Armed Forces|armed forces|military|"
                     r"troops|forces)\b")
MULTILATERAL = 8  # drills such as Malabar or RIMPAC join many navies: more parties than a meeting
PARTICIPANTS = 30  # a told drill's list of participants ("forces from 11 nations are taking part") is long by nature


def _operation_together(sv: SentenceView) -> bool:
    """A named operation is a drill of several states only when two states act in it ("Tajik and Uzbek border guards
    conducted Operation X") or the sentence says it trains ("... to practise interoperability")."""
    actors = {m.code for m in sv.mentions if not m.topic and not m.locative}
    return len(actors) >= 2 or bool(drill_class().operation.search(sv.text))


def _forces_in(told) -> list[str]:
    """States read as places only because "in" precedes their armed service ("take part in the US Army's exercise",
    "six armies in United States Army exercise X"): the service runs the drill, so its state is a party."""
    return list(dict.fromkeys(m.code for m in told.mentions if m.locative and not m.topic and m.code not in told.codes
                              and (SERVICE.search(told.text[m.start : m.end]) or SERVICE.match(told.text, m.end))))


def _other_events_states(sv: SentenceView, start: int, end: int) -> bool:
    """The drill word points back ("The exercise comes ...") and every state is told after a word opening another
    event's clause ("after", "weeks before", "unlike"): those states did something else."""
    if not BACK.match(sv.text[max(0, start - 20) : end]) or not sv.mentions:
        return False
    turn = SUBORDINATE.search(sv.text, end)
    return turn is not None and all(m.start > turn.start() for m in sv.mentions)


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One exercise fact per sentence that names joint training between identifiable states, held as an event."""
    hits = sorted((h for h in matches(sv, av, "exercises") if not av.ref.descriptive.search(sv.text[: h[1]])
                   and drill_veto(sv, h[1], h[2]) is None), key=lambda h: h[1])
    joins = [h for h in hits if h[0].id == "take_part"]
    hits = [h for h in hits if h[0].id != "take_part"]
    if not hits:
        return _newcomers(sv, av, joins)
    trig, start, end = hits[0]
    if sv.text.startswith("Operation", start) and not _operation_together(sv):
        return []  # "Operation Python returned to Karachi with a missile boat": one side's operation, no drill
    turn = SUBORDINATE.search(sv.text)
    if turn and start > turn.start() and BACK.match(sv.text[: turn.start()]):
        return []  # "The exercise comes weeks after China and Russia held joint patrols": the drill compared with
    if _other_events_states(sv, start, end):
        return []  # "The exercise comes weeks after A and B held joint patrols": A and B are another event's
    told = event_view(sv, start, end)  # "..., adding that Austria had been told", "a move Beijing condemned": not drilling
    told = blank(told, target_spans(told, start, end))  # "held drills around Taiwan, firing missiles": the target
    own = {m.code for m in told.mentions if not m.topic}
    if sv.own_codes and len(own) <= 1 and not TOGETHER.search(told.text) and (own or len(told.mentions) < len(sv.mentions)):
        return []  # "Japan's navy held live-fire drills on Sunday": one state's own drill, not the article's pair's
    if len(own | set(_forces_in(told))) <= 1 and drill_class().unnamed.search(told.text):
        return []  # "Twenty-five African armies to take part in the US Army's exercise": the others are unnamed
    parties = parties_for(told.codes + _forces_in(told), told.text, av.dyad, trig.frame, av.ref, sv.own_codes, most=MULTILATERAL, ranked=av.ranked)
    if not parties:
        return []
    states = [(m.start, m.end) for m in sv.mentions]
    name = next((n for _, a, b in hits if (n := drill_name(sv.text, a, b, states, sv.doc))), None)
    found = draft(sv, av, "exercise", parties, start, end, NAME, programme=name)  # the name joins its sentences (merge)
    if found.status == "occurred" and AGREED.search(sv.text[max(0, start - 200) : start]):
        found = replace(found, status="planned")  # "endorsed holding coordination drills within three months"
    if proposed(sv, start, end):
        found = replace(found, status="proposed")  # "is considering joint naval drills with Egypt"
    if not found.own_date and habitual(sv.text, start, end):
        return []  # "have held joint exercises every year since 2015": a habit, not this report's drill
    if _series_birth(sv, av, found):
        return []  # "What began in 2003 as a bilateral naval exercise, the joint exercise grew": the series' history
    return [found]


def _newcomers(sv: SentenceView, av: ArticleView, joins: list) -> list[Draft]:
    """After a drill is told, "forces from A, B and C are participating" or "A and B have sent aircraft" names more of
    its sides with no drill word: the named states and the article's pair (the drill's hosts), for merge to join."""
    if "exercise" not in sv.earlier or not sv.own_codes:
        return []
    kept = [h for h in joins if joins_told_drill(sv, h[1], h[2])]  # not "Finland joined NATO", "took part in the talks"
    named = list(dict.fromkeys(m.code for _, a, b in kept for m in event_view(sv, a, b).mentions
                               if not m.topic or _subject_of(sv, a, m.start)))  # "..., while Fiji is contributing troops"
    if len(named) < 2:
        return []  # one state's word is too thin to tie to the drill told before
    trig, start, end = kept[0]  # "A and B have sent aircraft, while C is contributing personnel": every clause's states
    parties = parties_for(list(dict.fromkeys([*named, *av.dyad])), sv.text, av.dyad, trig.frame, av.ref, sv.own_codes,
                          most=PARTICIPANTS, ranked=av.ranked)
    return [draft(sv, av, "exercise", parties, start, end, NAME)] if parties else []


def _subject_of(sv: SentenceView, start: int, at: int) -> bool:
    """The state told at `at` stands in the subject of the verb at `start` ("while Fiji and Brunei are contributing
    personnel"): the one taking part, whatever a contrast clause makes of it elsewhere."""
    verb = next((t for t in sv.doc if t.idx >= start), None) if sv.doc is not None else None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] if verb is not None else []
    return any(w.idx <= at < w.idx + len(w.text) for c in subjects for w in c.subtree)


def _series_birth(sv: SentenceView, av: ArticleView, found: Draft) -> bool:
    """The drill is dated only by the past year its series began ("What began in 2003 as a bilateral exercise")."""
    years = {m.group(1) for m in drill_class().origin.finditer(sv.text)}
    if not years or not found.date or found.date[:4] not in years:
        return False
    return av.published is None or int(found.date[:4]) < av.published.year
