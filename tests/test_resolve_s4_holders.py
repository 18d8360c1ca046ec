"""Role-only German sources and the holder the article names (session 4): a hyphenated given
name is a first name ("Frank-Jürgen Weise, Chef der Bundesagentur"), so a later "der Chef der
Bundesagentur" is that person; another office or another institution is not. Invented texts."""

from __future__ import annotations

import pytest

from claimgraph.source_words import lexicon

from resolve_helpers import resolved_names


@pytest.mark.parametrize("word,gender", [
    ("Frank-Jürgen", "m"), ("Anne-Marie", "f"), ("Hans-Peter", "m"),
    # look-alikes: a compound with a non-name part, lower-case parts, three parts
    ("Frank-Walter-Steinmeier-Platz", None), ("Hans-Dampf", None), ("Ost-West", None),
])
def test_hyphenated_first_names(word: str, gender: str | None) -> None:
    assert lexicon().first_name(word) == gender


_WEISE = ("Frank-Jürgen Weise, Chef der Bundesagentur für Arbeit, stellte am Morgen die Zahlen "
          "vor. {role} sagte, die Entwicklung setze sich fort.")
_KESSLER = ("Anne-Marie Kessler, Sprecherin des Verbands, äußerte sich am Abend. {role} "
            "erklärte, man warte ab.")


@pytest.mark.parametrize("text,role,name", [
    (_WEISE, "Der Chef der Bundesagentur für Arbeit", "Frank-Jürgen Weise"),
    (_WEISE, "Der Chef der Bundesagentur", "Frank-Jürgen Weise"),
    (_KESSLER, "Die Sprecherin", "Anne-Marie Kessler"),
    # look-alikes: another institution's chief, another office
    (_WEISE, "Der Chef der Deutschen Bahn", "Chef"),
    (_KESSLER, "Der Präsident", "Präsident"),
])
def test_role_only_mention_is_its_named_holder(text: str, role: str, name: str) -> None:
    assert resolved_names(text.format(role=role), [role], "de") == [name]


_PAIR = ("Mariano Rajoy führt die Opposition. José Luis Rodríguez Zapatero regiert seit 2004. "
         "So kritisierte {glued} in der Debatte heftig, es sei ein Fehler gewesen.")


@pytest.mark.parametrize("text,mention,name", [
    (_PAIR.format(glued="Rajoy Zapatero"), "Rajoy Zapatero", "Mariano Rajoy"),
    (_PAIR.format(glued="Zapatero Rajoy"), "Zapatero Rajoy", "José Luis Rodríguez Zapatero"),
    # look-alikes: a two-word name whose words name nobody else; one person's two names
    ("Der Politiker Samak Sundaravej sagte, er trete nicht zurück.", "Samak Sundaravej",
     "Samak Sundaravej"),
    ("Mariano Rajoy führt die Opposition. So kritisierte Mariano Rajoy die Regierung, es sei "
     "ein Fehler gewesen.", "Mariano Rajoy", "Mariano Rajoy"),
])
def test_two_glued_surnames_are_the_first_person(text: str, mention: str, name: str) -> None:
    assert resolved_names(text, [mention], "de", last=True) == [name]
