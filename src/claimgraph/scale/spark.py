"""The Spark job (extra `[spark]`): WARC files in, Parquet tables of attributions out.

The shape is cc-pyspark's: the input is a text file listing WARC paths (local, `file://`,
`s3://`, `hdfs://`, `https://`), one per line; each Spark task fetches its WARC files and runs
`analyze_partition`, which reads records with `ingest.warc` and analyses them with the same
`pipeline.analyze_item` as the CLI, so a page gives the same Document in both. Language packs
are loaded once per Python worker (Spark reuses workers between tasks), not per record.

Stage 1 writes one Parquet folder per table (`tables.SCHEMAS`: documents with the full
contract-v1 JSON in `body`, attributions, vias, entities, quantities, embeds, in-document
findings, quarantine, warc_files). Stage 2 runs the cross-document comparison over the stored
documents (`claimgraph.compare.compare_documents`) and writes `corpus_findings`.

    spark-submit --master yarn src/claimgraph/scale/spark.py warc.paths --out s3a://bucket/cg
    claimgraph spark warc.paths --out out/ --master 'local[2]'        # the same, locally
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import shutil
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

log = logging.getLogger("claimgraph.spark")

#: the tables of stage 2
CORPUS_FINDINGS = "corpus_findings"


@dataclass
class JobSummary:
    """What one run did (printed by the CLI, returned to Python callers)."""

    out: str
    documents: int = 0
    failed: int = 0
    warc: dict[str, Any] = field(default_factory=dict)
    corpus_findings: int | None = None
    compare_note: str = ""

    def line(self) -> str:
        w = self.warc
        text = (f"spark: {self.documents} documents, {self.failed} quarantined from "
                f"{w.get('files', 0)} WARC files ({w.get('records', 0)} records, "
                f"{w.get('corrupt', 0)} corrupt) -> {self.out}")
        if self.corpus_findings is not None:
            text += f"; {self.corpus_findings} cross-document findings"
        elif self.compare_note:
            text += f"; {self.compare_note}"
        return text


# --- executor side -------------------------------------------------------------------------

@contextmanager
def local_copy(path: str) -> Iterator[str]:
    """A local file for `path`: itself when local, else a temporary download (as cc-pyspark)."""
    if path.startswith("file://"):
        yield path[len("file://"):]
        return
    if "://" not in path:
        yield path
        return
    tmp = tempfile.NamedTemporaryFile(suffix="-" + os.path.basename(path), delete=False)
    try:
        if path.startswith(("http://", "https://")):
            from ..safefetch import fetch_to, is_public

            # public addresses only, also after redirects and DNS rebinding (SECURITY.md);
            # CLAIMGRAPH_FETCH_PRIVATE=1 allows a mirror inside the network
            allow = (lambda _a: True) if os.environ.get("CLAIMGRAPH_FETCH_PRIVATE") else is_public
            fetch_to(path, tmp, timeout=120, allowed=allow)
        else:  # s3://, hdfs://, gs://: pyarrow knows them (credentials from the environment)
            from pyarrow import fs

            filesystem, inner = fs.FileSystem.from_uri(path.replace("s3a://", "s3://"))
            with filesystem.open_input_stream(inner) as src:
                shutil.copyfileobj(src, tmp, 1 << 20)
        tmp.close()
        yield tmp.name
    finally:
        tmp.close()
        os.unlink(tmp.name)


def analyze_partition(paths: Iterable[str], options: dict[str, Any] | None = None
                      ) -> Iterator[tuple[str, str]]:
    """Executor side: ("doc", contract JSON) per kept page, ("error", [name, reason]) per
    quarantined one and ("warc", counts) per WARC file, for the WARC paths of one partition."""
    from ..ingest.warc import WarcOptions, WarcStats, read_warc_path
    from ..pipeline import analyze_item
    from .parallel import warm_up

    opts = options or {}
    warc_opts = WarcOptions(langs=tuple(opts["langs"]) if opts.get("langs") else None,
                            url_patterns=tuple(opts.get("url_patterns") or ()))
    lang = opts.get("lang")
    warm_up()  # no-op after the first task in this Python worker
    for raw in paths:
        path = raw.strip()
        if not path or path.startswith("#"):
            continue
        stats = WarcStats()
        try:
            with local_copy(path) as local:
                for item in read_warc_path(local, options=warc_opts, stats=stats):
                    item.name = path + item.name[len(local):] if item.name.startswith(local) \
                        else item.name
                    if item.doc is not None:
                        item.doc.meta["warc"] = path
                    res = analyze_item(item, lang)
                    if res.ok and res.doc is not None:
                        yield "doc", json.dumps(res.doc.to_dict(), ensure_ascii=False)
                    else:
                        yield "error", json.dumps([res.name, res.error], ensure_ascii=False)
        except Exception as exc:  # one unreachable WARC must not fail the task
            yield "error", json.dumps([path, f"{path}: cannot be read ({exc})"])
        yield "warc", json.dumps({"path": path, **stats.to_dict()})


def _table_rows(kind_payload: tuple[str, str]) -> Iterator[tuple[str, tuple]]:
    from .tables import document_rows

    kind, payload = kind_payload
    if kind == "doc":
        yield from document_rows(json.loads(payload))
    elif kind == "error":
        yield "quarantine", tuple(json.loads(payload))
    else:
        w = json.loads(payload)
        yield "warc_files", (w["path"], w["records"], w["responses"], w["html"], w["kept"],
                             w["corrupt"], json.dumps(w["skipped"]))


# --- driver side -----------------------------------------------------------------------------

def session(master: str | None = None, app: str = "claimgraph") -> Any:
    """A SparkSession (local mode when `master` is `local[N]`); workers use this Python."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app)
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        builder = (builder.config("spark.ui.enabled", "false")
                   .config("spark.driver.host", "127.0.0.1")
                   .config("spark.sql.shuffle.partitions", "4"))
    return builder.config("spark.python.worker.reuse", "true").getOrCreate()


