"""HTTP API and article rendering: auth, limits, malformed bodies, languages, the article view.

The rendering tests use a team-written article with hand-made attributions (`sample_doc`), so
they check the page against known spans whatever the attribution rules currently find; the
API tests run the real pipeline.
"""

from __future__ import annotations

import json
import re
import warnings

import pytest

pytest.importorskip("fastapi", reason="needs the [web] extra")

from starlette.exceptions import StarletteDeprecationWarning  # noqa: E402

with warnings.catch_warnings():  # starlette 1.x prefers httpx2; httpx works the same here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

from claimgraph.api import create_app  # noqa: E402
from claimgraph.model import (  # noqa: E402
    Attribution, Document, Embed, Entity, Finding, Quantity, SourceMention, Span, TextSpan, Via,
)
from claimgraph.segment import paragraphs  # noqa: E402
from claimgraph.web.render import blocks, markup, marks_for, source_groups  # noqa: E402

TOKEN = "s3cret-test-token"

# A team-written article (invented people; the town and outlets are real names).
SAMPLE_TEXT = """Stadtrat streitet über zweite Rheinbrücke
Die Stadt Laufenburg will bis 2028 eine zweite Rheinbrücke bauen. Laut Bauamt sollen die Kosten bei etwa 85 Millionen Franken liegen.
«Wir bauen diese Brücke für die Pendler, nicht für den Güterverkehr», sagte Stadtpräsidentin Claudia Alber am Dienstag.
Der Verkehrsclub kritisiert das Projekt. Die Brücke werde vor allem Lastwagen anziehen, erklärt VCS-Sprecher Jonas Frei gegenüber «SRF».
Kritik aus dem Quartier
Anwohner sollen bereits 3000 Unterschriften gesammelt haben, berichtet die «Aargauer Zeitung».
RHINE WATCH
— Rheinwatch (@rheinwatch) May 3, 2025
The new bridge will carry 20,000 trucks a day, officials admit.
pic.twitter.com/abc123XYZ"""


def _span(text: str, needle: str, after: int = 0) -> Span:
    start = text.index(needle, after)
    return Span(start, start + len(needle))


def _ts(text: str, needle: str) -> TextSpan:
    return TextSpan(needle, _span(text, needle))


def sample_doc(text: str = SAMPLE_TEXT) -> Document:
    """The sample article with hand-made attributions, entities, quantities, embed, finding."""
    t = text
    doc = Document(text=t, lang="de", title=t.splitlines()[0], path="sample-bruecke.txt")
    doc.paragraphs = paragraphs(t)
    post = Embed("m1", "twitter", Span(t.index("RHINE WATCH"), len(t)), author="Rheinwatch",
                 handle="rheinwatch", date="2025-05-03", url="https://pic.twitter.com/abc123XYZ")
    doc.embeds = [post]
    for p in doc.paragraphs:
        if post.span.contains(p.span):
            p.kind = "embed"
    doc.entities = [
        Entity("e1", "Claudia Alber", "person", ["Alber"], "Stadtpräsidentin", "Laufenburg"),
        Entity("e2", "Jonas Frei", "person", [], "Sprecher", "VCS"),
        Entity("e3", "Bauamt", "organisation"),
        Entity("e4", "SRF", "outlet"),
        Entity("e5", "Aargauer Zeitung", "outlet"),
        Entity("e6", "Rheinwatch (@rheinwatch)", "social_account"),
    ]
    srf, az = _span(t, "SRF"), _span(t, "Aargauer Zeitung")
    doc.attributions = [
        Attribution("according_to", _ts(t, "die Kosten bei etwa 85 Millionen Franken liegen"),
                    cue=_ts(t, "Laut"), modality="reported", id="a1",
                    source=SourceMention("Bauamt", _span(t, "Bauamt"), "Bauamt",
                                         type="organisation", entity="e3")),
        Attribution("direct", _ts(t, "Wir bauen diese Brücke für die Pendler, nicht für den Güterverkehr"),
                    cue=_ts(t, "sagte"), id="a2",
                    source=SourceMention("Stadtpräsidentin Claudia Alber",
                                         _span(t, "Stadtpräsidentin Claudia Alber"), "Claudia Alber",
                                         "Stadtpräsidentin", "Laufenburg", "person", "e1")),
        Attribution("indirect", _ts(t, "Die Brücke werde vor allem Lastwagen anziehen"),
                    cue=_ts(t, "erklärt"), id="a3",
                    source=SourceMention("VCS-Sprecher Jonas Frei", _span(t, "VCS-Sprecher Jonas Frei"),
                                         "Jonas Frei", "Sprecher", "VCS", "person", "e2"),
                    via=[Via("SRF", "outlet", "e4", srf)]),
        Attribution("reportative", _ts(t, "Anwohner sollen bereits 3000 Unterschriften gesammelt haben"),
                    cue=_ts(t, "sollen"), id="a4", modality="reported",
                    via=[Via("Aargauer Zeitung", "outlet", "e5", az)]),
        Attribution("embed", _ts(t, "The new bridge will carry 20,000 trucks a day, officials admit."),
                    id="a5", embed="m1",
                    source=SourceMention("Rheinwatch", None, "Rheinwatch (@rheinwatch)",
                                         type="social_account", entity="e6")),
    ]
    doc.quantities = [
        Quantity("etwa 85 Millionen Franken", _span(t, "etwa 85 Millionen Franken"), 85_000_000,
                 "approx", "Franken"),
        Quantity("3000 Unterschriften", _span(t, "3000 Unterschriften"), 3000, "exact", "Unterschriften"),
        Quantity("20,000 trucks", _span(t, "20,000 trucks"), 20000, "exact", "trucks"),
    ]
    doc.findings = [Finding("conflict", "purpose: for commuters (Alber) vs. trucks (Rheinwatch)",
                            ["a2", "a5"], ["Claudia Alber", "Rheinwatch (@rheinwatch)"])]
    return doc


