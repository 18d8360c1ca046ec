"""The store on any DB-API connection: migrations, writes, and the reads of the `Store` interface.

One class serves SQLite and PostgreSQL; the few differences (placeholders, the auto-increment
key, transactions, a migration lock) live in `Dialect` and in the two small backend modules.
All SQL of claimgraph is in this package (this module, `query.py`).

Writes are one transaction per document: a failure anywhere in `add` rolls back the whole
document, so readers never see half of one.
"""

from __future__ import annotations

import json
import re
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import StoreError
from ..model import Document, Finding
from .query import QueryMixin
from .refresh import RefreshMixin


@dataclass(frozen=True)
class Dialect:
    """What differs between backends in the SQL text itself."""

    name: str
    #: DDL of an auto-increment primary key
    pk: str
    #: DDL of a double-precision number
    float: str
    #: the driver's placeholder ("?" for sqlite3, "%s" for psycopg)
    param: str = "?"


#: row ids are 64-bit; larger ids from a URL are simply not found (not a driver error)
MAX_ROW_ID = 2**63 - 1


def now() -> str:
    """UTC time as ISO-8601 text (portable: both backends store it as TEXT)."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


#: source types that name no one in particular: "ein Sprecher", "Beobachter", "officials" in
#: two articles are not the same people, so these stay per document (never merged)
LOCAL_TYPES = frozenset({"anonymous", "group"})


def entity_key(name: str | None, type_: str | None, registry_id: str | None = None,
               doc_hash: str = "") -> str:
    """Global identity of an entity: the registry id when known, else type + folded name
    (anonymous sources and groups: also the document, so they are not merged across documents).

    >>> entity_key("Pentagon-Sprecherin  Singh", "person")
    'person:pentagon-sprecherin singh'
    >>> entity_key("Sprecher", "anonymous", doc_hash="sha256:ab")
    'anonymous:sprecher@sha256:ab'
    """
    if registry_id:
        return f"reg:{registry_id}"
    key = f"{type_ or 'person'}:{' '.join((name or '').split()).casefold()}"
    return f"{key}@{doc_hash}" if type_ in LOCAL_TYPES else key


def like(term: str) -> str:
    """A LIKE pattern matching `term` anywhere (folded; wildcards in the term escaped)."""
    term = term.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{term}%"


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, sql) of every file migrations/NNN_name.sql, in order."""
    folder = resources.files("claimgraph.store").joinpath("migrations")
    found = []
    for entry in folder.iterdir():
        m = re.fullmatch(r"(\d{3})_(\w+)\.sql", entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text(encoding="utf-8")))
    return sorted(found)


def split_statements(sql: str) -> list[str]:
    """Statements of a migration file: comment lines dropped, split at `;` ending a line."""
    lines = [ln for ln in sql.splitlines() if not ln.lstrip().startswith("--")]
    return [s.strip() for s in re.split(r";\s*$", "\n".join(lines), flags=re.M) if s.strip()]


#: an attribution's row id from (document, local id), looked up on the server; {doc} is the
#: document's reference (`SQLStore._doc_ref`)
_ATT_ID = "(SELECT id FROM attributions WHERE document_id = {doc} AND local_id = ?)"
#: an entity's row id from its key, looked up on the server
_ENT_ID = "(SELECT id FROM entities WHERE key = ?)"
#: a document's row id from its hash: the reference of backends that send a whole document
#: before reading anything back (`SQLStore.doc_by_hash`)
_DOC_BY_HASH = "(SELECT id FROM documents WHERE hash = ?)"


def _span(span: Any) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


#: the document insert of `SQLStore._write` (without its conflict and RETURNING tails); the
#: PostgreSQL store recognises it to hold it back during `add_many`
DOC_INSERT = (
    "INSERT INTO documents (hash, path, url, version, previous_id, title, lang, date, "
    "outlet, ingested_at, n_attributions, body) "
    "SELECT ?, ?, ?, COALESCE(MAX(version), 0) + 1, MAX(id), ?, ?, ?, ?, ?, ?, ? "
    "FROM documents WHERE path = ?")
#: clears a stored document's path from the quarantine (PostgreSQL batches it in `_many`)
DELETE_QUARANTINE = "DELETE FROM quarantine WHERE name = ?"


