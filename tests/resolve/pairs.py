"""Load the labelled merge pairs: gold facts read in place from ../shared plus facts invented here."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pactwatch.model import Amount, Evidence, Fact, Person

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT / ".." / "shared"
PAIRS = Path(__file__).resolve().parent / "fixtures" / "merge_pairs.jsonl"
GOLD = {"dev": SHARED / "dev" / "gold.jsonl", "seeds": SHARED / "gold" / "seeds.jsonl",
        "examples": ROOT / "examples" / "gold.jsonl"}


@dataclass(frozen=True)
class Pair:
    a: str
    b: str
    same: bool
    why: str


def to_fact(data: dict, doc: str, ref: str) -> Fact:
    """A Fact from a gold-style fact dict; a type list takes its first reading."""
    type_ = data["type"][0] if isinstance(data["type"], list) else data["type"]
    amount = Amount(float(data["amount"]["value"]), data["amount"]["currency"]) if data.get("amount") else None
    people = tuple(Person(p["name"], p.get("country"), p.get("role")) for p in data.get("people") or ())
    return Fact(article_id=doc, doc=doc, type=type_, parties=tuple(sorted(data["parties"])), date=data.get("date"),
                status=data["status"], agreement_kind=data.get("agreement_kind"), programme=data.get("programme"),
                amount=amount, place=data.get("place"), people=people, evidence=(Evidence(ref, 0, len(ref)),))


def gold_facts(name: str) -> dict[str, Fact]:
    """Every fact of a gold file by reference ("dev:d02#0"); fails with a clear message without ../shared."""
    path = GOLD[name]
    if not path.exists():
        raise FileNotFoundError(f"{path} is missing: the merge pairs read gold facts from the shared folder "
                                f"beside the repo ({SHARED.resolve()})")
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        for i, fact in enumerate(doc["facts"]):
            ref = f"{name}:{doc['doc']}#{i}"
            out[ref] = to_fact(fact, doc["doc"], ref)
    return out


def load_pairs(path: Path = PAIRS) -> tuple[dict[str, Fact], list[Pair]]:
    """All facts the benchmark resolves (every gold fact and every invented one) and the labelled pairs."""
    facts = {**gold_facts("dev"), **gold_facts("seeds"), **gold_facts("examples")}
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if item["kind"] == "fact":
            ref = f"x:{item['id']}"
            facts[ref] = to_fact(item["fact"], item["fact"]["doc"], ref)
        elif item["kind"] == "pair":
            pairs.append(Pair(item["a"], item["b"], item["same"], item["why"]))
    missing = sorted({r for p in pairs for r in (p.a, p.b)} - set(facts))
    if missing:
        raise KeyError(f"pairs name unknown facts: {missing}")
    return facts, pairs
