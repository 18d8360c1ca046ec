"""The claim-graph store: SQLite by default (one file), PostgreSQL by URL.

`open_store(url)` returns an object with the `Store` interface below. Every layer that
persists (CLI ingest/query/export, HTTP API, web page, scale jobs) talks only to this
interface, never to SQL directly.
"""

from __future__ import annotations

import os
from typing import Any, Protocol, Sequence

from ..errors import StoreError
from ..model import Document, Finding

DEFAULT_DB = "claimgraph.db"


class Store(Protocol):
    """What every backend offers. Ids of stored rows are ints; documents also have `doc.id`
    (the content hash), which makes ingest idempotent."""

    url: str

    def add(self, doc: Document) -> int:
        """Store one analysed document in one transaction; idempotent by `doc.id`
        (an already stored hash returns the existing row id). Returns the row id."""

    def add_many(self, docs: Sequence[Document]) -> list[int | StoreError]:
        """Store several documents (PostgreSQL: one transaction, one wait for the server);
        each result is the row id, or the StoreError naming a document that failed while the
        others were stored."""

    def has(self, doc_hash: str) -> bool:
        """True when a document with this content hash is stored (resume skips it)."""

    def quarantine(self, name: str, reason: str) -> None:
        """Record an input that could not be analysed, with a one-line reason."""

    def quarantined(self) -> list[dict[str, Any]]:
        """Quarantined inputs: name, reason, time."""

    def get_document(self, doc_id: int | str) -> Document | None:
        """A stored document (row id or content hash) as a full Document."""

    def list_documents(self, *, limit: int = 50, offset: int = 0, q: str | None = None,
                       outlet: str | None = None) -> list[dict[str, Any]]:
        """Rows: id, hash, path, title, lang, date, outlet, attributions (count)."""

    def list_entities(self, *, q: str | None = None, type: str | None = None,
                      limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        """Global entities: id, name, type, role, affiliation, statements, documents."""

    def get_entity(self, entity_id: int) -> dict[str, Any] | None:
        """One entity with `statements`: its attributions across documents (each with
        document id, title and the attribution dict of contract v1)."""

    def list_findings(self, *, type: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        """Findings within and across documents (contract v1 finding dicts + document ids)."""

    def search(self, q: str, *, limit: int = 50) -> list[dict[str, Any]]:
        """Attributions whose content or source matches `q`."""

    def refresh_findings(self, *, full: bool = False, options: Any = None) -> list[Finding]:
        """Compare the documents stored since the last refresh with each other and with the
        related stored ones (`full`: everything again); store findings and clusters; return
        all stored cross-document findings (see store/refresh.py)."""

    def refresh(self, *, full: bool = False, options: Any = None) -> Any:
        """The same comparison; returns a `refresh.RefreshSummary` (counts, seconds)."""

    def close(self) -> None: ...

    # --- added for `claimgraph query` and `claimgraph export` (flat rows) -------------------

    def said(self, source: str, *, limit: int = 500) -> list[dict[str, Any]]:
        """Attributions of sources whose name or alias fuzzily matches `source`."""

    def about(self, term: str, *, limit: int = 500) -> list[dict[str, Any]]:
        """Attributions whose content mentions `term`, with their sources."""

    def single_source(self, *, limit: int = 500) -> list[dict[str, Any]]:
        """Claims resting on one original source (findings and claim clusters)."""

    def chain(self, ref: int | str) -> list[dict[str, Any]]:
        """Relay chain of one attribution: source <- via outlets <- document outlet."""

    def sources(self, *, outlet: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Sources with statement/document counts, filtered by outlet and date."""


def open_store(url: str | None = None) -> Store:
    """Open (and migrate) a store: a path or `sqlite:///path` (default `claimgraph.db`),
    `:memory:`, or a `postgresql://` URL.

    >>> store = open_store(":memory:")
    >>> store.has("sha256:0")
    False
    >>> store.close()
    """
    url = url or os.environ.get("CLAIMGRAPH_DB") or DEFAULT_DB
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        return PostgresStore(url)
    if url.startswith("sqlite://"):
        path = url[len("sqlite://"):]
        path = path[1:] if path.startswith("/") else path  # sqlite:///rel, sqlite:////abs
        path = path or ":memory:"
    elif "://" in url:
        raise StoreError(f"{url}: unknown store URL (use a file path, sqlite:///path, "
                         ":memory: or postgresql://...)")
    else:
        path = url
    from .sqlite import SQLiteStore

    return SQLiteStore(path, url)