@pytest.fixture()
def client(monkeypatch) -> TestClient:
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    with TestClient(create_app(token=TOKEN, max_bytes=50_000), raise_server_exceptions=False) as c:
        yield c


# --- rendering ------------------------------------------------------------------------------


def test_markup_is_well_formed_for_overlapping_marks():
    from claimgraph.web.render import Mark

    text = "abcdefghij"
    marks = [Mark(0, 6, 0, "att"), Mark(4, 9, 1, "cue"), Mark(2, 3, 3, "qty")]
    html = str(markup(text, 0, len(text), marks))
    assert re.sub(r"<[^>]+>", "", html) == text  # no character lost or doubled
    depth = 0
    for tag in re.findall(r"</?span", html):
        depth += 1 if tag == "<span" else -1
        assert depth >= 0
    assert depth == 0


@pytest.mark.parametrize("att_id, kind, needle", [
    ("a1", "according_to", "die Kosten bei etwa 85 Millionen Franken liegen"),
    ("a2", "direct", "Wir bauen diese Brücke für die Pendler, nicht für den Güterverkehr"),
    ("a3", "indirect", "Die Brücke werde vor allem Lastwagen anziehen"),
    ("a4", "reportative", "Anwohner sollen bereits 3000 Unterschriften gesammelt haben"),
    ("a5", "embed", "The new bridge will carry 20,000 trucks a day, officials admit."),
])
def test_each_statement_is_highlighted_with_its_kind(att_id, kind, needle):
    html = "".join(str(b.html) + "".join(map(str, b.lines)) for b in blocks(sample_doc()))
    pieces = _tree(html).xpath(f'//span[@data-att="{att_id}"][contains(@class, "att ")]')
    assert pieces, f"{att_id} not highlighted"
    assert all(f"k-{kind}" in p.get("class") for p in pieces)
    assert "".join(p.text_content() for p in pieces) == needle


def _tree(html: str):
    from lxml import html as lxml_html

    return lxml_html.fromstring(f"<div>{html}</div>")


@pytest.mark.parametrize("cls, expected", [
    ("cue", ["Laut", "sagte", "erklärt", "sollen"]),
    ("qty", ["etwa 85 Millionen Franken", "3000 Unterschriften", "20,000 trucks"]),
    ("via", ["SRF", "Aargauer Zeitung"]),
])
def test_cues_quantities_and_relays_are_marked(cls, expected):
    doc = sample_doc()
    found = sorted(doc.text[m.start:m.end] for m in marks_for(doc) if m.classes == cls)
    assert found == sorted(expected)


def test_sources_are_grouped_with_counts_and_unsourced_last():
    groups = source_groups(sample_doc())
    assert [g.name for g in groups][-1] == "(no named source)"
    assert {g.name: g.count for g in groups}["Claudia Alber"] == 1
    assert sum(g.count for g in groups) == 5


