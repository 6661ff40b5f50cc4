"""One fact per event within an article: the same event told in the lead and again in the body is one fact.

The steps, in the order merge_drafts runs them (rules in data/article_merge.yaml):
1. One instrument: "a memorandum on a Defence Cooperation Agreement" is a memorandum signed; the inner
   kind's drafts of that sentence go, and later drafts of the inner kind for the same sides take the head's.
2. Sales: a transfer told with the contract or sale agreement that buys it is that agreement; the
   transfer's price and system move to it (same sides, same system, close in the text for unnamed deals).
3. Groups: same type, sides and object with agreeing dates; programmes by name, alias or shared acronym.
4. Vague folds: "signed an agreement" joins the named instrument of the same sides and time; a planned
   signing and the talks on the named instrument are one fact; an unnamed restatement of a signing joins it.
5. Drills: one exercise told over several sentences ("exercise Cutlass Express ... this year's exercise will be
   based in A, B and C") is one fact whose sides are every state told as taking part; two names are two drills.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from pactwatch.extract.context import RELATION, Draft
from pactwatch.extract.dates import tells_a_day
from pactwatch.extract.frames import load_frames
from pactwatch.model import Fact, Person
from pactwatch.reference import data_file, load_reference

PROGRAMME_TYPES = ("joint_programme", "mechanism_established", "arms_transfer")
NOT_SIGNED_YET = ("planned", "proposed")


@dataclass(frozen=True)
class Rules:
    instrument_of: re.Pattern[str]
    sale_window: int
    acronym_part_min: int
    loose_kinds: dict[str, tuple[str, ...]]
    sale_memorandum: re.Pattern[str]
    drill_back: re.Pattern[str]
    drill_days: int
    meeting_back: re.Pattern[str]
    newcomers_within: int
    contract_objects: tuple[tuple[str, re.Pattern[str]], ...] = ()


@lru_cache(maxsize=1)
def _rules() -> Rules:
    """The article_merge.yaml rules, read once."""
    data = data_file("article_merge.yaml")
    loose = {str(k): tuple(str(v) for v in vs) for k, vs in (data.get("loose_kinds") or {}).items()}
    return Rules(re.compile(data["instrument_of"], re.I), int(data["sale_window"]), int(data["acronym_part_min"]), loose,
                 re.compile(data.get("sale_memorandum") or "(?!x)x", re.I), re.compile(data["drill_back"], re.I),
                 int(data["drill_days"]), re.compile(data["meeting_back"], re.I),
                 int(data["newcomers_within"]), tuple((str(k), re.compile(v, re.I)) for k, v in (data.get("contract_objects") or {}).items()))


def _key(d: Draft) -> tuple:
    obj = d.agreement_kind if d.type.startswith("agreement_") else None
    prog = d.programme if d.type in PROGRAMME_TYPES else None
    money = round(d.amount.value, -3) if d.type == "budget" and d.amount else None
    return (d.type, d.parties, obj, _fold(prog), money)


def _fold(s: str | None) -> str | None:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip() if s else None


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _surnames(people: tuple[Person, ...]) -> set[str]:
    return {p.name.split()[-1].lower() for p in people if p.name}


def _placed(people: tuple[Person, ...]) -> tuple[Person, ...]:
    return tuple(p for p in people if p.country or p.role)


def _same_event(group: list[Draft], d: Draft) -> bool:
    if not all(_dates_agree(g.date, d.date) for g in group):
        return False
    if d.own_date and any(g.own_date and {g.status, d.status} == {"occurred", "planned"} for g in group):
        return False  # "met on Monday" and "will visit later this year": two events
    if _this_week(d) and all(_years_back(g) for g in group) or _years_back(d) and all(_this_week(g) for g in group):
        return False  # undated page: "lifted the embargo on Monday" and "had eased it in October 2014": two events
    if d.type == "meeting":  # only people the text ties to a state or role count: not a wire's name in a dateline
        mine = _surnames(_placed(d.people))
        theirs = set().union(*(_surnames(_placed(g.people)) for g in group))
        if mine - theirs and theirs - mine and not _back_to_meeting(d):
            return False  # one minister seeing two different counterparts: two meetings
    return True


def _this_week(d: Draft) -> bool:
    """An undated draft told by its weekday: this week's news on a page whose own date is unknown."""
    return d.date is None and tells_a_day(d.sentence.text)


