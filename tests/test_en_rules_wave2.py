"""English rules, wave 2: frames fresh text showed missing, and their look-alikes.

Every sentence here was written for this file. A row with a content expects an attribution with
that cue whose content holds those words (and, where given, whose source text holds the speaker);
a row with content None says the cue reports nothing there.
"""

from __future__ import annotations

import pytest

from claimgraph.lang.en.objects import act_object, judged_object

from cue_checks import by_cue, check_cue_row


# sentence, cue, expected content (None: no attribution for this cue), speaker in the source text
ROWS = [
    # a judging adjective after the object of "called" / "found" makes a claim
    ("The ministry called its own response proportionate in nature, pointing to the warnings it had issued.",
     "called", "its own response proportionate in nature", "ministry"),
    ("Senator Ada Whitlock found the new fishing quotas unfair and called the talks premature.",
     "found", "the new fishing quotas unfair", "Ada Whitlock"),
    ("Senator Ada Whitlock found the new fishing quotas unfair and called the talks premature.",
     "called", "the talks premature", "Ada Whitlock"),
    ("The harbour master called the decision reckless because storms were expected all week.",
     "called", "the decision reckless", "harbour master"),
    # look-alikes: an object without a judgement is an act, not a claim
    ("The shopkeeper called the police after the window of his bakery was smashed on Sunday.", "called", None, None),
    ("Divers found the wreck of the trawler near the northern reef on their third dive.", "found", None, None),
    ("The board called the right person to lead the museum through the renovation.", "called", None, None),
    # forecast verbs report a claim about the future
    ("Hydrologists predict record floods along the lower Elbe next week.", "predict", "record floods along the lower Elbe", "Hydrologists"),
    ("Several agronomists forecasted a poor wheat harvest across the northern plains this summer.",
     "forecasted", "a poor wheat harvest", "agronomists"),
    # look-alike: a relative clause names a kind of thing
    ("Tools that predict the tides well are rare on the small islands of the archipelago.", "predict", None, None),
    # a count after "said" (spelled out, or after a time adverbial and a comma)
    ("Organisers said over a thousand people joined the march through the old town.", "said",
     "over a thousand people joined the march", "Organisers"),
    ("Fire officials said on Tuesday, about 40 houses burned down in the valley.", "said",
     "about 40 houses burned down", "Fire officials"),
    # look-alike: a duration is not a count of anything claimed
    ("The minister spoke about 20 minutes before the vote in the chamber on Thursday.", "spoke", None, None),
    # naming verbs: identifies … as, named … among, a passive with its agent, a relative aside
    ("The Sunken Fleet Survey identifies March 3, 1943 as the night the freighter went down.", "identifies",
     "March 3, 1943 as the night the freighter went down", "Sunken Fleet Survey"),
    ("Trade paper Retail Week named the Lidl chain and developer Ghelamco among the bidders.", "named",
     "the Lidl chain and developer Ghelamco among the bidders", "Retail Week"),
    ("The injured climber was identified as Tomas Berg by a mountain rescue spokesperson.", "identified",
     "The injured climber was identified as Tomas Berg", "mountain rescue spokesperson"),
    ("The navy justified the blockade, which the cabinet had approved in May, as a lawful measure.",
     "justified", "the blockade, which the cabinet had approved in May, as a lawful measure", "navy"),
    # look-alikes: naming verbs without "as"
    ("The football club named a new head coach on Monday after a long search.", "named", None, None),
    ("A woman identified only as Clara was taken to hospital with minor injuries.", "identified", None, None),
    # announcing an act is not a claim; a clause after the act noun is
    ("The mayor announced his resignation in March, and his deputy took over the office.", "announced", None, None),
    ("The senate confirmed Okafor's nomination on Friday, but the assembly did not vote.", "confirmed", None, None),
    ("The league announced a complete overhaul of the refereeing rules for next season.", "announced",
     "a complete overhaul of the refereeing rules", "league"),
    ("The bishop announced his retirement would begin after the Easter services.", "announced",
     "his retirement would begin after the Easter services", "bishop"),
    # "was later found to be": a finding without a speaker
    ("Officers said the parcel looked like a bomb, though it was later found to be a box of books.",
     "found", None, None),
    # "state" as a noun before the noun it modifies
    ("Under Ohio state law, the county has until May to publish the audit of its accounts.", "state", None, None),
    # "up to life in prison": a quantity, not an appeal with an infinitive
    ("The new guidelines called for at least ten years in prison and up to life in prison for smugglers.",
     "called", None, None),
    ("The union called for the government to raise the minimum wage by the end of the year.", "called",
     "the government to raise the minimum wage", "union"),
    # a colon quotation after a frame that is no say-verb: a pronoun subject, a who-clause
    ("The abbot wrote a long letter. In it, he praised the novices: \"They worked through the night and "
     "never once complained about the cold.\"", "praised", "They worked through the night", "he"),
    ("One helper was baker Jonas Lind, 31, who cited his army training: \"You see smoke, you run towards it "
     "and you count heads.\"", "cited", "You see smoke", "Jonas Lind"),
    # a court document 'read in part', with a participle aside between it and the cue
    ("The ruling of the tribunal, published on Friday, read in part, \"The contract was void from the "
     "first day it was signed.\"", "read", "The contract was void", "ruling of the tribunal"),
    # look-alike: reading a document aloud is no frame
    ("The clerk read the letter aloud to the silent courtroom on Friday.", "read", None, None),
    # a coordinated subject in a bare past clause after a that-verb
    ("First accounts suggested farmers and soldiers dug through the mud with their hands.", "suggested",
     "farmers and soldiers dug through the mud", "First accounts"),
    # look-alike: a second verb after "and" is the speaker's own act
    ("She suggested changes and improved the plan before the vote in the council.", "suggested", None, None),
    # a relative clause with a gap after a forecast verb reports nothing
    ("The buoy drifted ashore far from where the models had predicted it would be.", "predicted", None, None),
    # a prepositional phrase, then a clause with its own subject after a finding verb
    ("The surveyors also found in nine districts most of the wells were dry by August.", "found",
     "most of the wells were dry", "surveyors"),
    ("Police found in the cellar the remains of an old printing press.", "found", None, None),
    # a clause before "and" ends where a new subject starts
    ("Trains stopped running to the coast and the weather service predicted gusts of over 100 km/h.",
     "predicted", "gusts of over 100 km/h", "the weather service"),
    # a relative clause on the speaker's noun without commas ('the order that was not overturned')
    ("Part of the zoning plan that was not withdrawn declared that no tower may exceed ten floors.", "declared",
     "no tower may exceed ten floors", "Part of the zoning plan"),
    # an infinitive cue inside the content is no new speaker ('to be called X,')
    ("On Friday the council announced the new district, to be named Riverside, would open in 2026.",
     "announced", "the new district, to be named Riverside, would open in 2026", "council"),
]


