"""Meetings, visits, talks and summits between officials of two or more states."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import hub_spokes, parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, date_near, draft, matches, people_for
from pactwatch.extract.frames import aside_spans, blank, head_token, load_frames, side_of
from pactwatch.extract.meetings.cues import (
    lawmaking,
    load_meeting_cues,
    many_states,
    not_held,
    onward_spans,
    tour_spans,
)
from pactwatch.extract.meetings.frame import meeting_veto, named_pair, told_off
from pactwatch.extract.status import status_of

NAME = "pactwatch.extract.meetings/29"
OFFICE = re.compile(r"\b(?:minister|president|premier|chancellor|secretary|leader|delegation|chief|ambassador|envoy|"
                    r"official|king|prince|general|admiral|commander|counterpart|officer)s?\b", re.I)
AGREEING = re.compile(r"\b(?:agreed|discussed|exchanged views|reaffirmed|confirmed|announced|unveiled|pledged|vowed)\b", re.I)
DISCUSS = re.compile(r"\bdiscussions?\b", re.I)
# "Bangladesh is in talks with China on a memorandum": being in talks is a negotiation going on, not a sitting
IN_TALKS = re.compile(r"\b(?:is|are|was|were|been|be|remain|remains|remained|stay|stays)\s+(?:still\s+|now\s+|currently\s+)?in\s+$", re.I)
# "Defence ministers of Britain, Italy and Japan agreed in Rome": the office-holders of named states agreeing at a place met
OFFICIALS_OF = re.compile(r"\b(?:(?:defen[cs]e|foreign|prime|army|navy|military) )?(?:ministers|chiefs|leaders|heads of state)"
                          r" (?:of|from) ", re.I)
DATED_ROUND = re.compile(r"(?:today|yesterday|this week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\b", re.I)
# "held talks, with Malaysian officers sitting in as observers under the ceasefire reached in July": the observers'
# phrase (and what it tells of) names no side of the meeting
OBSERVERS = re.compile(r"\bwith\s+[^.;]{0,60}?\bas\s+(?:observers?|monitors?)\b[^.;]*", re.I)
AGENDA_VERBS = frozenset({"discuss", "talk", "review", "address", "examine", "explore", "consider", "exchange"})
# "held separate talks with his Dutch and American counterparts": one meeting per counterpart, whatever the article
SEPARATE = re.compile(r"\b(?:separate(?:ly)?|respectively|each)\b", re.I)
SEVERAL = re.compile(r"\b(?:trilateral|three-way|four-way|quadrilateral|multilateral|jointly)\b", re.I)
# "received Japanese Prime Minister Kishida and Australian Prime Minister Albanese": only "and" and titles between two
# guests, so they were received together (one meeting of three), unlike "met Macron in Paris and Meloni in Rome"
JOINT_GUESTS = re.compile(r"\s*,?\s*(?:and\s+)?(?:(?-i:[A-Z])[\w.'’-]*\s+|(?:prime|defen[cs]e|foreign|minister|president|"
                          r"secretary|chancellor|premier|the)\s+)*", re.I)
# "the two ministers", "both leaders": the pair of the article when the sentence names no persons of other states
PAIR_COUNT = re.compile(r"\b(?:the two|both)\b", re.I)
SPEECH = frozenset({"say", "tell", "add", "note", "stress", "announce", "warn", "insist", "explain", "state", "emphasise",
                    "emphasize"})


def _relative_visit(sv: SentenceView, told: list) -> SentenceView:
    """"Ishiba, who visited Malaysia last week, met Prabowo in Jakarta": a visit told in a relative clause on a person is
    background to the main clause's own meeting (the clause is blanked); told alone ("X, who visited China last year,
    said ties with Nepal were strong"), it is a visit of that person to its own destination only."""
    if sv.doc is None or not told:
        return sv
    clauses = []
    for trig, start, end in told:
        if trig.id != "visit":
            continue  # "Kishida, who met Macron in Paris and Meloni in Rome": meetings told with their people stand
        token = head_token(sv.doc, start, end)
        while token is not None and token.dep_ not in ("relcl", "ROOT") and token.head is not token:
            token = token.head
        if token is not None and token.dep_ == "relcl" and any(c.lower_ in ("who", "whom") for c in token.children) \
                and token.tag_ in ("VBD", "VBN"):  # "who visited China last year"; "who is on a visit to Malaysia" is now
            sub = list(token.subtree)
            clauses.append((token, min(t.idx for t in sub), max(t.idx + len(t.text) for t in sub)))
    if not clauses:
        return sv
    inside = [h for h in told if any(lo <= h[1] < hi for _, lo, hi in clauses)]
    if len(inside) < len(told):
        return blank(sv, [(lo, hi) for _, lo, hi in clauses])  # the main clause tells its own meeting
    token, lo, hi = clauses[0]
    person = token.head
    own = [(min(t.idx for t in person.subtree), lo), (lo, hi)]
    away = [(0, own[0][0]), (hi, len(sv.text))]
    return blank(sv, [(a, b) for a, b in away if b > a])  # only the visitor and where it went


