"""Straight quote marks after a space (session 3, wave 3): a closing mark typed after a space and
followed by punctuation (`… 'Wow, a pianist' ", he recalled`) closes the open quotation; a mark
after a space before a word still opens one. segment.py serves both languages, so German rows too.
Every sentence was written for this file."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.segment import quotes_in


# text, the outermost quotation's text (None: no closed quotation starting at the first mark)
QUOTES = [
    ('"I thought, \'Wow, a pianist\' ", he recalled.', '"I thought, \'Wow, a pianist\' "'),
    ('"We won the cup ", she said.', '"We won the cup "'),
    ('"Never again ". That was all he wrote.', '"Never again "'),
    ('She wrote: "The war is over "', '"The war is over "'),
    ('„Wir haben gewonnen " , sagte sie.', None),  # a mark after a space before a space: no close
    ('„Wir haben gewonnen ", sagte die Trainerin.', '„Wir haben gewonnen "'),
    # look-alikes: a straight mark after a space and before a word opens (a second quotation)
    ('He said "yes" and then "no" twice.', '"yes"'),
    ('The sign read "closed" and "private".', '"closed"'),
]


@pytest.mark.parametrize("text,outer", QUOTES)
def test_closing_after_space(text, outer):
    found = [q for q in quotes_in(text, 0, len(text)) if q.closed and q.depth == 0]
    first = text[found[0].span.start:found[0].span.end] if found else None
    assert first == outer


@pytest.mark.parametrize("text,lang,cue,speaker", [
    ('"I thought, \'Wow, a pianist\' ", he recalled.', "en", "recalled", "he"),
    ('"The bridge is safe ", the engineer said.', "en", "said", "engineer"),
    ('„Die Brücke ist sicher ", sagte die Ingenieurin.', "de", "sagte", "Ingenieurin"),
])
def test_frame_after_space_closed_quote(text, lang, cue, speaker):
    """The frame after such a quotation is read: the cue and speaker are found."""
    doc = analyze(text, lang=lang)
    att = next((a for a in doc.attributions if a.cue and cue in a.cue.text), None)
    assert att is not None and att.kind == "direct"
    assert att.source is not None and speaker in att.source.text
