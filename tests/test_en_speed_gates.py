"""The English pack's speed-ups change no answer: literal gates, the cached speaker reading.

`lang/en/gates.py` skips a look-alike pattern when a word it cannot match without is missing
from the window; these tests check that the skipped patterns really could not match (on
sentences written for this test, each holding a look-alike phrase or a near miss) and that the
gated check answers exactly as running every pattern does. Every sentence here was invented
for this file.
"""

from __future__ import annotations

import re
import sys

import pytest

import claimgraph
from claimgraph.lang.en import reading, speaker
from claimgraph.lang.en.gates import UNFOLDABLE, foldable, required
from claimgraph.model import Span

SENTENCES = [
    "The said company was dissolved in 2004, the registrar said on Monday.",
    "Needless to say, the picnic was cancelled, organisers said.",
    "That said, the harbour remains busy all year, the port authority reported.",
    "Having said that, the coach admitted his team had been lucky.",
    "It goes without saying that the bridge must be inspected, engineers said.",
    "As I said, the door had been locked since noon.",
    "The oak in the square is said to be the oldest in the county.",
    "What is said to be a forgery hangs in the hall, the curator claimed.",
    "When all is said and done, the vote was close, she said.",
    "Asked about the merger, he said yes and left the room.",
    "The bridge is expected to open in the spring, the council announced.",
    "An estimated 4,000 people attended, police estimated.",
    "She thought of the offer for a week before she said no.",
    "A fisherman found dead on the beach was identified, police found.",
    "Researchers found in 12 towns most of the wells were dry.",
    "The stated goal of the plan is lower fares, the minister stated.",
    "The so-called peace plan was never published, diplomats claimed.",
    "State media reported that the dam had burst.",
    "The state owns most of the railway network, the report says.",
    "The report runs to 400 pages, the agency reported.",
    "Fear of floods grew after the mayor warned of rising water.",
    "Seven member states signed the treaty, officials confirmed.",
    "The United States and Canada agreed, the ministry said.",
    "The launch went according to plan, the agency said.",
    "The alleged shooter was arrested near the station, police said.",
    "Seven states had bid to host the summit, organisers reported.",
    "The documentary Just Tell Anyone opened in Oslo, critics said.",
    "Amongst reported incidents were two thefts, the police stated.",
    "The theft was reported to the police on Sunday, the owner said.",
    "The storm claimed 40 lives, officials estimated.",
    "Reports said the ferry had sunk, the coast guard confirmed.",
    "By early reports the fire had spread, residents said.",
    "A process called \"cold rolling\" was used, the firm said.",
    "The governor declared a state of emergency and said help was coming.",
    "She reported extensively on the war, her editor said.",
    "The president's claims were denied, aides said.",
    "The total reported cases rose to 90, the ministry confirmed.",
    "The think tank said the tax would fail.",
    "The annual report found rising debt, auditors said.",
    "For that reason, the judge said, the case was closed.",
    "The party declared victory before the count ended.",
    "As states began to reopen, governors said caution was needed.",
    "The Post's report has been disputed, the senator said.",
    "The most populous US state voted, officials said.",
    "Thirty people believed to have been involved were arrested, police said.",
    "A UN report eventually concluded the ship was overloaded.",
    "Maryland state law forbids it, the lawyer said.",
    # near misses and the folding cases: ſ, the Kelvin sign, dotted and dotless i
    "The ſaid company was sold, the buyer said.",
    "Needleſs to ſay, it rained, the KELVIN said.",
    "The \u212aelvin scale, scientists said, starts at zero; \u0130t is said to be cold.",
    "Th\u0131s said firm closed, the owner said.",
]


def _ungated(text: str, sent: Span, cs: int, ce: int) -> bool:
    """The look-alike check as it was before the gates: every pattern over the window."""
    lex = reading.lexicon()
    window_s = max(sent.start, cs - 40)
    window = text[window_s:min(sent.end, ce + 60)]
    if lex.any_lookalike.search(window) is None:
        return False
    return any(m.start() + window_s <= cs and ce <= m.end() + window_s
               for pat in lex.lookalikes for m in pat.finditer(window))


