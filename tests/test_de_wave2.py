"""German rules of wave 2 (sentences written for these tests): new frames end a carried
speaker, number agreement keeps objects from speaking, anaphoric and document frames.

SPEAKS: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source` and never `wrong` ("" = none or anonymous).
SILENT: text -> no attribution's content contains `content` with a source containing `wrong`
(look-alikes: temporal "nach dem Bericht", objects after a plural verb).
"""

from __future__ import annotations

import pytest

from speaker_checks import check_silent, check_speaker

SPEAKS = [
    # --- "nach einem Bericht der X" names X and ends the speaker carried before it
    ("Die Forscher gehen davon aus, dass die Zahl steigt. Die Lage könne sich verschärfen. "
     "Nach einem Bericht des NDR seien 40 Kliniken untersucht worden. Es werde vermutet, dass "
     "viele Fälle unentdeckt blieben.",
     "seien 40 Kliniken untersucht worden", "NDR", "Forscher"),
    ("Die Forscher gehen davon aus, dass die Zahl steigt. Nach einem Bericht des NDR seien 40 "
     "Kliniken untersucht worden. Es werde vermutet, dass viele Fälle unentdeckt blieben.",
     "viele Fälle unentdeckt blieben", "NDR", "Forscher"),
    ("Nach einer Meldung der Agentur Reuters seien zwei Fischer vermisst.",
     "zwei Fischer vermisst", "Reuters", None),
    # a compound document without an owner names itself
    ("Nach einem UN-Dokument leben die meisten Nomaden der Region in Armut.",
     "leben die meisten Nomaden", "UN-Dokument", None),
    # after the verb, "der X" following a feminine document noun is the clause's subject
    ("Im Jahr 2001 soll nach einer weiteren Nachricht der alte Fährmann gestorben sein.",
     "Fährmann gestorben", "Nachricht", "Fährmann"),
    # --- number agreement: a plural auxiliary never has a singular (dative) subject
    ("Abgeordnete aus anderen Fraktionen haben der Senatorin vorgeworfen, die Bilanz zu schönen.",
     "die Bilanz zu schönen", "Abgeordnete aus anderen Fraktionen", "Senatorin"),
    ("Am Dienstag hat der Senatorin niemand widersprochen. Ärzte aus Kiel haben dem Minister "
     "vorgeworfen, die Kliniken zu vernachlässigen.",
     "die Kliniken zu vernachlässigen", "Ärzte aus Kiel", "Minister"),
    # look-alike: a singular auxiliary with its singular inverted subject
    ("Am Montag hat der Bürgermeister erklärt, die Brücke bleibe gesperrt.",
     "die Brücke bleibe gesperrt", "Bürgermeister", None),
    ("Am Montag haben die Ärzte erklärt, die Klinik bleibe geschlossen.",
     "die Klinik bleibe geschlossen", "Ärzte", None),
    # --- verlauten / verlautbaren; an impersonal frame takes its source from the PP
    ("Der Fonds half dem Land. Aus Berliner Regierungskreisen verlautete, dies sei nur ein "
     "Gerücht.", "dies sei nur ein Gerücht", "Regierungskreisen", "Fonds"),
    ("Aus dem Innenministerium verlautete am Abend, die Halle bleibe gesperrt.",
     "die Halle bleibe gesperrt", "Innenministerium", None),
    ("Die Ministerin lobte die Retter. Der Grund sei noch unklar, verlautbarte Jonas Feld.",
     "Der Grund sei noch unklar", "Jonas Feld", "Ministerin"),
    ("Eine Sprecherin ließ verlauten, man prüfe die Vorwürfe.", "man prüfe die Vorwürfe",
     "Sprecherin", None),
    # a postposed frame closed by an apposition and a short PP is still postposed
    ("Die Ursache sei noch unklar, verlautbarte Lena Ott, die Direktorin der Reederei Nordlicht, "
     "in einer Pressemitteilung.", "Die Ursache sei noch unklar", "Lena Ott", None),
    # look-alike: a second clause after the frame is not swallowed into it
    ("Der Bau beginne im Mai, sagte die Bürgermeisterin, in der Stadt fehle aber Geld.",
     "in der Stadt fehle aber Geld", "Bürgermeisterin", None),
    # --- "Seiner Meinung nach": a possessive view names the person just mentioned
    ("Der Lotse kritisierte die Aufsicht. Seiner Meinung nach hätte der Tower warnen müssen.",
     "hätte der Tower warnen müssen", "Seiner", None),
    # --- begründen … damit, dass
    ("Der Trainer hatte den Wechsel damit begründet, dass er frische Kräfte brauche.",
     "dass er frische Kräfte brauche", "Trainer", None),
    # --- a cue coordinated with a main clause that is no frame shares its subject
    ("Laut NDR jubelten viele. Einer der Gründer, Malik Osei, dankte den Gästen für ihre Geduld "
     "und ergänzte, das Fest sei ein Erfolg.", "das Fest sei ein Erfolg", "Malik Osei", "NDR"),
    ("Die Feuerwehr sperrte die Straße und teilte mit, dass niemand verletzt sei.",
     "niemand verletzt sei", "Feuerwehr", None),
    # --- a stance without a verb of saying names the speaker of the Konjunktiv that follows
    ("Die Opposition lobte den Plan. Innenminister Paul Kranz ist besorgt. Der Streit sei nicht "
     "politisch motiviert.", "Der Streit sei nicht politisch", "Paul Kranz", "Opposition"),
    ("Der Verband zeigte sich zuversichtlich. Die Einigung komme noch im Mai.",
     "Die Einigung komme", "Verband", None),
    # --- a full stop glued to the next sentence still ends the first one
    ("Die Küstenwache teilte mit, dass bislang keine Opfer geborgen wurden.Das Schiff war auf "
     "dem Weg nach Lae.", "dass bislang keine Opfer geborgen wurden", "Küstenwache", None),
]