def run_job(warc_list: str, out: str, *, spark: Any = None, master: str | None = None,
            partitions: int | None = None, langs: Iterable[str] | None = None,
            url_patterns: Iterable[str] = (), lang: str | None = None,
            compare: bool = True) -> JobSummary:
    """Stage 1 (analyse WARC files into Parquet tables) and stage 2 (cross-document compare).

    Args:
        warc_list: text file with one WARC path per line (as Spark's textFile reads it).
        out: output folder (local or any Hadoop file system URL); tables are overwritten.
        partitions: Spark partitions of the path list (default: one per WARC file, as in
            cc-pyspark: a WARC is the unit of work).
        langs, url_patterns: WARC filters (see `ingest.warc.WarcOptions`).
        lang: force this language on every page (default: detected).
    """
    from .tables import DOCUMENT_TABLES, spark_schema

    spark = spark or session(master)
    sc = spark.sparkContext
    paths = sc.textFile(warc_list)
    n_paths = paths.filter(lambda p: p.strip() and not p.startswith("#")).count()
    paths = paths.repartition(partitions or max(1, n_paths))
    options = {"langs": list(langs) if langs else None, "url_patterns": list(url_patterns),
               "lang": lang}
    results = paths.mapPartitions(lambda it: analyze_partition(it, options))
    rows = results.flatMap(_table_rows).persist()
    summary = JobSummary(out=out)
    try:
        for table in DOCUMENT_TABLES + ("quarantine", "warc_files"):
            part = rows.filter(lambda tr, t=table: tr[0] == t).map(lambda tr: tr[1])
            df = spark.createDataFrame(part, spark_schema(table))
            df.write.mode("overwrite").parquet(f"{out.rstrip('/')}/{table}")
        counts = rows.map(lambda tr: tr[0]).countByValue()
        summary.documents = counts.get("documents", 0)
        summary.failed = counts.get("quarantine", 0)
        totals: dict[str, Any] = {"files": counts.get("warc_files", 0)}
        for r in spark.read.parquet(f"{out.rstrip('/')}/warc_files").collect():
            for k in ("records", "responses", "html", "kept", "corrupt"):
                totals[k] = totals.get(k, 0) + (r[k] or 0)
        summary.warc = totals
    finally:
        rows.unpersist()
    if compare:
        compare_stage(spark, out, summary)
    return summary


