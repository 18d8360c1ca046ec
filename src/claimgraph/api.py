"""HTTP API: a thin FastAPI shell that parses requests, calls the pipeline or the store, and
returns contract v1 JSON (`Document.to_dict()`).

Design choices, each for a reason:
* Request bodies are read raw and parsed by content type here (text, HTML, JSONL, JSON), so
  one endpoint serves `curl --data-binary @article.txt` and programs alike; the OpenAPI schema
  declares every accepted media type so schemathesis can exercise them.
* Every error is JSON `{"error": "...", "detail": ...}` with a 4xx status; nothing reflects a
  traceback. Bodies above `max_bytes` (default 2 MB) are cut off while streaming (413).
* The store is opened lazily on one dedicated thread: SQLite connections may only be used from
  the thread that opened them, and analysis runs in the thread pool.
* Writes need `Authorization: Bearer <token>`; without a configured token writes are off (503).
* No route fetches URLs; CORS is off unless origins are given; every response carries the
  security headers of `web.security`.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import os
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any, AsyncIterator

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from . import __version__
from .errors import ClaimgraphError, InputError, StoreError, UnsupportedLanguage
from .model import Document
from .web.security import BodyLimitMiddleware, BodyTooLarge, SecurityHeadersMiddleware
from .web import schemas

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 2_000_000
SUPPORTED_LANGS = ("de", "en")
#: media type -> ingest kind
MEDIA_TYPES = {
    "text/plain": "txt",
    "text/markdown": "txt",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/x-ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/json": "json",
}


class ApiError(Exception):
    """An error answered as JSON `{"error", "detail"}` with `status`."""

    def __init__(self, status: int, error: str, detail: Any = None) -> None:
        super().__init__(error)
        self.status, self.error, self.detail = status, error, detail


@dataclass
class Settings:
    """Server options (an options dataclass instead of many keywords deeper down)."""

    store_url: str | None = None
    token: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    cors_origins: list[str] = field(default_factory=list)


# --- the store, on one thread -----------------------------------------------------------------


class StoreGateway:
    """Runs every store call on one dedicated thread, opening the store on first use."""

    def __init__(self, url: str | None) -> None:
        self.url = url
        self._store: Any = None
        self._pool: ThreadPoolExecutor | None = None

    def _open(self) -> Any:
        if self._store is None:
            from .store import open_store

            try:
                self._store = open_store(self.url)
            except NotImplementedError:
                raise ApiError(503, "store not available",
                               "this build of claimgraph has no store backend yet") from None
            except StoreError as exc:
                raise ApiError(503, "store cannot be opened", str(exc)) from None
        return self._store

    def _run(self, fn: Any, args: tuple, kwargs: dict) -> Any:
        store = self._open()
        try:
            return fn(store, *args, **kwargs)
        except StoreError as exc:
            raise ApiError(503, "store error", str(exc)) from None

    async def call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """`fn(store, *args, **kwargs)` on the store thread."""
        if not self.url:
            raise ApiError(503, "no store configured", "start the server with --db URL")
        if self._pool is None:  # (re)started lazily: an app may run its lifespan more than once
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimgraph-store")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._pool, self._run, fn, args, kwargs)

    def close(self) -> None:
        """Close the store on its own thread and stop the thread (at app shutdown)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return

        def _close() -> None:
            if self._store is not None:
                self._store.close()
                self._store = None

        try:
            pool.submit(_close).result(timeout=10)
        finally:
            pool.shutdown(wait=False)


# --- request bodies -> documents ---------------------------------------------------------------


def check_lang(lang: str | None) -> str | None:
    """A requested language, or ApiError 422 naming it when we have no pack for it."""
    if lang is None or lang == "":
        return None
    if lang not in SUPPORTED_LANGS:
        raise ApiError(422, "unsupported language",
                       f"language '{lang[:20]}' is not supported (supported: de, en)")
    return lang


