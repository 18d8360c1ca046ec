"""Score claimgraph on the held-out gold sets (tests/heldout/de, tests/heldout/en).

Usage: python bench/heldout_report.py [--only de,en] [--fresh] [--sets fresh3,...] [--compare] [--json] [--data-root DIR]

Why: the rules are tuned on tests/gold/<lang>; numbers on those sets flatter the rules. The
held-out sets were drawn at random and annotated before the system was run on them, so their
scores estimate quality on unseen news. This script prints only aggregate numbers — content,
joint (content + right source) and cue P/R/F1 per kind, plus source-name precision — and no
per-item errors, so that reading its output gives rule writers nothing to tune against.
`--compare` also scores the tuning set of each language, to show the gap.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from claimgraph.errors import ClaimgraphError
from claimgraph.evaluate import PRF, Report, Scores, evaluate
from claimgraph.gold import default_data_root

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("de", "en")
KIND_ORDER = ("direct", "indirect", "mixed", "according_to", "reportative", "embed")


def _prf(p: PRF) -> str:
    return f"{p.precision:5.3f} {p.recall:5.3f} {p.f1:5.3f}"


def _ratio(right: int, total: int) -> str:
    return f"{right / total:6.1%}" if total else "     -"


def _row(name: str, s: Scores) -> str:
    c = s.content
    cue = _prf(s.cue) if s.cue.tp + s.cue.fn + s.cue.fp else "    -     -     -"
    return (f"{name:<13}{c.tp + c.fn:>5}{c.tp + c.fp:>6}  {_prf(c)}  {_prf(s.joint)}  {cue}  "
            f"{_ratio(s.source.right, s.source.total)} "
            f"{_ratio(s.source_name.right, s.source_name.total)} {_ratio(s.kind.right, s.kind.total)}")


def table(title: str, rep: Report) -> str:
    """One fixed-width table: a row per kind (gold kind for hits/misses, predicted for false
    alarms, as in claimgraph.evaluate), then overall."""
    head = (f"{'kind':<13}{'gold':>5}{'pred':>6}  {'P':>5} {'R':>5} {'F1':>5}  "
            f"{'jP':>5} {'jR':>5} {'jF1':>5}  {'cueP':>5} {'cueR':>5} {'cueF1':>5}  "
            f"{'src':>6} {'name':>6} {'kind':>6}")
    kinds = sorted(rep.by_kind, key=lambda k: (KIND_ORDER.index(k) if k in KIND_ORDER else 99, k))
    lines = [f"== {title}: {rep.docs} documents, {rep.gold_items} scored gold attributions "
             f"(+{rep.optional_items} optional), {rep.predicted_items} predicted", head, "-" * len(head)]
    lines += [_row(k, rep.by_kind[k]) for k in kinds]
    lines += ["-" * len(head), _row("overall", rep.overall)]
    if rep.failed_docs:
        lines.append(f"{len(rep.failed_docs)} documents failed in the pipeline (counted as all missed)")
    return "\n".join(lines)


def score(lang: str, which: str, data_root: Path) -> Report:
    """Run the pipeline over one gold folder ('heldout', 'fresh' or 'gold') and score it."""
    return evaluate(ROOT / "tests" / which / lang, data_root=data_root, lang=lang)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--only", default=",".join(LANGS), help="comma-separated languages (de,en)")
    ap.add_argument("--compare", action="store_true", help="also score the tuning set tests/gold/<lang>")
    ap.add_argument("--fresh", action="store_true",
                    help="also score tests/fresh, fresh2 … fresh12 (each annotated in a session and "
                         "scored once before anyone tuned on it; all are dev sets now)")
    ap.add_argument("--sets", default="",
                    help="comma-separated further folders under tests/ to score, e.g. fresh3,fresh4 "
                         "(a set annotated this session and scored once at its end)")
    ap.add_argument("--json", action="store_true", help="print every number as JSON")
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    args = ap.parse_args()
    langs = [x.strip() for x in args.only.split(",") if x.strip()]
    bad = [x for x in langs if x not in LANGS]
    if bad:
        print(f"error: unknown language {bad[0]!r} in --only (choose from {', '.join(LANGS)})",
              file=sys.stderr)
        return 2
    sets = [(lang, "heldout") for lang in langs]
    if args.fresh:
        sets += [(lang, which) for which in ("fresh", *(f"fresh{n}" for n in range(2, 13)))
                 for lang in langs
                 if (ROOT / "tests" / which / lang / "gold.jsonl").exists()]
    extra = [x.strip() for x in args.sets.split(",") if x.strip()]
    sets += [(lang, which) for which in extra for lang in langs
             if (ROOT / "tests" / which / lang / "gold.jsonl").exists()]
    if args.compare:
        sets += [(lang, "gold") for lang in langs]
    reports: dict[str, Report] = {}
    skipped: dict[str, str] = {}
    for lang, which in sets:
        name = f"{which}/{lang}"
        try:
            reports[name] = score(lang, which, args.data_root)
        except ClaimgraphError as exc:
            skipped[name] = str(exc)
    if args.json:
        print(json.dumps({"sets": {k: v.to_dict() for k, v in reports.items()}, "skipped": skipped},
                         indent=2, ensure_ascii=False))
        return 0
    for name, rep in reports.items():
        print(table(name, rep), end="\n\n")
    for name, why in skipped.items():
        print(f"{name}: skipped: {why}")
    print("P/R/F1: content match (Dice >= 0.5, one-to-one); j: joint (content and right source);\n"
          "cue: exact cue token set on matched pairs; src: source right on matched pairs by the\n"
          "gold-format rule; name: the stricter source-name precision on matched pairs;\n"
          "kind: kind accuracy on matched pairs. Optional gold items are neither hits nor misses.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
