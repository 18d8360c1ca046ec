"""English wave 2 (session 3): frames inside the sentence and document subjects.

An inverted frame between commas inside a clause that cannot stand alone ('Because X, says the
study, it rises …'), present-tense naming verbs of researchers and documents ('the scientists
describe … as'), and a free relative before the speaker ('creating what the scientists describe
as "…"'). Every sentence was written for this file; rows with content None are look-alikes.
"""

from __future__ import annotations

import pytest

from cue_checks import check_cue_row

# sentence, cue, expected content (None: no attribution for this cue), speaker ("" = no source)
ROWS = [
    # an inverted frame inside an unfinished clause: the whole sentence is the claim
    ("Because warmer water is lighter, says the study, it rises above the colder layers.", "says",
     "it rises above the colder layers", "study"),
    ("If the rain continues, warned the mayor, the river will flood the old town.", "warned",
     "the river will flood the old town", "mayor"),
    ("Although prices fell, said the economist, most families still paid more for bread.", "said",
     "most families still paid more", "economist"),
    # look-alikes: the part before the frame is a whole clause; what follows is not the claim
    ("The river will flood the old town, warned the mayor, and nobody can stop it.", "warned",
     "The river will flood the old town", "mayor"),
    ("The talks failed, said the minister, because neither side would move.", "said",
     "The talks failed", "minister"),
    # present-tense naming verbs with an 'as' complement
    ("Local farmers describe the drought as the worst in living memory.", "describe",
     "the drought as the worst in living memory", "farmers"),
    ("The report characterises the new rules as a threat to small shops.", "characterises",
     "the new rules as a threat to small shops", "report"),
    ('The currents rise quickly, creating what the scientists describe as an "upside-down river" under the ice.',
     "describe", "upside-down river", "the scientists"),
    # look-alikes: an infinitive, a modal with no object complement
    ("It is hard to describe the noise of the storm.", "describe", None, None),
    ("Words cannot describe how happy we are.", "describe", None, None),
    # nominal frames: a statement noun with a that-clause after a verb or preposition
    ("Greenpeace made the claim that the river was poisoned by the factory.", "claim",
     "the river was poisoned by the factory", "Greenpeace"),
    ("He repeated his assertion that the vaccine causes autism in children.", "assertion",
     "the vaccine causes autism", "He"),
    ("The ministry issued a warning that the storm could reach the coast by Friday.", "warning",
     "the storm could reach the coast", "ministry"),
    ("The court examined the claim by the prosecutors that the files had been destroyed.", "claim",
     "the files had been destroyed", "prosecutors"),
    ("The talks stalled amid reports that the rebels had seized the airport.", "reports",
     "the rebels had seized the airport", ""),
    # a verb of answering: the subject holds the opposite and is the source, the verb the cue
    ("The company denied allegations that it had paid bribes to local officials.", "denied",
     "it had paid bribes to local officials", "company"),
    ("The senator rejected the claim that the election had been rigged.", "rejected",
     "the election had been rigged", "senator"),
    # look-alikes: a relative 'that' (with a gap or a verb right after it), a noun in subject position
    ("He rejected the claim that he made last year.", "claim", None, None),
    ("He rejected the claim that he made last year.", "rejected", None, None),
    ("The agency issued a statement that was read out at noon.", "statement", None, None),
    ("Claims that the mayor took bribes surfaced last week.", "Claims", None, None),
    # a subject relative after a document noun: the issuer (after issued/released …) or the document
    ("The agency issued a statement that said the border would stay closed.", "said",
     "the border would stay closed", "The agency"),
    ("They released a statement which said the museum must stay open to everyone.", "said",
     "the museum must stay open", "They"),
    ("Police found a note that said the owner would be back on Monday.", "said",
     "the owner would be back", "a note"),
    # a relative clause with a subject of its own: 'which state media said were under control'
    ("The attacks set off large fires, which state media said were under control.", "said",
     "were under control", "state media"),
    ("The fires, which officials said were under control, burned for two days.", "said",
     "were under control", "officials"),
    ("The budget, which he said would cut waste, passed on Monday.", "said", "would cut waste", "he"),
    # look-alike: a relative clause with its own verb leaves the antecedent as the speaker
    ("The minister, who lives in Paris, said the plan was dead.", "said", "the plan was dead", "minister"),
    # 'referred to X as "…"': the quoted words, said by the subject
    ('Chinese authorities referred to him as "Chinese-American" in their statement.', "referred",
     "Chinese-American", "authorities"),
    ('The coach referred to the referee as "a disgrace to the sport".', "referred",
     "a disgrace to the sport", "coach"),
    # look-alikes: passing a case on, a topic without 'as'
    ('The judge referred the case to "the highest court in the land" last week.', "referred", None, None),
    ('He referred to "the old days" often.', "referred", None, None),
    # a colon frame with 'made': the subject speaks, the verb is the cue
    ('On Monday the minister made a short statement: "We will not resign, and we will not stop working."',
     "made", "We will not resign", "minister"),
]


@pytest.mark.parametrize("text,cue,content,speaker", ROWS)
def test_frame_rows(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)


@pytest.mark.parametrize("text,cue,not_in_speaker", [
    ('The currents rise quickly, creating what the scientists describe as an "upside-down river" under the ice.',
     "describe", "creating"),
    ('The villagers feared what the soldiers described as "a routine patrol" near the border.',
     "described", "feared"),
])
def test_free_relative_speaker(text, cue, not_in_speaker):
    """The speaker of a free relative ('what X describe as') is X, not the verb before 'what'."""
    from cue_checks import by_cue
    att = by_cue(text, cue)
    assert att is not None and att.source is not None and not_in_speaker not in att.source.text
