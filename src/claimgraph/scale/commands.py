"""CLI pieces of the scale work: `claimgraph spark`, `claimgraph ingest-parquet`, and the WARC
options (`--lang de,en`, `--url-pattern`) that `analyze` and `ingest` share.

Registered by claimgraph.cli; shells only parse and call (`spark.run_job`, `spark.load_parquet`).
"""

from __future__ import annotations

import sys

import click

from ..ingest import warc as warc_mod

SUPPORTED = ("de", "en")


def _parse_langs(_ctx: click.Context, _param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    langs = [v.strip().lower() for v in value.split(",") if v.strip()]
    bad = [v for v in langs if v not in SUPPORTED]
    if bad or not langs:
        raise click.BadParameter(f"{value!r}: choose from {', '.join(SUPPORTED)} "
                                 "(several with commas: de,en)")
    return ",".join(dict.fromkeys(langs))


#: `--lang de` analyses every input as German (and keeps only German pages of a WARC);
#: `--lang de,en` keeps German and English WARC pages and detects the language of each input
lang_option = click.option(
    "--lang", default=None, callback=_parse_langs, metavar="de|en|de,en",
    help="One language: analyse every input as it. Several (de,en): detect, and keep only WARC "
         "pages in these languages. Default: detected per document and paragraph.")
url_pattern_option = click.option(
    "--url-pattern", "url_pattern", multiple=True, metavar="GLOB|re:REGEX",
    help="WARC: keep only pages whose URL or host matches (repeatable), e.g. '*.spiegel.de'.")


def require_articles(paths: tuple[str, ...]) -> None:
    """Refuse a folder without any article file (a typo'd or empty folder used to exit 0
    silently); missing files stay per-document errors so the other inputs still run."""
    from pathlib import Path

    from ..ingest import KNOWN_SUFFIXES, expand

    for p in paths:
        if p != "-" and Path(p).is_dir() and next(expand([p]), None) is None:
            raise click.ClickException(f"{p}: no article files in this folder (looked for "
                                       f"{', '.join(KNOWN_SUFFIXES)})")


def use_warc_filters(lang: str | None, url_patterns: tuple[str, ...] = ()) -> str | None:
    """Set the WARC filters of this (CLI) process; returns the language to force, if one."""
    langs = tuple(lang.split(",")) if lang else None
    warc_mod.set_default_options(warc_mod.WarcOptions(langs=langs, url_patterns=tuple(url_patterns)))
    ctx = click.get_current_context(silent=True)
    if ctx is not None:  # back to no filters when the command ends (CliRunner runs many in one process)
        ctx.call_on_close(lambda: warc_mod.set_default_options(warc_mod.WarcOptions()))
    return lang if langs and len(langs) == 1 else None


@click.command("spark")
@click.argument("warc_list", type=click.Path(dir_okay=False))
@click.option("--out", required=True, metavar="DIR", help="Folder for the Parquet tables.")
@click.option("--master", default="local[*]", show_default=True,
              help="Spark master: local[N], spark://host:7077, yarn, …")
@click.option("--partitions", type=int, default=None, help="Default: one per WARC file.")
@lang_option
@url_pattern_option
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="Stage 2: cross-document findings into corpus_findings/.")
def spark_cmd(warc_list: str, out: str, master: str, partitions: int | None, lang: str | None,
              url_pattern: tuple[str, ...], compare: bool) -> None:
    """Analyse the WARC files listed in WARC_LIST (one path or URL per line) with Spark."""
    from pathlib import Path

    if "://" not in warc_list and not Path(warc_list).is_file():  # before Spark's JVM starts
        raise click.ClickException(f"{warc_list}: no such file (WARC_LIST is a text file with "
                                   "one WARC path or URL per line)")
    try:
        from .spark import run_job
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise click.ClickException(f"spark needs the spark extra: pip install "
                                   f"'claimgraph[spark]' ({exc})")
    langs = lang.split(",") if lang else None
    summary = run_job(warc_list, out, master=master, partitions=partitions, langs=langs,
                      url_patterns=url_pattern, lang=lang if langs and len(langs) == 1 else None,
                      compare=compare)
    click.echo(summary.line())


@click.command("ingest-parquet")
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--db", "db", default=None, metavar="URL", envvar="CLAIMGRAPH_DB", show_envvar=True,
              help="Store: a file path, sqlite:///path or postgresql://… (default claimgraph.db).")
@click.option("--compare/--no-compare", default=True, show_default=True,
              help="Run the cross-document comparison after loading.")
def ingest_parquet_cmd(folder: str, db: str | None, compare: bool) -> None:
    """Load the Parquet output of `claimgraph spark` into a store (no re-analysis)."""
    from pathlib import Path

    from ..errors import ClaimgraphError
    from ..store import open_store
    from .spark import load_parquet

    if not (Path(folder) / "documents").is_dir():  # before open_store creates an empty store
        raise click.ClickException(f"{folder}: no documents/ table here (is it the --out of "
                                   "claimgraph spark?)")
    try:
        store = open_store(db)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        summary = load_parquet(folder, store, compare=compare)
    except ClaimgraphError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()
    for err in summary.errors[:20]:
        click.echo(f"error: {err}", err=True)
    click.echo(summary.line())
    sys.exit(1 if summary.failed else 0)


COMMANDS = (spark_cmd, ingest_parquet_cmd)
