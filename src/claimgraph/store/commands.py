"""CLI commands of the store: `ingest`, `query ...`, `export` (registered by claimgraph.cli).

Shells only parse and call: each command opens the store and calls one store function, then
prints its rows as a table, JSON or CSV.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from contextlib import contextmanager
from datetime import date
from typing import Any, Callable, Iterator

import click

from ..errors import ClaimgraphError
from ..scale.commands import lang_option, require_articles, url_pattern_option, use_warc_filters
from . import DEFAULT_DB, open_store

OUTPUT_FORMATS = ("table", "json", "csv")
#: columns left out of `--format table` (JSON and CSV keep every column)
MIN_WIDTH = {"content": 40, "summary": 40, "reason": 30, "title": 24, "path": 20, "name": 16}
TABLE_HIDDEN = {"entity", "local_id", "url", "ingested_at", "hash", "scope"}

db_option = click.option(
    "--db", "db", default=None, metavar="URL", envvar="CLAIMGRAPH_DB", show_envvar=True,
    help=f"Store: a file path or sqlite:///path (default {DEFAULT_DB}), :memory:, "
         "or postgresql://user@host/dbname.")


def _sqlite_path(db: str | None) -> str | None:
    """The file behind a SQLite store URL (None for :memory: and PostgreSQL), as open_store reads it."""
    url = db or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")) or url == ":memory:":
        return None
    if url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
        path = path[1:] if path.startswith("/") else path
        return path or None
    return None if "://" in url else url


def _not_writable(db: str | None) -> str:
    """A hint when a SQLite store sits in a folder we cannot write: SQLite says only "unable to
    open database file", but WAL mode needs its -wal/-shm files beside the store even to read."""
    path = _sqlite_path(db)
    folder = os.path.dirname(os.path.abspath(path)) if path else None
    if folder and os.path.isdir(folder) and not os.access(folder, os.W_OK):
        return f" (folder {folder} is not writable; the store needs its -wal/-shm files beside it)"
    return ""


@contextmanager
def _opened(db: str | None, *, existing: bool = False) -> Iterator[Any]:
    """An open store; a store error becomes a one-line message and exit status 1.

    `existing`: reading commands refuse a SQLite file that does not exist (a typo in --db
    used to create an empty store and answer "no rows").
    """
    path = _sqlite_path(db) if existing else None
    if path and not os.path.exists(path):
        raise click.ClickException(f"{db or path}: no such store (create it with "
                                   "claimgraph ingest ARTICLES --db …)")
    try:
        store = open_store(db)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc) + _not_writable(db)) from exc
    try:
        yield store
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        store.close()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return " ".join(str(value).split())


def emit_rows(rows: list[dict[str, Any]], fmt: str, title: str = "") -> None:
    """Print rows (dicts with the same keys) as a rich table, a JSON array, or CSV."""
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    cols: list[str] = []
    for r in rows:
        cols += [k for k in r if k not in cols]
    if fmt == "csv":
        if not cols:  # no rows, no header to print (a lone empty line read as one empty row)
            return
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(cols)
        writer.writerows([_cell(r.get(c)) for c in cols] for r in rows)
        sys.stdout.flush()
        return
    from rich.console import Console
    from rich.table import Table

    console = Console(width=max(160, Console().width))
    if not rows:
        console.print(f"[dim]no rows{': ' + title if title else ''}[/]")
        return
    # a table is for reading: ids used only for joining and columns empty in every row go
    cols = [c for c in cols if c not in TABLE_HIDDEN and any(_cell(r.get(c)) for r in rows)]
    table = Table(title=title or None, show_lines=False)
    for c in cols:
        table.add_column(c, overflow="fold", min_width=MIN_WIDTH.get(c, len(c)))
    for r in rows:
        text = [_cell(r.get(c))[:19] if c == "hash" else _cell(r.get(c)) for c in cols]
        table.add_row(*[t if len(t) <= 200 else t[:199] + "…" for t in text])
    console.print(table)


