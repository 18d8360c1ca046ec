"""Configured limits are enforced (config.Limits): input bytes, paragraph length for the
attribution rules, quotation spans per document."""

from __future__ import annotations

import dataclasses

import pytest

import claimgraph
from claimgraph import attribute as attribute_mod
from claimgraph import segment as segment_mod
from claimgraph.config import LIMITS, Limits
from claimgraph.ingest import read_bytes

SAID = "„Wir bauen die Brücke bis zum Frühjahr wieder auf“, sagte Bürgermeister Jan Thiele. "
FILLER = "Die Arbeiten am Ufer gehen weiter, und die Anwohner warten auf Nachrichten. "


@pytest.mark.parametrize("filler, analysed", [(0, True), (40, True), (150, False)])
def test_long_paragraphs_are_skipped_for_attribution_with_a_note(monkeypatch, filler, analysed):
    monkeypatch.setattr(attribute_mod, "LIMITS", dataclasses.replace(LIMITS,
                                                                     max_paragraph_chars=5_000))
    text = SAID + FILLER * filler + "\n\nDie Polizei sperrte die Straße."
    doc = claimgraph.analyze(text, lang="de")
    said = [a for a in doc.attributions if "Brücke" in a.content.text]
    assert bool(said) is analysed
    notes = doc.meta.get("limits", [])
    assert (not notes) is analysed
    if not analysed:
        assert "max_paragraph_chars" in notes[0] and "[0]" in notes[0]


@pytest.mark.parametrize("n_quotes, limit", [(10, 50), (200, 50), (200, 0)])
def test_quotation_spans_per_document_are_capped(monkeypatch, n_quotes, limit):
    monkeypatch.setattr(segment_mod, "LIMITS", dataclasses.replace(LIMITS, max_quotes=limit))
    text = "Er sagte: " + " ".join(f"„Wort {i}“" for i in range(n_quotes)) + "."
    doc = claimgraph.analyze(text, lang="de")
    assert len(doc.quotes) == min(n_quotes, limit)


@pytest.mark.parametrize("size, limit, refused", [(999, 1000, False), (1000, 1000, False),
                                                  (1001, 1000, True)])
def test_input_bytes(size, limit, refused):
    data = ("Der Minister sagte, es regne. " * 100).encode()[:size]
    (item,) = list(read_bytes(data, "in.txt", max_bytes=limit))
    assert (item.doc is None) is refused
    if refused:
        assert item.error.startswith("in.txt: 1,001 bytes is above the input limit")


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("CLAIMGRAPH_MAX_PARAGRAPH_CHARS", "1234")
    monkeypatch.setenv("CLAIMGRAPH_MAX_QUOTES", "not a number")
    lim = Limits.from_env()
    assert lim.max_paragraph_chars == 1234 and lim.max_quotes == Limits.max_quotes
