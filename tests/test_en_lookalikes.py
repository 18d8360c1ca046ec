"""English look-alikes: sentences with a cue word (or quote marks) that report nothing.

Each sentence was written for this test. The English pack must return no attribution for it
(the assertion names what it found, so a regression shows which rule fired).
"""

from __future__ import annotations

import pytest

import claimgraph

LOOKALIKES = [
    ("so-called", 'The so-called "peace plan" was never published.'),
    ("scare quotes, one word", 'The minister\'s "reform" left the tax code unchanged.'),
    ("scare quotes, two words", 'Residents call the area "the bowl" because of its shape.'),
    ("title of a film", 'The film "The Long Winter Road" opened in Berlin last year.'),
    ("title of a book", 'Her novel "A House by the Sea" sold two million copies.'),
    ("according to plan", "The launch went according to plan on Tuesday."),
    ("according to schedule", "Work on the tunnel is proceeding according to schedule."),
    ("said to be the oldest", "The oak in the square is said to be the oldest in the county."),
    ("needless to say", "Needless to say, the picnic was cancelled when the storm arrived."),
    ("that said", "That said, the harbour remains busy all year."),
    ("as I said (fiction)", "As I said, the door had been locked since noon."),
    ("the said company", "The said company was dissolved in 2004."),
    ("United States", "The United States and Canada share the longest border in the world."),
    ("member states", "Seven member states signed the treaty in Rome."),
    ("found dead", "A fisherman found dead on the beach was identified on Friday."),
    ("expected to", "The bridge is expected to open in the spring."),
    ("an estimated", "An estimated 4,000 people attended the concert."),
    ("the noun report", "The report runs to 400 pages and includes six maps."),
    ("did not say", "The mayor did not say when the pool would reopen."),
    ("to say", "It is hard to say which team played better."),
    ("told to leave", "Visitors were told to leave the museum by six."),
    ("called for", "The council called for calm after the match."),
    ("the state", "The state owns most of the railway network."),
    # round 2
    ("states + verb", "Seven states had bid to host the summit."),
    ("alleged as adjective", "The alleged shooter was arrested near the station."),
    ("confirmed as adjective", "The confirmed cases rose to forty on Sunday."),
    ("amongst reported", "Amongst reported incidents of abuse were several cases in Chile."),
    ("reported to someone", "The theft was reported to police on Monday."),
    ("reported to an institution", "Abuse in the parish is reported to the Watch Tower Society."),
    ("claimed lives", "The virus claimed 6,606 lives in March."),
    ("title with a cue word", "The documentary Just Tell Anyone is about abuse in the church."),
    ("called for + noun", "The council called for calm after the match."),
    ("urged + noun", "The coach urged patience after the defeat."),
    ("put + ordinary object", "The chef put the pan on the stove and left."),
    ("clause after the cue is no speaker", "Late on Sunday, troops left the base, announced over loudspeakers."),
    # round 3
    ("reports as a plural noun", "The storm was worse than early reports had feared."),
    ("a thing called 'x'", 'The smugglers used a method called "ghosting" to hide the boats.'),
    ("declared an emergency", "The governor declared a state of emergency in three counties."),
    ("declared a day of mourning", "The mayor declared Friday a day of mourning."),
    ("photo caption with a title", "Luke from Star Wars: A New Hope"),
    ("caption, title case after colon", "Lara Croft: Tomb Raider Legend"),
    ("identified as, no object", "The man, later identified as a local farmer, was released."),
    ("identified only as (participle)", 'A man in his fifties, identified only as "R Berg", was detained.'),
    ("named after", "The bridge was named after a local hero in 1902."),
    ("reported on (journalism)", "She was 41 and reported extensively on the floods in the north."),
    ("possessive before claims", "The council rejected the landlord's claims in full."),
    ("told + object and no content", "The singer told the world on Friday via Instagram."),
    ("first-person quote in a slogan with a cue-less subject", 'The banner over the gate, "We want our park back", was taken down.'),
    # round 4
    ("cue in a relative clause without 'that'", "The deal the two ministers agreed would give the port to a state firm."),
    ("participle as adjective after 'total'", "The total reported casualties rose to 167 by noon."),
    ("found + ordinary object", "Divers found the wreck of the ferry in deep water."),
    ("question with do-support", "What did the mayor say to the striking drivers?"),
    ("read + a title in quotes", 'She read "The Old Man and the Sea" on the night train.'),
    ("a letter was read", 'The letter was read "in full" at the hearing.'),
    ("showing as 'screening'", "The cinema is showing a new Korean film this week."),
    ("per request of", "Per request of the family, the funeral was held in private."),
    ("per capita", "Per capita, the island spends more on schools than any other region."),
    ("per + guidelines", "The street was renamed last year, per the city's naming rules."),
    # round 5
    ("declared victory", "The ruling party declared victory before the last ballots were counted."),
    ("the noun reason", "The main reason for the delay was a broken pump."),
    ("report + preposition", "A report by the harbour board runs to 90 pages."),
    ("report + its verb", "The annual report lists every ship that docked in 2019."),
    ("told them to be", "The guide told them to be back on the bus by noon."),
    ("decided to", "The council decided to close the pool in winter."),
    ("dismissed without 'as'", "The referee dismissed the striker in the second half."),
    ("ruled out", "The coach ruled out a return to Spain."),
    ("states + past verb", "Prices fell as states began to lift the curfews."),
    ("decided + object", "The board has not decided a date for the vote."),
    ("decided + bare clause", "I decided I would sell the boat."),
    ("participle after its noun", "The museum posted a video dedicated to the old harbour."),
    ("state as adjective", "The singer was buried with full state honours on Sunday."),
    ("the noun state after a country", "The most populous US state held its vote in March."),
    ("rules as a noun", "In the club's rules there is no word about dogs."),
]


@pytest.mark.parametrize("why, text", LOOKALIKES, ids=[w for w, _ in LOOKALIKES])
def test_lookalike_does_not_fire(why, text):
    doc = claimgraph.analyze(text, lang="en")
    found = [(a.kind, a.rule, a.cue.text if a.cue else None, a.content.text)
             for a in doc.attributions]
    assert found == [], f"{why}: {found}"


@pytest.mark.parametrize("text, cue", [
    ("The castle is said to have been built by monks.", "is said to"),
    ("According to the coast guard, twelve people are missing.", "According to"),
    ("The mayor said the pool would reopen in June.", "said"),
])
def test_near_lookalikes_still_fire(text, cue):
    """The look-alike filters must not swallow the real constructions next to them."""
    doc = claimgraph.analyze(text, lang="en")
    assert [a.cue.text for a in doc.attributions if a.cue] == [cue]
