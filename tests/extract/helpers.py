"""Build Articles from our own fixture text, the way the cleaner would, for the extract tests."""

from __future__ import annotations

import hashlib

from pactwatch.extract import extract_facts
from pactwatch.model import Article, Fact


def article(text: str, published: str | None = "2024-03-15", title: str | None = None, doc: str = "t") -> Article:
    """An Article whose paragraphs are the text's non-empty lines."""
    paragraphs = tuple(p.strip() for p in text.strip().splitlines() if p.strip())
    body = "\n\n".join(paragraphs)
    return Article(id=hashlib.sha1(body.encode()).hexdigest()[:20], source=f"{doc}.txt", doc=doc, title=title,
                   published=published, outlet=None, url=None, paragraphs=paragraphs, text=body)


def facts(text: str, published: str | None = "2024-03-15", title: str | None = None) -> list[Fact]:
    """Facts of a fixture article."""
    return extract_facts(article(text, published, title))


def of_type(found: list[Fact], fact_type: str) -> list[Fact]:
    return [f for f in found if f.type == fact_type]
