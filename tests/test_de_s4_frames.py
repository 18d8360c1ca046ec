"""German frames that are not a finite reporting verb (session 4, writer V2): dative passives
of accusing, statement nouns with a possessive or a Konjunktiv II modal, a citing phrase after
an outlet, and a statement noun before a colon and a quote. Each row is an invented sentence:
(text, a piece of the content, a piece that must stay outside it, the expected source label
piece; "" = no source). Look-alikes list sentences where no attribution may hold the piece."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found, label

# the dative passive × participle × word order (fronted pronoun, fronted dative NP, adverb in
# the first field, bare name, Plusquamperfekt, modal infinitive, agent, accuser in context)
DATIVE_PASSIVE = [
    ("Ihm wird vorgeworfen, Geld aus der Vereinskasse genommen zu haben.",
     "Geld aus der Vereinskasse genommen", "vorgeworfen", ""),
    ("Dem früheren Landrat wird unter anderem vorgeworfen, Aufträge verschoben zu haben.",
     "Aufträge verschoben zu haben", "Landrat", ""),
    ("Inzwischen wird auch der Trainerin vorgeworfen, die Spieler überfordert zu haben.",
     "die Spieler überfordert", "Trainerin", ""),
    ("Müller wurde vorgeworfen, an dem Überfall beteiligt gewesen zu sein.",
     "an dem Überfall beteiligt", "Müller", ""),
    ("Dem Konzern war vorgeworfen worden, Messwerte geschönt zu haben.",
     "Messwerte geschönt", "Konzern", ""),
    ("Den beiden Brüdern wird unterstellt, die Wahl sabotieren zu wollen.",
     "die Wahl sabotieren", "Brüdern", ""),
    ("Der Sängerin wird nachgesagt, sie habe hohe Schulden bei ihrer Bank.",
     "sie habe hohe Schulden", "nachgesagt", ""),
    ("Dem Verein wird angelastet, die Sicherheit der Zuschauer vernachlässigt zu haben.",
     "die Sicherheit der Zuschauer", "Verein", ""),
    ("Den Angeklagten wird von der Staatsanwaltschaft vorgeworfen, einen Brand gelegt zu haben.",
     "einen Brand gelegt", "Angeklagten", "Staatsanwaltschaft"),
    ("Der Firma wurde seitens der Aufsicht vorgehalten, Kundendaten verkauft zu haben.",
     "Kundendaten verkauft", "Firma", "Aufsicht"),
    ("Die Staatsanwaltschaft Bonn hat Anklage gegen einen Apotheker erhoben: Ihm wird "
     "vorgeworfen, Rezepte gefälscht zu haben.", "Rezepte gefälscht", "Apotheker",
     "Staatsanwaltschaft Bonn"),
    ("Die Staatsanwaltschaft ermittelt gegen die Bürgermeisterin. Ihr wird vorgeworfen, "
     "Spenden nicht angegeben zu haben.", "Spenden nicht angegeben", "Bürgermeisterin",
     "Staatsanwaltschaft"),
    ("Die Polizei nahm den Mann in Hamburg fest. Ihm wird vorgeworfen, ein Auto gestohlen "
     "zu haben.", "ein Auto gestohlen", "Polizei", ""),
]


@pytest.mark.parametrize("text,content,outside,source", DATIVE_PASSIVE)
def test_dative_passive(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# statement nouns: a possessive owner (the clause subject, or the pronoun carried back), a
# Konjunktiv II modal as the reported clause, and a genitive or von-owner
NOMINAL = [
    ("Die Gewerkschaft erneuerte ihre Forderung, die Löhne müssten deutlich steigen.",
     "die Löhne müssten deutlich steigen", "Forderung", "Gewerkschaft"),
    ("Die Ärzte erneuerten ihre Warnung, die Grippe werde sich weiter ausbreiten.",
     "die Grippe werde sich", "Warnung", "Ärzte"),
    ("Der Minister sprach in Berlin. Seine Befürchtung, die Firma gehe bald pleite, "
     "bestätigte sich nicht.", "die Firma gehe bald pleite", "bestätigte", "Minister"),
    ("Die Kanzlerin sprach in Berlin. Ihre Einschätzung, die Krise sei vorbei, teilen "
     "nicht alle.", "die Krise sei vorbei", "teilen", "Kanzlerin"),
    ("Die Vermutung der Ermittler, der Täter könnte ins Ausland geflohen sein, erhärtete "
     "sich.", "der Täter könnte ins Ausland", "erhärtete", "Ermittler"),
    ("Die Behauptung des Senders, der Minister sei zurückgetreten, war falsch.",
     "der Minister sei zurückgetreten", "falsch", "Senders"),
    ("Die Prognose von Ökonomen, die Preise dürften im Herbst sinken, klingt vorsichtig.",
     "die Preise dürften im Herbst sinken", "klingt", "Ökonomen"),
]


@pytest.mark.parametrize("text,content,outside,source", NOMINAL)
def test_nominal(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# a citing phrase after a relaying outlet: the cited party speaks, the outlet relays
CITING = [
    ("Der Präsident trete zurück, berichten Staatsmedien unter Berufung auf "
     "Regierungskreise.", "Der Präsident trete zurück", "Staatsmedien", "Regierungskreise",
     "Staatsmedien"),
    ("Zwei Brücken seien gesperrt worden, berichtet das Portal Kyiv Independent unter "
     "Berufung auf einen Beamten.", "Zwei Brücken seien gesperrt", "Portal", "Beamten",
     "Portal"),
    ("Die Zeitung berichtete unter Berufung auf Diplomaten, die Gespräche seien gescheitert.",
     "die Gespräche seien gescheitert", "Diplomaten", "Diplomaten", "Zeitung"),
    ("Wie die Zeitung unter Berufung auf Ermittler berichtet, war der Täter bewaffnet.",
     "war der Täter bewaffnet", "Ermittler", "Ermittler", "Zeitung"),
]


@pytest.mark.parametrize("text,content,outside,source,via", CITING)
def test_citing_relay(text: str, content: str, outside: str, source: str, via: str) -> None:
    check_found(text, content, outside, source)
    att = next(a for a in analyze(text, lang="de").attributions if content in a.content.text)
    assert any(via in v.name for v in att.via), [v.name for v in att.via]


# a person who is not an outlet speaks for itself: the cited party is neither source nor via
def test_citing_non_outlet_speaks() -> None:
    check_found("Die Ministerin sagte unter Berufung auf einen Geheimdienstbericht, der Angriff "
                "sei geplant gewesen.", "der Angriff sei geplant", "Ministerin", "Ministerin")


# a statement noun before a colon and a quote
QUOTE_NOUN = [
    ("Die Ministerin trat vor die Presse. Ihre Kernaussage lautete: „Wir werden die Steuern "
     "nicht erhöhen.“", "Wir werden die Steuern", "lautete", "Ministerin"),
    ("Die Forderung der Gewerkschaft lautet: „Acht Prozent mehr Lohn für alle.“",
     "Acht Prozent mehr Lohn", "Forderung", "Gewerkschaft"),
]


@pytest.mark.parametrize("text,content,outside,source", QUOTE_NOUN)
def test_quote_after_statement_noun(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# look-alikes: an accusation without a clause, advice, a relative clause on the noun, a
# narrator's hope, a plain indicative after the noun, titles and operations in quotes
LOOK_ALIKES = [
    ("Ihm wird Totschlag vorgeworfen.", "Totschlag"),
    ("Ihm wurde empfohlen, das Land schnell zu verlassen.", "das Land schnell zu verlassen"),
    ("Ihm wurde vorgeworfen, was er nie getan hatte.", "was er nie getan hatte"),
    ("Die Forderung, die gestern im Rat kam, wurde abgelehnt.", "die gestern im Rat kam"),
    ("Die Helfer gruben in der Hoffnung, die Verschütteten könnten noch leben.",
     "die Verschütteten könnten noch leben"),
    ("Die Gewerkschaft erneuerte ihre Forderung, die sie im Mai gestellt hatte.",
     "die sie im Mai gestellt hatte"),
    ("Der Film „Das Boot“ läuft heute im Fernsehen.", "Das Boot"),
    ("Die Operation „Wüstensturm“ begann im Januar.", "Wüstensturm"),
]


@pytest.mark.parametrize("text,piece", LOOK_ALIKES)
def test_look_alikes(text: str, piece: str) -> None:
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if piece in a.content.text]
    assert not hits, [(a.content.text, label(a.source)) for a in hits]