def test_embed_paragraphs_become_one_card():
    cards = [b for b in blocks(sample_doc()) if b.kind == "embed"]
    assert len(cards) == 1 and cards[0].embed["handle"] == "rheinwatch"
    assert len(cards[0].lines) == 4


def test_out_of_range_spans_do_not_break_rendering():
    doc = sample_doc()
    doc.attributions[0].content = TextSpan("x", Span(len(doc.text) - 3, len(doc.text) + 500))
    doc.quantities.append(Quantity("y", Span(-20, 2), 1))
    html = "".join(str(b.html) + "".join(map(str, b.lines)) for b in blocks(doc))
    text = _tree(html).text_content()
    assert text.startswith("Stadtrat streitet") and text.endswith("abc123XYZ")


# --- the article page -----------------------------------------------------------------------


def _upload_json(client: TestClient, docs: list[Document]):
    payload = json.dumps([d.to_dict() for d in docs]).encode()
    return client.post("/view", files={"file": ("result.json", payload, "application/json")})


def test_view_of_uploaded_result_shows_panel_findings_and_graph(client):
    r = _upload_json(client, [sample_doc()])
    assert r.status_code == 200, r.text
    html = r.text
    assert html.count('class="att k-') >= 5
    assert 'class="finding f-conflict"' in html and 'href="#att-a2"' in html
    assert html.count('class="source ') == 5
    assert "<svg" in html and 'href="#att-a5"' in html
    assert 'class="embed-card"' in html and "@rheinwatch" in html
    assert '<h1 class="headline">' in html and '<h2 class="subhead">' in html


def test_view_of_pasted_text_runs_the_pipeline(client):
    r = client.post("/view", data={"text": SAMPLE_TEXT, "lang": "de"})
    assert r.status_code == 200, r.text[:300]
    assert "Rheinbrücke" in r.text and 'class="doc"' in r.text


@pytest.mark.parametrize("path", ["/", "/docs"])
def test_pages_carry_security_headers(client, path):
    r = client.get(path)
    assert r.status_code == 200
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "<script>" not in r.text and " onclick=" not in r.text  # no inline script


def test_static_files_are_served(client):
    assert client.get("/static/app.js").status_code == 200
    js = client.get("/static/app.js").text
    assert not re.search(r"\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|eval\(", js)
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


# --- analysis API ---------------------------------------------------------------------------


