"""English source spans: who speaks, and where the speaker's words end.

Every sentence here was written for this file. Each row names a cue and the source the rules
must give it (the written span and the canonical name); look-alike rows say that a phrase is
NOT the speaker.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.lang.en.mentions import parse

from cue_checks import by_cue


# sentence, cue, source text as written, canonical name (None: the resolve stage decides it)
SPEAKERS = [
    # a relative clause with "whom" after the speaker, the speaker after an outer report verb
    ("The Guardian reported on Tuesday a senior police source, whom it did not name, said the raid "
     "had been planned for weeks.", "said", "a senior police source", None),
    # a relative clause after an apposition: the named person before the apposition speaks
    ("The survey was led by Laura Finch, a soil chemist and professor at Leeds, who said \"The "
     "results surprised all of us in the lab\".", "said", "Laura Finch, a soil chemist and professor at Leeds",
     "Laura Finch"),
    # NAME, the ROLE of PLACE, PROVINCE, verb: the person at the front speaks
    ("Maria Delgado, the mayor of Santa Rosa, Laguna, announced schools would stay closed until Monday.",
     "announced", "Maria Delgado, the mayor of Santa Rosa, Laguna", "Maria Delgado"),
    # NAME, TITLE, the ROLE verb (no comma before the verb): one apposition chain
    ("Ian Forbes, Lord Dunmore, the presiding judge decided that the appeal had no merit.",
     "decided", "Ian Forbes, Lord Dunmore, the presiding judge", "Ian Forbes"),
    # the place after "in" with its country is part of the body's phrase, not the speaker
    ("Last night, the regional health ministry in Graz, Austria confirmed a second case of measles.",
     "confirmed", "the regional health ministry in Graz, Austria", None),
    # "both in the United States": where they are, not who speaks
    ("Scientists from Ohio State University and Duke University, both in the United States, reported "
     "the drug lowered blood pressure in mice.", "reported",
     "Scientists from Ohio State University and Duke University", None),
    # coordinated bodies with a plural head noun
    ("The FBI and other security agencies believe the hackers worked for a foreign state.",
     "believe", "The FBI and other security agencies", None),
]


@pytest.mark.parametrize("text, cue, written, name", SPEAKERS)
def test_speaker_span_and_name(text, cue, written, name):
    att = by_cue(text, cue)
    assert att is not None and att.source is not None
    assert att.source.text == written
    if name is not None:
        assert att.source.name == name


# according to X via OUTLET: X speaks, the outlet relays
VIA = [
    ("The bus was full of students, according to the governor of Tver via news agency TASS.",
     "the governor of Tver", ["TASS"]),
    ("According to the head of the clinic via the broadcaster RTS, ten patients were moved.",
     "the head of the clinic", ["RTS"]),
    # look-alike: "through" as a plain preposition inside the content, no relay
    ("The convoy drove through the night, according to the police.", "the police", []),
]


@pytest.mark.parametrize("text, written, vias", VIA)
def test_according_to_via(text, written, vias):
    att = by_cue(text, "according to") or by_cue(text, "According to")
    assert att is not None and att.source is not None
    assert att.source.text == written
    assert [v.name for v in att.via] == vias


# a participle after its noun ("a man, suspected to be X") is a hedge without a speaker
REDUCED = [
    ("The guard was attacked by a prisoner, suspected to be a former soldier.", "suspected",
     "to be a former soldier"),
    ("The court charged 12 men thought to have smuggled the paintings out of the museum.", "thought",
     "to have smuggled the paintings out of the museum"),
]


@pytest.mark.parametrize("text, cue, content", REDUCED)
def test_reduced_relative_is_a_hedge(text, cue, content):
    att = by_cue(text, cue)
    assert att is not None
    assert att.kind == "reportative" and att.source is None
    assert att.content.text == content


@pytest.mark.parametrize("text", [
    "The man is believed to have fled the country.",        # the passive hedge, read as a whole clause
    "She was widely thought to be the favourite.",
])
def test_passive_hedge_keeps_its_clause(text):
    att = next(a for a in analyze(text, lang="en").attributions if a.kind == "reportative")
    assert att.content.text.startswith(text.split()[0])


# mention parsing: the noun before a participle + "by" heads the phrase
MENTIONS = [
    ("the decree signed by the leader of the church", "decree"),
    ("a letter written by two former ministers", "letter"),
    ("a team led by Anna Berg", "Anna Berg"),
    ("the health ministry in Lyon, France", "health ministry"),
    # look-alikes: a person "of P, Name" keeps the name; a role before "by" is not cut
    ("the mayor of Bree, Anna Smit", "Anna Smit"),
]


@pytest.mark.parametrize("phrase, name", MENTIONS)
def test_mention_head(phrase, name):
    m = parse(phrase, 0, len(phrase))
    assert m is not None and m.name == name


# "confirmed with X that …": X is the source; an outlet that checked becomes the relay
CHECKED = [
    ("The Boston Herald confirmed with the fire service that two crews had been sent.", "the fire service",
     ["Boston Herald"]),
    ("Our reporter confirmed with Acme Logistics that the depot would close.", "Acme Logistics", []),
    # look-alikes: "with" + a manner noun, and no "with" at all
    ("The minister confirmed with regret that the plant would close.", "The minister", []),
    ("The company confirmed on Friday that the plant would close.", "The company", []),
]


@pytest.mark.parametrize("text, written, vias", CHECKED)
def test_confirmed_with(text, written, vias):
    att = by_cue(text, "confirmed")
    assert att is not None and att.source is not None
    assert att.source.text == written
    assert [v.name for v in att.via] == vias


# a short quoted name after "of" belongs to the speaker's phrase; a quotation before the frame
# that a verb labels ("Calling it '…'") is not the first half of the speaker's quotation
QUOTED_NAME = [
    ('Calling it "a hollow gesture", Ruth Amsel of "Speak Up", a support group for victims, told '
     'the BBC "the letter says nothing about what happens next".', "Ruth Amsel",
     "the letter says nothing about what happens next"),
    # look-alike: a real first half resumed after the frame
    ('"We waited for hours," Ruth Amsel told the BBC, "and nobody came to help us."', "Ruth Amsel",
     'We waited for hours," Ruth Amsel told the BBC, "and nobody came to help us'),
]


@pytest.mark.parametrize("text, name, content", QUOTED_NAME)
def test_quoted_name_in_speaker(text, name, content):
    att = by_cue(text, "told")
    assert att is not None and att.source is not None
    assert att.source.name == name
    assert att.content.text == content


# a second subject after "and" inside the first speaker's content speaks for the second cue
COORDINATED = [
    ("One neighbour said the fire started at noon and several said they had smelled gas before.",
     [("One neighbour", "the fire started at noon"), ("several", "they had smelled gas before")]),
    # look-alike: a noun phrase joined inside the content, no second cue
    ("The mayor said the bridge and the tunnel would reopen in May.",
     [("The mayor", "the bridge and the tunnel would reopen in May")]),
]


@pytest.mark.parametrize("text, pairs", COORDINATED)
def test_second_subject_after_and(text, pairs):
    got = [(a.source.text, a.content.text) for a in analyze(text, lang="en").attributions if a.source]
    assert got == pairs


# "report" as a noun after a determiner and a modifier is the subject of the real cue
@pytest.mark.parametrize("text, cue, written", [
    ("A Senate report eventually concluded the agency had misled Congress.", "concluded", "A Senate report"),
    ("The annual report found that exports had fallen.", "found", "The annual report"),
])
def test_report_noun_is_the_subject(text, cue, written):
    doc = analyze(text, lang="en")
    assert [a.cue.text for a in doc.attributions] == [cue]
    assert doc.attributions[0].source.text == written


# "in TOWN, COUNTRY" inside a body's phrase, but not a clause ending in a place before the speaker
@pytest.mark.parametrize("text, written", [
    ("Park's phone was last active in Seoul, Kim Ji-ho reported.", "Kim Ji-ho"),
    ("The ship was last seen in Lagos, The Daily Post reported.", "The Daily Post"),
    ("Last night, the regional health ministry in Graz, Austria confirmed a second case of measles.",
     "the regional health ministry in Graz, Austria"),
])
def test_town_country_or_speaker(text, written):
    att = analyze(text, lang="en").attributions[0]
    assert att.source.text == written
