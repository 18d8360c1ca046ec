"""German rules of wave 3 (sentences written for these tests): belief and assessment frames,
anaphoric and prepositional frames, nominal frames and subjunctive continuations.

FOUND: text -> an attribution whose content contains `content`, whose content does not contain
`outside` (when given), and whose source mention text or name contains `source` ("" = none).
SILENT: text -> no attribution's content contains `content` (look-alikes: perception, temporal
"Danach", a plain object of "sehen").
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found, label

FOUND = [
    # --- "macht X für Y verantwortlich": the words before the closing adjective
    ("Die Ärztinnen der Klinik machen dafür die mangelhafte Lüftung verantwortlich.",
     "die mangelhafte Lüftung", "verantwortlich", "Ärztinnen"),
    ("Die Gewerkschaft macht den Vorstand für die Verluste verantwortlich.",
     "den Vorstand für die Verluste", None, "Gewerkschaft"),
    # --- "sieht X" with a judgement noun (assessments.tsv)
    ("Das Landesamt sieht derzeit für Bayern keine besondere Gefahr.",
     "keine besondere Gefahr", None, "Landesamt"),
    ("Die Bischöfin sieht die Hauptverantwortung bei den Regierungen.",
     "die Hauptverantwortung bei den Regierungen", None, "Bischöfin"),
    ("Der Kämmerer sieht keinen Spielraum für neue Schulden.",
     "keinen Spielraum", None, "Kämmerer"),
    # --- "empfindet X als Y"
    ("Die Reederei empfindet die Kritik allerdings als ungerecht.",
     "die Kritik allerdings als ungerecht", None, "Reederei"),
    # --- "schätzt X auf Y" with a relative clause inside the object
    ("Der Verband schätzt den Schaden, der durch die Rückrufe entstand, auf zwei Millionen Euro.",
     "auf zwei Millionen Euro", None, "Verband"),
    ("Das Hilfswerk schätzt die Zahl der Kinder unter zehn Jahren, die in Armut leben, auf "
     "zwölf Millionen.", "auf zwölf Millionen", None, "Hilfswerk"),
    # --- "eine Schätzung, wonach …": the statement noun is its own source
    ("Für das vergangene Jahr gibt es eine Schätzung, wonach zehntausend Menschen abgewandert "
     "sind.", "zehntausend Menschen abgewandert", "Schätzung", "Schätzung"),
    # --- "Wie sich aus X ergab, …" / "…, wie aus X hervorgeht."
    ("Es kam noch schlimmer: Wie sich aus den Akten der Staatsanwaltschaft ergab, hatte der "
     "Fahrer zuvor getrunken.", "hatte der Fahrer zuvor getrunken", "Wie", "Akten"),
    ("Zwei Abgeordnete stimmten dagegen, wie aus dem Protokoll der Sitzung hervorgeht.",
     "Zwei Abgeordnete stimmten dagegen", "Protokoll", "Protokoll"),
    # --- "Danach" right after a sentence naming a study, with a present-tense verb
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach leiden immer mehr "
     "Jugendliche unter Schlafmangel.", "Jugendliche unter Schlafmangel", None, "Studie"),
    # --- "Demnach" after a sentence naming charges
    ("Gegen den Bürgermeister wurden schwere Vorwürfe erhoben. Demnach hat er Spenden "
     "verschwiegen.", "hat er Spenden verschwiegen", None, "Vorwürfe"),
]

SILENT = [
    # perception: "sehen" with an object that names no judgement
    ("Die Zuschauer sahen ein spannendes Spiel.", "spannendes Spiel"),
    ("Der Trainer sieht sich die Aufzeichnung an.", "Aufzeichnung"),
    # a chance seen in a match is a perception
    ("Die Zuschauer sahen nach sechs Minuten die erste Chance für die Gäste.", "erste Chance"),
    # temporal "Danach": a past tense, a statement that is no study, or no study named before
    ("Nach Aussagen von Zeugen stürmten Männer das Haus. Danach fingen sie an zu plündern.",
     "fingen sie an"),
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach gab es einen Empfang im "
     "Rathaus.", "Empfang im Rathaus"),
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach fuhren sie nach Hause.",
     "nach Hause"),
    ("Er ging zuerst einkaufen. Danach kocht er Suppe.", "kocht er Suppe"),
    # "wonach" after a noun that is no statement
    ("Sie fanden eine Kiste, wonach niemand gesucht hatte.", "niemand gesucht"),
    # "machte bekannt" keeps its own row; "verantwortlich" as a plain adjective frames nothing
    ("Der Hausmeister ist für die Heizung verantwortlich.", "Heizung"),
]



@pytest.mark.parametrize("text,content,outside,source", FOUND)
def test_found(text, content, outside, source):
    check_found(text, content, outside, source)


@pytest.mark.parametrize("text,content", SILENT)
def test_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions if content in a.content.text]


CHAINS = [
    # --- a hedging subjunctive continues a running chain of reported speech (k2chain)
    ("Dem Bericht der Prüfer zufolge werde in vielen Heimen zu wenig gelüftet. In manchen "
     "Zimmern müssten vier Bewohner ein Bad teilen.", "vier Bewohner ein Bad teilen", "Prüfer"),
    ("Der Vorstand sagte, die Lage sei ernst. Anders ließe sich der Verlust nicht erklären.",
     "der Verlust nicht erklären", "Vorstand"),
    # --- a reflexive before the speaker of a postposed quote frame
    ("„Ich halte die Maut für richtig“, äußerte sich Weber gegenüber dem „Kurier“.",
     "Ich halte die Maut für richtig", "Weber"),
]

CHAINS.extend([
    # "sei es" reports unless a concessive "oder"/second "sei es" follows
    ("Der Minister sagte, es handele sich um Rache. Einer der Toten sei beteiligt gewesen. "
     "Dabei sei es um Streit zwischen Clans gegangen.", "um Streit zwischen Clans", "Minister"),
])

CHAIN_SILENT = [
    ("Alle müssen sparen, sei es durch Steuern oder durch Gebühren.", "durch Steuern"),
    # the chain needs a Konjunktiv content right before: an object frame is no chain
    ("Die Polizei teilte die Sperrung mit. Die Anwohner müssten Umwege fahren.", "Umwege"),
    # an ambiguous preterite ("ließen" without "sich") never continues
    ("Die Polizei sagte, der Täter sei geflohen. Die Beamten ließen die Straße sperren.",
     "Straße sperren"),
    # a zu-infinitive of a cue verb frames nothing
    ("Der Zeuge weigerte sich, seinen Namen zu nennen, als er dazu aufgefordert wurde.",
     "aufgefordert"),
]

#: a reported clause ends where the frame's subject acts again (`und`/comma + singular past)
ENDS = [
    ("An die Lehrer gewandt sagte Weber, sie müssten ihre Scheu ablegen und bemühte das Bild "
     "vom langen Weg.", "sie müssten ihre Scheu ablegen"),
    ("Der Angeklagte erklärte, er sei unschuldig, erkannte das Gericht nicht an und weigerte "
     "sich, seinen Namen zu nennen.", "er sei unschuldig"),
    ("Weber sagte, die Schüler hätten viel gelernt und verwies auf die Noten.",
     "die Schüler hätten viel gelernt"),
    # look-alike: a plural past agrees with the reported subject and stays inside
    ("Weber sagte, die Schüler hätten gelernt und verbesserten sich stetig.",
     "die Schüler hätten gelernt und verbesserten sich stetig"),
]


@pytest.mark.parametrize("text,content,source", CHAINS)
def test_chain(text, content, source):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits and source in label(hits[0].source), [
        (a.content.text, label(a.source)) for a in doc.attributions]


@pytest.mark.parametrize("text,content", CHAIN_SILENT)
def test_chain_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions if content in a.content.text]


@pytest.mark.parametrize("text,content", ENDS)
def test_clause_end(text, content):
    doc = analyze(text, lang="de")
    assert content in [a.content.text for a in doc.attributions]


#: reportative markers and quote frames: text -> (content, kind, source or "" for none)
MARKED = [
    ("Der Bande werden enge Kontakte zur Mafia nachgesagt.",
     "Der Bande werden enge Kontakte zur Mafia", "reportative", ""),
    ("Sie fanden eine Halle, in der angeblich gefälschte Uhren lagern sollten, und riefen die "
     "Polizei.", "gefälschte Uhren lagern sollten", "reportative", ""),
    ("Er soll am letzten Montag, dem 3. Mai 2010, zwei Autos gestohlen haben.",
     "zwei Autos gestohlen haben", "reportative", ""),
    ("In dem Antrag heißt es wörtlich: „Die Steuer muss sinken.“", "Die Steuer muss sinken",
     "direct", "Antrag"),
    ("Im Bericht der Kommission heißt es: „Die Mängel sind gravierend.“",
     "Die Mängel sind gravierend", "direct", "Kommission"),
    ("Das Fazit von Jana Roth nach drei Jahren überrascht daher nicht: „Die Zahlen sprechen für "
     "sich.“", "Die Zahlen sprechen für sich", "direct", "Jana Roth"),
    ("Die Bilanz des Trainers nach dem Spiel: „Wir waren zu langsam.“", "Wir waren zu langsam",
     "direct", "Trainer"),
    ("Ein Sprecher der Polizei nach der Festnahme: „Der Mann leistete keinen Widerstand.“",
     "keinen Widerstand", "direct", "Sprecher der Polizei"),
    # a causative frame after the quote: "ließ X (…) verlauten/ausrichten"
    ("„Wir prüfen das“, ließ die Ministerin über ihren Sprecher ausrichten.", "Wir prüfen das",
     "direct", "Ministerin"),
    ("„Der Fonds hilft dem Land“, ließ ein Sprecher aus Washington kurz verlauten.",
     "Der Fonds hilft dem Land", "direct", "Sprecher"),
]

#: look-alikes: a thing before a colon with a scene, a preposition read as a verb
MARKED_SILENT = [
    ("„Komm rein“, ließ er die Tür offen.", "Komm rein"),
    ("Die Stimmung nach dem Spiel: „Alle waren müde.“", "Alle waren müde"),
    ("Der Regen am Morgen: „Ein Segen für die Bauern.“", "Ein Segen"),
]


@pytest.mark.parametrize("text,content,kind,source", MARKED)
def test_marked(text, content, kind, source):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    assert hits[0].kind == kind
    if source:
        assert source in label(hits[0].source)
    else:
        assert hits[0].source is None


@pytest.mark.parametrize("text,content", MARKED_SILENT)
def test_marked_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [(a.content.text, label(a.source)) for a in doc.attributions
                if content in a.content.text and a.source is not None]


#: documents that "say" with steht, judgements before a quote, datives after the verb
MORE = [
    ("In einem Jahresbericht des Ministeriums steht, dass die Hälfte der Fälle ungelöst ist.",
     "die Hälfte der Fälle ungelöst", "Jahresbericht"),
    ("Im Vertrag steht, dass die Miete monatlich zu zahlen ist.", "die Miete monatlich", "Vertrag"),
    ("Die Reederei empfindet die Kritik als ungerecht: „Wir haben alles richtig gemacht.“",
     "die Kritik als ungerecht", "Reederei"),
    ("Die Reederei empfindet die Kritik als ungerecht: „Wir haben alles richtig gemacht.“",
     "Wir haben alles richtig gemacht", "Reederei"),
    # a fronted document is the subject when a dative follows the verb
    ("Der Bericht wirft den Behörden vor, Angehörige der Opfer zu benachteiligen.",
     "Angehörige der Opfer zu benachteiligen", "Bericht"),
    # a fronted nominative is the subject when the phrase after the verb is the judged object
    ("Eine aktuelle Schätzung beziffert die Schulden des Landes auf 300 Milliarden Euro.",
     "auf 300 Milliarden Euro", "Schätzung"),
    # look-alike: a name after the verb still speaks about a fronted object
    ("Die Äußerungen bezeichnete Wiefelspütz als unsinnig.", "als unsinnig", "Wiefelspütz"),
    # "laut der X nur jeder zweite …": an ordinal is no extended attribute of the source
    ("Dabei soll laut der HIS-Studie nur jeder zweite Zahler etwas erhoffen.", "Zahler",
     "HIS-Studie"),
    ("Laut einer am Dienstag veröffentlichten Mitteilung der Polizei ist die Straße gesperrt.",
     "ist die Straße gesperrt", "Polizei"),
]

MORE.extend([
    # a statement noun with its owner, then a reported clause
    ("Der Richter trat dem Vorwurf der Verteidigung, das Gericht sei befangen, entschieden "
     "entgegen.", "das Gericht sei befangen", "Verteidigung"),
    ("Das führte zu Erklärungen des Lehrerverbands, die Reform werde scheitern.",
     "die Reform werde scheitern", "Lehrerverband"),
    ("Die Forderung der Gewerkschaft, dass die Löhne steigen, wurde abgelehnt.",
     "dass die Löhne steigen", "Gewerkschaft"),
    # "mit den Worten <verb>, <Konjunktiv clause>": the clause's subject speaks
    ("Die Ministerin wies die Kritik mit den Worten zurück, die Reform sei längst beschlossen.",
     "die Reform sei längst beschlossen", "Ministerin"),
])

MORE.extend([
    # "…, heißt es.": said by nobody named; "hieß es weiter" goes on with the last speaker
    ("Zwei Drittel der Fälle betreffen Kinder unter fünf Jahren, heißt es.",
     "Zwei Drittel der Fälle", ""),
    ("Die Ministerin sagte, der Etat steige. Die Feier sei abgesagt, hieß es weiter.",
     "Die Feier sei abgesagt", "Ministerin"),
])

MORE.extend([
    # a naming aside between the subject and the content is skipped
    ("Am Abend erklärte der Rat für Frieden, wie sich die Junta nennt, die Lage sei ruhig.",
     "die Lage sei ruhig", "Rat für Frieden"),
    # a time span in the first field is no subject
    ("Wenige Stunden nach dem Putsch erklärte der neue „Rat für Ordnung“, die Lage sei ruhig.",
     "die Lage sei ruhig", "Rat für Ordnung"),
    ("Zwei Tage später sagte die Ministerin, die Lage sei ruhig.", "die Lage sei ruhig",
     "Ministerin"),
    # a finished passive clause before a comma: the next clause has its own subject
    ("Er wurde festgenommen, andere Quellen berichten, dass er verlegt wurde.",
     "dass er verlegt wurde", "Quellen"),
    # look-alike: a name in apposition stays with its subject
    ("Der Sprecher der Firma, die Müller AG, sagte, der Umsatz steige.", "der Umsatz steige",
     "Sprecher der Firma"),
])

MORE.extend([
    # a compound on a lower-case abbreviation is a source noun phrase
    ("Bei Unfällen auf Landstraßen gibt es laut dpa-Bericht eine hohe Dunkelziffer.",
     "hohe Dunkelziffer", "dpa-Bericht"),
    # "Nach der Ankündigung / dem Entwurf der X" with hearsay names X
    ("Nach der Ankündigung der Ministerin soll die Frist um vier Jahre verschoben werden.",
     "die Frist um vier Jahre verschoben", "Ministerin"),
    ("Nach dem Gesetzesentwurf der Koalition sollen auch die Jugendämter Daten erhalten.",
     "die Jugendämter Daten erhalten", "Koalition"),
])

MORE.extend([
    # an auxiliary inside a relative clause on the subject is not the frame's
    ("Todor Kolarow, dessen Behörde zuständig ist, sagte, die Summe sei hoch.",
     "die Summe sei hoch", "Todor Kolarow"),
    # an apposition and a relative clause on it
    ("Anna Roth, die Sprecherin der Grünen, die seit Mai im Amt ist, sagte, die Lage sei ernst.",
     "die Lage sei ernst", "Anna Roth"),
    # a postposed frame with a name in apposition before the particle
    ("Vor dem Absturz wurde kein Notsignal gesendet, teilte später der Direktor der Behörde, "
     "Bagus Puruhito, mit.", "kein Notsignal gesendet", "Bagus Puruhito"),
    # a postposed frame after a clause with a relative clause (no subject apposition)
    ("Jetzt gibt es eine Idee, die „eine neue Ära einleiten könnte“, erklärte Projektleiter "
     "Jan Kessler.", "Jetzt gibt es eine Idee", "Jan Kessler"),
    # look-alike: an apposition on a role with a slash in the party name stays the subject
    ("Die Haushaltspolitikerin von Bündnis 90/Die Grünen, Anja Hajduk, kritisierte die Pläne "
     "der Regierung.", "die Pläne der Regierung", "Anja Hajduk"),
])

MORE.extend([
    # ", so <verb> X, …" inserted into the clause it frames
    ("Für die Sängerin, so schrieb diese in einer Stellungnahme, sei es eine Ehre aufzutreten.",
     "sei es eine Ehre", "diese"),
    ("Der Grund für den Rauswurf, so vermutet die Zeitung The Guardian, dürfte der Streit sein.",
     "dürfte der Streit sein", "Guardian"),
    # ", so der Bericht,": a document speaks
    ("Alles in allem sei es für alle Parteien, so der OSZE-Bericht, möglich gewesen zu werben.",
     "möglich gewesen", "OSZE"),
])

MORE.extend([
    # "…, hieß es vom/aus X." closing the sentence
    ("Oberste Priorität sei es, die Preise zu senken, hieß es vom Sprecher Mark Toner.",
     "die Preise zu senken", "Mark Toner"),
    ("Die Lage sei ruhig, hieß es aus dem Innenministerium.", "Die Lage sei ruhig",
     "Innenministerium"),
    # "Wie schon X sagte, …": an adverb before the speaker of a wie-frame
    ("Wie schon die WHO sagte, ist es unwahrscheinlich, sich anzustecken.",
     "ist es unwahrscheinlich", "WHO"),
])

MORE.extend([
    # "wies … zurück" frames a clause after a colon or comma
    ("Der frühere Bürgermeister wies Vorwürfe zurück: Der Senat habe sich bewusst so "
     "entschieden.", "Der Senat habe sich bewusst", "Bürgermeister"),
])

MORE.extend([
    # a finished clause later in the first field ends it too
    ("Nachdem Raschkow gedroht haben soll, wurde er festgenommen, andere Quellen berichten, "
     "dass er verlegt wurde.", "dass er verlegt wurde", "Quellen"),
    # an assessment before a colon quote is its own content
    ("Die Ministerin sieht die Hauptverantwortung bei den Ländern: „Es gilt, zu handeln.“",
     "die Hauptverantwortung bei den Ländern", "Ministerin"),
    # look-alike: a relative clause with a passive stays on its subject
    ("Der Minister, der gestern gewählt wurde, sagte, die Lage sei ernst.", "die Lage sei ernst",
     "Minister"),
])

MORE.extend([
    # "gilt bei X als": X holds the view
    ("Die Zustimmung des Präsidenten gilt bei Beobachtern auch nicht als gesichert.",
     "nicht als gesichert", "Beobachter"),
    ("Der Verdächtige gilt bei der Polizei als gefährlich.", "als gefährlich", "Polizei"),
    # English names with "of" inside a German source phrase
    ("Die Schlange war riesig - das beschreiben Forscher der University of Toronto.",
     "Die Schlange war riesig", "University of Toronto"),
])

MORE.extend([
    # a fronted PP with a relative clause: the subject follows the verb
    ("Im Brief, den die Autorin an den Präsidenten geschickt hat, schreibt sie, die Lage sei "
     "ernst.", "die Lage sei ernst", "sie"),
])

MORE_SILENT = [
    # a fronted PP with a relative clause is no postposed frame's content
    ("Für die neue Verfassung, die der Rat als Aufgabe ansieht, gab General Sonthi einen "
     "Zeitraum von einem halben Jahr an.", "Für die neue Verfassung"),
    ("Die Rennen liefen gut, so mancher Reifen platzte, sagten die Fahrer.", "mancher Reifen |"),
    # a condition after "bei" holds no view
    ("Das Material gilt bei Temperaturen über 30 Grad als instabil.", "instabil"),
    # … but the rejected object alone is no claim
    ("Die Polizei wies die Demonstranten zurück.", "Demonstranten"),
    # "diese" before a noun is a determiner, never a speaker
    ("Diese neuen Regeln gelten ab Mai, so sagte der Minister weiter, für alle.", "diese |"),
    # temporal "Nach der Ankündigung" without hearsay
    ("Nach der Ankündigung trat der Trainer zurück.", "trat der Trainer zurück"),
    # a relative clause after a statement noun reports nothing
    ("Die Erklärung des Ministers, die gestern kam, überraschte alle.", "gestern kam"),
    # "steht" speaks only through a document PP, never through a subject
    ("Der Wagen steht, dass es kracht.", "es kracht"),
    ("Die Ministerin sagte, die Lage sei ernst. Fest steht, dass die Schule schließt.",
     "die Schule schließt"),
    ("Die Ministerin sagte, die Lage sei ernst. Im Mittelpunkt steht, dass die Schule schließt.",
     "die Schule schließt"),
]


@pytest.mark.parametrize("text,content,source", MORE)
def test_more(text, content, source):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits and source in label(hits[0].source), [
        (a.content.text, label(a.source)) for a in doc.attributions]
    if not source:
        assert hits[0].source is None


@pytest.mark.parametrize("text,content", MORE_SILENT)
def test_more_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions
                if content in a.content.text or content in label(a.source).lower() + " |"]
