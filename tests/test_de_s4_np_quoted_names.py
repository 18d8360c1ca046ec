"""Quoted names inside a German speaker noun phrase: `Wie die „Aktion Deutschland hilft“
mitteilte`, `Ein Sprecher des Vereins „Pro Asyl“ sagte`. A short capitalised quote right after
a definite article, a fused preposition or a class noun is the phrase's name (mentions.
quoted_name; segment.py drops it from the quotes), not speech; the name is the quoted text.

Coverage: names with a lower-case word (the case the quote classifier calls speech) and fully
capitalised ones × frames (V2 subject, `Wie X mitteilte`, `, sagte X`, `X zufolge`, `laut X`,
`Person von X sagte`, genitive after a role); look-alikes (a quote after a verb, lower case,
after a colon, a quote frame after it, an abstract noun opening a phrase).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.lang.base import get_pack
from claimgraph.lang.de.mentions import parse, quoted_name
from claimgraph.segment import quotes_in
from frame_checks import check_found

PACK = get_pack("de")
NAMES = ["Aktion Deutschland hilft", "Mehr Demokratie", "Brot für die Welt", "Pro Asyl"]
FRAMES = [
    ("Wie die „{n}“ am Montag mitteilte, seien die Spenden deutlich gestiegen.", "{n}"),
    ("Die Spenden seien deutlich gestiegen, sagte ein Sprecher des Vereins „{n}“.", "{n}"),
    ("Der Verein „{n}“ erklärte, die Spenden seien deutlich gestiegen.", "{n}"),
    ("Laut der „{n}“ sind die Spenden deutlich gestiegen.", "{n}"),
    ("Der „{n}“ zufolge sind die Spenden deutlich gestiegen.", "{n}"),
    ("Anna Roth von der „{n}“ sagte, die Spenden seien deutlich gestiegen.", "Anna Roth"),
    ("Nach Angaben der Initiative „{n}“ sind die Spenden deutlich gestiegen.", "{n}"),
]


@pytest.mark.parametrize("frame,source", FRAMES)
@pytest.mark.parametrize("name", NAMES)
def test_quoted_name_is_the_speaker(frame: str, source: str, name: str) -> None:
    check_found(frame.format(n=name), "Spenden", "„", source.format(n=name))


def _only_quote(text: str):
    (q,) = quotes_in(text, 0, len(text))
    return q


@pytest.mark.parametrize("text,expected", [
    ("Wie die „Aktion Deutschland hilft“ mitteilte, ist es so.", True),
    ("Er sprach mit dem Verein „Pro Asyl“ über die Lage.", True),
    ("Sie kam vom „Bündnis gegen Armut“ zurück.", True),
    ("Die Ministerin sagte „Nein“ und ging.", False),               # after a verb
    ("Der Minister nannte das „absurd“.", False),                   # lower case
    ("Die Ministerin sagte: „Wir prüfen das.“", False),             # after a colon
    ("Die „Nieder mit der Regierung“, riefen die Demonstranten.", False),  # a frame follows
    ("Er lobte die „Stärkung der internationalen Diplomatie“.", False),    # abstract opener
    ("Sie hörten die „Wir schaffen das“ immer wieder.", False),     # a spoken sentence
    ("Der Vorstand kritisierte die „Politik der leeren Versprechen und Ausreden im Land“.",
     False),                                                          # too long
])
def test_quoted_name_lookalikes(text: str, expected: bool) -> None:
    assert quoted_name(PACK, text, _only_quote(text)) is expected


@pytest.mark.parametrize("np,name,typ,affiliation", [
    ("der Verein „Pro Asyl“", "Pro Asyl", "organisation", None),
    ("Die Initiative „Mehr Demokratie“", "Mehr Demokratie", "organisation", None),
    ("die Zeitung „Die Welt“", "Die Welt", "outlet", None),
    ("die „Süddeutsche Zeitung“", "Süddeutsche Zeitung", "outlet", None),
    ("Ein Sprecher des Vereins „Pro Asyl“", None, None, "Pro Asyl"),
    ("Anna Roth von der „Aktion Deutschland hilft“", "Anna Roth", "person",
     "Aktion Deutschland hilft"),
])
def test_parse_quoted_name(np: str, name: str | None, typ: str | None,
                           affiliation: str | None) -> None:
    m = parse(np, 0, PACK)
    assert m is not None
    if name is not None:
        assert (m.name, m.type) == (name, typ)
    assert m.affiliation == affiliation


@pytest.mark.parametrize("text,kind", [
    # a quoted phrase of the speaker's inside reported content keeps the mixed kind
    ("Der Minister sagte, die Reform sei ein „Schritt in die falsche Richtung“.", "mixed"),
    ("Die Ministerin sagte, sie lehne das „absurde Theater“ ab.", "mixed"),
])
def test_speech_fragment_stays_a_quote(text: str, kind: str) -> None:
    kinds = [a.kind for a in analyze(text, lang="de").attributions]
    assert kind in kinds


@pytest.mark.parametrize("text,content,source", [
    # inverted subject after an adverbial first field, and a separated particle
    ("Am Montag teilte die „Aktion Deutschland hilft“ mit, die Spenden seien gestiegen.",
     "Spenden seien", "Aktion Deutschland"),
    ("Die Spenden seien gestiegen, teilte die „Aktion Deutschland hilft“ am Montag mit.",
     "Spenden seien", "Aktion Deutschland"),
    ("Die Spenden seien gestiegen, berichtet die „Frankfurter Allgemeine Zeitung“.",
     "Spenden seien", "Frankfurter Allgemeine Zeitung"),
    ("Wie die Organisation „Ärzte der Welt“ mitteilte, fehlen in den Lagern Medikamente.",
     "Medikamente", "Ärzte der Welt"),
    # Perfekt with the quoted name in the first field
    ("Die Initiative „Mehr Demokratie“ hat am Montag erklärt, das Quorum sei zu hoch.",
     "Quorum", "Mehr Demokratie"),
    # a role with a quoted affiliation and a name in apposition
    ("Die Sprecherin des Bündnisses „Aufstehen gegen Rassismus“, Anna Roth, sagte, man werde "
     "demonstrieren.", "demonstrieren", "Anna Roth"),
])
def test_quoted_name_shapes(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)
