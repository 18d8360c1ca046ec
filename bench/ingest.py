"""Benchmark: what does storing cost on top of analysis? (target: at most 25 %)

Builds >= 2,000 documents from the shared German (700) and English (295) Wikinews articles,
repeated with a generated line appended so that every copy has its own content hash, then
  pass 1: analyses every document (analysis alone),
  pass 2: analyses and stores every document in a fresh store (has() per document, then
          add() per document, or with --batch N add_many() of every N documents),
and prints documents/s for both and the storing overhead: store time / analysis time, measured
inside pass 2 (the same documents, the same process), plus the wall-clock ratio of the passes.

    python bench/ingest.py                      # SQLite file in a temporary folder
    python bench/ingest.py --db postgresql://postgres@127.0.0.1:55432/postgres?schema=bench
    python bench/ingest.py --docs 300           # quicker look
    python bench/ingest.py --batch 50 --db …    # store 50 documents per transaction (add_many)

The shared articles are read from ../shared (CLAIMGRAPH_SHARED overrides); nothing is copied.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from claimgraph.ingest import Item, from_text
from claimgraph.pipeline import analyze_item
from claimgraph.store import open_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))

#: appended to the n-th copy of an article (German / English) so that its hash differs
VARIANT = {"de": "Aktualisierte Fassung {n} dieser Meldung.",
           "en": "Updated version {n} of this report."}


def base_articles() -> list[tuple[str, str, str, str | None]]:
    """(name, lang, text, date) of the shared articles."""
    out: list[tuple[str, str, str, str | None]] = []
    de = SHARED / "data" / "de-wikinews-texts"
    dates = {}
    with open(de / "index.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            dates[row["file"]] = row["date"]
    for path in sorted((de / "texts").glob("*.txt")):
        out.append((f"de/{path.name}", "de", path.read_text(encoding="utf-8"), dates.get(path.name)))
    csv.field_size_limit(10_000_000)
    for part in sorted((SHARED / "data" / "en-wikinews-sample" / "data").glob("*.csv")):
        with open(part, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                text = f"{row['title']}\n\n{row['text']}"
                out.append((f"en/{part.stem}/{i}", "en", text, row.get("date")))
    return out


def documents(n: int) -> Iterator[Item]:
    """`n` items cycling over the articles; copy k > 0 gets a variant line appended."""
    base = base_articles()
    if not base:
        sys.exit(f"no articles found under {SHARED}/data")
    for i in range(n):
        name, lang, text, date = base[i % len(base)]
        copy = i // len(base)
        if copy:
            text = f"{text.rstrip()}\n{VARIANT[lang].format(n=copy)}"
        doc = from_text(text, path=f"{name}#{copy}", meta={"date": date, "format": "text"})
        yield Item(doc.path or name, doc=doc)


def _tick(what: str, done: int, total: int, since: float) -> None:
    """A progress line on stderr every 250 documents (long runs on a shared machine)."""
    if done % 250 == 0 or done == total:
        elapsed = time.perf_counter() - since
        print(f"  {what}: {done}/{total} in {elapsed:.0f} s", file=sys.stderr, flush=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="documents (default 2000)")
    ap.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file)")
    ap.add_argument("--batch", type=int, default=1,
                    help="documents per add_many() call (default 1: add() per document)")
    ap.add_argument("--json", action="store_true", help="print the numbers as JSON too")
    args = ap.parse_args()

    for it in documents(20):  # warm-up: language packs and models load lazily on first use
        analyze_item(it)
    items = list(documents(args.docs))
    # pass 1: analysis alone
    t0 = time.perf_counter()
    ok = 0
    for i, it in enumerate(items, 1):
        ok += analyze_item(it).ok
        _tick("analyze", i, len(items), t0)
    analyze_alone = time.perf_counter() - t0

    # pass 2: analysis + store, timing each part
    tmp = tempfile.TemporaryDirectory()
    url = args.db or str(Path(tmp.name) / "bench.db")
    store = open_store(url)
    items = list(documents(args.docs))  # fresh Documents (pass 1 filled the old ones)
    t_an = t_st = 0.0
    stored = failed = unstored = 0  # unstored: analysed, but the store refused it
    queue: list = []

    def flush() -> int:
        """Store the queued documents; returns how many could not be stored."""
        results = store.add_many(queue) if len(queue) > 1 else [store.add(d) for d in queue]
        queue.clear()
        return sum(1 for r in results if not isinstance(r, int))

    t_start = time.perf_counter()
    for it in items:
        a = time.perf_counter()
        res = analyze_item(it)
        b = time.perf_counter()
        if res.ok and res.doc is not None and not store.has(res.doc.id):
            queue.append(res.doc)
            stored += 1
            if len(queue) >= args.batch:
                unstored += flush()
        elif not res.ok:
            store.quarantine(res.name, res.error or "")
            failed += 1
        t_an += b - a
        t_st += time.perf_counter() - b
        _tick("analyze+store", stored + failed, len(items), t_start)
    b = time.perf_counter()
    unstored += flush()
    t_st += time.perf_counter() - b
    stored, failed = stored - unstored, failed + unstored
    both = time.perf_counter() - t_start
    counts = {t: sum(1 for _ in store.iter_table(t)) for t in ("attributions", "entities", "vias")}
    store.close()
    size = Path(url).stat().st_size if Path(url).exists() else None
    tmp.cleanup()

    n = len(items)
    result = {
        "documents": n, "analysed_ok": ok, "stored": stored, "failed": failed,
        "batch": args.batch,
        "backend": "postgres" if url.startswith("postgres") else "sqlite",
        "analyze_docs_per_s": round(n / analyze_alone, 1),
        "analyze_store_docs_per_s": round(n / both, 1),
        "store_docs_per_s": round(n / t_st, 1) if t_st else None,
        "overhead_in_run": round(t_st / t_an, 3),
        "overhead_wall": round(both / analyze_alone - 1, 3),
        "rows": counts, "db_bytes": size,
    }
    print(f"{n} documents ({ok} analysed, {stored} stored, {failed} failed) on {result['backend']}"
          + (f", add_many() of {args.batch}" if args.batch > 1 else ", add() per document"))
    print(f"analyze alone      : {result['analyze_docs_per_s']:8.1f} docs/s")
    print(f"analyze + store    : {result['analyze_store_docs_per_s']:8.1f} docs/s")
    print(f"store alone        : {result['store_docs_per_s']:8.1f} docs/s")
    print(f"overhead (in run)  : {result['overhead_in_run']:8.1%}  store time / analysis time, pass 2")
    print(f"overhead (wall)    : {result['overhead_wall']:8.1%}  pass 2 / pass 1 - 1 (noisier)")
    print(f"rows               : {counts}, database {size or 0:,} bytes")
    print(f"target             : {'met' if result['overhead_in_run'] <= 0.25 else 'MISSED'} (<= 25 %)")
    if args.json:
        print(json.dumps(result))


if __name__ == "__main__":
    main()