SILENT = [
    # a plural verb after a subject with a prepositional relative clause: the phrase after the
    # verb is its object, never a speaker
    ("Auch die amtlichen Zahlen, auf die im Gutachten verwiesen wird, bestätigen die hohe "
     "Fehlerquote.", "", "Fehlerquote"),
    # temporal "nach dem Bericht": no according-to frame
    ("Nach dem Bericht trat der Minister zurück.", "trat der Minister zurück", "Bericht"),
    ("Nach der Erklärung des Vorstands stiegen die Kurse deutlich.", "stiegen die Kurse",
     "Vorstand"),
    # a passive "damit begründet worden, dass" gives a reason; a von-phrase in the subject is
    # no agent
    ("Die Speicherung von Fotos war bisher damit begründet worden, dass die Identität geprüft "
     "werden sollte.", "Identität geprüft", "Fotos"),
    # "wie es auf einer Konferenz in Oslo hieß": a place inside a wie-clause is no source
    ("Die Firma bekomme, wie es auf einer Pressekonferenz in Oslo hieß, zwei Millionen Euro.",
     "", "Oslo"),
    # "Ihrer Familie nach" is no view noun
    ("Die Wanderin kam spät an. Ihrer Familie nach ging es ihr gut.", "ging es ihr gut", "Ihrer"),
    # a stance of a thing names nobody
    ("Das Wetter ist besorgniserregend. Die Ernte sei in Gefahr.", "Die Ernte", "Wetter"),
    # a glued full stop after an abbreviation or inside a web address is no sentence end
    ("Die Polizei teilte mit, dass der Fahrer u.a.Der Zeuge sah ihn.", "", "Zeuge"),
]


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_speaker(text, content, source, wrong):
    check_speaker(text, content, source, wrong)


@pytest.mark.parametrize("text,content,wrong", SILENT)
def test_no_such_speaker(text, content, wrong):
    check_silent(text, content, wrong)
