"""Browser tests: real headless Chromium (Debian package) driven by Playwright against the app
served by uvicorn on 127.0.0.1 in a background thread.

The seed test asks the API first what the backend finds, then checks the page shows exactly
that (so it stays honest while the attribution rules change). It saves a screenshot of the seed
article view; CLAIMGRAPH_UPDATE_SCREENSHOT=1 copies it to docs/screenshot.png. In CI (env CI set) a Chromium
that cannot start fails the run; elsewhere these tests skip with the reason.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("fastapi", reason="needs the [web] extra")
uvicorn = pytest.importorskip("uvicorn", reason="needs the [web] extra")
sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright package")

import httpx  # noqa: E402

from claimgraph.api import create_app  # noqa: E402
from test_api import SAMPLE_TEXT, sample_doc  # noqa: E402
from test_web_security import HOSTILE_TEXT, hostile_doc  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CLAIMGRAPH_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SCREENSHOT = ROOT / "docs" / "screenshot.png"


def _no_browser(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests skipped: {reason}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def base_url():
    """The app on a free port, served by uvicorn in a thread for this module."""
    port = _free_port()
    config = uvicorn.Config(create_app(token=""), host="127.0.0.1", port=port,
                            log_level="warning", lifespan="on")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    else:
        pytest.fail("uvicorn did not start within 10 s")
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        _no_browser(f"{CHROMIUM} is missing (apt-get install chromium)")
    try:
        pw = sync_api.sync_playwright().start()
    except Exception as exc:  # the driver itself cannot start
        _no_browser(f"playwright cannot start ({exc.__class__.__name__}: {exc})")
    try:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
    except Exception as exc:
        pw.stop()
        _no_browser(f"chromium cannot start ({str(exc).splitlines()[0]})")
    yield browser
    browser.close()
    pw.stop()


@pytest.fixture()
def page(browser):
    """A fresh page that records every JS dialog (alert/confirm/prompt): none may open."""
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    pg = context.new_page()
    dialogs: list[str] = []
    errors: list[str] = []

    def on_dialog(dialog):
        dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    pg.dialogs, pg.js_errors = dialogs, errors
    yield pg
    context.close()
    assert not dialogs, f"a dialog opened: {dialogs}"


def _paste(page, base_url: str, text: str, lang: str = "") -> None:
    page.goto(base_url + "/")
    page.fill("#text", text)
    if lang:
        page.select_option("#lang", lang)
    page.click("#analyse")
    page.wait_for_selector("article.doc")


def _upload(page, base_url: str, name: str, data: bytes) -> None:
    page.goto(base_url + "/")
    page.set_input_files("#file", files=[{"name": name, "mimeType": "application/json",
                                          "buffer": data}])
    page.click("#analyse")
    page.wait_for_selector("article.doc")


def _statement_ids(page) -> list[str]:
    return page.eval_on_selector_all(
        ".text .att", "els => [...new Set(els.map(e => e.dataset.att))]")


def test_seed_article_view(page, base_url, seed_text, tmp_path):
    api = httpx.post(base_url + "/analyze", content=seed_text.encode("utf-8"),
                     headers={"Content-Type": "text/plain"}, timeout=60).json()
    _paste(page, base_url, seed_text)
    assert not page.js_errors
    shown = _statement_ids(page)
    assert len(shown) == len(api["attributions"])
    if not api["attributions"]:
        pytest.skip("the backend finds no attributions in the seed article yet")
    assert len(shown) > 0
    # the Pentagon quote is a direct highlight whenever the backend finds it as one
    singh = [a for a in api["attributions"]
             if a["kind"] == "direct" and a["content"]["text"].startswith("Wir gehen davon aus")]
    direct = page.locator(".text .att.k-direct", has_text="Wir gehen davon aus")
    assert direct.count() == len(singh[:1])
    # hover a statement (before anything is pinned by a click): its source details appear
    first_att = api["attributions"][0]
    page.hover(f'.text .att[data-att="{first_att["id"]}"]')
    detail = page.locator(f'#detail-{first_att["id"]}')
    assert detail.is_visible()
    if first_att["source"]:
        assert detail.locator(".d-source").inner_text() == first_att["source"]["name"]
    # findings: the panel shows what the backend produced, with working links
    findings = page.locator(".findings .finding")
    assert findings.count() == len(api["findings"])
    conflicts = [f for f in api["findings"] if f["type"] == "conflict"]
    if conflicts:
        first = page.locator(".findings .finding.f-conflict").first
        assert first.is_visible()
        link = first.locator("a[data-att]").first
        target = link.get_attribute("data-att")
        link.click()
        assert page.locator(f'.text .att[data-att="{target}"].active').count() > 0
    # click the busiest source: its statements are listed and highlighted
    top = page.locator(".sources .source").first
    n = int(top.locator(".n").inner_text())
    top.click()
    assert page.locator(".sources .statements:visible li").count() == n
    assert len(page.eval_on_selector_all(
        ".text .att.hl", "els => [...new Set(els.map(e => e.dataset.att))]")) == n
    if singh:
        page.locator(".text .att.k-direct", has_text="Wir gehen davon aus").first.click()
    shot = tmp_path / "screenshot.png"
    page.screenshot(path=str(shot), full_page=False)
    assert shot.stat().st_size > 10_000
    # docs/screenshot.png is refreshed on request only, so test runs leave the tree clean
    if os.environ.get("CLAIMGRAPH_UPDATE_SCREENSHOT") or not SCREENSHOT.exists():
        SCREENSHOT.parent.mkdir(exist_ok=True)
        shutil.copyfile(shot, SCREENSHOT)
    if not singh:
        pytest.skip("the backend does not yet find the Pentagon quote as a direct attribution")


def test_team_article_from_json(page, base_url):
    """A team-written article with known attributions: highlights, details, sources, findings."""
    _upload(page, base_url, "bruecke.json", json.dumps(sample_doc().to_dict()).encode())
    assert sorted(_statement_ids(page)) == ["a1", "a2", "a3", "a4", "a5"]
    kinds = page.eval_on_selector_all(".text .att:not(.cont)", "els => els.map(e => e.dataset.kind)")
    assert sorted(kinds) == sorted(["according_to", "direct", "indirect", "reportative", "embed"])
    assert page.locator(".text .cue[data-att]").count() == 4
    assert page.locator(".text .qty[title]").count() == 3
    assert page.locator(".embed-card .handle").inner_text() == "@rheinwatch"
    page.click('.text .att[data-att="a3"]')
    detail = page.locator("#detail-a3")
    assert detail.is_visible()
    assert detail.locator(".d-role").inner_text() == "Sprecher"
    assert detail.locator(".d-affiliation").inner_text() == "VCS"
    assert detail.locator(".d-via").inner_text() == "Jonas Frei → SRF"
    page.locator(".sources .source", has_text="Jonas Frei").click()
    assert page.locator(".sources .statements:visible li").count() == 1
    assert page.eval_on_selector_all(".text .att.hl", "els => els.map(e => e.dataset.att)") == ["a3"]
    conflict = page.locator(".findings .finding.f-conflict")
    assert "commuters" in conflict.inner_text()
    conflict.locator('a[data-att="a5"]').click()
    assert page.evaluate("location.hash") == "#att-a5"
    assert page.locator("svg.graph .node").count() >= 5 + 5 + 2  # sources, statements, relays


def test_pasted_team_article_runs(page, base_url):
    _paste(page, base_url, SAMPLE_TEXT, lang="de")
    assert "Rheinbrücke" in page.locator("h1.headline").inner_text()
    assert not page.js_errors


@pytest.mark.parametrize("how", ["paste", "upload"])
def test_hostile_input_stays_inert_in_the_browser(page, base_url, how):
    if how == "paste":
        _paste(page, base_url, HOSTILE_TEXT, lang="de")
    else:
        _upload(page, base_url, "hostile.json", json.dumps(hostile_doc().to_dict()).encode())
    for att in page.locator(".text .att").all()[:10]:
        att.hover()
        att.click()
    for src in page.locator(".sources .source").all():
        src.click()
    page.wait_for_timeout(200)  # let any injected handler run, if there were one
    assert page.evaluate("document.querySelectorAll('img, iframe, object').length") == 0
    assert page.evaluate("[...document.scripts].every(s => s.src.endsWith('/static/app.js'))")
    assert "<script>alert(1)</script>" in page.locator("main").inner_text()
    assert page.dialogs == []
