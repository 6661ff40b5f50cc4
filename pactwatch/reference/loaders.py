"""Readers that validate each reference file and compile its patterns, naming the file and entry on error."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pycountry
import yaml

from pactwatch.model import AGREEMENT_KINDS, FACT_TYPES, STATUSES
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

DATA_DIR = Path(__file__).resolve().parents[1] / "data"
FRAMES = ("pair", "owner", "group")
NEEDS = ("kind", "contract", "programme", "known_programme", "amount", "equipment", "mechanism", None)
PROGRAMME_KINDS = ("programme", "equipment", "mechanism")


def _fold(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip()


def _words(patterns: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in patterns) + r")(?![\w-])", flags)


@cache
def data_file(name: str) -> dict:
    """One parse of a data file per process, shared by every stage that reads it (callers must not mutate it).

    Unreadable files raise OSError / yaml.YAMLError as a plain read would, so each stage keeps its own fallback.
    """
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


def _version() -> str:
    return (DATA_DIR / "VERSION").read_text(encoding="utf-8").strip()


def _load(name: str) -> dict:
    path = DATA_DIR / name
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as e:
        raise ReferenceDataError(f"{path}: cannot read: {e}") from e
    if not isinstance(data, dict):
        raise ReferenceDataError(f"{path}: expected a mapping at the top")
    return data


def _date(v: object, where: str) -> date | None:
    if v is None:
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v))
    except ValueError as e:
        raise ReferenceDataError(f"{where}: bad date {v!r}") from e


def _check_code(code: str, where: str) -> str:
    if pycountry.countries.get(alpha_3=code) is None:
        raise ReferenceDataError(f"{where}: {code!r} is not an ISO 3166-1 alpha-3 code")
    return code


def _countries(data: dict) -> tuple[dict[str, Country], dict[str, tuple[str, str]]]:
    ambiguous = set(data.get("ambiguous_names") or [])
    assigned = {str(k): str(v) for k, v in (data.get("user_assigned") or {}).items()}  # Kosovo: XKX
    surface: dict[str, tuple[str, str]] = {}
    countries: dict[str, Country] = {}
    for c in pycountry.countries:
        names = {getattr(c, a, None) for a in ("name", "common_name", "official_name")} - {None}
        for n in names:
            if "," not in n and n not in ambiguous:
                surface.setdefault(n, (c.alpha_3, "name"))
    for code, entry in (data.get("countries") or {}).items():
        if code not in assigned:
            _check_code(code, f"countries.yaml:{code}")
        entry = entry or {}
        iso = pycountry.countries.get(alpha_3=code)
        common = assigned.get(code) or getattr(iso, "common_name", None) or iso.name
        ours = tuple(entry.get("names") or ())
        country = Country(code, ours[0] if ours else common, ours, tuple(entry.get("demonyms") or ()),
                          tuple(entry.get("capitals") or ()), tuple(entry.get("institutions") or ()))
        countries[code] = country
        for how, items in (("name", country.names), ("demonym", country.demonyms),
                           ("capital", country.capitals), ("institution", country.institutions)):
            for s in items:
                surface[str(s)] = (code, how)
    for c in pycountry.countries:
        if c.alpha_3 not in countries:
            common = getattr(c, "common_name", None) or c.name
            countries[c.alpha_3] = Country(c.alpha_3, common, (common,), (), (), ())
    return countries, surface


def _guards(data: dict, surface: dict[str, tuple[str, str]]) -> dict[str, re.Pattern[str]]:
    """Each guarded surface's "unless" patterns (shared ones by name) compiled into one, case-sensitive."""
    shared = {str(k): str(v) for k, v in (data.get("guard_patterns") or {}).items()}
    out: dict[str, re.Pattern[str]] = {}
    for name, entry in (data.get("guards") or {}).items():
        where = f"countries.yaml:guards.{name}"
        if name not in surface or not (entry or {}).get("unless") or not entry.get("why"):
            raise ReferenceDataError(f"{where}: a guard needs a known surface, `unless` patterns and a `why`")
        parts = [shared.get(str(u), str(u)) for u in entry["unless"]]
        try:
            out[name] = re.compile("|".join(f"(?:{p})" for p in parts))
        except re.error as err:
            raise ReferenceDataError(f"{where}: bad pattern: {err}") from err
    return out


