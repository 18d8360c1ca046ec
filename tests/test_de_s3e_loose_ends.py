"""German loose ends of waves 4A/4B (session 3, wave 5), one table per item; sentences written
for these tests.

1. clauses.py split (subject checks and appositions now in subject_np.py) and according.py
   split (the `so` frames now in so_frames.py): every German rule module stays under the house
   limit of 600 lines and the moved helpers still join name and role.
2. Citing phrases (citing.tsv: unter Berufung auf, mit/unter Verweis auf, unter Hinweis auf) in
   every verb frame, also in `Wie X unter Berufung auf Y berichtet, …`: an outlet relays.
3. `machen … deutlich/klar` as say-verbs (the adjective closes like a particle).

Each row: text, a piece of the content, the expected source ("" = no attribution holds the
piece; else contained in the source's text or name), the expected via names (None = not
checked), and the expected cue words (None = not checked).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from claimgraph import analyze

import claimgraph.lang.de as de_pack


def _found(text: str, piece: str):
    """The attribution whose content holds `piece`, or None."""
    for att in analyze(text, lang="de").attributions:
        if piece in att.content.text:
            return att
    return None


def _check(text, piece, source, via, cue):
    att = _found(text, piece)
    if not source:
        assert att is None, (att.source, att.content.text)
        return
    assert att is not None, piece
    assert att.source is not None
    assert source in f"{att.source.text} {att.source.name}", att.source
    if via is not None:
        assert sorted(v.name for v in att.via) == sorted(via), att.via
    if cue is not None:
        assert att.cue is not None and att.cue.text == cue, att.cue


# --- 1. module sizes and the moved apposition helpers --------------------------------------

_DE = Path(de_pack.__file__).parent


@pytest.mark.parametrize("module", sorted(p.name for p in _DE.glob("*.py")))
def test_german_modules_stay_under_the_house_limit(module):
    lines = (_DE / module).read_text(encoding="utf-8").count("\n")
    assert lines <= 600, f"{module}: {lines} lines"


APPOSITION_ROWS = [
    # role head + name apposition before the verb
    ("Die Sprecherin der Stadtwerke, Anna Roth, sagte, die Preise stiegen im Herbst.",
     "die Preise stiegen", "Anna Roth", None, None),
    # name + role apposition after the verb, closing the sentence
    ("Die Preise steigen im Herbst, sagte Mark Keller, der Sprecher der Stadtwerke.",
     "Die Preise steigen", "Mark Keller", None, None),
    # a plural verb never takes a singular subject: the phrase after it is the object
    ("Auch neue Statistiken bekräftigen die niedrige Quote der Schulabbrecher.",
     "die niedrige Quote", "Statistiken", None, None),
]


@pytest.mark.parametrize("text,piece,source,via,cue", APPOSITION_ROWS)
def test_appositions_after_the_split(text, piece, source, via, cue):
    _check(text, piece, source, via, cue)


@pytest.mark.parametrize("text,role", [
    ("Die Sprecherin der Stadtwerke, Anna Roth, sagte, die Preise stiegen im Herbst.", "Sprecherin"),
    ("Die Preise steigen im Herbst, sagte Mark Keller, der Sprecher der Stadtwerke.", "Sprecher"),
])
def test_apposition_gives_the_role(text, role):
    att = _found(text, "Preise")
    assert att is not None and att.source is not None and att.source.role == role


# --- 2. citing phrases ------------------------------------------------------------------------

CITING_ROWS = [
    # an outlet relays the party it cites, whichever citing phrase
    ("Der Sender meldete unter Verweis auf Sicherheitskreise, die Grenze sei geschlossen.",
     "die Grenze", "Sicherheitskreise", ["Sender"], None),
    ("Die Zeitung berichtete unter Hinweis auf Diplomaten, der Gipfel sei verschoben.",
     "der Gipfel", "Diplomaten", ["Zeitung"], None),
    ("Der „Spiegel“ berichtete mit Verweis auf Regierungskreise, das Gesetz komme im Mai.",
     "das Gesetz", "Regierungskreise", ["Der Spiegel"], None),
    # fronted citing phrase
    ("Unter Verweis auf Ermittler meldete der NDR, der Täter sei gefasst.",
     "der Täter", "Ermittler", ["NDR"], None),
    # postposed frame
    ("Der Täter sei gefasst, meldete der NDR unter Verweis auf Ermittler.",
     "Der Täter", "Ermittler", ["NDR"], None),
    # a wie-clause: the outlet relays, the cited party speaks
    ("Wie die SZ unter Berufung auf Parteikreise berichtet, will der Kanzler zurücktreten.",
     "der Kanzler", "Parteikreise", ["Süddeutsche Zeitung"], None),
    ("Wie der „Spiegel“ mit Verweis auf Regierungskreise meldet, kommt das Gesetz im Mai.",
     "das Gesetz", "Regierungskreise", ["Der Spiegel"], None),
    # anyone but an outlet speaks itself; the cited party is neither source nor via
    ("Wie die Ministerin unter Verweis auf einen Bericht sagte, sei die Lage ernst.",
     "die Lage", "Ministerin", [], None),
    ("Die Ministerin sagte unter Hinweis auf neue Zahlen, die Lage sei ernst.",
     "die Lage", "Ministerin", [], None),
    ("Wie die SZ berichtet, will der Kanzler zurücktreten.",
     "der Kanzler", "SZ", [], None),
]


@pytest.mark.parametrize("text,piece,source,via,cue", CITING_ROWS)
def test_citing_phrases(text, piece, source, via, cue):
    _check(text, piece, source, via, cue)


# --- 3. machen … deutlich / klar --------------------------------------------------------------

DEUTLICH_ROWS = [
    ("Die Ministerin machte deutlich, dass sie die Reform ablehnt.",
     "die Reform ablehnt", "Ministerin", None, None),
    ("Der Trainer machte am Montag deutlich, er werde bleiben.",
     "er werde bleiben", "Trainer", None, None),
    ("Es wurde seitens der Behörden laut taz deutlich gemacht, dass die Straße gesperrt bleibt.",
     "die Straße", "Behörden", ["taz"], None),
    ("Seitens der Behörden wurde deutlich gemacht, dass die Straße gesperrt bleibt.",
     "die Straße", "Behörden", [], None),
    ("Wie der Minister deutlich machte, ist die Lage ernst.",
     "die Lage", "Minister", [], "deutlich machte"),
    ("Der Kanzler machte klar, dass es keine Steuererhöhungen gebe.",
     "keine Steuererhöhungen", "Kanzler", None, None),
    ("Die Polizei hat klargemacht, dass sie keine Gewalt dulde.",
     "keine Gewalt", "Polizei", None, None),
    ("Wie die Ministerin klarmachte, ist die Lage ernst.",
     "die Lage", "Ministerin", [], None),
    ("Wie die Ministerin klar machte, ist die Lage ernst.",
     "die Lage", "Ministerin", [], "klar machte"),
    ("Die Ministerin machte in ihrer Rede vor dem Bundestag deutlich, dass sie bleibe.",
     "sie bleibe", "Ministerin", [], None),
    # look-alikes: deutlich as a degree adverb, machen without the adjective
    ("Das Wetter machte die Straßen deutlich glatter.", "die Straßen", "", None, None),
    ("Der Konzern machte im Herbst einen Gewinn, der deutlich höher lag.", "Gewinn", "", None, None),
    ("Die Preise sind deutlich gestiegen, dass viele verzichten.", "viele", "", None, None),
]


@pytest.mark.parametrize("text,piece,source,via,cue", DEUTLICH_ROWS)
def test_machen_deutlich(text, piece, source, via, cue):
    _check(text, piece, source, via, cue)


# --- 4. ", so VERB X": the finite verb is the cue, the noun phrase after it the speaker ------

SO_VERB_ROWS = [
    ("Ein Sieg, so urteilte Romney selbst, sei nicht mehr möglich.", "Ein Sieg", "Romney",
     "urteilte"),
    ("Ein Sieg, so urteilte Romney selbst über die Wahl, sei nicht mehr möglich.", "Ein Sieg",
     "Romney", "urteilte"),
    ("Die Lage, so betonte der Richter, sei ernst.", "Die Lage", "der Richter", "betonte"),
    ("Die Lage sei ernst, so urteilte der Richter.", "Die Lage", "der Richter", "urteilte"),
    ("Die Lage sei ernst, so betonte Romney am Montag.", "Die Lage", "Romney", "betonte"),
    # without a verb the noun phrase after "so" speaks
    ("Die Lage, so Romney, sei ernst.", "Die Lage", "Romney", "so"),
    ("Die Lage sei ernst, so der Richter.", "Die Lage", "der Richter", "so"),
]


@pytest.mark.parametrize("text,piece,speaker,cue_word", SO_VERB_ROWS)
def test_so_verb_speaker(text, piece, speaker, cue_word):
    att = _found(text, piece)
    assert att is not None and att.source is not None
    assert att.source.text == speaker  # "Romney", not "urteilte Romney"
    assert att.cue is not None and att.cue.text.split()[-1] == cue_word


# --- 5. adverb + sich + subject; a bare surname holding a belief; a participle with a PP -------

STILL_MISSED_ROWS = [
    # a one-word adverb, "sich", then the subject
    ("Gestern sprach sich die Ministerin für einen Kompromiss aus.", "Kompromiss", "Ministerin",
     None, None),
    ("Zuletzt sprach sich der Verband gegen die Reform aus.", "die Reform", "Verband", None, None),
    ("Heute sprach sich der Bürgermeister für neue Radwege aus.", "Radwege", "Bürgermeister",
     None, None),
    # a bare surname holds a view when a first name or a role goes with it somewhere in the text
    ("Angela Merkel reiste nach Brüssel. Merkel geht von einer Einigung aus.", "Einigung",
     "Merkel", None, None),
    ("Merkel geht von einer Einigung aus. Die Kanzlerin Angela Merkel reiste am Abend ab.",
     "Einigung", "Merkel", None, None),
    ("Merkel geht von einer Einigung aus. Kanzlerin Merkel reiste am Abend ab.", "Einigung",
     "Merkel", None, None),
    # ... and only then: a lone capitalised word may be a thing or a place
    ("Merkel geht von einer Einigung aus.", "Einigung", "", None, None),
    ("Brandt geht von einer Einigung aus. Der Ort Brandt liegt am Fluss.", "Einigung", "", None,
     None),
    ("Der Brand ging von einem Kamin aus.", "Kamin", "", None, None),
    # a prenominal participle with its agent and a PP between them (nominal.py)
    ("Die von Arnold nach dem Urteil geäußerte Hoffnung, sein Leben werde sich bessern, "
     "erfüllte sich nicht.", "sein Leben werde", "Arnold", None, "Hoffnung"),
    ("Die von Arnold geäußerte Hoffnung, sein Leben werde sich bessern, erfüllte sich nicht.",
     "sein Leben werde", "Arnold", None, "Hoffnung"),
    ("Die vom Minister im Bundestag geäußerte Behauptung, die Kosten seien gesunken, ist falsch.",
     "die Kosten seien", "Minister", None, "Behauptung"),
]


@pytest.mark.parametrize("text,piece,source,via,cue", STILL_MISSED_ROWS)
def test_still_missed(text, piece, source, via, cue):
    _check(text, piece, source, via, cue)


# --- 6. "ohne" inside a quoted organisation name ---------------------------------------------
# classify_quote (lang/common.py) is language-independent and has no context: with "ohne" in
# NAME_FUNCTION_WORDS „Skandal ohne Beispiel“ after an article turns into a name too
# (test_de_table fails). The German check in rules.py (_german_name: after a noun or at the
# sentence start, not after an article, not before ", riefen X") stays.

OHNE_ROWS = [
    ("Die Organisation „Reporter ohne Grenzen“ kritisierte, die Pressefreiheit werde "
     "eingeschränkt.", "die Pressefreiheit", "Reporter ohne Grenzen", None, None),
    ("„Ärzte ohne Grenzen“ teilte mit, die Klinik sei überfüllt.", "die Klinik",
     "Ärzte ohne Grenzen", None, None),
    # without quotes: the "… ohne Grenzen" NGO names are one noun phrase (mentions.py _SANS)
    ("Reporter ohne Grenzen kritisierte, die Pressefreiheit werde eingeschränkt.",
     "die Pressefreiheit", "Reporter ohne Grenzen", None, None),
    ("Laut Reporter ohne Grenzen ist die Pressefreiheit eingeschränkt.",
     "die Pressefreiheit", "Reporter ohne Grenzen", None, None),
    ("Nach Angaben von Ärzte ohne Grenzen sind 20 Menschen gestorben.",
     "20 Menschen", "Ärzte ohne Grenzen", None, None),
    # "ohne" joins no other name
    ("Die Lage sei ernst, sagte Müller ohne Umschweife.", "Die Lage", "Müller", None, None),
]


@pytest.mark.parametrize("text,piece", [
    ("Laut Reporter ohne Grenzen ist die Pressefreiheit eingeschränkt.", "ohne"),
    ("Die Lage sei ernst, sagte Müller ohne Umschweife.", "Umschweife"),
])
def test_ohne_words_stay_out(text, piece):
    """Neither the content nor (for a person) the speaker swallows the other side of "ohne"."""
    for att in analyze(text, lang="de").attributions:
        assert piece not in att.content.text
        if att.source is not None and att.source.type == "person":
            assert piece not in att.source.text


@pytest.mark.parametrize("text,piece,source,via,cue", OHNE_ROWS)
def test_ohne_in_quoted_names(text, piece, source, via, cue):
    _check(text, piece, source, via, cue)


@pytest.mark.parametrize("text,fragment", [
    ("Die Opposition spricht von einem „Skandal ohne Beispiel“ in der Geschichte.",
     "Skandal ohne Beispiel"),
])
def test_ohne_phrase_stays_a_quotation(text, fragment):
    doc = analyze(text, lang="de")
    assert any(fragment in a.content.text and a.source is not None
               and "Opposition" in a.source.text for a in doc.attributions)
