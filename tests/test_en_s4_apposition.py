"""English speaker noun phrases with appositions in every frame (session 4).

A coverage matrix written from grammar: every frame English news uses to attribute a claim
('according to X' before, after and inside the clause; 'X said'; 'said X'; ', X said.';
'X told Y'; 'as X said/noted/told'; 'X added'; 'X wrote in'; 'X said in a statement';
'a spokesperson for X'; 'X's spokesperson'; 'citing X'; 'X reported') times every shape of
speaker noun phrase (a name; role + name; name, apposition,; role, name,; name (party-state);
name, relative clause,; name, age,; an organisation with an 'of' chain; two coordinated names
with appositions). Each cell asserts that the source names the person or organisation and
that the content leaves out the frame and every word of the speaker's phrase — except inside
the clause ('The reactor, according to X, is safe'), where the single content span (see
spec/output.md) necessarily covers the frame and the cell checks both halves instead.
Look-alikes: lists after 'according to', 'as' comparisons and 'as' of time.
Every sentence was written for this file.
"""

from __future__ import annotations

import re

import pytest

from claimgraph import analyze

# shape -> (speaker phrase as written, name the source must hold, words that must stay out of the content)
SHAPES = {
    "name": ("Burt Rutan", "Burt Rutan", ["Rutan"]),
    "role_name": ("company founder Burt Rutan", "Burt Rutan", ["Rutan", "founder"]),
    "name_appos": ("Burt Rutan, head of Scaled Composites,", "Burt Rutan", ["Rutan", "Scaled", "head of"]),
    "role_comma_name": ("the head of the firm, Burt Rutan,", "Burt Rutan", ["Rutan", "head of"]),
    "name_party": ("Anna Berg (D-Calif.)", "Anna Berg", ["Berg", "Calif"]),
    "name_relative": ("Burt Rutan, who has led the firm since 1990,", "Burt Rutan", ["Rutan", "1990", "who has"]),
    "name_age": ("Burt Rutan, 54,", "Burt Rutan", ["Rutan", "54"]),
    "org_of": ("the University of Otago", "University of Otago", ["Otago"]),
    "coordinated": ("Anna Berg, a nurse, and Tom Lee, a doctor,", "Anna Berg", ["Berg", "nurse", "Lee", "doctor"]),
}
PRESENT, PAST = "the reactor is safe", "the reactor was safe"


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _end(np: str) -> str:
    """The phrase closing a sentence: its own closing comma goes."""
    return np[:-1] if np.endswith(",") else np


FRAMES = {
    "according_before": lambda np: f"According to {_end(np)}, {PRESENT}.",
    "according_after": lambda np: f"{_cap(PRESENT)}, according to {_end(np)}.",
    "according_mid": lambda np: f"The reactor, according to {_end(np)}, is safe.",
    "x_said": lambda np: f"{_cap(np)} said {PAST}.",
    "said_x": lambda np: f"{_cap(PRESENT)}, said {_end(np)}.",
    "comma_x_said": lambda np: f"{_cap(PRESENT)}, {np} said.",
    "x_told": lambda np: f"{_cap(np)} told reporters {PAST}.",
    "as_x_said": lambda np: f"As {np} said on Monday, {PRESENT}.",
    "as_x_noted_after": lambda np: f"{_cap(PRESENT)}, as {np} noted.",
    "as_x_told": lambda np: f"As {np} told reporters, {PRESENT}.",
    "x_added": lambda np: f"{_cap(np)} added that {PAST}.",
    "x_wrote_in": lambda np: f"{_cap(np)} wrote in a blog post that {PAST}.",
    "x_said_statement": lambda np: f"{_cap(np)} said in a statement that {PAST}.",
    "spokesperson_for": lambda np: f"A spokesperson for {np} said {PAST}.",
    "citing_x": lambda np: f"The Daily Planet reported that {PAST}, citing {_end(np)}.",
    "x_reported": lambda np: f"{_cap(np)} reported that {PAST}.",
}
# 'X's spokesperson': the possessive takes no comma apposition after the name
POSSESSIVE = {
    "name": "Burt Rutan's spokesperson said the reactor was safe.",
    "role_name": "Company founder Burt Rutan's spokesperson said the reactor was safe.",
    "name_party": "Anna Berg (D-Calif.)'s spokesperson said the reactor was safe.",
    "org_of": "The University of Otago's spokesperson said the reactor was safe.",
}
_FRAME_WORDS = re.compile(r"\b(?:according|said|told|as|citing|added|wrote|reported|noted|spokesperson)\b")
CELLS = [(f, s) for f in FRAMES for s in SHAPES]


def _attribution(text: str):
    hits = [a for a in analyze(text, lang="en").attributions if "safe" in a.content.text]
    assert hits, f"nothing attributed in {text!r}"
    return hits[0]


def _label(att) -> str:
    return "" if att.source is None else f"{att.source.text} | {att.source.name}"


