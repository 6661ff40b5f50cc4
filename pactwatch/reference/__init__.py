"""Reference data loaded, validated and compiled once, so every stage reads the same versioned rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from pactwatch.reference.loaders import (
    DATA_DIR,
    FRAMES,
    NEEDS,
    PROGRAMME_KINDS,
    _blocs,
    _countries,
    _cues,
    _firms,
    _fold,
    _guards,
    _kinds,
    _load,
    _lone,
    _officials,
    _optional,
    _programmes,
    _surface_masks,
    _triggers,
    _version,
    _words,
    data_file,
)
from pactwatch.reference.records import (
    AgreementKind,
    Bloc,
    Country,
    Firm,
    Official,
    Programme,
    ReferenceDataError,
    StatusCue,
    Trigger,
)
from pactwatch.reference.trie import alternation

__all__ = ["DATA_DIR", "FRAMES", "NEEDS", "PROGRAMME_KINDS", "AgreementKind", "Bloc", "Country", "Firm", "Official",
           "Programme", "Reference", "ReferenceDataError", "StatusCue", "Trigger", "data_file", "load_reference"]


@dataclass(frozen=True)
class Reference:
    """Every lookup the extract and resolve stages need, compiled from the files in pactwatch/data."""

    version: str
    countries: dict[str, Country]
    officials: tuple[Official, ...]
    programmes: tuple[Programme, ...]
    agreement_kinds: tuple[AgreementKind, ...]
    generic_agreement: re.Pattern[str]
    kind_overrides: tuple[tuple[re.Pattern[str], str, str], ...]  # (pattern, party, kind)
    triggers: tuple[Trigger, ...]
    status_cues: tuple[StatusCue, ...]
    background: re.Pattern[str]
    roles: re.Pattern[str]
    masks: re.Pattern[str]
    country_surface: re.Pattern[str] = field(repr=False)
    surface_to_code: dict[str, tuple[str, str]] = field(repr=False)  # surface -> (code, how)
    equipment_nouns: re.Pattern[str] = field(repr=False)
    official_surface: re.Pattern[str] = field(repr=False)  # every official name and alias, case-sensitive
    topic_context: re.Pattern[str] = field(repr=False)  # words around a state that make it a topic, not a party
    dyad_markers: re.Pattern[str] = field(repr=False)  # "the two countries", "his counterpart"
    multilateral: re.Pattern[str] = field(repr=False)  # "the G7 summit": not a bilateral meeting by itself
    looking_back: re.Pattern[str] = field(repr=False)  # "earlier", "since": background, not the main event
    descriptive: re.Pattern[str] = field(repr=False)  # "able to ... when they conduct": a description, no event
    sightseeing: re.Pattern[str] = field(repr=False)  # "visited the historic temple": not a meeting
    not_met: re.Pattern[str] = field(repr=False)  # "meet its obligations": not a meeting
    generic_recipient: re.Pattern[str] = field(repr=False)  # "to third countries": no named buyer
    denial: re.Pattern[str] = field(repr=False)  # lemmas that deny the verb they govern: "fail", "refuse"
    domestic: re.Pattern[str] = field(repr=False)  # "domestically built": procurement at home, no partner
    defence_terms: re.Pattern[str] = field(repr=False)  # words that make a page a defence story
    defence_min: int = 3
    guards: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)  # surface -> senses that are no state
    lone_aliases: frozenset[str] = frozenset()  # surnames that name one official even without the full name
    surface_masks: tuple[tuple[re.Pattern[str], bool], ...] = ()  # (pattern, prose only): currencies, outlets
    credit_masks: re.Pattern[str] | None = field(default=None, repr=False)  # "(UrduPoint / X News / WAM)"
    person_name: re.Pattern[str] | None = field(default=None, repr=False)  # "Mr. Thai", "Lai Thai Binh" (window)
    firms: dict[str, Firm] = field(default_factory=dict, repr=False)  # surface -> defence firm
    firm_surface: re.Pattern[str] | None = field(default=None, repr=False)  # every firm name, case-sensitive
    bystander: re.Pattern[str] | None = field(default=None, repr=False)  # "a consortium from {C}": no side
    blocs: dict[str, Bloc] = field(default_factory=dict, repr=False)  # surface -> bloc (data/blocs.yaml)
    bloc_surface: re.Pattern[str] | None = field(default=None, repr=False)  # every bloc name, case-sensitive

    def guarded(self, surface: str, window: str) -> bool:
        """True when the words around `surface` (window "before{C}after") show it is not the state here."""
        g = self.guards.get(surface)
        return bool(g and g.search(window))

    def country_name(self, code: str) -> str:
        """The display name of an ISO alpha-3 code."""
        c = self.countries.get(code)
        return c.name if c else code

    def officials_named(self, name: str, on: date | None = None) -> list[Official]:
        """Officials whose name or alias equals `name` (case-insensitive) and who were in office on `on`."""
        return [o for o in _alias_index(self).get(_fold(name), ()) if o.in_office(on)]

    def official(self, name: str, on: date | None = None) -> Official | None:
        """The one official a name points to on a date, or None when unknown or ambiguous."""
        found = self.officials_named(name, on)
        return found[0] if len({(o.name, o.country) for o in found}) == 1 else None

    def titled(self, before: str) -> bool:
        """True when `before` ends with an office title ("Prime Minister ", "General ")."""
        return bool(re.search(r"(?:" + self.roles.pattern + r")\s*$", before[-60:], re.IGNORECASE))

    def programme_named(self, text: str) -> Programme | None:
        """The programme or equipment whose alias matches somewhere in `text`."""
        for p in self.programmes:
            if p.pattern.search(text):
                return p
        return None

    def kind_of(self, text: str, parties: tuple[str, ...] = ()) -> str | None:
        """The agreement kind a phrase names, with the party rules of the guidelines applied."""
        for pattern, party, kind in self.kind_overrides:
            if party in parties and pattern.search(text):
                return kind
        for k in self.agreement_kinds:
            if k.pattern.search(text):
                return k.kind
        return None


_ALIAS_INDEXES: dict[int, tuple[Reference, dict[str, list[Official]]]] = {}


def _alias_index(ref: Reference) -> dict[str, list[Official]]:
    """Officials by every folded name and alias, built once per reference (a lookup runs for every name in a page)."""
    held = _ALIAS_INDEXES.get(id(ref))
    if held is None or held[0] is not ref:
        index: dict[str, list[Official]] = {}
        for o in ref.officials:
            for alias in dict.fromkeys(_fold(a) for a in (o.name, *o.aliases)):
                index.setdefault(alias, []).append(o)
        held = _ALIAS_INDEXES[id(ref)] = (ref, index)
    return held[1]


@lru_cache(maxsize=1)
def load_reference() -> Reference:
    """Load and validate every reference file once; later calls return the same object."""
    version = _version()
    cdata = _load("countries.yaml")
    countries, surface = _countries(cdata)
    kinds, generic, overrides = _kinds(_load("agreement_kinds.yaml"))
    cues, background, roles = _cues(_load("cues.yaml"))
    names = sorted(surface, key=len, reverse=True)
    every_name = alternation(names)  # a prefix tree: each sentence is searched for ~1,000 names many times
    country_surface = re.compile(r"(?<![A-Za-z0-9])(?<![A-Za-z]-)(?:" + every_name + r")(?![A-Za-z0-9])")
    masks = re.compile("|".join(str(m) for m in cdata.get("masks") or []), re.IGNORECASE)
    odata = _load("officials.yaml")
    officials = _officials(odata)
    lone = _lone(odata, officials)
    pdata = _load("programmes.yaml")
    spoken = sorted({n for o in officials for n in (o.name, *o.aliases)}, key=len, reverse=True)
    official_surface = re.compile(r"(?<![\w-])(?:" + alternation(spoken) + r")(?![\w-])")
    cue_data = _load("cues.yaml")
    topic = re.compile("|".join(cue_data.get("topic_context") or ["(?!x)x"]), re.IGNORECASE)
    dyad = re.compile("|".join(cue_data.get("dyad_markers") or ["(?!x)x"]), re.IGNORECASE)
    return Reference(version, countries, officials, _programmes(pdata),
                     kinds, generic, overrides, _triggers(_load("triggers.yaml")), cues, background, roles, masks,
                     country_surface, surface, _words(list(pdata.get("equipment_nouns") or [])), official_surface,
                     topic, dyad, re.compile(cue_data["multilateral"], re.IGNORECASE),
                     re.compile(cue_data["looking_back"], re.IGNORECASE),
                     re.compile(cue_data["descriptive"], re.IGNORECASE),
                     re.compile(cue_data["sightseeing"], re.IGNORECASE),
                     re.compile(cue_data["not_met"], re.IGNORECASE),
                     re.compile(cue_data["generic_recipient"], re.IGNORECASE),
                     re.compile(cue_data["denial"]),
                     re.compile(cue_data["domestic"], re.IGNORECASE),
                     re.compile(cue_data["defence_terms"], re.IGNORECASE), int(cue_data.get("defence_min", 3)),
                     _guards(cdata, surface), lone,
                     _surface_masks(cdata, every_name),
                     _optional(cdata.get("credit_masks"), "countries.yaml:credit_masks"),
                     _optional([p for p in (cdata.get("person_name_before"), cdata.get("person_name_between")) if p],
                               "countries.yaml:person_name"),
                     *_firms(_load("companies.yaml")),
                     _optional(cdata.get("bystander_context"), "countries.yaml:bystander_context"),
                     *_blocs(_load("blocs.yaml")))
