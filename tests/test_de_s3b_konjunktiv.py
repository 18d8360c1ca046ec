"""German Konjunktiv I by position, nominal owners with a bracket, and impersonal `man`
(sentences written for these tests).

- A lower-case `-e` word right after a noun and before an adverb or a determiner is the
  finite verb of a V2 clause in Konjunktiv I ("Das Geld reiche nicht aus"); postpositions
  ("Dem Bericht zufolge"), conjunctions ("sowie"), Konjunktiv II forms ("würde"), weak pasts
  and `Ich` are not.
- "Die Sichtweise von Minister X (CDU), wonach …": a bracket after the owner keeps the owner.
- "Man gehe allen Spuren nach" after a narrator sentence is the institution at work: the
  speaker named before does not carry over it.
"""

from __future__ import annotations

import pytest

from claimgraph.lang.de import PACK, lexicon
from frame_checks import source_of


@pytest.mark.parametrize("text,mood", [
    ("Das Geld reiche nicht aus.", "k1"),
    ("Die Zahl der Fälle steige weiter.", "k1"),
    ("Denn Deutschland propagiere die Rente mit 67.", "k1"),
    ("Der Vorstand plane keine Kündigungen.", "k1"),
    # look-alikes: no Konjunktiv I
    ("Dem Bericht zufolge nicht mehr.", None),
    ("Die Union sowie auch die Grünen lehnen das ab.", None),
    ("Die Zahl der Fälle stieg weiter.", None),
    ("Die Kinder alle nicht.", None),
    ("Ich reiche den Antrag morgen ein.", None),
    ("Ich glaube nicht, dass es klappt.", None),
    ("Das Geld reicht nicht aus.", None),
    ("Dadurch würde auch die Firma sparen.", "k2"),
    ("Die Firma Kleine nicht.", None),
])
def test_mood_by_position(text: str, mood: str | None) -> None:
    assert lexicon.compiled(PACK).mood(text) == mood



@pytest.mark.parametrize("text,piece,source", [
    # a Konjunktiv I by position continues the speaker
    ("Der Kämmerer sagte, die Lage sei ernst. Das Geld reiche nicht aus.", "Das Geld reiche",
     "Kämmerer"),
    # a bracket after the owner of a statement noun
    ("Die Sichtweise von Innenminister Karl Huber (CDU), wonach die Grenzen sicher seien, "
     "teilt Gall nicht.", "die Grenzen sicher", "Huber"),
    ("Die Forderung des Bürgermeisters Paul Weber (SPD), die Stadt müsse sparen, stieß auf "
     "Kritik.", "die Stadt müsse", "Weber"),
    ("Die Sichtweise von Innenminister Karl Huber, wonach die Grenzen sicher seien, teilt Gall "
     "nicht.", "die Grenzen sicher", "Huber"),
    # impersonal 'man' after a narrator sentence names nobody ...
    ("Der Sprecher der Polizei sagte, es gebe noch keine Spur. Der Sprengsatz war im Zug "
     "platziert worden. Man gehe derzeit allen Spuren nach.", "Man gehe", ""),
    ("Der Sprecher der Polizei sagte, es gebe noch keine Spur. Der Sprengsatz war im Zug "
     "platziert worden. Derzeit prüfe man alle Hinweise.", "Derzeit prüfe man", ""),
    # ... but right after the speaker, or with another subject, the speaker goes on
    ("Der Sprecher der Polizei sagte, es gebe noch keine Spur. Man gehe derzeit allen Spuren "
     "nach.", "Man gehe", "Sprecher"),
    ("Der Sprecher der Polizei sagte, es gebe noch keine Spur. Der Sprengsatz war im Zug "
     "platziert worden. Die Lage sei unübersichtlich.", "Die Lage sei", "Sprecher"),
])
def test_source(text: str, piece: str, source: str) -> None:
    got = source_of(text, piece)
    assert got is not None, f"no attribution holds {piece!r}"
    if source:
        assert source in got
    else:
        assert got == ""