def _years_back(d: Draft) -> bool:
    """A draft dated by its own year and told with no weekday: an earlier event, not this week's."""
    return d.own_date and d.date is not None and not tells_a_day(d.sentence.text)


def _back_to_meeting(d: Draft) -> bool:
    """The meeting draft's sentence opens on the meeting told before ("The talks followed ...") and its trigger is
    that opening, not a later gathering the sentence relates it to ("The talks came hours before the summit")."""
    back = _rules().meeting_back.search(d.sentence.text)
    return bool(back) and not RELATION.search(d.sentence.text[back.end() : max(back.end(), d.trigger[0])])


def _tokens(name: str | None) -> set[str]:
    """The distinctive tokens of a programme name: designations (KF-21, F414) and acronyms (AUKUS, SSN)."""
    out: set[str] = set()
    for word in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", name or ""):
        letters, digits = re.search(r"[A-Za-z]", word), re.search(r"\d", word)
        if (letters and digits) or sum(c.isupper() for c in word) >= 2:
            out.add(word.lower())
        if "-" in word:
            out.update(p.lower() for p in word.split("-")
                       if p.isalpha() and p.isupper() and len(p) >= _rules().acronym_part_min)
    return out


def _known(name: str | None) -> str | None:
    """The reference programme a name is, by its canonical name or one of its aliases."""
    if not name:
        return None
    ref = load_reference()
    exact = next((p.name for p in ref.programmes if _fold(p.name) == _fold(name)), None)
    if exact:
        return exact
    named = ref.programme_named(name)
    return named.name if named else None


def _same_programme(a: str | None, b: str | None) -> bool:
    """"Tempest" and "GCAP", "the AUKUS project" and "SSN-AUKUS": one programme told two ways."""
    if not a or not b:
        return False
    if _fold(a) == _fold(b):
        return True
    ka, kb = _known(a), _known(b)
    if ka and ka == kb:
        return True
    return bool(_tokens(a) & _tokens(b))


def _joins(group: list[Draft], d: Draft) -> bool:
    """A draft tells the group's event: a programme by its name whatever the date, the rest by key and time."""
    head = group[0]
    if d.type == head.type == "joint_programme" and d.parties == head.parties and (d.programme or head.programme):
        return _same_programme(head.programme, d.programme)  # one fact per programme (guidelines)
    if d.type == head.type == "exercise" and not _same_drill(group, [d]):
        return False  # "Malabar" and "JIMEX" the same month: two drills
    if d.type == head.type == "agreement_signed" and d.agreement_kind == head.agreement_kind == "contract" \
            and any(_other_purchase(g, d) for g in group):
        return False  # "a contract for S-400 squadrons" and "a deal to modernise ship radars": two contracts
    return _key(head) == _key(d) and _same_event(group, d)


def _bought(d: Draft) -> set[str]:
    """The classes of things a contract's sentence names (aircraft, ships, radars ...)."""
    return {name for name, pattern in _rules().contract_objects if pattern.search(d.sentence.text)}


def _other_purchase(a: Draft, b: Draft) -> bool:
    """Two contracts told in different sentences that buy different things: different systems, or only things of
    different classes."""
    if a.sentence.index == b.sentence.index:
        return False
    mine, theirs = _systems(a), _systems(b)
    if mine and theirs and not mine & theirs:
        return True
    mine, theirs = _bought(a), _bought(b)
    return bool(mine and theirs and not mine & theirs)


def _instrument_of(text: str, outer: str, inner: str, parties: tuple[str, ...]) -> bool:
    """The sentence names the `inner` instrument as the subject of the `outer` one ("an MoU on a DCA")."""
    ref = load_reference()
    spans = [(m.start(), m.end(), ref.kind_of(m.group(), parties) or k.kind)
             for k in ref.agreement_kinds for m in k.pattern.finditer(text)]
    for start, _end, kind in spans:
        if kind != inner:
            continue
        before = [s for s in spans if s[1] <= start and s[2] != inner]
        if not before:
            continue
        head = max(before, key=lambda s: s[1])
        if head[2] == outer and _rules().instrument_of.search(text[head[1] : start]):
            return True
    return False


