"""Joint research, development, production or maintenance programmes, one fact per programme.

Three readers meet here: known programme names (data/programmes.yaml), regexes for "joint X of Y" and
"jointly produce X", and the parse frame (frame.py: "co-produced by", "working together on", "under
licence from"). A relation or idea made together, one state's own programme and a document are none; a
programme told in a relative clause is background and keeps only a date told inside it.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pactwatch.extract.actors import GROUP, NUMBERS
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.programmes.engaged import engaged
from pactwatch.extract.programmes.frame import Read, read
from pactwatch.extract.programmes.hosted import hosted
from pactwatch.extract.programmes.lexicon import load_lexicon

NAME = "pactwatch.extract.programmes/13"
# "joint development of X": the activity and its object, cut at the first clause word. The document and
# relation words that are no programme come from data/programme_frames.yaml (extract/programmes/lexicon.py).
_ACTIVITY = (r"\b(?:joint(?:ly)?|co-|cooperative|collaborative|shared)[\s-]*(research|development|production|study|maintenance|develop|produce|build)(?:s|ed|ing|d)?"
             r"(?: projects?)?(?: (?:on|of|for|into)|(?=\s+(?:an?|the)\s))\s+{paper}(?:the\s+)?(?:feasibility of\s+(?:an?\s+)?)?"
             r"(?P<obj>[^,;:.()—–]{{3,80}}?)(?=\s+(?:to|that|which|who|by|for|with|in|at|under|as|between|from)\b|[,;:.()—–]|$)"
             r"|\b(?P<maint>maintenance) of\s+(?:the\s+)?(?P<mobj>[^,;:.()]{{3,60}}?)(?=\s+(?:by|to|that|which|for|in|at)\b|[,;:.()]|$)")
_OBJ = r"{paper}(?P<obj>[^,;:.()—–]{{3,80}}?)"
_END = r"(?=\s+(?:to|that|which|who|by|for|with|in|at|under|as|between|from|together)\b|[,;:.()—–]|$)"
# Verbs that govern their system directly: "jointly produce GE's F414 engines", "co-develop deep precision
# strike capabilities", "cooperate on the design and construction of X", "develop X together".
_VERBAL = [
    r"\b(?:joint(?:ly)?\s+|co-)(?P<act>develop|produce|build|manufacture)(?:\s+and\s+(?:co-)?(?:develop|produce|build|manufacture))?(?!\s+(?:of|on|for|into|and)\b)\s+" + _OBJ + _END,
    r"\b(?:cooperat|collaborat)\w+\s+(?:on|in)\s+the\s+(?:joint\s+)?(?:design|development)(?:\s+and\s+(?:construction|production|development|manufactur\w+))?"
    r"\s+of\s+(?:the\s+)?(?P<act>)" + _OBJ + _END,
    r"\bwork(?:s|ed|ing)?\s+together\s+to\s+(?P<act>develop|produce|build)(?:\s+and\s+(?:develop|produce|build))?\s+" + _OBJ + _END,
    r"\b(?P<act>develop|produce|build)(?:s|ed|ing|d)?\s+" + _OBJ + r"\s+together\b",
    # "a joint venture with Kazakhstan Engineering to manufacture Cobra vehicles", "a joint production facility with US
    # partners to produce drones": a shared firm or plant set up to make a system
    r"\bjoint\s+(?:(?:production|manufacturing|assembly)\s+(?:facility|facilities|plants?|lines?|factory|hub|company)|ventures?)\b"
    r"[^.;]{{0,80}}?\bto\s+(?:jointly\s+)?(?P<act>produce|build|manufacture|make|assemble|develop)\s+"
    r"(?:(?:hundreds|thousands|tens|dozens)\s+(?:of\s+thousands\s+)?of\s+)?" + _OBJ + _END,
    # "launched the demonstrator phase of their new fighter jet": a stage of development begun is work on the system
    r"\b(?:launch\w*|start\w*|beg[ai]n\w*|enter\w*|mov\w+ (?:in)?to)\s+(?:the\s+|a\s+)?(?:next\s+|new\s+)?(?P<act>development|demonstrator|design|"
    r"prototype|production)\s+phase\s+of\s+(?:the\s+|their\s+|its\s+)?(?:joint\s+|new\s+|future\s+)*" + _OBJ + _END,
]
# "the agency awarded a contract for the development of a new armoured vehicle on behalf of Belgium and the Netherlands":
# a contract placed for several governments makes them partners in the work (read only when "on behalf of" is told)
_BEHALF = re.compile(r"\bon behalf of\b", re.I)
_CONTRACTED = (r"\b(?:contracts?|deals?|orders?)\s+(?:worth\s+[^.;]{{1,30}}?\s+)?(?:for|on|covering)\s+(?:the\s+)?(?P<act>development|design|"
               r"demonstrator|prototypes?)\s+(?:phase\s+)?of\s+(?:the\s+|an?\s+)?(?:joint\s+|new\s+|future\s+)*" + _OBJ + _END)
MAX_LENT = 6  # a known programme with more partners than this takes only the states the text names
# "signed a deal to jointly produce X", "agreed on the joint development of X": work agreed, still to come
# (guidelines: planned is decided or agreed), not work done.
AGREED_TO = re.compile(r"\b(?:signed|inked|agreed|reached|concluded|sealed)\b[^.;]{0,60}\bto\s+$|\bagreed (?:(?:on|this|last) \w+ )?(?:on|upon) (?:the )?$", re.I)
# "a missile warning system as part of an initiative called “Jewel”", "a vessel dubbed Sea Hunter II": the proper
# name the sentence gives the work is the programme's name (the system's description is not).
CALLED = re.compile(r"\b(?:called|named|dubbed|code-?named|known as)\s+[\"“‘']?([A-Z][\w'’-]*(?:\s+(?:[A-Z0-9][\w'’-]*|[IVX]+))"
                    r"{0,3})")
CALLED_REACH = 100  # the name follows the work it names closely
# "knowledge to ensure ... the maintenance of the air defence system": maintenance as a goal kept, not work shared
KEEPING = re.compile(r"\b(?:ensur\w*|guarantee\w*|secur(?:e|es|ed|ing)|safeguard\w*|preserv\w+)\b[^.;:]{0,90}$", re.I)
SHARED_HEAD = re.compile(r"(.+?) and (.+) (technology|technologies|systems|capabilit(?:y|ies)|research)", re.I)
POSSESSOR = re.compile(r"^\s*(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?'s\s+")  # "GE's F414 engines" names the engines


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], list[re.Pattern[str]], re.Pattern[str]]:
    """The activity and verb patterns with the lexicon's document words filled in."""
    paper = load_lexicon().paper.pattern
    return (re.compile(_ACTIVITY.format(paper=paper), re.I),
            [re.compile(p.format(paper=paper), re.I) for p in _VERBAL],
            re.compile(_CONTRACTED.format(paper=paper), re.I))


