"""HTML pages: paste/upload box, article view, corpus browser, API reference.

Each page has a JSON twin in the API (linked from the page): `/view` ↔ `POST /analyze`,
`/corpus/documents/{id}` ↔ `/documents/{id}`, and so on. Templates are Jinja2 with autoescape
on; the only pre-built HTML is what `render.py` and `graph.py` make from escaped segments.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool

from ..model import Document
from .render import KIND_LABELS, article_context, finalize, short

HERE = Path(__file__).parent
#: path prefixes answered with HTML error pages (everything else gets JSON errors)
HTML_PREFIXES = ("/corpus", "/view")
FORM_KINDS = {".html": "text/html", ".htm": "text/html", ".xhtml": "text/html",
              ".jsonl": "application/x-ndjson", ".ndjson": "application/x-ndjson"}


@lru_cache(maxsize=1)
def templates() -> Environment:
    """The Jinja2 environment: autoescape on for every template (and for strings).

    Undefined names render empty (the default) because store rows are dicts whose optional
    keys differ between backends.
    """
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      trim_blocks=True, lstrip_blocks=True, finalize=finalize)
    env.globals.update(kind_labels=KIND_LABELS, short=short)
    return env


def page(name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
    ctx.setdefault("json_twin", None)
    ctx.setdefault("title", "claimgraph")
    return HTMLResponse(templates().get_template(name).render(**ctx), status_code=status)


def wants_html(request: Request) -> bool:
    """HTML errors for the pages, JSON for the API."""
    path = request.url.path
    return path == "/" or path.startswith(HTML_PREFIXES)


def html_error(request: Request, status: int, error: str, detail: Any = None) -> HTMLResponse:
    text = detail if isinstance(detail, str) else (json.dumps(detail) if detail else "")
    return page("error.html", status=status, title=f"{status} {error}", error=error,
                detail=text, code=status)


async def _form_body(request: Request) -> tuple[bytes, str, str | None, str]:
    """(body, content type, lang, name) from the paste/upload form."""
    from ..api import ApiError

    form = await request.form(max_files=1, max_fields=10)
    lang = form.get("lang")
    lang = lang if isinstance(lang, str) and lang else None
    upload = form.get("file")
    if upload is not None and not isinstance(upload, str) and upload.filename:
        data = await upload.read()
        name = upload.filename[:200]
        if name.lower().endswith(".json"):
            return data, "application/claimgraph+json", lang, name
        suffix = Path(name.lower()).suffix
        return data, FORM_KINDS.get(suffix, "text/plain"), lang, name
    text = form.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ApiError(400, "nothing to analyse", "paste a text or choose a file")
    kind = "text/html" if text.lstrip().lower().startswith(("<!doctype html", "<html")) \
        else "text/plain"
    return text.encode("utf-8"), kind, lang, "pasted text"


def _load_contract(data: bytes, name: str) -> list[Document]:
    """Documents from an uploaded claimgraph JSON (one object, a list, or JSON lines)."""
    from ..api import ApiError

    try:
        text = data.decode("utf-8-sig")
        objs = json.loads(text) if text.lstrip().startswith(("{", "[")) and "\n{" not in text \
            else [json.loads(line) for line in text.splitlines() if line.strip()]
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        raise ApiError(400, "malformed JSON", f"{name}: {exc.__class__.__name__}") from None
    objs = objs if isinstance(objs, list) else [objs]
    docs = []
    for i, obj in enumerate(objs, 1):
        if not isinstance(obj, dict) or "claimgraph" not in obj or not isinstance(obj.get("text"), str):
            raise ApiError(400, "not a claimgraph document",
                           f"{name}: item {i} is not claimgraph JSON (contract v1)")
        try:
            docs.append(Document.from_dict(obj))
        except (KeyError, TypeError, ValueError, IndexError, AttributeError) as exc:
            raise ApiError(400, "not a claimgraph document",
                           f"{name}: item {i} does not match contract v1 ({exc.__class__.__name__})")
    return docs


def _docs_page(docs: list[Document | dict], *, title: str, json_twin: str | None = None,
               notes: list[str] | None = None) -> HTMLResponse:
    articles = []
    errors = list(notes or [])
    for i, d in enumerate(docs):
        if isinstance(d, Document):
            articles.append(article_context(d, prefix=f"d{i}-" if len(docs) > 1 else ""))
        else:
            errors.append(str(d.get("error")))
    return page("article.html", title=title, articles=articles, errors=errors, json_twin=json_twin)


def add_page_routes(app: FastAPI) -> None:
    """Register the HTML pages and the static files on `app`."""
    from ..api import ApiError, analyze_items, check_lang, parse_body

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")

    @app.api_route("/", methods=["GET", "HEAD"], response_class=HTMLResponse,
                   include_in_schema=False)
    async def index() -> HTMLResponse:
        return page("index.html", title="claimgraph: who says so?", json_twin="/openapi.json")

    @app.get("/view", include_in_schema=False)
    async def view_get() -> Response:
        return RedirectResponse("/", status_code=303)

    @app.post("/view", response_class=HTMLResponse, include_in_schema=False)
    async def view(request: Request) -> HTMLResponse:
        body, ctype, lang, name = await _form_body(request)
        lang = check_lang(lang)
        if ctype == "application/claimgraph+json":
            docs: list[Document | dict] = list(_load_contract(body, name))
            notes = ["shown as uploaded (claimgraph JSON is not analysed again)"]
        else:
            items, _many = parse_body(body, ctype, name=name,
                                      max_bytes=request.app.state.settings.max_bytes)
            docs = await run_in_threadpool(analyze_items, items, lang)
            notes = []
            if len(docs) == 1 and isinstance(docs[0], dict):
                raise ApiError(422 if "not supported" in str(docs[0]["error"]) else 400,
                               "cannot analyse", docs[0]["error"])
        return _docs_page(docs, title=f"claimgraph: {name}", json_twin=None, notes=notes)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    async def api_docs(request: Request) -> HTMLResponse:
        spec = request.app.openapi()
        ops = [{"method": m.upper(), "path": p, "summary": op.get("summary", ""),
                "params": [x.get("name") for x in op.get("parameters", [])],
                "body": list((op.get("requestBody") or {}).get("content", {})),
                "codes": sorted((op.get("responses") or {}).keys()),
                "auth": bool(op.get("security"))}
               for p, methods in spec.get("paths", {}).items() for m, op in methods.items()]
        return page("docs.html", title="claimgraph HTTP API", ops=ops, json_twin="/openapi.json",
                    version=spec.get("info", {}).get("version", ""))

    # --- corpus (the store) -------------------------------------------------------------------

    async def store_call(request: Request, fn: Any) -> Any:
        return await request.app.state.store.call(fn)

    @app.get("/corpus", response_class=HTMLResponse, include_in_schema=False)
    async def corpus(request: Request, offset: int = Query(0, ge=0, le=10_000_000)) -> HTMLResponse:
        documents = await store_call(request, lambda s: s.list_documents(limit=50, offset=offset))
        entities = await store_call(request, lambda s: s.list_entities(limit=50))
        findings = await store_call(request, lambda s: s.list_findings(limit=50))
        return page("corpus.html", title="claimgraph corpus", documents=documents,
                    entities=entities, findings=findings, offset=offset, json_twin="/documents")

    @app.get("/corpus/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    async def corpus_document(request: Request, doc_id: str) -> HTMLResponse:
        from .corpus_api import _doc_key

        doc = await store_call(request, lambda s: s.get_document(_doc_key(doc_id[:100])))
        if doc is None:
            raise ApiError(404, "not found", f"no document {doc_id[:80]!r} in the store")
        return _docs_page([doc], title=doc.title or doc.path or doc.id,
                          json_twin=f"/documents/{doc_id}")

    @app.get("/corpus/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    async def corpus_entity(request: Request, entity_id: int) -> HTMLResponse:
        row = await store_call(request, lambda s: s.get_entity(entity_id))
        if row is None:
            raise ApiError(404, "not found", f"no entity {entity_id} in the store")
        return page("entity.html", title=str(row.get("name", entity_id)), entity=row,
                    json_twin=f"/entities/{entity_id}")

    @app.get("/corpus/search", response_class=HTMLResponse, include_in_schema=False)
    async def corpus_search(request: Request,
                            q: str = Query("", max_length=200)) -> HTMLResponse:
        rows = await store_call(request, lambda s: s.search(q, limit=100)) if q.strip() else []
        from urllib.parse import quote

        return page("search.html", title=f"search: {q}", q=q, rows=rows,
                    json_twin=f"/search?q={quote(q)}" if q.strip() else None)
