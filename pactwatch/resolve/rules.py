"""The merge rules (data/merge_rules.yaml) loaded once into typed form."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

RULES_FILE = Path(__file__).resolve().parents[1] / "data" / "merge_rules.yaml"
OBJECT_FIELDS = ("agreement_kind", "programme", "amount")


@dataclass(frozen=True)
class TypeRule:
    """How facts of one type are matched: what names the object, date slack, whether it is rare."""

    object: tuple[str, ...]
    day_slack: int
    singular: bool
    dateless: bool = False


@dataclass(frozen=True)
class MergeRules:
    types: dict[str, TypeRule]
    default: TypeRule
    amount_tolerance: float
    thread_types: tuple[str, ...]
    status_rank: tuple[str, ...]

    def for_type(self, fact_type: str) -> TypeRule:
        return self.types.get(fact_type, self.default)

    def status_order(self, status: str) -> int:
        """Lower is more advanced; unknown statuses rank last."""
        return self.status_rank.index(status) if status in self.status_rank else len(self.status_rank)


def _rule(entry: dict, base: TypeRule) -> TypeRule:
    obj = tuple(entry.get("object", base.object) or ())
    unknown = [f for f in obj if f not in OBJECT_FIELDS]
    if unknown:
        raise ValueError(f"{RULES_FILE.name}: unknown object field(s) {unknown}; use {OBJECT_FIELDS}")
    return TypeRule(obj, int(entry.get("day_slack", base.day_slack)), bool(entry.get("singular", base.singular)),
                    bool(entry.get("dateless", base.dateless)))


@lru_cache(maxsize=1)
def load_rules(path: Path = RULES_FILE) -> MergeRules:
    """Read and check the merge rules file."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    default = _rule(data.get("defaults") or {}, TypeRule((), 1, False, False))
    types = {name: _rule(entry or {}, default) for name, entry in (data.get("types") or {}).items()}
    return MergeRules(types, default, float(data.get("amount_tolerance", 0.05)),
                      tuple(data.get("thread_types") or ()), tuple(data.get("status_rank") or ()))
