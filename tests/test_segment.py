"""Segmentation: abbreviations and numbers stay whole; quotes found at paragraph level."""

import pytest

from claimgraph.model import Document
from claimgraph.segment import paragraphs, quotes_in, segment, sentences_in, tokenize


def _sentences(text: str) -> list[str]:
    return [text[s.span.start:s.span.end] for s in sentences_in(text, 0, len(text))]


@pytest.mark.parametrize("text", [
    "Es kamen 10'000 Soldaten. Dann gingen sie.",
    "Das betrifft z.B. Nr. 5 der Liste. Dann war Schluss.",
    "The U.S. Army said so on Monday. Then it left.",
    "Der Experte J.B. Park sagte das. Dann ging er.",
    "Er wurde von Dr. med. Anna Roth behandelt. Sie blieb.",
    "Am 4. Dezember 1964 wurde sie gegründet. Das war früh.",
])
def test_no_break_inside_abbreviations(text):
    sents = _sentences(text)
    assert len(sents) == 2, sents
    assert sents[0].endswith(".") and sents[1].startswith(("Dann", "Then", "Sie", "Das"))


def test_tokens_keep_swiss_numbers_and_initialisms():
    toks = [t.text for t in tokenize("Rund 10'000 U.S. Soldaten, 1,5 Millionen und 10.000.")]
    assert "10'000" in toks and "U.S." in toks and "1,5" in toks and "10.000" in toks


def test_offsets_point_into_text():
    text = "«Wir bleiben», sagte sie. „Das ist »gut«“, meinte er."
    for tok in tokenize(text):
        assert text[tok.start:tok.end] == tok.text


def test_nested_and_multi_sentence_quotes():
    text = "„Wir sagen: »nein«. Und dabei bleibt es“, sagte er."
    qs = quotes_in(text, 0, len(text))
    outer = [q for q in qs if q.depth == 0]
    inner = [q for q in qs if q.depth == 1]
    assert len(outer) == 1 and text[outer[0].inner.start:outer[0].inner.end].startswith("Wir sagen")
    assert len(inner) == 1 and text[inner[0].inner.start:inner[0].inner.end] == "nein"


def test_apostrophes_are_not_quotes():
    text = "It's the company's 10'000th car, he said."
    assert quotes_in(text, 0, len(text)) == []


def test_unclosed_quote_runs_to_paragraph_end():
    text = '"We will not stop here. We will go on,'
    (q,) = quotes_in(text, 0, len(text))
    assert not q.closed and q.inner.end == len(text)


def test_headline_and_subheads():
    text = "Hafen wird ausgebaut\nDie Stadt baut. Das kostet.\nKritik der Verbände\nSie warnen."
    kinds = [p.kind for p in paragraphs(text)]
    assert kinds == ["headline", "body", "subhead", "body"]
    doc = segment(Document(text))
    assert doc.title == "Hafen wird ausgebaut"
