"""The cross-document comparison of a store: a full recompute, or only what is new.

`refresh_findings()` (after every ingest, and `claimgraph compare`) compares the documents stored
since the last refresh with each other and with the stored documents that share a rare-enough
claim keys with them (two keys held by at most RELATED_MAX documents; table `claim_keys`,
migration 002), then stores the findings and clusters
that involve a new document:

- a new finding that includes every attribution of a stored one (the same conflict, now with one
  more relay) replaces it; one whose attributions a stored finding already holds is dropped;
- a new cluster is merged with the stored clusters it shares attributions with.

`refresh_findings(full=True)` (`claimgraph compare --full`) recomputes everything from all stored
documents and replaces the corpus findings and clusters. The first refresh of a store is full.
An incremental refresh sees less than a full one: a stored document that shares only frequent
keys with the new ones is not compared, and clusters are only ever merged, never split.
"""

from __future__ import annotations

import json
import re
import time
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..model import Document, Finding

#: a key held by more stored documents than this does not pull them into an incremental
#: comparison ("t:say", "p:Deutschland"); at 200, 100 new documents of the 2,000-document bench
#: pulled in 997 stored ones (half the store), at 50 fewer (bench/compare.py)
RELATED_MAX = 50
#: keys a stored document must share with one new document to be compared again: one shared
#: word rarely makes two claims the same matter (the edge score needs Dice >= 2/3 from it alone)
RELATED_KEYS = 2
#: placeholders per IN (...) list (SQLite allows 32,766; PostgreSQL more)
CHUNK = 500


@dataclass
class RefreshSummary:
    """What one refresh did (`claimgraph compare` prints `line()`)."""

    full: bool = False
    new: int = 0  # documents compared for the first time
    related: int = 0  # stored documents compared again because they share a key
    added: int = 0  # findings stored
    replaced: int = 0  # stored findings replaced by a larger one
    findings: int = 0  # corpus findings in the store afterwards
    clusters: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        mode = "full" if self.full else "incremental"
        return (f"compare ({mode}): {self.new} new documents, {self.related} stored documents "
                f"related; {self.added} findings added, {self.replaced} replaced; "
                f"{self.findings} corpus findings, {self.clusters} clusters in store "
                f"({self.seconds:.1f} s)")


def _chunks(items: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), CHUNK):
        yield items[i:i + CHUNK]


