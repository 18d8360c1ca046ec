"""JSON routes over the store (the JSON twins of the /corpus pages).

Only the `Store` Protocol of `claimgraph.store` and `claimgraph.store.export` are used; each
call runs on the gateway's store thread (see api.StoreGateway).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from fastapi import FastAPI, Path, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from . import schemas

EXPORT_MEDIA = {"json": "application/json", "csv": "text/csv; charset=utf-8",
                "graphml": "application/xml"}

_LIST = {"type": "array", "items": {"type": "object"}}
_OBJ = {"type": "object"}


def _gateway(request: Request) -> Any:
    return request.app.state.store


def _not_found(what: str, key: Any) -> Any:
    from ..api import ApiError

    return ApiError(404, "not found", f"no {what} {str(key)[:80]!r} in the store")


def _doc_key(doc_id: str) -> int | str:
    """Row ids are ints; anything else (a sha256:… hash) is passed on as text."""
    return int(doc_id) if doc_id.isdigit() and len(doc_id) < 19 else doc_id


def run_export(store: Any, fmt: str, table: str = "attributions") -> bytes:
    """One export as bytes: JSON (an array of contract-v1 documents), CSV (one table), GraphML."""
    from ..store import export

    if fmt == "json":
        buf = io.StringIO()
        export.export_json(store, buf)
        lines = [line for line in buf.getvalue().splitlines() if line.strip()]
        return ("[" + ",\n".join(lines) + "]\n").encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(store.table_columns(table))
        writer.writerows(store.iter_table(table))
        return out.getvalue().encode("utf-8")
    bout = io.BytesIO()
    export.export_graphml(store, bout)
    return bout.getvalue()


def _tables() -> tuple[str, ...]:
    from ..store.query import TABLES

    return TABLES


def add_corpus_api_routes(app: FastAPI) -> None:
    limit_q = Query(50, ge=1, le=1000)
    offset_q = Query(0, ge=0, le=10_000_000)
    common = schemas.responses(404, 422, 503)

    @app.get("/documents", tags=["store"], summary="Stored documents",
             responses={**schemas.responses(200, 422, 503, ok=_LIST)})
    async def list_documents(request: Request, limit: int = limit_q, offset: int = offset_q,
                             q: str | None = Query(None, max_length=200),
                             outlet: str | None = Query(None, max_length=200)) -> Response:
        rows = await _gateway(request).call(
            lambda s: s.list_documents(limit=limit, offset=offset, q=q, outlet=outlet))
        return JSONResponse(jsonable_encoder(rows))

    @app.get("/documents/{doc_id}", tags=["store"], summary="One stored document (contract v1)",
             responses={**common, **schemas.responses(200, ok=schemas.DOCUMENT)})
    async def get_document(request: Request,
                           doc_id: str = Path(..., max_length=100,
                                              description="row id or sha256:… hash")) -> Response:
        doc = await _gateway(request).call(lambda s: s.get_document(_doc_key(doc_id)))
        if doc is None:
            raise _not_found("document", doc_id)
        return JSONResponse(doc.to_dict())

    @app.get("/entities", tags=["store"], summary="Sources and other entities across documents",
             responses={**schemas.responses(200, 422, 503, ok=_LIST)})
    async def list_entities(request: Request, q: str | None = Query(None, max_length=200),
                            type: str | None = Query(None, max_length=40),
                            limit: int = Query(100, ge=1, le=1000),
                            offset: int = offset_q) -> Response:
        rows = await _gateway(request).call(
            lambda s: s.list_entities(q=q, type=type, limit=limit, offset=offset))
        return JSONResponse(jsonable_encoder(rows))

    @app.get("/entities/{entity_id}", tags=["store"],
             summary="One entity with everything it said, across documents",
             responses={**common, **schemas.responses(200, ok=_OBJ)})
    async def get_entity(request: Request,
                         entity_id: int = Path(..., ge=0, le=2**62)) -> Response:
        row = await _gateway(request).call(lambda s: s.get_entity(entity_id))
        if row is None:
            raise _not_found("entity", entity_id)
        return JSONResponse(jsonable_encoder(row))

    @app.get("/findings", tags=["store"], summary="Findings within and across documents",
             responses={**schemas.responses(200, 422, 503, ok=_LIST)})
    async def list_findings(request: Request, type: str | None = Query(None, max_length=40),
                            limit: int = Query(200, ge=1, le=5000)) -> Response:
        rows = await _gateway(request).call(lambda s: s.list_findings(type=type, limit=limit))
        return JSONResponse(jsonable_encoder(rows))

    @app.get("/search", tags=["store"], summary="Attributions whose content or source matches q",
             responses={**schemas.responses(200, 422, 503, ok=_LIST)})
    async def search(request: Request, q: str = Query(..., min_length=1, max_length=200),
                     limit: int = limit_q) -> Response:
        rows = await _gateway(request).call(lambda s: s.search(q, limit=limit))
        return JSONResponse(jsonable_encoder(rows))

    def _export_route(fmt: str) -> None:
        media = EXPORT_MEDIA[fmt].split(";")[0]

        @app.get(f"/export.{fmt}", tags=["export"], summary=f"The whole store as {fmt.upper()}"
                 + (" (one table; default attributions)" if fmt == "csv" else ""),
                 responses={200: {"description": "export", "content": {media: {}}},
                            **schemas.responses(422, 503)})
        async def export(request: Request,
                         table: str = Query("attributions", max_length=40,
                                            include_in_schema=fmt == "csv")) -> Response:
            from ..api import ApiError

            if fmt == "csv" and table not in _tables():
                raise ApiError(422, "unknown table",
                               f"table {table[:40]!r} is not one of: {', '.join(_tables())}")
            data = await _gateway(request).call(lambda s: run_export(s, fmt, table))
            name = f"claimgraph-{table}.csv" if fmt == "csv" else f"claimgraph.{fmt}"
            return Response(data, media_type=EXPORT_MEDIA[fmt],
                            headers={"Content-Disposition": f'attachment; filename="{name}"'})

        export.__name__ = f"export_{fmt}"

    for fmt in EXPORT_MEDIA:
        _export_route(fmt)
