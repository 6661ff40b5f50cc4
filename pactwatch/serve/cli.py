"""The `pactwatch` command: ingest pages, browse facts and events, and score-ready clean/extract runs."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from pactwatch import pipeline
from pactwatch.model import FACT_TYPES, Article, Problem
from pactwatch.serve.console import err, events_table, out, progress_bar, say_problem
from pactwatch.serve.report import print_event_detail, print_facts_table, print_ingest_report

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode="rich",
                  help="Track defence cooperation between countries from raw news pages.")

EXIT_SKIPPED = 1  # the run finished, but some inputs were skipped (each was named on stderr)
EXIT_UNUSABLE = 3  # the run could not start: the store or an output file is unusable

DbOption = Annotated[str | None, typer.Option("--db", envvar="PACTWATCH_DB", show_envvar=True,
                                              help="Store URL (sqlite:///path.db or postgresql+psycopg://…); "
                                                   "default: an SQLite file in your data folder.")]
Paths = Annotated[list[str], typer.Argument(help="Files, folders, globs, .gz files, or - for stdin.")]


def _stdin():
    """Standard input as bytes, or None when the process has none (a closed descriptor, as under some CI)."""
    return sys.stdin.buffer if sys.stdin is not None else None


def _open_store(db: str | None):
    from pactwatch.store import StoreError, open_store

    try:
        return open_store(db)
    except StoreError as exc:
        err.print(f"[red]error[/] {exc}")
        raise typer.Exit(EXIT_UNUSABLE) from exc


def _open_out(path: Path):
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        err.print(f"[red]error[/] cannot write {path} ({exc.strerror}): choose another --out path")
        raise typer.Exit(EXIT_UNUSABLE) from exc


@app.command()
def ingest(paths: Paths, db: DbOption = None) -> None:
    """Read pages, keep the article, extract facts, merge events and store them (reruns add nothing)."""
    from pactwatch.sources import list_inputs

    store = _open_store(db)
    listed = list_inputs(paths)
    with progress_bar(len(listed[0]), "ingesting") as advance:
        report = pipeline.ingest(paths, store, stdin=_stdin(), on_item=advance, listed=listed)
    for problem in report.problems:
        say_problem(problem)
    if report.aborted:
        err.print(f"[red]error[/] {report.aborted}")
        raise typer.Exit(EXIT_UNUSABLE)
    print_ingest_report(report, store)
    if report.problems:
        raise typer.Exit(EXIT_SKIPPED)


def _each_article(paths: list[str], label: str):
    """Articles of the inputs with problems reported as they come; counts the problems."""
    from pactwatch.sources import list_inputs

    problems: list[Problem] = []
    listed = list_inputs(paths)
    with progress_bar(len(listed[0]), label) as advance:
        for item in pipeline.iter_articles(paths, _stdin(), on_item=advance, listed=listed):
            if isinstance(item, Problem):
                problems.append(item)
                say_problem(item)
                continue
            if not item.paragraphs:
                say_problem(pipeline.no_article_problem(item))
            yield item
    if problems:
        raise typer.Exit(EXIT_SKIPPED)


@app.command("clean")
def clean_cmd(paths: Paths,
              out_path: Annotated[Path, typer.Option("--out", help="Documents JSONL to write.")]) -> None:
    """Write each page's article (doc, title, published, outlet, text) as JSONL; no database."""
    n = 0
    with _open_out(out_path) as handle:
        for article in _each_article(paths, "cleaning"):
            handle.write(json.dumps(article.to_doc_json(), ensure_ascii=False) + "\n")
            n += 1
            handle.flush()
    err.print(f"wrote {n} documents to {out_path}")


