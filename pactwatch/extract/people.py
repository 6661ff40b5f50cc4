"""People taking part in a fact, with their state and role, spelled as the reference spells them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from pactwatch.extract.actors import Mention, find_firms
from pactwatch.model import Person
from pactwatch.reference import Reference, data_file

TITLES = re.compile(r"^(?:(?:Lt\.?|Lieutenant|Maj\.?|Major|Gen\.?|General|Adm\.?|Admiral|Air Marshal|Sir|Dr\.?|Mr\.?|Mrs\.?|Ms\.?"
                    r"|President|Prime Minister|Minister|Sheikh|Secretary|Ambassador|Commissioner)\s+)+")
NOT_PEOPLE = re.compile(r"\b(?:Ministry|Agency|Department|Force|Forces|Navy|Army|Treaty|Agreement|Office|Aerospace|Summit|"
                        r"Temple|Shrine|Museum|Palace|House|Hall|Academy|University|Park|Square|Expo|Press|News|"
                        r"Boats?|Ships?|Vessels?|Frigates?|Corvettes?|Submarines?|Jets?|Fighters?|Helicopters?|Missiles?)\b"
                        r"|\d")  # "Guardian-class Patrol Boat", "Lockheed Martin F-35A": equipment, not a person


NAME_WORDS = r"(?:[A-Z][\w'’.-]*(?:\s+|$)){1,5}"
NICKNAME = re.compile(r"\b([A-Z][\w'’-]+)\s+[“\"‘']([A-Z][\w-]+)[”\"’']\s+([A-Z][\w'’-]+(?:\s+(?:Jr|Sr|III|II)\.?)?)")
APPOSITION = re.compile(r"^\s*,\s*(?:the\s+|a\s+|an\s+)?(?:[\w'’.-]+\s+){0,6}?(?:of|for|from)\s+(?:the\s+)?$")
# "Ambassador to Chile X": a state named after "to" is where the title points ("to Fijian Prime Minister X" is his)
ELSEWHERE = re.compile(r"\b(?:to|in|at|from|visiting|towards?|into)\s+(?:the\s+)?$", re.I)
TITLE_RUN = re.compile(r"[\s,]*(?:(?:[A-Z][\w.'’-]*|of|for|and|the|to|in|at|on|&|counterparts?|envoy|chief|head|top|then|former|acting|deputy)[\s,]*)*")  # "'s Deputy Minister of X, "
PARTICLES = re.compile(r"(?:\s(?:bin|binti|bte|al|el|ul|de|do|da|dos|del|van|von|der)\s(?:Tun\s)?[A-Z][\w'’-]+)+")
STOP_EXTEND = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
               "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


@dataclass(frozen=True)
class PeopleCues:
    honorifics: re.Pattern[str]
    credit_before: re.Pattern[str]
    place_words: frozenset[str]
    ship: re.Pattern[str]
    kin_before: re.Pattern[str]
    place_preps: re.Pattern[str]
    place_list: re.Pattern[str]
    opener: re.Pattern[str]  # a rank or style and the capitalised words after it
    bystander_before: re.Pattern[str]  # "since", "than", "unlike his predecessor": named, not taking part


@lru_cache(maxsize=1)
def load_people_cues() -> PeopleCues:
    """The `people` section of data/officials.yaml, read once."""
    data = data_file("officials.yaml")["people"]
    honor = sorted((str(h) for h in data["honorifics"]), key=len, reverse=True)
    prefixes = "|".join(re.escape(str(p)) for p in data["ship_prefixes"])
    ship = re.compile(rf"(?:\b{data['ship_words']}\s+(?:\w+\s+)?$|^\s+{data['ship_words']}\b|\b(?:{prefixes})\s+$)")
    return PeopleCues(re.compile(r"^(?:(?:" + "|".join(honor) + r")(?:\s+|$))+"), re.compile(data["credit_before"] + r"\s*$"),
                      frozenset(str(w) for w in data["place_words"]), ship,
                      re.compile(data["kin_before"]), re.compile(data["place_preps"], re.I),
                      re.compile(data["place_list"] + r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*,\s*)*$"),
                      re.compile(r"(?<![\w.])(?:" + "|".join(data["name_openers"]) + r")\s+"
                                 r"((?:[A-Z][a-z'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-z'’-]+|[A-Z]\.|bin|binti|al|ul|Ul|de|do|da|dos|del|van|von)){1,4})"
                                 r"(?=\s*[,;:)]|\s+[a-z]|\.?$)"),
                      re.compile(data["bystander_before"]))


def people_in(sentence: str, doc, mentions: list[Mention], ref: Reference, on: date | None,
              registry: dict[str, Person]) -> list[Person]:
    """Officials and PERSON entities of the sentence; bare surnames resolved through the article's registry."""
    found: list[tuple[int, Person]] = []
    covered: list[tuple[int, int]] = []
    cues = load_people_cues()
    for m in mentions:
        if m.official is not None and not cues.bystander_before.search(sentence[max(0, m.start - 40) : m.start]):
            o = m.official
            found.append((m.start, Person(o.name, o.country, _role(sentence, m.start, ref) or o.office,
                                          spelled=_misspelled(m.surface, o.name))))
            covered.append((m.start, m.end))
    for start, end, full in _nicknamed(sentence):
        if not any(s < end and start < e for s, e in covered):
            known = registry.get(full) or registry.get(full.split()[-1])
            found.append((start, known or Person(full, _country_of(sentence, start, end, mentions, ref),
                                                 _role(sentence, start, ref))))
            covered.append((start, end))
    for ent in (doc.ents if doc is not None else ()):
        if ent.label_ != "PERSON" or any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        start, end = _span(sentence, ent, cues)
        raw = sentence[start:end]
        name = TITLES.sub("", cues.honorifics.sub("", raw.strip())).removesuffix("'s").removesuffix("’s").strip(" ,.")
        if not name or NOT_PEOPLE.search(name) or name in ref.surface_to_code or not name[0].isupper() \
                or re.search(r"[()\[\]{}<>|/\\“”\"]|--", name) or _not_a_person(sentence, start, end, name, cues):
            continue
        known = registry.get(name) or registry.get(name.split()[-1])
        titled = ref.titled(sentence[max(0, start - 60) : start]) or bool(cues.honorifics.match(raw.strip()))
        if known is None and " " not in name and not titled:
            continue  # a lone word the article never names in full, with no title, is too weak to be a person
        if known is None and not titled and cues.place_preps.search(sentence[max(0, start - 12) : start]):
            continue  # "held in Ben Guerir": an untitled name after a place preposition is a place
        country = _country_of(sentence, start, end, mentions, ref) or (known.country if known else None)
        role = _role(sentence, start, ref) or (known.role if known else None)
        found.append((start, Person(known.name if known else name, country, role)))
        covered.append((start, end))
    ents = [(e.start_char, e.end_char) for e in (doc.ents if doc is not None else ()) if e.label_ != "PERSON"]
    firms = [(f.start, f.end) for f in find_firms(sentence, ref)]
    for m in cues.opener.finditer(sentence):  # "Gen Chansamone Chanyalath, who ...": a titled name the parser missed
        start, end, name = m.start(1), m.end(1), m.group(1)
        if any(s < end and start < e for s, e in [*covered, *ents, *firms]) or NOT_PEOPLE.search(name) \
                or any(w in cues.place_words or w in ref.surface_to_code for w in name.split()) \
                or _not_a_person(sentence, start, end, name, cues):
            continue
        known = registry.get(name) or registry.get(name.split()[-1])
        found.append((start, known or Person(name, _country_of(sentence, start, end, mentions, ref),
                                             _role(sentence, m.start(), ref))))
        covered.append((start, end))
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


