"""Build gold.jsonl from the hand-typed annotations.txt (strings only; spans are computed).

Usage: python tests/gold/de/build.py [--data-root DIR] [--src FILE] [--out FILE]

(`--src`/`--out` build another set from its own typed file, e.g. tests/fresh/de/; defaults:
annotations.txt and gold.jsonl beside this script.)

annotations.txt: a `## <file>` line per article (a file of de-wikinews-texts/texts/), then one
line per attribution with fields separated by " | ":

    kind | source | cue | content | via | source_name

kind is d(irect) i(ndirect) m(ixed) a(ccording_to) r(eportative) e(mbed), prefixed with `?` for
an optional item. via is a `;`-separated list of outlets (outermost first), empty for none, `-`
when the relay is only implied by context (not scored). source_name is the
canonical name when the source is written as a pronoun or a short form. Content must occur
once in the text (append `@@N` to take the N-th occurrence, 1-based); source and cue are taken
at the occurrence nearest to the content (or, with `@@N`, at the N-th occurrence in the text;
only a nearest-occurrence source or cue must lie within 600 characters of the content). In any string, `A ~~ B` stands for the text running
from A to B (long quotes) and `A ... B` for a discontinuous span (content around a frame, or a
separable cue like `geht ... davon aus`). Anything not found fails loudly, naming the line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from claimgraph.gold import GoldError, default_data_root, locate, read_doc_text, text_sha256

HERE = Path(__file__).resolve().parent
PREFIX = "de-wikinews-texts/texts/"
KINDS = {"d": "direct", "i": "indirect", "m": "mixed", "a": "according_to",
         "r": "reportative", "e": "embed"}


def _nth(text: str, needle: str, n: int, where: str) -> list[int]:
    starts = [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text)]
    if len(starts) < n:
        raise GoldError(f"{where}: content occurs {len(starts)} times, not {n}: {needle!r}")
    return [starts[n - 1], starts[n - 1] + len(needle)]


def find(text: str, needle: str, near: int | None, where: str) -> list[list[int]]:
    """Spans of a typed string: `A ~~ B` runs from A to B; `A ... B` is discontinuous."""
    spans: list[list[int]] = []
    for piece in needle.split(" ... "):
        start, sep, end = piece.partition(" ~~ ")
        anchor = near if not spans else spans[-1][1]
        a = locate(text, start, near=anchor, what=where)
        if sep:
            after = text.find(end, a[1])
            if after < 0 or after - a[1] > 2000:
                raise GoldError(f"{where}: end {end!r} not found after {start!r}")
            a = [a[0], after + len(end)]
        spans.append(a)
    return spans


def _role(text: str, value: str, near: int, where: str) -> dict:
    """source/cue string -> its joined text and span(s), nearest to the content."""
    if not value:
        return {"text": "", "span": None}
    value, _, nth = value.partition("@@")
    # `sie@@7`: a pronoun whose nearest occurrence lies inside the content itself
    spans = [_nth(text, value, int(nth), where)] if nth else find(text, value, near, where)
    out = {"text": " ".join(text[s:e] for s, e in spans), "span": spans[0] if len(spans) == 1 else None}
    if len(spans) > 1:
        out["spans"] = spans
    return out


def parse_line(line: str, text: str, where: str) -> dict:
    """One annotation line -> one gold attribution with spans."""
    fields = [f.strip() for f in line.split(" | ")]
    fields += [""] * (6 - len(fields))
    code, source, cue, content, via, source_name = fields[:6]
    optional = code.startswith("?")
    kind = KINDS.get(code.lstrip("?"))
    if kind is None:
        raise GoldError(f"{where}: unknown kind code {code!r}")
    content, _, nth = content.partition("@@")
    try:
        if nth:
            spans = [_nth(text, content, int(nth), where)]
        elif " ... " in content or " ~~ " in content:
            first = locate(text, content.split(" ... ")[0].split(" ~~ ")[0], what=f"{where}: content")
            spans = find(text, content, first[0], f"{where}: content")
        else:
            spans = [locate(text, content, what=f"{where}: content")]
        cspan = spans[0]
        src = _role(text, source, cspan[0], f"{where}: source")
        cue_ = _role(text, cue, cspan[0], f"{where}: cue")
    except GoldError as exc:
        raise GoldError(f"{where}: {exc}") from None
    item = {"content": " ".join(text[s:e] for s, e in spans)}
    if len(spans) == 1:
        item["content_span"] = cspan
    else:
        item["content_spans"] = spans
    item.update({"source": src["text"], "source_span": src["span"],
                 "cue": cue_["text"], "cue_span": cue_["span"],
                 "via": None if via == "-" else [v.strip() for v in via.split(";") if v.strip()],
                 "kind": kind, "optional": optional})
    if "spans" in src:
        item["source_spans"] = src["spans"]
    if "spans" in cue_:
        item["cue_spans"] = cue_["spans"]
    if source_name:
        item["source_name"] = source_name
    for role, typed in (("source", source), ("cue", cue)):
        span = (item.get(f"{role}_spans") or [item[f"{role}_span"]])[0]
        # an explicit `@@N` is a deliberate choice (a speaker named once at the top of a long
        # stretch of continued speech), so only the nearest-occurrence guess is distance-checked
        if span and "@@" not in typed and abs(span[0] - cspan[0]) > 600:
            raise GoldError(f"{where}: {role} {item[role]!r} found only {abs(span[0] - cspan[0])} "
                            "characters away from the content")
    return item


def build(data_root: Path, src: Path = HERE / "annotations.txt") -> list[dict]:
    """All gold lines, in the order of the typed file `src`."""
    docs: list[dict] = []
    text = ""
    for n, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip()
        if not line or line.startswith("#") and not line.startswith("## "):
            continue
        if line.startswith("## "):
            doc = PREFIX + line[3:].strip()
            text = read_doc_text(doc, src.parent, data_root)
            docs.append({"doc": doc, "text_sha256": text_sha256(text), "attributions": []})
            continue
        docs[-1]["attributions"].append(parse_line(line, text, f"{src.name}:{n}"))
    for d in docs:
        d["attributions"].sort(key=lambda a: a.get("content_span") or a["content_spans"][0])
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    ap.add_argument("--src", type=Path, default=HERE / "annotations.txt", help="typed annotations")
    ap.add_argument("--out", type=Path, default=HERE / "gold.jsonl", help="gold file to write")
    args = ap.parse_args()
    try:
        docs = build(args.data_root, args.src)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    with open(args.out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    n = sum(len(d["attributions"]) for d in docs)
    opt = sum(a["optional"] for d in docs for a in d["attributions"])
    print(f"{len(docs)} articles, {n} attributions ({opt} optional) -> {args.out.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
