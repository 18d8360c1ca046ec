"""Benchmark: is claimgraph's analysis cheap next to the HTML extraction it follows? (target b/a <= 2)

Takes >= 1 MB of German article text from the shared Wikinews articles, wraps each article in a
simple HTML page (warcgen.html_page: navigation, headline, paragraphs, footer), and in one
process times
  (a) trafilatura extracting the text from that HTML (`ingest.from_html`, as WARC ingest does),
  (b) the full claimgraph analysis of the extracted text (`pipeline.run`, every stage),
then prints characters/s for both, the ratio b/a (seconds of analysis per second of
extraction), the time per stage of pipeline.STAGES, and a cProfile top list.

    python bench/throughput.py              # 1 MB (about 390 articles)
    python bench/throughput.py --mb 0.3     # quicker look
Numbers are printed, never asserted; the shared articles are read from ../shared, not copied.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import time
from pathlib import Path

from claimgraph import pipeline
from claimgraph.ingest import from_html
from claimgraph.scale.parallel import warm_up
from claimgraph.scale.warcgen import html_page

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))


def pages(min_chars: int) -> list[str]:
    """HTML pages of German articles until `min_chars` characters of text are collected."""
    out, total = [], 0
    for path in sorted((SHARED / "data" / "de-wikinews-texts" / "texts").glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        title, _, body = text.partition("\n")
        paras = [p.strip() for p in body.split("\n") if p.strip()]
        if not paras:
            continue
        out.append(html_page(title, paras, "de"))
        total += len(text)
        if total >= min_chars:
            break
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=1.0, help="MB of article text (default 1)")
    ap.add_argument("--top", type=int, default=15, help="lines of the cProfile list")
    args = ap.parse_args()
    html = pages(int(args.mb * 1_000_000))
    warm_up()
    from_html(html[0], path="warm.html")  # trafilatura's own lazy set-up

    # CPU seconds of this process (the machine is shared: wall time counts other people's work)
    clock = time.process_time
    t0 = clock()
    docs = [from_html(h, path=f"p{i}.html") for i, h in enumerate(html)]
    extract_s = clock() - t0
    chars = sum(len(d.text) for d in docs)

    def analyse(batch: list) -> tuple[dict[str, float], int]:
        spent = {s.__name__: 0.0 for s in pipeline.STAGES}
        bad = 0
        for doc in batch:
            try:
                for stage in pipeline.STAGES:
                    t = clock()
                    doc = stage(doc)
                    spent[stage.__name__] += clock() - t
            except Exception:  # counted like the pipeline's quarantine; timing goes on
                bad += 1
        return spent, bad

    fresh = [from_html(h, path=f"p{i}.html") for i, h in enumerate(html)]
    t0 = clock()
    stage_s, failed = analyse(fresh)
    analyse_s = clock() - t0
    # the profile runs on a second copy of a quarter of the pages (profiling slows code ~2x)
    profiler = cProfile.Profile()
    sample = [from_html(h, path=f"q{i}.html") for i, h in enumerate(html[: max(1, len(html) // 4)])]
    profiler.enable()
    analyse(sample)
    profiler.disable()

    print(f"{len(docs)} articles, {chars:,} characters of extracted text "
          f"({sum(len(h) for h in html):,} characters of HTML); {failed} failed")
    print(f"(a) trafilatura extraction: {chars / extract_s:12,.0f} chars/s  "
          f"({len(docs) / extract_s:6.1f} docs/s, {extract_s:6.2f} s)")
    print(f"(b) claimgraph analysis:    {chars / analyse_s:12,.0f} chars/s  "
          f"({len(docs) / analyse_s:6.1f} docs/s, {analyse_s:6.2f} s)")
    print("(CPU seconds of this process; one core)")
    print(f"ratio b/a (analysis time / extraction time): {analyse_s / extract_s:.2f}  (target <= 2)")
    print("\nCPU time per stage (pipeline.STAGES, not profiled):")
    total = sum(stage_s.values()) or 1e-9
    for name, s in sorted(stage_s.items(), key=lambda kv: -kv[1]):
        print(f"  {name:18s} {s:7.2f} s  {100 * s / total:5.1f} %")
    buf = io.StringIO()
    pstats.Stats(profiler, stream=buf).sort_stats("cumulative").print_stats(args.top)
    print(f"\ncProfile of {len(sample)} pages, cumulative (top entries):")
    print("\n".join(line for line in buf.getvalue().splitlines()[6:] if line.strip()))


if __name__ == "__main__":
    main()