def _outside(sv: SentenceView, spans: list[tuple[int, int]]) -> set[str]:
    """The states named (or whose people are named) outside these stretches, as acting sides."""
    def inside(pos: int) -> bool:
        return any(lo <= pos < hi for lo, hi in spans)
    found = {m.code for m in sv.mentions if not m.topic and not m.locative and not inside(m.start)}
    return found | {p.country for p in sv.people if p.country and (pos := sv.text.find(p.name.split()[-1])) >= 0
                    and not inside(pos)}


def _agenda_where(sv: SentenceView) -> SentenceView:
    """"his first meeting with Trump at the White House, where Ukraine is expected to dominate": the clause on the
    meeting's place tells its agenda; its states are matter (kept as topics) once a side stands outside it."""
    found = list(load_meeting_cues().agenda_where.finditer(sv.text))
    if not found:
        return sv
    spans = []
    for m in found:
        stop = re.search(r"[.;]", sv.text[m.end() :])
        spans.append((m.start(), m.end() + stop.start() if stop else len(sv.text)))
    return _aside(sv, spans) if _outside(sv, spans) else sv


def _said_content(sv: SentenceView, told: list) -> SentenceView:
    """"told reporters after meeting his Armenian counterpart that the radar, which Ukraine operates, ...": what was said
    is no side of the meeting once the meeting's two states stand outside it (its states kept as topics)."""
    if sv.doc is None or not told:
        return sv
    spans, speakers = [], []
    for t in sv.doc:
        that = any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        if t.i < t.head.i:
            continue  # only what follows the speech verb is what was said ("expected since February, when they met
            # and announced it" is the main clause the parser hung under "announced")
        if (t.dep_ == "ccomp" and t.head.lemma_.lower() in SPEECH) or (
                that and t.dep_ in ("relcl", "advcl") and t.sent.root.lemma_.lower() in SPEECH):  # a misparsed "that" clause
            sub = list(t.subtree)
            lo, hi = min(x.idx for x in sub), max(x.idx + len(x.text) for x in sub)
            if not any(lo <= h[1] < hi for h in told):
                spans.append((lo, hi))
                speakers.append(t.head)
    if not spans:
        return sv
    outside = _outside(sv, spans)
    if len(outside) >= 2:
        return _aside(sv, spans)
    setting = [t for h in told if (t := head_token(sv.doc, h[1], h[2])) is not None and t.pos_ in ("NOUN", "PROPN")
               and t.dep_ == "pobj" and t.head.lower_ in ("at", "during") and t.head.head in speakers]
    # "At the same meeting, the German minister announced that Berlin would send tanks to Ukraine": the meeting is the
    # setting of the speech, and what was announced is its matter even with one side named
    return _aside(sv, spans) if outside and setting else sv


