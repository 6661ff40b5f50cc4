"""Checks every gold file we write must pass, shared by the corpus tests of examples/ and the held-out set."""

from __future__ import annotations

import re

import pycountry

from pactwatch.model import AGREEMENT_KINDS, FACT_TYPES, STATUSES

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def fact_types(fact: dict) -> list[str]:
    """The types a gold fact allows (a list where two readings are equally right)."""
    return fact["type"] if isinstance(fact["type"], list) else [fact["type"]]


def check_gold_fact(fact: dict, where: str) -> None:
    """A gold fact uses the guideline vocabulary and valid ISO codes, as ../shared/gold/GUIDELINES.md says."""
    assert fact_types(fact) and all(t in FACT_TYPES for t in fact_types(fact)), where
    assert fact["status"] in STATUSES, where
    assert fact.get("agreement_kind") is None or fact["agreement_kind"] in AGREEMENT_KINDS, where
    assert fact["parties"] and len(set(fact["parties"])) == len(fact["parties"]), where
    for code in fact["parties"]:
        assert pycountry.countries.get(alpha_3=code) is not None, f"{where}: {code} is not ISO alpha-3"
    assert fact["date"] is None or DATE_RE.match(fact["date"]), where
    assert "optional" not in fact or fact["optional"] is True, where
    if "amount" in fact:
        assert fact["amount"]["value"] > 0, where
        assert pycountry.currencies.get(alpha_3=fact["amount"]["currency"]) is not None, where
    if "programme" in fact:
        assert fact["programme"] and all(isinstance(a, str) for a in fact.get("aliases", [])), where
    for person in fact.get("people", []):
        assert person["name"] and pycountry.countries.get(alpha_3=person["country"]) is not None, where


def check_gold_meta(meta: dict) -> None:
    """Every page we write has a title and an outlet (or a note saying the page shows none); a publication date,
    when given, is a full day."""
    assert meta["title"]
    assert meta["outlet"] or "outlet" in (meta.get("note") or ""), "no outlet and no note saying why"
    assert meta["published"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", meta["published"])


def check_strings_in_page(gold: dict, page_text: str) -> None:
    """The body strings and the title a gold line names really stand in its page (whitespace folded)."""
    page = " ".join(page_text.split())
    for s in gold["body_must_include"] + gold["body_must_exclude"] + [gold["meta"]["title"]]:
        assert " ".join(s.split()) in page, f"{gold['doc']}: {s!r} is not in the page"
