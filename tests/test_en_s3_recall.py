"""English recall, session 3: counts after the cue, a date inserted after it, an impersonal
passive before a named subject — each with look-alikes that must not fire.

Every sentence here was written for this file. A row with a content expects an attribution with
that cue whose content holds those words (and whose source text holds the speaker, "" = none);
a row with content None says the cue reports nothing there.
"""

from __future__ import annotations

import pytest

from cue_checks import check_cue_row

# sentence, cue, expected content (None: no attribution for this cue), speaker ("" = no source)
ROWS = [
    # 'at least N' after the cue opens a counted claim, not a circumstance ('said at the meeting')
    ("Police chief Anna Berg said at least 40 people were injured on Sunday.", "said",
     "at least 40 people were injured", "Anna Berg"),
    ("The coroner said at least 12 bodies had been recovered from the river.", "said",
     "at least 12 bodies had been recovered", "coroner"),
    ("The union reported at most 300 workers had joined the strike.", "reported",
     "at most 300 workers had joined", "union"),
    # look-alike: a place or time after the cue is still a circumstance of a quotation before it
    ('"We won," she said at the end of the match.', "said", "We won", "she"),
    ('"We won," she said at least twice that evening.', "said", "We won", "she"),
    # 'as of <date>' between the cue and its clause
    ("North Korea claimed, as of Thursday, it was one of the few countries free of the virus.", "claimed",
     "it was one of the few countries", "North Korea"),
    ("The ministry said, as of March 3, that 40 people had died.", "said", "40 people had died", "ministry"),
    ("The company said as of now it had no plans to sell the plant.", "said", "it had no plans to sell",
     "company"),
    # 'it was reported' before a named subject and its verb: a hedge without a source
    ("On September 25, it was reported Baker was hospitalized in critical condition.", "it was reported",
     "Baker was hospitalized", ""),
    ("It was claimed Russia had moved troops to the border.", "It was claimed",
     "Russia had moved troops", ""),
    ("It was reported Ms Lee had resigned from the board.", "It was reported", "Ms Lee had resigned", ""),
    # look-alikes: a cleft sentence, a date after the passive
    ("It was Anna Berg who discovered the leak in the tank.", "It was", None, None),
    ("It was reported Monday by the agency.", "It was reported", None, None),
]


@pytest.mark.parametrize("text,cue,content,speaker", ROWS)
def test_recall_rows(text, cue, content, speaker):
    check_cue_row(text, cue, content, speaker)
