"""Pathological inputs through the full pipeline: is any regex or loop super-linear?

Each input runs in its own child process (so a runaway one is killed, not waited for) and its
wall time is printed against a bound (default 10 s): PASS or FAIL. A bench, not a test: the
numbers depend on the machine.

    python bench/pathological.py                 # every case, 10 s bound
    python bench/pathological.py --only laut     # cases whose name contains "laut"
    python bench/pathological.py --bound 5 --json

Where an input is refused (too large, no text), the refusal message is shown: a refusal in
bounded time is a pass too.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import sys
import time
from typing import Callable

MB = 1_000_000


def _cases() -> dict[str, Callable[[], tuple[str, bytes | str]]]:
    """name -> builder of (how, input); how is "text" (analyze as German), "text:en" (as
    English) or "html" (ingest + analyze)."""
    return {
        "100k straight quote marks": lambda: ("text", "Er sagte: " + '"' * 100_000),
        "100k mixed quote marks": lambda: ("text", "„“»«‚‘\"' " * 12_500),
        "100k quote marks with words": lambda: ("text", "„Ja“, sagte er. " * 25_000),
        "1 MB line without spaces": lambda: ("text", "Wort" * (MB // 4)),
        "1 MB line of capitals and dots": lambda: ("text", "A.B." * (MB // 4)),
        "100k nested brackets": lambda: ("text", "(" * 100_000 + "Text" + ")" * 100_000),
        "100k nested „quotes“": lambda: ("text", "„" * 100_000 + "Text" + "“" * 100_000),
        "100k nested «quotes»": lambda: ("text", "«" * 50_000 + "Text" + "»" * 50_000),
        "50k 'sagte er, sagte er'": lambda: ("text", "sagte er, " * 50_000),
        "50k 'said he, said he'": lambda: ("text:en", "said he, " * 50_000),
        "50k quoted 'sagte er' frames": lambda: ("text", "„Nein“, sagte er, " * 50_000),
        "10k-digit number": lambda: ("text", "Es waren " + "9" * 10_000 + " Soldaten."),
        "10k-digit dotted number": lambda: ("text", "Es waren 1" + ".000" * 2_500 + " Euro."),
        "10k-digit Swiss number": lambda: ("text", "Es waren 1" + "'000" * 2_500 + " Menschen."),
        "100k numbers in a row": lambda: ("text", "1 " * 100_000),
        "1 MB line of 'laut laut laut'": lambda: ("text", "laut " * (MB // 5)),
        "1 MB line of 'according to'": lambda: ("text:en", "according to " * (MB // 13)),
        "1 MB of capitalised names": lambda: ("text", "Olaf Scholz " * (MB // 12)),
        "50k paragraphs": lambda: ("text", "Er sagte, es regne.\n\n" * 50_000),
        # just under max_paragraph_chars: the paragraph limit does not apply, the rules run
        "20 paragraphs of 9,990 chars 'sagte er'": lambda: (
            "text", ("sagte er, " * 999 + "\n\n") * 20),
        "20 paragraphs of 9,997 chars 'according to'": lambda: (
            "text:en", ("according to " * 769 + "\n\n") * 20),
        "20 paragraphs of 9,990 chars 'said he'": lambda: (
            "text:en", ("said he, " * 1110 + "\n\n") * 20),
        "20 paragraphs of 9,995 chars 'laut'": lambda: ("text", ("laut " * 1999 + "\n\n") * 20),
        "20 paragraphs of 9,996 chars 'wie er sagte'": lambda: (
            "text", ("wie er sagte, " * 714 + "\n\n") * 20),
        "20 paragraphs of 9,984 chars '„Ja“, sagte er.'": lambda: (
            "text", ("„Ja“, sagte er. " * 624 + "\n\n") * 20),
        "20 paragraphs of 9,982 chars 'so X, laut Y'": lambda: (
            "text", ("so Müller, laut Meier, " * 434 + "\n\n") * 20),
        "20 paragraphs of 9,880 chars 'soll gesagt haben'": lambda: (
            "text", ("Er soll gesagt haben, es soll regnen, " * 260 + "\n\n") * 20),
        "20 paragraphs of 9,600 chars '“Yes,” he said.'": lambda: (
            "text:en", ("“Yes,” he said. " * 600 + "\n\n") * 20),
        "50k paragraphs 'Olaf Scholz sagte'": lambda: (
            "text", "Olaf Scholz sagte, es regne.\n\n" * 50_000),
        "50k paragraphs 'Die Sprecherin sagte'": lambda: (
            "text", "Die Sprecherin sagte, es regne.\n\n" * 50_000),
        "50k paragraphs with a quote": lambda: ("text", "„Es regnet“, sagte er.\n\n" * 50_000),
        "50k English paragraphs": lambda: ("text:en", "He said it was raining.\n\n" * 50_000),
        "100k-level nested HTML": lambda: ("html", b"<html><body>" + b"<div>" * 100_000
                                           + b"<p>Er sagte, es regne.</p>" + b"</div>" * 100_000
                                           + b"</body></html>"),
        "5 MB HTML attribute": lambda: ("html", b"<html><body><p title=\"" + b"x" * 5 * MB
                                        + b"\">Der Minister sagte, es regne.</p></body></html>"),
        "100k HTML paragraphs": lambda: ("html", b"<html><body>" + b"<p>Er sagte: ja.</p>"
                                         * 100_000 + b"</body></html>"),
    }


def _run_case(name: str, out: "mp.Queue[tuple[str, float, str]]") -> None:
    how, data = _cases()[name]()
    how, _, lang = how.partition(":")  # "text:en": analysed as English (default German)
    from claimgraph.errors import ClaimgraphError

    started = time.perf_counter()
    note = ""
    try:
        if how == "text":
            import claimgraph

            doc = claimgraph.analyze(data, lang=lang or "de")  # type: ignore[arg-type]
            note = (f"{len(doc.text):,} chars, {len(doc.attributions)} attributions, "
                    f"{len(doc.quantities)} quantities")
            if doc.meta.get("limits"):
                note += f"; limits: {doc.meta['limits']}"
        else:
            from claimgraph.ingest import read_bytes
            from claimgraph.pipeline import analyze_item

            results = [analyze_item(it, "de") for it in read_bytes(data, "bench.html",  # type: ignore[arg-type]
                                                                    max_bytes=50 * MB)]
            note = "; ".join(r.error or f"{len(r.doc.attributions)} attributions"  # type: ignore[union-attr]
                             for r in results)
    except ClaimgraphError as exc:
        note = f"refused: {exc}"
    except Exception as exc:  # the bench reports crashes instead of stopping
        note = f"CRASH {exc.__class__.__name__}: {exc}"[:300]
    out.put((name, time.perf_counter() - started, note))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bound", type=float, default=10.0, help="seconds allowed per input")
    ap.add_argument("--only", default=None, help="run the cases whose name contains this")
    ap.add_argument("--json", action="store_true", help="one JSON line per case")
    args = ap.parse_args(argv)

    import claimgraph

    claimgraph.analyze("Laut Pentagon sagte Olaf Scholz, es seien 10.000 Soldaten.")  # warm (fork)
    ctx = mp.get_context("fork")
    failed = 0
    for name in _cases():
        if args.only and args.only not in name:
            continue
        q: "mp.Queue[tuple[str, float, str]]" = ctx.Queue()
        proc = ctx.Process(target=_run_case, args=(name, q))
        started = time.perf_counter()
        proc.start()
        proc.join(args.bound * 3)  # a runaway case is stopped at 3x the bound
        if proc.is_alive():
            proc.kill()
            proc.join()
            seconds, note = time.perf_counter() - started, f"killed after {args.bound * 3:.0f} s"
        else:
            try:
                _, seconds, note = q.get(timeout=5)
            except Exception:
                seconds, note = time.perf_counter() - started, f"child died (exit {proc.exitcode})"
        ok = seconds <= args.bound and not note.startswith(("CRASH", "killed", "child died"))
        failed += not ok
        if args.json:
            print(json.dumps({"case": name, "seconds": round(seconds, 3), "ok": ok, "note": note},
                             ensure_ascii=False), flush=True)
        else:
            print(f"{'PASS' if ok else 'FAIL'} {seconds:7.2f} s  {name:34s} {note}", flush=True)
    print(f"{failed} of the cases failed the {args.bound:.0f} s bound" if failed
          else f"all cases within {args.bound:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