class RefreshMixin:
    """`refresh_findings` and `refresh` for SQLStore (needs its `_all`, `_exec`, `_many`,
    `_tx`, `_lock`, `_insert_id` and `_write_corpus_findings`)."""

    _all: Any
    _exec: Any
    _many: Any
    _tx: Any
    _lock: Any
    _insert_id: Any
    _write_corpus_findings: Any

    def refresh_findings(self, *, full: bool = False, options: Any = None) -> list[Finding]:
        """Compare what is new (or, `full`, everything); returns all stored corpus findings."""
        self.refresh(full=full, options=options)
        return self.corpus_findings()

    def corpus_findings(self) -> list[Finding]:
        """The stored cross-document findings, oldest first."""
        return [Finding.from_dict({**r, "attributions": json.loads(r["attributions"]),
                                   "sources": json.loads(r["sources"])}) for r in self._all(
            "SELECT type, summary, attributions, sources, reason, score FROM findings "
            "WHERE scope = ? ORDER BY id", ("corpus",))]

    def refresh(self, *, full: bool = False, options: Any = None) -> RefreshSummary:
        """Run the comparison and store its findings and clusters (see the module docstring).

        Args:
            full: recompute from every stored document instead of the new ones.
            options: a `claimgraph.compare.CompareOptions` (embeddings, time window, blocks).
        """
        from ..compare import compare_corpus

        started = time.perf_counter()
        summary = RefreshSummary()
        fresh = self._all("SELECT id, body FROM documents WHERE id NOT IN "
                          "(SELECT document_id FROM compared) ORDER BY id")
        done = self._all("SELECT COUNT(*) AS n FROM compared")[0]["n"]
        summary.full = full or not done
        if summary.full:
            rows = self._all("SELECT id, body FROM documents ORDER BY id")
            docs = [Document.from_dict(json.loads(r["body"])) for r in rows]
            new_ids = [r["id"] for r in rows]
            summary.new = len(fresh)
            result = compare_corpus(docs, options)
        elif fresh:
            new_docs = [Document.from_dict(json.loads(r["body"])) for r in fresh]
            new_ids = [r["id"] for r in fresh]
            keys = _document_keys(new_docs)
            related = self._related(keys, set(new_ids))
            docs = sorted(related + list(zip(new_ids, new_docs)), key=lambda p: p[0])
            summary.new, summary.related = len(new_docs), len(related)
            result = compare_corpus([d for _, d in docs], options, new={d.id for d in new_docs})
            docs = [d for _, d in docs]
        else:
            summary.findings = len(self.corpus_findings())
            summary.clusters = self._all("SELECT COUNT(*) AS n FROM clusters")[0]["n"]
            summary.seconds = time.perf_counter() - started
            return summary
        lookup = self._ref_lookup([d.id for d in docs])
        by_hash = {d.id: i for d, i in zip(docs if summary.full else new_docs, new_ids)}
        with self._lock, self._tx():
            if summary.full:
                self._exec("DELETE FROM findings WHERE scope = ?", ("corpus",))
                self._exec("DELETE FROM clusters")
                self._exec("DELETE FROM claim_keys")
                self._exec("DELETE FROM compared")
                self._write_corpus_findings(result.findings, lookup)
                summary.added = len(result.findings)
                for members in result.clusters:
                    self._write_cluster(sorted({a for a in map(lookup, members) if a is not None}))
            else:
                summary.added, summary.replaced = self._merge_findings(result.findings, lookup)
                for members in result.clusters:
                    self._merge_cluster({a for a in map(lookup, members) if a is not None})
            self._many("INSERT INTO claim_keys (key, document_id) VALUES (?, ?)",
                       [(k, by_hash[h]) for h, ks in result.keys.items() if h in by_hash
                        for k in sorted(ks)])
            stamp = time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())
            self._many("INSERT INTO compared (document_id, compared_at) VALUES (?, ?)",
                       [(i, stamp) for i in new_ids])
        summary.findings = len(self.corpus_findings())
        summary.clusters = self._all("SELECT COUNT(*) AS n FROM clusters")[0]["n"]
        summary.seconds = time.perf_counter() - started
        return summary

    # --- helpers -------------------------------------------------------------------------

    def _related(self, keys: dict[str, frozenset[str]],
                 exclude: set[int]) -> list[tuple[int, Document]]:
        """(row id, document) of compared documents that share at least `RELATED_KEYS` keys
        held by <= RELATED_MAX documents with one new document (`keys`: its doc id -> keys)."""
        rare: set[str] = set()
        every = sorted({k for ks in keys.values() for k in ks})
        for part in _chunks(every):
            marks = ", ".join("?" * len(part))
            rare |= {r["key"] for r in self._all(
                f"SELECT key, COUNT(*) AS n FROM claim_keys WHERE key IN ({marks}) GROUP BY key",
                list(part)) if r["n"] <= RELATED_MAX}
        ids: set[int] = set()
        for mine in keys.values():
            wanted = sorted(mine & rare)
            need = min(RELATED_KEYS, len(mine))
            shared: dict[int, int] = {}
            for part in _chunks(wanted):
                marks = ", ".join("?" * len(part))
                for r in self._all(f"SELECT document_id, COUNT(*) AS n FROM claim_keys WHERE key "
                                   f"IN ({marks}) GROUP BY document_id", list(part)):
                    shared[int(r["document_id"])] = shared.get(int(r["document_id"]), 0) + r["n"]
            ids |= {d for d, n in shared.items() if n >= need}
        out: list[tuple[int, Document]] = []
        for part in _chunks(sorted(ids - exclude)):
            marks = ", ".join("?" * len(part))
            out += [(int(r["id"]), Document.from_dict(json.loads(r["body"]))) for r in self._all(
                f"SELECT id, body FROM documents WHERE id IN ({marks})", list(part))]
        return out

    def _merge_findings(self, found: Iterable[Finding],
                        lookup: Callable[[str], int | None]) -> tuple[int, int]:
        """Store new findings without repeating stored ones; returns (added, replaced)."""
        stored = [(r["id"], r["type"], frozenset(json.loads(r["attributions"]))) for r in self._all(
            "SELECT id, type, attributions FROM findings WHERE scope = ?", ("corpus",))]
        added, gone = [], set()
        for f in found:
            refs = frozenset(f.attributions)
            if any(t == f.type and refs <= old for i, t, old in stored if i not in gone):
                continue  # nothing new: a stored finding already holds all of it
            gone |= {i for i, t, old in stored if t == f.type and old < refs}
            added.append(f)
        for i in sorted(gone):
            self._exec("DELETE FROM findings WHERE id = ?", (i,))
        self._write_corpus_findings(added, lookup)
        return len(added), len(gone)

    def _write_cluster(self, ids: list[int]) -> None:
        cid = self._insert_id("INSERT INTO clusters (label, created_at) VALUES (?, ?)",
                              (None, time.strftime("%Y-%m-%dT%H:%M:%S+00:00", time.gmtime())))
        self._many("INSERT INTO cluster_members (cluster_id, attribution_id) VALUES (?, ?)",
                   [(cid, a) for a in ids])

    def _merge_cluster(self, ids: set[int]) -> None:
        """A new cluster joins every stored cluster it shares an attribution with."""
        if not ids:
            return
        marks = ", ".join("?" * len(ids))
        old = sorted({int(r["cluster_id"]) for r in self._all(
            f"SELECT cluster_id FROM cluster_members WHERE attribution_id IN ({marks})",
            sorted(ids))})
        for cid in old:
            ids |= {int(r["attribution_id"]) for r in self._all(
                "SELECT attribution_id FROM cluster_members WHERE cluster_id = ?", (cid,))}
            self._exec("DELETE FROM clusters WHERE id = ?", (cid,))
        self._write_cluster(sorted(ids))

    def _ref_lookup(self, hashes: Sequence[str] | None = None) -> Callable[[str], int | None]:
        """Attribution row id of a reference "<doc hash>#a4" (also ":a4", "/a4"), else None;
        `hashes`: read only the attributions of these documents."""
        sql = ("SELECT a.id, a.local_id, d.hash FROM attributions a "
               "JOIN documents d ON d.id = a.document_id")
        if hashes is None:
            rows = self._all(sql)
        else:
            rows = []
            for part in _chunks(list(hashes)):
                rows += self._all(sql + f" WHERE d.hash IN ({', '.join('?' * len(part))})",
                                  list(part))
        refs = {(r["hash"], r["local_id"]): int(r["id"]) for r in rows}

        def lookup(ref: str) -> int | None:
            m = re.fullmatch(r"(.+?)[#:/](a\d+)", ref) if isinstance(ref, str) else None
            return refs.get((m.group(1), m.group(2))) if m else None
        return lookup


def _document_keys(docs: Sequence[Document]) -> dict[str, frozenset[str]]:
    from ..claims.blocking import primary_keys
    from ..claims.normalize import build_claims

    return {d.id: frozenset(k for c in build_claims(d) if not c.container for k in primary_keys(c))
            for d in docs}
