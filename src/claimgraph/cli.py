"""Command line: a thin click shell over the Python API (each command calls one function).

Exit status: 0 when every input worked, 1 when any failed (the others are still printed),
2 for usage errors (click's own convention).
"""

from __future__ import annotations

import json
import sys
from typing import Iterable

import click

from . import __version__
from .pipeline import Result, analyze_many

FORMATS = ("json", "jsonl", "table")


def _progress(results: Iterable[Result], total: int | None, enabled: bool) -> Iterable[Result]:
    """Wrap results in a rich progress bar on stderr (only for many inputs on a terminal)."""
    if not enabled:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = [TextColumn("[bold]analyze"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} docs/s, {task.fields[failed]} failed"),
               TimeElapsedColumn()]
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("analyze", total=total, rate="0.0", failed=0)
        failed = 0
        for res in results:
            failed += 0 if res.ok else 1
            elapsed = progress.tasks[0].elapsed or 1e-9
            done = progress.tasks[0].completed + 1
            progress.update(task, advance=1, failed=failed, rate=f"{done / elapsed:.1f}")
            yield res


def _print_table(doc) -> None:
    from .present import render_table

    render_table(doc)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="claimgraph")
def main() -> None:
    """claimgraph: who says so, and through whom? Attribution graphs from news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: one object per document; jsonl: one per line; table: readable view.")
@click.option("--lang", type=click.Choice(["de", "en"]), default=None,
              help="Language of the inputs (default: detected per document and paragraph).")
@click.option("--workers", type=int, default=1, show_default=True,
              help="Processes analysing in parallel.")
@click.option("--max-bytes", type=int, default=None,
              help="Refuse inputs larger than this many bytes (default 10 MB).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on for several inputs on a terminal).")
def analyze(paths: tuple[str, ...], fmt: str, lang: str | None, workers: int,
            max_bytes: int | None, progress: bool | None) -> None:
    """Analyse articles (text, HTML, JSONL, a directory, or - for stdin) and print attributions."""
    from .ingest import expand

    expanded = list(expand(paths))
    show = progress if progress is not None else (len(expanded) > 1 and sys.stderr.isatty())
    failed = 0
    results = analyze_many(expanded, workers=workers, lang=lang, max_bytes=max_bytes)
    for res in _progress(results, len(expanded), show):
        if not res.ok:
            failed += 1
            click.echo(f"error: {res.error}", err=True)
            continue
        if fmt == "json":
            click.echo(json.dumps(res.doc.to_dict(), ensure_ascii=False, indent=2))
        elif fmt == "jsonl":
            click.echo(json.dumps(res.doc.to_dict(), ensure_ascii=False))
        else:
            _print_table(res.doc)
    sys.exit(1 if failed else 0)
