"""One fact per event within an article: the same event told in the lead and again in the body is one fact."""

from __future__ import annotations

import re
from dataclasses import replace

from pactwatch.extract.context import Draft
from pactwatch.model import Fact, Person


def _key(d: Draft) -> tuple:
    obj = d.agreement_kind if d.type.startswith("agreement_") else None
    prog = d.programme if d.type in ("joint_programme", "mechanism_established", "arms_transfer") else None
    money = round(d.amount.value, -3) if d.type == "budget" and d.amount else None
    return (d.type, d.parties, obj, _fold(prog), money)


def _fold(s: str | None) -> str | None:
    return re.sub(r"[^a-z0-9]+", " ", s.lower()).strip() if s else None


def _dates_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _surnames(people: tuple[Person, ...]) -> set[str]:
    return {p.name.split()[-1].lower() for p in people if p.name}


def _same_event(group: list[Draft], d: Draft) -> bool:
    if not all(_dates_agree(g.date, d.date) for g in group):
        return False
    if d.own_date and any(g.own_date and {g.status, d.status} == {"occurred", "planned"} for g in group):
        return False  # "met on Monday" and "will visit later this year": two events
    if d.type == "meeting":
        mine, theirs = _surnames(d.people), set().union(*(_surnames(g.people) for g in group))
        if mine - theirs and theirs - mine:
            return False  # one minister seeing two different counterparts: two meetings
    return True


def merge_drafts(drafts: list[Draft]) -> list[list[Draft]]:
    """Group drafts that tell one event (same type, parties and object, agreeing dates), in text order."""
    contracts = [d for d in drafts if d.type == "agreement_signed" and d.agreement_kind == "contract"]
    contract_sentences = {(d.parties, d.sentence.index) for d in drafts if d.type == "agreement_signed"}

    def covered(t: Draft) -> bool:
        """A sale told beside its contract is the contract: same sides, same system (or none named), same time."""
        return (t.parties, t.sentence.index) in contract_sentences or any(
            c.parties == t.parties and c.programme in (None, t.programme) and _dates_agree(c.date, t.date)
            for c in contracts)

    dropped = [d for d in drafts if d.type == "arms_transfer" and covered(d)]
    kept = [d for d in drafts if d not in dropped]
    for t in dropped:  # the price told with the purchase belongs to the contract
        if t.amount:
            for i, d in enumerate(kept):
                if d.type == "agreement_signed" and d.parties == t.parties and d.agreement_kind == "contract" \
                        and d.amount is None and (d.programme in (None, t.programme)):
                    kept[i] = replace(d, amount=t.amount)
    groups: list[list[Draft]] = []
    for d in kept:
        for g in groups:
            if _key(g[0]) == _key(d) and _same_event(g, d):
                g.append(d)
                break
        else:
            groups.append([d])
    return _fold_vague(groups)


def _fold_vague(groups: list[list[Draft]]) -> list[list[Draft]]:
    """"Signed a defence agreement" in the lead and "signed the RAA" in the body: one fact, the named kind."""
    out: list[list[Draft]] = []
    vague = [g for g in groups if (g[0].type.startswith("agreement_") and g[0].agreement_kind == "other")
             or (g[0].type == "arms_transfer" and g[0].programme is None)
             or (g[0].type == "mechanism_established" and not any(c.isupper() for c in g[0].programme or ""))]
    for g in groups:
        if g in vague:
            continue
        out.append(g)
    for g in vague:
        home = next((h for h in out if h[0].type == g[0].type and h[0].parties == g[0].parties
                     and h[0].agreement_kind not in ("other", "contract") and _same_event(h, g[0])
                     and (h[0].type != "mechanism_established" or h[0].status == g[0].status)), None)
        if home is not None:
            home.extend(replace(d, agreement_kind=home[0].agreement_kind, programme=home[0].programme) for d in g)
            home.sort(key=lambda d: d.sentence.start)
        else:
            out.append(g)
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
    return replace(head, date=best_date, status=status, people=tuple(people), place=place, amount=amount,
                   confidence=confidence)
