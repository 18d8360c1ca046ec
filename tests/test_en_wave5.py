"""English rules, wave 5: miss classes from the measured fresh set, and their look-alikes.

Every sentence here was written for this file. A row with a content expects an attribution with
that cue whose content holds those words (and, where given, whose source text holds the speaker,
or no source at all for a hedge); a row with content None says the cue reports nothing there.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

from cue_checks import by_cue, check_cue_row, first_with_cue


# sentence, cue, expected content (None: no attribution for this cue), speaker ("" = no source)
ROWS = [
    # "pointed out" is a say-verb with a clause after it
    ("Ruth Ambler pointed out the mill would close in June unless a buyer was found.", "pointed out",
     "the mill would close in June", "Ruth Ambler"),
    ("The auditor pointed out that the harbour fund had been empty since 2016.", "pointed out",
     "the harbour fund had been empty since 2016", "auditor"),
    # look-alikes: pointing at a thing reports nothing
    ("The guide pointed out the old chapel on the hill to the visitors.", "pointed out", None, None),
    ("She pointed out the window at the crowd gathering below.", "pointed out", None, None),
    # "determined" with an evidence subject (an autopsy, a test) reports a finding
    ("An autopsy determined the sailor had drowned before the storm reached the bay.", "determined",
     "the sailor had drowned before the storm", "autopsy"),
    # look-alikes: a council fixing a date, a resolve to act
    ("The council determined the date of the next election at its spring meeting.", "determined", None, None),
    ("The volunteers determined to finish the footbridge before the first snow.", "determined", None, None),
    # more evidence nouns as subjects of finding verbs
    ("Preliminary investigations suggest a faulty valve caused the leak in the tank.", "suggest",
     "a faulty valve caused the leak", "investigations"),
    ("Satellite imaging suggests the lake lost half of its water in two dry summers.", "suggests",
     "the lake lost half of its water", "Satellite imaging"),
    ("The probe found the pilots had ignored three warnings before the landing.", "found",
     "the pilots had ignored three warnings", "probe"),
    # look-alike: a person suggesting a thing to do is no finding
    ("The coach suggests a short walk before every training session.", "suggests", None, None),
    # "reputedly" is a hedge like "reportedly"
    ("The ferry was reputedly built in Glasgow in 1912 for a whaling company.", "reputedly",
     "The ferry was", ""),
    # a hedge after "while" covers its own clause, not the clause before it
    ("Officials arrested a farmer while two other suspects were reportedly at large.", "reportedly",
     "two other suspects were", ""),
    # "according to police, who said": a bare noun after a preposition is the antecedent of "who"
    ("The fire began at noon, according to police, who said officers arrived ten minutes later.", "said",
     "officers arrived ten minutes later", "police"),
    ("The roads were closed by local officials, who said the bridge was unsafe after the storm.", "said",
     "the bridge was unsafe", "local officials"),
]


# the speaker's span handed to resolution: a time word or an opening phrase is no part of it
SPANS = [
    ("The inquiry was opened by the navy and the coast guard, with the latter yesterday confirming it had "
     "found debris.", "confirming", "the latter"),
    ("Prices rose again, with analysts saying the rally would not last the winter.", "saying", "analysts"),
    ("In a story he often told, he had learned to swim in a frozen lake.", "told", "he"),
    ("On the radio he repeatedly said the plant was safe for the village.", "said", "he"),
    ("The harbour master said the pier would reopen in May after repairs.", "said", "The harbour master"),
    # a cue form that ends the subject is its noun ("reports"), not an outer cue
    ("The BBC noted local reports said the mayor was in hospital with a broken leg.", "said", "local reports"),
    ("Reuters reported local officials said the mayor was in hospital with a broken leg.", "said",
     "local officials"),
]


# a date inside the source phrase of "according to" neither ends it nor becomes its name
@pytest.mark.parametrize("text, content, name", [
    ("According to a March 14, 2019 NATO press release, Hungary spent 1.15% of its GDP on defence.",
     "Hungary spent 1.15% of its GDP on defence", "NATO"),
    ("According to May Smith, the dam was safe for another twenty years.", "the dam was safe", "May Smith"),
])
def test_according_to_dated_source(text, content, name):
    att = by_cue(text, "According to")
    assert att is not None and content in att.content.text
    assert att.source is not None and att.source.name == name


@pytest.mark.parametrize("text, cue, speaker", SPANS, ids=[f"{r[1]}:{r[0][:40]}" for r in SPANS])
def test_speaker_span(text, cue, speaker):
    att = by_cue(text, cue)
    assert att is not None and att.source is not None
    assert att.source.text == speaker


# a relative "who/which said" after a bare noun never takes the clause before it as the speaker
@pytest.mark.parametrize("text", [
    "The money went to charities, which said the gift was welcome in a hard winter.",
    "The fire began at noon, according to police, who said officers arrived ten minutes later.",
])
def test_relative_speaker_is_a_noun_not_a_clause(text):
    att = by_cue(text, "said")
    assert att is None or (att.source is not None and len(att.source.text.split()) <= 2)


@pytest.mark.parametrize("text, cue, content, speaker", ROWS, ids=[f"{r[1]}:{r[0][:40]}" for r in ROWS])
def test_cue_reads(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)


def test_while_hedge_leaves_the_first_clause_out():
    att = by_cue("Officials arrested a farmer while two other suspects were reportedly at large.", "reportedly")
    assert att is not None and "arrested" not in att.content.text


# "As revealed at trial, …": a fronted frame that reports the clause after it and names no one
@pytest.mark.parametrize("text, cue, content", [
    ("As revealed at the hearing, the family had kept the dogs in a barn for years.", "As revealed",
     "the family had kept the dogs in a barn for years"),
    ("As reported last week, the mayor had resigned over the budget.", "As reported",
     "the mayor had resigned over the budget"),
    # look-alikes: an expectation is no report; a named speaker speaks for themselves
    ("As expected, the mayor resigned on Monday after the vote.", "As expected", None),
    ("As he revealed at the hearing, the firm had hidden its losses for years.", "As revealed", None),
])
def test_as_frame(text, cue, content):
    doc = analyze(text, lang="en")
    att = first_with_cue(doc, cue)
    if content is None:
        assert att is None
        assert all(a.source is None or a.source.text != "As" for a in doc.attributions)
        return
    assert att is not None and att.kind == "according_to" and att.source is None
    assert content in att.content.text


# 'quoted X as saying "…" and "…"': both quotations are the same speaker's words
@pytest.mark.parametrize("text, quotes", [
    ('The Herald quoted Ann Post, a former judge, as saying "the court has an important role in the dispute" '
     'and "if there is a crisis, judges need to be heard."', 2),
    ('The Herald quoted Ann Post as saying "the court has an important role in the dispute" and then left.', 1),
])
def test_quoted_as_two_quotations(text, quotes):
    doc = analyze(text, lang="en")
    direct = [a for a in doc.attributions if a.kind == "direct" and a.source and "Ann Post" in a.source.text]
    assert len(direct) == quotes
