"""Joint research, development, production or maintenance programmes, one fact per programme."""

from __future__ import annotations

import re

from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches

NAME = "pactwatch.extract.programmes/3"
# "jointly produce a report", "co-develop a roadmap": a document made together is no equipment programme.
PAPER = (r"(?!(?:an?\s+|the\s+)?(?:new\s+|joint\s+)?(?:report|statement|declaration|paper|plan|roadmap|proposal|assessment"
         r"|analysis|strategy|list|vision|guidelines?|framework|concept)s?\b)")
# "joint development of X": the activity and its object, cut at the first clause word.
ACTIVITY = re.compile(
    r"\b(?:joint(?:ly)?|co-|cooperative|collaborative)[\s-]*(research|development|production|study|maintenance|develop|produce|build)(?:s|ed|ing|d)?"
    r"(?: projects?)?(?: (?:on|of|for|into)|(?=\s+(?:an?|the)\s))\s+" + PAPER + r"(?:the\s+)?(?:feasibility of\s+(?:an?\s+)?)?"
    r"(?P<obj>[^,;:.()]{3,80}?)(?=\s+(?:to|that|which|who|by|for|with|in|at|under|as|between|from)\b|[,;:.()]|$)"
    r"|\b(?P<maint>maintenance) of\s+(?:the\s+)?(?P<mobj>[^,;:.()]{3,60}?)(?=\s+(?:by|to|that|which|for|in|at)\b|[,;:.()]|$)",
    re.I)
_OBJ = PAPER + r"(?P<obj>[^,;:.()]{3,80}?)"
_END = r"(?=\s+(?:to|that|which|who|by|for|with|in|at|under|as|between|from|together)\b|[,;:.()]|$)"
# Verbs that govern their system directly: "jointly produce GE's F414 engines", "co-develop deep precision
# strike capabilities", "cooperate on the design and construction of X", "develop X together".
VERBAL = [
    re.compile(r"\b(?:joint(?:ly)?\s+|co-)(?P<act>develop|produce|build|manufacture)(?:\s+and\s+(?:co-)?(?:develop|produce|build|manufacture))?(?!\s+(?:of|on|for|into|and)\b)\s+" + _OBJ + _END, re.I),
    re.compile(r"\bcooperat\w+\s+on\s+the\s+(?:design|development)(?:\s+and\s+(?:construction|production|development|manufactur\w+))?"
               r"\s+of\s+(?:the\s+)?(?P<act>)" + _OBJ + _END, re.I),
    re.compile(r"\bwork(?:s|ed|ing)?\s+together\s+to\s+(?P<act>develop|produce|build)(?:\s+and\s+(?:develop|produce|build))?\s+" + _OBJ + _END, re.I),
    re.compile(r"\b(?P<act>develop|produce|build)(?:s|ed|ing|d)?\s+" + _OBJ + r"\s+together\b", re.I),
]
POSSESSOR = re.compile(r"^\s*(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?'s\s+")  # "GE's F414 engines" names the engines
# "develop closer ties together", "jointly develop their relationship": a relation or an idea made together is no
# equipment programme; the head (last) word of the object tells.
ABSTRACT = re.compile(r"\b(?:ties|relations?|relationship|cooperation|partnership|friendship|trust|approach|approaches|opportunit(?:y|ies)"
                      r"|understanding|ideas?|plans?|policy|policies|strateg(?:y|ies)|vision|framework|dialogue|ecosystem|network"
                      r"|relationships|collaboration|capacity-building|exchanges?|links)$", re.I)
GENERIC = {"defense", "defence", "equipment", "technology", "technologies", "military", "weapons", "arms", "systems",
           "projects", "and", "the", "of", "a", "an", "new", "it", "them", "this", "these", "their", "its", "items"}


def _name(activity: str, obj: str, sv: SentenceView, av: ArticleView) -> str | None:
    known = av.ref.programme_named(obj)
    if known:
        return known.name
    obj = av.ref.country_surface.sub(" ", obj)
    words = [w for w in re.findall(r"[\w-]+", obj) if w not in av.ref.surface_to_code]
    while words and words[0].lower() in ("a", "an", "the", "new", "its", "their", "our"):
        words = words[1:]  # "a new armoured vehicle" is named "armoured vehicle"
    if not words or {w.lower() for w in words} <= GENERIC or ABSTRACT.search(words[-1]):
        return None
    name = " ".join(words)
    if activity.lower() in ("develop", "produce", "build"):
        return name
    return f"{name} {activity.lower()}" if activity.lower() in ("research", "maintenance") else name


def _spans(sv: SentenceView, av: ArticleView) -> list[tuple[str, int, int]]:
    """(programme name, start, end) for known programmes and 'joint X of Y' phrases, left to right."""
    out: list[tuple[str, int, int]] = []
    for p in av.ref.programmes:
        if p.kind == "programme":
            for m in p.pattern.finditer(sv.text):
                out.append((p.name, m.start(), m.end()))
    for m in ACTIVITY.finditer(sv.text):
        activity = m.group(1) or m.group("maint")
        obj = m.group("obj") or m.group("mobj")
        name = _name(activity, obj, sv, av)
        if name and not any(s <= m.start("obj" if m.group("obj") else "mobj") < e for _, s, e in out):
            out.append((name, m.start(), m.end()))
    for rx in VERBAL:
        for m in rx.finditer(sv.text):
            if any(s <= m.start("obj") < e for _, s, e in out):
                continue
            name = _name(m.group("act") or "develop", POSSESSOR.sub("", m.group("obj")), sv, av)
            if name:
                out.append((name, m.start(), m.end()))
    seen: set[str] = set()
    unique = []
    for item in sorted(out, key=lambda x: x[1]):
        if item[0] not in seen:
            seen.add(item[0])
            unique.append(item)
    return unique


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """Each programme in the sentence, with the states told around it (or its known partners, or the pair)."""
    if not matches(sv, av, "programmes"):
        return []
    spans = _spans(sv, av)
    out: list[Draft] = []
    for i, (name, start, end) in enumerate(spans):
        lo = spans[i - 1][2] if i else 0
        hi = spans[i + 1][1] if i + 1 < len(spans) else len(sv.text)
        local = [m.code for m in sv.mentions if not m.topic and max(lo, start - 60) <= m.start < hi]
        codes = list(dict.fromkeys(local))
        known = next((p for p in av.ref.programmes if p.name == name), None)
        if known and known.partners and not set(codes) & set(known.partners) and set(sv.codes) & set(known.partners):
            codes = list(sv.codes)  # the partner is named earlier in the sentence than the programme
        if known and known.partners and (set(codes) & set(known.partners) or
                                         (not codes and (not av.dyad or set(av.dyad) <= set(known.partners)))):
            codes = list(known.partners)  # "Japan's F-X project" is still the three-nation GCAP
        if len(codes) < 2:
            codes = list(dict.fromkeys([*codes, *av.dyad])) if len(av.dyad) == 2 else codes
        if len(codes) < 2 or len(codes) > 6:
            continue
        out.append(draft(sv, av, "joint_programme", tuple(sorted(codes)), start, end, NAME, lo=lo, hi=hi,
                         programme=name))
    return out