def _span(sentence: str, ent, cues: PeopleCues) -> tuple[int, int]:
    """The entity's characters, past a bare honorific ("Datuk Seri" + the name after it) and a name cut short
    ("Nguyen Minh" + "Vu," when the next word is capitalised and closes the phrase)."""
    start, end = ent.start_char, ent.end_char
    if not cues.honorifics.sub("", sentence[start:end].strip()).strip():
        after = re.match(r"\s+" + NAME_WORDS, sentence[end:])
        if after:
            end += len(after.group().rstrip())
    particle = PARTICLES.match(sentence[end:])  # "Hishamuddin" + "bin Tun Hussein", "Carlos" + "do Rosario"
    if particle:
        end += len(particle.group())
    more = re.match(r"\s([A-Z][a-z]{1,8})(?=\s*[,;:)]|\s+[a-z]|\.?$)", sentence[end:])
    if more and more.group(1) not in STOP_EXTEND and not NOT_PEOPLE.search(more.group(1)):
        end += len(more.group())
    return start, end


def _titles_only(between: str, ref: Reference) -> bool:
    """Only a possessive, titles and title words stand between a state and a name ("'s Defence Minister "):
    "Japan's Kihara met X" gives X no state."""
    rest = ref.roles.sub(" ", load_people_cues().honorifics.sub(" ", between.strip()))
    return bool(TITLE_RUN.fullmatch(re.sub(r"^\s*(?:'s|’s)", "", rest)))