def _surface_masks(data: dict, alternation: str) -> tuple[tuple[re.Pattern[str], bool], ...]:
    """Patterns around any state surface ("{C} dollars", "{C} Times") compiled with every surface in place of {C}."""
    out = []
    for i, e in enumerate(data.get("surface_masks") or []):
        if not isinstance(e, dict) or "{C}" not in str(e.get("pattern", "")) or not e.get("why"):
            raise ReferenceDataError(f"countries.yaml:surface_masks[{i}]: needs a pattern with {{C}} and a `why`")
        body = str(e["pattern"]).replace("{C}", "(?<![A-Za-z0-9])(?:" + alternation + ")")
        try:
            out.append((re.compile(body), bool(e.get("prose_only"))))
        except re.error as err:
            raise ReferenceDataError(f"countries.yaml:surface_masks[{i}]: bad pattern: {err}") from err
    return tuple(out)


def _optional(patterns: list | str | None, where: str) -> re.Pattern[str] | None:
    if not patterns:
        return None
    parts = [patterns] if isinstance(patterns, str) else list(patterns)
    try:
        return re.compile("|".join(f"(?:{p})" for p in parts))
    except re.error as err:
        raise ReferenceDataError(f"{where}: bad pattern: {err}") from err


def _firms(data: dict) -> tuple[dict[str, Firm], re.Pattern[str] | None]:
    """Defence firms by every name they go by, each checked to name an ISO state or none (multinationals)."""
    out: dict[str, Firm] = {}
    for i, e in enumerate(data.get("firms") or []):
        where = f"companies.yaml firm {i} ({e.get('name') if isinstance(e, dict) else e})"
        if not isinstance(e, dict) or not e.get("name") or "state" not in e:
            raise ReferenceDataError(f"{where}: name and state (a code, or null for a multinational) are required")
        state = _check_code(str(e["state"]), where) if e["state"] else None
        if state is None and not e.get("why"):
            raise ReferenceDataError(f"{where}: a firm with no state needs a `why`")
        firm = Firm(str(e["name"]), state, tuple(str(a) for a in e.get("aliases") or ()))
        for surface in (firm.name, *firm.aliases):
            if surface in out and out[surface].state != state:
                raise ReferenceDataError(f"{where}: {surface!r} already names {out[surface].name}")
            out[surface] = firm
    if not out:
        return out, None
    names = sorted(out, key=len, reverse=True)
    return out, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _blocs(data: dict) -> tuple[dict[str, Bloc], re.Pattern[str] | None]:
    """Blocs by every name they go by, members checked as ISO states; a bloc not expanded must say why."""
    out: dict[str, Bloc] = {}
    for i, e in enumerate(data.get("blocs") or []):
        where = f"blocs.yaml bloc {i} ({e.get('name') if isinstance(e, dict) else e})"
        if not isinstance(e, dict) or not e.get("name") or not e.get("names"):
            raise ReferenceDataError(f"{where}: name and names are required")
        expand = bool(e.get("expand", True))
        if not expand and not e.get("why"):
            raise ReferenceDataError(f"{where}: a bloc not expanded needs a `why`")
        members = []
        for m in e.get("members") or []:
            if not isinstance(m, dict) or not m.get("code"):
                raise ReferenceDataError(f"{where}: each member needs a code")
            since, until = m.get("since"), m.get("until")
            if any(y is not None and not isinstance(y, int) for y in (since, until)):
                raise ReferenceDataError(f"{where}: since/until must be years")
            members.append((_check_code(str(m["code"]), where), since, until))
        if expand and len(members) < 2:
            raise ReferenceDataError(f"{where}: a bloc to expand needs at least two members")
        bloc = Bloc(str(e["name"]), tuple(str(n) for n in e["names"]), tuple(members), expand)
        for surface in bloc.names:
            if surface in out:
                raise ReferenceDataError(f"{where}: {surface!r} already names {out[surface].name}")
            out[surface] = bloc
    if not out:
        return out, None
    names = sorted(out, key=len, reverse=True)
    return out, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w-])")


