"""German hearsay `sollen` with stative, impersonal and perfect infinitives in several sentence
shapes (and the plans, orders and questions that look like it), and speech idioms built from a
verb and a fixed noun (Funktionsverbgefüge: `brachte zum Ausdruck`, `stellte zur Debatte`)."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from cue_checks import cue_words


def _reportative(text: str):
    """The reportative attributions of German `text`."""
    return [a for a in analyze(text, lang="de").attributions if a.kind == "reportative"]


# (sentence, a piece the content must hold); every row is hearsay
HEARSAY = [
    # es geht um: impersonal es + um-object
    ("Dabei soll es um eine Bahncard gehen.", "um eine Bahncard"),
    ("Bei dem Treffen soll es auch um Waffenlieferungen gehen.", "Waffenlieferungen"),
    ("Es soll dabei um mehrere Millionen Euro gehen.", "Millionen Euro"),
    ("Der Streit, bei dem es um ein Erbe gehen soll, dauert an.", "um ein Erbe"),
    ("Bei dem Streit soll es um Geld gegangen sein.", "um Geld"),
    # es handelt sich um
    ("Es soll sich um einen Racheakt handeln.", "Racheakt"),
    ("Bei dem Toten soll es sich um einen Fischer handeln.", "Fischer"),
    # es gibt
    ("Im Keller soll es Waffen gegeben haben.", "Waffen"),
    ("Im Dorf soll es keine Ärzte geben.", "keine Ärzte"),
    # perfect, passive, stative infinitives
    ("Der Tanker soll vor der Küste ausgelaufen sein.", "Küste"),
    ("Die Zeugin soll den Täter gesehen haben.", "den Täter"),
    ("Der Journalist soll getötet worden sein.", "getötet"),
    ("Unter den Verletzten sollen sich zwei Kinder befinden.", "zwei Kinder"),
    ("Die beiden Brüder sollen sich in Spanien aufhalten.", "Spanien"),
    # adverb first, angeblich, relative and causal clauses
    ("Gestern soll der Minister angeblich zurückgetreten sein.", "zurückgetreten"),
    ("Der Fahrer soll angeblich betrunken gewesen sein.", "betrunken"),
    ("Die Polizei nahm einen Mann fest, der das Feuer gelegt haben soll.", "das Feuer"),
    ("Er wurde entlassen, weil er Geld unterschlagen haben soll.", "unterschlagen"),
    ("Er wurde verhaftet, obwohl er nichts getan haben soll.", "nichts getan"),
    ("Im Haus, in dem sich die Geiseln befinden sollen, brennt Licht.", "die Geiseln"),
    ("Im Dorf, wo es Waffen geben soll, sucht die Polizei.", "Waffen"),
    ("Nach dem Anschlag soll es mehrere Festnahmen gegeben haben.", "Festnahmen"),
    ("Zwei Soldaten sollen bei dem Angriff verletzt worden sein.", "verletzt"),
    ("Der Minister soll nicht gewusst haben, dass der Vertrag gefälscht war.", "gewusst"),
    ("Offenbar soll der Pilot eingeschlafen sein.", "eingeschlafen"),
    ("Im Mai soll der Pilot krank gewesen sein.", "krank"),
    # the past sollte(n) with a true perfect infinitive; wobei opens a verb-last report
    ("Der General sollte bei dem Angriff beteiligt gewesen sein.", "beteiligt"),
    ("Die Männer sollten das Geld gestohlen haben.", "gestohlen"),
    ("Es kam zu Gewalt, wobei auch ein Messer zu sehen gewesen sein soll.", "Messer"),
    ("Er soll angeblich das Ziel des Anschlags gewesen sein.", "Ziel"),
    # a list in the middle field
    ("Unter den Toten sollen sich mehrheitlich Männer, Frauen und Kinder befinden.", "Kinder"),
    ("Unter den Gästen sollen sich auch kranke, unter anderem solche mit Diabetes, befinden.",
     "Diabetes"),
    ("Außerdem sollen ein Depot, ein Lager sowie eine Brücke getroffen worden sein.", "Lager"),
    # two reports in one sentence: each ends at its own clause
    ("Zwei Tonnen Diesel sollen bereits ausgelaufen sein, der Ölfilm soll sich auf drei "
     "Kilometer erstrecken.", "Ölfilm"),
]


def test_two_reports_split_at_the_comma() -> None:
    found = _reportative("Zwei Tonnen Diesel sollen ausgelaufen sein, der Ölfilm soll sich auf "
                         "drei Kilometer erstrecken.")
    assert sorted(a.content.text for a in found) == [
        "Zwei Tonnen Diesel sollen ausgelaufen sein",
        "der Ölfilm soll sich auf drei Kilometer erstrecken"]


@pytest.mark.parametrize("text,piece", HEARSAY)
def test_reportative_sollen(text: str, piece: str) -> None:
    found = _reportative(text)
    assert found, f"no hearsay in {text!r}"
    assert any(piece in a.content.text and a.cue.text.startswith("soll") for a in found)


# plans, orders, conditionals, questions: sollen that reports nobody's claim
NOT_HEARSAY = [
    "Die Brücke soll 2027 eröffnet werden.",
    "Der neue Bahnhof soll im Herbst fertig werden.",
    "Die Halle soll ab Montag geöffnet sein.",
    "Das Museum soll im Mai wieder geöffnet sein.",
    "Die Steuer soll künftig bei 20 Prozent liegen.",
    "Es soll nächste Woche Schnee geben.",
    "Er soll sich bis Montag melden.",
    "Die Schüler sollen ihre Hausaufgaben machen.",
    "Die neue Linie soll 2030 in Betrieb gehen.",
    "Worum soll es da gehen?",
    "Wer soll das bezahlen?",
    "Sollte er beteiligt gewesen sein, droht ihm Haft.",
    "Wenn er das Geld gestohlen haben sollte, wird er bestraft.",
    "Der Zug sollte längst angekommen sein.",
    "Die Arbeiten sollten bis Mai abgeschlossen sein.",
    "Sie hätte das wissen sollen.",
    "Das Programm soll Firmen helfen, deren Umsätze unter einer Million liegen.",
    "Er soll nach Hause gehen.",
    "Die Kinder sollen früher ins Bett gehen.",
    "Sollte es regnen, fällt das Fest aus.",
    "Was soll das?",
    "Das soll heißen, dass wir warten.",
    "Morgen soll es um zehn Uhr losgehen.",
]


@pytest.mark.parametrize("text", NOT_HEARSAY)
def test_sollen_look_alikes(text: str) -> None:
    assert _reportative(text) == []


# (sentence, all words of the cue, the speaker's text, a piece of the content)
IDIOMS = [
    ("Die Ministerin machte zur Bedingung, dass die Steuern sinken.",
     "machte zur Bedingung", "Ministerin", "die Steuern sinken"),
    ("Die Ministerin machte ihre Zustimmung zur Bedingung, dass die Steuern sinken.",
     "machte zur Bedingung", "Ministerin", "die Steuern sinken"),
    ("Der Kanzler brachte zum Ausdruck, dass er enttäuscht sei.",
     "brachte zum Ausdruck", "Kanzler", "enttäuscht"),
    ("Gestern brachte der Kanzler in Berlin zum Ausdruck, dass er enttäuscht sei.",
     "brachte zum Ausdruck", "Kanzler", "enttäuscht"),
    ("Der Abgeordnete stellte zur Debatte, ob die Wehrpflicht zurückkehren solle.",
     "stellte zur Debatte", "Abgeordnete", "Wehrpflicht"),
    ("Die Partei stellte zur Debatte, dass die Schulden gestrichen werden.",
     "stellte zur Debatte", "Partei", "Schulden"),
    ("Die Gewerkschaft brachte ins Spiel, dass die Löhne steigen könnten.",
     "brachte ins Spiel", "Gewerkschaft", "Löhne"),
    ("Der Zeuge gab zu Protokoll, dass er nichts gesehen habe.",
     "gab zu Protokoll", "Zeuge", "nichts gesehen"),
    ("Der Richter legte dar, dass die Klage unbegründet sei.",
     "legte dar", "Richter", "unbegründet"),
    ("Die Sprecherin führte aus, dass die Gespräche weitergingen.",
     "führte aus", "Sprecherin", "Gespräche"),
    ("Der Arzt wies darauf hin, dass die Impfung sicher sei.",
     "wies darauf hin", "Arzt", "Impfung"),
    ("Der Präsident rief in Erinnerung, dass der Krieg erst zehn Jahre zurückliege.",
     "rief in Erinnerung", "Präsident", "Krieg"),
    ("Die Ministerin wies von der Hand, dass die Reform gescheitert sei.",
     "wies von der Hand", "Ministerin", "Reform"),
    ("Der Bericht führte vor Augen, dass viele Kinder hungern.",
     "führte vor Augen", "Bericht", "Kinder"),
    ("Die Forscherin hat in Erinnerung gerufen, dass das Klima sich ändert.",
     "in Erinnerung gerufen", "Forscherin", "Klima"),
    ("Der Sprecher gab zu verstehen, dass er nicht zurücktreten werde.",
     "gab zu verstehen", "Sprecher", "zurücktreten"),
    # the perfect: the noun stands right before the participle
    ("Der Kanzler hat zum Ausdruck gebracht, dass er enttäuscht sei.",
     "zum Ausdruck gebracht", "Kanzler", "enttäuscht"),
    ("Die Ministerin hatte zur Bedingung gemacht, dass die Steuern sinken.",
     "zur Bedingung gemacht", "Ministerin", "Steuern"),
    ("Die Gewerkschaft hat ins Spiel gebracht, dass die Löhne steigen könnten.",
     "ins Spiel gebracht", "Gewerkschaft", "Löhne"),
    ("Der Zeuge hatte zu Protokoll gegeben, dass er nichts gesehen habe.",
     "zu Protokoll gegeben", "Zeuge", "nichts gesehen"),
    ("Die Regierung hat in Frage gestellt, dass der Plan funktioniert.",
     "in Frage gestellt", "Regierung", "Plan"),
    # the noun fronted into the first field, the subject after the verb
    ("Zur Bedingung machte die Ministerin, dass die Steuern sinken.",
     "Zur Bedingung machte", "Ministerin", "Steuern"),
    ("Zum Ausdruck brachte der Kanzler, dass er enttäuscht sei.",
     "Zum Ausdruck brachte", "Kanzler", "enttäuscht"),
    ("Zu Protokoll gab der Zeuge, dass er nichts gesehen habe.",
     "Zu Protokoll gab", "Zeuge", "nichts gesehen"),
]


@pytest.mark.parametrize("text,words,speaker,piece", IDIOMS)
def test_speech_idiom(text: str, words: str, speaker: str, piece: str) -> None:
    doc = analyze(text, lang="de")
    att = next((a for a in doc.attributions if a.cue and piece in a.content.text), None)
    assert att is not None, f"nothing found in {text!r}"
    assert cue_words(att.cue) == words
    assert att.source is not None and speaker in att.source.text


# the same verbs and nouns with an object and no clause: nobody reports anything
IDIOM_LOOK_ALIKES = [
    "Die Lehrerin legte ihre Gründe dar.",
    "Der Kanzler brachte den Koffer zum Auto.",
    "Die Firma stellte neue Autos zur Schau.",
    "Die Partei brachte einen Kandidaten ins Spiel.",
    "Die Regierung stellte das Gesetz zur Debatte.",
    "Die Partei hat einen Kandidaten ins Spiel gebracht.",
    "Die Regierung hat das Gesetz zur Debatte gestellt.",
    "Zur Debatte stand, ob die Schulen schließen.",
    "Der Bürgermeister stellte eine Sanierung in Aussicht.",
    "Er rief den Hund in Erinnerung an alte Zeiten.",
    "Sie führte die Gäste vor Augen der Presse durch das Haus.",
    "Der Präsident rief seine Berater zusammen.",
]


@pytest.mark.parametrize("text", IDIOM_LOOK_ALIKES)
def test_idiom_look_alikes(text: str) -> None:
    assert analyze(text, lang="de").attributions == []
