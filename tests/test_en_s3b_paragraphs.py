"""English wave 2 (session 3): a colon frame that closes a paragraph introduces the quotation
opening the next one ('He said:' / 'warned residents on Monday evening:'), with the frame's verb
as the cue; an addressee or a time before the colon is no reported clause of its own.

Every text was written for this file; the look-alike rows check what must stay as it was.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze


def _attributions(text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = analyze(text, lang="en")
    return [(a.kind, a.source.text if a.source else None, a.cue.text if a.cue else None, a.content.text)
            for a in doc.attributions]


# text, words of the quotation, expected speaker text, expected cue
COLON = [
    ('The minister spoke to reporters after the vote. He said:\n\n"We will build the bridge, whatever it '
     'costs, and we will finish it in two years."', "We will build the bridge", "He", "said"),
    ('The mayor warned residents on Monday evening:\n\n"Stay at home tonight, the river is rising faster '
     'than we expected."', "Stay at home tonight", "The mayor", "warned"),
    ('The coach told his players before the final:\n\n"Nobody remembers the team that came second, so go '
     'out and win it."', "Nobody remembers the team", "The coach", "told"),
]


@pytest.mark.parametrize("text,words,speaker,cue", COLON)
def test_colon_frame_across_paragraphs(text, words, speaker, cue):
    found = [a for a in _attributions(text) if words in a[3]]
    assert found and found[0][1] == speaker and found[0][2] == cue


@pytest.mark.parametrize("text,not_content", [
    # an addressee and a time before the colon are not a reported clause
    ('The mayor warned residents on Monday evening:\n\n"Stay at home tonight, the river is rising faster '
     'than we expected."', "residents on Monday evening"),
    ('The mayor warned residents on Monday evening: "Stay at home tonight, the river is rising."',
     "residents on Monday evening"),
])
def test_addressee_is_no_content(text, not_content):
    assert not any(a[3] == not_content for a in _attributions(text))


@pytest.mark.parametrize("text,content", [
    # look-alikes: a real clause before the colon stays an attribution of its own
    ('The mayor said the river was rising:\n\n"Stay at home tonight, the water is coming faster than '
     'we expected."', "the river was rising"),
    ('He also noted the deal fits into the "outward investment" plan: a strategy of the government.',
     "the deal fits into"),
])
def test_clause_before_colon_stays(text, content):
    assert any(content in a[3] for a in _attributions(text))


@pytest.mark.parametrize("text,speaker,cue,words", [
    # an inverted frame between two pieces of one quotation, without commas: one direct item
    ('"We are ready" tweeted the governor "to send as many firefighters as needed to the border."',
     "the governor", "tweeted", "to send as many firefighters"),
    ('"It is over" wrote the coach "and nobody in this club will forget it."', "the coach", "wrote",
     "and nobody in this club"),
])
def test_inverted_frame_inside_quotation(text, speaker, cue, words):
    found = [a for a in _attributions(text) if words in a[3]]
    assert found and found[0][1] == speaker and found[0][2] == cue


def test_subject_of_reported_clause_is_not_inverted_speaker():
    """Look-alike: 'said Cummings "worked …"' names the reported clause's subject, not the speaker."""
    text = 'His wife, the party chairwoman, said Cummings "worked until his last breath".'
    found = [a for a in _attributions(text) if "worked until his last breath" in a[3]]
    assert found and found[0][1] == "His wife, the party chairwoman"