def _name(activity: str, obj: str, sv: SentenceView, av: ArticleView) -> str | None:
    known = av.ref.programme_named(obj)
    if known:
        return known.name
    obj = av.ref.country_surface.sub(" ", obj)
    words = [w for w in re.findall(r"[\w-]+", obj) if w not in av.ref.surface_to_code]
    lex = load_lexicon()
    while words and words[0].lower() in lex.leading:
        words = words[1:]  # "a new armoured vehicle" is named "armoured vehicle"
    if not words or {w.lower() for w in words} <= lex.generic or lex.abstract.search(words[-1]):
        return None
    name = " ".join(words)
    if activity.lower() in ("develop", "produce", "build"):
        return name
    return f"{name} {activity.lower()}" if activity.lower() in ("research", "maintenance") else name


def _spans(sv: SentenceView, av: ArticleView) -> tuple[list[tuple[str, int, int]], dict[str, Read]]:
    """(programme name, start, end) for known programmes, 'joint X of Y' phrases and parse frames, left to right,
    with the parse reading (its states, a status it tells) of each programme it read."""
    out: list[tuple[str, int, int]] = []
    lex = load_lexicon()
    for p in av.ref.programmes:
        if p.kind == "programme":
            for m in p.pattern.finditer(sv.text):
                if engaged(sv.doc, m.start(), m.end(), lex):  # not "viewed the company's programme for ..."
                    out.append((p.name, m.start(), m.end()))
    activity_rx, verbal, contracted = _patterns()
    if _BEHALF.search(sv.text):
        verbal = [*verbal, contracted]
    for m in activity_rx.finditer(sv.text):
        if m.group("maint") and KEEPING.search(sv.text[max(0, m.start() - 100) : m.start()]):
            continue  # "to ensure the defence capability ... and the maintenance of the air defence system": upkeep, no work
        activity = m.group(1) or m.group("maint")
        obj = m.group("obj") or m.group("mobj")
        name = _name(activity, obj, sv, av)
        if name and not any(s <= m.start("obj" if m.group("obj") else "mobj") < e for _, s, e in out):
            out.append((name, m.start(), m.end()))
    for rx in verbal:
        for m in rx.finditer(sv.text):
            if any(s <= m.start("obj") < e for _, s, e in out):
                continue
            name = _name(m.group("act") or "develop", POSSESSOR.sub("", m.group("obj")), sv, av)
            if name:
                out.append((name, m.start(), m.end()))
    states: dict[str, Read] = {}
    for r in [*read(sv, av), *hosted(sv, av)]:
        same = next((n for n, s, e in out if n == r.name or s <= r.start < e or r.name in n or n in r.name), None)
        if same is None:
            out.append((r.name, r.start, r.end))
        states.setdefault(same or r.name, r)
    seen: set[str] = set()
    unique = []
    for item in sorted(out, key=lambda x: x[1]):
        if item[0] not in seen:
            seen.add(item[0])
            unique.append(item)
    return unique, states