def _one_instrument(drafts: list[Draft]) -> list[Draft]:
    """"Signed an MoU on a Defence Cooperation Agreement": one memorandum signed, not an MoU and a DCA."""
    inner_of: list[tuple[Draft, str, str]] = []  # (the outer draft, inner kind, outer kind)
    dropped: set[int] = set()
    agreements = [d for d in drafts if d.type.startswith("agreement_") and d.agreement_kind not in (None, "other")]
    for i, a in enumerate(agreements):
        for b in agreements[i + 1 :]:
            if (a.sentence.index, a.type, a.parties) != (b.sentence.index, b.type, b.parties) or \
                    a.agreement_kind == b.agreement_kind:
                continue
            for outer, inner in ((a, b), (b, a)):
                if _instrument_of(a.sentence.text, outer.agreement_kind, inner.agreement_kind, a.parties):
                    dropped.add(id(inner))
                    inner_of.append((outer, inner.agreement_kind, outer.agreement_kind))
                    break
    out = []
    for d in drafts:
        if id(d) in dropped:
            continue
        told = next((o for o, inner, _ in inner_of if d.agreement_kind == inner and d.type == o.type
                     and d.parties == o.parties and _dates_agree(d.date, o.date)), None)
        out.append(replace(d, agreement_kind=told.agreement_kind) if told is not None else d)
    return out


def _systems(d: Draft) -> set[str]:
    """The weapon systems a draft is about: its own programme, else the known ones its sentence names."""
    if d.programme:
        return {_known(d.programme) or d.programme}
    return {p.name for p in load_reference().programmes if p.pattern.search(d.sentence.text)}


def _sale_agreement(d: Draft, equipment: bool = True) -> bool:
    """A signed contract, or an unnamed agreement whose sentence sells ("an agreement for the sale of its
    fighter jets"); with `equipment` False the thing sold may be told elsewhere ("to supply the system")."""
    if d.type != "agreement_signed":
        return False
    if d.agreement_kind == "contract":
        return True
    if d.agreement_kind != "other":
        return False
    ref = load_reference()
    if not any(t.family == "transfers" and t.id == "supply" and t.pattern.search(d.sentence.text) for t in ref.triggers):
        return False
    return not equipment or bool(ref.equipment_nouns.search(d.sentence.text) or ref.programme_named(d.sentence.text))


def _buys(c: Draft, t: Draft) -> bool:
    """The sale agreement `c` is the transfer `t`: same sides, same system (or none named), same time, and for
    an unnamed deal told close by."""
    if c.parties != t.parties or not _dates_agree(c.date, t.date):
        return False
    mine, theirs = _systems(c), _systems(t)
    if mine and not (theirs and theirs <= mine):
        return False  # a contract for jets covers neither a sale of helicopters nor "jets and helicopters"
    return c.agreement_kind == "contract" or abs(c.sentence.index - t.sentence.index) <= _rules().sale_window


def _signs_it(d: Draft, t: Draft) -> bool:
    """A signing told in the sale's own sentence and at the sale's time is the sale ("signed a memorandum to purchase
    three corvettes": one deal); "will receive tanks by 2030 under a contract signed last year" is a delivery of its
    own (a signing dated in its own words apart from a delivery still to come)."""
    return d.type == "agreement_signed" and (d.parties, d.sentence.index) == (t.parties, t.sentence.index) \
        and (_dates_agree(d.date, t.date) or not d.own_date or (d.status, t.status) != ("occurred", "planned"))