def _officials(data: dict) -> tuple[Official, ...]:
    shared = {_fold(str(n)) for n in data.get("shared_surnames") or ()}  # "Kim", "Singh": nobody in particular
    out = []
    for i, e in enumerate(data.get("officials") or []):
        where = f"officials.yaml entry {i} ({e.get('name')})"
        if not e.get("name") or not e.get("office"):
            raise ReferenceDataError(f"{where}: name and office are required")
        lone = [a for a in (e["name"], *(e.get("aliases") or ())) if _fold(str(a)) in shared]
        if lone:
            raise ReferenceDataError(f"{where}: {lone[0]!r} is a shared surname and cannot name one official alone")
        out.append(Official(str(e["name"]), tuple(str(a) for a in e.get("aliases") or ()),
                            _check_code(e.get("country", ""), where), str(e["office"]),
                            _date(e.get("from"), where), _date(e.get("to"), where)))
    return tuple(out)


def _lone(data: dict, officials: tuple[Official, ...]) -> frozenset[str]:
    """The surnames that may stand alone, each checked to be an alias of a listed official."""
    known = {a for o in officials for a in o.aliases}
    lone = frozenset(str(a) for a in data.get("lone_aliases") or ())
    if lone - known:
        raise ReferenceDataError(f"officials.yaml: lone_aliases not an alias of any official: {sorted(lone - known)}")
    return lone


def _programmes(data: dict) -> tuple[Programme, ...]:
    out = []
    for e in data.get("programmes") or []:
        where = f"programmes.yaml:{e.get('name')}"
        if e.get("kind") not in PROGRAMME_KINDS:
            raise ReferenceDataError(f"{where}: kind must be one of {PROGRAMME_KINDS}")
        partners = tuple(_check_code(p, where) for p in e.get("partners") or ())
        maker = _check_code(e["maker"], where) if e.get("maker") else None
        aliases = tuple(str(a) for a in e.get("aliases") or ())
        out.append(Programme(str(e["name"]), e["kind"], aliases, partners, maker, _words(list(aliases))))
    return tuple(out)


def _kinds(data: dict) -> tuple[tuple[AgreementKind, ...], re.Pattern[str], tuple]:
    kinds = []
    for e in data.get("kinds") or []:
        if e.get("kind") not in AGREEMENT_KINDS:
            raise ReferenceDataError(f"agreement_kinds.yaml: unknown kind {e.get('kind')!r}")
        pats = list(e.get("patterns") or [])
        upper = [p for p in pats if " " not in p and sum(ch.isupper() for ch in p) >= 2]
        parts = [rf"(?:{p})" if p in upper else rf"(?i:{p})" for p in pats]
        # the word edges are checked once per position, outside the alternation: most positions are mid-word
        kinds.append(AgreementKind(e["kind"], re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])")))
    overrides = tuple((_words([o["pattern"]]), _check_code(o["when_party"], "agreement_kinds.yaml"), o["kind"])
                      for o in data.get("party_overrides") or [])
    return tuple(kinds), _words(list(data.get("generic") or [])), overrides


def _triggers(data: dict) -> tuple[Trigger, ...]:
    out = []
    for family, items in (data.get("families") or {}).items():
        for e in items:
            where = f"triggers.yaml:{family}.{e.get('id')}"
            if e.get("type") not in FACT_TYPES or e.get("frame") not in FRAMES or e.get("needs") not in NEEDS:
                raise ReferenceDataError(f"{where}: bad type, frame or needs")
            try:
                pattern = re.compile(e["pattern"], re.IGNORECASE)
            except re.error as err:
                raise ReferenceDataError(f"{where}: bad pattern: {err}") from err
            out.append(Trigger(e["id"], family, e["type"], e["frame"], e.get("lemma", ""), e.get("needs"), pattern))
    return tuple(out)


def _cues(data: dict) -> tuple[tuple[StatusCue, ...], re.Pattern[str], re.Pattern[str]]:
    cues = []
    for e in data.get("status") or []:
        if e.get("status") not in STATUSES:
            raise ReferenceDataError(f"cues.yaml: unknown status {e.get('status')!r}")
        cues.append(StatusCue(e["status"], re.compile("|".join(e["patterns"]), re.IGNORECASE)))
    background = re.compile("|".join(p for b in data.get("background") or [] for p in b["patterns"]), re.IGNORECASE)
    roles = sorted(data.get("roles") or [], key=len, reverse=True)
    return tuple(cues), background, re.compile(r"\b(?:" + "|".join(roles) + r")\b", re.IGNORECASE)
