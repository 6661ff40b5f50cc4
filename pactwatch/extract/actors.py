"""Which states a sentence names (names, demonyms, capitals, ministries, officials) and the article's pair."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date

from pactwatch.extract.frames import territories
from pactwatch.reference import Official, Reference

MAX_PARTIES = 3  # a pair-frame fact naming more states than this is a list, not a cooperation
DATELINE = re.compile(r"\s*(?::|—|–|--|\s-\s|,\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+)\b[^,]{0,25}(?:--|—|:|\)))")
NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6}
GROUP = re.compile(r"\bthe (three|four|five|six) (?:countries|nations|governments|leaders|ministers|navies|partners|allies|"
                   r"foreign ministers|defen[cs]e ministers)\b", re.I)
CAPS_DATELINE = re.compile(r"^\s*([A-Z][A-Z'.-]+(?: [A-Z][A-Z'.-]+){0,2})(?=\s*(?:,|:|\(|\s[-—–]))")
HEADLINE_SMALL = {"the", "and", "for", "with", "from", "over", "into", "amid", "after", "than", "upon", "onto", "says",
                  "said", "its", "but", "nor", "via", "per", "off", "out"}  # lowercase even in Title Case
LOCATIVE = re.compile(r"\b(?:held|hosted|located|based)? ?\b(?:in|at|near)\s+(?:the\s+)?$")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    code: str
    how: str  # name | demonym | capital | institution | official | firm
    surface: str
    topic: bool  # the state is the sentence's topic or threat, not an actor
    official: Official | None = None
    locative: bool = False  # "held in Malaysia": a place first, a party only when one is missing
    bloc: str | None = None  # a member a bloc acting as one stands for ("the GCC agreed"): the bloc's name

    @property
    def firm(self) -> bool:
        """A defence firm standing for its home state: a side only where a deal or programme frame says so."""
        return self.how == "firm"


def mask(text: str, ref: Reference) -> str:
    """Blank out what contains a state word but is no state acting, keeping offsets: places ("South China
    Sea"), currencies ("Singapore dollars"), outlets ("Nigeria Times") and bracketed source credits."""
    blank = lambda m: " " * len(m.group())  # noqa: E731
    text = ref.masks.sub(blank, text)
    if ref.credit_masks is not None:
        text = ref.credit_masks.sub(blank, text)
    prose = not _title_case(text)
    for pattern, prose_only in ref.surface_masks:
        if prose or not prose_only:
            text = pattern.sub(blank, text)
    return text


def _title_case(text: str) -> bool:
    """A headline in Title Case (no lowercase content word), where capitalised words say nothing about names."""
    words = re.findall(r"[A-Za-z]{3,}", text)
    return len(words) >= 3 and not any(w[0].islower() and w.lower() not in HEADLINE_SMALL for w in words)


def article_officials(text: str, ref: Reference, on: date | None) -> set[str]:
    """Canonical names of officials the article names in full: their bare surnames may then stand alone."""
    found: set[str] = set()
    for m in ref.official_surface.finditer(text):
        if " " in m.group() or "-" in m.group():
            found.update(o.name for o in ref.officials_named(m.group(), on))
    return found


def find_mentions(sentence: str, ref: Reference, on: date | None, full_names: set[str]) -> list[Mention]:
    """Every state mention in the sentence, officials included, each flagged when it is only a topic."""
    masked = mask(sentence, ref)
    out: list[Mention] = []
    out.extend(_caps_dateline(masked, ref))
    for m in ref.official_surface.finditer(masked):
        titled = ref.titled(masked[max(0, m.start() - 60) : m.start()])
        officials = [o for o in ref.officials_named(m.group(), on)
                     if " " in m.group() or "-" in m.group() or o.name in full_names or o.name == m.group() or titled
                     or m.group() in ref.lone_aliases]
        # a hyphenated surname ("Kosiniak-Kamysz") is as distinctive as a full name, as article_officials holds
        if len({o.country for o in officials}) == 1 and not _namesake(masked, m.start(), officials[0], ref):
            out.append(Mention(m.start(), m.end(), officials[0].country, "official", m.group(), False, officials[0]))
    for m in ref.country_surface.finditer(masked):
        if any(o.start <= m.start() < o.end for o in out):
            continue
        if ref.guarded(m.group(), _window(masked, m.start(), m.end())):
            continue  # "Victoria Beckham", "Georgia's governor": the surface's other sense (data/countries.yaml guards)
        if ref.person_name is not None and ref.person_name.search(_window(masked, m.start(), m.end())) \
                and not _title_case(masked):
            continue  # "Mr. Thai", "Dr. Lai Thai Binh": a person's name, not the state
        code, how = ref.surface_to_code[m.group()]
        locative = bool(LOCATIVE.search(masked[max(0, m.start() - 12) : m.start()])) or _dateline(masked, m, how)
        out.append(Mention(m.start(), m.end(), code, how, m.group(), _is_topic(masked, m.start(), m.end(), ref),
                           locative=locative))
    out.extend(_hyphen_pairs(masked, out, ref))
    out.extend(bloc_members(masked, ref, on))
    return sorted(out, key=lambda x: x.start)


TITLE_TAIL = re.compile(r"(?:'s|’s)?\s+(?:(?:[A-Z][\w.-]*|of|for|and)\s+){1,6}")


def _namesake(masked: str, start: int, official: Official, ref: Reference) -> bool:
    """"Colombian Defence Minister Pedro Sanchez": a title right before the name that names another state than
    the record's holder tells a namesake, whose state is the title's (people.py reads it from there)."""
    before = masked[max(0, start - 60) : start]
    if not ref.titled(before):
        return False
    tied = [c for c in ref.country_surface.finditer(before) if TITLE_TAIL.fullmatch(before[c.end() :])]
    return bool(tied) and ref.surface_to_code[tied[-1].group()][0] != official.country


# A bloc acts when a body of it is the subject of a cooperation verb: "the GCC's Joint Defence Council agreed",
# "ASEAN defence ministers agreed to hold drills", "Defence ministers of the GCC announced".
BLOC_BODY = (r"(?:\s*\([A-Z]{2,6}\))?(?:'s|’s|')?(?:\s*\([A-Z]{2,6}\))?(?:\s+(?:(?:joint|supreme|high|military|defen[cs]e|foreign|"
             r"member|armed|naval|air|chiefs?|of|staff|council|committee|ministers?|leaders|heads|states|countries|"
             r"nations|navies|forces|members|partners|allies|commanders)\b\.?))*")
BLOC_VERB = re.compile(BLOC_BODY + r"(?:\s*,[^,]{1,40},)?\s+(?:also\s+|have\s+|had\s+|jointly\s+|on\s+\w+\s+)?"
                       r"(?:(?:said|stated|announced)\s+(?:that\s+)?(?:the\s+)?(?:members|ministers|they)\s+)?"
                       r"(?:agreed|agree|pledged|signed|decided|endorsed|approved|adopted|announced|launched|vowed|"
                       r"committed|resolved|held|conducted|staged|will\s+hold|will\s+conduct|met|convened)\b",
                       re.IGNORECASE)
BLOC_OF = re.compile(r"(?:^|[.;:]\s*|,\s*)(?:the\s+)?(?:[A-Z]\w+\s+)?(?:defen[cs]e\s+|foreign\s+|military\s+)?"
                     r"(?:ministers|chiefs|leaders|heads of state|members|member states|navies|armed forces)\s+"
                     r"(?:of|from)\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
BLOC_NOT_AGENT = re.compile(r"\b(?:of|at|in|on|to|with|from|for|by|within|among|between|outside|into|across|under|"
                            r"against|and|a|an|its|their)\s+(?:the\s+)?$", re.IGNORECASE)


def bloc_members(masked: str, ref: Reference, on: date | None) -> list[Mention]:
    """Member states of a bloc that is the subject of its clause, each marked with the bloc (Mention.bloc).

    A bloc named as a place or topic ("the sidelines of the ASEAN summit", "NATO's eastern flank") gives
    none, nor does a bloc too large to expand (data/blocs.yaml)."""
    if ref.bloc_surface is None:
        return []
    out: list[Mention] = []
    for m in ref.bloc_surface.finditer(masked):
        bloc = ref.blocs[m.group()]
        members = bloc.members_on(on)
        before = masked[max(0, m.start() - 60) : m.start()]
        if not members or not BLOC_VERB.match(masked, m.end()):
            continue
        if BLOC_NOT_AGENT.search(before) and not BLOC_OF.search(before):
            continue
        out.extend(Mention(m.start(), m.end(), code, "bloc", m.group(), False, bloc=bloc.name) for code in members)
    return out


def find_firms(sentence: str, ref: Reference) -> list[Mention]:
    """Defence firms of the sentence with their home state (how == "firm"), multinationals left out.

    Kept apart from find_mentions: a firm stands for its state only in a deal or programme frame, which the
    caller decides ("Saab will supply ..." yes; "Saab's profits rose", "a consortium led by Saab" no)."""
    if ref.firm_surface is None:
        return []
    masked = mask(sentence, ref)
    out = []
    for m in ref.firm_surface.finditer(masked):
        firm = ref.firms[m.group()]
        if firm.state is not None:
            out.append(Mention(m.start(), m.end(), firm.state, "firm", m.group(),
                               _is_topic(masked, m.start(), m.end(), ref)))
    return out


def _caps_dateline(masked: str, ref: Reference) -> list[Mention]:
    """"ABU DHABI, (WAM) -": an all-caps dateline city is where the story happened, a place, never a topic."""
    m = CAPS_DATELINE.match(masked)
    if not m or len(m.group(1)) < 4:
        return []
    surface = " ".join(w.capitalize() for w in m.group(1).split())
    code, how = ref.surface_to_code.get(surface, (None, None))
    if code is None or how not in ("capital", "name"):
        return []
    return [Mention(m.start(1), m.end(1), code, how, m.group(1), False, locative=True)]


def _hyphen_pairs(masked: str, found: list[Mention], ref: Reference) -> list[Mention]:
    """The second state of "Japan-Philippines", "Japan-U.S.-Australia": the name regex skips a name after a
    hyphen ("pro-Russia"), so it is taken here only when a state stands before the hyphen."""
    out: list[Mention] = []
    queue = [m for m in found if m.how in ("name", "demonym")]
    while queue:
        left = queue.pop()
        if masked[left.end : left.end + 1] != "-":
            continue
        m = ref.country_surface.match(masked[left.end + 1 :])
        if not m or m.start() != 0:
            continue
        start, end = left.end + 1, left.end + 1 + m.end()
        if any(o.start == start for o in [*found, *out]) or ref.guarded(m.group(), _window(masked, start, end)):
            continue
        code, how = ref.surface_to_code[m.group()]
        new = Mention(start, end, code, how, m.group(), _is_topic(masked, start, end, ref))
        out.append(new)
        queue.append(new)
    return out


def _dateline(text: str, m: re.Match[str], how: str) -> bool:
    """"TOKYO:", "Hanoi, Aug. 6 (Jiji Press)--", "VOINews,Jakarta:": where the story was filed, not who acts."""
    return how in ("capital", "name") and m.start() <= 25 and bool(
        DATELINE.match(text[m.end() : m.end() + 40]))


def _window(text: str, start: int, end: int) -> str:
    """The words around a mention, the mention itself replaced by "{C}", as the data's context patterns read them."""
    return text[max(0, start - 60) : start] + "{C}" + text[end : end + 50]


def _is_topic(text: str, start: int, end: int, ref: Reference) -> bool:
    window = _window(text, start, end)
    return bool(ref.topic_context.search(window) or (ref.bystander is not None and ref.bystander.search(window)))


def actor_codes(mentions: list[Mention], firms: bool = False) -> list[str]:
    """States that act in the sentence, in order of first mention; places only when fewer than two act.

    Territories (Hong Kong, Guam) never act: they are not states, and their dealings with their sovereign
    are domestic. Firms stand for their state only when `firms` is set (a deal or programme frame)."""
    seen: list[str] = []
    dependent = territories()  # Hong Kong, Guam ...: never a party (data/countries.yaml)
    mentions = [m for m in mentions if firms or not m.firm]
    for m in mentions:
        if not m.topic and not m.locative and m.code not in seen and m.code not in dependent:
            seen.append(m.code)
    if len(seen) < 2:
        for m in mentions:
            if not m.topic and m.locative and m.code not in seen and m.code not in dependent:
                seen.append(m.code)
    return seen


def article_dyad(sentences: list[list[Mention]]) -> tuple[str, ...]:
    """The article's two main states."""
    return article_states(sentences)[:2]


def article_states(sentences: list[list[Mention]]) -> tuple[str, ...]:
    """The article's states by weight, main ones first: mentions in the title and lead count three times.

    Ties keep the order of first mention (votes are counted in text order, never over a set, whose order
    changes with PYTHONHASHSEED), so identical runs give identical pairs."""
    votes: Counter[str] = Counter()
    for i, mentions in enumerate(sentences):
        weight = 3 if i < 3 else 1
        for code in dict.fromkeys(actor_codes(mentions)):
            votes[code] += weight
    return tuple(c for c, n in votes.most_common(8) if n >= 2)


def parties_for(codes: list[str], sentence: str, dyad: tuple[str, ...], frame: str, ref: Reference,
                own: bool = True, most: int = MAX_PARTIES, ranked: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The parties of one fact from the sentence's acting states, completed by the article's pair
    (or by its N main states for "the four countries")."""
    found = list(codes)
    if frame == "owner":
        return (found[0],) if found else ((dyad[0],) if dyad else ())
    group = GROUP.search(sentence)
    if group and len(ranked) >= NUMBERS[group.group(1).lower()] and len(found) < NUMBERS[group.group(1).lower()]:
        return tuple(sorted(ranked[: NUMBERS[group.group(1).lower()]]))
    marked = ref.dyad_markers.search(sentence) and len(dyad) == 2
    if marked and not own:
        return tuple(sorted(dyad))  # "The two ministers signed ...": the pair, not the last sentence's list
    if marked and len(found) < 2 and (not found or set(found) & set(dyad)):
        found = list(dict.fromkeys([*found, *dyad]))
    if len(found) == 1 and len(dyad) == 2 and found[0] in dyad:
        found = list(dyad)
    if len(found) > most and _one_bloc(found, ref):
        return tuple(sorted(found))  # "the GCC agreed": a bloc acting as one, not a list of states
    if len(found) < 2 or len(found) > most:
        return ()
    return tuple(sorted(found))


def _one_bloc(codes: list[str], ref: Reference) -> bool:
    """The states are exactly one bloc's members at some time (data/blocs.yaml), as bloc_members gives them."""
    return any(b.is_membership(codes) for b in set(ref.blocs.values()))


HUB_SPOKE = re.compile(r"\b(?:with|from|to|visit|visits|visiting|visited)\s+(?:the\s+)?$", re.I)


def hub_spokes(sentence: str, mentions: list[Mention], dyad: tuple[str, ...]) -> list[tuple[str, str, int, int]]:
    """A hub talking to many ("met counterparts from A, B and C", "signed with A, ... with B"): one pair each.

    Returns (hub, spoke, clause_start, clause_end) where the clause is the stretch of text that tells the
    spoke, so each pair can read its own date and status; empty when the sentence is not such a list.
    """
    actors = [m for m in mentions if not m.topic]
    spokes: list[Mention] = []
    for m in actors:
        before = sentence[max(0, m.start - 40) : m.start]
        in_list = bool(spokes) and re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", sentence[spokes[-1].end : m.start] or " ")
        if HUB_SPOKE.search(before[-12:]) or re.search(r"\b(?:counterparts|officials|ministers) (?:from|of)\s+(?:the\s+)?$", before) or in_list:
            spokes.append(m)
    codes = {m.code for m in actors}
    spoke_codes = list(dict.fromkeys(m.code for m in spokes))
    last = max((m.end for m in spokes), default=0)
    hubs = [c for c in dict.fromkeys(m.code for m in actors if not _aside_after(sentence, last, m))
            if c not in spoke_codes]
    hub = hubs[0] if hubs else next((c for c in dyad if c not in spoke_codes), None)
    if len(spoke_codes) == 1 and len(hubs) >= 2:
        return _many_with_one(sentence, actors, spokes[0], hubs)
    if hub is None or len(spoke_codes) < 2 or len(codes | {hub}) < 3:
        return []
    if not hubs and len(spoke_codes) == 2:
        return []  # "the defence ministers of Japan and the Philippines met": two sides meeting, no absent hub
    out = []
    prev_end = 0
    for m in spokes:
        if m.code == hub or any(o[1] == m.code for o in out):
            continue
        out.append((hub, m.code, prev_end, min(len(sentence), m.end + 25)))
        prev_end = m.end
    return out


SEPARATE = re.compile(r"\b(?:agreements|pacts|accords|deals|contracts|treaties|arrangements|memorand(?:a|ums)|MoUs|"
                      r"separate|separately|respective|respectively|individual|each)\b")


def _many_with_one(sentence: str, actors: list[Mention], spoke: Mention,
                   sides: list[str]) -> list[tuple[str, str, int, int]]:
    """"Sweden and Denmark signed similar agreements with the US": several subjects, each with the one state after
    "with", told by a plural instrument or "separate" between them; one pair each (the "with" state as hub)."""
    before = [m for m in actors if m.end <= spoke.start and m.code in sides]
    if len({m.code for m in before}) < 2 or not SEPARATE.search(sentence[before[-1].end : spoke.start]) \
            or not re.search(r"\bwith\s+(?:the\s+)?$", sentence[max(0, spoke.start - 12) : spoke.start]):
        return []
    return [(spoke.code, code, 0, min(len(sentence), spoke.end + 25)) for code in dict.fromkeys(m.code for m in before)]


HUB_ASIDE = re.compile(r"[,;(—–]|\b(?:while|whereas|after|before|since|when|although|though|between)\b", re.I)
HUB_SPEAKER = re.compile(r"^[^,;]{0,40}?\b(?:said|says|announced|told|reported)\b")


def _aside_after(sentence: str, last: int, m: Mention) -> bool:
    """A state told after the listed spokes behind a clause break ("..., days after Chinese ships ...", ", a strip
    of land between Russia and Belarus") is another event's or a description's, never the hub; a speaker closing
    the sentence ("..., Japan's ministry said") still is."""
    return m.start > last > 0 and bool(HUB_ASIDE.search(sentence[last : m.start])) \
        and not HUB_SPEAKER.search(sentence[m.end :])


def place_of(doc, ref: Reference) -> str | None:
    """The city or seat where it happened: a place entity after "in" or "at", cities before countries."""
    if doc is None:
        return None
    best: tuple[int, str] | None = None
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC") or ent.start == 0:
            continue
        if doc[ent.start - 1].lower_ not in ("in", "at", "to"):
            continue
        how = ref.surface_to_code.get(ent.text, (None, "city"))[1]
        rank = {"capital": 0, "city": 1, "name": 2}.get(how, 3)
        if best is None or rank < best[0]:
            best = (rank, ent.text)
    return best[1] if best else None


def owner_of(mentions: list[Mention], trigger_start: int, dyad: tuple[str, ...]) -> tuple[str, ...]:
    """The state acting on itself: the nearest one named before the verb, else the first after, else the lead state."""
    actors = [m for m in mentions if not m.topic]
    before = [m for m in actors if m.end <= trigger_start]
    if before:
        return (before[-1].code,)
    if actors:
        return (actors[0].code,)
    return (dyad[0],) if dyad else ()