def _query_command(name: str, help_text: str) -> Callable[[Callable[..., list[dict[str, Any]]]], Any]:
    """A `query` subcommand with --db and --format; the function returns rows for a store."""
    def wrap(fn: Callable[..., list[dict[str, Any]]]) -> Any:
        @query.command(name, help=help_text)
        @db_option
        @click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="table",
                      show_default=True, help="table: readable; json: an array; csv: a header line.")
        @click.pass_context
        def cmd(ctx: click.Context, db: str | None, fmt: str, **kwargs: Any) -> None:
            with _opened(db, existing=True) as store:
                rows = fn(store, **kwargs)
            shown = " ".join(str(v) for v in kwargs.values() if isinstance(v, str))
            emit_rows(rows, fmt, title=f"{name} {shown}".strip())
        # the function's own @click.argument/@click.option decorators come first
        cmd.params[:0] = list(reversed(getattr(fn, "__click_params__", [])))
        return cmd
    return wrap


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=click.IntRange(0), default=0, show_default=True,
              help="Processes analysing in parallel (0: all cores).")
@lang_option
@url_pattern_option
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Refuse inputs larger than this many bytes (default 10 MB, or "
                   "$CLAIMGRAPH_MAX_BYTES).")
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="Run the cross-document comparison after storing.")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on a terminal).")
def ingest(paths: tuple[str, ...], db: str | None, workers: int, lang: str | None,
           url_pattern: tuple[str, ...], max_bytes: int | None, compare: bool,
           progress: bool | None) -> None:
    """Analyse articles into a store, skipping those already stored (resume by content hash)."""
    require_articles(paths)
    lang = use_warc_filters(lang, url_pattern)
    from .load import ingest as run_ingest

    show = progress if progress is not None else sys.stderr.isatty()
    with _opened(db) as store:
        try:
            if not show:
                summary = run_ingest(paths, store, workers=workers, lang=lang,
                                     max_bytes=max_bytes, compare=compare)
            else:
                summary = _ingest_with_progress(paths, store, workers, lang, max_bytes, compare)
        except KeyboardInterrupt:
            # each document is stored in its own transaction, so the work done so far is kept
            click.echo(f"interrupted: documents stored so far stay in {store.url}; run the same "
                       "command again to resume (stored ones are skipped by hash)", err=True)
            sys.exit(130)
    for err in summary.errors[:20]:
        click.echo(f"error: {err}", err=True)
    if len(summary.errors) > 20:
        click.echo(f"error: … and {len(summary.errors) - 20} more (claimgraph query quarantine)",
                   err=True)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


def _ingest_with_progress(paths: tuple[str, ...], store: Any, workers: int, lang: str | None,
                          max_bytes: int | None, compare: bool) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    from ..ingest import expand
    from .load import ingest as run_ingest

    files = list(expand(paths))
    single = all(f.lower().endswith((".txt", ".text", ".md", ".html", ".htm")) for f in files)
    columns = [TextColumn("[bold]ingest"), BarColumn(),
               TextColumn("{task.completed}/{task.total}" if single else "{task.completed}"),
               TextColumn("{task.fields[rate]} docs/s · {task.fields[stored]} stored · "
                          "{task.fields[skipped]} skipped · {task.fields[failed]} failed"),
               TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("ingest", total=len(files) if single else None, rate="0.0",
                            stored=0, skipped=0, failed=0)

        def on_event(_kind: str, _name: str, s: Any) -> None:
            elapsed = bar.tasks[0].elapsed or 1e-9
            bar.update(task, advance=1, stored=s.stored, skipped=s.skipped, failed=s.failed,
                       rate=f"{s.stored / elapsed:.1f}")

        return run_ingest(paths, store, workers=workers, lang=lang, max_bytes=max_bytes,
                          compare=compare, on_event=on_event)


@click.group("query")
def query() -> None:
    """Ask a store: who said what, about what, through whom."""


@_query_command("said", "What did a source say (fuzzy match over names and aliases).")
@click.argument("source")
def _said(store: Any, source: str) -> list[dict[str, Any]]:
    return store.said(source)


@_query_command("about", "Who said something about a term (content contains it).")
@click.argument("term")
def _about(store: Any, term: str) -> list[dict[str, Any]]:
    return store.about(term)


@_query_command("single-source", "Claims resting on one original source.")
def _single_source(store: Any) -> list[dict[str, Any]]:
    return store.single_source()


@_query_command("findings", "Findings within and across documents.")
@click.option("--type", "type_", type=click.Choice(
    ["conflict", "escalation", "unsourced", "single_source", "diversity"]), default=None,
    help="Only findings of this type (default: all).")
def _findings(store: Any, type_: str | None) -> list[dict[str, Any]]:
    return store.list_findings(type=type_)


@_query_command("chain", "Relay chain of an attribution: source <- via outlets <- document outlet.\n\n"
                "ATTRIBUTION_ID: a row id (see other queries) or DOC#a4 (DOC: row id or hash prefix).")
@click.argument("attribution_id")
def _chain(store: Any, attribution_id: str) -> list[dict[str, Any]]:
    rows = store.chain(attribution_id)
    if not rows:
        raise click.ClickException(f"{attribution_id}: no such attribution in {store.url}")
    return rows


def _iso_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    """A calendar date as stored (dates compare as text); 'yesterday' used to match nothing."""
    if value is not None:
        try:
            date.fromisoformat(value)
        except ValueError:
            raise click.BadParameter(f"{value!r}: use a date as YYYY-MM-DD") from None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):  # 3.11 also takes 20240305
            raise click.BadParameter(f"{value!r}: use a date as YYYY-MM-DD")
    return value