def _without_agenda(sv: SentenceView) -> SentenceView:
    """"met his Lithuanian counterpart to discuss the deployment of German troops": states in the purpose clause are the
    agenda, not sides, once two states of their own stand outside it; "leaders met in London to discuss guarantees for
    Ukraine": with only the host city outside, the states inside are what the meeting was about."""
    if sv.doc is None:
        return sv
    spans = []
    for t in sv.doc:
        if t.dep_ in ("advcl", "xcomp", "acl") and t.lemma_.lower() in AGENDA_VERBS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
            sub = list(t.subtree)
            spans.append((min(x.idx for x in sub), max(x.idx + len(x.text) for x in sub)))
    if not spans:
        return sv
    outside = [m for m in sv.mentions if not m.topic and not any(lo <= m.start < hi for lo, hi in spans)]
    firm = {m.code for m in outside if not m.locative}
    inside = {m.code for m in sv.mentions if not m.topic and any(lo <= m.start < hi for lo, hi in spans)}
    if len(firm) >= 2:
        return blank(sv, spans)
    if outside and sv.place is not None and inside and not inside & {m.code for m in outside}:
        return _aside(sv, spans)
    return sv


def _aside(sv: SentenceView, spans: list[tuple[int, int]]) -> SentenceView:
    """The stretches blanked, their states kept as topics: named, so the article's pair never brings them back."""
    out = blank(sv, spans)
    gone = [replace(m, topic=True) for m in sv.mentions if m not in out.mentions]
    return replace(out, mentions=sorted([*out.mentions, *gone], key=lambda m: m.start))


def _kept(sv: SentenceView, av: ArticleView, hit) -> bool:
    """The parse shows two sides meeting, or a dated round of the article's own pair's talks is told."""
    why = meeting_veto(sv, hit[0].id, hit[1], hit[2])
    if why is None:
        return True
    # "Today's round of negotiations was run by the deputy head": a round the report dates is a sitting of the pair
    # the article is about, even when the sentence names neither side
    return why == "no participants" and hit[0].id == "round" and len(av.dyad) == 2 and not sv.own_codes \
        and DATED_ROUND.match(sv.text[hit[1] : hit[2]]) is not None


def _visits_someone(sv: SentenceView, av: ArticleView, end: int) -> bool:
    """"visited Manila", "visit to Japan", "Austin's visit, ..." yes; "visited the historic temple" no."""
    if not (sv.people or OFFICE.search(sv.text)):
        return False  # "a carrier group visited Japan": ships call at ports, officials meet
    return not av.ref.sightseeing.match(sv.text[end : end + 30])


def _person_spokes(sv: SentenceView, av: ArticleView, hits: list) -> list[Draft]:
    """"Kishida, who met Macron in Paris and Meloni in Rome, ... will meet Biden": one meeting per counterpart."""
    placed = sorted(((sv.text.find(p.name.split()[-1]), p) for p in sv.people if p.country), key=lambda x: x[0])
    placed = [(pos, p) for pos, p in placed if pos >= 0]
    if len({p.country for _, p in placed}) < 3 or SEVERAL.search(sv.text):
        return []  # "will hold a trilateral summit with ...": one meeting of all three
    if not any(h[1] < placed[1][0] for h in hits):
        return []  # "A and B will meet C": the verb comes after the people, so they all meet together
    guests = [(pos, p) for pos, p in placed[1:] if p.country != placed[0][1].country]
    if len({p.country for _, p in guests}) >= 2 and all(JOINT_GUESTS.fullmatch(sv.text[a + len(pa.name.split()[-1]) : b])
                                for (a, pa), (b, _pb) in zip(guests, guests[1:], strict=False)):
        return []  # "hosted A and B for talks": the guests sat together, one meeting of all
    hub = placed[0][1]
    out: list[Draft] = []
    lo = 0
    for i, (pos, person) in enumerate(placed[1:], start=1):
        if person.country == hub.country:
            continue
        before = [h for h in hits if h[1] < pos]
        if not before:
            continue
        _trig, start, end = before[-1]
        hi = placed[i + 1][0] if i + 1 < len(placed) else len(sv.text)
        parties = tuple(sorted((hub.country, person.country)))
        if any(d.parties == parties for d in out):
            continue
        item = draft(sv, av, "meeting", parties, start, end, NAME, lo=lo, hi=hi, people=(hub, person))
        if item.date is None:
            when = date_near(sv, pos, pos + len(person.name))  # "met A in Paris and B in Rome earlier in the week"
            item = replace(item, date=when, own_date=when is not None)
        out.append(item)
        lo = pos
    return out


