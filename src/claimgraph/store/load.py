"""Ingest into a store: read, skip what is stored, analyse (in parallel), store, quarantine.

Resume is by content hash: an input whose `doc.id` is already stored is skipped *before*
analysis, so re-running an interrupted ingest only analyses what is missing. Each document is
stored in its own transaction, so an interruption loses at most the documents in flight.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterable

from ..errors import StoreError
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
           on_event: Callable[[str, str, IngestSummary], None] | None = None) -> IngestSummary:
    """Analyse `paths` into `store`; returns the counts.

    Args:
        paths: files, directories or `-`, as for `claimgraph analyze`.
        store: an open store (`open_store(url)`).
        workers: analysing processes (0: all cores); the store is written by this process only.
        compare: run the cross-document comparison (`store.refresh_findings()`) at the end.
        on_event: called with ("stored" | "skipped" | "failed", name, summary) per input.
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

    for res in analyze_many(paths, workers=workers, lang=lang, max_bytes=max_bytes, skip=skip):
        error = res.error
        if res.ok and res.doc is not None:
            if res.doc.id not in seen:  # text known only now (a WARC page read in a worker)
                if store.has(res.doc.id):
                    summary.skipped += 1
                    emit("skipped", res.name, summary)
                    continue
                seen.add(res.doc.id)
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
