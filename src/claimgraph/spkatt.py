"""Convert SpkAtt-2023 Task 1 (German parliamentary speeches) into a claimgraph gold set.

SpkAtt ships one JSON file per speech: `Sentences` (token lists) and `Annotations` (per cue:
token addresses "sentence:token" of Cue, PTC, Message, Source, Addr, Topic, Medium, Evidence).
We cannot copy those texts into the repository, so the converter writes to a folder the user
chooses: one `<speech>.txt` per speech plus a `gold.jsonl` whose spans point into those texts,
ready for `claimgraph eval OUT_DIR`.

Mapping: Cue (+ PTC, the separated verb particle of "weist … hin") -> cue; Message -> content;
Source -> source; kind is null (SpkAtt has no such label). Annotations without a Message
(225 of 515 in the dev split: cues with only a Topic or no roles at all) have nothing to match
a content against and are skipped; the count is reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import InputError
from .ingest.text import normalize

#: Tokens written without a space before them.
_NO_SPACE_BEFORE = frozenset(".,;:!?)]}%…“")
#: Tokens written without a space after them.
_NO_SPACE_AFTER = frozenset("([{„")


class SpkAttError(InputError):
    """A SpkAtt split cannot be read: missing folder, bad JSON, token address out of range."""


@dataclass
class ConvertStats:
    """What a conversion wrote: speeches, attributions kept, annotations skipped."""

    speeches: int = 0
    attributions: int = 0
    skipped_no_message: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"speeches": self.speeches, "attributions": self.attributions,
                "skipped_no_message": self.skipped_no_message}


def detokenize(sentences: list[list[str]]) -> tuple[str, dict[tuple[int, int], tuple[int, int]]]:
    """Join token lists into one text; return it with the character span of every token.

    All sentences form one paragraph (SpkAtt gives no paragraph breaks, and 18 of the 290 dev
    messages run over a sentence boundary, which a line break per sentence would cut).
    """
    parts: list[str] = []
    pos = 0
    offsets: dict[tuple[int, int], tuple[int, int]] = {}
    prev = ""
    for si, toks in enumerate(sentences):
        for ti, raw in enumerate(toks):
            tok = "".join(normalize(raw).split())
            if parts and tok and tok not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
                parts.append(" ")
                pos += 1
            offsets[(si, ti)] = (pos, pos + len(tok))
            parts.append(tok)
            pos += len(tok)
            prev = tok or prev
    return "".join(parts), offsets


def _address(addr: str, where: str) -> tuple[int, int]:
    try:
        s, t = addr.split(":")
        return int(s), int(t)
    except ValueError:
        raise SpkAttError(f"{where}: bad token address {addr!r}") from None


def _spans(addrs: list[str], offsets: dict[tuple[int, int], tuple[int, int]],
           where: str) -> list[list[int]]:
    """Character spans of token addresses, adjacent tokens merged into one span."""
    keys = sorted(_address(a, where) for a in addrs)
    spans: list[list[int]] = []
    last: tuple[int, int] | None = None
    for key in keys:
        if key not in offsets:
            raise SpkAttError(f"{where}: token {key[0]}:{key[1]} does not exist")
        s, e = offsets[key]
        if spans and last is not None and (key == (last[0], last[1] + 1) or key[0] == last[0] + 1
                                           and key[1] == 0 and spans[-1][1] + 1 >= s):
            spans[-1][1] = e
        else:
            spans.append([s, e])
        last = key
    return spans


def _joined(text: str, spans: list[list[int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def convert_speech(data: dict[str, Any], name: str) -> tuple[str, list[dict[str, Any]], int]:
    """One speech's text, its gold attributions and the number of annotations skipped."""
    try:
        sentences = [list(s["Tokens"]) for s in data["Sentences"]]
        annotations = list(data["Annotations"])
    except (KeyError, TypeError):
        raise SpkAttError(f"{name}: not a SpkAtt Task 1 file (needs Sentences and Annotations)") from None
    text, offsets = detokenize(sentences)
    atts: list[dict[str, Any]] = []
    skipped = 0
    for n, ann in enumerate(annotations):
        where = f"{name} annotation {n}"
        if not ann.get("Message"):
            skipped += 1
            continue
        content = _spans(ann["Message"], offsets, where)
        cue = _spans(list(ann.get("Cue") or []) + list(ann.get("PTC") or []), offsets, where)
        source = _spans(ann.get("Source") or [], offsets, where)
        item: dict[str, Any] = {"content": _joined(text, content)}
        if len(content) == 1:
            item["content_span"] = content[0]
        else:
            item["content_spans"] = content
        item["source"] = _joined(text, source)
        item["source_span"] = source[0] if len(source) == 1 else None
        if len(source) > 1:
            item["source_spans"] = source
        item["cue"] = _joined(text, cue)
        item["cue_span"] = cue[0] if len(cue) == 1 else None
        if len(cue) > 1:
            item["cue_spans"] = cue
        item["kind"] = None
        item["optional"] = False
        atts.append(item)
    atts.sort(key=lambda a: (a.get("content_span") or a["content_spans"][0])[0])
    return text, atts, skipped


_README = """# SpkAtt-2023 Task 1 converted by `claimgraph convert-spkatt`

Source: {split} (SpkAtt-2023, GermEval 2023; Rehbein et al. 2023). The annotated data is
licensed CC BY-SA 4.0 (datasheet of the SpkAtt-2023 repository); this derived copy is too.
Do not commit it into the claimgraph repository.

One `<speech>.txt` per speech (all sentences as one paragraph), `gold.jsonl` with spans into them.
Cue (+PTC) -> cue, Message -> content, Source -> source, kind null.
Speeches: {speeches}; attributions: {attributions}; annotations skipped because they have no
Message: {skipped_no_message}.
"""


def convert_spkatt(split_dir: str | Path, out_dir: str | Path) -> ConvertStats:
    """Convert every `*.json` speech in `split_dir` into texts + gold.jsonl in `out_dir`."""
    from .gold import text_sha256

    split = Path(split_dir)
    files = sorted(split.glob("*.json")) if split.is_dir() else []
    if not files:
        raise SpkAttError(f"{split}: no SpkAtt *.json files in this folder")
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stats = ConvertStats()
    lines = []
    for path in files:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            raise SpkAttError(f"{path}: not valid JSON ({exc})") from None
        text, atts, skipped = convert_speech(data, path.name)
        doc = path.stem + ".txt"
        (out / doc).write_text(text + "\n", encoding="utf-8")
        lines.append(json.dumps({"doc": doc, "text_sha256": text_sha256(normalize(text)),
                                 "attributions": atts}, ensure_ascii=False))
        stats.speeches += 1
        stats.attributions += len(atts)
        stats.skipped_no_message += skipped
    (out / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "README.md").write_text(_README.format(split=split, **stats.to_dict()), encoding="utf-8")
    return stats
