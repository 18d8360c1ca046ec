"""The gold file format: reading `gold.jsonl` with the texts it points to, and span helpers.

Kept apart from scoring (`evaluate.py`) because annotation tools (`tests/*/build.py`, the draw
scripts) need the loader and `locate` without the scorer. The format is `shared/spec/gold-format.md`.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from .errors import InputError
from .ingest.text import normalize

# Words are runs of letters/digits; hyphens, apostrophes, quotation marks and all other
# punctuation separate or vanish, so „Wir“ and "wir" are the same token.
#: A word token: a run of letters or digits (shared with the scorer).
WORD = re.compile(r"\w+", re.UNICODE)


class GoldError(InputError):
    """A gold set cannot be read: missing file, bad JSON, changed text, span mismatch."""


# --- tokens ------------------------------------------------------------------------------


def tokens(text: str | None) -> list[str]:
    """Lower-cased word tokens; punctuation and quotation marks are dropped.

    >>> tokens("„Wir gehen davon aus“, sagte Singh.")
    ['wir', 'gehen', 'davon', 'aus', 'sagte', 'singh']
    """
    return [t.casefold() for t in WORD.findall(text or "")]


# --- gold loading ------------------------------------------------------------------------


class GoldDoc(NamedTuple):
    """One gold article: its reference, the normalised text, and its gold attributions (dicts)."""

    doc: str
    text: str
    attributions: list[dict[str, Any]]


def default_data_root() -> Path:
    """`$CLAIMGRAPH_SHARED/data`, else `<repo>/../shared/data`."""
    env = os.environ.get("CLAIMGRAPH_SHARED")
    if env:
        return Path(env) / "data"
    return Path(__file__).resolve().parents[2].parent / "shared" / "data"


def text_sha256(text: str) -> str:
    """Hex sha256 of a (normalised) text, as stored in gold lines."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=16)
def _csv_texts(path: str) -> tuple[str, ...]:
    csv.field_size_limit(1 << 26)
    with open(path, encoding="utf-8", newline="") as fh:
        return tuple(row.get("text") or "" for row in csv.DictReader(fh))


def read_doc_text(doc: str, gold_dir: Path, data_root: Path) -> str:
    """The normalised text a gold `doc` reference names.

    `name.txt` is read beside gold.jsonl first, then below the data root; `file.csv#N` is data
    row N (0-based) of the CSV's `text` column.
    """
    ref, _, row = doc.partition("#")
    path = gold_dir / ref
    if not path.exists():
        path = data_root / ref
    if not path.exists():
        raise GoldError(f"{gold_dir / 'gold.jsonl'}: text '{ref}' not found beside it or in {data_root}")
    if row:
        texts = _csv_texts(str(path))
        if not row.isdigit() or int(row) >= len(texts):
            raise GoldError(f"{doc}: no data row {row} in {path} ({len(texts)} rows)")
        return normalize(texts[int(row)])
    return normalize(path.read_text(encoding="utf-8"))


def _span_text(text: str, spans: list[list[int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def _check_item(item: dict[str, Any], text: str, where: str) -> dict[str, Any]:
    """Fill `content` from spans when missing; fail when a span no longer shows its string."""
    spans = item.get("content_spans") or ([item["content_span"]] if item.get("content_span") else [])
    for s, e in spans:
        if not (0 <= s <= e <= len(text)):
            raise GoldError(f"{where}: content span [{s}, {e}) is outside the text")
    if not item.get("content"):
        if not spans:
            raise GoldError(f"{where}: attribution without content or content span")
        item["content"] = _span_text(text, spans)
    elif spans and tokens(_span_text(text, spans)) != tokens(item["content"]):
        raise GoldError(f"{where}: content span shows {_span_text(text, spans)[:60]!r}, "
                        f"not {item['content'][:60]!r}")
    for role in ("source", "cue"):
        span = item.get(f"{role}_span")
        if span and tokens(text[span[0]:span[1]]) != tokens(item.get(role)):
            raise GoldError(f"{where}: {role} span shows {text[span[0]:span[1]]!r}, "
                            f"not {item.get(role)!r}")
    item.setdefault("source", "")
    item.setdefault("cue", "")
    return item


def load_gold(gold_dir: str | Path, data_root: str | Path | None = None) -> list[GoldDoc]:
    """Read `<gold_dir>/gold.jsonl` with the texts it points to.

    Returns a list of (doc, text, attributions). Raises GoldError when a text is missing or its
    sha256 differs from the line's `text_sha256` (the spans would point into another text).
    """
    gold_dir = Path(gold_dir)
    root = Path(data_root) if data_root else default_data_root()
    path = gold_dir / "gold.jsonl"
    if not path.is_file():
        raise GoldError(f"{path}: no gold.jsonl in this folder")
    out: list[GoldDoc] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path} line {n}: invalid JSON ({exc.msg})") from None
        if "doc" not in rec:
            raise GoldError(f"{path} line {n}: no 'doc' field")
        text = read_doc_text(rec["doc"], gold_dir, root)
        want = rec.get("text_sha256")
        if want and text_sha256(text) != want:
            raise GoldError(f"{path} line {n}: the text of {rec['doc']} changed "
                            f"(sha256 {text_sha256(text)[:12]}… is not {want[:12]}…)")
        atts = [_check_item(dict(a), text, f"{path} line {n} ({rec['doc']}) item {i}")
                for i, a in enumerate(rec.get("attributions") or [])]
        out.append(GoldDoc(rec["doc"], text, atts))
    return out


# --- span helper for annotators ----------------------------------------------------------


def locate(text: str, needle: str, *, near: int | None = None, what: str = "string") -> list[int]:
    """Span of `needle` in `text`; used by annotators so they only type strings.

    Without `near` the needle must occur exactly once; with `near` (a character offset, e.g. the
    content's start) the closest occurrence wins. Raises GoldError when absent or ambiguous.
    """
    if not needle:
        raise GoldError(f"empty {what}")
    # whole words only: "sie" must not be found inside "diese"
    pattern = r"(?<!\w)" + re.escape(needle) + r"(?!\w)"
    starts = [m.start() for m in re.finditer(pattern, text)]
    if not starts:
        raise GoldError(f"{what} not found: {needle!r}")
    if near is None:
        if len(starts) > 1:
            raise GoldError(f"{what} occurs {len(starts)} times: {needle!r}")
        return [starts[0], starts[0] + len(needle)]
    best = min(starts, key=lambda s: (abs(s - near), s))
    return [best, best + len(needle)]