def _counterpart_spokes(sv: SentenceView, av: ArticleView) -> list[tuple[str, str, int, int]]:
    """"held talks with his Dutch and American counterparts": the subject's state meets each of them apart. With the
    subject's state untold ("Hasanov thanked his Georgian and Turkish counterparts") it is the article's other main
    state, and when the three are the article's three main states their talks are the one meeting of three told."""
    if sv.doc is None:
        return []
    for t in sv.doc:
        if t.lower_ != "counterparts":
            continue
        mods = [m for c in t.children if c.dep_ in ("amod", "compound", "nmod") for m in (c, *c.conjuncts)]
        spans = [(m.idx, m.idx + len(m.text)) for m in mods]
        spokes = list(dict.fromkeys(m.code for m in sv.mentions if any(lo <= m.start < hi for lo, hi in spans)))
        hubs = {m.code for m in sv.mentions if not m.topic and not m.locative and m.code not in spokes}
        if len(spokes) >= 2 and len(hubs) == 1:
            hub = hubs.pop()
            return [(hub, spoke, 0, len(sv.text)) for spoke in spokes]
        if len(spokes) == 2 and not hubs and any(c.dep_ == "poss" for c in t.children) and not SEPARATE.search(sv.text):
            hub = next((c for c in av.ranked if c not in spokes), None)
            if hub is not None and {hub, *spokes} == set(av.ranked[:3]):
                return [(hub, "+".join(spokes), 0, len(sv.text))]
            return [(hub, spoke, 0, len(sv.text)) for spoke in spokes] if hub is not None else []
    return []


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """One meeting per sentence that names one (or one per spoke of a hub's round of talks)."""
    told = matches(sv, av, "meetings")
    aside = [(lo, hi) for lo, hi in (aside_spans(sv.doc, min(h[1] for h in told), own_subject=True) if told else [])
             if not any(lo <= h[1] < hi for h in told)]  # "signed ... after the two men held a meeting": that clause meets
    if aside:
        sv = blank(sv, aside)  # "met on Monday, days after Chinese vessels fired on a boat": that clause's states met no one
    if told and many_states(sv.text) and len({p.country for p in sv.people if p.country}) < 2:
        return []  # "ministers from about 40 countries met at Ramstein": a multilateral gathering, no pair
    stops = tour_spans(sv.text) + onward_spans(sv.text)
    if stops:
        sv = _aside(sv, stops)  # "part of a tour that also took him to France and Poland": other stops, told in passing
        told = [h for h in told if not any(lo <= h[1] < hi for lo, hi in stops)]
    sv = _relative_visit(sv, told)
    sv = _without_agenda(sv)
    sv = _said_content(sv, told)
    sv = _agenda_where(sv)
    watching = [(m.start(), m.end()) for m in OBSERVERS.finditer(sv.text)]
    if watching:
        sv = blank(sv, watching)  # "with Malaysian officers sitting in as observers": watchers are no side of the talks
    hits = [h for h in matches(sv, av, "meetings") if (h[0].id != "visit" or _visits_someone(sv, av, h[2]))
            and not (h[0].id == "met" and av.ref.not_met.match(sv.text[h[2] : h[2] + 40]))
            and not (h[0].id == "talks" and IN_TALKS.search(sv.text[max(0, h[1] - 25) : h[1] + (3 if sv.text[h[1] : h[1] + 3] == "in " else 0)]))
            and not not_held(sv.text, h[2])  # "was due to be held in May but had still not taken place"
            and not lawmaking(sv.text, h[2])  # "launched consultations on amendments to the War Material Act"
            and _kept(sv, av, h)]  # the parse shows two sides meeting
    agreeing = AGREEING.search(sv.text)  # "Kihara and Austin agreed ...": two officials agreeing have met
    officials = len({p.country for p in sv.people if p.country}) >= 2 or (
        sv.place is not None and OFFICIALS_OF.search(sv.text) and len(set(sv.codes)) >= 2) or (
        agreeing is not None and _office_holders(sv, agreeing.start(), agreeing.end()))
    if not hits and officials and agreeing and not told_off(sv, agreeing.start(), agreeing.end()):
        parties = _counted(sv, av) or parties_for(sv.codes, sv.text, _dyad(sv, av), "pair", av.ref, sv.own_codes,
                                              ranked=av.ranked)
        if not parties:
            return []
        item = draft(sv, av, "meeting", parties, agreeing.start(), agreeing.end(), NAME, place=sv.place,
                     people=people_for(sv, parties))
        ahead = re.search(r"\b(?:will|to|would)\b", sv.text[max(0, agreeing.start() - 20) : agreeing.start()])
        return [replace(item, status="planned" if ahead else "occurred")]  # what they agreed may lie ahead
    if not hits:
        return []
    trig, start, end = min(hits, key=lambda h: h[1])
    bilateral = any(av.ref.multilateral.search(sv.text[max(0, s - 40) : e]) is None for _, s, e in hits)
    if not bilateral:
        return []  # "the G7 summit" alone: only talks held at it are facts
    people_spokes = _person_spokes(sv, av, hits)
    if people_spokes:
        return people_spokes
    pair_count = load_meeting_cues().person_count.search(sv.text)
    if pair_count is not None and PAIR_COUNT.match(pair_count.group()) and _counted(sv, av):
        spokes = []  # "both ministers agreed to back Ecuador's role along with Brazil and Colombia": the pair, no hub
    else:
        spokes = _counterpart_spokes(sv, av) or (hub_spokes(sv.text, [m for m in sv.mentions if not m.locative], av.dyad)
                                             if sv.own_codes else [])  # "in Jakarta" is where they met, not a hub
    if spokes:
        sides = [tuple(sorted((hub, *spoke.split("+")))) for hub, spoke, _, _ in spokes]  # "A+B": one meeting of three
        return [_heard(draft(sv, av, "meeting", pair, start, end, NAME, place=sv.place, people=people_for(sv, pair),
                             confidence=0.6), sv, av) for pair in sides]
    firm = {m.code for m in sv.mentions if not m.locative and not m.topic}
    codes = [c for c in sv.codes if c in firm] if len(firm) >= 2 else sv.codes  # "A and B held talks in Kuala Lumpur": a host
    # city of a third state is where they met, not a side
    parties = named_pair(sv, start, end) or _counted(sv, av) or _three(sv, av, firm) or _setting_visit(sv, start, end) or parties_for(
        codes, sv.text, _dyad(sv, av), trig.frame, av.ref, sv.own_codes, ranked=av.ranked)  # "the summit between A and B"
    if not parties:
        return []
    return [_heard(draft(sv, av, "meeting", parties, start, end, NAME, place=sv.place, people=people_for(sv, parties)),
                   sv, av)]


