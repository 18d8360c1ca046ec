"""Questions users ask of a stored corpus (`claimgraph query ...`) and the rows exports read.

Each method returns flat rows (dicts of plain values) so the CLI can print them as a table,
JSON or CSV without knowing what they mean. Mixed into `SQLStore`; SQL stays in this package.
"""

from __future__ import annotations

import json
import re
from typing import Any, Iterator

#: tables in export order; `documents.body` and `attributions.data` (the contract JSON) are left
#: out of table exports because the JSON export carries them whole
TABLES: tuple[str, ...] = (
    "documents", "entities", "entity_aliases", "entity_links", "mentions", "attributions", "vias",
    "quantities", "embeds", "findings", "finding_attributions", "clusters", "cluster_members",
    "quarantine",
)
_HEAVY = {"documents": {"body"}, "attributions": {"data"}}

#: a fuzzy name match counts from this mean word score on (0-100, rapidfuzz ratio of each
#: word asked for to its closest word of the name): "Singh" vs "Sabrina Singh" scores 100,
#: "Selensky" vs "Wolodymyr Selenskyj" 94, "Petra Keler" 95, "Scholz" vs "Schulz" 83 (no match)
SAID_MIN_SCORE = 86

_ROW = ("SELECT a.id AS attribution, d.id AS document, a.local_id, d.title, d.date, d.outlet, "
        "a.source_name AS source, a.source_type AS type, a.kind, a.cue, a.content, "
        "a.source_entity_id AS entity FROM attributions a JOIN documents d ON d.id = a.document_id ")


