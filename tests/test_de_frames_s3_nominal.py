"""German nominal frames (nominal.py, nominal.tsv; sentences written for these tests): a
statement noun announces the reported clause, its owner is a von-agent, a genitive, a
possessive or nobody; "war von X die Rede" reports without a speaker.

FOUND: text -> an attribution whose content contains `content`, does not contain `outside`
(when given), and whose source mention text or name contains `source` ("" = none).
SILENT: text -> no nominal-frame attribution (rule nominal_*) has a content containing
`content` (other rules, e.g. a Konjunktiv continuation, may still read the sentence).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found, label


def label(src) -> str:
    return "" if src is None else f"{src.text} {src.name}"


FOUND = [
    # a prenominal participle with its von-agent
    ("Die von Arnold geäußerte Hoffnung, sein Leben werde sich bessern, erfüllte sich nicht.",
     "sein Leben werde sich bessern", "erfüllte", "Arnold"),
    ("Die zuvor von der Ministerin vorgebrachte Befürchtung, die Kosten würden steigen, "
     "bestätigte sich.", "die Kosten würden steigen", "bestätigte", "Ministerin"),
    # an owner after the noun, with wonach / dass
    ("Die Sichtweise von Innenminister Karl Huber, wonach die Grenzen sicher seien, teilen "
     "nicht alle.", "die Grenzen sicher seien", "teilen", "Huber"),
    ("Die Warnung der Meteorologen, ein Sturm ziehe auf, kam zu spät.",
     "ein Sturm ziehe auf", "kam zu spät", "Meteorologen"),
    # a Saxon genitive or a possessive
    ("Österreichs Begründung, eine solche Forderung könne nur das Parlament stellen, "
     "überzeugte nicht.", "könne nur das Parlament stellen", "überzeugte", "Österreich"),
    ("Seine Behauptung, er habe nichts gewusst, glaubt ihm niemand.",
     "er habe nichts gewusst", "glaubt", "Seine"),
    # an embedded frame ends where the main clause goes on
    ("Der Richter trat dem Vorwurf der Anwälte, das Verfahren sei unfair, mit klaren Worten "
     "entgegen.", "das Verfahren sei unfair", "klaren Worten", "Anwälte"),
    # a speech noun without an owner reports for nobody
    ("Die Behauptung, die Kartoffel werde nicht in die Nahrung gelangen, ist falsch.",
     "die Kartoffel werde nicht", "ist falsch", ""),
    ("Aussagen, dass die Fabrik schließen werde, wurden nicht bestätigt.",
     "die Fabrik schließen werde", "bestätigt", ""),
    # a noun after a verb that frames nothing ("wandte sich gegen"): no owner, no speaker
    ("Der Experte wandte sich gegen die Behauptung, die Sorte werde nicht in die Nahrung "
     "gelangen.", "die Sorte werde nicht", None, ""),
    # "mit der Begründung, …": the subject of the clause gives the reason
    ("Seinerzeit hatte Österreich mit der Begründung abgelehnt, eine solche Forderung könne "
     "nur das Parlament stellen.", "könne nur das Parlament", None, "Österreich"),
    ("Der Verein hatte mit dem Hinweis reagiert, man habe keine Unterlagen.",
     "man habe keine Unterlagen", None, "Verein"),
    # an owned noun before a colon
    ("Die Kernaussagen des Jahresberichts: Die Zahl der Angriffe ist deutlich gestiegen.",
     "Die Zahl der Angriffe", None, "Jahresbericht"),
    # "die Rede": nobody, or the document in the opening PP
    ("Zunächst war von 25 Verletzten die Rede.", "von 25 Verletzten", None, ""),
    ("Später war von mindestens vierzig Toten die Rede.", "vierzig Toten", None, ""),
    ("In dem Bericht ist von schweren Mängeln die Rede.", "von schweren Mängeln", None, "Bericht"),
    # "hieß es" inverted before a main clause, or after an adverbial: nobody named
    ("Hieß es zunächst, dass niemand verletzt wurde, ist nun von drei Toten die Rede.",
     "niemand verletzt wurde", "Toten", ""),
    ("Hieß es am Morgen noch, die Straße sei frei, wurde sie am Mittag gesperrt.",
     "die Straße sei frei", "gesperrt", ""),
    ("Am Montag hieß es, die Schule bleibe geschlossen.", "die Schule bleibe geschlossen",
     "Montag", ""),
    ("Heißt es im Bericht, die Zahlen seien korrekt, so zeigen die Akten etwas anderes.",
     "die Zahlen seien korrekt", "Akten", "Bericht"),
]


@pytest.mark.parametrize("text,content,outside,source", FOUND)
def test_found(text, content, outside, source):
    check_found(text, content, outside, source)


SILENT = [
    # a belief noun without an owner is the narrator's
    ("Er reiste in der Hoffnung, dass er seinen Bruder findet, nach Berlin.", "Bruder"),
    ("Es besteht die Hoffnung, dass der Patient überlebt.", "Patient"),
    # a relative clause on the noun reports nothing
    ("Die Forderung, die gestern kam, blieb unbeantwortet.", "gestern kam"),
    ("Es gab einen Hinweis, auf den die Polizei nicht reagiert hätte.", "nicht reagiert"),
    ("Die Erklärung der Regierung, die am Montag erschien, umfasst zehn Seiten.", "Montag"),
    # a werden-passive names no one who gives the reason
    ("Er wurde mit der Begründung entlassen, er habe Geld genommen.", "Geld genommen"),
    # "gutheißen", "willkommen heißen": no report
    ("Die Stadt heißt es gut, dass die Schule bleibt.", "die Schule bleibt"),
    ("Der Verein hieß sie willkommen, die Gäste waren froh.", "Gäste"),
    # a denial: no one is said to speak
    ("Von einem Rücktritt kann keine Rede sein.", "Rücktritt"),
    # an indicative clause after a noun is no report
    ("Die Ankündigung kam am Montag, alle Händler waren überrascht.", "Händler"),
]


@pytest.mark.parametrize("text,content", SILENT)
def test_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions
                if content in a.content.text and a.rule.startswith("nominal")]


def test_verb_frame_keeps_its_speaker():
    """"äußerte die Hoffnung, dass …": the verb's subject speaks, the noun adds no second
    source-less candidate."""
    doc = analyze("Der Sprecher äußerte die Hoffnung, dass die Verhandlungen bald enden.",
                  lang="de")
    hits = [a for a in doc.attributions if "Verhandlungen" in a.content.text]
    assert len(hits) == 1 and "Sprecher" in label(hits[0].source)
