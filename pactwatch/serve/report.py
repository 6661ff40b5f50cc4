"""What the CLI prints after an ingest, for a fact list and for one event."""

from __future__ import annotations

from collections.abc import Sequence

from rich.panel import Panel
from rich.table import Table

from pactwatch.pipeline import RunReport
from pactwatch.serve.console import event_label, first_evidence, out

NEXT_COMMANDS = (
    "pactwatch events                      # merged events, each with its sources",
    "pactwatch facts --country JPN --type agreement_signed --since 2022",
    "pactwatch show EVENT_ID               # every fact, article and sentence of one event",
    "pactwatch facts --csv > facts.csv     # or --json",
)
TOP_EVENTS = 5


def print_ingest_report(report: RunReport, store) -> None:
    """Counts, skipped inputs by reason, the best-sourced events with evidence, and what to try next."""
    counts = store.counts()
    summary = Table.grid(padding=(0, 2))
    summary.add_row("pages read", str(report.pages_read))
    summary.add_row("articles", f"{report.articles} ({report.new} new, {report.unchanged} already stored, "
                                f"{report.new_versions} new versions, {report.updated} re-extracted)")
    skipped = ", ".join(f"{reason}: {n}" for reason, n in sorted(report.skipped.items())) or "none"
    summary.add_row("skipped", f"{len(report.problems)} ({skipped})")
    summary.add_row("facts", f"{report.facts} new; {counts.get('facts', 0)} in the store")
    summary.add_row("events", f"{report.events} merged from {counts.get('articles', 0)} stored articles")
    summary.add_row("store", str(getattr(store, "url_for_display", "")))
    out.print(Panel(summary, title="pactwatch ingest", title_align="left"))
    events = sorted(store.list_events(), key=lambda e: (-len({f.article_id for f in e.facts}),
                                                        -len(e.facts), e.date or "", e.id))
    if events:
        out.print("[bold]Top events[/] (most sources first)")
        for rank, event in enumerate(events[:TOP_EVENTS], 1):
            articles = len({f.article_id for f in event.facts})
            what = " ".join(x for x in (event.date or "undated", event.type, "–".join(event.parties),
                                        event.status, event_label(event)) if x)
            out.print(f"{rank}. {what} — {articles} article{'s' * (articles != 1)}  [dim]{event.id[:12]}[/]",
                      highlight=False)
            out.print(f"   [italic]“{first_evidence(event)}”[/]", highlight=False)
    out.print("[bold]Next:[/]\n  " + "\n  ".join(NEXT_COMMANDS), highlight=False)


def print_facts_table(rows: Sequence) -> None:
    """Stored facts as a table: date, type, parties, status, object, outlet and the evidence sentence."""
    table = Table(title=f"{len(rows)} facts", title_justify="left", show_lines=True)
    for name in ("date", "type", "parties", "status", "object", "outlet", "evidence"):
        table.add_column(name, ratio=3 if name == "evidence" else None)
    for row in rows:
        f = row.fact
        obj = f.agreement_kind or f.programme or (f"{f.amount.value:,.0f} {f.amount.currency}" if f.amount else "")
        table.add_row(f.date or "—", f.type, "–".join(f.parties), f.status, obj, row.outlet or "",
                      f.evidence[0].sentence if f.evidence else "")
    out.print(table)


def print_event_detail(detail) -> None:
    """One event: its key fields, review state and notes, then each fact with article and sentences."""
    event = detail.event
    head = Table.grid(padding=(0, 2))
    head.add_row("event", event.id)
    head.add_row("type", event.type)
    head.add_row("parties", ", ".join(event.parties))
    head.add_row("date", event.date or "—")
    head.add_row("status", event.status)
    if event_label(event):
        head.add_row("object", event_label(event))
    if event.people:
        head.add_row("people", "; ".join(f"{p.name} ({p.country or '?'}, {p.role or '?'})" for p in event.people))
    review = getattr(detail, "review", None)
    head.add_row("review", getattr(review, "state", None) or "not reviewed")
    for note in event.notes:
        head.add_row("note", note)
    out.print(Panel(head, title="event", title_align="left"))
    articles = getattr(detail, "articles", {}) or {}
    for fact in event.facts:
        article = articles.get(fact.article_id)
        where = f"{article.outlet or '?'} — {article.title or article.source}" if article else fact.article_id
        lines = [f"[bold]{where}[/]  ({fact.date or 'no date'}, {fact.status}, {fact.extractor})"]
        lines += [f"  “{e.sentence}” [dim][{e.start}:{e.end}][/]" for e in fact.evidence]
        out.print("\n".join(lines), highlight=False)
