"""Session 4 German verb coverage: the verbs of saying, admitting, judging and believing added
to cues.tsv, in every sentence shape (main clause V2, fronted adverbial, postposed frame,
subordinate clause, Perfekt, modal, negation, plural and pronoun subjects, role apposition),
object-predicative judgement frames, infinitive complements, adverbs before an inverted
subject — and the look-alikes where none of them may fire. All sentences are invented."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found

# (sentence, a piece of the content, a piece that must stay outside it, a piece of the source)
VERBS = [
    # gestehen … ein / zu: admission and concession
    ("Der Trainer gestand am Montag ein, dass er Fehler gemacht habe.", "Fehler gemacht", "Montag", "Trainer"),
    ("Gestern hat die Ministerin eingestanden, dass die Zahlen falsch waren.", "Zahlen falsch", "Gestern", "Ministerin"),
    ("Die Firma gestand zu, dass die Lieferung zu spät kam.", "Lieferung zu spät", "gestand", "Firma"),
    # verneinen / bejahen / beanstanden / bedauern / vermerken
    ("Der Sprecher verneinte, dass es Gespräche gegeben habe.", "Gespräche gegeben", "verneinte", "Sprecher"),
    ("Die Gutachter bejahten, dass der Damm sicher sei.", "Damm sicher", "bejahten", "Gutachter"),
    ("Die Prüfer beanstandeten, die Kasse sei nicht geprüft worden.", "Kasse sei", "Prüfer", "Prüfer"),
    ("Er bedauerte, dass die Gespräche gescheitert seien.", "Gespräche gescheitert", "bedauerte", "Er"),
    ("Der Rechnungshof vermerkte, dass Belege fehlten.", "Belege fehlten", "vermerkte", "Rechnungshof"),
    # particle verbs: hielt entgegen / hielt vor / brachte vor / trug vor / stellte richtig
    ("Der Bürgermeister hielt den Kritikern entgegen, die Straße sei längst bezahlt.", "Straße sei", "Kritikern", "Bürgermeister"),
    ("Der Verteidiger brachte vor, sein Mandant sei krank gewesen.", "Mandant sei krank", "brachte", "Verteidiger"),
    ("Die Klägerin trug vor, sie habe den Vertrag nie gesehen.", "Vertrag nie gesehen", "trug", "Klägerin"),
    ("Das Ministerium stellte richtig, dass die Schule nicht geschlossen werde.", "Schule nicht geschlossen", "richtig", "Ministerium"),
    ("Die Forscherin legte nahe, dass der Fund älter sei als gedacht.", "Fund älter", "nahe", "Forscherin"),
    ("Die Opposition stellte infrage, dass die Zahlen stimmen.", "Zahlen stimmen", "infrage", "Opposition"),
    ("Die Regierung erkannte an, dass Fehler gemacht worden seien.", "Fehler gemacht", "erkannte", "Regierung"),
    ("Der Verband machte geltend, dass die Frist abgelaufen sei.", "Frist abgelaufen", "geltend", "Verband"),
    # fixed phrases: gab zu bedenken / gab zu Protokoll / gab sich überzeugt
    ("Der Forscher gab zu bedenken, dass die Daten lückenhaft seien.", "Daten lückenhaft", "bedenken", "Forscher"),
    ("Der Zeuge gab zu Protokoll, er habe nichts gesehen.", "nichts gesehen", "Protokoll", "Zeuge"),
    ("Die Kanzlerin gab sich überzeugt, dass die Reform komme.", "Reform komme", "überzeugt", "Kanzlerin"),
    # reflexive stances: beschwerte sich / sorgen sich
    ("Der Verband beschwerte sich, dass die Gebühren steigen.", "Gebühren steigen", "beschwerte", "Verband"),
    ("Die Eltern sorgen sich, dass die Schule schließt.", "Schule schließt", "sorgen", "Eltern"),
    # evidence: beweist / deuten darauf hin / wies nach
    ("Die Studie beweist, dass Sport hilft.", "Sport hilft", "Studie", "Studie"),
    ("Die Messungen deuten darauf hin, dass das Eis schmilzt.", "Eis schmilzt", "deuten", "Messungen"),
    # a court judging; demands and advice
    ("Das Gericht befand, dass die Klage unbegründet sei.", "Klage unbegründet", "befand", "Gericht"),
    ("Die Ärztin riet, viel Wasser zu trinken.", "viel Wasser zu trinken", "riet", "Ärztin"),
    ("Die Partei plädierte dafür, die Steuern zu senken.", "Steuern zu senken", "Partei", "Partei"),
    ("Die Gewerkschaft pochte darauf, dass der Vertrag eingehalten werde.", "Vertrag eingehalten", "pochte", "Gewerkschaft"),
    ("Der Minister wiederholte, die Reform komme.", "Reform komme", "wiederholte", "Minister"),
    ("Die Ökonomen errechneten, dass die Kosten bei zwei Milliarden liegen.", "Kosten bei zwei", "errechneten", "Ökonomen"),
]


@pytest.mark.parametrize("text,content,outside,source", VERBS)
def test_new_verbs_frame_their_clause(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# one new verb (einräumen/eingestehen/beteuern …) across the shapes of a German sentence
SHAPES = [
    ("Die Ministerin räumte ein, dass die Kosten gestiegen seien.", "Kosten gestiegen", "Ministerin"),
    ("Am Dienstag gestand der Konzernchef ein, dass Stellen wegfallen.", "Stellen wegfallen", "Konzernchef"),
    ("Die Stellen fallen weg, gestand der Konzernchef ein.", "Stellen fallen weg", "Konzernchef"),
    ("Weil der Chef eingestand, dass Stellen wegfallen, streikten die Arbeiter.", "Stellen wegfallen", "Chef"),
    ("Der Konzernchef hatte zuvor eingestanden, dass Stellen wegfallen.", "Stellen wegfallen", "Konzernchef"),
    ("Die Sprecherin musste einräumen, dass die Daten veraltet waren.", "Daten veraltet", "Sprecherin"),
    ("Die Sprecherin verneinte nicht, dass die Daten veraltet waren.", "Daten veraltet", "Sprecherin"),
    ("Die Gutachter bezweifelten, dass die Brücke hält.", "Brücke hält", "Gutachter"),
    ("Sie bekräftigten, dass die Brücke hält.", "Brücke hält", "Sie"),
    ("Der Leiter des Bauamts, Jan Weber, beteuerte, die Brücke halte.", "Brücke halte", "Weber"),
]


@pytest.mark.parametrize("text,content,source", SHAPES)
def test_admission_in_every_shape(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


# object-predicative judgements: content "Y als Z" / "Y für Z" / "Y dem Grund zu"
JUDGEMENTS = [
    ("Der Minister bezeichnete die Reform als Erfolg.", "die Reform als Erfolg", "Minister"),
    ("Die Zeitung wertete das Ergebnis als Niederlage für die Regierung.", "Ergebnis als Niederlage", "Zeitung"),
    ("Der Trainer sieht seine Mannschaft als Favoriten.", "Mannschaft als Favoriten", "Trainer"),
    ("Die Opposition hält den Plan für gescheitert.", "Plan für gescheitert", "Opposition"),
    ("Der Experte schrieb den Sieg dem besseren Wetter zu.", "Sieg dem besseren Wetter", "Experte"),
    ("Der Minister rechtfertigte den Einsatz als „notwendige Maßnahme“.", "Einsatz als", "Minister"),
    ("Das Gericht befand die Klage als unbegründet.", "Klage als unbegründet", "Gericht"),
    ("Das Gericht befand die Angeklagten für schuldig.", "Angeklagten für schuldig", "Gericht"),
    ("Die Behörde stufte den Stoff als gefährlich ein.", "Stoff als gefährlich", "Behörde"),
    ("Die Kommission erachtet die Frist als zu kurz.", "Frist als zu kurz", "Kommission"),
    ("Die Prüfer beurteilten die Lage als ernst.", "Lage als ernst", "Prüfer"),
    ("Der Stoff wurde von der Behörde als gefährlich eingestuft.", "als gefährlich", "Behörde"),
]


@pytest.mark.parametrize("text,content,source", JUDGEMENTS)
def test_object_predicative_judgement(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


# infinitive complements: the zu-infinitive clause is the content
INFINITIVES = [
    ("Der Chef bestritt, von dem Betrug gewusst zu haben.", "gewusst zu haben", "Chef"),
    ("Die Anklage warf ihm vor, Geld unterschlagen zu haben.", "unterschlagen zu haben", "Anklage"),
    ("Der Minister räumte ein, von den Plänen gewusst zu haben.", "gewusst zu haben", "Minister"),
    ("Der Zeuge gab an, den Täter gesehen zu haben.", "gesehen zu haben", "Zeuge"),
    ("Er behauptete, unschuldig zu sein.", "unschuldig zu sein", "Er"),
    ("Der Anwalt hielt dem Zeugen vor, gelogen zu haben.", "gelogen zu haben", "Anwalt"),
    ("Die Sängerin bezichtigte den Manager, sie betrogen zu haben.", "betrogen zu haben", "Sängerin"),
]


@pytest.mark.parametrize("text,content,source", INFINITIVES)
def test_infinitive_complement(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


# adverbs of the middle field between the finite verb and the inverted subject
INVERTED = [
    ("Am Montag meldeten dann die Agenturen, der Präsident sei zurückgetreten.", "Präsident sei", "Agenturen"),
    ("Daraufhin erklärte gestern auch der Sprecher, man werde klagen.", "man werde klagen", "Sprecher"),
    ("Später teilte ferner das Ministerium mit, die Zahlen seien falsch.", "Zahlen seien falsch", "Ministerium"),
    ("Am Abend betonte schließlich die Kanzlerin, die Lage sei ernst.", "Lage sei ernst", "Kanzlerin"),
    ("Kurz darauf bestätigte dann zunächst die Polizei, zwei Männer seien festgenommen worden.",
     "zwei Männer", "Polizei"),
    ("Zusammen mit Anna Roth plädiert Jan Weber dafür, die Steuern zu senken.", "Steuern zu senken", "Jan Weber"),
    ("Kurz darauf bestätigte die Polizei, zwei Männer seien festgenommen worden.", "zwei Männer", "Polizei"),
]


@pytest.mark.parametrize("text,content,source", INVERTED)
def test_adverbs_before_inverted_subject(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


# look-alikes: plans, attempts, places, time clauses, adjectives, existentials
NONE = [
    "Er versuchte, den Zug zu erreichen.",
    "Die Firma plant, neue Werke zu bauen.",
    "Er begann, die Wände zu streichen.",
    "Er sieht den Film.",
    "Er hält den Ball.",
    "Als er kam, sah er seine Mutter.",
    "Die Forscher sehen den Zusammenbruch, als sie landen.",
    "Das Haus befindet sich in Berlin, wo der Minister wohnt.",
    "Kleine Stücke könnten sich im Sonnensystem befinden und darauf warten, Staub zu werden.",
    "Die Stadt sorgte dafür, dass die Straße gesperrt wurde.",
    "Die Laudatio hielt die bekannte Feministin Anna Roth, die lange sprach.",
    "Es wurde bekannt, dass der Minister zurücktritt.",
]


@pytest.mark.parametrize("text", NONE)
def test_look_alikes_frame_nothing(text: str) -> None:
    atts = analyze(text, lang="de").attributions
    assert [a for a in atts if a.cue is not None and a.source is not None] == [], \
        [(a.cue.text, a.content.text) for a in atts]


def test_gab_without_reflexive_is_no_frame() -> None:
    """`geben` frames a dass-clause only with `sich` (gab sich überzeugt): "Es gab Hinweise,
    dass …" names nobody who says it through "gab"."""
    atts = analyze("Es gab Hinweise, dass der Täter geflohen sei.", lang="de").attributions
    assert all(a.cue is None or a.cue.text != "gab" for a in atts)


def test_apposition_is_no_clause() -> None:
    """", der Präsident sei zurückgetreten" after an inverted plural subject is the content
    clause, not a role apposition of the subject."""
    att = analyze("Am Montag berichteten die Agenturen, der Präsident sei zurückgetreten.",
                  lang="de").attributions[0]
    assert att.source is not None and "Präsident" not in att.source.text
    assert "Präsident sei" in att.content.text


@pytest.mark.parametrize("text,words", [
    ("Die Kanzlerin gab sich überzeugt, dass die Reform komme.", "gab sich überzeugt"),
    ("Der Direktor zeigte sich besorgt, dass das Projekt scheitert.", "zeigte sich besorgt"),
    ("Der Forscher gab zu bedenken, dass die Daten lückenhaft seien.", "gab bedenken"),
])
def test_reflexive_and_fixed_cue_words(text: str, words: str) -> None:
    """The cue of a reflexive stance or a fixed phrase holds all its words (cue_parts.py)."""
    att = analyze(text, lang="de").attributions[0]
    assert getattr(att.cue, "words", att.cue.text) == words