def _sales(drafts: list[Draft]) -> list[Draft]:
    """A sale told beside the contract that buys it is the contract, with the sale's price and system."""
    out = list(drafts)
    echoes: list[Draft] = []  # the sales' sentences, kept as evidence of the contracts that absorbed them
    for t in [d for d in drafts if d.type == "arms_transfer"]:
        sales = [d for d in out if _sale_agreement(d, equipment=False)]
        here = any(_signs_it(d, t) for d in out)
        buyer = next((c for c in sales if _signs_it(c, t)), None) or next((c for c in sales if _buys(c, t)), None)
        if buyer is None and not here:
            continue
        out = [d for d in out if d is not t]
        if buyer is not None:
            grown = replace(buyer, amount=buyer.amount or t.amount, programme=buyer.programme or t.programme)
            out = [grown if d is buyer else d for d in out]
            if t.sentence.index != buyer.sentence.index:
                echoes.append(replace(grown, sentence=t.sentence, trigger=t.trigger, own_date=False, amount=None,
                                      people=(), place=None, confidence=t.confidence))
    return sorted(out + echoes, key=lambda d: d.sentence.start)


def merge_drafts(drafts: list[Draft]) -> list[list[Draft]]:
    """Group drafts that tell one event (same type, parties and object, agreeing dates), in text order."""
    groups: list[list[Draft]] = []
    for d in _sales(_one_instrument(drafts)):
        for g in groups:
            if _joins(g, d):
                g.append(d)
                break
        else:
            groups.append([d])
    return _one_drill(_sale_memoranda(_fold_vague(groups)))


def _drill_names(group: list[Draft]) -> set[tuple[str, ...]]:
    return {tuple(_fold(d.programme).split()) for d in group if d.programme}


def _same_drill(a: list[Draft], b: list[Draft]) -> bool:
    """No two different names: "Cutlass Express" and "Cutlass Express 2023" are one, "Zapad-2017" and "Zapad-2021" two."""
    for x in _drill_names(a):
        for y in _drill_names(b):
            short, long_ = sorted((x, y), key=len)
            if long_[: len(short)] != short or not all(w.isdigit() for w in long_[len(short) :]):
                return False
    return True


def _drill_dates(a: str | None, b: str | None) -> bool:
    """One drill's dates: one a prefix of the other, or days a drill's length apart (start and closing ceremony)."""
    if _dates_agree(a, b):
        return True
    if a and b and len(a) == len(b) == 10:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= _rules().drill_days
    return False


def _drill_joins(h: list[Draft], g: list[Draft]) -> bool:
    """The later drill group `g` tells the drill of `h`: no other name, agreeing dates, and the same name, sides one of
    which holds the other, or its drill word pointing back ("the exercise", "this year's drills")."""
    if not all(_drill_dates(x.date, y.date) for x in h for y in g):
        return False
    if all(not load_frames().drill_words.search(d.sentence.text) for d in g) \
            and min(d.sentence.index for d in g) - max(x.sentence.index for x in h) <= _rules().newcomers_within:
        return True  # "They join long-standing participants including A and B": newcomers of the drill just told
    if _told_by_alias(h, g):
        return True  # "exercise Cutlass Express 2023 (CE23) ..." then "CE23 will be linked with another drill"
    if not _same_drill(h, g):
        return False
    if _drill_names(h) and _drill_names(g):
        return True
    mine, theirs = set(h[0].parties), set(g[0].parties)
    return mine <= theirs or theirs <= mine or any(_points_at_drill(d) for d in g)  # one side list holds the other


def _points_at_drill(d: Draft) -> bool:
    """The draft's own drill word is told as one told before ("this year's exercise", "the Exercise"); not "the
    exercise comes weeks after A and B held joint patrols", where the patrols are another drill."""
    return any(m.start() <= d.trigger[0] < m.end() for m in _rules().drill_back.finditer(d.sentence.text))


def _told_by_alias(h: list[Draft], g: list[Draft]) -> bool:
    """A later sentence names the drill of `h` by its short form given in brackets after its name."""
    aliases = set()
    for d in h:
        if d.programme:
            m = re.search(re.escape(d.programme) + r"\s*\(([A-Z][A-Za-z0-9-]{1,12})\)", d.sentence.text)
            if m and m.group(1) != d.programme:
                aliases.add(m.group(1))
    return any(re.search(r"(?<![\w-])" + re.escape(a) + r"(?![\w-])", x.sentence.text) for a in aliases for x in g)


