"""Build a held-out gold.jsonl from hand-typed strings (annotators never type offsets).

Usage: python tests/heldout/build.py de|en [--review] [--data-root DIR]

Why a separate builder: the held-out sets must not depend on tools that the rule writers change
while tuning; this one only uses `claimgraph.evaluate` (text loading, hashing, `load_gold`).

`tests/heldout/<lang>/annotations.txt`: a `## <doc>` line per article (German: a file name in
de-wikinews-texts/texts/; English: `wikinews_2019.csv#N`, N = 0-based data row), then one line
per attribution with fields separated by " | ":

    kind | source | cue | content | via | source_name

kind is d(irect) i(ndirect) m(ixed) a(ccording_to) r(eportative) e(mbed), prefixed with `?` for
an optional item; via is a `;`-separated list of outlets (outermost first), empty for none, `-`
when the relay is only implied by context (written as null: not scored); source_name is the
canonical name when the source is a pronoun, short form or description. In content, source and
cue, `A ~~ B` is the text from A through the next B, `A ... B` a discontinuous span, and a
`{N}` suffix picks the N-th occurrence. Straight and curly quotation marks and runs of spaces
match each other. Content must be unique (or resolved by a neighbouring piece); source and cue
are the occurrences nearest to the content (a source never inside it). Anything not found, or
found farther than 600 characters from the content, fails loudly with the line number.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from claimgraph.gold import GoldError, default_data_root, load_gold, read_doc_text, text_sha256

HERE = Path(__file__).resolve().parent
PREFIX = {"de": "de-wikinews-texts/texts/", "en": "en-wikinews-sample/data/"}
KINDS = {"d": "direct", "i": "indirect", "m": "mixed", "a": "according_to",
         "r": "reportative", "e": "embed"}
MAX_GAP = 600  # a source or cue farther from its content than this is a typing error
_NTH = re.compile(r"\{(\d+)\}$")
_QUOTES = {**{c: "[\"“”„]" for c in "\"“”„"}, **{c: "['’‘‚]" for c in "'’‘‚"}}

Span = list[int]


def _pattern(needle: str) -> re.Pattern[str]:
    """Typed string -> regex: quotation marks and whitespace runs alike, whole words only."""
    body = "".join(_QUOTES.get(ch) or (r"\s+" if ch.isspace() else re.escape(ch)) for ch in needle)
    body = re.sub(r"(\\s\+)+", r"\\s+", body)
    head = r"(?<!\w)" if needle[:1].isalnum() else ""
    tail = r"(?!\w)" if needle[-1:].isalnum() else ""
    return re.compile(head + body + tail)


def hits(text: str, needle: str) -> list[Span]:
    """All [start, end) occurrences of a typed string (a `{N}` suffix keeps only the N-th)."""
    m = _NTH.search(needle)
    nth = int(m.group(1)) if m else None
    if m:
        needle = needle[: m.start()].rstrip()
    if not needle:
        raise GoldError("empty string")
    found = [[h.start(), h.end()] for h in _pattern(needle).finditer(text)]
    if nth is not None:
        if nth > len(found):
            raise GoldError(f"{needle!r} occurs {len(found)} times, not {nth}")
        found = [found[nth - 1]]
    if not found:
        raise GoldError(f"not found: {needle!r}")
    return found


def _range(text: str, piece: str) -> list[Span]:
    """Candidate spans of one piece; `A ~~ B` runs from each A to the next B after it."""
    head, sep, tail = piece.partition(" ~~ ")
    starts = hits(text, head)
    if not sep:
        return starts
    out = []
    for s in starts:
        ends = [h for h in hits(text, tail) if h[0] >= s[1] and h[0] - s[1] <= 3000]
        if ends:
            out.append([s[0], ends[0][1]])
    if not out:
        raise GoldError(f"end {tail!r} not found after {head!r}")
    return out


def content_spans(text: str, content: str) -> list[Span]:
    """Spans of the content pieces; an ambiguous piece is resolved by its resolved neighbours."""
    cands = [_range(text, p.strip()) for p in content.split(" ... ")]
    chosen: list[Span | None] = [c[0] if len(c) == 1 else None for c in cands]
    if all(c is None for c in chosen):
        raise GoldError(f"content is ambiguous ({len(cands[0])} occurrences); add {{N}}: {content!r}")
    for _ in range(len(cands)):
        for i, c in enumerate(cands):
            if chosen[i] is not None:
                continue
            if i > 0 and chosen[i - 1] is not None:
                after = [h for h in c if h[0] >= chosen[i - 1][1]]
                chosen[i] = after[0] if after else None
            elif i + 1 < len(cands) and chosen[i + 1] is not None:
                before = [h for h in c if h[1] <= chosen[i + 1][0]]
                chosen[i] = before[-1] if before else None
    if any(c is None for c in chosen):
        raise GoldError(f"cannot place every piece of {content!r}")
    spans = [c for c in chosen if c is not None]
    if any(b[0] < a[1] for a, b in zip(spans, spans[1:])):
        raise GoldError(f"pieces out of order: {content!r}")
    return spans


def _gap(hit: Span, near: list[Span]) -> int:
    return min(max(s - hit[1], hit[0] - e, 0) for s, e in near)


def role_spans(text: str, value: str, near: list[Span], inside_ok: bool) -> list[Span]:
    """Source or cue: the occurrence nearest to the content; later pieces follow the first."""
    spans: list[Span] = []
    for piece in value.split(" ... "):
        cands = _range(text, piece.strip())
        if spans:
            after = [h for h in cands if h[0] >= spans[-1][1]]
            if not after:
                raise GoldError(f"{piece!r} not found after {text[spans[-1][0]:spans[-1][1]]!r}")
            spans.append(after[0])
            continue
        if not inside_ok:
            cands = [h for h in cands if _gap(h, near) > 0 or h[1] <= near[0][0]] or cands
        spans.append(min(cands, key=lambda h: (_gap(h, near), h[0])))
    gap = _gap(spans[0], near)
    if gap > MAX_GAP:
        raise GoldError(f"{value!r} found only {gap} characters away from the content")
    return spans


def _joined(text: str, spans: list[Span]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def parse_line(line: str, text: str) -> dict:
    """One annotation line -> one gold attribution with spans."""
    fields = [f.strip() for f in line.split(" | ")]
    if len(fields) < 4 or len(fields) > 6:
        raise GoldError(f"needs 4 to 6 fields, got {len(fields)}")
    code, source, cue, content, via, source_name = (fields + ["", ""])[:6]
    kind = KINDS.get(code.lstrip("?"))
    if kind is None:
        raise GoldError(f"unknown kind code {code!r}")
    spans = content_spans(text, content)
    item: dict = {"content": _joined(text, spans)}
    if len(spans) == 1:
        item["content_span"] = spans[0]
    else:
        item["content_spans"] = spans
    for role, value in (("source", source), ("cue", cue)):
        if not value:
            item[role], item[f"{role}_span"] = "", None
            continue
        rs = role_spans(text, value, spans, inside_ok=role == "cue")
        item[role] = _joined(text, rs)
        item[f"{role}_span"] = rs[0] if len(rs) == 1 else None
        if len(rs) > 1:
            item[f"{role}_spans"] = rs
    item["via"] = None if via == "-" else [v.strip() for v in via.split(";") if v.strip()]
    for outlet in item["via"] or []:
        hits(text, outlet)  # a relaying outlet must be named in the article
    item["kind"] = kind
    item["optional"] = code.startswith("?")
    if source_name:
        item["source_name"] = source_name
    return item


def build(lang: str, data_root: Path) -> list[dict]:
    """All gold lines of one language, in the order of annotations.txt; errors name the line."""
    folder = HERE / lang
    docs: list[dict] = []
    errors: list[str] = []
    text = ""
    for n, raw in enumerate((folder / "annotations.txt").read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or (line.startswith("#") and not line.startswith("## ")):
            continue
        if line.startswith("## "):
            doc = PREFIX[lang] + line[3:].strip()
            text = read_doc_text(doc, folder, data_root)
            docs.append({"doc": doc, "text_sha256": text_sha256(text), "attributions": []})
            continue
        if not docs:
            errors.append(f"annotations.txt:{n}: item before the first '## doc' line")
            continue
        try:
            docs[-1]["attributions"].append(parse_line(line, text))
        except GoldError as exc:
            errors.append(f"{lang}/annotations.txt:{n}: {exc}")
    if errors:
        raise GoldError("\n".join(errors))
    for d in docs:
        d["attributions"].sort(key=lambda a: (a.get("content_span") or a["content_spans"][0]))
    return docs


def review(text: str, item: dict) -> str:
    """Source and cue shown in their context, so a wrong occurrence stands out."""
    def ctx(span: Span | None) -> str:
        if not span:
            return "-"
        s, e = span
        return (text[max(0, s - 30):s] + "[" + text[s:e] + "]" + text[e:e + 30]).replace("\n", " ")
    flag = "?" if item["optional"] else ""
    src = item.get("source_spans", [item["source_span"]])[0]
    cue = item.get("cue_spans", [item["cue_span"]])[0]
    return (f"{flag}{item['kind']}: {item['content'][:90]!r}\n    src {ctx(src)}\n    cue {ctx(cue)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("lang", choices=sorted(PREFIX))
    ap.add_argument("--review", action="store_true", help="print every item with its context")
    ap.add_argument("--data-root", type=Path, default=default_data_root())
    args = ap.parse_args()
    try:
        docs = build(args.lang, args.data_root)
    except GoldError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out = HERE / args.lang / "gold.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    if args.review:
        for d, gd in zip(docs, load_gold(HERE / args.lang, args.data_root)):
            print(f"== {d['doc']}")
            for item in d["attributions"]:
                print(review(gd.text, item))
    load_gold(HERE / args.lang, args.data_root)  # the team's loader accepts every span
    n = sum(len(d["attributions"]) for d in docs)
    opt = sum(a["optional"] for d in docs for a in d["attributions"])
    print(f"{len(docs)} articles, {n} attributions ({opt} optional) -> {out.relative_to(HERE.parent.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
