"""Ingest into a store: read, skip what is stored, analyse (in parallel), store, quarantine.

Resume is by content hash: an input whose `doc.id` is already stored is skipped *before*
analysis, so re-running an interrupted ingest only analyses what is missing. Each document is
stored in its own transaction, so an interruption loses at most the documents in flight.
"""

from __future__ import annotations

import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable, Iterator

from ..errors import StoreError
from ..ingest import Item, read_all
from ..pipeline import Result, analyze_item

#: documents in flight per worker process: enough to keep workers busy, small enough that an
#: interruption wastes little and memory stays flat
IN_FLIGHT_PER_WORKER = 4


@dataclass
class IngestSummary:
    """Counts of one ingest run (what the summary line prints)."""

    stored: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    findings: int | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.stored + self.skipped + self.failed

    def line(self) -> str:
        rate = self.stored / self.seconds if self.seconds > 0 else 0.0
        text = (f"ingest: {self.stored} stored, {self.skipped} skipped (already stored), "
                f"{self.failed} failed, {self.seen} inputs in {self.seconds:.1f} s "
                f"({rate:.1f} docs/s)")
        if self.findings is not None:
            text += f"; {self.findings} findings"
        return text


def _analyze_pool(items: Iterable[Item], workers: int, lang: str | None) -> Iterator[Result]:
    """Results in input order from a process pool with a bounded number of items in flight."""
    import multiprocessing as mp
    from concurrent.futures import Future, ProcessPoolExecutor

    ctx = mp.get_context("spawn" if mp.get_start_method(allow_none=True) == "spawn" else "fork")
    window: deque[Future[Result]] = deque()
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        for item in items:
            window.append(pool.submit(analyze_item, item, lang))
            if len(window) >= workers * IN_FLIGHT_PER_WORKER:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()


def analyze_items(items: Iterable[Item], *, workers: int = 1,
                  lang: str | None = None) -> Iterator[Result]:
    """Analyse already read items, in order (sequentially, or with `workers` processes)."""
    if workers <= 1:
        for item in items:
            yield analyze_item(item, lang)
    else:
        yield from _analyze_pool(items, workers, lang)


def ingest(paths: Iterable[str], store: Any, *, workers: int = 1, lang: str | None = None,
           max_bytes: int | None = None, compare: bool = True,
           on_event: Callable[[str, str, IngestSummary], None] | None = None) -> IngestSummary:
    """Analyse `paths` into `store`; returns the counts.

    Args:
        paths: files, directories or `-`, as for `claimgraph analyze`.
        store: an open store (`open_store(url)`).
        workers: analysing processes (the store is written by this process only).
        compare: run the cross-document comparison (`store.refresh_findings()`) at the end.
        on_event: called with ("stored" | "skipped" | "failed", name, summary) per input.
    """
    summary = IngestSummary()
    started = time.perf_counter()
    seen: set[str] = set()
    emit = on_event or (lambda *_: None)

    def pending() -> Iterator[Item]:
        for item in read_all(paths, max_bytes=max_bytes):
            if item.doc is not None and (item.doc.id in seen or store.has(item.doc.id)):
                summary.skipped += 1
                emit("skipped", item.name, summary)
                continue
            if item.doc is not None:
                seen.add(item.doc.id)
            yield item

    for res in analyze_items(pending(), workers=workers, lang=lang):
        error = res.error
        if res.ok and res.doc is not None:
            try:
                store.add(res.doc)
            except StoreError as exc:
                error = str(exc)
        if error is None:
            summary.stored += 1
            emit("stored", res.name, summary)
        else:
            summary.failed += 1
            summary.errors.append(error)
            store.quarantine(res.name, error)
            emit("failed", res.name, summary)
    if compare and summary.stored:
        summary.findings = len(store.refresh_findings())
    summary.seconds = time.perf_counter() - started
    return summary
