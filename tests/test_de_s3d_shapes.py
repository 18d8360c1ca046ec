"""German frame shapes found missing by the coverage matrix (session 3, wave 4A): a short
Konjunktiv clause closing the sentence after a frame PP ("sagte gegenüber dem ZDF, die Reform
komme."), a bare role in apposition after a postposed speaker ("…, sagte Hans Müller, Chef des
Konzerns."), the sein-perfect of "ausgehen von", a belief verb's nominal object, fronted manner
adverbs, and the look-alikes: a relative clause, a thing as subject of "geht von … aus", a lone
time phrase after "Das bestätigte X"; "sich aussprechen für/gegen"; object-verb-subject with
a judged thing fronted ("Die Kosten bezifferte der Bürgermeister auf …"). All sentences are
invented."""

from __future__ import annotations

import pytest

from claimgraph import analyze

FOUND = [
    # sentence, content word, speaker (in source.text)
    ("Die Ministerin sagte gegenüber dem ZDF, die Reform komme.", "Reform", "Ministerin"),
    ("Der Trainer sagte der Zeitung, das Spiel sei verloren.", "Spiel", "Trainer"),
    ("Die Zahlen seien gut, sagte Hans Müller, Chef des Konzerns.", "Zahlen", "Hans Müller"),
    ("Die Brücke sei sicher, erklärte Anna Berg, Sprecherin der Stadt, am Montag.", "Brücke",
     "Anna Berg"),
    ("Die Polizei war von einem Unfall ausgegangen.", "Unfall", "Polizei"),
    ("Die Ermittler sind von einer Tat im Streit ausgegangen.", "Streit", "Ermittler"),
    ("Die Behörden vor Ort gehen von einer Autobombe aus.", "Autobombe", "Behörden"),
    ("Die Kritiker verweisen auf die hohen Kosten.", "Kosten", "Kritiker"),
    ("Die Polizei vermutet einen Brandanschlag.", "Brandanschlag", "Polizei"),
    ("Scharf kritisierte die Opposition den Plan der Regierung.", "Plan", "Opposition"),
    ("Deutlich widersprach der Minister: Er habe nichts gewusst.", "nichts gewusst", "Minister"),
    ("Die Polizei bestätigte am Montag den Tod des Fahrers.", "Fahrers", "Polizei"),
    ("Der Zug entgleiste bei Ulm. Das bestätigte die Polizei am Montag.", "entgleiste",
     "Polizei"),
    # "sich aussprechen für/gegen" (a stance, reflexive only)
    ("Die CDU sprach sich gegen strengere Regeln aus.", "strengere Regeln", "CDU"),
    ("Die Landes-SPD hat sich gestern für einen Werteunterricht ausgesprochen.",
     "Werteunterricht", "SPD"),
    # object-verb-subject: the judged thing fronted, the speaker after the verb
    ("Die Kosten bezifferte der Bürgermeister auf zwei Millionen Euro.", "Millionen",
     "Bürgermeister"),
    ("Die Zahl der Menschen, die verletzt wurden, bezifferte die Nachrichtenagentur Xinhua heute "
     "mit 13.", "13", "Xinhua"),
    ("Den geplanten Gewinn bezifferte Vorstandschef Jan Roth mit zwei Milliarden Euro.",
     "Milliarden", "Jan Roth"),
    # a narrator sentence with a name and a role in apposition names the next speaker
    ("Inzwischen hat sich Jeb Bush, der frühere Gouverneur Floridas, für Romney ausgesprochen. "
     "Es sei notwendig, die Partei zu einen.", "notwendig", "Jeb Bush"),
    # "unter Berufung auf": a body speaks itself, an outlet relays (citing.py)
    ("Unter Berufung auf staatliche Organe teilte die WHO mit, es gebe 300 Tote.", "Tote",
     "WHO"),
    ("Der Minister trete zurück, berichtete der Sender unter Berufung auf Regierungskreise.",
     "zurück", "Regierungskreise"),
    # ", doch/aber X VERB, …": a second speaker's frame after the first content
    ("Der Präsident sagte, der Botschafter sei tot, doch UN-Sprecher Jan Berg erklärte, den Tod "
     "nicht bestätigen zu können.", "bestätigen", "Jan Berg"),
    ("Der Präsident sagte, der Botschafter sei tot, doch UN-Sprecher Jan Berg erklärte, den Tod "
     "nicht bestätigen zu können.", "Botschafter", "Präsident"),
    ("Die Regierung sprach von zehn Toten, aber die Helfer berichteten, es seien mehr.",
     "seien mehr", "Helfer"),
    ("Gutachter der Gesellschaft für Luftfahrt gehen von einem Totalschaden aus.",
     "Totalschaden", "Gutachter"),
    # inverted: the subject phrase must not take the prepositional object ("X für Y")
    ("Am Montag sprach sich die Ministerin für einen Kompromiss aus.", "Kompromiss",
     "Ministerin"),
    ("Deshalb sprach sich das Bundesamt für Statistik gegen die Reform aus.", "Reform",
     "Bundesamt für Statistik"),
    ("Am Montag ging die Polizei von einem Unfall aus.", "Unfall", "Polizei"),
    # a second verb with "aber/jedoch" after the first content shares its subject
    ("Sie räumte ein, es könnten Stellen wegfallen, sprach aber von einem offenen Prozess.",
     "offenen Prozess", "Sie"),
    ("Der Minister sagte, die Lage sei ernst, betonte aber, es gebe Hoffnung.", "Hoffnung",
     "Minister"),
    # a quoted organisation name with a preposition inside is a name, not speech
    ("Die Organisation „Reporter ohne Grenzen“ weist darauf hin, dass die Lage schwierig werde.",
     "Lage", "Reporter ohne Grenzen"),
    ("„Ärzte ohne Grenzen“ kündigte an, die Zahl der Helfer zu erhöhen.", "Helfer",
     "Ärzte ohne Grenzen"),
    ("„Nieder mit dem König“, riefen die Demonstranten.", "Nieder", "Demonstranten"),
    ("Die Opposition spricht von einem „Skandal ohne Beispiel“ in der Geschichte.", "Skandal",
     "Opposition"),
    # an estimate with a figure as its object (cues.tsv objnum)
    ("Die Veranstalter schätzten etwa 1.500 bis 2.000 Teilnehmer.", "2.000", "Veranstalter"),
    ("Helfer schätzen Hunderte Tote in der Region.", "Tote", "Helfer"),
]


