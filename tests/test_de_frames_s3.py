"""German frames of session 3 (sentences written for these tests): separable particle verbs
in main clauses, passive judgements with the agent fronted, and reportative `sollen` in the
middle of narration or verb-last in a relative clause, against plans with a time word.

FOUND: text -> an attribution whose content contains `content`, whose kind is `kind`, and
whose source mention text or name contains `source` ("" = none).
SILENT: text -> no attribution's content contains `content`.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze


def _label(src) -> str:
    return "" if src is None else f"{src.text} {src.name}"


FOUND = [
    # --- separable particle verbs in main clauses (cues.tsv particle column)
    ("Die Forscher fanden heraus, dass der Meeresspiegel schneller steigt.",
     "der Meeresspiegel schneller steigt", "indirect", "Forscher"),
    ("Die Ärztin fand heraus, dass das Mittel bei Kindern nicht wirkt.",
     "das Mittel bei Kindern nicht wirkt", "indirect", "Ärztin"),
    ("Das Team hat herausgefunden, dass Bienen Farben unterscheiden können.",
     "Bienen Farben unterscheiden", "indirect", "Team"),
    ("Aus dem Bericht der Kommission geht hervor, dass die Kosten gestiegen sind.",
     "die Kosten gestiegen sind", "indirect", "Kommission"),
    ("Aus den Akten des Gerichts ging hervor, dass drei Beamte Geld erhalten hatten.",
     "drei Beamte Geld erhalten", "indirect", "Akten"),
    ("Die Polizei gab Herzversagen als Todesursache an.",
     "Herzversagen als Todesursache", "indirect", "Polizei"),
    ("Die Feuerwehr gibt einen Kabelbrand als Ursache an.",
     "einen Kabelbrand als Ursache", "indirect", "Feuerwehr"),
    ("Die Verbraucherschützer wiesen auf die Risiken der neuen Software hin.",
     "die Risiken der neuen Software", "indirect", "Verbraucherschützer"),
    ("Der Arzt weist auf die Gefahren des Rauchens hin.",
     "die Gefahren des Rauchens", "indirect", "Arzt"),
    ("Die Staatsanwaltschaft beschuldigt den Manager, Geld veruntreut zu haben.",
     "Geld veruntreut zu haben", "indirect", "Staatsanwaltschaft"),
    ("Er beschuldigte den Nachbarn, das Auto beschädigt zu haben.",
     "das Auto beschädigt zu haben", "indirect", "Er"),
    # --- a passive judgement whose von-agent opens the sentence
    ("Von Oppositionspolitikern wurden die Pläne als unsozial bezeichnet.",
     "die Pläne als unsozial", "indirect", "Oppositionspolitikern"),
    ("Von der Gewerkschaft wurde der Beschluss als Verrat kritisiert.",
     "der Beschluss als Verrat", "indirect", "Gewerkschaft"),
    ("Vom Bürgermeister wurde die Entscheidung als richtig bewertet.",
     "die Entscheidung als richtig", "indirect", "Bürgermeister"),
    ("Die Kürzungen wurden von der Opposition als ungerecht kritisiert.",
     "als ungerecht", "indirect", "Opposition"),
    # --- reportative sollen: perfect infinitive over a list, statives (hearsay.tsv)
    ("Die Opfer sollen ein Lehrer, eine Schülerin und ein Hausmeister gewesen sein.",
     "ein Hausmeister gewesen sein", "reportative", ""),
    ("Unter den Verletzten sollen sich mehrere Kinder befinden.",
     "mehrere Kinder befinden", "reportative", ""),
    ("Der Verdächtige soll sich in Spanien aufhalten.",
     "in Spanien aufhalten", "reportative", ""),
    ("Die Gruppe soll über mehrere Waffen verfügen.",
     "über mehrere Waffen verfügen", "reportative", ""),
    ("Der Sturm soll noch bis zum Wochenende andauern.",
     "bis zum Wochenende andauern", "reportative", ""),
    ("Der Stern soll zwei- bis dreimal größer sein als die Sonne.",
     "größer sein als", "reportative", ""),
    # --- verb-last sollen in a relative or causal clause
    ("Der Mann, der das Feuer gelegt haben soll, wurde festgenommen.",
     "der das Feuer gelegt haben soll", "reportative", ""),
    ("Die Sorte, die gegen Schädlinge resistent sein soll, wird in Bayern angebaut.",
     "die gegen Schädlinge resistent sein soll", "reportative", ""),
    ("Die Firma entließ den Fahrer, weil er betrunken gefahren sein soll.",
     "weil er betrunken gefahren sein soll", "reportative", ""),
]


@pytest.mark.parametrize("text,content,kind,source", FOUND)
def test_found(text, content, kind, source):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    att = hits[0]
    assert att.kind == kind
    if source:
        assert source in _label(att.source)
    else:
        assert _label(att.source) == ""


SILENT = [
    # a particle verb without a clause or object of speech
    ("Der Wanderer fand den Weg aus dem Wald heraus.", "Weg"),
    ("Die Partei ging aus einer Bürgerbewegung hervor.", "Bürgerbewegung"),
    ("Der Kapitän gab den Kurs an.", "Kurs"),
    # a passive with a von-agent but no judgement (no als-frame verb)
    ("Von den Arbeitern wurde die Halle als Lager genutzt.", "Halle"),
    ("Von der Polizei wurde der Mann festgenommen.", "Mann"),
    # sollen as a plan: a stative with a future time word or a year
    ("Die Brücke soll 2027 fertig sein.", "Brücke"),
    ("Das Stadion soll bis Ende 2030 fertig sein.", "Stadion"),
    ("Die Schule soll ab Montag wieder geöffnet sein.", "Schule"),
    ("Der Vertrag soll im nächsten Jahr in Kraft sein.", "Vertrag"),
    ("Das Gebäude, das bis 2026 fertig sein soll, kostet zwei Millionen Euro.", "Gebäude"),
    # sollen with an agentive or passive infinitive: a plan or an order
    ("Die Straße, die im Sommer gebaut werden soll, bleibt offen.", "Straße"),
    ("Die Firma, die er künftig leiten soll, hat 500 Mitarbeiter.", "leiten"),
    ("Er soll künftig die Firma führen.", "Firma"),
]


@pytest.mark.parametrize("text,content", SILENT)
def test_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions if content in a.content.text]