def _office_holders(sv: SentenceView, start: int, end: int) -> bool:
    """"Japan's defence chief and US Defence Secretary Austin agreed": the verb's subjects are office-holders, each of
    one state, of two states (a title with its state stands for a person the article does not name)."""
    verb = head_token(sv.doc, start, end)
    if verb is None:
        return False
    subjects = [p for c in verb.children if c.dep_ == "nsubj" for p in (c, *c.conjuncts)]
    if len(subjects) < 2:
        return False
    fr = load_frames()
    states = []
    for subj in subjects:
        side = side_of(subj, sv.mentions, sv.people, fr)
        if side.kind != "state" or len(side.codes) != 1:
            return False
        if subj.ent_type_ != "PERSON" and not OFFICE.search(subj.text):
            return False  # "Japan and the US agreed": states agree by notes and statements, officials in person
        states.extend(side.codes)
    return len(set(states)) >= 2


def _setting_visit(sv: SentenceView, start: int, end: int) -> tuple[str, ...]:
    """"During his visit to New Zealand, Rabuka signalled he would quit a deal with China": a visit told as the setting of
    the main clause meets the clause's subject and the visit's destination; the clause's other states are its matter."""
    token = head_token(sv.doc, start, end)
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in ("during", "on", "at", "while"):
        return ()
    verb = token.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return ()
    fr = load_frames()
    dest = [side_of(q, sv.mentions, sv.people, fr) for c in token.children if c.dep_ == "prep" and c.lower_ == "to"
            for q in c.children if q.dep_ == "pobj"]
    subj = [side_of(c, sv.mentions, sv.people, fr) for c in verb.children if c.dep_ == "nsubj"]
    there = {code for s in dest if s.kind == "state" for code in s.codes}
    visitor = {code for s in subj if s.kind == "state" for code in s.codes}
    if len(there) != 1 or len(visitor) != 1 or there == visitor:
        return ()
    return tuple(sorted(there | visitor))


