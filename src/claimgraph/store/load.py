"""Ingest into a store: read, skip what is stored, analyse (in parallel), store, quarantine.

Resume is by content hash: an input whose `doc.id` is already stored is skipped *before*
analysis, so re-running an interrupted ingest only analyses what is missing. Each document is
stored in its own transaction, so an interruption loses at most the documents in flight.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..ingest import Item
from ..pipeline import analyze_many


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


def ingest(paths: Iterable[str], store: Any, *, workers: int = 1, lang: str | None = None,
           max_bytes: int | None = None, compare: bool = True,
           on_event: Callable[[str, str, IngestSummary], None] | None = None,
           batch: int = 50) -> IngestSummary:
    """Analyse `paths` into `store`; returns the counts.

    Args:
        paths: files, directories or `-`, as for `claimgraph analyze`.
        store: an open store (`open_store(url)`).
        workers: analysing processes (0: all cores); the store is written by this process only.
        compare: run the cross-document comparison (`store.refresh_findings()`) at the end.
        on_event: called with ("stored" | "skipped" | "failed", name, summary) per input.
        batch: analysed documents stored per `store.add_many` call (one transaction on
            PostgreSQL: 28 % -> 11 % storing overhead, docs/store.md "Cost"); an interruption
            loses at most this many analysed, unstored documents (resume analyses them again).
    """
    summary = IngestSummary()
    started = time.perf_counter()
    seen: set[str] = set()
    emit = on_event or (lambda *_: None)

    def skip(item: Item) -> bool:
        """Called before analysis: True for a document stored already (or earlier in this run)."""
        if item.doc is None:
            return False
        if item.doc.id in seen or store.has(item.doc.id):
            summary.skipped += 1
            emit("skipped", item.name, summary)
            return True
        seen.add(item.doc.id)
        return False

    def fail(name: str, error: str) -> None:
        summary.failed += 1
        summary.errors.append(error)
        store.quarantine(name, error)
        emit("failed", name, summary)

    pending: list[tuple[str, Any]] = []  # (name, analysed document) not stored yet

    def store_pending() -> None:
        results = store.add_many([doc for _, doc in pending])
        for (name, _), result in zip(pending, results):
            if isinstance(result, int):
                summary.stored += 1
                emit("stored", name, summary)
            else:  # a StoreError naming the document; the others of the batch are stored
                fail(name, str(result))
        pending.clear()

    try:
        for res in analyze_many(paths, workers=workers, lang=lang, max_bytes=max_bytes,
                                skip=skip):
            if res.ok and res.doc is not None:
                if res.doc.id not in seen:  # text known only now (a WARC page read in a worker)
                    if store.has(res.doc.id):
                        summary.skipped += 1
                        emit("skipped", res.name, summary)
                        continue
                    seen.add(res.doc.id)
                pending.append((res.name, res.doc))
                if len(pending) >= max(1, batch):
                    store_pending()
            elif res.error is None:
                summary.stored += 1
                emit("stored", res.name, summary)
            else:
                fail(res.name, res.error)
    finally:  # also on an error or Ctrl-C: what was analysed is kept
        store_pending()
    if compare and summary.stored:
        summary.findings = len(store.refresh_findings())
    summary.seconds = time.perf_counter() - started
    return summary
