"""Command line: a thin click shell over the Python API (each command calls one function).

Exit status: 0 when every input worked, 1 when any failed (the others are still printed),
2 for usage errors (click's own convention), 130 when interrupted (Ctrl-C).
"""

from __future__ import annotations

import json
import sys
from typing import Iterable

import click

from . import __version__
from .pipeline import Result, analyze_many
from .scale.commands import lang_option, require_articles, url_pattern_option, use_warc_filters

FORMATS = ("json", "jsonl", "table")
#: exit status after Ctrl-C (128 + SIGINT, what shells report), instead of click's "Aborted!" and 1
EXIT_INTERRUPTED = 130

EPILOG = """\b
Exit status: 0 every input worked; 1 an input or the store failed (one line
on stderr per problem, the other inputs still run); 2 usage error; 130
interrupted (Ctrl-C).
\b
Environment: CLAIMGRAPH_DB (store URL), CLAIMGRAPH_TOKEN (serve: write token),
CLAIMGRAPH_MAX_BYTES (input limit), CLAIMGRAPH_REGISTRY (extra outlets TSV),
CLAIMGRAPH_EMBED=1 (embedding model for clustering). See docs/cli.md.
"""


class _Main(click.Group):
    """The command group; Ctrl-C anywhere becomes one line and exit status 130."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(EXIT_INTERRUPTED)


def _progress(results: Iterable[Result], total: int | None, enabled: bool) -> Iterable[Result]:
    """Wrap results in a rich progress bar on stderr (only for many inputs on a terminal)."""
    if not enabled:
        yield from results
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    console = Console(stderr=True)
    columns = [TextColumn("[bold]analyze"), BarColumn(),
               MofNCompleteColumn() if total else TextColumn("{task.completed}"),
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
    from rich.console import Console

    from .present import render_table

    # piped output would be 80 columns wide and cut cue words to "sa…"; a terminal keeps its width
    render_table(doc, None if sys.stdout.isatty() else Console(width=140))


@click.group(cls=_Main, epilog=EPILOG,
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="claimgraph")
def main() -> None:
    """claimgraph: who says so, and through whom? Attribution graphs from news."""


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="json: one object per document; jsonl: one per line; table: readable view.")
@lang_option
@url_pattern_option
@click.option("--workers", type=click.IntRange(0), default=0, show_default=True,
              help="Processes analysing in parallel (0: all cores).")
@click.option("--max-bytes", type=click.IntRange(1), default=None,
              help="Refuse inputs larger than this many bytes (default 10 MB, or "
                   "$CLAIMGRAPH_MAX_BYTES).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar on stderr (default: on for several inputs on a terminal).")
@click.option("--registry", "registry", type=click.Path(dir_okay=False), default=None,
              help="TSV of extra outlets/organisations merged into the built-in registry "
                   "(same columns; also $CLAIMGRAPH_REGISTRY).")
def analyze(paths: tuple[str, ...], fmt: str, lang: str | None, url_pattern: tuple[str, ...],
            workers: int, max_bytes: int | None, progress: bool | None,
            registry: str | None) -> None:
    """Analyse articles (text, HTML, JSONL, WARC, a directory, or - for stdin) and print attributions."""
    from .ingest import HTML_SUFFIXES, TEXT_SUFFIXES, expand

    if registry:
        from .errors import ClaimgraphError
        from .registry import use_registry

        try:
            use_registry(registry)
        except ClaimgraphError as exc:
            raise click.ClickException(str(exc)) from None

    require_articles(paths)
    expanded = list(expand(paths))
    show = progress if progress is not None else (len(expanded) > 1 and sys.stderr.isatty())
    failed = done = 0
    lang = use_warc_filters(lang, url_pattern)
    results = analyze_many(expanded, workers=workers, lang=lang, max_bytes=max_bytes)
    # a JSONL or WARC file holds many documents: count them without a total (was "6/4")
    single = all(p.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES) for p in expanded)
    try:
        for res in _progress(results, len(expanded) if single else None, show):
            done += 1
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
    except KeyboardInterrupt:
        click.echo(f"interrupted after {done} document(s) ({len(expanded)} input(s) given); "
                   "the documents printed are complete", err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(1 if failed else 0)


@main.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False))
@click.option("--pred", type=click.Path(dir_okay=False), default=None,
              help="JSONL of contract-v1 documents to score (default: analyse the gold texts here).")
@click.option("--data-root", type=click.Path(file_okay=False), default=None,
              help="Folder the gold `doc` paths are relative to (default: ../shared/data).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="table: readable; json: every number.")
@click.option("--lang", type=click.Choice(["de", "en"]), default=None,
              help="Language of the gold texts (default: detected).")
@click.option("--errors", "n_errors", type=int, default=0, show_default=True,
              help="Also print this many misses, false alarms and wrong sources.")
def eval_cmd(gold_dir: str, pred: str | None, data_root: str | None, fmt: str,
             lang: str | None, n_errors: int) -> None:
    """Score attributions against a gold set (content, source, joint, cue, via; per kind)."""
    from .errors import ClaimgraphError
    from .evaluate import evaluate, format_errors, format_table

    try:
        report = evaluate(gold_dir, pred, data_root=data_root, lang=lang)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(report))
    if n_errors:
        click.echo(format_errors(report, n_errors))
    if pred and not report.predicted_items:  # a wrong --pred file used to score 0 in silence
        click.echo(f"warning: {pred}: no predicted attribution belongs to a gold document "
                   "(documents are matched by path or by the sha256 of their text)", err=True)


@main.command("convert-spkatt")
@click.argument("split_dir", type=click.Path(file_okay=False))
@click.argument("out_dir", type=click.Path(file_okay=False))
def convert_spkatt_cmd(split_dir: str, out_dir: str) -> None:
    """Convert a SpkAtt-2023 Task 1 split (folder of speech JSON files) into a gold set."""
    from .errors import ClaimgraphError
    from .spkatt import convert_spkatt

    try:
        stats = convert_spkatt(split_dir, out_dir)
    except ClaimgraphError as exc:
        # the SpkAtt release nests its speeches one level down (data/dev/task1/*.json)
        from pathlib import Path

        inner = sorted({str(j.parent) for j in Path(split_dir).glob("*/*.json")})
        hint = f" (did you mean {inner[0]}?)" if len(inner) == 1 else ""
        raise click.ClickException(f"{exc}{hint}") from None
    click.echo(f"{stats.speeches} speeches, {stats.attributions} attributions "
               f"({stats.skipped_no_message} annotations without a Message skipped) -> {out_dir}")


# store: ingest | query ... | export (defined in store/commands.py)
from .store.commands import COMMANDS as _STORE_COMMANDS  # noqa: E402

for _cmd in _STORE_COMMANDS:
    main.add_command(_cmd)


def _check_listen(host: str, port: int) -> None:
    """A busy port or an unknown host is one line and exit 1 (uvicorn logs it and exits 3)."""
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        with socket.socket(infos[0][0], socket.SOCK_STREAM) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
            sock.bind(infos[0][4])
    except OSError as exc:
        raise click.ClickException(f"{host}:{port}: cannot listen here "
                                   f"({exc.strerror or exc})") from None


@main.command()
@click.option("--db", "db", default=None, metavar="URL", envvar="CLAIMGRAPH_DB", show_envvar=True,
              help="Store URL: a path, sqlite:///path or postgresql://… (default claimgraph.db).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535),
              help="Port to listen on.")
@click.option("--token", default=None, envvar="CLAIMGRAPH_TOKEN", show_envvar=True,
              help="Bearer token for POST /documents (writes are off without one).")
@click.option("--max-bytes", default=2_000_000, show_default=True, type=click.IntRange(1),
              help="Largest request body accepted (413 above it).")
@click.option("--cors-origin", "cors", multiple=True, help="Allow CORS from this origin (off by default).")
def serve(db: str | None, host: str, port: int, token: str | None, max_bytes: int,
          cors: tuple[str, ...]) -> None:
    """Serve the HTTP API and the web page (needs the [web] extra)."""
    try:
        from .api import serve as run_server
    except ImportError as exc:
        raise click.ClickException(f"serve needs the web extra: pip install 'claimgraph[web]' ({exc})")
    from .errors import ClaimgraphError
    from .store import DEFAULT_DB, open_store

    try:  # an unreachable store fails here, not on the first request after "running on …"
        open_store(db or DEFAULT_DB).close()
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from None
    _check_listen(host, port)
    run_server(db or DEFAULT_DB, host=host, port=port, token=token or "", max_bytes=max_bytes,
               cors_origins=list(cors))


# scale: spark | ingest-parquet (defined in scale/commands.py)
from .scale.commands import COMMANDS as _SCALE_COMMANDS  # noqa: E402

for _cmd in _SCALE_COMMANDS:
    main.add_command(_cmd)