@pytest.mark.parametrize(("frame", "shape"), CELLS, ids=[f"{f}-{s}" for f, s in CELLS])
def test_frame_by_speaker_shape(frame: str, shape: str) -> None:
    np, name, own_words = SHAPES[shape]
    text = FRAMES[frame](np)
    att = _attribution(text)
    content = att.content.text
    if frame == "according_mid":  # one span: both halves of the clause, the frame inside
        assert content.startswith("The reactor") and content.endswith("is safe"), content
    else:
        assert not [w for w in own_words if w in content], content
        assert not _FRAME_WORDS.search(content), content
    if frame == "citing_x":  # the outlet reports, the cited speaker stands behind it
        assert "Daily Planet" in _label(att) or name in _label(att), _label(att)
    elif frame == "spokesperson_for":  # the spokesperson speaks for the named one
        assert name in _label(att), _label(att)
    else:
        assert att.source is not None and name in att.source.name, _label(att)


@pytest.mark.parametrize(("shape", "text"), list(POSSESSIVE.items()))
def test_possessive_spokesperson(shape: str, text: str) -> None:
    att = _attribution(text)
    assert SHAPES[shape][1] in _label(att), _label(att)
    assert att.content.text == "the reactor was safe"


# look-alikes: (sentence, the source name expected; None: no list word may become a source)
LOOKALIKES = [
    # a list after 'according to' is no speaker with appositions
    ("The reactor is safe, according to the plan, budget and bylaws.", None),
    ("According to the plan, the budget and the bylaws, the reactor is safe.", None),
    # a clause after 'according to X,' is content, not an apposition
    ("According to the mayor, the council is wrong about the safe reactor.", "mayor"),
    ("According to the mayor, 54 people left the safe zone.", "mayor"),
    # 'as' of comparison and of time opens no speaker
    ("The reactor is as safe as a bank vault, he said.", "he"),
    ("As the storm hit, officials said the reactor was safe.", "officials"),
    ("As safe as it looks, the reactor is old, Burt Rutan said.", "Burt Rutan"),
]


@pytest.mark.parametrize(("text", "source"), LOOKALIKES)
def test_lookalikes(text: str, source: str | None) -> None:
    hits = [a for a in analyze(text, lang="en").attributions if "safe" in a.content.text]
    if source is None:
        assert not [a for a in hits if a.source is not None and re.search(r"plan|budget|bylaws", a.source.text)], \
            [(a.source.text, a.content.text) for a in hits]
        return
    assert hits and hits[0].source is not None and source in hits[0].source.name, _label(hits[0]) if hits else None
    assert "As the storm" not in hits[0].content.text and "officials" not in hits[0].content.text


# appositions that stay out of the content, in shapes the matrix does not list (age + role, brackets)
@pytest.mark.parametrize(("text", "content"), [
    ("The reactor is safe, according to Anna Berg, a nurse at the clinic.", "The reactor is safe"),
    ("The reactor is safe, according to Anna Berg, who was there.", "The reactor is safe"),
    ("Burt Rutan, who founded Scaled Composites, told reporters that the reactor was safe.", "the reactor was safe"),
    ("The company, which built the reactor, said it was safe.", "it was safe"),
    ("The reactor is safe, according to Tom Lee, 61, a retired teacher from Leeds.", "The reactor is safe"),
    ("The reactor is safe, according to Tom Lee (61), a retired teacher.", "The reactor is safe"),
    ("Tom Lee, 61, a retired teacher from Leeds, said the reactor was safe.", "the reactor was safe"),
    ("The reactor is safe, Tom Lee, 61, a retired teacher from Leeds, said.", "The reactor is safe"),
    ("Senator Anna Berg (R-Texas) told CNN that the reactor was safe.", "the reactor was safe"),
    ("As the mayor, Tom Lee, told reporters, the reactor is safe.", "the reactor is safe"),
])
def test_apposition_tails_stay_out(text: str, content: str) -> None:
    assert _attribution(text).content.text == content


# the frame word 'as' is no part of the speaker's phrase
@pytest.mark.parametrize("text", [
    "The reactor is safe, as the head of the firm, Burt Rutan, noted on Monday.",
    "The reactor is safe, as Burt Rutan, head of Scaled Composites, noted.",
    "As the head of the firm, Burt Rutan, told reporters, the reactor is safe.",
])
def test_as_is_no_speaker_word(text: str) -> None:
    att = _attribution(text)
    assert att.source is not None and att.source.name == "Burt Rutan"
    assert not re.match(r"(?i)as\b", att.source.text), att.source.text
    assert "as" not in att.content.text.split()


# the article before a clause's subject is no apposition: 'a man, 34,' is what police said
@pytest.mark.parametrize(("text", "content"), [
    ("According to police, a man, 34, was arrested near the safe house.", "a man, 34, was arrested near the safe house"),
    ("According to police, a man was arrested near the safe house.", "a man was arrested near the safe house"),
    ("According to Tom Lee, a retired teacher, the reactor is safe.", "the reactor is safe"),
])
def test_article_subject_is_content(text: str, content: str) -> None:
    assert _attribution(text).content.text == content
