"""Review fixes (session 4): the per-document name index shared by owner.py, hearsay.py and
actors.py, which replaced one whole-text search per unit."""

from __future__ import annotations

import pytest

from claimgraph.lang.de.owner import introduced, name_index
from claimgraph.model import Document


@pytest.mark.parametrize("text, word, before, expected", [
    ("Manfred Berg kam. Berg sprach.", "Berg", None, True),
    ("Manfred Berg kam. Berg sprach.", "Berg", 12, True),          # "Manfred Berg" ends at 12
    ("Manfred Berg kam. Berg sprach.", "Berg", 11, False),         # not yet complete
    ("Hans-Peter Berg kam.", "Berg", None, True),                  # hyphenated given name
    ("Anna Bergs Haus brannte.", "Berg", None, False),             # another word
    ("Anna Berg’s Haus brannte.", "Berg", None, True),             # a quote mark ends it
    ("Anna Berg-Meier kam.", "Berg", None, False),                 # a double surname
    ("Berg kam. Dann sprach Berg.", "Berg", None, False),          # never after a given name
    ("Die Ministerin Berg kam.", "Berg", None, True),              # any capitalised word
])
def test_introduced(text: str, word: str, before: int | None, expected: bool) -> None:
    assert introduced(Document(text=text), word, before) is expected


@pytest.mark.parametrize("text, word, first", [
    ("Manfred Berg kam. Später Anna Berg.", "Berg", "Manfred"),    # the first occurrence
    ("Laut Anna Maria Berg regnet es.", "Berg", "Maria"),          # the word right before
    ("Laut Anna Maria Berg regnet es.", "Maria", "Anna"),          # pairs overlap
    ("Hans-Peter Berg kam.", "Berg", None),                        # a hyphenated name: unread
])
def test_first_word_before(text: str, word: str, first: str | None) -> None:
    assert name_index(Document(text=text)).first.get(word) == first


def test_index_follows_the_document() -> None:
    """The index of one document never answers for the next one."""
    assert introduced(Document(text="Manfred Berg kam."), "Berg")
    assert not introduced(Document(text="Berg kam."), "Berg")


@pytest.mark.parametrize("sentence, speaker", [
    ("So der Minister.", "der Minister"),
    ("So Hofreiter am Dienstag in Berlin.", "Hofreiter"),
    ("So die Sprecherin am Rande des Gipfels in Brüssel.", "die Sprecherin"),
    ("So der Minister am Montag im Bundestag bei einer Debatte zum Haushalt.", "der Minister"),
    ("So der Minister zuletzt am Dienstag im Interview mit der Zeitung.", "der Minister"),
    ("So weit die Theorie.", None),                       # no speaker: an adverb phrase
    ("So der Minister am Montag, es sei gut.", None),     # a clause follows: not verbless
    # a long chain of scenes that never closes: no match (each word has one reading, so this
    # returns at once; the old pattern needed minutes for it)
    ("So der Minister" + " am Montag im Rathaus" * 30 + " sagte, es sei gut", None),
])
def test_so_alone(sentence: str, speaker: str | None) -> None:
    from claimgraph.lang.de.quotes import _SO_ALONE
    sm = _SO_ALONE.match(sentence)
    assert (sm.group("np") if sm else None) == speaker


@pytest.mark.parametrize("head, block", [
    ("Der Minister sagte am Montag:", True),
    # a quote inside the frame sentence is its own attribution, in any quote style
    ("Er nannte es „eine Schande“ und sagte:", False),
    ("Er nannte es “eine Schande” und sagte:", False),
    ("Er nannte es ‹eine Schande› und sagte:", False),
    ("Er nannte es «eine Schande» und sagte:", False),
])
def test_colon_block(head: str, block: bool) -> None:
    """A frame sentence ending in a colon frames the quote in the next paragraph."""
    from claimgraph import analyze
    doc = analyze(head + "\n\n„Wir schließen die Grenzen nicht.“", lang="de")
    rules = [a.rule for a in doc.attributions if a.content.text.startswith("Wir schließen")]
    assert rules and (rules[0].endswith("_block") is block)


#: German quotes close with “ or, in some house styles, with ”: both must read the same
_QUOTE_STYLE_ROWS = [
    "„Das ist ein Skandal“, sagte die Ministerin am Montag.",
    "Der Minister sagte: „Wir schließen die Grenzen nicht.“",
    "Die Ministerin nannte den Plan „einen Fehler“ und sagte, er koste zu viel.",
    "Der Verband zeigte sich „sehr besorgt“ über die Zahlen.",
    "Laut dem Sprecher der Partei, der den Plan „mutig“ nannte, sei das Gesetz gut.",
    "Die Kritik des Verbands „Pro Bahn“, die Züge seien zu spät, wies die Bahn zurück.",
    "Der Minister, so der „Spiegel“, habe den Bericht gelesen.",
]


def _reading(text: str) -> list[tuple[str, str | None, str | None, str]]:
    from claimgraph import analyze
    doc = analyze(text, lang="de")
    return sorted((a.kind, a.source.name if a.source else None, a.cue.text if a.cue else None,
                   a.content.text.replace("”", "“")) for a in doc.attributions)


@pytest.mark.parametrize("text", _QUOTE_STYLE_ROWS)
def test_closing_quote_styles_read_alike(text: str) -> None:
    assert _reading(text.replace("“", "”")) == _reading(text)
