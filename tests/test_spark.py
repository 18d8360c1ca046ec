"""One WARC, three ways: `claimgraph analyze`, `--workers 2` and the Spark job (local[2]) give
the same attributions; the Parquet output loads back into a store and DuckDB reads it."""

from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

pytest.importorskip("pyspark")
pytest.importorskip("fastwarc")

from claimgraph.cli import main  # noqa: E402
from claimgraph.scale.warcgen import SAMPLE_ARTICLES, Page, sample_pages, warc_bytes  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("java") is None, reason="Spark needs Java")


def _key(doc: dict) -> tuple:
    return doc["path"], tuple(
        (a["kind"], (a.get("cue") or {}).get("text"), a["content"]["text"],
         (a.get("source") or {}).get("name"), tuple(v["name"] for v in a.get("via") or []))
        for a in doc["attributions"])


@pytest.fixture(scope="module")
def warcs(tmp_path_factory):
    """Two WARC files (gzip and plain), a robots.txt among the pages, and the path list."""
    folder = tmp_path_factory.mktemp("warc")
    pages = sample_pages()
    robots = Page("https://www.spiegel.de/robots.txt", b"User-agent: *\n" * 80,
                  content_type="text/plain")
    (folder / "a.warc.gz").write_bytes(warc_bytes(pages[:3] + [robots], requests=True))
    (folder / "b.warc").write_bytes(warc_bytes(pages[3:], gzip=False))
    listing = folder / "warc.paths"
    listing.write_text(f"{folder / 'a.warc.gz'}\nfile://{folder / 'b.warc'}\n", encoding="utf-8")
    return folder


def _cli_docs(args: list[str]) -> list[dict]:
    res = CliRunner().invoke(main, ["analyze", "--format", "jsonl", "--no-progress", *args])
    assert res.exit_code == 0, res.output
    return [json.loads(line) for line in res.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def spark_out(warcs):
    from claimgraph.scale.spark import run_job, session

    spark = session("local[2]", app="claimgraph-test")
    try:
        summary = run_job(str(warcs / "warc.paths"), str(warcs / "out"), spark=spark)
    finally:
        spark.stop()
    return summary, warcs / "out"


def test_cli_workers_and_spark_give_the_same_attributions(warcs, spark_out):
    paths = [str(warcs / "a.warc.gz"), str(warcs / "b.warc")]
    one = _cli_docs(["--workers", "1", *paths])
    two = _cli_docs(["--workers", "2", *paths])
    assert [d["path"] for d in one] == [a[0] for a in SAMPLE_ARTICLES]
    assert [_key(d) for d in two] == [_key(d) for d in one]

    import pyarrow.dataset as ds

    summary, out = spark_out
    bodies = ds.dataset(out / "documents", format="parquet").to_table().column("body").to_pylist()
    spark_docs = sorted((json.loads(b) for b in bodies), key=lambda d: d["path"])
    assert sorted(_key(d) for d in spark_docs) == sorted(_key(d) for d in one)
    assert sum(len(d["attributions"]) for d in one) >= 15
    assert summary.documents == len(SAMPLE_ARTICLES) and summary.failed == 0
    assert summary.warc["files"] == 2 and summary.warc["records"] == (1 + 2 * 4) + (1 + 2)


def test_flat_tables_match_the_documents(spark_out):
    duckdb = pytest.importorskip("duckdb")
    _, out = spark_out
    con = duckdb.connect()
    n_atts = con.execute(f"SELECT count(*) FROM '{out}/attributions/*.parquet'").fetchone()[0]
    n_body = con.execute(f"SELECT sum(n_attributions) FROM '{out}/documents/*.parquet'").fetchone()[0]
    assert n_atts == n_body > 0
    outlets = {r[0] for r in con.execute(f"SELECT outlet FROM '{out}/documents/*.parquet'").fetchall()}
    assert outlets == {"Tagesschau", "Der Spiegel", "Die Zeit", "BBC", "Reuters"}
    skipped = con.execute(f"SELECT skipped FROM '{out}/warc_files/*.parquet' "
                      "WHERE path LIKE '%a.warc.gz'").fetchone()[0]
    assert json.loads(skipped) == {"not_response": 5, "not_article": 1}


def test_parquet_loads_into_a_store_once(spark_out, tmp_path):
    _, out = spark_out
    db = str(tmp_path / "cg.db")
    runner = CliRunner()
    first = runner.invoke(main, ["ingest-parquet", str(out), "--db", db, "--no-compare"])
    assert first.exit_code == 0, first.output
    assert "5 stored, 0 skipped" in first.output
    again = runner.invoke(main, ["ingest-parquet", str(out), "--db", db, "--no-compare"])
    assert "0 stored, 5 skipped" in again.output

    from claimgraph.store import open_store

    store = open_store(db)
    try:
        rows = store.list_documents(limit=10)
        assert sorted(r["outlet"] for r in rows) == sorted(
            ["Tagesschau", "Der Spiegel", "Die Zeit", "BBC", "Reuters"])
        assert sum(r["attributions"] for r in rows) >= 15
    finally:
        store.close()


def test_ingest_parquet_names_a_wrong_folder(tmp_path):
    res = CliRunner().invoke(main, ["ingest-parquet", str(tmp_path), "--db", ":memory:"])
    assert res.exit_code == 1 and str(tmp_path) in res.output and "Traceback" not in res.output