class QueryMixin:
    """Query methods shared by every SQL backend (needs `_all`, `_one`, `_lock`, `conn`)."""

    _all: Any
    _one: Any
    _sql: Any
    _lock: Any
    conn: Any

    # --- helpers --------------------------------------------------------------------------

    def _with_vias(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Add `via` (relay names, outermost first, joined by ' > ') to attribution rows."""
        ids = [r["attribution"] for r in rows]
        names: dict[int, list[str]] = {}
        for i in range(0, len(ids), 500):
            chunk = ids[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            for v in self._all(f"SELECT attribution_id, name FROM vias WHERE attribution_id IN "
                               f"({marks}) ORDER BY attribution_id, position", chunk):
                names.setdefault(v["attribution_id"], []).append(v["name"])
        for r in rows:
            r["via"] = " > ".join(names.get(r["attribution"], []))
        return rows

    # --- claimgraph query ... -------------------------------------------------------------

    def said(self, source: str, *, limit: int = 500,
             min_score: int = SAID_MIN_SCORE) -> list[dict[str, Any]]:
        """What did a source say: attributions of entities whose name or alias fuzzily matches."""
        from rapidfuzz import fuzz, process, utils

        choices: dict[tuple[int, str], str] = {}
        for r in self._all("SELECT id, name FROM entities"):
            choices[(r["id"], r["name"])] = r["name"]
        for r in self._all("SELECT entity_id, alias FROM entity_aliases"):
            choices[(r["entity_id"], r["alias"])] = r["alias"]
        best: dict[int, float] = {}
        query = utils.default_process(source).split()
        # a fast C prefilter, then a word-by-word score: every word asked for must be close to
        # some word of the name ("Selensky" ~ "Wolodymyr Selenskyj"), and a short word may not
        # hide inside a longer one (WRatio scores "Er" in "Sprecher" 90)
        for choice, _, (eid, _name) in process.extract(
                source, choices, scorer=fuzz.WRatio, processor=utils.default_process,
                score_cutoff=60, limit=None):
            words = utils.default_process(choice).split()
            if not query or not words:
                continue
            score = sum(max(fuzz.ratio(q, w) for w in words) for q in query) / len(query)
            if score >= min_score:
                best[eid] = max(best.get(eid, 0.0), score)
        if not best:
            return []
        ids = sorted(best, key=lambda e: (-best[e], e))[:200]
        marks = ", ".join("?" * len(ids))
        rows = self._all(_ROW + f"WHERE a.source_entity_id IN ({marks}) ORDER BY d.id, a.id LIMIT ?",
                         list(ids) + [limit])
        for r in rows:
            r["match"] = round(best[r["entity"]], 1)
        rows.sort(key=lambda r: -r["match"])
        return self._with_vias(rows)

    def about(self, term: str, *, limit: int = 500) -> list[dict[str, Any]]:
        """Who said something about `term` (content contains it, case-insensitive)."""
        from .sql import like

        rows = self._all(_ROW + "WHERE lower(a.content) LIKE ? ESCAPE '\\' "
                         "ORDER BY a.source_name, d.id, a.id LIMIT ?", (like(term), limit))
        return self._with_vias(rows)

    def single_source(self, *, limit: int = 500) -> list[dict[str, Any]]:
        """Claims resting on one original source: single_source findings, and claim clusters
        spanning several documents whose members all name the same source."""
        rows = self._all(
            "SELECT f.id AS finding, f.scope, f.summary, a.id AS attribution, a.document_id AS document, "
            "a.source_name AS source, a.content FROM findings f "
            "LEFT JOIN finding_attributions fa ON fa.finding_id = f.id "
            "LEFT JOIN attributions a ON a.id = fa.attribution_id "
            "WHERE f.type = ? ORDER BY f.id, fa.position LIMIT ?", ("single_source", limit))
        for r in rows:
            r["basis"] = "finding"
        clusters = self._all(
            "SELECT m.cluster_id FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id "
            "GROUP BY m.cluster_id HAVING COUNT(DISTINCT a.source_entity_id) = 1 "
            "AND COUNT(DISTINCT a.document_id) > 1 ORDER BY m.cluster_id")
        for c in clusters:
            for r in self._all(
                    "SELECT a.id AS attribution, a.document_id AS document, a.source_name AS source, "
                    "a.content FROM cluster_members m JOIN attributions a ON a.id = m.attribution_id "
                    "WHERE m.cluster_id = ? ORDER BY a.document_id, a.id", (c["cluster_id"],)):
                rows.append({"finding": None, "scope": "cluster", "summary":
                             f"cluster {c['cluster_id']}: one source across documents",
                             **r, "basis": "cluster"})
        return rows[:limit]

    def resolve_attribution(self, ref: int | str) -> int | None:
        """Global attribution id from an int, "<doc row id or hash (prefix)>#a4" or ":a4"."""
        from .sql import MAX_ROW_ID

        ref = str(ref).strip()
        if any(p.isdigit() and int(p) > MAX_ROW_ID for p in re.split(r"[#:/]", ref)):
            return None
        if ref.isdigit():
            row = self._one("SELECT id FROM attributions WHERE id = ?", (int(ref),))
            return int(row["id"]) if row else None
        m = re.fullmatch(r"(.+?)[#:/](a\d+)", ref)
        if not m:
            return None
        doc, local = m.groups()
        if doc.isdigit():
            row = self._one("SELECT id FROM attributions WHERE document_id = ? AND local_id = ?",
                            (int(doc), local))
        else:
            rows = self._all("SELECT a.id FROM attributions a JOIN documents d ON d.id = a.document_id "
                             "WHERE d.hash LIKE ? AND a.local_id = ? LIMIT 2",
                             (re.sub(r"[%_\\]", "", doc) + "%", local))
            row = rows[0] if len(rows) == 1 else None
        return int(row["id"]) if row else None

    def chain(self, ref: int | str) -> list[dict[str, Any]]:
        """The relay chain of one attribution: source <- via (innermost first) <- document outlet."""
        att_id = self.resolve_attribution(ref)
        if att_id is None:
            return []
        a = self._one(
            "SELECT a.id, a.local_id, a.kind, a.cue, a.content, a.source_name, a.source_text, "
            "a.source_type, a.source_entity_id, d.id AS document, d.title, d.path, d.outlet, d.url "
            "FROM attributions a JOIN documents d ON d.id = a.document_id WHERE a.id = ?", (att_id,))
        assert a is not None
        steps = [{"role": "source", "name": a["source_name"] or a["source_text"] or "(unnamed)",
                  "type": a["source_type"], "entity": a["source_entity_id"]}]
        vias = self._all("SELECT name, type, entity_id FROM vias WHERE attribution_id = ? "
                         "ORDER BY position DESC", (att_id,))
        steps += [{"role": "via", "name": v["name"], "type": v["type"], "entity": v["entity_id"]}
                  for v in vias]
        steps.append({"role": "outlet", "name": a["outlet"] or a["url"] or a["path"],
                      "type": "outlet" if a["outlet"] else "document", "entity": None})
        for i, s in enumerate(steps):
            s.update(step=i, attribution=a["id"], document=a["document"], local_id=a["local_id"],
                     content=a["content"] if i == 0 else "")
        return steps

    def sources(self, *, outlet: str | None = None, since: str | None = None,
                until: str | None = None, limit: int = 500) -> list[dict[str, Any]]:
        """Sources with their statement and document counts, by document outlet (or relay) and date."""
        where, params = ["a.source_entity_id IS NOT NULL"], []
        if outlet:
            where.append("(lower(d.outlet) = ? OR EXISTS (SELECT 1 FROM vias v "
                         "WHERE v.attribution_id = a.id AND lower(v.name) = ?))")
            params += [outlet.casefold(), outlet.casefold()]
        if since:
            where.append("substr(d.date, 1, 10) >= ?")
            params.append(since)
        if until:
            where.append("substr(d.date, 1, 10) <= ?")
            params.append(until)
        return self._all(
            "SELECT e.id AS entity, e.name, e.type, COUNT(*) AS statements, "
            "COUNT(DISTINCT a.document_id) AS documents, MIN(d.date) AS first, MAX(d.date) AS last "
            "FROM attributions a JOIN entities e ON e.id = a.source_entity_id "
            "JOIN documents d ON d.id = a.document_id WHERE " + " AND ".join(where)
            + " GROUP BY e.id, e.name, e.type ORDER BY statements DESC, e.name LIMIT ?",
            params + [limit])

    # --- exports --------------------------------------------------------------------------

    def table_columns(self, table: str) -> list[str]:
        if table not in TABLES:
            raise ValueError(f"unknown table {table!r}")
        cur = self.conn.execute(self._sql(f"SELECT * FROM {table} WHERE 1 = 0"))
        cols = [d[0] for d in cur.description]
        cur.close()
        return [c for c in cols if c not in _HEAVY.get(table, ())]

    def iter_table(self, table: str, batch: int = 5000) -> Iterator[tuple[Any, ...]]:
        """Rows of one table (columns as `table_columns`), streamed in batches."""
        cols = self.table_columns(table)
        with self._lock:
            cur = self.conn.execute(self._sql(f"SELECT {', '.join(cols)} FROM {table} ORDER BY 1"))
            while True:
                rows = cur.fetchmany(batch)
                if not rows:
                    break
                yield from (tuple(r) for r in rows)
            cur.close()

    def iter_bodies(self, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Stored contract documents (dicts), in row order."""
        last = 0
        while True:
            rows = self._all("SELECT id, body FROM documents WHERE id > ? ORDER BY id LIMIT ?",
                             (last, batch))
            if not rows:
                return
            for r in rows:
                yield json.loads(r["body"])
            last = rows[-1]["id"]

    def graph(self) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        """Nodes (sources, outlets, documents) and weighted edges (says, relays, cites, publishes)."""
        nodes: dict[str, dict[str, Any]] = {}
        edges: dict[tuple[str, str, str], dict[str, Any]] = {}

        def edge(src: str, dst: str, label: str, att: str) -> None:
            e = edges.setdefault((src, dst, label), {"source": src, "target": dst, "label": label,
                                                     "weight": 0, "attributions": []})
            e["weight"] += 1
            e["attributions"].append(att)

        for r in self._all("SELECT id, name, type FROM entities WHERE id IN "
                           "(SELECT source_entity_id FROM attributions) OR id IN "
                           "(SELECT entity_id FROM vias)"):
            nodes[f"e{r['id']}"] = {"id": f"e{r['id']}", "label": r["name"], "type": r["type"]}
        outlets = {r["key"]: r["id"] for r in self._all(
            "SELECT id, key FROM entities WHERE type = ?", ("outlet",))}
        docs: dict[int, str | None] = {}
        for r in self._all("SELECT id, title, path, outlet, date FROM documents"):
            nid = f"d{r['id']}"
            nodes[nid] = {"id": nid, "label": r["title"] or r["path"] or nid, "type": "document"}
            if r["outlet"]:
                from .sql import entity_key

                oid = outlets.get(entity_key(r["outlet"], "outlet"))
                onode = f"e{oid}" if oid else f"o:{r['outlet'].casefold()}"
                nodes.setdefault(onode, {"id": onode, "label": r["outlet"], "type": "outlet"})
                docs[r["id"]] = onode
                edge(onode, nid, "publishes", "")
        vias: dict[int, list[int | None]] = {}
        for v in self._all("SELECT attribution_id, entity_id FROM vias ORDER BY attribution_id, position"):
            vias.setdefault(v["attribution_id"], []).append(v["entity_id"])
        for a in self._all("SELECT id, document_id, local_id, source_entity_id FROM attributions"):
            ref = f"d{a['document_id']}#{a['local_id']}"
            doc = f"d{a['document_id']}"
            src = f"e{a['source_entity_id']}" if a["source_entity_id"] else None
            if src:
                edge(src, doc, "says", ref)
            chain = [f"e{v}" for v in vias.get(a["id"], []) if v]
            for outer, inner in zip(chain, chain[1:] + ([src] if src else [])):
                edge(outer, inner, "relays", ref)
            if chain:
                edge(doc, chain[0], "cites", ref)
        out = list(edges.values())
        for e in out:
            e["attributions"] = " ".join(a for a in e["attributions"] if a)
        return list(nodes.values()), out
