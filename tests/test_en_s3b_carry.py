"""English wave 2 (session 3): frames that carry a speaker past the plain subject-verb order.

A passive verb of saying with a `by` agent, a quotation coordinated with a claimed one, a
judgement addressed to an outlet, counted claims with number words, and a request that must not
pass its subject on to the next quotation. Every sentence was written for this file; look-alike
rows (content None) must not produce the attribution.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from cue_checks import check_cue_row

# sentence, cue, expected content (None: no attribution for this cue), speaker ("" = no source)
ROWS = [
    # passive verb of saying + by-agent: the agent speaks
    ("He was told by the minister that the bridge would close in May.", "told",
     "the bridge would close in May", "minister"),
    ("The mayor was informed by the police that the suspect had fled to Spain.", "informed",
     "the suspect had fled to Spain", "police"),
    ("The board was warned by doctors that the outbreak could spread quickly.", "warned",
     "the outbreak could spread quickly", "doctors"),
    ('In the meeting she was told by the fire chief of "at least twelve people still inside".', "told",
     "at least twelve people still inside", "fire chief"),
    # look-alikes: an accusation, an order with an infinitive, a passive without an agent
    ("He was accused by the police of stealing the car.", "accused", None, None),
    ("She was told by her doctor to rest for two weeks.", "told", None, None),
    ("He was told that the bridge would close.", "told", None, None),
    # a judgement with an adjective complement, addressed to an outlet
    ("Industry analysts called the merger risky to Reuters, because prices are falling.", "called",
     "the merger risky", "analysts"),
    ("Unnamed bankers called this dubious to the BBC, as the market is saturated.", "called",
     "dubious", "bankers"),
    ("The minister called the figures questionable.", "called", "the figures questionable", "minister"),
    # look-alikes: 'called' + an infinitive, 'called' + a person
    ("Analysts called it risky to invest in the company.", "called", None, None),
    ("The neighbours called the police at midnight.", "called", None, None),
    # a superlative complement judges the object
    ("The United Nations called the resulting crisis the worst in the world.", "called",
     "the resulting crisis the worst", "United Nations"),
    ("Fans called the striker the best player of the season.", "called", "the striker the best player", "Fans"),
    # look-alikes: a time phrase after a called person
    ("The neighbours called the police the next day.", "called", None, None),
    ("She called her mother the day before the wedding.", "called", None, None),
    # pictures and recordings show things as documents do
    ("The video showed a single officer surrounded by protesters in the street.", "showed",
     "a single officer surrounded by protesters", "video"),
    ("A recording showed that the pilot had warned the tower twice.", "showed",
     "the pilot had warned the tower twice", "recording"),
    ("He watched the video and showed it to his friends.", "showed", None, None),
    # counted claims opened by a number word
    ("Police said at most ten people had been injured in the blast.", "said",
     "at most ten people had been injured", "Police"),
    ("The coroner said at least twelve bodies had been recovered.", "said",
     "at least twelve bodies had been recovered", "coroner"),
    ("Officials reported as many as twenty-five deaths in the region.", "reported",
     "as many as twenty-five deaths", "Officials"),
    # look-alike: a duration after the cue is a circumstance, not a count
    ('"We lost," the coach said at least ten minutes later.', "said", "We lost", "coach"),
]


@pytest.mark.parametrize("text,cue,content,speaker", ROWS)
def test_carry_rows(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)


def _sources_of(text: str, words: str) -> list[str | None]:
    """Source texts of every attribution whose content holds `words`."""
    doc = analyze(text, lang="en")
    return [a.source.text if a.source else None for a in doc.attributions if words in a.content.text]


# text, words of the second quotation, expected speaker (None: the quotation has no attribution
# or one without that speaker)
QUOTES = [
    # a second quotation joined by 'and' takes the frame of the first
    ('The mayor talked of the city\'s "long and proud history of welcoming strangers" and '
     '"its open doors to every refugee family".', "open doors to every refugee", "The mayor"),
    ('The coach spoke of "a season nobody will forget" and "the finest players I have ever trained".',
     "finest players I have ever trained", "The coach"),
    ('Ms Hale wrote of "the courage of the crews who flew at night" and "the calm of the families".',
     "calm of the families", "Ms Hale"),
    # look-alike: a label's object is no quotation of its own ('called the plan "A" and "B"')
    ('The report called the plan "reckless" and "dangerous for the coastal towns".',
     "dangerous for the coastal towns", None),
]


@pytest.mark.parametrize("text,words,speaker", QUOTES)
def test_coordinated_quotes(text, words, speaker):
    if speaker is None:
        doc = analyze(text, lang="en")
        assert not [a for a in doc.attributions if a.rule == "quote_coordinated"]
    else:
        assert speaker in _sources_of(text, words)


# a request's subject is not the speaker of the next first-person quotation
APPEALS = [
    ('At the party his friends encouraged him to play the piano. "I had never touched a piano before, '
     'and a guest shouted, \'Wow, a pianist\' ", he recalled years later.', "never touched a piano", "his friends"),
    ('Her trainer urged her to keep running. "I was tired and I wanted to stop right there on the '
     'track and go home."', "I was tired", "Her trainer"),
]


@pytest.mark.parametrize("text,words,not_speaker", APPEALS)
def test_request_passes_no_speaker(text, words, not_speaker):
    assert not_speaker not in _sources_of(text, words)


def test_request_does_not_block_a_speaker():
    """Look-alike: after a statement (not a request) the bare quotation keeps its speaker."""
    text = ('The coach said the team had trained hard all winter. "We ran every morning, in snow and '
            'in rain, and nobody ever complained."')
    assert "The coach" in _sources_of(text, "We ran every morning")
