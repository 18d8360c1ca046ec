"""The linear HTML path for huge pages (ingest/html.fast_text): it keeps paragraphs and drops
scripts, styles and menus, and only pages past the block threshold take it."""

from __future__ import annotations

import pytest

from claimgraph.errors import InputError
from claimgraph.ingest import from_html
from claimgraph.ingest.html import FAST_ABOVE_BLOCKS, extract


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


@pytest.mark.parametrize("body, lines", [
    # paragraphs stay paragraphs; inline markup joins into its line
    ("<p>Die Ministerin sagte, der Hafen <b>werde</b> erweitert.</p><p>Zweiter Absatz.</p>",
     ["Die Ministerin sagte, der Hafen werde erweitert.", "Zweiter Absatz."]),
    # scripts, styles and noscript carry no article text
    ("<p>Vorher.</p><script>var x = 'sagte er';</script><style>p {color: red}</style>"
     "<noscript>Bitte JavaScript aktivieren.</noscript><p>Nachher.</p>",
     ["Vorher.", "Nachher."]),
    # a script inside a paragraph: its text goes, the words after it stay
    ("<p>Der Bürgermeister<script>track()</script> erklärte, es gebe Probleme.</p>",
     ["Der Bürgermeister erklärte, es gebe Probleme."]),
    # the text after a comment belongs to the paragraph
    ("<p>Laut Polizei<!-- Anzeige --> wurde niemand verletzt.</p>",
     ["Laut Polizei wurde niemand verletzt."]),
    # menus, footers and forms are dropped, the article stays
    ("<nav><a>Start</a> <a>Kontakt</a></nav><article><h1>Neue Brücke</h1><p>Der Bau beginnt "
     "im Mai.</p></article><footer>Impressum</footer><form><button>Suchen</button></form>",
     ["Neue Brücke", "Der Bau beginnt im Mai."]),
    # nested blocks do not repeat their text; <br> breaks a line; source line breaks are spaces
    ("<div><div><p>Eins\n  und zwei.</p></div>Drei.<br>Vier.</div>",
     ["Eins und zwei.", "Drei.", "Vier."]),
    # list items and table rows are lines of their own
    ("<ul><li>Erstens</li><li>Zweitens</li></ul><table><tr><td>A</td> <td>B</td></tr></table>",
     ["Erstens", "Zweitens", "A B"]),
])
def test_fast_path_keeps_paragraphs_and_drops_code(body, lines):
    data = extract(_page(body), "t.html", fast_above=0)
    assert data["extractor"] == "fast"
    assert data["text"].split("\n") == lines


@pytest.mark.parametrize("head, body, title, date", [
    ("<title>Hafen Rheinau wächst</title><meta property='article:published_time' "
     "content='2024-05-03T10:00:00Z'>", "<p>Text.</p>", "Hafen Rheinau wächst", "2024-05-03"),
    ("", "<h1>Brücke gesperrt</h1><time datetime='2023-11-20'>20. November</time><p>Text.</p>",
     "Brücke gesperrt", "2023-11-20"),
    # look-alikes: a meta tag that is no date, a date-like title
    ("<meta name='keywords' content='2024-05-03'>", "<p>Text.</p>", None, None),
])
def test_fast_path_title_and_date(head, body, title, date):
    data = extract(_page(body, head), "t.html", fast_above=0)
    assert (data["title"], data["date"]) == (title, date)


def test_fast_path_without_text_is_refused_in_one_line():
    with pytest.raises(InputError, match=r"^t\.html: no article text"):
        extract(_page("<script>only()</script><div> </div>"), "t.html", fast_above=0)


@pytest.mark.parametrize("paragraphs, extractor", [
    (40, "trafilatura"),                    # an ordinary article page
    (FAST_ABOVE_BLOCKS - 5, "trafilatura"),  # just under the threshold (plus body, article)
    (FAST_ABOVE_BLOCKS + 1, "fast"),          # past it
])
def test_only_huge_pages_take_the_fast_path(paragraphs, extractor):
    body = ("<script>tracker('Er sagte, es regne.')</script><article>"
            + "".join(f"<p>Der Sprecher sagte am Tag {i}, die Lage sei ruhig.</p>"
                      for i in range(paragraphs)) + "</article>")
    data = extract(_page(body, "<title>Lagebericht</title>"), "t.html")
    assert data["extractor"] == extractor
    lines = data["text"].split("\n")
    assert lines[0] == "Der Sprecher sagte am Tag 0, die Lage sei ruhig."
    assert lines[-1] == f"Der Sprecher sagte am Tag {paragraphs - 1}, die Lage sei ruhig."
    assert "tracker" not in data["text"]


def test_huge_page_becomes_a_document_with_its_paragraphs():
    n = FAST_ABOVE_BLOCKS + 100
    html = _page("".join(f"<p>Absatz {i}: Die Ministerin sagte, es gehe voran.</p>"
                         for i in range(n)), "<title>Bauprojekt</title><style>p{}</style>")
    doc = from_html(html, path="big.html")
    assert doc.title == "Bauprojekt"
    assert doc.text.split("\n")[:2] == ["Bauprojekt", "Absatz 0: Die Ministerin sagte, es gehe voran."]
    assert len(doc.text.split("\n")) == n + 1
