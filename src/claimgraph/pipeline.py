"""The pipeline: stages in one visible list, `analyze()` for one text, `analyze_many()` for many.

Every stage is `stage(doc) -> doc`. A failure inside a stage becomes a quarantined item with a
reason naming the input and the stage; it never stops the other documents.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from . import langid
from .attribute import attribute
from .compare import compare_document
from .errors import ClaimgraphError, InputError, UnsupportedLanguage
from .ingest import Item, from_text, read_all
from .ingest.embeds import detect_embeds
from .measure import measure
from .model import Document
from .segment import segment
from .sources import resolve

log = logging.getLogger(__name__)


def detect_language(doc: Document) -> Document:
    """Stage: document language (kept when given), then each paragraph's own language."""
    if not doc.lang:
        doc.lang = langid.detect(doc.text)
    if doc.lang not in langid.SUPPORTED:
        shown = doc.lang or "unknown"
        raise UnsupportedLanguage(
            f"{doc.path or '<text>'}: language '{shown}' is not supported "
            f"(supported: {', '.join(langid.SUPPORTED)}; use --lang to override)"
        )
    for para in doc.paragraphs:
        if para.lang is None:
            para.lang = langid.detect_paragraph(doc.slice(para.span), doc.lang)
    return doc


def finalize(doc: Document) -> Document:
    """Stage: stable ids in text order (a1, a2, …) after all other stages ran."""
    for i, att in enumerate(doc.attributions, 1):
        old = att.id
        att.id = f"a{i}"
        if old and old != att.id:
            for linked in (*doc.quantities, *doc.mentions):
                if linked.attribution == old:
                    linked.attribution = att.id
    return doc


def _paragraphs(doc: Document) -> Document:
    from .segment import paragraphs

    if not doc.paragraphs:
        doc.paragraphs = paragraphs(doc.text)
    return doc


#: The stages, in order. Embeds are found before language detection so that a post in another
#: language is analysed with its own pack.
STAGES: list[Callable[[Document], Document]] = [
    _paragraphs,
    detect_embeds,
    detect_language,
    segment,
    attribute,
    resolve,
    measure,
    finalize,
    compare_document,
]


def run(doc: Document, stages: Iterable[Callable[[Document], Document]] | None = None) -> Document:
    """Run `stages` (default: all) over a Document from ingest."""
    for stage in STAGES if stages is None else stages:
        doc = stage(doc)
    return doc


def analyze(text: str, *, lang: str | None = None, path: str | None = None) -> Document:
    """Analyse one text and return its Document.

    >>> doc = analyze("Laut Pentagon sollen bereits Tausende Soldaten in Russland sein.")
    >>> doc.lang
    'de'
    """
    if not isinstance(text, str):
        raise InputError("analyze() expects text as str")
    doc = from_text(text, path=path, lang=lang)
    if not doc.text:
        raise InputError(f"{path or '<text>'}: empty input")
    return run(doc)


@dataclass
class Result:
    """Outcome of one input: a Document, or an error (one line naming the input)."""

    name: str
    doc: Document | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def analyze_item(item: Item, lang: str | None = None) -> Result:
    """Analyse one ingested item; any failure becomes a Result with a reason."""
    if item.doc is None:
        return Result(item.name, error=item.error or f"{item.name}: unreadable")
    doc = item.doc
    if lang:
        doc.lang = lang
    try:
        return Result(item.name, doc=run(doc))
    except ClaimgraphError as exc:
        msg = str(exc)
        return Result(item.name, error=msg if item.name in msg else f"{item.name}: {msg}")
    except RecursionError:
        return Result(item.name, error=f"{item.name}: input too deeply nested")
    except Exception as exc:  # quarantine: a bug on one document must not stop the run
        log.debug("analysis failed", exc_info=True)
        return Result(item.name, error=f"{item.name}: internal error ({exc.__class__.__name__}: {exc})")


def _worker(args: tuple[Item, str | None]) -> Result:
    """What a worker process runs: one item (module level, so it can be pickled); the
    Document comes back without its internal segmentation (tokens, sentences, quotes)."""
    from .scale.parallel import lean

    return lean(analyze_item(*args))


def analyze_many(paths: Iterable[str], *, workers: int = 1, lang: str | None = None,
                 max_bytes: int | None = None, skip: Callable[[Item], bool] | None = None,
                 window: int | None = None) -> Iterator[Result]:
    """Analyse many inputs (files, directories, WARC files, `-`), yielding Results in input order.

    With `workers > 1` a process pool analyses documents in parallel (see scale/parallel.py);
    output stays ordered and streaming, and at most `window` (default 2 per worker) documents
    are in flight, so memory stays flat on a WARC of any size.

    Args:
        skip: called in this process before a document is submitted; True leaves it out (resume:
            `skip=lambda item: item.doc is not None and store.has(item.doc.id)`).
        window: documents in flight at most.
    """
    from .scale.parallel import analyze_items, analyze_paths, default_workers

    workers = workers if workers > 0 else default_workers()
    paths = list(paths)
    if workers > 1 and (len(paths) > 1 or any(not p.endswith((".txt", ".html", ".htm", ".md"))
                                              for p in paths)):
        yield from analyze_paths(paths, workers=workers, lang=lang, max_bytes=max_bytes,
                                 skip=skip, window=window)
        return
    items: Iterable[Item] = read_all(paths, max_bytes=max_bytes)
    if skip is not None:
        items = (it for it in items if not skip(it))
    yield from analyze_items(items, workers=1, lang=lang)
