"""The held-out corpus measures how extraction generalises: check the corpus itself is whole and its gold sound.

Extraction figures are not asserted here (the extractor moves); benchmarks/heldout.py reports them.
"""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from tests.gold_checks import check_gold_fact, check_gold_meta, check_strings_in_page, fact_types

HELDOUT = Path(__file__).resolve().parent / "fixtures" / "heldout"
NAME_RE = re.compile(r"^h\d{2}_[a-z0-9_]+\.txt$")
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _pages() -> dict[str, Path]:
    return {p.stem: p for p in sorted(HELDOUT.glob("*.txt"))}


def _gold() -> list[dict]:
    lines = (HELDOUT / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]



def _required(gold: dict) -> list[dict]:
    return [f for f in gold["facts"] if not f.get("optional")]


PAGES = _pages()
GOLD = _gold()


def test_every_page_has_one_gold_line_and_every_gold_line_a_page():
    docs = [g["doc"] for g in GOLD]
    assert len(docs) == len(set(docs)), "a document appears twice in gold.jsonl"
    assert set(docs) == set(PAGES), f"unmatched: {set(docs) ^ set(PAGES)}"


def test_corpus_size_and_names():
    assert len(PAGES) == 30
    for path in PAGES.values():
        assert NAME_RE.match(path.name), f"{path.name}: expected hNN_slug.txt"


@pytest.mark.parametrize("doc", sorted(PAGES))
def test_pages_are_short_articles(doc):
    words = len(PAGES[doc].read_text(encoding="utf-8").split())
    assert 120 <= words <= 350, f"{doc}: {words} words"


def test_sources_md_names_every_page_and_says_the_prose_is_ours():
    sources = (HELDOUT / "SOURCES.md").read_text(encoding="utf-8")
    assert "our own" in sources
    for doc in PAGES:
        assert f"| {doc} |" in sources, f"{doc} is not in SOURCES.md"


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_body_strings_and_title_are_in_the_page(gold):
    page = PAGES[gold["doc"]].read_text(encoding="utf-8")
    assert len(gold["body_must_include"]) == 2
    check_strings_in_page(gold, page)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_meta_is_well_formed(gold):
    check_gold_meta(gold["meta"])


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_facts_use_the_vocabulary(gold):
    for fact in gold["facts"]:
        check_gold_fact(fact, f"{gold['doc']}: {fact}")


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_negative_flag_agrees_with_the_facts(gold):
    """A page flagged negative has no required fact; every other page has at least one."""
    assert bool(gold["meta"].get("negative")) == (not _required(gold)), gold["doc"]


def test_corpus_mix_of_positives_negatives_and_partners():
    negatives = [g for g in GOLD if g["meta"].get("negative")]
    assert 10 <= len(negatives) <= 14
    required = [f for g in GOLD for f in _required(g)]
    partners = {c for f in required for c in f["parties"]}
    assert len(partners) >= 15
    assert len({t for f in required for t in fact_types(f)}) >= 9
    assert sum("JPN" in f["parties"] for f in required) <= len(required) // 5, "the set should reach beyond Japan"


def test_gold_scores_perfectly_against_itself(shared):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    facts = [dict(f, doc=g["doc"], type=fact_types(f)[0]) for g in GOLD for f in g["facts"]]
    result = scorer.score(GOLD, facts)
    assert result["strict"]["f1"] == 1.0, result["missed"] + result["spurious"]
    assert result["predicted_facts"] == result["gold_facts"]