def media_kind(content_type: str | None) -> tuple[str, str | None]:
    """(ingest kind, charset) of a Content-Type header, or ApiError 415."""
    raw = (content_type or "").split(";")
    media = raw[0].strip().lower()
    charset = None
    for param in raw[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset":
            charset = value.strip().strip('"').lower() or None
    if media not in MEDIA_TYPES:
        raise ApiError(415, "unsupported media type",
                       f"Content-Type '{media[:60] or '(none)'}' is not accepted; send one of: "
                       + ", ".join(MEDIA_TYPES))
    return MEDIA_TYPES[media], charset


def _recode(body: bytes, charset: str | None) -> bytes:
    if charset in (None, "utf-8", "utf8", "us-ascii", "ascii"):
        return body
    try:
        return body.decode(charset).encode("utf-8")
    except LookupError:
        raise ApiError(415, "unsupported charset", f"charset '{charset[:30]}' is unknown") from None
    except UnicodeDecodeError as exc:
        raise ApiError(400, "invalid body", f"not valid {charset} at byte {exc.start}") from None


def _json_record(obj: Any, name: str) -> Document:
    """One JSON object `{"text"|"html", "lang"?, "title"?, "url"?, "date"?}` to a Document."""
    from .ingest import from_html, from_text

    if not isinstance(obj, dict):
        raise InputError(f"{name}: a JSON object is expected, got {type(obj).__name__}")
    for key in ("text", "html", "lang", "title", "url", "date"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise InputError(f"{name}: field '{key}' must be a string")
    meta = {"format": "json", "date": obj.get("date"), "url": obj.get("url")}
    if obj.get("html"):
        doc = from_html(obj["html"], path=name, meta=meta)
    elif isinstance(obj.get("text"), str) and obj["text"].strip():
        doc = from_text(obj["text"], path=name, title=obj.get("title"), meta=meta)
    else:
        raise InputError(f"{name}: field 'text' (or 'html') is required and must not be empty")
    if not doc.text:
        raise InputError(f"{name}: empty input")
    lang = obj.get("lang")
    if lang and lang not in SUPPORTED_LANGS:
        raise UnsupportedLanguage(f"{name}: language '{lang[:20]}' is not supported "
                                  "(supported: de, en)")
    doc.lang = lang or doc.lang
    return doc


def parse_body(body: bytes, content_type: str | None, *, name: str = "<request>",
               max_bytes: int = DEFAULT_MAX_BYTES) -> tuple[list[Document | str], bool]:
    """Documents (or one-line error strings, per JSONL line) from a request body.

    Returns (items, many): `many` is True for JSONL and JSON arrays (answered with a list).
    Raises ApiError for a body that cannot be read at all.
    """
    from .ingest import read_bytes
    from .ingest.text import looks_binary

    kind, charset = media_kind(content_type)
    body = _recode(body, charset)
    if not body.strip():
        raise ApiError(400, "empty body", f"{name}: the request body is empty")
    if kind == "json":
        if looks_binary(body):
            raise ApiError(400, "invalid body", f"{name}: binary data, not JSON")
        try:
            obj = json.loads(body.decode("utf-8-sig"))
        except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
            msg = getattr(exc, "msg", None) or exc.__class__.__name__
            raise ApiError(400, "malformed JSON", f"{name}: {msg}") from None
        if isinstance(obj, list):
            if not obj:
                raise ApiError(400, "empty body", f"{name}: the JSON array is empty")
            items: list[Document | str] = []
            for i, rec in enumerate(obj, 1):
                try:
                    items.append(_json_record(rec, f"{name}[{i}]"))
                except InputError as exc:
                    items.append(str(exc))
            return items, True
        try:
            return [_json_record(obj, name)], False
        except UnsupportedLanguage as exc:
            raise ApiError(422, "unsupported language", str(exc)) from None
        except InputError as exc:
            raise ApiError(400, "invalid body", str(exc)) from None
    out: list[Document | str] = []
    for item in read_bytes(body, name, kind=kind, max_bytes=max_bytes):
        out.append(item.doc if item.doc is not None else (item.error or f"{item.name}: unreadable"))
    if kind != "jsonl" and isinstance(out[0], str):
        raise ApiError(400, "invalid body", out[0])
    return out, kind == "jsonl"


def analyze_doc(doc: Document, lang: str | None = None) -> Document:
    """Run the pipeline on one ingested Document; bad input becomes an ApiError."""
    from .pipeline import run

    if lang:
        doc.lang = lang
    try:
        return run(doc)
    except UnsupportedLanguage as exc:
        raise ApiError(422, "unsupported language", str(exc)) from None
    except ClaimgraphError as exc:
        raise ApiError(400, "invalid input", str(exc)) from None
    except RecursionError:
        raise ApiError(400, "invalid input", f"{doc.path}: input too deeply nested") from None
    except Exception as exc:  # a bug in one stage: answer 500 for this document, keep serving
        log.exception("analysis failed for %s", doc.path)
        raise ApiError(500, "analysis failed",
                       f"{doc.path}: internal error ({exc.__class__.__name__})") from None


def analyze_items(items: list[Document | str], lang: str | None) -> list[Document | dict]:
    """Analyse many items; failures stay in the list as `{"error", "name"}` (per document)."""
    out: list[Document | dict] = []
    for item in items:
        if isinstance(item, str):
            out.append({"error": item})
            continue
        try:
            out.append(analyze_doc(item, lang))
        except ApiError as exc:
            out.append({"error": str(exc.detail or exc.error), "name": item.path})
    return out


async def read_documents(request: Request, lang: str | None) -> tuple[list[Document | dict], bool]:
    """Body -> analysed documents (in the thread pool: analysis is CPU-bound)."""
    settings: Settings = request.app.state.settings
    lang = check_lang(lang)
    body = await request.body()
    items, many = parse_body(body, request.headers.get("content-type"),
                             max_bytes=settings.max_bytes)
    if many:
        return await run_in_threadpool(analyze_items, items, lang), True
    doc = items[0]
    assert isinstance(doc, Document)
    return [await run_in_threadpool(analyze_doc, doc, lang)], False


# --- auth ---------------------------------------------------------------------------------------

bearer = HTTPBearer(auto_error=False, description="`Authorization: Bearer <token>` "
                    "(the server's --token or CLAIMGRAPH_TOKEN); needed for writes only")


def require_token(request: Request,
                  cred: HTTPAuthorizationCredentials | None = Depends(bearer)) -> None:
    """Writes need the configured token: 503 when none is configured, 401 when wrong/missing."""
    expected = request.app.state.settings.token
    if not expected:
        raise ApiError(503, "writes are disabled",
                       "no token is configured (start the server with --token or CLAIMGRAPH_TOKEN)")
    given = cred.credentials if cred else ""
    if not given or not hmac.compare_digest(given.encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "send Authorization: Bearer <token>")


# --- the app ------------------------------------------------------------------------------------


def _error(status: int, error: str, detail: Any = None, headers: dict | None = None) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route offers for this path (for the Allow header of a 405)."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches({**request.scope, "method": "\x00"})
        if match != Match.NONE:
            methods |= set(getattr(route, "methods", None) or ())
    return sorted(methods)


def _install_error_handlers(app: FastAPI) -> None:
    from .web.views import wants_html, html_error

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> Response:
        if wants_html(request):
            return html_error(request, exc.status, exc.error, exc.detail)
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return _error(exc.status, exc.error, exc.detail, headers)

    @app.exception_handler(BodyTooLarge)
    async def _too_large(request: Request, exc: BodyTooLarge) -> Response:
        detail = f"the request body is larger than {exc.limit:,} bytes"
        if wants_html(request):
            return html_error(request, 413, "request too large", detail)
        return _error(413, "request too large", detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> Response:
        from http import HTTPStatus

        phrase = HTTPStatus(exc.status_code).phrase.lower()
        detail = exc.detail if exc.detail != HTTPStatus(exc.status_code).phrase else None
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:  # Starlette lists only the first route's methods
            headers["Allow"] = ", ".join(_allowed_methods(request))
        if wants_html(request):
            return html_error(request, exc.status_code, phrase, detail)
        return _error(exc.status_code, phrase, detail, headers or None)

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in exc.errors()]
        if wants_html(request):
            return html_error(request, 422, "invalid request", "; ".join(d["msg"] for d in detail))
        return _error(422, "invalid request", detail)

    @app.exception_handler(Exception)
    async def _internal(request: Request, exc: Exception) -> Response:
        log.exception("internal error on %s", request.url.path)
        return _error(500, "internal error", exc.__class__.__name__)


def create_app(store_url: str | None = None, token: str | None = None, *,
               max_bytes: int = DEFAULT_MAX_BYTES, cors_origins: list[str] | None = None) -> FastAPI:
    """The claimgraph web app: JSON API plus HTML pages.

    Args:
        store_url: store for /documents, /entities, /corpus… (None: those answer 503).
        token: bearer token for writes; None reads CLAIMGRAPH_TOKEN; empty disables writes.
        max_bytes: largest accepted request body (413 above it).
        cors_origins: origins allowed by CORS; none (the default) means CORS stays off.
    """
    if token is None:
        token = os.environ.get("CLAIMGRAPH_TOKEN") or None
    settings = Settings(store_url, token or None, max_bytes, list(cors_origins or []))
    gateway = StoreGateway(store_url)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        gateway.close()

    app = FastAPI(title="claimgraph", version=__version__, lifespan=lifespan,
                  docs_url=None, redoc_url=None, openapi_url="/openapi.json",
                  description="Who says so, and through whom? Attributions from news text "
                              "(contract v1). Every HTML page has a JSON twin here.")
    app.state.settings = settings
    app.state.store = gateway
    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins,
                           allow_methods=["GET", "POST"], allow_headers=["Authorization", "Content-Type"])
    app.add_middleware(SecurityHeadersMiddleware)
    app.add_middleware(BodyLimitMiddleware, max_bytes=max_bytes)
    _install_error_handlers(app)
    _add_api_routes(app)
    from .web.views import add_page_routes

    add_page_routes(app)
    return app


def _add_api_routes(app: FastAPI) -> None:
    lang_q = Query(None, description="Language of the text (de | en); default: detected.",
                   max_length=20)

    @app.post("/analyze", tags=["analysis"], summary="Analyse text without storing it",
              openapi_extra=schemas.ANALYZE_BODY, responses=schemas.responses(
                  200, 400, 413, 415, 422, ok=schemas.DOCUMENT_OR_LIST))
    async def analyze(request: Request, lang: str | None = lang_q) -> Response:
        docs, many = await read_documents(request, lang)
        if not any(isinstance(d, Document) for d in docs):  # every line failed: a bad request
            raise ApiError(400, "no document could be analysed", docs)
        payload = [d.to_dict() if isinstance(d, Document) else d for d in docs]
        return JSONResponse(payload if many else payload[0])

    @app.post("/documents", tags=["store"], status_code=201,
              summary="Analyse and store (needs the bearer token)",
              dependencies=[Depends(require_token)], openapi_extra=schemas.ANALYZE_BODY,
              responses=schemas.responses(201, 400, 401, 413, 415, 422, 503, ok=schemas.STORED))
    async def add_documents(request: Request, lang: str | None = lang_q) -> Response:
        gateway: StoreGateway = request.app.state.store
        docs, _many = await read_documents(request, lang)
        stored, errors = [], []
        for d in docs:
            if not isinstance(d, Document):
                errors.append(d)
                continue
            row = await gateway.call(lambda s, doc=d: s.add(doc))
            stored.append({"id": row, "hash": d.id, "title": d.title,
                           "attributions": len(d.attributions), "url": f"/documents/{row}"})
        if not stored:
            raise ApiError(400, "nothing stored", errors)
        return JSONResponse({"stored": stored, "errors": errors}, status_code=201)

    from .web.corpus_api import add_corpus_api_routes

    add_corpus_api_routes(app)


def serve(store_url: str | None = None, *, host: str = "127.0.0.1", port: int = 8000,
          token: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
          cors_origins: list[str] | None = None) -> None:
    """Run the app with uvicorn until interrupted (the `claimgraph serve` command)."""
    import uvicorn

    app = create_app(store_url, token, max_bytes=max_bytes, cors_origins=cors_origins)
    uvicorn.run(app, host=host, port=port, log_level="info", server_header=False)
