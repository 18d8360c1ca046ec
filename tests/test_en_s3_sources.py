"""English source choice, session 3: nested reports, appositions, cause frames, and look-alikes.

Every sentence here was written for this file. Rows name the cue of the attribution they check.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

from cue_checks import by_cue, check_cue_row


# an outlet's report whose clause is someone else's speech: the inner speaker is the source,
# the outlet (or the outlet of a reporter) its via
# sentence, inner cue, source text, via names (None: no attribution with a via expected)
NESTED = [
    ("Interfax reported officials said the bridge was unsafe.", "said", "officials", ["Interfax"]),
    ("NDTV later reported officials, after a long review, stated the fire had been set on purpose.",
     "stated", "officials", ["NDTV"]),
    ("Reuters reported that two diplomats said the talks had collapsed.", "said", "two diplomats", ["Reuters"]),
    ("A BBC correspondent in Lagos noted local media reports said the airport was closed.", "said",
     "local media reports", ["BBC"]),
    ("The Moscow Times claimed police sources had ascribed the fire to arson.", "ascribed",
     "police sources", ["Moscow Times"]),
]

# look-alikes: a person passing on a claim is no relay; a plain report keeps its outlet
NOT_NESTED = [
    # (the mayor is no outlet: no via, the mayor's attribution stays)
    ("The mayor said police told him the suspect had fled.", "said", "mayor"),
    ("The Guardian reported the minister would resign in March.", "reported", "Guardian"),
    ("Reuters reported the company said nothing about the losses to its staff.", "reported", "Reuters"),
]


@pytest.mark.parametrize("text,cue,source,via", NESTED)
def test_nested_report_passes_the_claim_on(text, cue, source, via):
    att = by_cue(text, cue)
    assert att is not None, f"no attribution for {cue!r}"
    assert att.source is not None and source in att.source.text
    # (resolution may write the registry's canonical name: 'The Moscow Times')
    assert len(att.via) == len(via) and all(want in got.name for want, got in zip(via, att.via))


@pytest.mark.parametrize("text,cue,source", NOT_NESTED)
def test_no_relay_without_an_inner_speaker_or_outlet(text, cue, source):
    doc = analyze(text, lang="en")
    att = next((a for a in doc.attributions if a.cue and a.cue.text == cue), None)
    assert att is not None, f"no attribution for {cue!r}"
    assert source in att.source.text
    assert att.via == []


# sentence, cue, expected canonical source name
APPOSITIONS = [
    # a description, then the name of the body: the name speaks
    ("One of these groups, the Kurdish Workers Party, said it had never received any assurances.", "said",
     "Kurdish Workers Party"),
    ("One of the rebel factions, the Free Syrian Army, claimed it had captured the town.", "claimed",
     "Free Syrian Army"),
    ("Its biggest rival, Google, said the ruling would harm consumers.", "said", "Google"),
    # a person's apposition keeps the person
    ("Maria Lopez, president of the University of Texas at Austin, said the campus would reopen.", "said",
     "Maria Lopez"),
    ("The company's founder, Elon Musk, said the rocket had reached orbit.", "said", "Elon Musk"),
    # an inverted speaker with a possessive role: the name closes the phrase
    ('"Walter was a giant," said University of Texas, Austin\'s president, Maria Lopez.', "said",
     "Maria Lopez"),
    ('"Walter was a giant," said the University of Oxford\'s chancellor, John Smith.', "said", "John Smith"),
    ('"Walter was a giant," said Acme Corp\'s chief executive, John Smith.', "said", "John Smith"),
    # look-alikes: no role before the comma, the first name stays
    ('"The deal is done," said Acme Corp, Austin\'s biggest employer.', "said", "Acme Corp"),
    ('"The deal is done," said Microsoft, the software maker.', "said", "Microsoft"),
]


@pytest.mark.parametrize("text,cue,name", APPOSITIONS)
def test_apposition_names_the_speaker(text, cue, name):
    att = by_cue(text, cue)
    assert att is not None, f"no attribution for {cue!r}"
    assert att.source is not None and att.source.name == name


# 'blame X for Y', 'attribute/ascribe X to Y': who caused what is a claim; idioms are none
# sentence, cue, expected content (None: nothing for this cue), speaker
CAUSES = [
    ("His critics blame him for encouraging farmers to burn the forest.", "blame",
     "him for encouraging farmers", "His critics"),
    ("Experts attribute the decline to overfishing.", "attribute", "the decline to overfishing", "Experts"),
    ("The minister attributed the blackout to a cyberattack by foreign hackers.", "attributed",
     "the blackout to a cyberattack", "minister"),
    ("FSB sources have ascribed the explosion to terrorism.", "ascribed", "the explosion to terrorism",
     "FSB sources"),
    # look-alikes
    ("The quote is attributed to Churchill.", "attributed", None, None),
    ("The painting has been attributed to Rembrandt by experts.", "attributed", None, None),
    ("They attribute great value to tradition.", "attribute", None, None),
    ("A key attribute of the design is its weight.", "attribute", None, None),
    ("She took the blame for the defeat.", "blame", None, None),
    ("Nobody is to blame for the delay.", "blame", None, None),
]


@pytest.mark.parametrize("text,cue,content,speaker", CAUSES)
def test_cause_frames(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)


# 'X reported, citing Y, that …': Y is the source when X is an outlet; a person citing a thing speaks
# sentence, cue, source text, via names
CITING = [
    ("Reuters reported, citing two diplomats, that the talks had collapsed.", "reported", "two diplomats",
     ["Reuters"]),
    ("Reuters reported, citing two diplomats, the talks had collapsed.", "reported", "two diplomats", ["Reuters"]),
    ("Bloomberg reported, citing people familiar with the matter, that the bank would cut 500 jobs.",
     "reported", "people familiar", ["Bloomberg"]),
    ("The Times said, quoting a police source, the suspect was known to officers.", "said", "police source",
     ["Times"]),
    # look-alikes: the speaker is no outlet
    ("The minister said, citing the audit, that the project would be delayed.", "said", "minister", []),
    ("Police said, citing witnesses, that the car was red.", "said", "Police", []),
    ("The minister said, citing rising costs, that the project would be delayed.", "said", "minister", []),
]


@pytest.mark.parametrize("text,cue,source,via", CITING)
def test_citing_before_the_clause(text, cue, source, via):
    att = by_cue(text, cue)
    assert att is not None, f"no attribution for {cue!r}"
    assert att.source is not None and source in att.source.text
    assert len(att.via) == len(via) and all(want in got.name for want, got in zip(via, att.via))
