"""Who owns a German Konjunktiv run (runs.py, runs.tsv); sentences written for these tests.

The run after a sentence belongs to that sentence's nominative subject when it introduces a
stance, a statement or speech without framing a clause itself:

- demeanour predicates: "X zeigte sich …", "X gab sich …", "X reagierte …";
- an action with a statement noun of the subject's own: "mit dem Hinweis, …", "In seiner
  Stellungnahme …";
- an accusation noun: "erhob Anklage", "reichte Klage ein";
- a verb of saying with a noun-phrase complement ("Y verwies dagegen auf …"): a second
  speaker takes over the run.

Look-alikes open nothing: a passive, a pretence with a separated particle ("gaben sich als …
aus"), a statement noun with a genitive owner ("die Aussage des Zeugen"), a cite verb (the
cited speaks), a Konjunktiv verb in the opening clause (the previous speaker reports on X).
"""

from __future__ import annotations

import pytest

from frame_checks import source_of

#: a first speaker whose run a second sentence may take over
_FIRST = "Die Opposition kritisierte den Haushalt scharf. Die Schulden seien zu hoch. "


@pytest.mark.parametrize("text,piece,owner", [
    # demeanour: verb x subject shape (role + name, plural body, pronoun-free org, name only)
    ("Die Ministerin Anna Berg gab sich zuversichtlich. Man habe genug Reserven.",
     "genug Reserven", "Anna Berg"),
    ("Bürgermeister Jonas Keller reagierte gelassen. Die Stadt sei vorbereitet.",
     "vorbereitet", "Jonas Keller"),
    ("Die Gewerkschaften zeigten sich enttäuscht. Das Angebot sei viel zu niedrig.",
     "zu niedrig", "Gewerkschaften"),
    ("Am Abend gab sich Trainer Felix Brandt kämpferisch. Seine Mannschaft werde nicht aufgeben.",
     "nicht aufgeben", "Felix Brandt"),
    ("Die Bahn hat sich am Montag überrascht gezeigt. Von den Plänen habe man nichts gewusst.",
     "nichts gewusst", "Bahn"),
    ("Der Verband reagierte mit Unverständnis. Die Regeln seien längst bekannt.",
     "längst bekannt", "Verband"),
    # a stance after a speaker takes the run over from that speaker
    ("Der Minister Jonas Keller sagte, die Lage sei ernst. Die Gewerkschaft reagierte empört. "
     "Das sei eine Zumutung.", "Zumutung", "Gewerkschaft"),
    ("Die Ministerin Anna Berg zeigte sich zufrieden. Es sei alles gut gelaufen. Die Gewerkschaft "
     "zeigte sich dagegen enttäuscht. Die Löhne seien zu niedrig.", "Löhne", "Gewerkschaft"),
    # statement nouns of the subject's own, in the same unit or before the run
    ("Die Polizei begegnete den Vorwürfen mit dem Argument, man habe rechtzeitig gewarnt.",
     "rechtzeitig gewarnt", "Polizei"),
    ("Die Bahn begegnete der Kritik mit dem Hinweis, die Züge seien meist pünktlich.",
     "meist pünktlich", "Bahn"),
    ("In einer Pressekonferenz am Montag legte der Innenminister, Paul Lenz (CDU), den "
     "Schwerpunkt seiner Darstellung auf die Aussage, es sei mehr Gewalt zu verzeichnen.",
     "mehr Gewalt", "Paul Lenz"),
    # accusation: the accuser owns the run though "er" in it is the accused
    ("Die Staatsanwaltschaft erhob Anklage gegen den Mann. Er habe seine Nachbarin bedroht.",
     "Nachbarin", "Staatsanwaltschaft"),
    ("Nach dem Urteil hat die Sängerin Klage beim Landgericht eingereicht. Der Bericht habe "
     "ihren Ruf beschädigt.", "Ruf", "Sängerin"),
    # a verb of saying with an NP complement: the second speaker takes over
    (_FIRST + "Lenz hingegen verwies auf die guten Zahlen. Der Haushalt sei ausgeglichen.",
     "ausgeglichen", "Lenz"),
    (_FIRST + "Finanzminister Paul Lenz, der seit 2019 im Amt ist, verwies dagegen auf die "
     "Einnahmen. Man habe solide gewirtschaftet.", "solide", "Paul Lenz"),
])
def test_opener_owns_run(text, piece, owner):
    assert owner in (source_of(text, piece) or "")


