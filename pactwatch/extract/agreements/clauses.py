"""Clause-level readings for agreement sentences: background pacts, laws that ratify, and which step governs which instrument."""

from __future__ import annotations

import re

# "Manila has visiting forces agreements with the US and Australia and agreed to begin talks with Japan", "Oslo, which
# has status of forces agreements with Washington and Berlin, is negotiating ...": pacts a state already holds are
# background; their partners are no side of the step the sentence tells (a verb of signing or talks is never a holding)
HELD_PACTS = re.compile(
    r"\b(?:has|have|had|holds?|held|maintains?|already has|already have)\s+(?:already\s+)?"
    r"(?:(?!(?:signed|inked|concluded|ratified|negotiated|initialled|sealed|struck|finali[sz]ed|agreed|reached|renewed|"
    r"begun|started|been|approved|adopted|to)\b)[\w-]+\s+){0,4}?"
    r"(?:agreements?|pacts?|accords?|treaties|arrangements?|deals?|VFAs|SOFAs|DCAs|RAAs|MoUs)\s+(?:in place\s+)?"
    r"with\s+[^;:]*?(?=,?\s+and\s+(?:on\s+\w+\s+|last\s+\w+\s+|this\s+\w+\s+|earlier\s+\w+\s+|also\s+)?"
    r"(?:agreed|is|are|was|were|has|have|began|begins|will|signed|plans?|planned|wants?|hopes?|started)\b|\s*[,;]|\s*$)",
    re.I)
# "signed five laws ratifying the pacts", "signed the bill on ratification": the signature is on the law that ratifies
SIGNED_LAW = re.compile(r"^\s+(?:(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:laws?|bills?|decrees?|legislation|acts?|instruments? of ratification|ratification (?:bills?|laws?|"
                        r"documents?|instruments?))\b", re.I)
# "Law No. 12 ratifying the pact with Vietnam was signed by the president": the same told in the passive
LAW_SIGNED = re.compile(r"\b(?:laws?|bills?|decrees?|legislation)\b[^.;]{0,160}?\b(?:was|were|has been|have been|had been|is|are)\s+"
                        r"(?:\w+ly\s+)?$", re.I)
# "President Pavel has signed the agreement with the US, completing its ratification", "signed the pact into law": a
# head of state's signature that ends a ratification brings the pact into force, it is no new signing
RATIFYING_SIGNATURE = re.compile(r"^[^.;]{0,120}?(?:(?:,\s*|\band\s+)(?:thus\s+|thereby\s+|so\s+)?(?:complet|finali[sz]|conclud|seal|wrap"
                                 r"|end)\w*\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?ratification\b|\binto law\b)", re.I)
# "a bill ratifying a defence cooperation agreement with Fiji": the instrument's partner told after it
WITH_PARTNER = re.compile(r"\b(?:agreements?|pacts?|accords?|treat(?:y|ies)|deals?|memorand(?:um|a)|MoUs?|arrangements?)\s+with\s+$",
                          re.I)


def held_pacts(text: str, hits: list) -> list[tuple[int, int]]:
    """Spans of "has X agreements with A and B" clauses that hold no trigger of their own, when another step follows."""
    spans = []
    for m in HELD_PACTS.finditer(text):
        if any(m.start() <= h[1] < m.end() for h in hits) or not any(h[1] >= m.end() for h in hits):
            continue
        spans.append((m.start(), m.end()))
    return spans


def signs_a_law(text: str, start: int, end: int) -> bool:
    """The signing verb's object (or passive subject) is a law or bill, so what it tells is a ratification step."""
    return bool(SIGNED_LAW.match(text[end : end + 60]) or LAW_SIGNED.search(text[max(0, start - 200) : start]))


def ratifies_by_signing(text: str, start: int, end: int) -> bool:
    """The signing verb puts a law's or a head of state's seal on a ratification ("signed five laws ratifying the
    pacts", "signed the pact into law", "signed it, completing the ratification"): the step is the entry into force."""
    return signs_a_law(text, start, end) or bool(RATIFYING_SIGNATURE.match(text[end:]))


def partner_after(text: str, start: int) -> bool:
    """The state at `start` follows "an agreement with": it is that instrument's partner."""
    return bool(WITH_PARTNER.search(text[max(0, start - 30) : start]))


# "a first step towards a broader defence agreement that the government wants to conclude", "a treaty they hope to
# sign next year": an instrument whose own relative clause holds the step's verb
RELATIVE = re.compile(r"^[^.;:]{0,40}?\b(?:that|which|they|it|we|both sides|the (?:two|three) (?:sides|countries|governments))\b"
                      r"[^.;:,]{0,60}$", re.I)


def _governor(text: str, hits: list, pos: int):
    """The hit that governs the instrument at `pos`: the verb of its own relative clause, else the last verb before it."""
    after = [h for h in hits if pos < h[1] <= pos + 110 and RELATIVE.match(text[pos : h[1]])]
    if after:
        return min(after, key=lambda h: h[1])
    before = [h for h in hits if h[1] <= pos]
    return max(before, key=lambda h: h[1]) if before else None


def relative_instruments(text: str, hits: list, kinds: list[tuple[str, int]], generic: re.Pattern[str]) -> list[tuple[str, int]]:
    """Generic instrument nouns with a step verb of their own in a relative clause, beside the named ones."""
    out = []
    for m in generic.finditer(text):
        if any(abs(m.start() - p) < 40 for _, p in kinds) or not kinds:
            continue
        gov = _governor(text, hits, m.start())
        if gov is not None and gov[1] > m.start():
            out.append(("other", m.start()))
    return out


def govern(text: str, hits: list, steps: dict[str, tuple[int, int, str]],
           kinds: list[tuple[str, int]]) -> list[tuple[str, tuple[int, int, str], list[tuple[str, int]]]]:
    """The drafts' plan: (fact type, step span, instruments); an instrument whose own clause holds a later verb of the
    same type takes that verb's span (its tense and day), the others go by pair_steps."""
    paired = pair_steps(steps, kinds)
    plan = {t: (steps[t], list(ks)) for t, ks in paired.items()}
    extra: list[tuple[str, tuple[int, int, str], list[tuple[str, int]]]] = []
    for kind, pos in kinds:
        gov = _governor(text, hits, pos)
        if gov is None or gov[1] < pos:
            continue
        t, span = gov[0].type, (gov[1], gov[2], gov[0].id)
        for ks in (v[1] for v in plan.values()):
            if (kind, pos) in ks:
                ks.remove((kind, pos))
        extra.append((t, span, [(kind, pos)]))
    return [(t, span, ks) for t, (span, ks) in plan.items() if ks] + extra


def pair_steps(steps: dict[str, tuple[int, int, str]], kinds: list[tuple[str, int]]) -> dict[str, list[tuple[str, int]]]:
    """"signed a letter of intent ... to open negotiations on a visiting forces agreement": each instrument goes with
    the step whose verb comes last before it (an object follows its verb); a step left with none keeps them all."""
    if len(steps) < 2 or len(kinds) < 2:
        return {t: list(kinds) for t in steps}
    out: dict[str, list[tuple[str, int]]] = {t: [] for t in steps}
    for kind, pos in kinds:
        before = [(s[0], t) for t, s in steps.items() if s[0] <= pos]
        owner = max(before)[1] if before else min((s[0], t) for t, s in steps.items())[1]
        out[owner].append((kind, pos))
    if any(not v for v in out.values()):
        return {t: list(kinds) for t in steps}
    return out