def _one_drill(groups: list[list[Draft]]) -> list[list[Draft]]:
    """Exercise groups telling one drill join, their sides the union of the states told as taking part."""
    out: list[list[Draft]] = []
    for g in groups:
        home = None
        if g[0].type == "exercise":
            home = next((h for h in reversed(out) if h[0].type == "exercise" and _drill_joins(h, g)), None)
        if home is None:
            out.append(g)
            continue
        sides = tuple(sorted(set(home[0].parties) | set(g[0].parties)))
        home[:] = sorted((replace(d, parties=sides) for d in home + g), key=lambda d: d.sentence.start)
    return out


def _fuzzy_contract(d: Draft) -> bool:
    """A "contract" read only from a price beside "a new agreement": no contract word, no equipment sold."""
    if d.agreement_kind != "contract":
        return False
    ref = load_reference()
    named = any(k.kind == "contract" and k.pattern.search(d.sentence.text) for k in ref.agreement_kinds)
    return not named and not _sale_agreement(replace(d, agreement_kind="other"))


def _loose(d: Draft) -> bool:
    """A kind named only by a common noun that often stands for a more specific instrument ("a defence treaty")."""
    if not d.type.startswith("agreement_") or d.agreement_kind not in _rules().loose_kinds:
        return False
    ref = load_reference()
    found = [m.group() for k in ref.agreement_kinds if k.kind == d.agreement_kind for m in k.pattern.finditer(d.sentence.text)]
    return bool(found) and all(f[0].islower() for f in found)


def _vague(g: list[Draft]) -> bool:
    d = g[0]
    return (d.type.startswith("agreement_") and d.agreement_kind == "other") or all(_loose(x) for x in g) \
        or (d.type == "arms_transfer" and d.programme is None) \
        or (d.type == "mechanism_established" and not any(c.isupper() for c in d.programme or ""))


def _points_back(g: list[Draft]) -> bool:
    """"The new consultation body was created under ...": an unnamed body told with "the" is the named one told
    before, whatever date its sentence gives (it may tell an earlier step of the same body)."""
    return all(d.programme and re.search(r"\b(?:the|this|that)\s+(?:new\s+|newly[- ]\w+\s+)?" + re.escape(d.programme),
                                         d.sentence.text, re.I) for d in g)


def _head_word(name: str | None) -> str | None:
    words = re.findall(r"[a-z]+", (name or "").lower())
    return words[-1] if words else None


def _named(h: list[Draft]) -> bool:
    return h[0].agreement_kind not in ("other", "contract")


def _home(out: list[list[Draft]], g: list[Draft]) -> list[Draft] | None:
    """Where a vague group belongs: the named instrument of the same sides and time, by preference."""
    d = g[0]
    if d.type == "mechanism_established" and _points_back(g):
        bodies = [h for h in out if h[0].type == d.type and h[0].parties == d.parties and h[0].sentence.start < d.sentence.start]
        head = _head_word(d.programme)
        return next((h for h in bodies if not _vague(h)), None) or \
            next((h for h in reversed(bodies) if _head_word(h[0].programme) == head), None)  # "a new forum" ... "the forum"
    same = [h for h in out if h[0].parties == d.parties and _same_event(h, d)]
    named = [h for h in same if h[0].type == d.type and _named(h)
             and (d.type != "mechanism_established" or h[0].status == d.status)]
    if d.agreement_kind in _rules().loose_kinds:  # "the defence treaty" is the RAA signed that day
        return next((h for h in named if h[0].agreement_kind in _rules().loose_kinds[d.agreement_kind]), None)
    if named or not d.type.startswith("agreement_") or d.agreement_kind != "other":
        return named[0] if named else None
    if d.type == "agreement_negotiation" or d.status in NOT_SIGNED_YET:
        # "set to sign an agreement" and "the proposed MoU": one instrument in the making, signing or talks
        other = "agreement_negotiation" if d.type == "agreement_signed" else "agreement_signed"
        making = [h for h in same if h[0].type == other and _named(h)
                  and (other == "agreement_negotiation" or h[0].status in NOT_SIGNED_YET)]
        if making:
            return making[0]
    fuzzy = [h for h in same if h[0].type == d.type == "agreement_signed" and _fuzzy_contract(h[0])]
    if fuzzy:  # "re-signed the agreement" and "signed a new agreement, costing ...": one signing, no contract
        fuzzy[0][:] = [replace(x, agreement_kind="other") for x in fuzzy[0]]
        return fuzzy[0]
    return None


