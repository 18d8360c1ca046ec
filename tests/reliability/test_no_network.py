"""No network access during analysis: with every socket connect and name lookup turned into an
error, reading and analysing text, HTML, JSONL and WARC inputs works exactly as before."""

from __future__ import annotations

import socket

import pytest

from claimgraph.ingest import read_bytes
from claimgraph.pipeline import run
from claimgraph.scale.warcgen import Page, html_page, warc_bytes

DE = ("„Wir lassen niemanden im Stich“, sagte Bürgermeisterin Anna Berger am Dienstag in Kiel. "
      "Laut Feuerwehr waren rund 300 Einsatzkräfte vor Ort, wie die Nachrichtenagentur dpa "
      "berichtet. Siehe https://twitter.com/feuerwehr_kiel/status/123456789")
EN = ("\"We will rebuild the bridge by spring,\" Mayor Tom Hughes told the BBC on Friday. "
      "According to the council, about 2,000 drivers use it every day.")


def _inputs() -> list[tuple[str, bytes]]:
    page = html_page("Brücke gesperrt", [DE, "Die Polizei bestätigte die Angaben am Abend."], "de")
    return [
        ("de.txt", DE.encode()), ("en.txt", EN.encode()),
        ("a.html", page.encode()),
        ("a.jsonl", ('{"text": "%s", "url": "https://www.bbc.co.uk/news/1"}' % EN.replace('"', '\\"'))
         .encode()),
        ("a.warc", warc_bytes([Page("https://www.ndr.de/nachrichten/bruecke-100.html",
                                    page.encode())], gzip=False)),
    ]


@pytest.fixture
def no_network(monkeypatch):
    attempts: list[str] = []

    def refuse(*args, **kwargs):
        attempts.append(repr(args[:2]))
        raise OSError("network access during analysis")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


@pytest.mark.parametrize("name, data", _inputs(), ids=[n for n, _ in _inputs()])
def test_analysis_never_touches_the_network(no_network, name, data):
    docs = []
    for item in read_bytes(data, name):
        assert item.doc is not None, item.error
        docs.append(run(item.doc))
    assert docs and all(d.attributions for d in docs)
    assert no_network == []