def test_analyze_plain_text_returns_contract_v1(client):
    r = client.post("/analyze?lang=de", content=SAMPLE_TEXT.encode(),
                    headers={"Content-Type": "text/plain; charset=utf-8"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["claimgraph"] == "1" and body["lang"] == "de" and body["text"].startswith("Stadtrat")
    assert isinstance(body["attributions"], list)


def test_analyze_json_and_jsonl(client):
    r = client.post("/analyze", json={"text": SAMPLE_TEXT, "lang": "de"})
    assert r.status_code == 200 and r.json()["id"].startswith("sha256:")
    lines = "\n".join([json.dumps({"text": SAMPLE_TEXT, "lang": "de"}), "{broken",
                       json.dumps({"text": "Zweiter Text ohne Zitat, nur ein Satz.", "lang": "de"})])
    r = client.post("/analyze", content=lines.encode(), headers={"Content-Type": "application/x-ndjson"})
    assert r.status_code == 200
    items = r.json()
    assert len(items) == 3 and "error" in items[1] and items[2]["claimgraph"] == "1"


def test_analyze_html_body(client):
    html = ("<html><head><title>Brücke</title></head><body><article><h1>Brücke</h1>"
            f"<p>{SAMPLE_TEXT.splitlines()[2]}</p><p>{SAMPLE_TEXT.splitlines()[3]}</p>"
            "</article></body></html>")
    r = client.post("/analyze?lang=de", content=html.encode(), headers={"Content-Type": "text/html"})
    assert r.status_code == 200, r.text
    assert "Pendler" in r.json()["text"] and "<p>" not in r.json()["text"]


@pytest.mark.parametrize("body, ctype, status, error", [
    (b"{not json", "application/json", 400, "malformed JSON"),
    (b'{"text": 42}', "application/json", 400, "invalid body"),
    (b'{"title": "nur Titel"}', "application/json", 400, "invalid body"),
    (b'["a", "b"]', "application/json", 400, "no document could be analysed"),
    (b"\x00\x01\x02\xff\xfe binary", "text/plain", 400, "invalid body"),
    (b"\xff\xfe\xfa invalid utf8 text here", "text/plain", 400, "invalid body"),
    (b"", "text/plain", 400, "empty body"),
    (b"GIF89a....", "image/gif", 415, "unsupported media type"),
    (b"text=hallo", "application/x-www-form-urlencoded", 415, "unsupported media type"),
    (b'{"text": "Ein Satz auf Deutsch, der lang genug ist.", "lang": "fr"}', "application/json",
     422, "unsupported language"),
])
def test_malformed_bodies_get_json_errors(client, body, ctype, status, error):
    r = client.post("/analyze", content=body, headers={"Content-Type": ctype})
    assert r.status_code == status, r.text
    data = r.json()
    assert data["error"] == error and isinstance(data.get("detail"), (str, list, type(None)))
    assert "Traceback" not in r.text


@pytest.mark.parametrize("query", ["lang=fr", "lang=xx", "lang=" + "d" * 19])
def test_unsupported_language_parameter_is_422(client, query):
    r = client.post(f"/analyze?{query}", content=SAMPLE_TEXT.encode(),
                    headers={"Content-Type": "text/plain"})
    assert r.status_code == 422 and r.json()["error"] == "unsupported language"


def test_text_in_unsupported_language_is_422(client):
    text = ("Le ministre a déclaré lundi que le nouveau pont serait construit avant la fin de "
            "l'année prochaine, selon les autorités de la ville.")
    r = client.post("/analyze", content=text.encode(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 422 and "not supported" in r.json()["detail"]


@pytest.mark.parametrize("size, status", [(49_000, 200), (50_001, 413), (400_000, 413)])
def test_request_size_limit(client, size, status):
    text = ("Die Stadt baut eine Bruecke. " * (size // 28 + 1))[:size]  # ASCII: chars == bytes
    r = client.post("/analyze?lang=de", content=text.encode(), headers={"Content-Type": "text/plain"})
    assert r.status_code == status
    if status == 413:
        assert r.json()["error"] == "request too large"


def test_streamed_body_above_limit_is_413(client):
    def chunks():
        for _ in range(20):
            yield b"Die Stadt baut eine Br\xc3\xbccke. " * 200

    r = client.post("/analyze?lang=de", content=chunks(), headers={"Content-Type": "text/plain"})
    assert r.status_code == 413 and r.json()["error"] == "request too large"


# --- auth -----------------------------------------------------------------------------------


@pytest.mark.parametrize("headers, status", [
    ({}, 401),
    ({"Authorization": "Bearer wrong-token"}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401),
    ({"Authorization": f"Bearer {TOKEN}x"}, 401),
    ({"Authorization": f"Bearer {TOKEN}"}, 503),  # right token, but no store configured here
])
def test_writes_need_the_token(client, headers, status):
    r = client.post("/documents?lang=de", content=SAMPLE_TEXT.encode(),
                    headers={"Content-Type": "text/plain", **headers})
    assert r.status_code == status, r.text
    assert "error" in r.json()
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"


def test_writes_are_off_without_a_configured_token(monkeypatch):
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    with TestClient(create_app(token=None)) as c:
        r = c.post("/documents", content=SAMPLE_TEXT.encode(),
                   headers={"Content-Type": "text/plain", "Authorization": "Bearer anything"})
    assert r.status_code == 503 and r.json()["error"] == "writes are disabled"


def test_token_from_environment(monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_TOKEN", "from-env")
    with TestClient(create_app()) as c:
        bad = c.post("/documents", content=b"x", headers={"Content-Type": "text/plain"})
        good = c.post("/documents?lang=de", content=SAMPLE_TEXT.encode(),
                      headers={"Content-Type": "text/plain", "Authorization": "Bearer from-env"})
    assert bad.status_code == 401 and good.status_code == 503  # 503: no store in this app


@pytest.mark.parametrize("path", ["/documents", "/entities", "/findings", "/search?q=Alber",
                                  "/export.json"])
def test_store_routes_without_store_say_so(client, path):
    r = client.get(path)
    assert r.status_code == 503 and r.json()["error"] == "no store configured"


def test_unknown_route_is_json_404(client):
    r = client.get("/nope")
    assert r.status_code == 404 and r.json()["error"] == "not found"


def test_cors_is_off_by_default(client):
    r = client.options("/analyze", headers={"Origin": "https://evil.example",
                                            "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def test_openapi_lists_every_endpoint(client):
    spec = client.get("/openapi.json").json()
    for path in ("/analyze", "/documents", "/documents/{doc_id}", "/entities",
                 "/entities/{entity_id}", "/findings", "/search", "/export.json", "/export.csv",
                 "/export.graphml"):
        assert path in spec["paths"], path
    body = spec["paths"]["/analyze"]["post"]["requestBody"]["content"]
    assert set(body) == {"text/plain", "text/html", "application/x-ndjson", "application/json"}


# --- the store routes (a real in-memory SQLite store) ---------------------------------------


@pytest.fixture()
def store_client(monkeypatch):
    """An app over a fresh `:memory:` store holding the sample article."""
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    app = create_app(":memory:", token=TOKEN)
    with TestClient(app) as c:
        doc = sample_doc()
        c.portal.call(lambda: app.state.store.call(lambda s: s.add(doc)))
        yield c


def test_store_lists_and_gets(store_client):
    c = store_client
    rows = c.get("/documents").json()
    assert [r["title"] for r in rows] == ["Stadtrat streitet über zweite Rheinbrücke"]
    doc = c.get(f"/documents/{rows[0]['id']}").json()
    assert doc["claimgraph"] == "1" and len(doc["attributions"]) == 5
    assert c.get(f"/documents/{rows[0]['hash']}").json()["id"] == rows[0]["hash"]
    assert c.get("/documents/424242").status_code == 404


def test_entity_has_its_statements_across_documents(store_client):
    c = store_client
    alber = next(e for e in c.get("/entities?q=alber").json() if e["name"] == "Claudia Alber")
    ent = c.get(f"/entities/{alber['id']}").json()
    assert [s["attribution"]["content"]["text"][:12] for s in ent["statements"]] == ["Wir bauen di"]
    page = c.get(f"/corpus/entities/{alber['id']}")
    assert page.status_code == 200 and "Wir bauen diese Brücke" in page.text


@pytest.mark.parametrize("path, expect", [
    ("/findings", "purpose: for commuters"),
    ("/search?q=Pendler", "Wir bauen diese Brücke"),
    ("/export.json", "Rheinwatch"),
    ("/export.csv", "Wir bauen diese Brücke"),
    ("/export.graphml", "<graphml"),
    ("/corpus", "Stadtrat streitet"),
    ("/corpus/search?q=Pendler", "Wir bauen diese Brücke"),
    ("/corpus/documents/1", 'class="att k-direct'),
])
def test_store_pages_and_twins(store_client, path, expect):
    r = store_client.get(path)
    assert r.status_code == 200, r.text[:200]
    assert expect in r.text


def test_post_documents_stores_with_the_right_token(store_client):
    text = "Bahn plant neue Linie\n«Wir eröffnen die Linie im Mai», sagte Bahnchefin Eva Rossi am Montag."
    r = store_client.post("/documents?lang=de", content=text.encode(),
                          headers={"Content-Type": "text/plain", "Authorization": f"Bearer {TOKEN}"})
    if r.status_code == 500:
        pytest.fail(f"the pipeline failed on a two-line German article: {r.json()}")
    assert r.status_code == 201, r.text
    stored = r.json()["stored"][0]
    assert store_client.get(stored["url"]).json()["title"] == "Bahn plant neue Linie"
    assert len(store_client.get("/documents").json()) == 2


def test_jsonl_upload_renders_each_document_with_its_own_ids(client):
    lines = "\n".join(json.dumps({"text": t, "lang": "de"}) for t in [
        "«Wir bauen die Brücke», sagte Stadtpräsidentin Anna Roth am Montag.",
        "Laut Polizei sollen drei Personen verletzt worden sein.",
    ])
    r = client.post("/view", files={"file": ("two.jsonl", lines.encode(), "application/x-ndjson")})
    assert r.status_code == 200
    tree = _tree(r.text)
    assert [a.get("id") for a in tree.xpath("//article")] == ["d0-doc", "d1-doc"]
    ids = tree.xpath("//@id")
    assert len(ids) == len(set(ids))  # no id clashes between the two documents