@pytest.mark.parametrize("text,word,speaker", FOUND)
def test_found(text, word, speaker):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if word in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    assert hits[0].source is not None and speaker in hits[0].source.text


#: the content ends before what is no part of it
BOUNDED = [
    # sentence, content word, words that must stay outside
    ("Die Zahlen seien gut, sagte Hans Müller, Chef des Konzerns.", "Zahlen", "Chef"),
    ("Die Polizei geht von einem Suizid aus.", "Suizid", " aus"),
    ("Das Ministerium wies den Bericht als falsch zurück.", "falsch", "zurück"),
    ("Die Verbände beklagen neue Regeln, die einen Mangel an Personal zur Folge hätten.",
     "Regeln", "Verbände"),
    ("Der Präsident sagte, der Botschafter sei tot, doch UN-Sprecher Jan Berg erklärte, den Tod "
     "nicht bestätigen zu können.", "Botschafter", "Jan Berg"),
    ("Die Regierung sprach von zehn Toten, aber die Helfer berichteten, es seien mehr.",
     "zehn Toten", "Helfer"),
    # the closing adjective of "macht X verantwortlich" ends the object before a new clause
    ("Die Aktivisten machen die Regierung verantwortlich, die Agentur Sana dagegen spricht von "
     "einem Anschlag.", "Regierung", "Agentur"),
    ("Er warf dem Minister Wortbruch vor, da dieser zurückgetreten sei.", "Wortbruch", "da"),
    ("Am Montag sprach sich die Ministerin für einen Kompromiss aus.", "Kompromiss",
     "Ministerin"),
    ("Die Firma bezifferte den Schaden auf zwei Millionen, befürchtet aber weitere Kosten.",
     "weitere Kosten", "aber"),
]


@pytest.mark.parametrize("text,word,outside", BOUNDED)
def test_bounded(text, word, outside):
    hits = [a for a in analyze(text, lang="de").attributions if word in a.content.text]
    assert hits and outside not in hits[0].content.text


SILENT = [
    "Die Gefahr geht von dem Vulkan aus.",              # a thing: emanates, believes nothing
    "Der Brand ging von einem Kamin aus.",
    "Der Name verweist auf die Stadt.",
    "Der Bus war von der Haltestelle ausgegangen.",
    "Das bestätigte die Polizei am Montag.",            # no sentence before: nothing confirmed
    "Nordkorea hat Drohungen gegen den Süden ausgesprochen.",  # aussprechen without sich
    "Der Richter sprach eine Warnung gegen den Angeklagten aus.",
    "Der Computer geht von einem Fehler aus.",
    "Am Montag ging die Gefahr von dem Vulkan aus.",
    "Am Montag sprach die Ministerin für die Opfer eine Warnung aus.",
    "Die Kunden schätzen die Qualität der Produkte.",   # schätzen = appreciate: no figure
    "Sie schätzt ihren Chef sehr.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text):
    doc = analyze(text, lang="de")
    assert not doc.attributions, [(a.cue and a.cue.text, a.content.text) for a in doc.attributions]
