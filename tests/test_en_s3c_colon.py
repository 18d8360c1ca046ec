"""Unquoted colon frames (session 3, wave 3): 'X explained: <clause>', 'X rejected this
argument: <clause>' — the subject's own words after a colon without quotation marks. The
clause must be finite; lists of names and nouns after a colon report nothing. Every sentence
was written for this file."""

from __future__ import annotations

import pytest

from claimgraph import analyze

# sentence, cue, speaker in the source, fragment of the content (None: no attribution from the cue)
ROWS = [
    ("The court rejected this argument: the contract had been signed by both sides and was valid.",
     "rejected", "court", "the contract had been signed"),
    ("The minister explained: the plant will close because demand has fallen.",
     "explained", "minister", "the plant will close"),
    ("The judge added: the law had been broken twice.", "added", "judge", "the law had been broken"),
    ("The company responded to the criticism: its factories were safe and met every rule.",
     "responded", "company", "its factories were safe"),
    ("He said two things on Monday: the plan was late and it would cost more.",
     "said", "He", "the plan was late"),
    ("Dr Lina Haddad summed up the findings: most patients had recovered within a week.",
     "summed up", "Haddad", "most patients had recovered"),
    # look-alikes: no speech verb, a list of names or things, a judgement of the writer
    ("The team won three games: the first was easy.", "won", None, None),
    ("The minister announced the winners: Smith, Jones and Lee.", "announced", None, None),
    ("Police found the following: a knife, two phones and a bag.", "found", None, None),
    ("The rules are simple: everyone must pay the tax by May.", "are", None, None),
]


@pytest.mark.parametrize("text,cue,speaker,fragment", ROWS)
def test_colon_clause(text, cue, speaker, fragment):
    doc = analyze(text, lang="en")
    found = [a for a in doc.attributions if a.cue and a.cue.text == cue]
    if fragment is None:
        assert found == []
        return
    assert found, f"no attribution for {cue!r}"
    att = found[-1]
    assert fragment in att.content.text and ":" not in att.content.text
    assert att.source is not None and speaker in att.source.text


def test_only_the_clause_after_the_colon():
    """The noun phrase before the colon is not reported content of its own."""
    doc = analyze("He said two things on Monday: the plan was late and it would cost more.", lang="en")
    assert [a.content.text for a in doc.attributions] == ["the plan was late and it would cost more"]
