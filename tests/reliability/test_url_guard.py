"""SSRF guard of the one download path (Spark WARC lists): schemes, private addresses,
redirects and DNS rebinding. Only 127.0.0.1 is ever contacted (a server this test starts);
refused addresses are refused before any connection is made."""

from __future__ import annotations

import io
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from claimgraph.errors import InputError
from claimgraph.safefetch import check_url, fetch_to, is_public


@pytest.mark.parametrize("url", [
    "file:///etc/passwd", "ftp://example.org/a.warc", "gopher://example.org/", "data:,x",
    "/tmp/local.warc", "http:///nohost",
    "http://127.0.0.1/", "http://localhost:8080/", "http://[::1]/", "http://0.0.0.0/",
    "http://169.254.169.254/latest/meta-data/", "http://10.1.2.3/", "http://172.16.0.1/",
    "http://192.168.0.10/", "http://[fe80::1]/", "http://[::ffff:127.0.0.1]/",
    "http://2130706433/", "http://0x7f.0.0.1/", "http://100.64.0.1/", "http://224.0.0.1/",
])
def test_refused_before_connecting(url):
    with pytest.raises(InputError) as exc:
        check_url(url)
    assert "\n" not in str(exc.value)


@pytest.mark.parametrize("address, public", [
    ("8.8.8.8", True), ("2a00:1450:4001:82b::200e", True), ("127.0.0.1", False),
    ("10.0.0.1", False), ("::ffff:10.0.0.1", False), ("fd00::1", False), ("169.254.1.1", False),
])
def test_is_public(address, public):
    assert is_public(address) is public


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        status, headers, body = self.routes.get(self.path, (404, {}, b""))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def only_test_server(address: str) -> bool:
    """The policy under test, with 127.0.0.1 standing in for "a public address"."""
    return address == "127.0.0.1"


def test_download_works_through_the_guard(server):
    _Handler.routes = {"/a.warc": (200, {}, b"WARC/1.0\r\n" * 100)}
    out = io.BytesIO()
    assert fetch_to(f"{server}/a.warc", out, allowed=only_test_server) == 1000
    assert out.getvalue().startswith(b"WARC/1.0")


@pytest.mark.parametrize("location", [
    "http://10.0.0.5/a.warc", "http://169.254.169.254/", "file:///etc/passwd",
    "http://[::1]/a.warc", "ftp://127.0.0.1/a.warc",
])
def test_redirect_targets_are_checked_too(server, location):
    _Handler.routes = {"/r": (302, {"Location": location}, b"")}
    with pytest.raises(InputError, match="refused|only http"):
        fetch_to(f"{server}/r", io.BytesIO(), allowed=only_test_server)


def test_redirect_loop_ends(server):
    _Handler.routes = {"/loop": (302, {"Location": "/loop"}, b"")}
    with pytest.raises(InputError, match="redirects"):
        fetch_to(f"{server}/loop", io.BytesIO(), allowed=only_test_server)


def test_size_limit(server):
    _Handler.routes = {"/big": (200, {}, b"x" * 5000)}
    with pytest.raises(InputError, match="more than 1,000 bytes"):
        fetch_to(f"{server}/big", io.BytesIO(), max_bytes=1000, allowed=only_test_server)


def test_dns_rebinding_uses_the_checked_address(server):
    """A name answering 127.0.0.1 (allowed here) once and 10.0.0.7 afterwards: the connection
    goes to the checked answer; the second answer is never asked for or used."""
    port = int(server.rsplit(":", 1)[1])
    answers = [["127.0.0.1"], ["10.0.0.7"]]
    calls = []

    def rebinding(host: str, p: int) -> list[str]:
        calls.append(host)
        return answers[min(len(calls) - 1, 1)]

    _Handler.routes = {"/x": (200, {}, b"ok")}
    out = io.BytesIO()
    fetch_to(f"http://news.rebind.test:{port}/x", out, resolver=rebinding,
             allowed=only_test_server)
    assert out.getvalue() == b"ok" and calls == ["news.rebind.test"]
    # a redirect to the same name resolves again, and now the private answer is refused
    _Handler.routes = {"/r": (302, {"Location": f"http://news.rebind.test:{port}/x"}, b"")}
    with pytest.raises(InputError, match="non-public"):
        fetch_to(f"http://news.rebind.test:{port}/r", io.BytesIO(), resolver=rebinding,
                 allowed=only_test_server)


@pytest.mark.parametrize("url", ["http://169.254.169.254/crawl.warc.gz",
                                 "https://127.0.0.1/crawl.warc.gz"])
def test_spark_warc_download_goes_through_the_guard(url, monkeypatch):
    from claimgraph.scale.spark import local_copy

    monkeypatch.delenv("CLAIMGRAPH_FETCH_PRIVATE", raising=False)
    with pytest.raises(InputError, match="non-public"):
        with local_copy(url):
            pass
