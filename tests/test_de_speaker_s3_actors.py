"""German narrator actors, session 3 (sentences written for these tests): the subject of an
indicative sentence without a verb of saying speaks in the Konjunktiv I sentence after it —
also when a party in brackets and a stray comma follow it, when two roles are coordinated, or
when the first field is an adverbial and the subject follows the verb. Things, crowds and the
topic of a cited finding do not take over.
"""

from __future__ import annotations

import pytest

from claimgraph.lang import base
from claimgraph.lang.de.mentions import Lexicons

from speaker_checks import check_silent, check_speaker

SPEAKS = [
    # --- 1. first field: a party in brackets and a stray comma; two coordinated roles
    ("Der Innenminister Karl Hauser (CSU), hat seinen Rücktritt erklärt. Er werde aber Abgeordneter bleiben.",
     "Er werde aber", "Karl Hauser", None),
    ("Die Bürgermeisterin Anna Keller (CDU) eröffnete die Sitzung. Man werde den Haushalt prüfen.",
     "Man werde den Haushalt", "Anna Keller", None),
    ("Der Vizekanzler und Finanzminister Paul Berger hat sein Amt abgegeben. Er wolle sich um seine Familie kümmern.",
     "um seine Familie", "Paul Berger", None),
    # --- 2. an adverbial first field; the subject follows the verb
    ("Am Montag besuchte Kanzler Scholz die Werft. Die Arbeitsplätze seien sicher.",
     "Arbeitsplätze seien sicher", "Scholz", None),
    ("Reinhold Gall ist Fraktionschef. Mit Kritik an den Plänen hält sich Gall zurück. "
     "So sei im Entwurf eine gute Formulierung gewählt worden.",
     "gute Formulierung", "Gall", None),
    ("Bei der Pressekonferenz zeigte sich Ministerin Eva Brandt gelassen. Die Lage sei unter Kontrolle.",
     "Lage sei unter Kontrolle", "Eva Brandt", None),
]

SILENT = [
    # look-alikes: a thing or machine after the verb, a cited finding, a locative attachment
    ("Der Pilot Jan Ek sagte, er sei gewarnt worden. Demnach haben Jagdflugzeuge der Luftwaffe "
     "das Schiff verfolgt. Das Schiff sei danach umgekehrt.",
     "Das Schiff sei danach", "Jagdflugzeuge"),
    ("Der Zeuge Max Brand sagte aus. Nach den Ermittlungen des Richters war Tom Weber ein Wachmann. "
     "Weber sei demnach in zwei Lagern gewesen.",
     "in zwei Lagern", "Tom Weber"),
    ("Nach dem Urteil hat die Schauspielerin Klage beim Landgericht Berlin eingereicht. "
     "Das Gutachten sei fehlerhaft.",
     "Gutachten sei fehlerhaft", "Landgericht"),
    ("Im weiteren Verlauf der Sitzung wurde abgestimmt. Der Antrag sei abgelehnt.",
     "Antrag sei abgelehnt", "Verlauf"),
]


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_actor_speaks(text, content, source, wrong):
    check_speaker(text, content, source, wrong)


@pytest.mark.parametrize("text,content,wrong", SILENT)
def test_no_actor(text, content, wrong):
    check_silent(text, content, wrong)


@pytest.mark.parametrize("word,expected", [
    ("Augenzeuge", True), ("Zeugin", True), ("Sprecherin", True),
    ("Jagdflugzeuge", False), ("Fahrzeug", False), ("Werkzeuge", False),
])
def test_role_words(word, expected):
    assert Lexicons.of(base.get_pack("de")).is_role(word) is expected