class SQLStore(RefreshMixin, QueryMixin):
    """A claimgraph store on an open DB-API connection (see sqlite.py / postgres.py)."""

    dialect: Dialect
    #: the driver's exception classes (reads raise them as StoreError)
    driver_errors: tuple[type[BaseException], ...] = ()

    def __init__(self, conn: Any, url: str) -> None:
        self.conn = conn
        self.url = url
        self._lock = threading.RLock()
        self.migrate()

    # --- low level ------------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return sql if self.dialect.param == "?" else sql.replace("?", self.dialect.param)

    def _exec(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self._sql(sql), tuple(params))

    def _many(self, sql: str, rows: list[Sequence[Any]]) -> None:
        if rows:
            cur = self.conn.cursor()
            cur.executemany(self._sql(sql), rows)
            cur.close()

    def _all(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self._lock:
            try:
                cur = self._exec(sql, params)
                found = cur.fetchall()  # first: in pipeline mode the description comes with it
                cols = [d[0] for d in cur.description]
                rows = [dict(zip(cols, r)) for r in found]
                cur.close()
            except self.driver_errors as exc:  # one line for shells and the HTTP API
                msg = " ".join(str(exc).split())
                raise StoreError(f"{self.url}: query failed ({exc.__class__.__name__}: {msg})") \
                    from exc
        return rows

    def _one(self, sql: str, params: Sequence[Any] = ()) -> dict[str, Any] | None:
        rows = self._all(sql, params)
        return rows[0] if rows else None

    def _insert_id(self, sql: str, params: Sequence[Any]) -> int:
        cur = self._exec(sql + " RETURNING id", params)
        (row_id,) = cur.fetchone()
        cur.close()
        return int(row_id)

    #: statement that opens a write transaction (SQLite takes the write lock up front)
    _begin = "BEGIN"

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One write transaction (backends may override; this one drives BEGIN/COMMIT by hand)."""
        self.conn.execute(self._begin)
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _migration_lock(self) -> None:
        """Serialise concurrent migrations (PostgreSQL takes an advisory lock)."""

    # --- schema ---------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply pending migrations (each in its own transaction); returns the schema version."""
        with self._lock:
            with self._tx():  # under the lock: concurrent IF NOT EXISTS can still collide
                self._migration_lock()
                self._exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY "
                           "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
            for version, name, sql in migrations():
                with self._tx():
                    self._migration_lock()
                    row = self._one("SELECT MAX(version) AS v FROM schema_version")
                    if row and row["v"] is not None and row["v"] >= version:
                        continue
                    for stmt in split_statements(sql):
                        self._exec(stmt.format(pk=self.dialect.pk, float=self.dialect.float))
                    self._exec("INSERT INTO schema_version (version, name, applied_at) "
                               "VALUES (?, ?, ?)", (version, name, now()))
        return self.schema_version()

    def schema_version(self) -> int:
        row = self._one("SELECT MAX(version) AS v FROM schema_version")
        return int(row["v"] or 0) if row else 0

    # --- writes ---------------------------------------------------------------------------

    #: False: the document insert returns its row id before the other rows are sent, and they
    #: carry it (SQLite, in-process). True: the other rows refer to the document by hash, so
    #: the whole document goes to the server in one pipeline sync and the id is read after the
    #: commit (PostgreSQL: one wait per document instead of two); a stored hash makes that
    #: plain insert fail, and `add` answers with the stored row as for a concurrent writer
    doc_by_hash = False

    def add(self, doc: Document) -> int:
        """Store one analysed document in one transaction; idempotent by `doc.id`."""
        with self._lock:
            try:
                with self._tx():
                    written = self._write(doc)
                row_id = self._returned_id(written)
            except Exception as exc:
                again = self._one("SELECT id FROM documents WHERE hash = ?", (doc.id,))
                if again:  # another writer stored the same hash meanwhile
                    return int(again["id"])
                msg = " ".join(str(exc).split())
                raise StoreError(f"{doc.path or doc.id}: could not be stored "
                                 f"({exc.__class__.__name__}: {msg})") from exc
            if row_id is None:  # stored before: the insert did nothing
                row = self._one("SELECT id FROM documents WHERE hash = ?", (doc.id,))
                assert row is not None
                row_id = int(row["id"])
            return row_id

    def add_many(self, docs: Sequence[Document]) -> list[int | StoreError]:
        """Store several analysed documents; each result is the document's row id, or the
        StoreError (naming the document) of one that could not be stored while the others
        were. Here one `add` per document; PostgreSQL sends a batch in one transaction."""
        out: list[int | StoreError] = []
        for doc in docs:
            try:
                out.append(self.add(doc))
            except StoreError as exc:
                out.append(exc)
        return out

    # The writes below look ids up on the server ("SELECT id FROM entities WHERE key = ?")
    # instead of reading them back: only the document insert waits for an answer, so a
    # PostgreSQL pipeline sends the rest of a document in one go (12 -> 6 ms per document).

    def _returned_id(self, written: Any) -> int | None:
        """The row id `_write` returned: an int, None, or (doc_by_hash) the cursor of the
        document insert, whose RETURNING row arrived with the commit."""
        if written is None or isinstance(written, int):
            return written
        row = written.fetchone()
        written.close()
        return int(row[0]) if row else None

    @property
    def _doc_ref(self) -> str:
        """SQL for "this document's row id" in the rows of `_write` (parameter: `_doc_param`)."""
        return _DOC_BY_HASH if self.doc_by_hash else "?"

    def _write(self, doc: Document) -> Any:
        """All rows of one document (inside a transaction): its row id, None when the hash is
        stored, or (doc_by_hash) the cursor that will hold the id after the commit."""
        meta = doc.meta or {}
        body = json.dumps(doc.to_dict(), ensure_ascii=False, default=str)
        date = meta.get("date")
        # version: one more than the latest stored version at the same path (new path: 1)
        cur = self._exec(
            DOC_INSERT + ("" if self.doc_by_hash else " ON CONFLICT (hash) DO NOTHING") + " RETURNING id",
            (doc.id, doc.path, meta.get("url"), doc.title, doc.lang, str(date) if date else None,
             meta.get("outlet"), now(), len(doc.attributions), body, doc.path))
        if self.doc_by_hash:
            ref: int | str = doc.id
        else:
            row = cur.fetchone()
            cur.close()
            if row is None:
                return None
            ref = int(row[0])
        keys = self._write_entities(ref, doc)
        self._write_attributions(ref, doc, keys)
        self._write_quantities_embeds(ref, doc)
        self._write_document_findings(ref, doc.findings)
        if doc.path:  # `_many`: PostgreSQL sends it with the inserts
            self._many(DELETE_QUARANTINE, [(doc.path,)])
        return cur if self.doc_by_hash else ref

    def _write_entities(self, doc_id: int | str, doc: Document) -> dict[tuple[str, str | None], str]:
        """Upsert global entities and link the document's (`doc_id`: the parameter of
        `_doc_ref`); returns (name, type) -> key for every name an attribution may refer to,
        and ("#", local id) -> key."""
        D = self._doc_ref
        records: dict[str, tuple[Any, ...]] = {}
        aliases: dict[str, set[str]] = {}
        keys: dict[tuple[str, str | None], str] = {}
        for ent in doc.entities:
            key = entity_key(ent.name, ent.type, ent.registry_id, doc.id)
            keys[("#", ent.id)] = key
            records.setdefault(key, (key, ent.name, ent.type, ent.role, ent.affiliation,
                                     ent.registry_id))
            aliases.setdefault(key, set()).update(a for a in ent.aliases if a and a != ent.name)
        # relays, and named sources when the resolver did not run, get a global entity from
        # their name; where it ran, it left unresolved pronouns ("Er", "Sie") without entity on
        # purpose (in 700 German Wikinews articles, 49 of 49 entity-less sources were pronouns)
        for att in doc.attributions:
            named = [(att.source.name or att.source.text, att.source.type, att.source.entity,
                      att.source.role, att.source.affiliation)] \
                if att.source and not doc.entities else []
            named += [(v.name, v.type, v.entity, None, None) for v in att.via]
            for name, type_, ent_id, role, aff in named:
                if name and ("#", ent_id) not in keys:
                    key = entity_key(name, type_, None, doc.id)
                    keys[(name, type_)] = key
                    records.setdefault(key, (key, name, type_ or "person", role, aff, None))
        if not records:
            return keys
        self._many("INSERT INTO entities (key, name, type, role, affiliation, registry_id) "
                   "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING", list(records.values()))
        self._many("INSERT INTO entity_aliases (entity_id, alias) VALUES (" + _ENT_ID + ", ?) "
                   "ON CONFLICT DO NOTHING",
                   [(k, a) for k, names in aliases.items() for a in sorted(names)])
        self._many("INSERT INTO entity_links (document_id, local_id, entity_id) "
                   f"VALUES ({D}, ?, " + _ENT_ID + ")",
                   [(doc_id, lid, k) for (tag, lid), k in keys.items() if tag == "#"])
        self._many("INSERT INTO mentions (document_id, entity_id, span_start, span_end) "
                   f"VALUES ({D}, " + _ENT_ID + ", ?, ?)",
                   [(doc_id, keys[("#", e.id)], m.start, m.end)
                    for e in doc.entities for m in e.mentions])
        return keys

    def _write_attributions(self, doc_id: int | str, doc: Document,
                            keys: dict[tuple[str, str | None], str]) -> None:
        D = self._doc_ref

        def key_of(name: str | None, type_: str | None, ent: str | None) -> str | None:
            return keys.get(("#", ent)) or (keys.get((name, type_)) if name else None)

        rows, vias = [], []
        for i, att in enumerate(doc.attributions, 1):
            lid = att.id or f"a{i}"
            src = att.source
            cs, ce = _span(att.cue.span if att.cue else None)
            ss, se = _span(src.span if src else None)
            rows.append((
                doc_id, lid, att.kind, att.cue.text if att.cue else None, cs, ce,
                att.content.text, att.content.span.start, att.content.span.end,
                key_of(src.name or src.text, src.type, src.entity) if src else None,
                src.text if src else None, ss, se, src.name if src else None,
                src.role if src else None, src.affiliation if src else None,
                src.type if src else None, att.modality, att.embed, att.lang,
                json.dumps(att.to_dict(), ensure_ascii=False, default=str)))
            for pos, v in enumerate(att.via):
                s, e = _span(v.span)
                vias.append((doc_id, lid, pos, key_of(v.name, v.type, v.entity), v.name, v.type, s, e))
        self._many(
            "INSERT INTO attributions (document_id, local_id, kind, cue, cue_start, cue_end, "
            "content, content_start, content_end, source_entity_id, source_text, source_start, "
            "source_end, source_name, source_role, source_affiliation, source_type, modality, "
            f"embed, lang, data) VALUES ({D}, ?, ?, ?, ?, ?, ?, ?, ?, " + _ENT_ID
            + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        self._many(
            "INSERT INTO vias (attribution_id, position, entity_id, name, type, span_start, "
            "span_end) VALUES (" + _ATT_ID.format(doc=D) + ", ?, " + _ENT_ID + ", ?, ?, ?, ?)",
            vias)

    def _write_quantities_embeds(self, doc_id: int | str, doc: Document) -> None:
        D = self._doc_ref
        self._many(
            "INSERT INTO quantities (document_id, attribution_id, text, span_start, span_end, "
            "value, qualifier, unit, low, high, kind, currency, unit_key) "
            f"VALUES ({D}, " + _ATT_ID.format(doc=D) + ", ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, doc_id, q.attribution, q.text, q.span.start, q.span.end, q.value,
              q.qualifier, q.unit, q.low, q.high, q.kind, q.currency, q.unit_key)
             for q in doc.quantities])
        self._many(
            "INSERT INTO embeds (document_id, local_id, platform, author, handle, date, url, "
            f"span_start, span_end) VALUES ({D}, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(doc_id, m.id, m.platform, m.author, m.handle, m.date, m.url, m.span.start, m.span.end)
             for m in doc.embeds])

    def _write_document_findings(self, doc_id: int | str, findings: list[Finding]) -> None:
        D = self._doc_ref
        for f in findings:
            self._exec(
                "INSERT INTO findings (document_id, scope, type, summary, reason, score, "
                f"attributions, sources, created_at) VALUES ({D}, ?, ?, ?, ?, ?, ?, ?, ?)",
                (doc_id, "document", f.type, f.summary, f.reason, f.score,
                 json.dumps(f.attributions, ensure_ascii=False),
                 json.dumps(f.sources, ensure_ascii=False), now())).close()
            # the finding just inserted is the document's newest; refs to unknown ids are skipped
            self._many(
                "INSERT INTO finding_attributions (finding_id, attribution_id, position) "
                f"SELECT (SELECT MAX(id) FROM findings WHERE document_id = {D}), a.id, ? "
                f"FROM attributions a WHERE a.document_id = {D} AND a.local_id = ?",
                [(doc_id, pos, doc_id, ref) for pos, ref in enumerate(f.attributions)])

    def _write_corpus_findings(self, findings: Iterable[Finding],
                               lookup: Callable[[str], int | None]) -> None:
        for f in findings:
            fid = self._insert_id(
                "INSERT INTO findings (document_id, scope, type, summary, reason, score, "
                "attributions, sources, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (None, "corpus", f.type, f.summary, f.reason, f.score,
                 json.dumps(f.attributions, ensure_ascii=False),
                 json.dumps(f.sources, ensure_ascii=False), now()))
            ids = [(pos, lookup(ref)) for pos, ref in enumerate(f.attributions)]
            self._many("INSERT INTO finding_attributions (finding_id, attribution_id, position) "
                       "VALUES (?, ?, ?)", [(fid, a, pos) for pos, a in ids if a is not None])

    def quarantine(self, name: str, reason: str) -> None:
        """Record an input that could not be analysed (the latest reason per name is kept)."""
        with self._lock, self._tx():
            self._exec("DELETE FROM quarantine WHERE name = ?", (name,))
            self._exec("INSERT INTO quarantine (name, reason, at) VALUES (?, ?, ?)",
                       (name, " ".join(reason.split()), now()))

    # --- reads ----------------------------------------------------------------------------

    def has(self, doc_hash: str) -> bool:
        return self._one("SELECT 1 AS x FROM documents WHERE hash = ?", (doc_hash,)) is not None

    def quarantined(self) -> list[dict[str, Any]]:
        return self._all("SELECT name, reason, at AS time FROM quarantine ORDER BY id")

    def _document_row(self, doc_id: int | str) -> dict[str, Any] | None:
        if isinstance(doc_id, int) or str(doc_id).isdigit():
            if not 0 < int(doc_id) <= MAX_ROW_ID:
                return None
            return self._one("SELECT id, body FROM documents WHERE id = ?", (int(doc_id),))
        row = self._one("SELECT id, body FROM documents WHERE hash = ?", (doc_id,))
        if row is None and len(str(doc_id)) >= 12:  # a unique hash prefix, as git allows
            rows = self._all("SELECT id, body FROM documents WHERE hash LIKE ? LIMIT 2",
                             (re.sub(r"[%_\\]", "", str(doc_id)) + "%",))
            row = rows[0] if len(rows) == 1 else None
        return row

    def get_document(self, doc_id: int | str) -> Document | None:
        row = self._document_row(doc_id)
        return Document.from_dict(json.loads(row["body"])) if row else None

    def iter_documents(self, batch: int = 200) -> Iterator[Document]:
        """Every stored document, in row order, read in batches."""
        for body in self.iter_bodies(batch):
            yield Document.from_dict(body)

    def list_documents(self, *, limit: int = 50, offset: int = 0, q: str | None = None,
                       outlet: str | None = None) -> list[dict[str, Any]]:
        where, params = [], []
        if q:
            where.append("(lower(title) LIKE ? ESCAPE '\\' OR lower(path) LIKE ? ESCAPE '\\')")
            params += [like(q), like(q)]
        if outlet:
            where.append("lower(outlet) = ?")
            params.append(outlet.casefold())
        sql = ("SELECT id, hash, path, url, version, title, lang, date, outlet, ingested_at, "
               "n_attributions AS attributions FROM documents"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY id LIMIT ? OFFSET ?")
        return self._all(sql, params + [limit, offset])

    def list_entities(self, *, q: str | None = None, type: str | None = None,
                      limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        where, params = [], []
        if q:
            where.append("(lower(e.name) LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM entity_aliases x "
                         "WHERE x.entity_id = e.id AND lower(x.alias) LIKE ? ESCAPE '\\'))")
            params += [like(q), like(q)]
        if type:
            where.append("e.type = ?")
            params.append(type)
        sql = (
            "SELECT e.id, e.name, e.type, e.role, e.affiliation, e.registry_id, "
            "(SELECT COUNT(*) FROM attributions a WHERE a.source_entity_id = e.id) AS statements, "
            "(SELECT COUNT(*) FROM (SELECT l.document_id FROM entity_links l WHERE l.entity_id = e.id "
            " UNION SELECT a.document_id FROM attributions a WHERE a.source_entity_id = e.id "
            " UNION SELECT a.document_id FROM vias v JOIN attributions a ON a.id = v.attribution_id "
            " WHERE v.entity_id = e.id) d) AS documents "
            "FROM entities e" + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY statements DESC, e.name, e.id LIMIT ? OFFSET ?")
        return self._all(sql, params + [limit, offset])

    def get_entity(self, entity_id: int) -> dict[str, Any] | None:
        if not 0 < int(entity_id) <= MAX_ROW_ID:
            return None
        ent = self._one("SELECT id, name, type, role, affiliation, registry_id FROM entities "
                        "WHERE id = ?", (int(entity_id),))
        if ent is None:
            return None
        ent["aliases"] = [r["alias"] for r in self._all(
            "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias", (ent["id"],))]
        ent["statements"] = self._statements("a.source_entity_id = ?", (ent["id"],))
        ent["relayed"] = self._statements(
            "a.id IN (SELECT attribution_id FROM vias WHERE entity_id = ?)", (ent["id"],))
        return ent

    def _statements(self, where: str, params: Sequence[Any], limit: int = 1000) -> list[dict[str, Any]]:
        rows = self._all(
            "SELECT a.id AS attribution_id, a.document_id, d.hash, d.title, d.path, d.date, "
            f"d.outlet, a.data FROM attributions a JOIN documents d ON d.id = a.document_id "
            f"WHERE {where} ORDER BY a.document_id, a.id LIMIT ?", list(params) + [limit])
        for r in rows:
            r["attribution"] = json.loads(r.pop("data"))
        return rows

    def search(self, q: str, *, limit: int = 50) -> list[dict[str, Any]]:
        pat = like(q)
        return self._statements(
            "(lower(a.content) LIKE ? ESCAPE '\\' OR lower(a.source_name) LIKE ? ESCAPE '\\' "
            "OR lower(a.source_text) LIKE ? ESCAPE '\\')", (pat, pat, pat), limit)

    def list_findings(self, *, type: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        sql = ("SELECT f.id, f.scope, f.document_id, d.hash AS document, f.type, f.summary, "
               "f.attributions, f.sources, f.reason, f.score FROM findings f "
               "LEFT JOIN documents d ON d.id = f.document_id"
               + (" WHERE f.type = ?" if type else "") + " ORDER BY f.id LIMIT ?")
        rows = self._all(sql, ([type] if type else []) + [limit])
        if not rows:
            return rows
        marks = ", ".join("?" * len(rows))
        links: dict[int, list[tuple[int, int]]] = {}
        for r in self._all(
                "SELECT fa.finding_id, fa.attribution_id, a.document_id FROM finding_attributions fa "
                f"JOIN attributions a ON a.id = fa.attribution_id WHERE fa.finding_id IN ({marks}) "
                "ORDER BY fa.finding_id, fa.position", [r["id"] for r in rows]):
            links.setdefault(r["finding_id"], []).append((r["attribution_id"], r["document_id"]))
        for r in rows:
            r["attributions"] = json.loads(r["attributions"])
            r["sources"] = json.loads(r["sources"])
            linked = links.get(r["id"], [])
            r["attribution_ids"] = [a for a, _ in linked]
            docs = {d for _, d in linked} | ({r["document_id"]} if r["document_id"] else set())
            r["documents"] = sorted(docs)
        return rows

    def close(self) -> None:
        with self._lock:
            self.conn.close()

    def __enter__(self) -> "SQLStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
