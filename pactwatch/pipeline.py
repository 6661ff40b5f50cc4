"""Compose the stages (sources -> clean -> extract -> resolve -> store); the CLI and Ray reuse these."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, BinaryIO

from pactwatch.model import Article, Fact, Page, Problem

if TYPE_CHECKING:
    from pactwatch.store import Store

Progress = Callable[[str], None]
BATCH_SIZE = 25  # articles per transaction: a crash loses at most one batch, which a rerun redoes


@dataclass
class RunReport:
    """What a run did, counted for the final report and the exit code."""

    pages_read: int = 0
    articles: int = 0
    facts: int = 0
    new: int = 0
    unchanged: int = 0
    new_versions: int = 0
    updated: int = 0  # same text, facts replaced by a newer extractor
    events: int = 0
    problems: list[Problem] = field(default_factory=list)
    aborted: str | None = None  # why the run stopped early (the store went away); a rerun finishes it

    @property
    def skipped(self) -> Counter[str]:
        """Skipped inputs by reason code."""
        return Counter(p.reason for p in self.problems)


def clean(page: Page) -> Article | Problem:
    """Clean one page; a crash inside a cleaner becomes a Problem instead of ending the run."""
    from pactwatch.clean import clean_page

    try:
        article = clean_page(page)
    except Exception as exc:  # a cleaner bug must not end a run of thousands of pages
        return Problem(page.source, "clean_error", f"cleaning failed ({type(exc).__name__}: {exc})",
                       "please report this page")
    return article


def no_article_problem(article: Article) -> Problem:
    """The Problem for a readable page where the cleaner found no article."""
    why = article.empty_reason or "no article text found"
    return Problem(article.source, "no_article", f"no article body ({why})",
                   "check it is a news article page, not a homepage or error page")


def extract(article: Article) -> list[Fact] | Problem:
    """Facts of one cleaned article; an extractor crash costs that article (as a Problem), not the run."""
    from pactwatch.extract import extract_facts

    if not article.paragraphs:
        return []
    try:
        return extract_facts(article)
    except Exception as exc:  # extract_facts guards itself; this is the last line of defence
        return Problem(article.source, "extract_error", f"extraction failed ({type(exc).__name__}: {exc})",
                       "please report this page")


def iter_articles(inputs: list[str], stdin: BinaryIO | None = None, on_item: Progress | None = None,
                  listed: tuple[list[str], list[Problem]] | None = None) -> Iterator[Article | Problem]:
    """Read and clean every input, yielding articles (possibly empty) and problems in input order."""
    from pactwatch.sources import iter_pages

    for item in iter_pages(inputs, stdin, listed):
        if on_item:
            on_item(item.source)
        if isinstance(item, Problem):
            yield item
            continue
        yield clean(item)


def ingest(inputs: list[str], store: Store, stdin: BinaryIO | None = None, on_item: Progress | None = None,
           listed: tuple[list[str], list[Problem]] | None = None) -> RunReport:
    """Store every new article with its facts, then re-merge events; rerunning adds nothing.

    Articles are stored with their facts in batches, one transaction each, so a run killed at any
    point leaves whole articles only; the events are re-merged from every stored fact at the end. If the store
    stops answering (after the store's own retries), the run stops and says so: a rerun finishes it.
    """
    from pactwatch.store import StoreError

    report = RunReport()
    try:
        _ingest_into(report, inputs, store, stdin, on_item, listed)
    except StoreError as exc:
        report.aborted = (f"the store stopped answering mid-run ({exc}); {report.new + report.new_versions} "
                          "articles were stored; rerun the same command to finish")
    return report


def _flush(report: RunReport, store: Store, batch: list[tuple[Article, list[Fact]]]) -> None:
    """Store a batch of articles with their facts in one transaction and count the outcomes."""
    if not batch:
        return
    outcomes = store.save_articles(batch)
    for (_, facts), outcome in zip(batch, outcomes, strict=True):
        report.facts += len(facts) if outcome != "unchanged" else 0
        report.new += outcome == "new"
        report.unchanged += outcome == "unchanged"
        report.new_versions += outcome == "new_version"
        report.updated += outcome == "updated"
    batch.clear()


def _ingest_into(report: RunReport, inputs: list[str], store: Store, stdin: BinaryIO | None,
                 on_item: Progress | None, listed: tuple[list[str], list[Problem]] | None) -> None:
    from pactwatch.resolve import resolve_events

    batch: list[tuple[Article, list[Fact]]] = []
    for item in iter_articles(inputs, stdin, on_item, listed):
        if isinstance(item, Problem):
            report.problems.append(item)
            continue
        report.pages_read += 1
        if not item.paragraphs:
            report.problems.append(no_article_problem(item))
            continue
        report.articles += 1
        facts = extract(item)
        if isinstance(facts, Problem):  # reported, not stored half-done
            report.problems.append(facts)
            continue
        batch.append((item, facts))
        if len(batch) >= BATCH_SIZE:
            _flush(report, store, batch)
    _flush(report, store, batch)
    events = resolve_events(store.all_facts())
    store.save_events(events)
    report.events = len(events)