@pytest.mark.parametrize("text, cue, content, speaker", ROWS, ids=[f"{r[1]}:{r[0][:40]}" for r in ROWS])
def test_cue_reads(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)


# the source and content of prepositional frames
FRAMES = [
    ("By reports on Sunday, three of the hikers were found alive, and two others are still missing.",
     "By", "reports", "three of the hikers were found alive"),
    ("According to the club's statutes, the vice chair would normally lead the meeting, but she is ill.",
     "According to", "statutes", "the vice chair would normally lead the meeting"),
]


@pytest.mark.parametrize("text, cue, source, content", FRAMES, ids=[r[0][:40] for r in FRAMES])
def test_prepositional_frames(text, cue, source, content):
    att = by_cue(text, cue)
    assert att is not None
    assert source in att.source.text
    assert att.content.text.startswith(content)


@pytest.mark.parametrize("rest, expected", [
    (" his resignation in 1995, and", True),
    (" Okafor's nomination on Friday", True),
    (" her retirement from the stage would follow", False),
    (" that his resignation", False),
    (" a complete withdrawal from the region", False),
])
def test_act_object(rest, expected):
    assert act_object(rest) is expected


@pytest.mark.parametrize("rest, expected", [
    (" the strike justified.", True),
    (" Kim's plan swift, bold and decisive", True),
    (" it necessary to act", False),
    (" the police.", False),
    (" the right person to lead", False),
])
def test_judged_object(rest, expected):
    assert judged_object(rest) is expected


# sentence, cue, source text as written (contains), canonical name
SOURCES = [
    # the author of a document speaks through it; the phrase stays the written source
    ("According to a letter posted online by Councillor Hannah Voss, the depot will close in June.",
     "According to", "a letter posted online by Councillor Hannah Voss", "Hannah Voss"),
    # an opening prepositional phrase without a comma is circumstance, not the speaker
    ("With the merger Nordbank said it expects to cut a tenth of its branches by 2027.",
     "said", "Nordbank", "Nordbank"),
    ("Despite the storm the organisers said the regatta would start on time.", "said", "the organisers", "organisers"),
]


@pytest.mark.parametrize("text, cue, written, name", SOURCES, ids=[r[0][:40] for r in SOURCES])
def test_source_phrase(text, cue, written, name):
    att = by_cue(text, cue)
    assert att is not None and att.source is not None
    assert att.source.text == written
    assert att.source.name == name


# look-alikes: a participle with "by" but no document noun, a capitalised phrase kept whole
@pytest.mark.parametrize("text, cue, not_name", [
    ("According to officials questioned by the inspectors, the pumps failed twice in May.", "According to",
     "inspectors"),
])
def test_source_not_agent(text, cue, not_name):
    att = by_cue(text, cue)
    assert att is not None and att.source is not None
    assert att.source.name != not_name


@pytest.mark.parametrize("written, name", [
    ("Part of the judge's ruling", "judge's ruling"),
    ("Much of the report", "report"),
    ("Part of the crowd", None),  # no document: the rule leaves it alone
])
def test_part_of_document(written, name):
    from claimgraph.lang.en.mentions import parse
    m = parse(written, 0, len(written))
    if name is None:
        assert m is None or m.name != "crowd"
    else:
        assert m is not None and m.name == name and m.text == written
