"""Read inputs into Documents: plain text, HTML, JSONL, stdin, directories (WARC: warc.py).

`read(path)` yields `Item`s, one per document, each with either a Document or an error
message; one bad input never stops the others.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..config import LIMITS
from ..errors import InputError
from ..model import Document
from . import html as html_mod
from . import jsonl as jsonl_mod
from .text import decode, normalize

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
KNOWN_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES


@dataclass
class Item:
    """One input document: `doc` when it was read, else `error` (one line, names the input)."""

    name: str
    doc: Document | None = None
    error: str | None = None


def from_text(text: str, *, path: str | None = None, title: str | None = None,
              lang: str | None = None, meta: dict | None = None) -> Document:
    """A Document from already decoded text (normalised here)."""
    text = normalize(text)
    if title:
        title = normalize(title)
        if not text.startswith(title):
            # keep the headline in the text so its attributions ("Rutte: …") have spans
            text = f"{title}\n{text}"
    return Document(text=text, path=path, title=title, lang=lang, meta=dict(meta or {}))


def from_html(html: str, *, path: str | None = None, url: str | None = None,
              meta: dict | None = None) -> Document:
    data = html_mod.extract(html, path or url or "<html>", url=url)
    m = dict(meta or {})
    m.update({"format": "html", "date": m.get("date") or data.get("date")})
    if url:
        m["url"] = url
    doc = from_text(data["text"], path=path or url, title=data.get("title"), meta=m)
    if data.get("embeds"):
        doc.meta["html_embeds"] = data["embeds"]
    return doc


def _check_size(size: int, name: str, limit: int) -> None:
    if size > limit:
        raise InputError(
            f"{name}: {size:,} bytes is above the input limit of {limit:,} bytes "
            "(raise it with --max-bytes or CLAIMGRAPH_MAX_BYTES)"
        )


def read_bytes(data: bytes, name: str, *, kind: str | None = None,
               max_bytes: int | None = None) -> Iterator[Item]:
    """Items from one input's bytes; `kind` is txt | html | jsonl (guessed when None)."""
    limit = max_bytes or LIMITS.max_bytes
    try:
        _check_size(len(data), name, limit)
        if kind == "warc" or (kind is None and data[:5] == b"WARC/"):
            from . import warc

            stats = warc.WarcStats()
            yield from warc.read_warc_bytes(data, name, stats=stats)
            yield from _corrupt_warc(name, stats)
            return
        text = decode(data, name)
    except InputError as exc:
        yield Item(name, error=str(exc))
        return
    if kind is None:
        if text.lstrip().startswith("{") and name.endswith(JSONL_SUFFIXES + ("<stdin>",)):
            kind = "jsonl"
        elif name.lower().endswith(JSONL_SUFFIXES):
            kind = "jsonl"
        elif name.lower().endswith(HTML_SUFFIXES) or html_mod.looks_like_html(text):
            kind = "html"
        else:
            kind = "txt"
    if kind == "jsonl":
        for line_name, rec in jsonl_mod.iter_lines(text, name):
            if isinstance(rec, InputError):
                yield Item(line_name, error=str(rec))
                continue
            meta = {"format": "jsonl", "date": rec.get("date"), "url": rec.get("url")}
            yield Item(line_name, doc=from_text(rec["text"], path=rec.get("url") or line_name,
                                                title=rec.get("title"), lang=rec.get("lang"),
                                                meta=meta))
        return
    try:
        if kind == "html":
            doc = from_html(text, path=name)
        else:
            doc = Document(text=text, path=name, meta={"format": "text"})
    except InputError as exc:
        yield Item(name, error=str(exc))
        return
    yield Item(name, doc=doc)


def expand(paths: Iterable[str]) -> Iterator[str]:
    """Paths with directories expanded (sorted, known suffixes only); `-` stays stdin."""
    for p in paths:
        if p == "-":
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for sub in sorted(path.rglob("*")):
                if sub.is_file() and sub.name.lower().endswith(KNOWN_SUFFIXES) \
                        and not sub.name.startswith("."):
                    yield str(sub)
        else:
            yield p


def _corrupt_warc(name: str, stats: "object") -> Iterator[Item]:
    """One error Item for a WARC with corrupt or truncated records, so that a damaged file is
    quarantined with a reason instead of losing its records silently."""
    corrupt = getattr(stats, "corrupt", 0)
    if corrupt:
        yield Item(name, error=f"{name}: {corrupt} corrupt or truncated WARC record(s) skipped")


def read(path: str, *, max_bytes: int | None = None) -> Iterator[Item]:
    """Items from one path (file, or `-` for standard input)."""
    limit = max_bytes or LIMITS.max_bytes
    if path == "-":
        data = sys.stdin.buffer.read(limit + 1)
        yield from read_bytes(data, "<stdin>", max_bytes=limit)
        return
    try:
        size = os.path.getsize(path)
    except OSError as exc:
        yield Item(path, error=f"{path}: cannot be read ({exc.strerror or exc})")
        return
    if path.lower().endswith(WARC_SUFFIXES):
        from . import warc

        stats = warc.WarcStats()
        yield from warc.read_warc_path(path, stats=stats)
        yield from _corrupt_warc(path, stats)
        return
    try:
        _check_size(size, path, limit)
        with open(path, "rb") as fh:
            data = fh.read()
    except InputError as exc:
        yield Item(path, error=str(exc))
        return
    except OSError as exc:
        yield Item(path, error=f"{path}: cannot be read ({exc.strerror or exc})")
        return
    yield from read_bytes(data, path, max_bytes=limit)


def read_all(paths: Iterable[str], *, max_bytes: int | None = None) -> Iterator[Item]:
    for p in expand(paths):
        yield from read(p, max_bytes=max_bytes)