@pytest.mark.parametrize("text,piece,not_owner", [
    # a pretence with a separated particle (ausgeben) is no stance
    ("Der Staatsanwalt Jonas Keller äußerte sich am Montag. Zwei Ermittler gaben sich als "
     "Käufer aus. Über Monate sei er beobachtet worden.", "beobachtet", "Ermittler"),
    # a quote-only verb in an idiom ("ins Leben gerufen") names no speaker
    ("Der Sicherheitsrat hatte das Gericht vor 19 Jahren ins Leben gerufen. Damals habe "
     "niemand mit einer so langen Dauer gerechnet.", "gerechnet", "Sicherheitsrat"),
    # a statement noun with a genitive owner: the witness's statement, not the police's
    ("Die Polizei prüfte die Aussage des Zeugen. Er habe den Wagen gegen Mitternacht gesehen.",
     "Mitternacht", "Polizei"),
    # a cite verb: the outlet relays the report it cites
    ("Die Agentur Reuters zitiert eine Stelle aus dem Bericht der Kommission. Dabei habe er "
     "sich ein Bein gebrochen.", "Bein", "Reuters"),
    # a passive: the subject undergoes the act
    ("Eine Erklärung zur Lage wurde dem Botschafter übergeben. Rice sagte weiter, der Iran habe "
     "die Chance zu Gesprächen.", "Chance", "Erklärung"),
    # the opening verb is itself Konjunktiv: the last speaker reports on X
    ("Die Ministerin Anna Berg sagte, die Lage sei ernst. Der Konzern beschreibe die Zahlen "
     "falsch.", "Zahlen", "Konzern"),
])
def test_look_alike_opens_nothing(text, piece, not_owner):
    got = source_of(text, piece)
    assert got is not None, "the Konjunktiv sentence is still reported"
    assert not_owner not in got


@pytest.mark.parametrize("text,piece,owner", [
    # relatives.py: a passive relative clause is about its subject; the von-agent speaks
    ("Der Preis ging an den Autor Max Huber, der von Kritikern als mutig bezeichnet wurde, "
     "weil er unbequeme Wahrheiten ausspreche.", "mutig", "Kritikern"),
    ("Der Preis ging an den Autor Max Huber, der als mutig bezeichnet worden war, weil er "
     "unbequeme Wahrheiten ausspreche.", "mutig", ""),
    # an active relative clause still names its antecedent
    ("Die Laudatio hielt die Ministerin Anna Berg, die den Mut des Autors hervorhob, der in "
     "seinem Werk zum Ausdruck komme.", "Ausdruck", "Anna Berg"),
    # actors.py: a strong past verb ("hielt", "sprach") after the actor
    ("Der Bürgermeister Jonas Keller hielt am Montag an seinem Plan fest. Die Stadt brauche "
     "neue Wohnungen.", "Wohnungen", "Jonas Keller"),
])
def test_relative_and_actor(text, piece, owner):
    got = source_of(text, piece)
    assert got is not None
    if owner:
        assert owner in got
    else:
        assert "Max Huber" not in got


@pytest.mark.parametrize("text,piece,owner", [
    # sollen-sentences inside a run keep it alive across narrator lines and a paragraph break
    ("Die Staatsanwaltschaft hat Anklage gegen einen Rentner erhoben. Außerdem soll er Geld "
     "unterschlagen haben. Seit März sitzt der Mann in Haft.\n\nIm Sommer soll er erneut "
     "zugeschlagen haben. Er habe dabei eine Waffe getragen.", "Waffe", "Staatsanwaltschaft"),
    # without the sollen chain, three narrator lines end the run
    ("Die Staatsanwaltschaft hat Anklage gegen einen Rentner erhoben. Der Mann lebt in Fürth. "
     "Seit März sitzt er in Haft. Im Sommer begann der Prozess.\n\nDie Zeugin habe nichts "
     "gesehen.", "Zeugin", ""),
])
def test_run_across_reportatives(text, piece, owner):
    got = source_of(text, piece)
    assert got is not None
    assert owner in got if owner else "Staatsanwaltschaft" not in got
