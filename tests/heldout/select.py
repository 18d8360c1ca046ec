"""Draw the held-out articles: a seeded random sample among articles with >= 3 attribution markers.

Usage: python tests/heldout/select.py [--data-root DIR]

Why a draw: hand-picking tends toward articles whose attributions look easy; a fixed-seed draw
over every eligible article (not in the team's gold sets, not the seed article, a readable
length, at least MIN_MARKERS cue words) is reproducible and unbiased within that pool.
The script prints the drawn articles in draw order; the README records which were kept.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from claimgraph.gold import _csv_texts, default_data_root
from claimgraph.ingest.text import normalize

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261126
DRAW = 16  # 12 wanted; the extra draws replace unusable articles, in draw order
MIN_MARKERS = 3
#: normalised length bounds (characters): one annotator, one pass, ~24 articles in the time budget
MIN_LEN, MAX_LEN = 700, 4000
MARKERS = {
    "de": re.compile(r"""\b(?: sagte | sagt | erklärte | erklärt | laut | zufolge | teilte
                         | betonte | berichtete | berichtet | soll | sollen | meinte
                         | nach\ Angaben | so\ der | so\ die | kritisierte | warnte )\b""",
                     re.VERBOSE | re.IGNORECASE),
    "en": re.compile(r"""\b(?: said | says | told | according\ to | reported | reportedly
                         | stated | claimed | allegedly | announced | warned )\b""",
                     re.VERBOSE | re.IGNORECASE),
}


def _gold_docs(lang: str) -> set[str]:
    path = ROOT / "tests" / "gold" / lang / "gold.jsonl"
    return {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def candidates(lang: str, data_root: Path) -> list[tuple[str, str]]:
    """(doc reference, normalised text) of every article in the pool, in a fixed order."""
    out: list[tuple[str, str]] = []
    if lang == "de":
        for path in sorted((data_root / "de-wikinews-texts" / "texts").glob("*.txt")):
            out.append((f"de-wikinews-texts/texts/{path.name}", normalize(path.read_text(encoding="utf-8"))))
    else:
        for path in sorted((data_root / "en-wikinews-sample" / "data").glob("*.csv")):
            for n, raw in enumerate(_csv_texts(str(path))):
                out.append((f"en-wikinews-sample/data/{path.name}#{n}", normalize(raw)))
    return out


def eligible(lang: str, data_root: Path) -> list[tuple[str, int, int]]:
    """(doc, length, markers) of articles not in the gold set, of readable length, >= 3 markers."""
    excluded = _gold_docs(lang) | {"de-wikinews-texts/texts/00833.txt"}  # 00833 = seed article
    rows = []
    for doc, text in candidates(lang, data_root):
        n = len(MARKERS[lang].findall(text))
        if doc not in excluded and MIN_LEN <= len(text) <= MAX_LEN and n >= MIN_MARKERS:
            rows.append((doc, len(text), n))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    args = ap.parse_args()
    for lang in ("de", "en"):
        pool = eligible(lang, args.data_root)
        drawn = random.Random(f"{SEED}-{lang}").sample(pool, DRAW)
        print(f"{lang}: pool {len(pool)} articles; seed {SEED}-{lang}; draw order:")
        for i, (doc, length, n) in enumerate(drawn, 1):
            print(f"  {i:2} {doc}  {length} chars, {n} markers")


if __name__ == "__main__":
    main()