def _fold_vague(groups: list[list[Draft]]) -> list[list[Draft]]:
    """"Signed a defence agreement" in the lead and "signed the RAA" in the body: one fact, the named kind."""
    vague = [g for g in groups if _vague(g)]
    out = [g for g in groups if not any(g is v for v in vague)]
    for g in vague:
        home = _home(out, g)
        if home is not None:
            home.extend(replace(d, agreement_kind=home[0].agreement_kind, programme=home[0].programme) for d in g)
            home.sort(key=lambda d: d.sentence.start)
        else:
            out.append(g)
    return sorted(out, key=lambda g: g[0].sentence.start)


def _sale_memoranda(groups: list[list[Draft]]) -> list[list[Draft]]:
    """"The memorandum for the purchase of the frigates" is the "deal to buy three warships": one signing."""
    homes = [g for g in groups if g[0].type == "agreement_signed" and g[0].agreement_kind == "memorandum"
             and any(_rules().sale_memorandum.search(d.sentence.text) for d in g)]
    if not homes:
        return groups
    out: list[list[Draft]] = []
    for g in groups:
        home = next((h for h in homes if g[0].type == "agreement_signed" and g[0].agreement_kind == "contract"
                     and g[0].parties == h[0].parties and g[0].status == h[0].status
                     and _dates_agree(fuse(g).date, fuse(h).date)), None)
        if home is None:
            out.append(g)
            continue
        home.extend(replace(d, agreement_kind="memorandum") for d in g)
        home.sort(key=lambda d: d.sentence.start)
    return sorted(out, key=lambda g: g[0].sentence.start)


def share_people(facts: list[Fact]) -> list[Fact]:
    """Signatories attend the meeting where they sign, and a meeting's ministers sign what it adopts:
    a meeting or signing with nobody named takes the people of its twin (same parties, same day)."""
    out = []
    for f in facts:
        if not f.people and f.type not in ("budget", "policy_change"):
            twin_type = "agreement_signed" if f.type == "meeting" else "meeting"
            twin = next((t for t in facts if t.type == twin_type and t.parties == f.parties and t.people
                         and t.date and f.date and (t.date.startswith(f.date) or f.date.startswith(t.date))), None)
            if twin is not None:
                f = replace(f, people=twin.people)
        out.append(f)
    return out


def _programme_name(group: list[Draft]) -> str | None:
    """The name a programme told several ways goes by: a reference name, the most specific one first."""
    names = [g.programme for g in group if g.programme]
    known = [n for n in names if _known(n) == n]
    if not known:
        return group[0].programme
    return max(known, key=lambda n: len(_tokens(n)))


def fuse(group: list[Draft]) -> Draft:
    """One draft from a group: the lead's status, the most precise own date, everyone who took part."""
    head = group[0]
    dated = [g for g in group if g.own_date and g.date] or [g for g in group if g.date]
    best_date = max((g.date for g in dated), key=len) if dated else None
    people: list[Person] = []
    for g in group:
        for p in g.people:
            if p.name.split()[-1].lower() not in _surnames(tuple(people)):
                people.append(p)
    place = next((g.place for g in group if g.place), None)
    amount = next((g.amount for g in group if g.amount), None)
    confidence = min(0.99, max(g.confidence for g in group) + 0.05 * (len(group) - 1))
    status = next((g.status for g in group if g.own_date), head.status)
    programme = _programme_name(group) if head.type == "joint_programme" else head.programme
    return replace(head, date=best_date, status=status, people=tuple(people), place=place, amount=amount,
                   confidence=confidence, programme=programme)
