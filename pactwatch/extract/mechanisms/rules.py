"""Standing bodies set up or first convened: dialogues, consultations, working groups, offices."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.exercises.sides import event_view
from pactwatch.extract.frames import head_token, off_event, quoted
from pactwatch.extract.mechanisms.frame import relationship, sets_up_other

NAME = "pactwatch.extract.mechanisms/11"
BODY = r"(?:(?:international |joint |intergovernmental |multinational )(?:[\w-]+ ){0,2}(?:body|agency|organi[sz]ation)|(?:joint |bilateral |combined )(?:[\w-]+ ){0,3}(?:cent(?:re|er)s?|cells?|command)|two-plus-two|2\+2|(?:foreign and defen[cs]e|defen[cs]e and foreign) ministers|(?:security |defen[cs]e )?partnership|grouping|(?:consultative|planning|contact|steering|advisory|coordinating|coordination|expert) groups?|dialogues?|consultations?|working groups?|forums?|committees?|councils?|mechanisms?|offices?|panels?|secretariats?|hotlines?|task forces?|commissions?|(?:regular|annual|periodic|service-to-service|staff|army-to-army|navy-to-navy|air-staff|[\w]+-level) (?:[\w-]+ ){0,2}(?:talks|meetings|discussions)|(?:meetings|talks|discussions|consultations) (?:[\w-]+ ){0,4}?(?:annually|on an annual basis|every year|each year|yearly|twice a year))"
CAP_BODY = r"(?:(?:Consultative|Planning|Contact|Steering|Advisory|Coordinating|Coordination|Expert) Group|Dialogue|Consultations?|Working Group|Forum|Committee|Council|Mechanism|Office|Panel|Secretariat|Hotline|Task Force|Commission)"
NAMED = re.compile(r"((?:[A-Z][\w.-]*\s+(?:and\s+|on\s+|for\s+|of\s+)?){1,7}" + CAP_BODY + r")")
QUOTED = re.compile(r"[\"“]([^\"”]{4,90})[\"”]")
BODY_WORD = re.compile(r"\b" + BODY + r"\b", re.I)
# A consultation on a draft law is a state's own lawmaking, not a standing body of two states.
LAWMAKING = re.compile(r"\bconsultations?\s+on\s+(?:the\s+|a\s+)?(?:draft|amendments?|bill|law|legislation|regulations?|"
                       r"changes to|revision|proposals? to amend)\b", re.I)
JOINT = re.compile(r"\b(?:joint|bilateral|trilateral|with|between|among|both|two|three|allies|partners)\b", re.I)
OFFICE = re.compile(r"\b(?:office|offices|headquarters|branch|subsidiary)\b", re.I)
# "the grouping, called AUKUS", "a body known as the Nuclear Planning Office": a name given right after the body word.
CALLED = re.compile(r"\b" + BODY + r"\b,?\s+(?:called|named|dubbed|known as)\s+(?:the\s+)?[\"“‘']?"
                    r"((?-i:[A-Z][\w'’&-]*(?:\s+(?:of\s+|on\s+|for\s+|and\s+)?[A-Z0-9][\w'’&-]*){0,7}))", re.I)
NARRATED = re.compile(r"\b(?:will|would|shall|to|agreed to|decided to|plan to|plans to)\s*$", re.I)
LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|&)\s+(?:the\s+)?|\s*,\s*")
COUNTS = {"three": 3, "four": 4, "five": 5, "trilateral": 3, "quadrilateral": 4}
COUNTED = re.compile(r"\b(three|four|five)\s+(?:[\w-]+\s+){0,2}(?:countries|nations|governments|leaders|ministers|"
                     r"ministries|navies|militaries|partners|allies)\b|\b(trilateral|quadrilateral)\b", re.I)
# "the first meeting of", "the inaugural round of": a trigger that needs a body right after it.
ROUND_OF = re.compile(r"\b(?:meeting|round|session)\s+of\s*$", re.I)
ON_TEXT = re.compile(r"\s*(?:on|over|about|regarding|for)\s+(?:(?:a|an|the|their|its)\s+)?(?:[\w-]+\s+){0,3}"
                     r"(?:agreements?|pacts?|treat(?:y|ies)|accords?|deals?|contracts?|memorand\w+|texts?|drafts?)\b", re.I)
PLAIN = re.compile(r"\b((?:[\w-]+\s+){0,4}" + BODY + r")\b", re.I)


def _name(sv: SentenceView, av: ArticleView, after: int) -> str | None:
    text = sv.text[after:] if after < len(sv.text) else sv.text
    known = av.ref.programme_named(sv.text)
    if known and known.kind == "mechanism":
        return known.name
    for pattern in (NAMED, QUOTED):
        m = pattern.search(text)
        if m and re.search(BODY, m.group(1), re.I) and m.group(1)[:1].isupper():  # a quoted name, not quoted words
            return m.group(1).strip()
    called = CALLED.search(text)
    if called:
        return called.group(1).strip("'’")  # "unveiled the grouping, called AUKUS": the body's own name
    return _chunk(sv, after) or ((m := PLAIN.search(text)) and m.group(1).strip()) or None


def _chunk(sv: SentenceView, after: int) -> str | None:
    """The noun phrase around the body word ("a new regular defence industry forum"), determiners dropped."""
    if sv.doc is None:
        return None
    for chunk in sv.doc.noun_chunks:
        if chunk.start_char >= after and re.search(r"\b" + BODY + r"\b", chunk.text, re.I):
            words = [t for t in chunk if t.pos_ not in ("DET", "PRON") and t.lower_ not in ("new", "first")]
            return "".join(t.text_with_ws for t in words).strip() or None
    return None


def _counted(text: str, codes: list[str], ranked: tuple[str, ...]) -> list[str]:
    """"North America's three defence ministers declared their first-ever dialogue", "the first trilateral dialogue":
    a counted group with fewer states named than counted is the article's main states of that number."""
    m = COUNTED.search(text)
    n = COUNTS.get((m.group(1) or m.group(2)).lower(), 0) if m else 0
    if n and len(codes) < n <= len(ranked) and set(codes) <= set(ranked[:n]):
        return list(ranked[:n])
    return codes


