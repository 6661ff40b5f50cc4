"""Group facts that tell the same event: same type and parties, same object, compatible dates.

The cascade, for each (type, parties) block, taking facts from most to least precise:
1. a fact joins the one cluster whose every member agrees on the object (agreement kind, programme,
   amount; an empty field is a wildcard), whose dates are compatible (prefix, or day-precise within the
   type's day_slack) and which holds no fact of the same article (an article tells an event once);
2. a fact with no date or only a year joins a more precise cluster only for singular types (an ACSA),
   or when a place or a person corroborates it (a meeting);
3. with several candidate clusters, the one with the same date, place and people wins; a tie starts a
   new event rather than guess.
The order is a total order on the facts' content, so the result does not depend on input order.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

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
    items: list[Item] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)

    def add(self, item: Item) -> None:
        self.items.append(item)
        self.articles.add(item.fact.article_id)

    def value(self, name: str) -> object:
        return next((getattr(i, name) for i in self.items if getattr(i, name) is not None), None)

    @property
    def precision(self) -> int:
        return max(i.precision for i in self.items)


def prepare(fact: Fact, lookup: Lookup) -> Item:
    """Normalise the fields that decide a merge."""
    date = dates.normalise(fact.date)
    people = frozenset(" ".join(sorted(name_tokens(p.name))) for p in fact.people if name_tokens(p.name))
    signature = json.dumps({k: v for k, v in asdict(fact).items() if k != "doc"}, sort_keys=True, default=str)
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
        for other in cluster.items:
            theirs = getattr(other, "kind" if name == "agreement_kind" else name)
            if theirs is None:
                continue
            if name == "amount":
                if not _amounts_agree(mine, theirs, rules.amount_tolerance):
                    return False
            elif mine != theirs:
                return False
    return True


def _corroborated(cluster: Cluster, item: Item, rules: MergeRules) -> bool:
    """A shared place, person, programme or same-currency amount: evidence beyond a vague date."""
    places = {i.place for i in cluster.items if i.place}
    people = set().union(*(i.people for i in cluster.items))
    if bool(item.place and item.place in places) or bool(item.people & people):
        return True
    if item.programme and any(i.programme == item.programme for i in cluster.items):
        return True
    return bool(item.amount) and any(i.amount and i.amount.currency == item.amount.currency
                                     and _amounts_agree(i.amount, item.amount, rules.amount_tolerance)
                                     for i in cluster.items)


def _fits(cluster: Cluster, item: Item, rule: TypeRule, rules: MergeRules) -> bool:
    if item.fact.article_id in cluster.articles:
        return False
    if not _objects_agree(cluster, item, rule, rules):
        return False
    if not all(dates.compatible(item.date, other.date, rule.day_slack) for other in cluster.items):
        return False
    vague = item.precision <= 1  # no date, or only a year: many meetings fit "in 2024"
    return not vague or rule.singular or _corroborated(cluster, item, rules)


def _score(cluster: Cluster, item: Item) -> int:
    """Evidence that a fact belongs to a cluster beyond mere compatibility."""
    score = 0
    if item.date and any(i.date == item.date for i in cluster.items):
        score += 2
    if item.place and any(i.place == item.place for i in cluster.items):
        score += 1
    people = set().union(*(i.people for i in cluster.items))
    score += len(item.people & people)
    score += sum(1 for f in ("kind", "programme") if getattr(item, f) is not None
                 and cluster.value(f) == getattr(item, f))
    return score


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
        for item in sorted(items.values(), key=_order):
            candidates = [c for c in block if _fits(c, item, rule, rules)]
            if len(candidates) > 1:
                scores = [_score(c, item) for c in candidates]
                best = max(scores)
                candidates = [c for c, s in zip(candidates, scores, strict=True) if s == best]
                if best == 0 or len(candidates) > 1:
                    candidates = []  # ambiguous: a separate event is safer than a wrong merge
            if candidates:
                candidates[0].add(item)
            else:
                block.append(Cluster())
                block[-1].add(item)
        clusters.extend(block)
    return clusters