def _nicknamed(sentence: str) -> list[tuple[int, int, str]]:
    """"Ferdinand “Bongbong” Marcos Jr.": the name without the nickname, spanning the whole phrase."""
    return [(m.start(), m.end(), f"{m.group(1)} {m.group(3)}") for m in NICKNAME.finditer(sentence)]


def _not_a_person(sentence: str, start: int, end: int, name: str, cues: PeopleCues) -> bool:
    """Credit lines, buildings, ships, relatives only mentioned and members of a list of places."""
    before = sentence[max(0, start - 30) : start]
    if cues.credit_before.search(before) or cues.kin_before.search(before) or name.split()[0] in cues.place_words \
            or cues.bystander_before.search(sentence[max(0, start - 40) : start]):
        return True
    if cues.ship.search(before) or cues.ship.match(sentence[end : end + 20]):
        return True
    return bool(cues.place_list.search(sentence[max(0, start - 150) : start]))  # "the regions of Agadir, Tan Tan"
    return False


def _country_of(sentence: str, start: int, end: int, mentions: list[Mention], ref: Reference) -> str | None:
    """The person's state from the grammar: an apposition after the name ("X, Minister of Defence of Mongolia",
    "X, Mongolia's minister"), else a possessive, demonym or firm right before the title, never a state the
    title points elsewhere ("Ambassador to Chile X") or a scene-setting place ("In Denmark, the Minister, X")."""
    states = [m for m in mentions if m.official is None]
    after = sentence[end : end + 70]
    for m in states:
        if m.start < end:
            continue
        gap = sentence[end : m.start]
        tail = sentence[m.end : m.end + 2]
        if APPOSITION.match(gap) or (re.fullmatch(r"\s*,\s*(?:the\s+)?", gap) and tail[:1] in ("'", "’")):
            return m.code
        if m.start > end + len(after):
            break
    window_start = max(0, start - 45)
    persons = [m for m in mentions if m.official is not None]
    near = [m for m in states if start - 90 <= m.start < start and _titles_only(sentence[m.end : start], ref)
            and not any(m.end <= p.start < start for p in persons)
            and not (m.how != "demonym" and ELSEWHERE.search(sentence[max(0, m.start - 14) : m.start]))
            and ";" not in sentence[m.end : start]]
    firms = [f for f in find_firms(sentence[window_start:start], ref)
             if re.fullmatch(r"[\s'’s]*(?:[A-Z][\w.&-]*\s+){0,3}", sentence[window_start + f.end : start])]
    best = max([*near, *[Mention(window_start + f.start, window_start + f.end, f.code, f.how, f.surface, False)
                         for f in firms]], key=lambda m: m.start, default=None)
    return best.code if best else None


def _role(sentence: str, start: int, ref: Reference) -> str | None:
    window = sentence[max(0, start - 60) : start]
    hits = list(ref.roles.finditer(window))
    if not hits or window[hits[-1].end() :].count(",") > 1:
        return None
    return hits[-1].group().lower().replace("defense", "defence")