def _round_of_body(sv: SentenceView, end: int) -> bool:
    """What "the first meeting/round/session of" opens is a body ("... of the joint working group", "... of the
    Japan-India Dialogue"), not talks on a text ("the first round of negotiations on an agreement")."""
    if sv.doc is None:
        return True
    chunk = next((c for c in sv.doc.noun_chunks if c.end_char > end), None)
    if chunk is None:
        return True
    if chunk.start_char - end > 12:
        return True  # a quoted or odd name the parser does not chunk: trust the words
    if ON_TEXT.match(sv.text, chunk.end_char):
        return False  # "the first round of consultations on a defence pact": talks on a text's terms
    return bool(BODY_WORD.search(chunk.text)) or chunk.root.pos_ == "PROPN" or bool(re.search(r"[\"“]", chunk.text))


def _narrated(text: str, start: int) -> bool:
    """A quotation the report's own clause opens ('agreed to "set up a joint committee"', 'will "form a working
    group"'): the quoted words finish the narrator's verb phrase, they are not only someone's talk."""
    opening = max(text.rfind("“", 0, start), text.rfind('"', 0, start))
    return opening > 0 and bool(NARRATED.search(text[:opening])) and not re.search(r"[\"“”]", text[opening + 1 : start])


def _one_states_own(sv: SentenceView, window: str) -> bool:
    """One state alone sets the body up ("the Swiss government launched consultations"), or a firm opens an office
    in a state: no body of two states, unless the words say it is joint ("a joint office", "with Britain")."""
    if JOINT.search(window):
        return False
    named = [m for m in sv.mentions if not m.topic]
    if sv.own_codes and len({m.code for m in named}) == 1:
        return True
    return bool(OFFICE.search(window)) and bool(named) and all(m.firm or m.locative for m in named)


def _listed(sv: SentenceView, near: list) -> list[str]:
    """The states near the trigger, with the rest of any list they stand in ("the ministers of A, B and C signed a
    convention establishing a joint organisation": all three set it up, though A is told far from the verb)."""
    states = sorted((m for m in sv.mentions if not m.topic), key=lambda m: m.start)
    lists: list[list] = []
    for m in states:
        if lists and LIST_GAP.fullmatch(sv.text[lists[-1][-1].end : m.start]):
            lists[-1].append(m)
        else:
            lists.append([m])
    codes = [m.code for group in lists if any(m in near for m in group) for m in group]
    return list(dict.fromkeys(codes))


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """A body named right after "establish", "launch", "set up", "open" or "the first meeting of"."""
    for trig, start, end in matches(sv, av, "mechanisms"):
        window = sv.text[max(0, start - 60) : end + 150]  # long official names: "the first meeting of the \"Japan-...\""
        if not re.search(r"\b" + BODY + r"\b", window, re.I):
            continue
        if (quoted(sv.text, start, sv.doc) and not _narrated(sv.text, start)) or sets_up_other(sv, start, end, BODY_WORD):
            continue  # "the establishment of settlements": the verb's object is no body
        token = head_token(sv.doc, start, end)
        if token is not None and off_event(token):
            continue  # "denied plans to set up a joint command"
        if ROUND_OF.search(sv.text[start:end]) and not _round_of_body(sv, end):
            continue  # "launched the first round of negotiations on a security pact": talks on a text, no body
        if LAWMAKING.search(window) or _one_states_own(sv, window):
            continue  # "launched consultations on amendments to the act", "TAI opened its first office in Pakistan"
        name = _name(sv, av, start if trig.id == "form" else max(0, start - 60))  # "X agreed to form a Task Force": the formed one
        if not name or relationship(name):
            continue  # "established a comprehensive partnership in 2013": how close two states are, no body
        told = event_view(sv, start, end)  # "..., days after an Argentine vessel was seized": another event's state
        local = _listed(told, [m for m in told.mentions if not m.topic and start - 80 <= m.start < end + 120])
        codes = local if len(local) >= 2 or not sv.own_codes else told.codes
        parties = parties_for(_counted(told.text, codes, av.ranked), told.text, av.dyad, trig.frame, av.ref, sv.own_codes,
                              ranked=av.ranked)
        if not parties:
            return []
        found = draft(sv, av, "mechanism_established", parties, start, end, NAME, programme=name)
        if found.status == "occurred" and quoted(sv.text, start, sv.doc):
            found = replace(found, status="planned")  # 'agreed to "set up a committee"': still to be set up
        return [found]
    return []
