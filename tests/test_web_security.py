"""XSS and spoofing: hostile article text and hostile JSON fields render as inert text everywhere.

Each page is checked twice: the raw payload never appears unescaped, and a parse of the page
finds no script but our own file, no event-handler attribute, no `<img>`, no `javascript:` link
and no bidi override character.
"""

from __future__ import annotations

import json
import warnings

import pytest

pytest.importorskip("fastapi", reason="needs the [web] extra")

from lxml import html as lxml_html  # noqa: E402
from starlette.exceptions import StarletteDeprecationWarning  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from starlette.testclient import TestClient

from claimgraph.api import create_app  # noqa: E402
from claimgraph.model import Document  # noqa: E402
from test_api import SAMPLE_TEXT, TOKEN, sample_doc  # noqa: E402

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
JS_URL = "javascript:alert(1)"
RLO = "\u202e"
BREAKOUT = '"><script>alert(2)</script>'
PAYLOADS = [SCRIPT, IMG, JS_URL, RLO, BREAKOUT]
RAW = [SCRIPT, IMG, '"><script>', RLO, 'href="javascript:']

HOSTILE_TEXT = (
    f"Hacker drohen der Stadt {SCRIPT}\n"
    f"«Wir veröffentlichen alles {IMG} am Freitag», sagte der Sprecher {BREAKOUT} am Montag. "
    f"Laut Polizei sollen die Täter über {JS_URL} eine Seite verbreitet haben.\n"
    f"Der Bürgermeister erklärte, die Stadt {RLO}txt.exe{RLO} werde nicht zahlen."
)


def hostile_doc() -> Document:
    """The sample article with a payload in every free-text field of the contract."""
    doc = sample_doc(SAMPLE_TEXT)
    d = doc.to_dict()
    d["title"] = f"Titel {SCRIPT}"
    d["path"] = f"{IMG}.txt"
    att = d["attributions"]
    att[1]["source"].update(name=f"Alber {SCRIPT}", role=f"Chefin {IMG}", affiliation=RLO + "gro",
                            type=BREAKOUT)
    att[1]["source"]["text"] = f"{SCRIPT}"
    att[2]["via"][0]["name"] = f"SRF {IMG}"
    att[3]["kind"] = BREAKOUT  # an unknown kind from a hand-edited file
    att[0]["id"] = 'a1"><script>alert(3)</script>'
    d["entities"][0]["name"] = f"Claudia {SCRIPT}"
    d["embeds"][0].update(url=JS_URL, author=IMG, handle=BREAKOUT, platform=SCRIPT)
    d["findings"][0].update(summary=f"Konflikt {SCRIPT} {RLO}", sources=[IMG, JS_URL],
                            attributions=["a2", BREAKOUT], type=BREAKOUT)
    return Document.from_dict(d)


def assert_inert(html: str, where: str) -> None:
    for raw in RAW:
        assert raw not in html, f"{where}: raw {raw!r} in the page"
    tree = lxml_html.fromstring(html)
    scripts = tree.xpath("//script")
    assert all(s.get("src") == "/static/app.js" and not (s.text or "").strip() for s in scripts), where
    assert not tree.xpath("//img | //iframe | //object | //embed"), where
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), f"{where}: event handler {name}"
            if name in ("href", "src", "action", "formaction"):
                assert not value.strip().lower().startswith("javascript:"), f"{where}: {value}"


@pytest.fixture()
def client(monkeypatch):
    monkeypatch.delenv("CLAIMGRAPH_TOKEN", raising=False)
    app = create_app(":memory:", token=TOKEN)
    with TestClient(app) as c:
        doc = hostile_doc()
        c.portal.call(lambda: app.state.store.call(lambda s: s.add(doc)))
        yield c


def test_pasted_hostile_text_is_inert(client):
    r = client.post("/view", data={"text": HOSTILE_TEXT, "lang": "de"})
    assert r.status_code == 200, r.text[:300]
    assert_inert(r.text, "/view (pasted)")
    headline = lxml_html.fromstring(r.text).xpath('//h1[@class="headline"]')[0]
    assert headline.text_content().endswith(SCRIPT)  # shown to the reader, as text
    assert "[U+202E]txt.exe" in r.text  # the override is made visible, not obeyed


def test_uploaded_hostile_json_is_inert(client):
    payload = json.dumps(hostile_doc().to_dict()).encode()
    r = client.post("/view", files={"file": ("x.json", payload, "application/json")})
    assert r.status_code == 200, r.text[:300]
    assert_inert(r.text, "/view (uploaded JSON)")
    assert "Konflikt &lt;script&gt;" in r.text


@pytest.mark.parametrize("path", [
    "/corpus",
    "/corpus/documents/1",
    "/corpus/entities/1",
    "/corpus/search?q=Pendler",
    f"/corpus/search?q={SCRIPT}",
    f"/corpus/search?q={RLO}{BREAKOUT}",
    f"/corpus/documents/{BREAKOUT}",
    f"/corpus/entities/{SCRIPT}",
])
def test_corpus_pages_are_inert(client, path):
    r = client.get(path)
    assert r.status_code in (200, 404, 422), r.status_code
    assert r.headers["content-type"].startswith("text/html")
    assert_inert(r.text, path)


@pytest.mark.parametrize("path", ["/documents/1", "/search?q=Alber", "/entities/1", "/findings"])
def test_json_twins_are_served_as_json(client, path):
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.headers["x-content-type-options"] == "nosniff"


def test_hostile_text_in_analyze_comes_back_as_json_text(client):
    r = client.post("/analyze?lang=de", content=HOSTILE_TEXT.encode(),
                    headers={"Content-Type": "text/plain"})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("application/json")
    assert r.json()["text"].startswith("Hacker drohen der Stadt <script>")  # data kept as written


def test_error_pages_do_not_reflect_markup(client):
    r = client.post("/view", files={"file": (f"{SCRIPT}.json", b"{broken", "application/json")})
    assert r.status_code == 400
    assert_inert(r.text, "error page")
