"""German cues in pieces (lang/de/cue_parts.py): a split particle verb, a fixed noun, a
reflexive, a correlative adverb or the preposition of a prepositional object join the
reporting verb in `cue.text`, as docs/annotation.md writes them; look-alikes keep the verb
alone. Every piece in `cue.spans` is a word of the text, and the contract's `span` stays the
reporting verb."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from cue_checks import cue_words

ROWS = [
    # sentence, a word of the content, the cue
    ("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen worden seien.",
     "zwei Männer", "teilte mit"),
    ("„Wir sind sehr zufrieden“, teilte der Direktor des Museums, Jan Weber, mit.",
     "sehr zufrieden", "teilte mit"),
    ("Die Verkehrsministerin teilte den Journalisten am Freitag mit, dass die Brücke gesperrt "
     "bleibe.", "Brücke", "teilte mit"),
    ("Der Verein teilte mit: „Das Spiel fällt aus.“", "Spiel", "teilte mit"),
    ("Die Forscher fanden heraus, dass die Proben verunreinigt waren.", "Proben", "fanden heraus"),
    ("Die Ermittler stellten fest, dass der Brand gelegt worden sei.", "Brand", "stellten fest"),
    ("Die Rektorin gab zu, dass Fehler passiert seien.", "Fehler", "gab zu"),
    ("Die Gewerkschaft wies die Vorwürfe zurück: Man habe nichts falsch gemacht.",
     "nichts falsch", "wies zurück"),
    ("Die Kanzlerin schloss nicht aus, dass die Steuern steigen.", "Steuern", "schloss nicht aus"),
    # a fixed noun
    ("Die Kommission kam zu dem Schluss, dass der Vertrag gültig sei.", "Vertrag",
     "kam zu dem Schluss"),
    ("Der Richter kam zu dem Ergebnis, dass die Klage unbegründet sei.", "Klage",
     "kam zu dem Ergebnis"),
    ("Die Bürgerinitiative nahm zu den Plänen Stellung: Der Bau sei zu teuer.", "Bau",
     "nahm Stellung"),
    # correlative adverbs
    ("Der Minister geht davon aus, dass die Steuern steigen werden.", "Steuern", "geht davon aus"),
    ("Die Ärztin wies darauf hin, dass die Impfung freiwillig sei.", "Impfung", "wies darauf hin"),
    ("Die Meteorologen warnten davor, dass der Sturm die Küste erreichen könnte.", "Sturm",
     "warnten davor"),
    ("Er hält es für möglich, dass die Wahl verschoben wird.", "Wahl", "hält für möglich"),
    ("Das Lager war bis zuletzt davon ausgegangen, dass es weitere Gespräche geben werde.",
     "Gespräche", "davon ausgegangen"),
    ("Die Vertreter sprachen auch davon, dass die Truppen geflohen seien.", "Truppen",
     "sprachen davon"),
    ("Er hält es jedoch für möglich, dass der Chef davon wusste.", "Chef", "hält für möglich"),
    ("Die Datenschützer warfen der Regierung „Wortbruch“ vor.", "Wortbruch", "warfen vor"),
    ("Zwei Abgeordnete prangerten an, dass die Lehrer überwacht würden.", "Lehrer",
     "prangerten an"),
    ("Der Verteidiger vertritt ebenso wie sein Mandant die Ansicht, das Opfer habe sich selbst "
     "getötet.", "Opfer", "vertritt die Ansicht"),
    # reflexives
    ("Die Kanzlerin äußerte sich am Abend zu dem Streit: „Wir finden eine Lösung.“", "Lösung",
     "äußerte sich"),
    ("Der Trainer zeigte sich überzeugt, dass die Mannschaft gewinnen werde.", "Mannschaft",
     "zeigte sich überzeugt"),
    ("Am Abend zeigte sich der Bürgermeister enttäuscht: „Das Ergebnis ist zu knapp.“",
     "Ergebnis", "zeigte sich enttäuscht"),
    ("Die Aktivistin zeigte sich besonders darüber besorgt, dass viele Frauen bedroht würden.",
     "Frauen", "zeigte sich besorgt"),
    ("„Wir helfen dem Land“, ließ ein Sprecher aus Washington kurz verlauten.", "helfen",
     "ließ verlauten"),
    ("Die Firma ließ verlauten, dass die Produktion wieder anlaufe.", "Produktion",
     "ließ verlauten"),
    ("Gemäß seiner Aussage werden die Daten bald veröffentlicht.", "Daten", "Gemäß Aussage"),
    # a prepositional object: the preposition is the cue's
    ("Der Experte sprach von einer „gefährlichen Entwicklung“.", "gefährlichen", "sprach von"),
    ("Die Ärzte rechnen mit einem Anstieg der Fälle.", "Anstieg", "rechnen mit"),
    # according-to: a plain statement noun stays, a compound leaves the preposition alone
    ("Nach Angaben der Feuerwehr brannte das Haus vollständig nieder.", "Haus", "Nach Angaben"),
    ("Laut Angaben der Behörden sind zwölf Menschen gestorben.", "zwölf", "Laut Angaben"),
    ("Laut einem Bericht der Zeitung soll der Minister zurücktreten.", "Minister",
     "Laut einem Bericht"),
    ("Nach Polizeiangaben wurden drei Menschen verletzt.", "drei Menschen", "Nach"),
    # a wie-frame: its wie is a word of the cue (the newer dev sets write it so)
    ("Wie die Polizei mitteilte, wurden drei Menschen verletzt.", "drei Menschen",
     "Wie mitteilte"),
    ("Der Zug war verspätet, wie ein Sprecher der Bahn sagte.", "verspätet", "wie sagte"),
    ("Wie die Premierministerin von Queensland, Anna Bligh, erklärte, sei der Zivilschutz "
     "bereit.", "Zivilschutz", "Wie erklärte"),
    ("Wie sich aus dem Bericht ergab, war der Fahrer betrunken.", "Fahrer", "Wie ergab"),
    # look-alikes: the verb (or preposition) alone
    ("Die Regierung will, so schnell wie möglich, handeln, sagte der Sprecher.", "Regierung",
     "sagte"),
    ("Laut Polizei wurde niemand verletzt.", "niemand", "Laut"),
    ("Der Arzt sagte dazu, dass die Behandlung lange dauern werde.", "Behandlung", "sagte"),
    ("Er sagte, dass sich die Lage verbessert habe.", "Lage", "sagte"),
    ("„Ich bin froh“, sagte er und stieg mit seiner Frau ins Auto ein.", "froh", "sagte"),
    ("Die Zeitung sieht in dem Treffen ein Zeichen der Entspannung.", "Zeichen", "sieht"),
    ("Der Verband wies auf die Gefahren hin, die vom Rauchen ausgehen.", "Gefahren", "wies hin"),
]


def _att(text: str, needle: str):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if needle in a.content.text]
    assert hits, f"no attribution with {needle!r}: {[a.content.text for a in doc.attributions]}"
    return doc, hits[0]


@pytest.mark.parametrize("text,needle,cue", ROWS, ids=[r[0][:40] for r in ROWS])
def test_cue_words(text, needle, cue):
    doc, att = _att(text, needle)
    assert att.cue is not None and cue_words(att.cue) == cue, (att.cue, att.rule)


@pytest.mark.parametrize("text,needle,cue", ROWS, ids=[r[0][:40] for r in ROWS])
def test_pieces_are_words_of_the_text(text, needle, cue):
    """The contract holds: `text[span] == cue.text`; `words` joins the pieces in `spans`."""
    doc, att = _att(text, needle)
    d = att.to_dict()["cue"]
    s, e = d["span"]
    assert doc.text[s:e] == d["text"]
    pieces = d.get("spans") or [d["span"]]
    assert " ".join(doc.text[s:e] for s, e in pieces) == d.get("words", d["text"])
    words = d.get("words", d["text"])
    assert d["text"] == words or d["text"] in words.split()


@pytest.mark.parametrize("text,needle,content", [
    ("Der Experte sprach von einer „gefährlichen Entwicklung“.", "gefährlichen",
     "einer „gefährlichen Entwicklung“"),
    ("Die Ärzte rechnen mit einem Anstieg der Fälle.", "Anstieg", "einem Anstieg der Fälle"),
    ("Die Zeitung sieht in dem Treffen ein Zeichen der Entspannung.", "Zeichen",
     "in dem Treffen ein Zeichen der Entspannung"),
    ("Die Vertreter sprachen auch davon, dass die Truppen geflohen seien.", "Truppen",
     "dass die Truppen geflohen seien"),
])
def test_frame_words_leave_the_content(text, needle, content):
    _, att = _att(text, needle)
    assert att.content.text == content


def test_cue_scored_as_both_parts(tmp_path):
    """`claimgraph eval` compares cue token sets: the split cue matches gold 'teilte mit'."""
    from claimgraph.evaluate import _cue_text, tokens
    _, att = _att("Die Polizei teilte am Montag mit, dass zwei Männer festgenommen worden seien.",
                  "zwei Männer")
    assert set(tokens(_cue_text(att.to_dict()))) == set(tokens("teilte mit"))
