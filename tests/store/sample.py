"""Articles and facts written for the store tests (invented, in our own words)."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from pactwatch.model import Amount, Article, Evidence, Fact, Person


def article(text: str, source: str = "pages/a.txt", url: str | None = None, published: str | None = "2024-06-10",
            title: str = "Ministers meet", outlet: str = "Example Wire") -> Article:
    """An article whose id is the hash of its text, like the cleaner's."""
    digest = hashlib.sha256(text.encode()).hexdigest()[:32]
    doc = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Article(id=digest, source=source, doc=doc, title=title, published=published, outlet=outlet, url=url,
                   paragraphs=tuple(text.split("\n\n")), text=text, cleaner="test")


def fact(a: Article, type_: str = "meeting", parties: tuple[str, ...] = ("JPN", "USA"), date: str | None = "2024-06-09",
         status: str = "occurred", **more) -> Fact:
    sentence = a.paragraphs[0]
    return Fact(article_id=a.id, doc=a.doc, type=type_, parties=parties, date=date, status=status,
                evidence=(Evidence(sentence, 0, len(sentence)),), confidence=0.8, extractor="test.v1",
                reference_version="test", **more)


def meeting_article(n: int, source: str | None = None) -> tuple[Article, list[Fact]]:
    """Article n: a meeting, a signing with people and an arms sale with an amount."""
    a = article(f"Report {n}: the defence ministers met in Tokyo.\n\nThey signed an agreement number {n}.",
                source=source or f"pages/p{n:04d}.txt")
    return a, [
        fact(a, place="Tokyo", people=(Person("Minoru Kihara", "JPN", "defence minister"),)),
        fact(a, "agreement_signed", ("AUS", "JPN"), "2024-06", agreement_kind="acsa"),
        fact(a, "arms_transfer", ("JPN", "PHL"), None, "planned", amount=Amount(1.5e9, "USD")),
    ]


def moved(f: Fact, a: Article) -> Fact:
    return replace(f, article_id=a.id, doc=a.doc)
