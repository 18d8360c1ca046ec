"""Flat tables of analysed documents, for Parquet (Spark output, DuckDB queries).

The columns follow the store schema (store/migrations/001_initial.sql) with the document's
content hash as the join key instead of row ids, which only a store can hand out. Every table
keeps enough to be queried alone; `documents.body` is the full contract-v1 JSON, so a
document is re-loaded into a store exactly (`load_parquet`), never re-analysed.
"""

from __future__ import annotations

import json
from typing import Any, Iterator

#: table -> [(column, type)]; types: string | long | double
SCHEMAS: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("hash", "string"), ("path", "string"), ("url", "string"), ("title", "string"),
        ("lang", "string"), ("date", "string"), ("outlet", "string"), ("fetched", "string"),
        ("warc", "string"), ("warc_offset", "long"), ("n_attributions", "long"),
        ("body", "string"),
    ],
    "attributions": [
        ("document", "string"), ("local_id", "string"), ("kind", "string"), ("cue", "string"),
        ("cue_start", "long"), ("cue_end", "long"), ("content", "string"),
        ("content_start", "long"), ("content_end", "long"), ("source_text", "string"),
        ("source_start", "long"), ("source_end", "long"), ("source_name", "string"),
        ("source_role", "string"), ("source_affiliation", "string"), ("source_type", "string"),
        ("source_entity", "string"), ("via", "string"), ("modality", "string"),
        ("embed", "string"), ("lang", "string"), ("data", "string"),
    ],
    "vias": [
        ("document", "string"), ("attribution", "string"), ("position", "long"),
        ("name", "string"), ("type", "string"), ("entity", "string"),
        ("span_start", "long"), ("span_end", "long"),
    ],
    "entities": [
        ("document", "string"), ("local_id", "string"), ("name", "string"), ("type", "string"),
        ("role", "string"), ("affiliation", "string"), ("registry_id", "string"),
        ("aliases", "string"), ("n_mentions", "long"),
    ],
    "quantities": [
        ("document", "string"), ("attribution", "string"), ("text", "string"),
        ("span_start", "long"), ("span_end", "long"), ("value", "double"),
        ("qualifier", "string"), ("unit", "string"), ("low", "double"), ("high", "double"),
        ("kind", "string"), ("currency", "string"), ("unit_key", "string"),
    ],
    "embeds": [
        ("document", "string"), ("local_id", "string"), ("platform", "string"),
        ("author", "string"), ("handle", "string"), ("date", "string"), ("url", "string"),
        ("span_start", "long"), ("span_end", "long"),
    ],
    "findings": [
        ("document", "string"), ("scope", "string"), ("type", "string"), ("summary", "string"),
        ("reason", "string"), ("score", "double"), ("attributions", "string"),
        ("sources", "string"), ("data", "string"),
    ],
    "quarantine": [("name", "string"), ("reason", "string")],
    "warc_files": [
        ("path", "string"), ("records", "long"), ("responses", "long"), ("html", "long"),
        ("kept", "long"), ("corrupt", "long"), ("skipped", "string"),
    ],
}
#: tables made from each document (the others come from errors, WARC counts and stage 2)
DOCUMENT_TABLES = ("documents", "attributions", "vias", "entities", "quantities", "embeds",
                   "findings")


def _span(d: dict[str, Any] | None, key: str = "span") -> tuple[Any, Any]:
    span = (d or {}).get(key)
    return (span[0], span[1]) if span else (None, None)


def _num(v: Any) -> float | None:
    return None if v is None else float(v)


def _int(v: Any) -> int | None:
    return None if v is None else int(v)


def finding_row(doc_hash: str | None, f: dict[str, Any], scope: str) -> tuple:
    return (doc_hash, scope, f.get("type"), f.get("summary"), f.get("reason"),
            _num(f.get("score")), json.dumps(f.get("attributions") or [], ensure_ascii=False),
            json.dumps(f.get("sources") or [], ensure_ascii=False),
            json.dumps(f, ensure_ascii=False))


def document_rows(d: dict[str, Any]) -> Iterator[tuple[str, tuple]]:
    """(table, row) for every row one contract-v1 document dict gives."""
    h = d["id"]
    meta = d.get("meta") or {}
    atts = d.get("attributions") or []
    yield "documents", (
        h, d.get("path"), meta.get("url"), d.get("title"), d.get("lang"),
        None if meta.get("date") is None else str(meta.get("date")), meta.get("outlet"),
        meta.get("fetched"), meta.get("warc"), _int(meta.get("warc_offset")), len(atts),
        json.dumps(d, ensure_ascii=False))
    for a in atts:
        cue, content, src = a.get("cue") or {}, a.get("content") or {}, a.get("source") or {}
        vias = a.get("via") or []
        yield "attributions", (
            h, a.get("id"), a.get("kind"), cue.get("text"), *_span(cue),
            content.get("text"), *_span(content), src.get("text"), *_span(src), src.get("name"),
            src.get("role"), src.get("affiliation"), src.get("type"), src.get("entity"),
            " > ".join(v.get("name") or "" for v in vias) or None, a.get("modality"),
            a.get("embed"), a.get("lang"), json.dumps(a, ensure_ascii=False))
        for i, v in enumerate(vias):
            yield "vias", (h, a.get("id"), i, v.get("name"), v.get("type"), v.get("entity"),
                           *_span(v))
    for e in d.get("entities") or []:
        yield "entities", (h, e.get("id"), e.get("name"), e.get("type"), e.get("role"),
                           e.get("affiliation"), e.get("registry_id"),
                           json.dumps(e.get("aliases") or [], ensure_ascii=False),
                           len(e.get("mentions") or []))
    for q in d.get("quantities") or []:
        yield "quantities", (h, q.get("attribution"), q.get("text"), *_span(q),
                             _num(q.get("value")), q.get("qualifier"), q.get("unit"),
                             _num(q.get("low")), _num(q.get("high")), q.get("kind"),
                             q.get("currency"), q.get("unit_key"))
    for m in d.get("embeds") or []:
        yield "embeds", (h, m.get("id"), m.get("platform"), m.get("author"), m.get("handle"),
                         m.get("date"), m.get("url"), *_span(m))
    for f in d.get("findings") or []:
        yield "findings", finding_row(h, f, "document")


def arrow_schema(table: str) -> Any:
    """The pyarrow schema of a table (for writers outside Spark)."""
    import pyarrow as pa

    types = {"string": pa.string(), "long": pa.int64(), "double": pa.float64()}
    return pa.schema([(name, types[t]) for name, t in SCHEMAS[table]])


def spark_schema(table: str) -> Any:
    """The Spark StructType of a table."""
    from pyspark.sql import types as T

    types = {"string": T.StringType(), "long": T.LongType(), "double": T.DoubleType()}
    return T.StructType([T.StructField(name, types[t], True) for name, t in SCHEMAS[table]])
