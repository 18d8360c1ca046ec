"""Print P/R/F1 per gold set (de, en, SpkAtt dev) for the README and docs/evaluation.md.

Usage: python bench/eval_report.py [--json] [--errors N] [--only de,en,spkatt-dev]

Each set is scored on the pipeline's own output (claimgraph.analyze over the gold texts). The
SpkAtt dev split is converted into a temporary folder first (its texts may not enter the repo).
Sets whose data is absent are listed as skipped, with the reason.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from claimgraph.errors import ClaimgraphError
from claimgraph.evaluate import Report, evaluate, format_errors
from claimgraph.gold import default_data_root
from claimgraph.spkatt import convert_spkatt

ROOT = Path(__file__).resolve().parent.parent
SETS = ("de", "en", "spkatt-dev")


def score_set(name: str, data_root: Path, tmp: Path) -> Report:
    """Score one named gold set; raises ClaimgraphError when its data is missing."""
    if name == "spkatt-dev":
        split = data_root / "spkatt2023-task1" / "data" / "dev" / "task1"
        convert_spkatt(split, tmp / "spkatt-dev")
        return evaluate(tmp / "spkatt-dev", data_root=data_root, lang="de")
    return evaluate(ROOT / "tests" / "gold" / name, data_root=data_root)


def row(name: str, r: Report) -> str:
    c, j, q = r.overall.content, r.overall.joint, r.overall.cue
    name_p, src = r.overall.source_name, r.overall.source
    return (f"{name:<11}{r.docs:>5}{r.gold_items:>6}{r.predicted_items:>6}  "
            f"{c.precision:5.3f} {c.recall:5.3f} {c.f1:5.3f}  "
            f"{j.precision:5.3f} {j.recall:5.3f} {j.f1:5.3f}  {q.f1:5.3f}  {src.value:6.1%}  {name_p.value:6.1%}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", action="store_true", help="print every number as JSON")
    ap.add_argument("--errors", type=int, default=0, help="show this many errors per set")
    ap.add_argument("--only", default=",".join(SETS), help="comma-separated sets")
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    args = ap.parse_args()
    reports: dict[str, Report] = {}
    skipped: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.only.split(","):
            try:
                reports[name] = score_set(name, args.data_root, Path(tmp))
            except ClaimgraphError as exc:
                skipped[name] = str(exc)
    if args.json:
        print(json.dumps({"sets": {k: v.to_dict() for k, v in reports.items()},
                          "skipped": skipped}, indent=2, ensure_ascii=False))
        return 0
    head = (f"{'set':<11}{'docs':>5}{'gold':>6}{'pred':>6}  {'P':>5} {'R':>5} {'F1':>5}  "
            f"{'jP':>5} {'jR':>5} {'jF1':>5}  {'cueF1':>5}  {'src':>6}  {'name':>6}")
    print(head)
    print("-" * len(head))
    for name, rep in reports.items():
        print(row(name, rep))
    for name, rep in reports.items():
        if rep.failed_docs:
            print(f"{name:<11}{len(rep.failed_docs)} documents failed in the pipeline "
                  f"(counted as all missed), e.g. {rep.failed_docs[0][:120]}")
    for name, why in skipped.items():
        print(f"{name:<11}skipped: {why}")
    print("\nP/R/F1: content match (Dice >= 0.5); j: joint with a right source; "
          "name: source name precision on matched pairs")
    for name, rep in reports.items():
        if args.errors:
            print(f"\n== {name}\n{format_errors(rep, args.errors)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
