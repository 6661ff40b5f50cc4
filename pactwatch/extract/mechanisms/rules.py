"""Standing bodies set up or first convened: dialogues, consultations, working groups, offices."""

from __future__ import annotations

import re

from pactwatch.extract.actors import parties_for
from pactwatch.extract.context import ArticleView, Draft, SentenceView, draft, matches
from pactwatch.extract.frames import head_token, off_event, quoted
from pactwatch.extract.mechanisms.frame import sets_up_other

NAME = "pactwatch.extract.mechanisms/3"
BODY = r"(?:(?:international |joint |intergovernmental )(?:body|agency|organi[sz]ation)|two-plus-two|2\+2|(?:foreign and defen[cs]e|defen[cs]e and foreign) ministers|(?:security |defen[cs]e )?partnership|grouping|dialogues?|consultations?|working groups?|forums?|committees?|councils?|mechanisms?|offices?|panels?|secretariats?|hotlines?|task forces?|commissions?)"
CAP_BODY = r"(?:Dialogue|Consultations?|Working Group|Forum|Committee|Council|Mechanism|Office|Panel|Secretariat|Hotline|Task Force|Commission)"
NAMED = re.compile(r"((?:[A-Z][\w.-]*\s+(?:and\s+|on\s+|for\s+|of\s+)?){1,7}" + CAP_BODY + r")")
QUOTED = re.compile(r"[\"“]([^\"”]{4,90})[\"”]")
BODY_WORD = re.compile(r"\b" + BODY + r"\b", re.I)
PLAIN = re.compile(r"\b((?:[\w-]+\s+){0,4}" + BODY + r")\b", re.I)


def _name(sv: SentenceView, av: ArticleView, after: int) -> str | None:
    text = sv.text[after:] if after < len(sv.text) else sv.text
    known = av.ref.programme_named(sv.text)
    if known and known.kind == "mechanism":
        return known.name
    for pattern in (NAMED, QUOTED):
        m = pattern.search(text)
        if m and re.search(BODY, m.group(1), re.I):
            return m.group(1).strip()
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


def find(sv: SentenceView, av: ArticleView) -> list[Draft]:
    """A body named right after "establish", "launch", "set up", "open" or "the first meeting of"."""
    for trig, start, end in matches(sv, av, "mechanisms"):
        window = sv.text[max(0, start - 60) : end + 150]  # long official names: "the first meeting of the \"Japan-...\""
        if not re.search(r"\b" + BODY + r"\b", window, re.I):
            continue
        if quoted(sv.text, start, sv.doc) or sets_up_other(sv, start, end, BODY_WORD):
            continue  # "the establishment of settlements": the verb's object is no body
        token = head_token(sv.doc, start, end)
        if token is not None and off_event(token):
            continue  # "denied plans to set up a joint command"
        name = _name(sv, av, start if trig.id == "form" else max(0, start - 60))  # "X agreed to form a Task Force": the formed one
        if not name:
            continue
        local = list(dict.fromkeys(m.code for m in sv.mentions if not m.topic and start - 80 <= m.start < end + 120))
        codes = local if len(local) >= 2 or not sv.own_codes else sv.codes
        parties = parties_for(codes, sv.text, av.dyad, trig.frame, av.ref, sv.own_codes, ranked=av.ranked)
        if not parties:
            return []
        return [draft(sv, av, "mechanism_established", parties, start, end, NAME, programme=name)]
    return []
