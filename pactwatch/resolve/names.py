"""People and programme names: one spelling per person and programme, and a note when spellings differ."""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Protocol

from pactwatch.model import Person

# Courtesy titles dropped before comparing names; military ranks are kept ("Gen" is also a given name).
TITLES = frozenset({"mr", "mrs", "ms", "dr", "sir", "dame", "prof", "h.e", "he"})
GIVEN_NAME_SIMILARITY = 0.6  # "Giorgona"/"Giorgia", "Masatoshi"/"Masaki": one person misspelt


class NamedOfficial(Protocol):
    name: str
    country: str


class NamedProgramme(Protocol):
    name: str


class Lookup(Protocol):
    """What resolve needs from reference data; pactwatch.reference.Reference provides it."""

    def official(self, name: str, on: date | None = None) -> NamedOfficial | None: ...

    def programme_named(self, text: str) -> NamedProgramme | None: ...


class NoLookup:
    """A lookup that knows nobody: names are merged on their spelling alone."""

    def official(self, name: str, on: date | None = None) -> None:
        return None

    def programme_named(self, text: str) -> None:
        return None


class CachedLookup:
    """Remembers answers of a lookup: resolve asks about the same few names thousands of times."""

    def __init__(self, inner: Lookup) -> None:
        self.inner = inner
        self._officials: dict[tuple[str, date | None], NamedOfficial | None] = {}
        self._programmes: dict[str, NamedProgramme | None] = {}

    def official(self, name: str, on: date | None = None) -> NamedOfficial | None:
        on = on.replace(day=1) if on else None  # terms are checked with months of slack; a month is enough
        key = (name, on)
        if key not in self._officials:
            self._officials[key] = self.inner.official(name, on)
        return self._officials[key]

    def programme_named(self, text: str) -> NamedProgramme | None:
        if text not in self._programmes:
            self._programmes[text] = self.inner.programme_named(text)
        return self._programmes[text]


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces: 'Phan Văn Giang' -> 'phan van giang'."""
    plain = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", " ", plain.lower()).strip()


def name_tokens(name: str) -> tuple[str, ...]:
    """The words of a name without courtesy titles."""
    return tuple(t for t in fold(name).split() if t not in TITLES)


def programme_key(name: str | None, lookup: Lookup) -> str | None:
    """The programme's canonical name when reference data knows it, else its folded spelling."""
    if not name:
        return None
    known = lookup.programme_named(name)
    return known.name if known is not None else fold(name)


@dataclass
class _Group:
    key: frozenset[str]
    official: str | None
    country: str | None
    spellings: Counter[str]
    countries: Counter[str]
    roles: Counter[str]
    docs: dict[str, set[str]]


def _official(person: Person, on: date | None, lookup: Lookup) -> NamedOfficial | None:
    """The official a reported name points to: by name or alias, else by surname with a close given name."""
    found = lookup.official(person.name, on)
    if found is not None:
        return found
    tokens = name_tokens(person.name)
    if len(tokens) < 2:
        return None
    by_surname = lookup.official(tokens[-1], on) or lookup.official(tokens[0], on)
    if by_surname is None or (person.country and by_surname.country != person.country):
        return None
    known = name_tokens(by_surname.name)
    given = [t for t in tokens if t not in known]
    if len(given) != 1:
        return None
    best = max(difflib.SequenceMatcher(None, given[0], k).ratio() for k in known)
    return by_surname if best >= GIVEN_NAME_SIMILARITY else None


def _same_person(a: _Group, tokens: frozenset[str], country: str | None) -> bool:
    """Same person when one name's words contain the other's, or surnames match and given names are close."""
    if a.country and country and a.country != country:
        return False
    if tokens <= a.key or a.key <= tokens:
        return True
    shared = a.key & tokens
    if not shared:
        return False
    rest_a, rest_b = a.key - shared, tokens - shared
    if len(rest_a) != 1 or len(rest_b) != 1:
        return False
    ratio = difflib.SequenceMatcher(None, next(iter(rest_a)), next(iter(rest_b))).ratio()
    return ratio >= GIVEN_NAME_SIMILARITY


def merge_people(reports: Iterable[tuple[Person, str]], on: date | None,
                 lookup: Lookup) -> tuple[tuple[Person, ...], tuple[str, ...]]:
    """One Person per real person from (person, doc) reports, with notes on spellings that differ."""
    groups: list[_Group] = []
    for person, doc in reports:
        tokens = frozenset(name_tokens(person.name))
        if not tokens:
            continue
        official = _official(person, on, lookup)
        country = official.country if official is not None else person.country
        key = frozenset(name_tokens(official.name)) if official is not None else tokens
        group = next((g for g in groups if (official is not None and g.official == official.name)
                      or (g.official is None or official is None) and _same_person(g, key, country)), None)
        if group is None:
            group = _Group(key, None, country, Counter(), Counter(), Counter(), {})
            groups.append(group)
        if official is not None and group.official is None:
            group.official, group.key = official.name, key
        if len(key) > len(group.key) and group.official is None:
            group.key = key
        group.country = group.country or country
        spelling = (person.spelled or person.name).strip()  # the article's own spelling, for the notes
        group.spellings[spelling] += 1
        group.docs.setdefault(spelling, set()).add(doc)
        if person.country:
            group.countries[person.country] += 1
        if person.role:
            group.roles[person.role] += 1
    people, notes = [], []
    for g in groups:
        name = g.official or max(g.spellings, key=lambda s: (len(name_tokens(s)), g.spellings[s], s))
        canonical = frozenset(name_tokens(name))
        for spelling in sorted(g.spellings):
            words = frozenset(name_tokens(spelling))
            if words <= canonical:
                continue  # a short form or another word order, not a different spelling
            where = ", ".join(sorted(g.docs[spelling]))
            source = "the official record has" if g.official else "other reports have"
            notes.append(f"name spelled {spelling!r} in {where}; {source} {name!r}")
        country = g.country or (g.countries.most_common(1)[0][0] if g.countries else None)
        role = min(g.roles, key=lambda r: (-g.roles[r], r)) if g.roles else None
        people.append(Person(name, country, role))
    people.sort(key=lambda p: (p.country or "", p.name))
    return tuple(people), tuple(sorted(set(notes)))