@app.command("extract")
def extract_cmd(paths: Paths,
                out_path: Annotated[Path, typer.Option("--out", help="Facts JSONL to write.")],
                docs: Annotated[Path | None, typer.Option("--docs", help="Also write documents JSONL.")] = None,
                ) -> None:
    """Write each page's facts as JSONL in the shape eval/score.py reads; no database."""
    n_facts = n_docs = 0
    docs_handle = _open_out(docs) if docs else None
    try:
        with _open_out(out_path) as handle:
            for article in _each_article(paths, "extracting"):
                n_docs += 1
                if docs_handle:
                    docs_handle.write(json.dumps(article.to_doc_json(), ensure_ascii=False) + "\n")
                for fact in _safe_extract(article):
                    handle.write(json.dumps(fact.to_json(), ensure_ascii=False) + "\n")
                    n_facts += 1
    finally:
        if docs_handle:
            docs_handle.close()
    err.print(f"wrote {n_facts} facts from {n_docs} documents to {out_path}")


def _safe_extract(article: Article) -> list:
    """The article's facts; an extractor crash is reported and costs only this article."""
    facts = pipeline.extract(article)
    if isinstance(facts, Problem):
        say_problem(facts)
        return []
    return facts


@app.command()
def facts(
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 code of a party, e.g. JPN.")] = None,
    partner: Annotated[str | None, typer.Option(help="ISO alpha-3 code of the other party.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help=f"One of: {', '.join(FACT_TYPES)}.")] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date: YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    as_csv: Annotated[bool, typer.Option("--csv", help="CSV instead of a table.")] = False,
    limit: Annotated[int | None, typer.Option(help="At most this many facts.")] = None,
    db: DbOption = None,
) -> None:
    """List stored facts, filtered by country, partner, type and date."""
    if type_ and type_ not in FACT_TYPES:
        err.print(f"[red]error[/] unknown type {type_!r}; choose one of: {', '.join(FACT_TYPES)}")
        raise typer.Exit(2)
    store = _open_store(db)
    rows = store.query_facts(country=_code(country), partner=_code(partner), type=type_, since=since,
                             until=until, limit=limit)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(_fact_row(row), ensure_ascii=False) + "\n")
    elif as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(["date", "type", "parties", "status", "agreement_kind", "programme", "amount",
                         "currency", "outlet", "title", "evidence"])
        for row in rows:
            f = row.fact
            writer.writerow([f.date or "", f.type, " ".join(f.parties), f.status, f.agreement_kind or "",
                             f.programme or "", f.amount.value if f.amount else "",
                             f.amount.currency if f.amount else "", row.outlet or "", row.title or "",
                             f.evidence[0].sentence if f.evidence else ""])
    else:
        print_facts_table(rows)


def _code(value: str | None) -> str | None:
    return value.strip().upper() if value else None


def _fact_row(row) -> dict:
    data = row.fact.to_json()
    data.update({"title": row.title, "outlet": row.outlet, "published": row.published, "source": row.source})
    return data


@app.command()
def events(
    country: Annotated[str | None, typer.Option(help="ISO alpha-3 code of a party.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="Only this fact type.")] = None,
    limit: Annotated[int, typer.Option(help="At most this many events.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines instead of a table.")] = False,
    db: DbOption = None,
) -> None:
    """List merged events, each with how many articles reported it."""
    store = _open_store(db)
    rows = [e for e in store.list_events()
            if (not country or _code(country) in e.parties) and (not type_ or e.type == type_)][:limit]
    if as_json:
        for e in rows:
            sys.stdout.write(json.dumps({"id": e.id, "type": e.type, "parties": list(e.parties), "date": e.date,
                                         "status": e.status, "agreement_kind": e.agreement_kind,
                                         "programme": e.programme, "facts": len(e.facts),
                                         "articles": len({f.article_id for f in e.facts})}) + "\n")
        return
    out.print(events_table(rows, f"{len(rows)} events", with_evidence=False))


@app.command()
def show(event_id: Annotated[str, typer.Argument(help="An event id, or its first characters.")],
         db: DbOption = None) -> None:
    """Show one event: every fact, its article and the sentence it came from."""
    store = _open_store(db)
    detail = store.get_event(event_id)
    if detail is None:
        err.print(f"[red]error[/] no event {event_id!r}: run `pactwatch events` to list ids")
        raise typer.Exit(EXIT_SKIPPED)
    print_event_detail(detail)


if __name__ == "__main__":
    app()
