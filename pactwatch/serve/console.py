"""Rich output shared by the CLI commands: problem lines, progress bars and the ingest report."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from pactwatch.model import Event, Problem

out = Console()
err = Console(stderr=True)

PROGRESS_FROM = 20  # fewer inputs than this finish before a bar is worth drawing


def say_problem(problem: Problem) -> None:
    """One line per skipped input: the file, what is wrong, what to do."""
    err.print(f"[yellow]skipped[/] {problem.line()}", highlight=False, markup=True, soft_wrap=True)


@contextmanager
def progress_bar(total: int, label: str) -> Iterator[Callable[[str], None]]:
    """A bar over inputs on long runs in a terminal; a no-op advance function otherwise."""
    if total < PROGRESS_FROM or not err.is_terminal:
        yield lambda _source: None
        return
    columns = (TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda _source: bar.advance(task)


def event_label(event: Event) -> str:
    """The object of an event in a few words: kind, programme or amount."""
    if event.agreement_kind:
        return event.agreement_kind
    if event.programme:
        return event.programme
    if event.amount:
        return f"{event.amount.value:,.0f} {event.amount.currency}"
    return ""


def first_evidence(event: Event) -> str:
    """The first sentence any of the event's facts rests on."""
    for fact in event.facts:
        for evidence in fact.evidence:
            return evidence.sentence
    return ""


def events_table(events: Sequence[Event], title: str, with_evidence: bool = True) -> Table:
    """A table of events, newest first, each with its sources count and (optionally) a sentence."""
    table = Table(title=title, title_justify="left", show_lines=with_evidence)
    table.add_column("event", style="dim", no_wrap=True)
    table.add_column("date", no_wrap=True)
    table.add_column("type")
    table.add_column("parties", no_wrap=True)
    table.add_column("status")
    table.add_column("object")
    table.add_column("articles", justify="right")
    if with_evidence:
        table.add_column("evidence", ratio=3)
    for event in events:
        articles = len({f.article_id for f in event.facts})
        row = [event.id[:12], event.date or "—", event.type, "–".join(event.parties), event.status,
               event_label(event), str(articles)]
        if with_evidence:
            row.append(first_evidence(event))
        table.add_row(*row)
    return table
