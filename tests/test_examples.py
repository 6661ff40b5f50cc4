"""The bundled sample corpus `examples/` is what a new user sees first: check it is whole and its gold is sound."""

from __future__ import annotations

import gzip
import html
import importlib.util
import json
import re
from pathlib import Path

import pytest

from pactwatch.model import FACT_TYPES, doc_id
from tests.gold_checks import check_gold_fact, check_gold_meta, check_strings_in_page, fact_types

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
SOURCES_COMMENT = "<!-- pactwatch example: facts from"
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def _pages() -> dict[str, Path]:
    """Every input page in examples/, keyed by the document id the scorer uses."""
    out = {}
    for path in sorted(EXAMPLES.iterdir()):
        if path.name.endswith((".html", ".html.gz", ".txt")):
            out[doc_id(path.name)] = path
    return out


def _text(path: Path) -> str:
    """The page as a reader sees its characters: gunzipped, decoded, HTML entities resolved."""
    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    text = raw.decode("utf-8")
    return html.unescape(text) if ".html" in path.name else text


def _gold() -> list[dict]:
    lines = (EXAMPLES / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


GOLD = _gold()
PAGES = _pages()


def test_corpus_has_the_promised_mix_of_forms():
    names = [p.name for p in PAGES.values()]
    assert len(PAGES) >= 12
    assert sum(n.endswith(".html.gz") for n in names) >= 1
    assert sum(n.endswith(".txt") for n in names) >= 5
    assert sum(n.endswith(".html") for n in names) >= 7


def test_every_page_has_one_gold_line_and_every_gold_line_a_page():
    docs = [g["doc"] for g in GOLD]
    assert len(docs) == len(set(docs)), "a document appears twice in gold.jsonl"
    assert set(docs) == set(PAGES), f"unmatched: {set(docs) ^ set(PAGES)}"


def test_doc_ids_are_unique_across_extensions():
    stems = [doc_id(p.name) for p in EXAMPLES.iterdir() if p.name.endswith((".html", ".html.gz", ".txt"))]
    assert len(stems) == len(set(stems))


@pytest.mark.parametrize("doc", sorted(d for d, p in PAGES.items() if ".html" in p.name))
def test_html_pages_name_their_sources(doc):
    text = _text(PAGES[doc])
    assert SOURCES_COMMENT in text[:3000], f"{doc}: no '{SOURCES_COMMENT} …' comment near the top"


def test_sources_md_lists_every_page():
    sources = (EXAMPLES / "SOURCES.md").read_text(encoding="utf-8")
    assert "our own words" in sources
    for path in PAGES.values():
        assert path.name in sources, f"{path.name} is not in SOURCES.md"


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_body_strings_are_where_the_gold_says(gold):
    page = _text(PAGES[gold["doc"]])
    assert len(gold["body_must_include"]) >= 3
    assert len(gold["body_must_exclude"]) >= 4
    check_strings_in_page(gold, page)


@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_meta_is_well_formed(gold):
    check_gold_meta(gold["meta"])



@pytest.mark.parametrize("gold", GOLD, ids=lambda g: g["doc"])
def test_facts_use_the_vocabulary(gold):
    for fact in gold["facts"]:
        check_gold_fact(fact, f"{gold['doc']}: {fact}")


def test_corpus_spreads_over_fact_types_and_partners():
    required = [f for g in GOLD for f in g["facts"] if not f.get("optional")]
    seen = {t for f in required for t in fact_types(f)}
    assert seen == set(FACT_TYPES), f"types with no required fact: {set(FACT_TYPES) - seen}"
    partners = {c for f in required for c in f["parties"]}
    assert len(partners) >= 8
    assert any(not g["facts"] for g in GOLD), "one page should carry no defence-cooperation fact"


def test_gold_scores_perfectly_against_itself(shared):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    facts = [dict(f, doc=g["doc"], type=fact_types(f)[0]) for g in GOLD for f in g["facts"] if not f.get("optional")]
    result = scorer.score(GOLD, facts)
    assert result["strict"]["f1"] == 1.0, result["missed"] + result["spurious"]
