"""Benchmark: records/s of WARC reading, extraction and the full pipeline on 1 and N workers.

Assembles a WARC (gzip) of >= 2,000 HTML news pages from the shared German (700) and English
(295) Wikinews articles, repeated with a variant line so every copy is its own document, mixed
with the records a crawl also holds (requests, robots.txt, redirects), then times
  1. WARC reading alone (FastWARC records, headers checked, bodies read),
  2. reading + trafilatura extraction (`read_warc_path`: every kept page becomes a Document),
  3. the full pipeline on 1 worker and on all workers (`analyze_many`, ordered, bounded),
and prints records/s, the parallel efficiency (speed-up on N workers; target >= 1.7x on 2) and
an extrapolation to one month of CC-NEWS.

    python bench/scale.py                 # 2,000 articles
    python bench/scale.py --docs 400      # quicker look
Numbers are printed, never asserted. Wall-clock times: run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

from claimgraph.ingest.warc import WarcStats, iter_records, read_warc_path
from claimgraph.pipeline import analyze_many
from claimgraph.scale.parallel import default_workers, warm_up
from claimgraph.scale.warcgen import Page, html_page, write_warc

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
VARIANT = {"de": "Aktualisierte Fassung {n} dieser Meldung.", "en": "Updated version {n} of this report."}
#: CC-NEWS, one month: Infini-News (arXiv 2605.18337, May 2026) processed "over 1.35 billion"
#: articles of the whole CC-NEWS archive, August 2016 to early 2026 (~115 monthly snapshots):
#: ~11.7 million a month on average, more in recent years. An average, not a published
#: per-month count: treat it as the order of magnitude.
CC_NEWS_MONTH_DOCS = 12_000_000
#: share of CC-NEWS pages in German or English: an assumption (English is the largest
#: language of CC-NEWS, German one of the next few); with --lang de,en the rest is dropped
#: after extraction (or before it, when the page declares its language)
CC_NEWS_DE_EN_SHARE = 0.45

def articles() -> list[tuple[str, str, list[str]]]:
    """(lang, title, paragraphs) of the shared articles."""
    out = []
    for path in sorted((SHARED / "data" / "de-wikinews-texts" / "texts").glob("*.txt")):
        title, _, body = path.read_text(encoding="utf-8").strip().partition("\n")
        out.append(("de", title, [p.strip() for p in body.split("\n") if p.strip()]))
    csv.field_size_limit(10_000_000)
    for part in sorted((SHARED / "data" / "en-wikinews-sample" / "data").glob("*.csv")):
        with open(part, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                out.append(("en", row["title"], [p.strip() for p in row["text"].split("\n") if p.strip()]))
    return [a for a in out if a[2]]


def pages(n: int) -> Iterator[Page]:
    base = articles()
    if not base:
        sys.exit(f"no articles found under {SHARED}/data")
    for i in range(n):
        lang, title, paras = base[i % len(base)]
        copy = i // len(base)
        if copy:
            paras = paras + [VARIANT[lang].format(n=copy)]
        host = "www.tagesschau.de" if lang == "de" else "www.bbc.co.uk"
        yield Page(f"https://{host}/a/{i}.html", html_page(title, paras, lang).encode("utf-8"))
        if i % 10 == 0:  # what else a crawl holds: robots.txt and redirects
            yield Page(f"https://{host}/robots.txt", b"User-agent: *\nAllow: /\n" * 40,
                       content_type="text/plain")
            yield Page(f"https://{host}/r/{i}", b"<html><body>Moved</body></html>" * 30,
                       status="301 Moved Permanently")


def timed(label: str, records: int, fn) -> tuple[float, float]:
    """Wall seconds and CPU seconds (this process + its finished workers) of `fn()`."""
    c0, t0 = os.times(), time.perf_counter()
    n = fn()
    s, c1 = time.perf_counter() - t0, os.times()
    cpu = (c1.user - c0.user) + (c1.system - c0.system) + (c1.children_user - c0.children_user) \
        + (c1.children_system - c0.children_system)
    print(f"  {label:34s} {records / s:9.1f} records/s  {n / s:8.1f} docs/s  "
          f"(wall {s:6.1f} s, CPU {cpu:6.1f} s, load {os.getloadavg()[0]:.1f})")
    return s, cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=2000, help="articles in the WARC (default 2000)")
    ap.add_argument("--workers", type=int, default=default_workers(), help="default: all cores")
    args = ap.parse_args()
    warm_up()
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "bench.warc.gz")
        with open(path, "wb") as fh:
            write_warc(fh, pages(args.docs), requests=True)
        stats = WarcStats()
        n_rec = sum(1 for _ in iter_records(open(path, "rb"), stats))
        print(f"WARC: {n_rec:,} records ({args.docs:,} articles), "
              f"{os.path.getsize(path) / 1e6:.1f} MB gzip; {args.workers} workers available")

        def read_only() -> int:
            n = 0
            with open(path, "rb") as fh:
                for _, rec in iter_records(fh, WarcStats()):
                    rec.reader.read()
                    n += rec.headers.get("WARC-Type") == "response"
            return n

        kept = WarcStats()
        s_read, _ = timed("1. WARC reading", n_rec, read_only)
        s_extract, cpu_extract = timed("2. reading + extraction", n_rec,
                          lambda: sum(1 for _ in read_warc_path(path, stats=kept)))
        print(f"     {kept.line()}")
        s_one, cpu_one = timed("3. full pipeline, 1 worker", n_rec,
                      lambda: sum(r.ok for r in analyze_many([path], workers=1)))
        s_all, cpu_all = timed(f"4. full pipeline, {args.workers} workers", n_rec,
                      lambda: sum(r.ok for r in analyze_many([path], workers=args.workers)))
    speedup = s_one / s_all
    print(f"parallel speed-up on {args.workers} workers: {speedup:.2f}x "
          f"(efficiency {100 * speedup / args.workers:.0f} %; target >= 1.7x on 2), wall clock")
    # on a shared machine the wall clock measures the neighbours too; the CPU seconds do not:
    # with N idle cores the run takes (CPU with N workers) / N, against CPU with 1 worker
    cpu_speedup = cpu_one / (cpu_all / args.workers)
    print(f"CPU-bound speed-up on {args.workers} idle cores: {cpu_speedup:.2f}x (CPU overhead of "
          f"the pool {100 * (cpu_all / cpu_one - 1):+.0f} %)")
    print(f"share of time: reading {100 * s_read / s_one:.0f} %, extraction "
          f"{100 * (s_extract - s_read) / s_one:.0f} %, analysis "
          f"{100 * (s_one - s_extract) / s_one:.0f} % (1 worker)")
    # one core's CPU seconds per article page (the wall clock of a shared machine overstates it)
    per_doc = cpu_one / max(1, kept.kept)
    per_extract = cpu_extract / max(1, kept.kept)
    month = CC_NEWS_MONTH_DOCS
    core_h = month * (CC_NEWS_DE_EN_SHARE * per_doc + (1 - CC_NEWS_DE_EN_SHARE) * per_extract) / 3600
    print(f"\nCC-NEWS month, assumed {month:,} article pages (Infini-News average; see docs/scale.md), "
          f"{CC_NEWS_DE_EN_SHARE:.0%} German or English (assumed):")
    print(f"  {per_doc * 1000:.1f} ms CPU per de/en page (extract + analyse), {per_extract * 1000:.1f} ms "
          f"per other page (extract + detect, then dropped)")
    print(f"  ~{core_h:,.0f} core-hours = ~{core_h / 24:,.1f} core-days; on 2 idle cores at "
          f"{cpu_speedup:.2f}x: ~{core_h / cpu_speedup / 24:,.1f} days; on 64 cores at "
          f"{100 * cpu_speedup / args.workers:.0f} % efficiency: "
          f"~{core_h / (64 * cpu_speedup / args.workers):,.1f} h")

if __name__ == "__main__":
    main()
