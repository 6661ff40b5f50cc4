"""People taking part in a fact, with their state and role, spelled as the reference spells them."""

from __future__ import annotations

import re
from datetime import date

from pactwatch.extract.actors import Mention
from pactwatch.model import Person
from pactwatch.reference import Reference

TITLES = re.compile(r"^(?:(?:Lt\.?|Lieutenant|Maj\.?|Major|Gen\.?|General|Adm\.?|Admiral|Air Marshal|Sir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?"
                    r"|President|Prime Minister|Minister|Sheikh|Secretary|Ambassador|Commissioner)\s+)+")
NOT_PEOPLE = re.compile(r"\b(?:Ministry|Agency|Department|Force|Forces|Navy|Army|Treaty|Agreement|Office|Aerospace|Summit|"
                        r"Temple|Shrine|Museum|Palace|House|Hall|Academy|University|Park|Square|Expo|Press|News)\b")


def people_in(sentence: str, doc, mentions: list[Mention], ref: Reference, on: date | None,
              registry: dict[str, Person]) -> list[Person]:
    """Officials and PERSON entities of the sentence; bare surnames resolved through the article's registry."""
    found: list[tuple[int, Person]] = []
    covered: list[tuple[int, int]] = []
    for m in mentions:
        if m.official is not None:
            o = m.official
            found.append((m.start, Person(o.name, o.country, _role(sentence, m.start, ref) or o.office,
                                          spelled=_misspelled(m.surface, o.name))))
            covered.append((m.start, m.end))
    for ent in (doc.ents if doc is not None else ()):
        if ent.label_ != "PERSON" or any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        name = TITLES.sub("", ent.text.strip()).removesuffix("'s").removesuffix("’s").strip(" ,.")
        if not name or NOT_PEOPLE.search(name) or name in ref.surface_to_code or not name[0].isupper() \
                or re.search(r"[()\[\]{}<>|/\\]|--", name):
            continue
        known = registry.get(name) or registry.get(name.split()[-1])
        titled = ref.titled(sentence[max(0, ent.start_char - 60) : ent.start_char])
        if known is None and " " not in name and not titled:
            continue  # a lone word the article never names in full, with no title, is too weak to be a person
        country = _country_before(sentence, ent.start_char, mentions) or (known.country if known else None)
        role = _role(sentence, ent.start_char, ref) or (known.role if known else None)
        found.append((ent.start_char, Person(known.name if known else name, country, role)))
    for key, person in registry.items():
        if " " in key:
            continue
        for m in re.finditer(r"(?<![\w-])" + re.escape(key) + r"(?![\w-])", sentence):
            if not any(s <= m.start() < e for s, e in covered) and all(_surname(p.name) != key.lower() for _, p in found):
                found.append((m.start(), person))
    out: list[Person] = []
    for _, p in sorted(found, key=lambda x: x[0]):
        if all(_surname(p.name) != _surname(q.name) for q in out):
            out.append(p)
    return out


def complete_countries(people: tuple[Person, ...], parties: tuple[str, ...]) -> tuple[Person, ...]:
    """In a two-party fact, the one person whose state is unknown belongs to the side nobody else represents."""
    unknown = [p for p in people if p.country is None]
    missing = [c for c in parties if all(p.country != c for p in people)]
    if len(parties) != 2 or len(unknown) != 1 or len(missing) != 1:
        return people
    return tuple(Person(p.name, missing[0], p.role) if p is unknown[0] else p for p in people)


def remember(registry: dict[str, Person], people: list[Person]) -> None:
    """Add full names to the article registry under their full and last names."""
    for p in people:
        if " " in p.name:
            registry.setdefault(p.name, p)
            registry.setdefault(p.name.split()[-1], p)


def _misspelled(surface: str, official: str) -> str | None:
    """The article's spelling of a full name when its words differ from the record's (not just order or case)."""
    words = set(re.sub(r"[^\w ]", " ", surface.lower()).split())
    if len(words) < 2 or words <= set(re.sub(r"[^\w ]", " ", official.lower()).split()):
        return None
    return surface.strip()


def _surname(name: str) -> str:
    parts = re.sub(r"[^a-z ]", "", name.lower()).split()
    return parts[-1] if parts else ""


def _country_before(sentence: str, start: int, mentions: list[Mention]) -> str | None:
    window_start = max(0, start - 45)
    near = [m for m in mentions if window_start <= m.start < start and m.official is None]
    return near[-1].code if near else None


def _role(sentence: str, start: int, ref: Reference) -> str | None:
    window = sentence[max(0, start - 60) : start]
    hits = list(ref.roles.finditer(window))
    if not hits or window[hits[-1].end() :].count(",") > 1:
        return None
    return hits[-1].group().lower().replace("defense", "defence")