def compare_stage(spark: Any, out: str, summary: JobSummary) -> None:
    """Stage 2: cross-document findings over every stored document, into `corpus_findings`.

    The comparison needs all claims together, so it runs on the driver over the documents
    read back from stage 1 (fine up to ~10^5 documents; beyond, block by date or topic first).
    """
    from .. import compare as compare_mod
    from ..model import Document
    from .tables import finding_row, spark_schema

    fn = getattr(compare_mod, "compare_documents", None)
    if fn is None:
        summary.compare_note = ("stage 2 skipped: claimgraph.compare.compare_documents "
                                "is not available in this version")
        log.warning(summary.compare_note)
        return
    bodies = spark.read.parquet(f"{out.rstrip('/')}/documents").select("body").toLocalIterator()
    docs = [Document.from_dict(json.loads(r["body"])) for r in bodies]
    found = fn(docs) or []
    rows = [finding_row(None, f.to_dict() if hasattr(f, "to_dict") else dict(f), "corpus")
            for f in found]
    spark.createDataFrame(rows, spark_schema("findings")).write.mode("overwrite") \
        .parquet(f"{out.rstrip('/')}/{CORPUS_FINDINGS}")
    summary.corpus_findings = len(rows)


# --- back into a store ---------------------------------------------------------------------

@dataclass
class LoadSummary:
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    findings: int | None = None
    errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        text = (f"ingest-parquet: {self.stored} stored, {self.skipped} skipped (already stored), "
                f"{self.failed} failed")
        return text + (f"; {self.findings} findings" if self.findings is not None else "")


def load_parquet(folder: str, store: Any, *, compare: bool = True,
                 batch_size: int = 256) -> LoadSummary:
    """Store every document of a Spark output folder (its `documents` table) in `store`.

    Documents are rebuilt from the contract JSON in `body` (`Document.from_dict`), not
    re-analysed; a document already stored (same content hash) is skipped, so loading twice
    or after an interruption is safe. Quarantined inputs are copied into the store's quarantine.
    """
    import pyarrow.dataset as ds

    from ..errors import ClaimgraphError, InputError
    from ..model import Document

    base = folder.rstrip("/")
    docs_dir = f"{base}/documents"
    if not os.path.isdir(docs_dir):
        raise InputError(f"{folder}: no documents/ table here (is it the --out of claimgraph spark?)")
    summary = LoadSummary()
    for batch in ds.dataset(docs_dir, format="parquet").to_batches(columns=["hash", "body"],
                                                                  batch_size=batch_size):
        docs: list[Document] = []  # this parquet batch, stored with one add_many
        for h, body in zip(batch.column("hash").to_pylist(), batch.column("body").to_pylist()):
            if store.has(h):
                summary.skipped += 1
                continue
            try:
                docs.append(Document.from_dict(json.loads(body)))
            except (ClaimgraphError, ValueError, KeyError, TypeError) as exc:
                summary.failed += 1
                summary.errors.append(f"{h}: {exc}")
        for doc, result in zip(docs, store.add_many(docs) if docs else []):
            if isinstance(result, int):
                summary.stored += 1
            else:  # a StoreError naming the document; the rest of the batch is stored
                summary.failed += 1
                summary.errors.append(f"{doc.id}: {result}")
    q_dir = f"{base}/quarantine"
    if os.path.isdir(q_dir):
        for row in ds.dataset(q_dir, format="parquet").to_table().to_pylist():
            store.quarantine(row["name"], row["reason"])
    if compare and summary.stored:
        summary.findings = len(store.refresh_findings())
    return summary


def main(argv: list[str] | None = None) -> int:
    """spark-submit entry point: `spark.py WARC_LIST --out DIR [--lang de,en] ...`."""
    ap = argparse.ArgumentParser(prog="claimgraph-spark", description=__doc__.split("\n")[0])
    ap.add_argument("warc_list", help="text file: one WARC path or URL per line")
    ap.add_argument("--out", required=True, help="output folder for the Parquet tables")
    ap.add_argument("--master", default=None, help="Spark master (default: spark-submit's)")
    ap.add_argument("--partitions", type=int, default=None, help="default: one per WARC file")
    ap.add_argument("--lang", default=None, help="keep only these languages, e.g. de,en")
    ap.add_argument("--url-pattern", action="append", default=[], help="glob or re:regex")
    ap.add_argument("--no-compare", action="store_true", help="skip stage 2")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    langs = [x.strip() for x in args.lang.split(",")] if args.lang else None
    summary = run_job(args.warc_list, args.out, master=args.master, partitions=args.partitions,
                      langs=langs, url_patterns=args.url_pattern, compare=not args.no_compare)
    print(summary.line())
    return 0


if __name__ == "__main__":
    sys.exit(main())
