"""Draw the articles of the fresh German set (round 6): a seeded sample the rules were not tuned on.

Usage: python tests/fresh/de/draw.py [--data-root DIR] [-n 20]

Pool: every file of de-wikinews-texts/texts/ whose normalised text has 700-5,000 characters and
at least 3 attribution markers (the dev set's round-1 regex), and that is in neither
tests/gold/de/gold.jsonl nor tests/heldout/de/gold.jsonl (only their `doc` ids are read).
Prints the draw order; the README says which were taken and which skipped.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from claimgraph.gold import default_data_root
from claimgraph.ingest.text import normalize

REPO = Path(__file__).resolve().parents[3]
SEED = 20261230          # new: the dev rounds used 20261127/20261203/20261214/20261221, held-out 20261126
MARKERS = re.compile(r"sagte|laut |zufolge|„|erklärte|teilte|betonte|soll |sollen ")
PREFIX = "de-wikinews-texts/texts/"


def taken_docs() -> set[str]:
    """`doc` ids already in a German gold set (nothing else of those lines is looked at)."""
    out: set[str] = set()
    for rel in ("tests/gold/de/gold.jsonl", "tests/heldout/de/gold.jsonl"):
        path = REPO / rel
        if path.exists():
            out |= {json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}
    return out


def pool(data_root: Path, taken: set[str]) -> list[str]:
    """Sorted eligible file names."""
    names = []
    for path in sorted((data_root / PREFIX).glob("*.txt")):
        if PREFIX + path.name in taken:
            continue
        text = normalize(path.read_text(encoding="utf-8"))
        if 700 <= len(text) <= 5000 and len(MARKERS.findall(text)) >= 3:
            names.append(path.name)
    return names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    ap.add_argument("-n", type=int, default=20)
    args = ap.parse_args()
    names = pool(args.data_root, taken_docs())
    order = random.Random(SEED).sample(names, len(names))
    print(f"pool {len(names)} files; seed {SEED}; first {args.n} of the order:")
    print(" ".join(n.removesuffix(".txt") for n in order[: args.n]))


if __name__ == "__main__":
    main()