@_query_command("sources", "Sources with their statements, by outlet and date.")
@click.option("--outlet", default=None, help="Document outlet or relaying outlet (exact, any case).")
@click.option("--since", default=None, metavar="YYYY-MM-DD", callback=_iso_date,
              help="Documents dated on or after.")
@click.option("--until", default=None, metavar="YYYY-MM-DD", callback=_iso_date,
              help="Documents dated on or before.")
def _sources(store: Any, outlet: str | None, since: str | None,
             until: str | None) -> list[dict[str, Any]]:
    return store.sources(outlet=outlet, since=since, until=until)


@_query_command("documents", "Stored documents (every version).")
@click.option("--limit", type=click.IntRange(1), default=1000, show_default=True,
              help="At most this many rows.")
def _documents(store: Any, limit: int) -> list[dict[str, Any]]:
    return store.list_documents(limit=limit)


@_query_command("quarantine", "Inputs that could not be analysed or stored, with the reason.")
def _quarantine(store: Any) -> list[dict[str, Any]]:
    return store.quarantined()


@click.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(["json", "csv", "parquet", "graphml"]),
              default="json", show_default=True,
              help="json: contract documents (JSON lines); csv: a folder (or .zip) of tables; "
                   "parquet: a folder, one file per table; graphml: the source graph (Gephi).")
@click.option("--out", default=None, metavar="PATH",
              help="File or folder (default: stdout for json/graphml, ./claimgraph-FORMAT/).")
def export(db: str | None, fmt: str, out: str | None) -> None:
    """Export a store as JSON lines, CSV, Parquet or GraphML."""
    from .export import export as run_export

    with _opened(db, existing=True) as store:
        try:
            line = run_export(store, fmt, out)
        except OSError as exc:  # --out in a missing or read-only place, or a file for a folder
            raise click.ClickException(f"{exc.filename or out}: cannot write the export "
                                       f"({exc.strerror or exc})") from None
    click.echo(line, err=True)



@click.command("compare")
@db_option
@click.option("--full", is_flag=True,
              help="Recompute from every stored document (default: only documents stored since "
                   "the last comparison, against the related stored ones).")
@click.option("--window-days", type=click.IntRange(0), default=None, metavar="DAYS",
              help="Compare dated claims at most this many days apart.")
def compare(db: str | None, full: bool, window_days: int | None) -> None:
    """Run the cross-document comparison of a store and print what it did."""
    from ..compare import CompareOptions

    with _opened(db, existing=True) as store:
        summary = store.refresh(full=full, options=CompareOptions(window_days=window_days))
    click.echo(summary.line())


COMMANDS = (ingest, query, export, compare)
