"""OpenAPI fragments for the HTTP API (JSON Schema of contract v1 and of our error shape).

The request body of /analyze is read raw (four media types), so FastAPI cannot infer it; these
hand-written schemas document it and let schemathesis generate bodies of every kind. They are
deliberately permissive where the contract says "fields may be added".
"""

from __future__ import annotations

from typing import Any

_SPAN = {"type": "array", "items": {"type": "integer"}, "minItems": 2, "maxItems": 2}
_NULLABLE_SPAN = {"anyOf": [_SPAN, {"type": "null"}]}
_TEXT_SPAN = {"type": "object", "required": ["text", "span"],
              "properties": {"text": {"type": "string"}, "span": _SPAN}}
_OPT_STR = {"anyOf": [{"type": "string"}, {"type": "null"}]}

ATTRIBUTION: dict[str, Any] = {
    "type": "object",
    "required": ["id", "kind", "content", "cue", "source", "via", "embed", "modality"],
    "properties": {
        "id": {"type": "string"},
        "kind": {"type": "string",
                 "enum": ["direct", "indirect", "mixed", "according_to", "reportative", "embed"]},
        "cue": {"anyOf": [_TEXT_SPAN, {"type": "null"}]},
        "content": _TEXT_SPAN,
        "source": {"anyOf": [{"type": "null"}, {
            "type": "object", "required": ["text", "name", "type"],
            "properties": {"text": {"type": "string"}, "span": _NULLABLE_SPAN,
                           "name": {"type": "string"}, "role": _OPT_STR, "affiliation": _OPT_STR,
                           "type": {"type": "string"}, "entity": _OPT_STR}}]},
        "via": {"type": "array", "items": {
            "type": "object", "required": ["name"],
            "properties": {"name": {"type": "string"}, "type": {"type": "string"},
                           "entity": _OPT_STR, "span": _NULLABLE_SPAN}}},
        "embed": _OPT_STR,
        "modality": {"type": "string"},
    },
}

DOCUMENT: dict[str, Any] = {
    "type": "object",
    "description": "A document in claimgraph contract v1 (see docs/contract.md).",
    "required": ["claimgraph", "id", "lang", "text", "attributions", "entities", "quantities",
                 "embeds", "findings"],
    "properties": {
        "claimgraph": {"type": "string", "enum": ["1"]},
        "id": {"type": "string"},
        "path": _OPT_STR,
        "lang": _OPT_STR,
        "title": _OPT_STR,
        "text": {"type": "string"},
        "attributions": {"type": "array", "items": ATTRIBUTION},
        "entities": {"type": "array", "items": {"type": "object", "required": ["id", "name", "type"]}},
        "quantities": {"type": "array", "items": {"type": "object", "required": ["text", "span"]}},
        "embeds": {"type": "array", "items": {"type": "object", "required": ["id", "span"]}},
        "findings": {"type": "array", "items": {
            "type": "object", "required": ["type", "summary", "attributions", "sources"]}},
    },
}

ERROR: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {"error": {"type": "string"}, "detail": {}},
}

#: one item of a JSONL answer: a document, or the error of that line
_ITEM_ERROR = {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}}
DOCUMENT_OR_LIST: dict[str, Any] = {
    "anyOf": [DOCUMENT, {"type": "array", "items": {"anyOf": [DOCUMENT, _ITEM_ERROR]}}]}

STORED: dict[str, Any] = {
    "type": "object",
    "required": ["stored", "errors"],
    "properties": {
        "stored": {"type": "array", "items": {"type": "object", "required": ["id", "hash"]}},
        "errors": {"type": "array", "items": _ITEM_ERROR},
    },
}

JSON_REQUEST: dict[str, Any] = {
    "type": "object",
    "description": "One article. `text` (or `html`) is required; `url` is kept as metadata "
                   "only (the server never fetches it).",
    "properties": {
        "text": {"type": "string"}, "html": {"type": "string"}, "lang": {"type": "string"},
        "title": {"type": "string"}, "url": {"type": "string"}, "date": {"type": "string"},
    },
}

ANALYZE_BODY: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            "text/plain": {"schema": {"type": "string", "minLength": 1}},
            "text/html": {"schema": {"type": "string", "minLength": 1}},
            # JSON lines: one JSON_REQUEST object per line (described as the array of lines)
            "application/x-ndjson": {"schema": {"type": "array", "items": JSON_REQUEST,
                                                "minItems": 1}},
            "application/json": {"schema": {"anyOf": [
                JSON_REQUEST, {"type": "array", "items": JSON_REQUEST}]}},
        },
    }
}

_REASONS = {
    200: "OK", 201: "Stored", 400: "Malformed or empty body", 401: "Missing or wrong bearer token",
    404: "Not found", 413: "Request body above the size limit", 415: "Unsupported media type",
    422: "Unsupported language or invalid parameter",
    503: "Store not configured or not available, or writes disabled (no token configured)",
}


def responses(*codes: int, ok: dict[str, Any] | None = None) -> dict[int | str, dict[str, Any]]:
    """FastAPI `responses=` for the given status codes (errors use the ERROR schema)."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in codes:
        schema = ok if code < 300 and ok is not None else ERROR
        out[code] = {"description": _REASONS.get(code, ""),
                     "content": {"application/json": {"schema": schema}}}
    return out
