"""Group facts that tell the same event: same type and parties, same object, compatible dates.

The cascade, for each (type, parties) block, taking facts from most to least precise:
1. a fact joins the one cluster whose every member agrees on the object (agreement kind, programme,
   amount; an empty field is a wildcard), whose dates are compatible (prefix, or day-precise within the
   type's day_slack) and which holds no fact of the same article (an article tells an event once);
2. a fact with no date or only a year joins a more precise cluster only for singular types (an ACSA),
   or when a place or a person corroborates it (a meeting);
3. for recurring types (meetings, drills), a fact whose place and people both differ from a cluster's
   (both named) is another event;
4. with several candidate clusters, the one with the same date, place and people wins; a tie starts a
   new event rather than guess.
The order is a total order on the facts' content, so the result does not depend on input order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from pactwatch.model import Amount, Fact
from pactwatch.resolve import dates
from pactwatch.resolve.names import Lookup, fold, name_tokens, programme_key
from pactwatch.resolve.rules import MergeRules, TypeRule


@dataclass(frozen=True)
class Item:
    """A fact with the fields merging compares, normalised once."""

    fact: Fact
    date: str | None
    precision: int
    kind: str | None
    programme: str | None
    amount: Amount | None
    place: str | None
    people: frozenset[str]
    signature: str  # the fact's content, for a total order and duplicate removal

    @property
    def filled(self) -> int:
        return sum(v is not None for v in (self.kind, self.programme, self.amount))


@dataclass
class Cluster:
    """Facts of one event, with the distinct values merging compares kept as sets for speed."""

    index: int = 0  # creation order in its block, for a deterministic candidate order
    items: list[Item] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    dates: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    programmes: set[str] = field(default_factory=set)
    amounts: set[Amount] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)
    precision: int = 0

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.articles.add(item.fact.article_id)
        for values, value in ((self.dates, item.date), (self.kinds, item.kind), (self.programmes, item.programme),
                              (self.amounts, item.amount), (self.places, item.place)):
            if value is not None:
                values.add(value)
        self.people |= item.people
        self.precision = max(self.precision, item.precision)

    def values(self, name: str) -> set:
        return {"agreement_kind": self.kinds, "programme": self.programmes, "amount": self.amounts}[name]


def prepare(fact: Fact, lookup: Lookup) -> Item:
    """Normalise the fields that decide a merge."""
    date = dates.normalise(fact.date)
    people = frozenset(" ".join(sorted(name_tokens(p.name))) for p in fact.people if name_tokens(p.name))
    signature = repr(fact)  # every field, in a fixed order
    return Item(fact=fact, date=date, precision=dates.precision(date), kind=fact.agreement_kind or None,
                programme=programme_key(fact.programme, lookup), amount=fact.amount,
                place=fold(fact.place) if fact.place else None, people=people, signature=signature)


def _amounts_agree(a: Amount, b: Amount, tolerance: float) -> bool:
    if a.currency != b.currency:
        return True  # conversions differ by outlet; not evidence of two events
    top = max(abs(a.value), abs(b.value)) or 1.0
    return abs(a.value - b.value) / top <= tolerance


def _objects_agree(cluster: Cluster, item: Item, rule: TypeRule, rules: MergeRules) -> bool:
    for name in rule.object:
        mine = getattr(item, "kind" if name == "agreement_kind" else name)
        if mine is None:
            continue
        for theirs in cluster.values(name):
            if name == "amount":
                if not _amounts_agree(mine, theirs, rules.amount_tolerance):
                    return False
            elif mine != theirs:
                return False
    return True


def _corroborated(cluster: Cluster, item: Item, rules: MergeRules) -> bool:
    """A shared place, person, programme or same-currency amount: evidence beyond a vague date."""
    if (item.place and item.place in cluster.places) or item.people & cluster.people:
        return True
    if item.programme and item.programme in cluster.programmes:
        return True
    return bool(item.amount) and any(a.currency == item.amount.currency
                                     and _amounts_agree(a, item.amount, rules.amount_tolerance)
                                     for a in cluster.amounts)


def by_object(rule: TypeRule, item: Item) -> bool:
    """True when the fact's named object, not its date, decides which event it belongs to."""
    return rule.dateless and item.programme is not None


