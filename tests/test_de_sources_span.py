"""German source spans: which phrase speaks, and where it ends (sentences written for these tests).

Each row: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source` ("" = no source or an anonymous one) and never `wrong`.
Look-alike rows sit next to the rule they guard.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

ROWS = [
    # --- an inverted subject after two adverbs, with a name and a party in apposition
    ("Am Abend nahm jetzt auch die Bürgermeisterin der Stadt, Anna Roth (SPD), zu dem Streit "
     "Stellung. Die Brücke werde im Mai saniert.",
     "Die Brücke werde im Mai saniert", "Anna Roth", None),
    ("Am Montag sagte der Sprecher des Vereins, Tim Berg (FDP), die Halle bleibe geschlossen.",
     "die Halle bleibe geschlossen", "Tim Berg", None),
    # look-alike: a name right after a particle is the content's subject, not an apposition
    ("Die Feuerwehr teilte mit, Paul Weber, der Fahrer, sei unverletzt geblieben.",
     "sei unverletzt geblieben", "Feuerwehr", "Paul Weber"),
    # --- "Das erklärte X": a name in quotation marks in the sentence before is no direct quote
    ("Der Verband, der sich selbst „Bund für freie Bauern (BFB)“ nennt und seit März streikt, "
     "will die Verhandlungen „fortsetzen“. Das erklärte Vorstand Jan Keller am Montag.",
     "will die Verhandlungen", "Jan Keller", None),
    # --- an extended attribute between article and noun: "der für X zuständige Koordinator"
    ("So sagte der für die Nordregion zuständige Koordinator für Katastrophen, Amir Tesfaye, "
     "gegenüber der BBC, dass nur zehn Boote im Einsatz seien.",
     "nur zehn Boote im Einsatz", "Amir Tesfaye", "BBC"),
    ("„Wir kommen wieder“, sagte die in Berlin lebende Sängerin Lea Stern.",
     "Wir kommen wieder", "Lea Stern", None),
    # look-alike: a prepositional phrase between commas that is part of the content
    ("Der Trainer sagte, im Winter, wenn es kalt ist, werde nicht gespielt.",
     "werde nicht gespielt", "Trainer", None),
    # --- a passive frame: the one addressed is no speaker; the agent is, or the last speaker
    # when the first field points into the document just named ("Darin")
    ("Der Präsident Karl Bauer wird mit den Worten aus einem Brief an die Ministerin zitiert. "
     "Darin wird der Minister aufgefordert, „seine Vorbehalte gegen die Veröffentlichung der "
     "Prüfung zurückzunehmen und die Öffentlichkeit umfassend zu informieren“.",
     "seine Vorbehalte", "Karl Bauer", "Minister"),
    ("Am Montag wurde der Minister von der Opposition aufgefordert: „Treten Sie endlich "
     "zurück, Sie haben versagt!“", "Treten Sie endlich", "Opposition", None),
    ("Am Montag wurde der Minister aufgefordert: „Treten Sie endlich zurück, Sie haben "
     "versagt!“", "Treten Sie endlich", "", "Minister"),
    # look-alike: the active frame keeps its subject
    ("Am Montag hat der Minister gefordert: „Treten Sie endlich zurück, Sie haben versagt!“",
     "Treten Sie endlich", "Minister", None),
    # --- "Wie X, ein Sprecher der Y, mitteilte": the apposition is no part of the frame's end
    ("Wie Tom Deng, ein Sprecher der Armee (SPLA) der Presse mitteilte, seien auch neun Dörfer "
     "bombardiert worden.", "neun Dörfer bombardiert", "Tom Deng", None),
    ("Wie Tom Deng, ein Sprecher der Armee, der Presse mitteilte, seien auch neun Dörfer "
     "bombardiert worden.", "neun Dörfer bombardiert", "Tom Deng", None),
    # --- new cue verbs; a reflexive before an inverted subject
    ("„Muslix64“ erwähnte auch, dass er weiteren Code veröffentlichen werde.",
     "weiteren Code", "Muslix64", None),
    ("Im ersten Satz beruft sich die Bank darauf, dass die Freigabe der Daten dem Kampf gegen "
     "den Terror diene.", "die Freigabe der Daten", "Bank", None),
    ("Die Richterin hielt fest, dass der Vertrag gültig sei.", "der Vertrag gültig",
     "Richterin", None),
    # --- "unter Berufung auf nicht näher bezeichnete Quellen": the sources speak, the paper relays
    ("Unter Berufung auf nicht näher bezeichnete Quellen gab die Zeitung an, der Minister "
     "werde zurücktreten.", "der Minister werde", "Quellen", "Zeitung"),
    # --- Demnach after a sentence whose subject is a document
    ("Der gefälschte Lebenslauf war auf der Seite des Bundestages veröffentlicht worden. "
     "Demnach habe sie in Bonn Jura studiert. Danach sei sie als Anwältin tätig gewesen.",
     "Jura studiert", "Lebenslauf", None),
    ("Der gefälschte Lebenslauf war auf der Seite des Bundestages veröffentlicht worden. "
     "Demnach habe sie in Bonn Jura studiert. Danach sei sie als Anwältin tätig gewesen.",
     "als Anwältin tätig", "Lebenslauf", None),
    # look-alike: a subject that is no document
    ("Der Zug war am Morgen in Bonn eingetroffen. Demnach habe sie in Bonn gewartet.",
     "in Bonn gewartet", "", "Zug"),
    # --- sollen inside a Konjunktiv I passage goes on with the last speaker
    ("Staatsanwalt Tom Berg hält den Angeklagten für gefährlich. Mehrere Frauen soll der "
     "Angeklagte bereits bedroht haben, was Zeuginnen belegen könne.",
     "Mehrere Frauen soll", "Tom Berg", None),
    # look-alike: a plain reportative sollen names nobody
    ("Staatsanwalt Tom Berg hält den Angeklagten für gefährlich. Mehrere Frauen soll der "
     "Angeklagte bereits bedroht haben.", "Mehrere Frauen soll", "", "Tom Berg"),
    # --- "erklärte der Eigentümer, das … verlegende Medienhaus X, dass …": the apposition
    # names the one behind the role noun
    ("In einer Mitteilung erklärte der Eigentümer, das auch die „Rheinpost“ verlegende "
     "Medienhaus Lensing, dass das Blatt in einer schwierigen Lage stecke.",
     "das Blatt in einer schwierigen Lage", "Medienhaus Lensing", None),
    # look-alikes: a relative clause in the content; a speaker who is named already
    ("Der Sprecher erklärte, das Haus der Familie Roth, das am Markt steht, werde abgerissen.",
     "werde abgerissen", "Sprecher", "Roth"),
    ("Tom Roth erklärte, das Haus der Familie Kurz, dass es falle.", "es falle", "Tom Roth",
     "Kurz"),
]


def _find(doc, fragment):
    for att in doc.attributions:
        if fragment in att.content.text:
            return att
    return None


@pytest.mark.parametrize("text,content,source,wrong", ROWS)
def test_source_span(text, content, source, wrong):
    doc = analyze(text, lang="de")
    att = _find(doc, content)
    assert att is not None, [a.content.text for a in doc.attributions]
    src = att.source
    got = "" if src is None or (src.type == "anonymous" and not source) else \
        f"{src.text} | {src.name}"
    if source:
        assert source in got
    else:
        assert got == ""
    if wrong:
        assert wrong not in got