def _counted(sv: SentenceView, av: ArticleView) -> tuple[str, ...]:
    """"The four ministers discussed ...": counted persons stand for the states of the people told (two for a 2+2),
    not for the article's first four states; "both ministers agreed to back Ecuador's role, along with Brazil and
    Colombia" with no persons of other states told: the article's pair, the other states being what they spoke of."""
    count = load_meeting_cues().person_count.search(sv.text)
    if count is None:
        return ()
    states = sorted({p.country for p in sv.people if p.country})
    pair = PAIR_COUNT.match(count.group()) is not None
    if len(states) == 2 or (len(states) == 3 and not pair):  # "both leaders" are two, whoever else was told before
        return tuple(states)
    if PAIR_COUNT.match(count.group()) and len(av.dyad) == 2 and set(states) <= set(av.dyad):
        return tuple(sorted(av.dyad))
    return ()


def _three(sv: SentenceView, av: ArticleView, firm: set[str]) -> tuple[str, ...]:
    """"During the bilateral and trilateral talks" with no state named: the article's three main states."""
    if firm or sv.own_codes or len(av.ranked) < 3 or not load_meeting_cues().trilateral.search(sv.text):
        return ()
    return tuple(sorted(av.ranked[:3]))


def _dyad(sv: SentenceView, av: ArticleView) -> tuple[str, ...]:
    """The article's pair to complete a one-sided sentence, unless the sentence names the other member only as its
    topic ("Norway will host a donors' conference on Moldova's defence needs": Moldova is what it is about)."""
    named = {m.code for m in sv.mentions if not m.topic and not m.locative}
    aside = {m.code for m in sv.mentions if m.topic and not m.locative} - named  # "after the talks in Oslo": a place
    return () if aside & (set(av.dyad) - set(sv.codes)) else av.dyad


def _heard(item: Draft, sv: SentenceView, av: ArticleView) -> Draft:
    """"held discussions with": the meeting's own noun is no cue that it was only discussed (proposed)."""
    start, end = item.trigger
    word = DISCUSS.search(sv.text, start, end)
    if item.status != "proposed" or word is None:
        return item
    text = sv.text[: word.start()] + "talks".ljust(len(word.group())) + sv.text[word.end() :]
    return replace(item, status=status_of(text, start, end, "meeting", av.ref, sv.lead_in))
