"""Build and check the English gold set from typed strings, so annotators never count offsets.

Why: hand-typed character offsets drift; typed strings do not. The annotator writes one compact
source file (``en_gold.src``); this script finds every content/source/cue string in the normalised
article text, fails loudly when a string is missing or ambiguous, and writes ``gold.jsonl``.

Source format (UTF-8, ``#`` starts a comment line)::

    == en-wikinews-sample/data/wikinews_2019.csv#6       <- one article (doc reference)
    kind | content | source | cue | extras

* ``content`` may be discontinuous: parts joined by `` ++ `` become ``content_spans``;
  ``A ~~ B`` inside a part means "from A through the next B" (for long quotes).
* any string may end in ``{N}`` (1-based) to pick the N-th occurrence when it is ambiguous;
  without it, source and cue strings that occur several times are taken as the occurrence
  nearest to the content (and reported with ``--verbose``); content must be unique.
* ``extras`` are ``;``-separated: ``opt`` (optional item), ``name=Canonical Name``,
  ``via=Reuters,AP`` (outermost first; each outlet must occur in the text).
* ``-`` or an empty field means "no source" / "no cue".

Usage::

    python bench/gold_tools/en_gold.py build bench/gold_tools/en_gold.src tests/gold/en/gold.jsonl
    python bench/gold_tools/en_gold.py check tests/gold/en/gold.jsonl
    python bench/gold_tools/en_gold.py show 2019#6        # print an article's normalised text
    python bench/gold_tools/en_gold.py draw 15            # seeded draw of new articles to annotate
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path

from claimgraph.ingest.text import normalize

KINDS = {"direct", "indirect", "mixed", "according_to", "reportative", "embed"}
_NTH = re.compile(r"\{(\d+)\}$")
_ROOT = Path(__file__).resolve().parents[2]


#: the draw for new gold articles (README "Selection"): fixed seed, readable length, >= 3 markers.
#: One seed per enlargement round, so each round's draw can be repeated (``draw N --seed S``):
#: round 2 used "claimgraph-en-gold-2026-11-26b", round 3 "claimgraph-en-gold-2026-11-26-round3",
#: round 4 "claimgraph-en-gold-2026-11-26-round4", round 5 uses the one below.
DRAW_SEED = "claimgraph-en-gold-2026-11-26-round5"
DRAW_MIN_LEN, DRAW_MAX_LEN, DRAW_MIN_MARKERS = 700, 5000, 3
_MARKERS = re.compile(r"""\b(?: said | says | told | according\ to | reported | reportedly
                          | stated | claimed | allegedly | announced | warned )\b""",
                      re.VERBOSE | re.IGNORECASE)


class GoldError(Exception):
    """A string that cannot be placed, or a malformed source line."""


def data_root() -> Path:
    """The shared data folder: $CLAIMGRAPH_SHARED/data or <repo>/../shared/data."""
    env = os.environ.get("CLAIMGRAPH_SHARED")
    return Path(env) / "data" if env else _ROOT.parent / "shared" / "data"


def load_text(doc: str, root: Path | None = None) -> str:
    """Normalised text of a doc reference (plain file, or ``file.csv#N`` = 0-based data row)."""
    root = root or data_root()
    path, _, row = doc.partition("#")
    full = root / path
    if not row:
        return normalize(full.read_text(encoding="utf-8"))
    csv.field_size_limit(10**8)
    with full.open(newline="", encoding="utf-8") as fh:
        for i, rec in enumerate(csv.DictReader(fh)):
            if i == int(row):
                return normalize(rec["text"])
    raise GoldError(f"{doc}: no data row {row}")


def _pattern(needle: str) -> re.Pattern:
    """Typed string to a regex: straight and curly quotes alike, any run of spaces alike."""
    out = []
    for ch in needle:
        if ch in "'’‘":
            out.append("['’‘]")
        elif ch in '"“”':
            out.append('["“”]')
        elif ch.isspace():
            out.append(r"\s+")
        else:
            out.append(re.escape(ch))
    body = "".join(out).replace(r"\s+\s+", r"\s+")
    # whole words only: 'she' must not match inside 'extinguishers'
    head = r"(?<!\w)" if needle[:1].isalnum() else ""
    tail = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.compile(head + body + tail)


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """All (start, end) hits, overlapping ones included."""
    pat, out, i = _pattern(needle), [], 0
    while (m := pat.search(text, i)):
        out.append((m.start(), m.end()))
        i = m.start() + 1
    return out


def _gap(hit: tuple[int, int], near: list[list[int]]) -> int:
    """Characters between a hit and the nearest content span (0 when they touch or overlap)."""
    return min(max(s - hit[1], hit[0] - e, 0) for s, e in near)


def locate(text: str, needle: str, near: list[list[int]] | None = None, what: str = "") -> list[int]:
    """[start, end) of needle in text; ``{N}`` suffix picks the N-th hit, else unique or nearest."""
    nth = None
    m = _NTH.search(needle)
    if m:
        nth, needle = int(m.group(1)), needle[: m.start()]
    hits = _occurrences(text, needle)
    if not hits:
        raise GoldError(f"{what} not found: {needle!r}")
    if nth is not None:
        if nth > len(hits):
            raise GoldError(f"{what} {needle!r}: only {len(hits)} occurrences, asked for {nth}")
        hit = hits[nth - 1]
    elif len(hits) == 1:
        hit = hits[0]
    elif near is None:
        raise GoldError(f"{what} {needle!r} is ambiguous ({len(hits)} occurrences); add {{N}}")
    else:
        # a source or cue never sits inside its own content: skip hits within the content span
        outside = [h for h in hits if all(h[1] <= s or h[0] >= e for s, e in near)] or hits
        hit = min(outside, key=lambda h: _gap(h, near))
    return [hit[0], hit[1]]


def _locate_range(text: str, piece: str) -> list[int]:
    """A content piece; ``A ~~ B`` spans from A to the first B after it (long quotes)."""
    if " ~~ " not in piece:
        return locate(text, piece, what="content")
    head, tail = piece.split(" ~~ ", 1)
    start = locate(text, head, what="content")
    for hit in _occurrences(text, tail):
        if hit[0] >= start[1]:
            return [start[0], hit[1]]
    raise GoldError(f"content end {tail!r} not found after {head!r}")


def parse_item(line: str, text: str) -> dict:
    """One ``kind | content | source | cue | extras`` line to a gold attribution."""
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 4:
        raise GoldError(f"needs at least 4 fields: {line!r}")
    kind, content, source, cue = parts[:4]
    extras = [e.strip() for e in (parts[4] if len(parts) > 4 else "").split(";") if e.strip()]
    if kind not in KINDS:
        raise GoldError(f"unknown kind {kind!r}: {line!r}")
    pieces = [p.strip() for p in content.split(" ++ ")]
    spans = [_locate_range(text, p) for p in pieces]
    item: dict = {"content": " ".join(text[s:e] for s, e in spans)}
    if len(spans) == 1:
        item["content_span"] = spans[0]
    else:
        item["content_spans"] = spans
    anchor = spans
    for field, value in (("source", source), ("cue", cue)):
        if value in ("", "-"):
            item[field], item[field + "_span"] = "", None
        else:
            span = locate(text, value, near=anchor, what=field)
            item[field], item[field + "_span"] = text[span[0]:span[1]], span
    item["via"] = []
    item["kind"] = kind
    item["optional"] = False
    for extra in extras:
        key, _, val = extra.partition("=")
        if key == "opt":
            item["optional"] = True
        elif key == "name":
            item["source_name"] = val.strip()
        elif key == "via":
            for outlet in val.split(","):
                span = locate(text, outlet.strip(), near=anchor, what="via")
                item["via"].append({"name": text[span[0]:span[1]], "span": span})
        else:
            raise GoldError(f"unknown extra {extra!r}: {line!r}")
    return item


def review(text: str, att: dict) -> str:
    """One line per item: source and cue shown in context, so a wrong occurrence stands out."""
    def ctx(span):
        if not span:
            return "-"
        s, e = span
        return (text[max(0, s - 25):s] + "[" + text[s:e] + "]" + text[e:e + 25]).replace("\n", " ")
    flag = " opt" if att["optional"] else ""
    return (f"  {att['kind']}{flag}: {att['content'][:70]!r}\n     src {ctx(att['source_span'])}"
            f"\n     cue {ctx(att['cue_span'])}")


def build(src: Path, out: Path, show: str | None = None) -> int:
    """Read the compact source, write gold.jsonl; return the number of attributions."""
    docs: list[tuple[str, list[str]]] = []
    for raw in src.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("== "):
            docs.append((line[3:].strip(), []))
        elif not docs:
            raise GoldError(f"item before the first '== doc' line: {line!r}")
        else:
            docs[-1][1].append(line)
    errors, lines, total = [], [], 0
    for doc, items in docs:
        text = load_text(doc)
        atts = []
        for item in items:
            try:
                atts.append(parse_item(item, text))
            except GoldError as exc:
                errors.append(f"{doc}: {exc}")
        total += len(atts)
        if show and show in doc:
            print(doc)
            print("\n".join(review(text, a) for a in atts))
        lines.append(json.dumps({
            "doc": doc,
            "text_sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "attributions": atts,
        }, ensure_ascii=False))
    if errors:
        raise GoldError("\n".join(errors))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return total


def check(gold: Path) -> list[str]:
    """Every span's text equals its stored string and every hash matches; returns problems."""
    problems = []
    for n, raw in enumerate(gold.read_text(encoding="utf-8").splitlines(), 1):
        rec = json.loads(raw)
        text = load_text(rec["doc"])
        if hashlib.sha256(text.encode("utf-8")).hexdigest() != rec["text_sha256"]:
            problems.append(f"line {n} {rec['doc']}: text_sha256 differs (text changed)")
            continue
        for i, att in enumerate(rec["attributions"]):
            spans = att.get("content_spans") or [att["content_span"]]
            joined = " ".join(text[s:e] for s, e in spans)
            if joined != att["content"]:
                problems.append(f"line {n} item {i}: content span text differs")
            for field in ("source", "cue"):
                span = att.get(field + "_span")
                got = text[span[0]:span[1]] if span else ""
                if got != att[field]:
                    problems.append(f"line {n} item {i}: {field} span text differs")
            for via in att.get("via", []):
                if text[via["span"][0]:via["span"][1]] != via["name"]:
                    problems.append(f"line {n} item {i}: via {via['name']!r} span differs")
            if att.get("kind") not in KINDS:
                problems.append(f"line {n} item {i}: kind {att.get('kind')!r}")
    return problems


def _docs_of(gold: Path) -> set[str]:
    """The ``doc`` references of a gold.jsonl (only that field is read, never the annotations)."""
    if not gold.is_file():
        return set()
    return {json.loads(line)["doc"] for line in gold.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def draw(n: int, root: Path | None = None,
         seed: str = DRAW_SEED) -> tuple[int, list[tuple[str, int, int]]]:
    """Seeded random draw of n English articles not yet in the dev or held-out gold set.

    Why a draw: hand-picking drifts toward articles the rules already handle. The pool is every
    CSV row of 700-5000 normalised characters with >= 3 attribution markers that neither
    ``tests/gold/en``, ``tests/heldout/en`` nor ``tests/fresh/en`` uses; returns (pool size,
    [(doc, chars, markers)]).
    """
    root = root or data_root()
    taken = _docs_of(_ROOT / "tests" / "gold" / "en" / "gold.jsonl")
    taken |= _docs_of(_ROOT / "tests" / "heldout" / "en" / "gold.jsonl")
    taken |= _docs_of(_ROOT / "tests" / "fresh" / "en" / "gold.jsonl")
    pool = []
    csv.field_size_limit(10**8)
    for path in sorted((root / "en-wikinews-sample" / "data").glob("*.csv")):
        with path.open(newline="", encoding="utf-8") as fh:
            for i, rec in enumerate(csv.DictReader(fh)):
                doc = f"en-wikinews-sample/data/{path.name}#{i}"
                text = normalize(rec["text"] or "")
                markers = len(_MARKERS.findall(text))
                if (doc not in taken and DRAW_MIN_LEN <= len(text) <= DRAW_MAX_LEN
                        and markers >= DRAW_MIN_MARKERS):
                    pool.append((doc, len(text), markers))
    return len(pool), random.Random(seed).sample(pool, min(n, len(pool)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build")
    b.add_argument("src", type=Path)
    b.add_argument("out", type=Path)
    b.add_argument("--review", metavar="DOC", help="print items of docs whose reference contains DOC")
    c = sub.add_parser("check")
    c.add_argument("gold", type=Path)
    s = sub.add_parser("show")
    s.add_argument("ref", help="2019#6 or a full doc reference")
    o = sub.add_parser("occ", help="list the numbered occurrences of a string, for {N}")
    o.add_argument("ref")
    o.add_argument("needle")
    d = sub.add_parser("draw", help="seeded random draw of articles not yet in a gold set")
    d.add_argument("n", type=int)
    d.add_argument("--seed", default=DRAW_SEED, help="the round's seed (default: %(default)s)")
    args = ap.parse_args(argv)
    try:
        if args.cmd == "build":
            n = build(args.src, args.out, args.review)
            print(f"wrote {args.out}: {n} attributions")
        elif args.cmd == "check":
            problems = check(args.gold)
            print("\n".join(problems) or f"{args.gold}: all spans and hashes match")
            return 1 if problems else 0
        elif args.cmd == "draw":
            size, drawn = draw(args.n, seed=args.seed)
            print(f"pool {size} articles; seed {args.seed!r}; draw order:")
            for i, (doc, length, markers) in enumerate(drawn, 1):
                print(f"  {i:2} {doc}  {length} chars, {markers} markers")
        else:
            ref = args.ref
            if re.fullmatch(r"\d{4}#\d+", ref):
                year, row = ref.split("#")
                ref = f"en-wikinews-sample/data/wikinews_{year}.csv#{row}"
            text = load_text(ref)
            if args.cmd == "show":
                print(text)
            else:
                for n, (s, e) in enumerate(_occurrences(text, args.needle), 1):
                    print(n, text[max(0, s - 30):e + 30].replace("\n", " "))
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