def _shared_head(name: str) -> list[str]:
    """"aircraft carrier and jet engine technology": two lines of work sharing a general head, one programme each
    (each side at least two words, so "command and control systems" stays one)."""
    m = SHARED_HEAD.fullmatch(name)
    if not m or any(len(side.split()) < 2 or " and " in side for side in (m.group(1), m.group(2))):
        return [name]
    return [f"{m.group(1)} {m.group(3)}", f"{m.group(2)} {m.group(3)}"]


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each programme in the sentence, with the states told around it (or its known partners, or the pair)."""
    hits = matches(sv, av, "programmes")
    if not hits:
        return []
    spans, framed = _spans(sv, av)
    if all(t.id == "made_in" for t, _, _ in hits):  # "assembled in Brazil" alone: only local production read by hosted.py
        made = {r.name for r in hosted(sv, av)}
        spans = [s for s in spans if s[0] in made]
    framed |= {n: framed[name] for name, _, _ in spans if name in framed for n in _shared_head(name)}
    spans = [(n, a, b) for name, a, b in spans for n in _shared_head(name)]
    lex = load_lexicon()
    out: list[Draft] = []
    for i, (name, start, end) in enumerate(spans):
        lo = spans[i - 1][2] if i else 0
        hi = spans[i + 1][1] if i + 1 < len(spans) else len(sv.text)
        local = [m.code for m in sv.mentions if not m.topic and max(lo, start - 60) <= m.start < hi]
        reading = framed.get(name)
        own = list(dict.fromkeys(reading.codes if reading else ()))
        codes = own if len(own) >= 2 else list(dict.fromkeys([*own, *local]))
        known = next((p for p in av.ref.programmes if p.name == name), None)
        called = CALLED.search(sv.text, start, min(hi, end + CALLED_REACH)) if known is None else None
        if called and not av.ref.surface_to_code.get(called.group(1)):
            name = called.group(1).strip("'’")  # the work's own name, not its description
        if known and known.partners and not set(codes) & set(known.partners) and set(sv.codes) & set(known.partners):
            codes = list(sv.codes)  # the partner is named earlier in the sentence than the programme
        lend = known is not None and 0 < len(known.partners) <= MAX_LENT  # a dozen-nation consortium lends none
        lend = lend and not (reading and reading.status == "proposed")  # a state invited in is not yet a partner
        if lend and (set(codes) & set(known.partners) or
                     (not codes and (not av.dyad or set(av.dyad) <= set(known.partners)))):
            codes = list(known.partners)  # "Japan's F-X project" is still the three-nation GCAP
        if known and known.maker and len(set(codes)) == 1 and codes[0] != known.maker and name in framed:
            codes = [*codes, known.maker]  # "a production line for Gripen jets in Brazil": the producer and the maker
        if not known and len(set(own)) < 2 and lex.domestic.search(sv.text[max(lo, start - 50) : end + 40]):
            continue  # "Turkey's national fighter KAAN": one state's own programme, no foreign partner in its frame
        group = GROUP.search(sv.text)
        if group and len(set(codes)) < NUMBERS[group.group(1).lower()] <= len(av.ranked):
            codes = list(av.ranked[: NUMBERS[group.group(1).lower()]])  # "the three governments agreed to develop"
        if len(codes) < 2:
            codes = list(dict.fromkeys([*codes, *av.dyad])) if len(av.dyad) == 2 else codes
        if len(codes) < 2 or len(codes) > 6:
            continue
        aside = next((m for m in lex.aside.finditer(sv.text) if m.start() <= start < m.end()), None)
        if aside:  # "..., which already co-develop a seeker, ...": background, dated only inside its clause
            item = draft(sv, av, "joint_programme", tuple(sorted(codes)), start, end, NAME, lo=aside.start(),
                         hi=aside.end(), programme=name)
            if not item.own_date:
                item = replace(item, keep_undated=True)
        else:
            item = draft(sv, av, "joint_programme", tuple(sorted(codes)), start, end, NAME, lo=lo, hi=hi,
                         programme=name)
        if item.status in ("occurred", "ongoing") and AGREED_TO.search(sv.text[max(0, start - 80) : start]):
            item = replace(item, status="planned")
        if reading and reading.status:
            item = replace(item, status=reading.status)  # "aims to involve X in the programme": only proposed
        out.append(item)
    return out