def _cues(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in reading.lexicon().cue_re.finditer(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_gated_lookalike_check_answers_as_all_patterns_do(text):
    sent = Span(0, len(text))
    cues = _cues(text)
    assert cues, "each sentence holds a cue word"
    for cs, ce in cues:
        assert reading.is_lookalike(text, sent, cs, ce) == _ungated(text, sent, cs, ce), text[cs:ce]


def test_the_table_holds_lookalikes_and_plain_cues():
    """The sentences exercise both answers (a table of only 'no' would prove little)."""
    answers = [_ungated(t, Span(0, len(t)), cs, ce) for t in SENTENCES for cs, ce in _cues(t)]
    assert sum(answers) >= 20 and answers.count(False) >= 20


@pytest.mark.parametrize("row", range(len(reading.lexicon().lookalikes)))
def test_every_match_holds_its_required_words(row):
    """Soundness of `required`: wherever a pattern matches, each requirement set is present."""
    pat = reading.lexicon().lookalikes[row]
    gate = required(pat.pattern, re.IGNORECASE)
    for text in SENTENCES:
        for m in pat.finditer(text):
            if not foldable(m.group()):
                continue  # (those windows are not gated)
            low = m.group().lower()
            for req in gate or ():
                assert any(w in low for w in req), (pat.pattern, m.group(), sorted(req))


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bsaid\s+and\s+done\b", re.I, [{"said"}, {"and"}, {"done"}]),
    (r"\b(?:the|a)\s+report(?:s|ed)?\b", re.I, [{"the", "a"}, {"report", "reports", "reported"}]),
    (r"\bso(?:-|\s+)called\b", re.I, [{"so"}, {"called"}]),
    (r"\bthink[\s-]+tanks?\b", re.I, [{"think"}, {"tank", "tanks"}]),
    (r"\bstate(?=\s+law)", re.I, [{"state"}]),          # a lookahead is not part of the match
    (r"(?:\d+|many)\s+said", 0, [{"said"}]),            # a branch with an open alternative: no set
    (r"(?-i:[A-Z])\w+\s+reports\b", re.I, [{"reports"}]),
    (r"(\w+)\s+\1", 0, None),                            # a back reference proves nothing
    (r"\w+", 0, None),
])
def test_required_words_of_a_pattern(pattern, flags, expected):
    got = required(pattern, flags)
    assert (None if got is None else sorted(map(sorted, got))) == \
        (None if expected is None else sorted(map(sorted, expected)))


def test_unfoldable_letters_are_all_that_ignorecase_folds_unlike_lower():
    """str.lower() misses exactly these IGNORECASE matches of ASCII letters (every code point)."""
    letters = re.compile("[a-z]", re.IGNORECASE)
    near = [chr(c) for c in range(0x80, sys.maxunicode + 1) if letters.fullmatch(chr(c))]
    found = {ch for ch in near for x in "abcdefghijklmnopqrstuvwxyz"
             if re.fullmatch(x, ch, re.IGNORECASE) and ch.lower() != x}
    assert found == set(UNFOLDABLE)


@pytest.mark.parametrize("window, ok", [
    ("the said company", True),
    ("the ſaid company", False),
    ("café said", True),
    ("\u212aelvin said", True),     # the Kelvin sign lower-cases to "k"
    ("\u0130t is said", False),
])
def test_foldable_windows(window, ok):
    assert foldable(window) is ok


@pytest.mark.parametrize("text", [
    "The minister, who spoke in Paris, said the bridge would reopen, the mayor added.",
    "Reuters reported its source said the talks had failed, and officials said more.",
    "“We are ready,” she said, adding that the plan was sound, aides told reporters.",
])
def test_speaker_reading_is_cached_and_unchanged(text):
    """The cached `speaker_left` returns the reading a fresh call computes, once per cue."""
    doc = claimgraph.analyze(text, lang="en")
    masked = reading.mask_quotes(doc.text, doc.quotes)
    p = reading.Para(doc, 0, 0, len(doc.text), masked, list(doc.quotes))
    sent = Span(0, len(doc.text))
    for cs, _ in _cues(masked):
        first = reading.speaker_left(p, sent, cs)
        assert reading.speaker_left(p, sent, cs) is first
        assert first == speaker._speaker_left(p, sent, cs)
    assert len(p.lefts) == len(_cues(masked))


@pytest.mark.parametrize("text", [
    "“It is over,” he said of the final.",
    "The council said, local time, that the roads were closed.",
    "Officials said the bridge would reopen in May.",
])
def test_before_frame_is_kept_per_paragraph_and_unchanged(text):
    """`before_frame` asked twice at one place computes once and answers as a fresh reading."""
    from claimgraph.lang.en import objects

    doc = claimgraph.analyze(text, lang="en")
    masked = reading.mask_quotes(doc.text, doc.quotes)
    p = reading.Para(doc, 0, 0, len(doc.text), masked, list(doc.quotes))
    sent = Span(0, len(doc.text))
    answers = [objects.before_frame(p, sent, ce) for _, ce in _cues(masked)]
    assert answers == [objects._before_frame(masked[ce:sent.end]) for _, ce in _cues(masked)]
    assert answers == [objects.before_frame(p, sent, ce) for _, ce in _cues(masked)]
    assert len(p.befores) == len(_cues(masked))