def _same_place(a: str, b: str) -> bool:
    """Folded places that name the same spot, or one inside the other's name ("tokyo", "tokyo japan")."""
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def _told_apart(cluster: Cluster, item: Item) -> bool:
    """Both name places and people, and neither matches: two events, however close the dates."""
    if not (item.place and cluster.places and item.people and cluster.people):
        return False
    if any(_same_place(item.place, p) for p in cluster.places):
        return False
    return not item.people & cluster.people


def _fits(cluster: Cluster, item: Item, rule: TypeRule, rules: MergeRules) -> bool:
    if item.fact.article_id in cluster.articles:
        return False
    if not rule.singular and _told_apart(cluster, item):  # an ACSA's kind and day outweigh a stray place
        return False
    if not _objects_agree(cluster, item, rule, rules):
        return False
    if by_object(rule, item) and cluster.programmes:
        return True  # a named programme is itself the event (see dateless in merge_rules.yaml)
    if item.date and not all(dates.compatible(item.date, other, rule.day_slack) for other in cluster.dates):
        return False
    vague = item.precision <= 1  # no date, or only a year: many meetings fit "in 2024"
    return not vague or rule.singular or _corroborated(cluster, item, rules)


def _score(cluster: Cluster, item: Item) -> int:
    """Evidence that a fact belongs to a cluster beyond mere compatibility."""
    score = 2 if item.date and item.date in cluster.dates else 0
    score += 1 if item.place and item.place in cluster.places else 0
    score += len(item.people & cluster.people)
    score += 1 if item.kind is not None and item.kind in cluster.kinds else 0
    score += 1 if item.programme is not None and item.programme in cluster.programmes else 0
    return score


def _index_keys(date: str | None) -> list[tuple[int, ...]]:
    parsed = dates.parse(date)
    return [parsed[:n] for n in range(1, min(len(parsed), 2) + 1)]


def _nearby(item: Item, block: list[Cluster], index: dict[tuple[int, ...], list[Cluster]]) -> list[Cluster]:
    """The clusters a fact could join: same month (or adjacent, for day slack), same year, or all if undated."""
    parsed = dates.parse(item.date)
    if not parsed:
        return block
    if len(parsed) == 1:
        keys = [parsed]
    else:
        year, month = parsed[0], parsed[1]
        keys = [(year, month)]
        if len(parsed) == 3:
            keys += [(year - 1, 12) if month == 1 else (year, month - 1),
                     (year + 1, 1) if month == 12 else (year, month + 1)]
    found = {c.index: c for key in keys for c in index.get(key, ())}
    return [found[i] for i in sorted(found)]


def _order(item: Item) -> tuple:
    return (-item.precision, -item.filled, item.date or "", item.fact.article_id, item.signature)


def cluster_facts(facts: Iterable[Fact], rules: MergeRules, lookup: Lookup) -> list[Cluster]:
    """Facts grouped into clusters, one per real-world event."""
    blocks: dict[tuple[str, tuple[str, ...]], dict[tuple[str, str], Item]] = defaultdict(dict)
    for fact in facts:
        item = prepare(fact, lookup)
        key = (fact.type, tuple(sorted(set(fact.parties))))
        blocks[key].setdefault((fact.article_id, item.signature), item)  # exact repeats are one fact
    clusters: list[Cluster] = []
    for (fact_type, _parties), items in sorted(blocks.items()):
        rule = rules.for_type(fact_type)
        block: list[Cluster] = []
        # Where each dated cluster sits, by year and by month: facts come most precise first (see _order),
        # so a day-precise fact only meets day clusters and needs only its own and adjacent months.
        index: dict[tuple[int, ...], list[Cluster]] = defaultdict(list)
        for item in sorted(items.values(), key=_order):
            nearby = block if by_object(rule, item) else _nearby(item, block, index)
            candidates = [c for c in nearby if _fits(c, item, rule, rules)]
            if len(candidates) > 1:
                scores = [_score(c, item) for c in candidates]
                best = max(scores)
                candidates = [c for c, s in zip(candidates, scores, strict=True) if s == best]
                if best == 0 or len(candidates) > 1:
                    candidates = []  # ambiguous: a separate event is safer than a wrong merge
            if candidates:
                target = candidates[0]
            else:
                target = Cluster(index=len(block))
                block.append(target)
            target.add(item)
            for key in _index_keys(item.date):
                if target not in index[key]:
                    index[key].append(target)
        clusters.extend(block)
    return clusters
